"""co_partners on a small hand-made graph whose answer can be worked out by hand."""

from __future__ import annotations

from kg.graph.query import get_query, load_graphs, run_query

GRAPH = """
@prefix kgo: <https://w3id.org/company-kg/ontology#> .
@prefix schema: <http://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix e: <http://example.org/entity/> .
@prefix w: <https://en.wikipedia.org/wiki/> .
w:Alpha schema:about e:Alpha ; schema:isPartOf <https://en.wikipedia.org/> .
w:Beta schema:about e:Beta ; schema:isPartOf <https://en.wikipedia.org/> .
w:Gamma schema:about e:Gamma ; schema:isPartOf <https://en.wikipedia.org/> .
e:Alpha rdfs:label "Alpha" ; kgo:partner e:X ; kgo:customer e:Y .
e:Beta rdfs:label "Beta" ; kgo:supplier e:X ; kgo:investor e:Y .
e:Gamma rdfs:label "Gamma" ; kgo:partner e:X ; kgo:partner e:Z .
e:X rdfs:label "Xco" . e:Y rdfs:label "Yco" . e:Z rdfs:label "Zco" .
"""


def _rows(tmp_path, params):
    path = tmp_path / "g.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    columns, rows = run_query(load_graphs([str(path)]), get_query("co_partners"), params)
    return [dict(zip(columns, r, strict=True)) for r in rows]


def test_companies_sharing_counterparties_with_one_company(tmp_path):
    rows = _rows(tmp_path, {"company": "Alpha"})
    got = [(r["companyLabel"], r["otherCompanyLabel"], r["shared"], sorted(r["partners"].split("; "))) for r in rows]
    assert got == [("Alpha", "Beta", "2", ["Xco", "Yco"]), ("Alpha", "Gamma", "1", ["Xco"])]


def test_whole_graph_lists_each_pair_from_both_sides(tmp_path):
    rows = _rows(tmp_path, {})
    pairs = {(r["companyLabel"], r["otherCompanyLabel"]): int(r["shared"]) for r in rows}
    assert pairs == {
        ("Alpha", "Beta"): 2, ("Beta", "Alpha"): 2,
        ("Alpha", "Gamma"): 1, ("Gamma", "Alpha"): 1,
        ("Beta", "Gamma"): 1, ("Gamma", "Beta"): 1,
    }
