"""Linking to Wikidata, against real servers on 127.0.0.1 that these tests start.

The SPARQL endpoint is an Oxigraph server loaded with tests/fixtures/wikidata_fixture.ttl
(session fixture ``wikidata_server``); faults (429, 5xx, slow, HTML, truncated JSON) come from
a scripted stub HTTP server; the MediaWiki API is a stub too. Input graphs are built here by
hand in the shapes the builder writes (sitelink triple, rdfs:label, kgo types, kgo:country),
after the SenseTime article in ../shared/corpus/wikipedia/SenseTime.wiki.
"""

from __future__ import annotations

import email.utils
import functools
import json
import re
import threading
import time
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from servers import (
    StubResponse,
    closed_port_url,
    mediawiki_redirects,
    proxy_to,
    sparql_json,
)

import kg.cli
import kg.http
from kg import __version__
from kg.commands import COMMANDS
from kg.errors import EXIT_REMOTE, EXIT_USAGE, RemoteError, UsageError
from kg.graph.vocab import KGO, SCHEMA, WD, WDT
from kg.http import RetryPolicy, parse_retry_after
from kg.titles import WIKIPEDIA, wikipedia_iri
from kg.wikidata.cache import Cache
from kg.wikidata.client import WikidataClient
from kg.wikidata.link import WIKIDATA_GRAPH, link_graph, link_node
from kg.wikidata.redirects import RedirectResolver, load_redirect_table
from kg.wikidata.sparql import sitelink_query, sparql_iri, sparql_string

ENTITY = "https://w3id.org/company-kg/resource/entity/"
NAME = "https://w3id.org/company-kg/resource/name/"

# (title, label or None, type): the SenseTime article's linked entities.
SENSETIME_LINKED = [
    ("SenseTime", "SenseTime", KGO.Company),
    ("Tang Xiao'ou", None, KGO.Person),
    ("Xu Li (computer scientist)", "Xu Li", KGO.Person),
    ("Hong Kong Science Park", "Science Park", KGO.Place),
    ("Hong Kong", None, KGO.Place),
    ("China", None, KGO.Place),
    ("Singapore", None, KGO.Place),
    ("Japan", None, KGO.Place),
    ("United States", None, KGO.Place),
    ("Shanghai", "Shanghai Municipal Government", KGO.Place),
    ("Alibaba", None, KGO.Organization),
    ("Nanyang Technological University", None, KGO.Organization),
    ("Singapore Telecommunications Limited", None, KGO.Organization),
    ("Massachusetts Institute of Technology", "MIT", KGO.Organization),
    ("Nvidia", None, KGO.Organization),
    ("Qualcomm", None, KGO.Organization),
    ("Artificial intelligence", "artificial intelligence (AI)", KGO.Entity),
    ("Bureau of Industry and Security", None, KGO.Organization),
    ("Entity List", None, KGO.Entity),
    ("Uyghurs", None, KGO.Entity),
]

# What the fixture says, per title: (QID, method).
EXPECTED = {
    "SenseTime": ("Q900000001", "sitelink"),
    "Tang Xiao'ou": ("Q900000020", "sitelink"),
    "Xu Li (computer scientist)": ("Q900000021", "sitelink"),
    "Hong Kong Science Park": ("Q900000004", "sitelink"),
    "Hong Kong": ("Q8646", "sitelink"),
    "China": ("Q148", "sitelink"),
    "Singapore": ("Q334", "sitelink"),
    "Japan": ("Q17", "sitelink"),
    "United States": ("Q30", "sitelink"),
    "Shanghai": ("Q8686", "sitelink"),
    "Alibaba": ("Q1359568", "redirect"),
    "Nanyang Technological University": ("Q900000005", "sitelink"),
    "Singapore Telecommunications Limited": ("Q900000003", "redirect"),
    "Massachusetts Institute of Technology": ("Q49108", "sitelink"),
    "Nvidia": ("Q182477", "sitelink"),
    "Qualcomm": ("Q544847", "sitelink"),
    "Artificial intelligence": ("Q11660", "sitelink"),
}
ABSENT = ["Bureau of Industry and Security", "Entity List", "Uyghurs"]

REDIRECTS = {
    "Alibaba": "Alibaba Group",
    "Singapore Telecommunications Limited": "Singtel",
    "Uyghurs": "Uyghur people#History",  # a section redirect: reported, not linked
}


def entity_iri(title: str) -> URIRef:
    return URIRef(ENTITY + wikipedia_iri(title)[len(WIKIPEDIA) :])


def add_linked(g: Graph, title: str, label: str | None, kind: URIRef | None) -> URIRef:
    e = entity_iri(title)
    g.add((URIRef(wikipedia_iri(title)), SCHEMA.about, e))
    g.add((e, RDFS.label, Literal(label or title, lang="en")))
    if kind is not None:
        g.add((e, RDF.type, kind))
    return e


def add_name(
    g: Graph,
    key: str,
    label: str,
    kind: URIRef | None,
    country: URIRef | None = None,
    base: str = NAME,
) -> URIRef:
    e = URIRef(base + key)
    g.add((e, RDFS.label, Literal(label, lang="en")))
    if kind is not None:
        g.add((e, RDF.type, kind))
    if country is not None:
        g.add((e, KGO.country, country))
    return e


def sensetime_graph() -> Graph:
    g = Graph()
    for title, label, kind in SENSETIME_LINKED:
        add_linked(g, title, label, kind)
    company = entity_iri("SenseTime")
    # names without a Wikipedia link in the article
    honda = add_name(g, "Honda", "Honda", KGO.Organization)
    nscc = add_name(
        g,
        "National_Supercomputing_Centre_of_Singapore",
        "National Supercomputing Centre of Singapore",
        KGO.Organization,
        country=entity_iri("Singapore"),
    )
    g.add((company, KGO.partner, honda))
    g.add((company, KGO.partner, nscc))
    g.add((company, KGO.partner, entity_iri("Qualcomm")))
    g.add((company, KGO.partner, entity_iri("Alibaba")))
    # nodes that are not entities must not be matched, whatever their label
    event = URIRef("https://w3id.org/company-kg/resource/event/SenseTime-2017-12")
    g.add((event, RDF.type, KGO.Event))
    g.add((event, RDFS.label, Literal("Honda")))
    return g


def write_graph(g: Graph, path: Path) -> Path:
    g.serialize(destination=str(path), format="turtle")
    return path


@pytest.fixture
def fake_sleep():
    sleeps: list[float] = []
    return sleeps


def client_for(url: str, sleeps: list[float] | None = None, cache=None, **kwargs) -> WikidataClient:
    policy_args = {
        k: kwargs.pop(k)
        for k in list(kwargs)
        if k in ("max_attempts", "max_wait", "max_total_wait")
    }
    policy = RetryPolicy(sleep=sleeps.append if sleeps is not None else time.sleep, **policy_args)
    return WikidataClient(
        url, contact="mailto:tests@example.org", cache=cache, policy=policy, **kwargs
    )


# ---------------------------------------------------------------- escaping

HOSTILE = [
    'plain "double" quotes',
    "single 'quotes'",
    "back\\slash",
    "trailing backslash\\",
    "brace } and { braces",
    "angle > bracket < here",
    "new\nline",
    "carriage\rreturn and\ttab",
    'X"@en } ?article schema:about ?item . #',
    'Y" } UNION { ?article schema:about ?item } #',
    "\"\"\"triple\"\"\" and '''triple'''",
    "\\u0022 looks like an escape",
    "\\\\u0022 and \\U00000022",
    '\\" escaped quote already',
    "control \x00\x01\x1f\x7f chars",
    "line\u2028separator\u2029",
    "# comment start",
    "emoji 😀 and 中文",
]


def oxigraph_value(literal: str) -> str:
    store = ox.Store()
    (row,) = list(store.query(f"SELECT ?v WHERE {{ BIND({literal} AS ?v) }}"))
    return row["v"].value


@pytest.mark.parametrize("value", HOSTILE)
def test_sparql_string_keeps_every_hostile_value_intact(value):
    literal = sparql_string(value)
    assert oxigraph_value(literal) == value
    (row,) = list(Graph().query(f"SELECT ?v WHERE {{ BIND({literal} AS ?v) }}"))
    assert str(row[0]) == value
    tagged = sparql_string(value, "en")
    store = ox.Store()
    (row,) = list(store.query(f"SELECT ?v WHERE {{ BIND({tagged} AS ?v) }}"))
    assert (row["v"].value, row["v"].language) == (value, "en")


@pytest.mark.parametrize("value", HOSTILE)
def test_sparql_string_survives_parsers_that_expand_unicode_escapes_first(value):
    # SPARQL lets a parser expand \uXXXX before tokenising; an escaped backslash followed by
    # "u0022" must not become a quote that ends the literal.
    literal = sparql_string(value)
    expanded = re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), literal)
    expanded = re.sub(r"\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1), 16)), expanded)
    assert oxigraph_value(expanded) == value


def test_sparql_string_rejects_non_strings_and_bad_language_tags():
    with pytest.raises(TypeError):
        sparql_string(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        sparql_string("x", 'en" } #')


def test_sparql_iri_cannot_end_early():
    iri = 'http://example.org/a>b{c}"d\\e f\ng|h^i`j'
    text = sparql_iri(iri)
    assert text.count("<") == 1 and text.count(">") == 1 and "\\" not in text
    store = ox.Store()
    (row,) = list(store.query(f"SELECT ?v WHERE {{ BIND({text} AS ?v) }}"))
    assert row["v"].value == "http://example.org/a%3Eb%7Bc%7D%22d%5Ce%20f%0Ag%7Ch%5Ei%60j"


def test_sitelink_query_is_the_wdqs_shape():
    q = sitelink_query(["Hong Kong", 'A "b"'])
    assert 'VALUES ?title { "Hong Kong"@en "A \\"b\\""@en }' in q
    assert "schema:isPartOf <https://en.wikipedia.org/>" in q
    assert "schema:name ?title" in q and "?article schema:about ?item" in q


def test_hostile_titles_cannot_break_or_alter_the_query(wikidata_server):
    g = Graph()
    quote = add_linked(g, 'Quote "Brace" } > Co\\', None, KGO.Organization)
    newline = add_linked(g, "Line\nBreak } Ltd", None, KGO.Organization)
    injections = [
        add_linked(g, 'X"@en } ?article schema:about ?item . #', None, None),
        add_linked(g, 'Y"@en } UNION { ?article schema:about ?item } #', None, None),
        add_linked(g, 'Z"@en .\n} } SELECT * WHERE { ?s ?p ?o } #', None, None),
    ]
    client = client_for(wikidata_server.query_url, batch_size=50)
    report = link_graph(g, client, label_fallback=False)
    # the titles that exist in the fixture match exactly, by sitelink
    assert report.link_for(str(quote)).qid == "Q900000050"
    assert report.link_for(str(newline)).qid == "Q900000051"
    # the injection attempts match nothing and add no rows: each stays unlinked
    for e in injections:
        assert report.link_for(str(e)) is None
    assert {u.entity for u in report.unlinked} == {str(e) for e in injections}
    assert len(report.links) == 2 and not report.ambiguous
    assert client.stats.requests == 1 and client.stats.retries == 0


# ---------------------------------------------------------------- linking against the fixture


def test_sensetime_entities_link_with_the_right_qid_and_method(
    wikidata_server, stub_server, tmp_path
):
    api = stub_server(handler=mediawiki_redirects(REDIRECTS))
    g = sensetime_graph()
    client = client_for(wikidata_server.query_url, cache=Cache(tmp_path / "cache"))
    redirects = RedirectResolver.for_client(client, api.url + "/w/api.php")
    report = link_graph(g, client, redirects=redirects)

    for title, (qid, method) in EXPECTED.items():
        link = report.link_for(str(entity_iri(title)))
        assert link is not None, f"{title} was not linked"
        assert (link.qid, link.method) == (qid, method), title
        assert link.confidence == (Decimal("1.0") if method == "sitelink" else Decimal("0.95"))
        assert (entity_iri(title), OWL.sameAs, WD[qid]) in g
        node = link_node(entity_iri(title))
        assert (entity_iri(title), KGO.wikidataLink, node) in g
        assert (node, RDF.type, KGO.WikidataLink) in g
        assert (node, KGO.wikidataItem, WD[qid]) in g
        assert (node, KGO.linkMethod, Literal(method)) in g
    assert report.link_for(str(entity_iri("Alibaba"))).via == "Alibaba Group"

    # names without a page: exact label/alias, by type (and by country when known)
    honda = report.link_for(NAME + "Honda")
    assert (honda.qid, honda.method, honda.confidence) == ("Q9584", "label", Decimal("0.8"))
    nscc = report.link_for(NAME + "National_Supercomputing_Centre_of_Singapore")
    assert (nscc.qid, nscc.method, nscc.confidence) == ("Q900000011", "label", Decimal("0.9"))

    # entities absent from the fixture stay unlinked and are listed
    unlinked = {u.entity: u for u in report.unlinked}
    assert set(unlinked) == {str(entity_iri(t)) for t in ABSENT}
    assert "section" in unlinked[str(entity_iri("Uyghurs"))].reason
    for title in ABSENT:
        assert not list(g.objects(entity_iri(title), OWL.sameAs))
    # the event labelled "Honda" is not an entity and was left alone
    event = URIRef("https://w3id.org/company-kg/resource/event/SenseTime-2017-12")
    assert not list(g.objects(event, OWL.sameAs))
    assert len(report.links) == len(EXPECTED) + 2 and not report.ambiguous
    # the API saw the titles that missed, in one batch, with our User-Agent
    (asked,) = api.requests
    assert set(asked.param("titles").lstrip("\x1f").split("\x1f")) == {
        "Alibaba",
        "Singapore Telecommunications Limited",
        *ABSENT,
    }
    assert asked.headers["User-Agent"] == client.user_agent


def test_type_and_country_constraints_and_ambiguity_reported(wikidata_server):
    g = Graph()
    china = add_linked(g, "China", None, KGO.Place)
    usa = add_linked(g, "United States", None, KGO.Place)
    apollo = add_name(g, "Apollo", "Apollo", KGO.Organization)
    apollo_cn = add_name(g, "Apollo_China", "Apollo", KGO.Company, country=china)
    apollo_jp = add_name(
        g, "Apollo_Japan", "Apollo", KGO.Company, country=add_linked(g, "Japan", None, KGO.Place)
    )
    honda_person = add_name(g, "Honda_person", "Honda", KGO.Person)
    # untyped, but in the namespace of the sitelinked entities: a name to match
    honda_untyped = add_name(g, "Honda_untyped", "Honda", None, base=ENTITY)
    # an untyped label in another namespace is not an entity: left alone
    stray = URIRef("https://example.org/other/thing")
    g.add((stray, RDFS.label, Literal("Honda")))
    report = link_graph(g, client_for(wikidata_server.query_url))

    ambiguous = {u.entity: u for u in report.ambiguous}
    assert ambiguous[str(apollo)].candidates == ["Q900000040", "Q900000041"]
    assert not list(g.objects(apollo, OWL.sameAs))
    assert report.link_for(str(apollo_cn)).qid == "Q900000041"
    assert report.link_for(str(apollo_cn)).confidence == Decimal("0.9")
    (uk,) = [u for u in report.unlinked if u.entity == str(apollo_jp)]
    assert "none in country Q17" in uk.reason and uk.candidates == ["Q900000040", "Q900000041"]
    assert report.link_for(str(honda_person)).qid == "Q900000030"
    # untyped: the company and the person both carry the label -> ambiguous, not guessed
    assert ambiguous[str(honda_untyped)].candidates == ["Q900000030", "Q9584"]
    assert str(stray) not in {u.entity for u in report.unlinked + report.ambiguous}
    assert report.link_for(str(usa)).qid == "Q30"


def test_redirect_table_instead_of_the_api(wikidata_server, tmp_path):
    table = tmp_path / "redirects.tsv"
    table.write_text(
        "# source\ttarget\nAlibaba\tAlibaba_Group\nEntity List\tBureau of Industry and Security#Entity List\n",
        encoding="utf-8",
    )
    g = Graph()
    alibaba = add_linked(g, "Alibaba", None, KGO.Organization)
    entity_list = add_linked(g, "Entity List", None, KGO.Entity)
    client = client_for(wikidata_server.query_url)
    resolver = RedirectResolver.for_client(client, None, table=load_redirect_table(table))
    report = link_graph(g, client, redirects=resolver)
    assert report.link_for(str(alibaba)).method == "redirect"
    assert report.link_for(str(alibaba)).qid == "Q1359568"
    (u,) = report.unlinked
    assert (
        u.entity == str(entity_list) and "Bureau of Industry and Security#Entity List" in u.reason
    )


def test_redirect_table_errors_name_the_line(tmp_path):
    table = tmp_path / "bad.tsv"
    table.write_text("Alibaba\tAlibaba Group\nno tab here\n", encoding="utf-8")
    with pytest.raises(UsageError, match="line 2"):
        load_redirect_table(table)


def test_unreachable_mediawiki_api_is_a_warning_not_a_failure(wikidata_server, fake_sleep):
    g = Graph()
    alibaba = add_linked(g, "Alibaba", None, KGO.Organization)
    hk = add_linked(g, "Hong Kong", None, KGO.Place)
    client = client_for(wikidata_server.query_url, fake_sleep, max_attempts=2)
    resolver = RedirectResolver.for_client(client, closed_port_url("/w/api.php"))
    report = link_graph(g, client, redirects=resolver, label_fallback=False)
    assert report.link_for(str(hk)).qid == "Q8646"
    (u,) = report.unlinked
    assert u.entity == str(alibaba) and "redirects could not be checked" in u.reason
    assert report.warnings and "unreachable" in report.warnings[0]
    assert fake_sleep == [1.0]


def test_mediawiki_maxlag_waits_as_asked(wikidata_server, stub_server, fake_sleep):
    lagged = StubResponse(
        200,
        json.dumps({"error": {"code": "maxlag", "info": "Waiting: 7 seconds lagged"}}),
        "application/json",
        {"Retry-After": "3"},
    )
    api = stub_server(script=[lagged], handler=mediawiki_redirects(REDIRECTS))
    g = Graph()
    alibaba = add_linked(g, "Alibaba", None, KGO.Organization)
    client = client_for(wikidata_server.query_url, fake_sleep)
    report = link_graph(g, client, redirects=RedirectResolver.for_client(client, api.url))
    assert report.link_for(str(alibaba)).qid == "Q1359568"
    assert fake_sleep == [3.0] and len(api.requests) == 2
    assert api.requests[0].param("maxlag") == "5"


def test_linking_twice_gives_the_same_graph(wikidata_server, stub_server, tmp_path):
    api = stub_server(handler=mediawiki_redirects(REDIRECTS))
    g = sensetime_graph()
    client = client_for(wikidata_server.query_url, cache=Cache(tmp_path / "c"))
    link_graph(g, client, redirects=RedirectResolver.for_client(client, api.url))
    once = Graph()
    for t in g:
        once.add(t)
    link_graph(g, client, redirects=RedirectResolver.for_client(client, api.url))
    assert isomorphic(once, g)
    assert len(list(g.objects(entity_iri("Hong Kong"), KGO.wikidataLink))) == 1


def test_enrichment_fetches_p31_p17_and_labels(wikidata_server):
    ds = Dataset(default_union=True)
    for title, label, kind in SENSETIME_LINKED[:6]:
        add_linked(ds, title, label, kind)
    into = ds.graph(URIRef(WIKIDATA_GRAPH))
    report = link_graph(ds, client_for(wikidata_server.query_url), enrich_into=into)
    assert report.enriched == 6
    assert (WD.Q8646, WDT.P17, WD.Q148) in into
    assert (WD.Q8646, WDT.P31, WD.Q515) in into
    assert (WD.Q8646, RDFS.label, Literal("Hong Kong", lang="en")) in into
    # the countries and classes are named too, so queries can group by country
    assert (WD.Q148, RDFS.label, Literal("People's Republic of China", lang="en")) in into
    assert (WD.Q5, RDFS.label, Literal("human", lang="en")) in into
    assert (WD.Q8646, WDT.P17, WD.Q148) not in ds.default_graph


# ---------------------------------------------------------------- the client's manners


def ok_result(title: str = "Hong Kong", qid: str = "Q8646") -> StubResponse:
    return sparql_json(["title", "item"], [{"title": title, "item": str(WD[qid])}])


def test_requests_are_polite_posts_in_batches(wikidata_server, stub_server):
    proxy = stub_server(handler=proxy_to(wikidata_server.query_url))
    titles = [t for t, _, _ in SENSETIME_LINKED]
    client = client_for(proxy.url + "/query", batch_size=4)
    found = client.sitelinks(titles)
    assert found["Hong Kong"] == ["Q8646"] and found["Uyghurs"] == []
    assert len(proxy.requests) == -(-len(titles) // 4)
    for r in proxy.requests:
        assert r.method == "POST"
        assert r.headers["Content-Type"] == "application/x-www-form-urlencoded"
        assert "application/sparql-results+json" in r.headers["Accept"]
        assert r.headers["User-Agent"] == (
            f"company-kg/{__version__} (mailto:tests@example.org) SPARQLWrapper/2.0.0"
        )
        assert r.param("query").count('"@en') <= 4
        assert set(r.params) == {"query"}  # no format=/output= parameters beside the query


def test_one_request_at_a_time(stub_server):
    stub = stub_server(handler=lambda r: StubResponse(200, ok_result().body, delay=0.3))
    client = client_for(stub.url)
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(client.select("SELECT * {}")))
        for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(results) == 3 and stub.max_in_flight == 1


def test_429_waits_as_long_as_retry_after_says(stub_server, fake_sleep):
    stub = stub_server(
        script=[StubResponse(429, "slow down", "text/plain", {"Retry-After": "7"}), ok_result()]
    )
    rows = client_for(stub.url, fake_sleep).select("SELECT * {}")
    assert rows[0]["item"]["value"] == str(WD.Q8646)
    assert fake_sleep == [7.0] and len(stub.requests) == 2


def test_429_retry_after_as_an_http_date(stub_server, fake_sleep, monkeypatch):
    # the client reads the date against a clock of its own: here a fixed one, so the wait
    # is exact however slow the machine
    now = 1_796_000_000.0
    monkeypatch.setattr(kg.http, "parse_retry_after", functools.partial(parse_retry_after, now=lambda: now))
    when = email.utils.formatdate(now + 30, usegmt=True)
    stub = stub_server(
        script=[StubResponse(429, "", "text/plain", {"Retry-After": when}), ok_result()]
    )
    client_for(stub.url, fake_sleep).select("SELECT * {}")
    assert fake_sleep == [30.0] and len(stub.requests) == 2


def test_429_real_wait_is_at_least_retry_after(stub_server):
    stub = stub_server(
        script=[StubResponse(429, "", "text/plain", {"Retry-After": "1"}), ok_result()]
    )
    start = time.monotonic()
    client_for(stub.url).select("SELECT * {}")
    elapsed = time.monotonic() - start
    first, second = stub.requests
    # The stub stamps a request when it arrives, before it answers: the client got the 429
    # after first.started and slept a second before sending the retry, whatever the load.
    assert second.started - first.started >= 1.0
    assert 1.0 <= elapsed < 60


def test_retry_after_beyond_the_limit_stops_without_waiting(stub_server, fake_sleep):
    stub = stub_server(script=[StubResponse(429, "", "text/plain", {"Retry-After": "86400"})])
    with pytest.raises(RemoteError, match="asked to wait 86400 s"):
        client_for(stub.url, fake_sleep, max_wait=300).select("SELECT * {}")
    assert fake_sleep == [] and len(stub.requests) == 1


def test_parse_retry_after():
    assert parse_retry_after("12") == 12.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=lambda: 1445412470.0) == 10.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_5xx_are_retried_with_backoff(stub_server, fake_sleep):
    stub = stub_server(
        script=[
            StubResponse(500, "java.util.concurrent.TimeoutException", "text/plain"),
            StubResponse(503, "busy", "text/html"),
            StubResponse(502, "bad gateway", "text/html"),
            ok_result(),
        ]
    )
    rows = client_for(stub.url, fake_sleep).select("SELECT * {}")
    assert len(rows) == 1 and fake_sleep == [1.0, 2.0, 4.0] and len(stub.requests) == 4


def test_5xx_retries_are_bounded(stub_server, fake_sleep):
    stub = stub_server(handler=lambda r: StubResponse(503, "busy", "text/html"))
    with pytest.raises(
        RemoteError, match=r"endpoint http://127\.0\.0\.1:\d+.*HTTP 503.*after 3 attempts"
    ):
        client_for(stub.url, fake_sleep, max_attempts=3).select("SELECT * {}")
    assert len(stub.requests) == 3 and fake_sleep == [1.0, 2.0]


def test_a_slow_response_times_out_and_is_retried(stub_server, fake_sleep):
    # The first answer would take a minute (the stub stops waiting at teardown); the retry is
    # answered at once, well within a timeout that a loaded machine meets.
    stub = stub_server(script=[StubResponse(200, ok_result().body, delay=60), ok_result()])
    rows = client_for(stub.url, fake_sleep, timeout=3).select("SELECT * {}")
    assert len(rows) == 1 and len(stub.requests) == 2 and fake_sleep == [1.0]


@pytest.mark.parametrize(
    "bad, message",
    [
        (
            StubResponse(
                200, "<!DOCTYPE html><html><body>Wikimedia Error</body></html>", "text/html"
            ),
            "HTML page",
        ),
        (StubResponse(200, "<html>oops</html>", "application/sparql-results+json"), "HTML page"),
        (StubResponse(200, "Query timeout limit reached", "text/plain"), "plain text"),
        (
            StubResponse(
                200, '{"head":{"vars":["title","item"]},"results":{"bindings":[{"title":{"ty'
            ),
            "truncated",
        ),
        (StubResponse(200, '{"unexpected": true}'), "not a SPARQL SELECT result"),
    ],
)
def test_bodies_that_are_not_results_are_recognised(stub_server, fake_sleep, bad, message):
    recovering = stub_server(script=[bad, ok_result()])
    assert len(client_for(recovering.url, fake_sleep).select("SELECT * {}")) == 1
    assert fake_sleep == [1.0]
    failing = stub_server(handler=lambda r: bad)
    with pytest.raises(RemoteError, match=message):
        client_for(failing.url, fake_sleep, max_attempts=2).select("SELECT * {}")


def test_client_errors_are_not_retried(stub_server, fake_sleep):
    stub = stub_server(handler=lambda r: StubResponse(403, "blocked", "text/plain"))
    with pytest.raises(RemoteError, match="403.*contact"):
        client_for(stub.url, fake_sleep).select("SELECT * {}")
    assert len(stub.requests) == 1 and fake_sleep == []


# ---------------------------------------------------------------- the command


@pytest.fixture
def run_link(monkeypatch, capsys):
    """``kg link ARGS`` through the real ``kg.cli.main`` (exit codes, error lines), with the
    parser holding only this command so that these tests do not import the other commands."""
    monkeypatch.setattr(kg.cli, "COMMANDS", ("link",))

    def run(argv: list[str]) -> tuple[int, str]:
        code = kg.cli.main(["link", *argv])
        return code, capsys.readouterr().err

    return run


def test_link_is_a_registered_command():
    assert "link" in COMMANDS
    from kg.commands import link

    assert link.HELP and link.DESCRIPTION and callable(link.add_arguments) and callable(link.run)


def test_cli_links_and_the_bundled_query_reports_the_links(
    wikidata_server, stub_server, tmp_path, run_link
):
    from kg.graph.query import get_query, load_graphs, run_query

    api = stub_server(handler=mediawiki_redirects(REDIRECTS))
    src = write_graph(sensetime_graph(), tmp_path / "g.ttl")
    out, report = tmp_path / "g-linked.ttl", tmp_path / "report.json"
    code, err = run_link(
        [
            str(src),
            "-o",
            str(out),
            "--endpoint",
            wikidata_server.query_url,
            "--cache",
            str(tmp_path / "c"),
            "--mediawiki-api",
            api.url,
            "--report",
            str(report),
            "--contact",
            "mailto:tests@example.org",
        ]
    )
    assert code == 0, err
    assert "unlinked: Bureau of Industry and Security" in err
    assert "linked 19 entities" in err

    columns, rows = run_query(load_graphs([str(out)]), get_query("wikidata_links"))
    assert columns == ["entity", "label", "wikipedia", "wikidata", "method", "confidence"]
    by_page = {r[2]: r for r in rows}
    hk = by_page[wikipedia_iri("Hong Kong")]
    assert hk[:5] == [
        str(entity_iri("Hong Kong")),
        "Hong Kong",
        wikipedia_iri("Hong Kong"),
        str(WD.Q8646),
        "sitelink",
    ]
    assert Decimal(hk[5]) == Decimal("1.0")  # a decimal; the store prints it canonically
    assert by_page[wikipedia_iri("Alibaba")][3:] == [str(WD.Q1359568), "redirect", "0.95"]
    honda = next(r for r in rows if r[0] == NAME + "Honda")
    assert honda[1:] == ["Honda", "", str(WD.Q9584), "label", "0.8"]
    assert '"1.0"^^xsd:decimal' in out.read_text(
        encoding="utf-8"
    ) or "kgo:linkConfidence 1.0" in out.read_text(encoding="utf-8")
    assert len(rows) == 19

    data = json.loads(report.read_text(encoding="utf-8"))
    assert sorted(u["title"] for u in data["unlinked"]) == sorted(ABSENT)
    assert data["ambiguous"] == []


def test_second_run_sends_no_request(wikidata_server, stub_server, tmp_path, run_link):
    proxy = stub_server(handler=proxy_to(wikidata_server.query_url))
    api = stub_server(handler=mediawiki_redirects(REDIRECTS))
    src = write_graph(sensetime_graph(), tmp_path / "g.ttl")
    args = [
        "--endpoint",
        proxy.url + "/query",
        "--cache",
        str(tmp_path / "cache"),
        "--mediawiki-api",
        api.url,
        "--enrich",
    ]
    code, err = run_link([str(src), "-o", str(tmp_path / "one.nq"), *args])
    assert code == 0, err
    first = (len(proxy.requests), len(api.requests))
    assert first[0] >= 3 and first[1] == 1
    code, err = run_link([str(src), "-o", str(tmp_path / "two.nq"), *args])
    assert code == 0, err
    assert (len(proxy.requests), len(api.requests)) == first
    assert "0 requests" in err
    assert (tmp_path / "one.nq").read_bytes() == (tmp_path / "two.nq").read_bytes()


def test_dead_endpoint_exits_5_and_writes_nothing(tmp_path, run_link):
    src = write_graph(sensetime_graph(), tmp_path / "g.ttl")
    before = src.read_bytes()
    out = tmp_path / "g-linked.ttl"
    dead = closed_port_url()
    code, err = run_link(
        [
            str(src),
            "-o",
            str(out),
            "--endpoint",
            dead,
            "--no-cache",
            "--no-mediawiki-api",
            "--retries",
            "0",
        ]
    )
    assert code == EXIT_REMOTE == 5
    (line,) = [x for x in err.splitlines() if "error" in x]
    assert f"endpoint {dead}" in line and "unreachable" in line and "no output written" in line
    assert not out.exists() and src.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".g-linked")]


def test_enrich_with_a_trig_output_and_a_partners_by_country_query(
    wikidata_server, stub_server, tmp_path, run_link
):
    api = stub_server(handler=mediawiki_redirects(REDIRECTS))
    src = write_graph(sensetime_graph(), tmp_path / "g.ttl")
    out = tmp_path / "g.trig"
    code, err = run_link(
        [
            str(src),
            "-o",
            str(out),
            "--endpoint",
            wikidata_server.query_url,
            "--no-cache",
            "--mediawiki-api",
            api.url,
            "--enrich",
        ]
    )
    assert code == 0, err
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.TRIG)
    rows = store.query(
        """PREFIX kgo: <https://w3id.org/company-kg/ontology#>
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        PREFIX wdt: <http://www.wikidata.org/prop/direct/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?country (COUNT(DISTINCT ?partner) AS ?n) WHERE {
          ?company kgo:partner ?partner . ?partner owl:sameAs ?item .
          GRAPH <https://w3id.org/company-kg/graph/wikidata> {
            ?item wdt:P17 ?c . ?c rdfs:label ?country . }
        } GROUP BY ?country ORDER BY ?country"""
    )
    assert [(r["country"].value, int(r["n"].value)) for r in rows] == [
        ("Japan", 1),
        ("People's Republic of China", 1),
        ("Singapore", 1),
        ("United States of America", 1),
    ]


def test_enrich_refuses_a_single_graph_output_before_any_request(stub_server, tmp_path, run_link):
    stub = stub_server()
    api = stub_server(handler=mediawiki_redirects(REDIRECTS))
    src = write_graph(sensetime_graph(), tmp_path / "g.ttl")
    code, err = run_link(
        [
            str(src),
            "-o",
            str(tmp_path / "out.ttl"),
            "--endpoint",
            stub.url,
            "--mediawiki-api",
            api.url + "/w/api.php",
            "--no-cache",
            "--enrich",
        ]
    )
    assert code == EXIT_USAGE and "--enrich" in err and ".trig" in err
    assert stub.requests == [] and api.requests == [] and not (tmp_path / "out.ttl").exists()


def test_contact_from_the_environment(stub_server, tmp_path, monkeypatch, run_link):
    monkeypatch.setenv("KG_CONTACT", "https://example.org/me")
    stub = stub_server()
    g = Graph()
    add_linked(g, "Hong Kong", None, KGO.Place)
    src = write_graph(g, tmp_path / "g.ttl")
    code, err = run_link(
        [
            str(src),
            "-o",
            str(tmp_path / "o.nt"),
            "--endpoint",
            stub.url,
            "--no-cache",
            "--no-mediawiki-api",
            "--no-label-fallback",
        ]
    )
    assert code == 0, err
    (r,) = stub.requests
    assert (
        r.headers["User-Agent"]
        == f"company-kg/{__version__} (https://example.org/me) SPARQLWrapper/2.0.0"
    )
    lines = (tmp_path / "o.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(rdflib.Graph().parse(tmp_path / "o.nt")) == len(g)
