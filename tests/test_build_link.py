"""kg build --link: the real SenseTime article linked against the local Oxigraph server."""

from __future__ import annotations

import json

import pyoxigraph as ox
from corpus import wiki
from servers import closed_port_url

from kg.cli import main


def _links(path):
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    q = """PREFIX kgo: <https://w3id.org/company-kg/ontology#> PREFIX schema: <http://schema.org/>
           SELECT ?page ?item ?method WHERE { ?page schema:about ?e . ?e kgo:wikidataLink ?l .
           ?l kgo:wikidataItem ?item ; kgo:linkMethod ?method }"""
    return {s["page"].value.rsplit("/", 1)[1]: (s["item"].value.rsplit("/", 1)[1], s["method"].value) for s in store.query(q)}


def test_build_link_against_local_server(wikidata_server, tmp_path, capsys):
    redirects = tmp_path / "redirects.tsv"
    redirects.write_text("Alibaba\tAlibaba Group\n", encoding="utf-8")
    out = tmp_path / "st.ttl"
    report = tmp_path / "report.json"
    code = main(["build", str(wiki("SenseTime")), "-o", str(out), "--link", "--endpoint", wikidata_server.query_url,
                 "--no-cache", "--no-mediawiki-api", "--redirect-table", str(redirects), "--report", str(report), "-q"])
    err = capsys.readouterr().err
    assert code == 0, err
    links = _links(out)
    assert links["SenseTime"] == ("Q900000001", "sitelink")
    assert links["Tang_Xiao%27ou"] == ("Q900000020", "sitelink")
    assert links["Hong_Kong_Science_Park"] == ("Q900000004", "sitelink")
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["links"] and "unlinked" in data
    # the graph still conforms with its links
    assert main(["validate", str(out)]) == 0


def test_build_link_with_dead_endpoint_keeps_the_unlinked_graph(tmp_path, capsys):
    out = tmp_path / "st.ttl"
    code = main(["build", str(wiki("SenseTime")), "-o", str(out), "--link", "--endpoint", closed_port_url(),
                 "--no-cache", "--no-mediawiki-api", "--retries", "0", "-q"])
    err = capsys.readouterr().err
    assert code == 5
    assert "without links" in err and "127.0.0.1" in err
    text = out.read_text(encoding="utf-8")
    assert "entity/SenseTime" in text and "wikidataLink" not in text
