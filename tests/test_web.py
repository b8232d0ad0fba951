"""``kg serve`` pages over plain HTTP: the index and its search, Linked Data content
negotiation, escaping of hostile article text, the SPARQL endpoint relayed to Oxigraph, and
the query time limit. A real ``kg serve`` process on a free loopback port (tests/webserver.py)."""

from __future__ import annotations

import json
import re

import httpx
import pyoxigraph as ox
import pytest
from SPARQLWrapper import JSON, SPARQLWrapper
from webserver import HOSTILE_TITLE, KgServe

from kg.graph.query import get_query, open_store, run_query
from kg.graph.serve import OxigraphChild, find_oxigraph
from kg.web.app import negotiate

BASE = "https://w3id.org/company-kg/resource/"
KGO = "https://w3id.org/company-kg/ontology#"
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


@pytest.fixture(scope="module")
def client(web_server):
    with httpx.Client(base_url=web_server.url, trust_env=False, timeout=60) as c:
        yield c


def parse(body: bytes, fmt: ox.RdfFormat) -> set[ox.Triple]:
    return {q.triple for q in ox.parse(body, format=fmt)}


# ---------------------------------------------------------------- the index


def test_index_lists_every_company_with_its_count(client, web_store):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    links = re.findall(r'<li class="company"><a href="(/resource/[^"]+)">', page.text)
    assert len(links) == 4
    assert "/resource/entity/SenseTime" in links and "/resource/entity/Samsung" in links
    assert '<span class="found">4</span> companies' in page.text


def test_search_by_name_works_without_javascript(client):
    page = client.get("/", params={"q": "  SAM "})
    assert re.findall(r'<li class="company"><a href="([^"]+)">', page.text) == ["/resource/entity/Samsung"]
    assert "<script" not in page.text  # the pages need no JavaScript at all
    page = client.get("/", params={"q": '<script>"x"'})
    assert '<span class="found">0</span> of 4' in page.text
    assert "<script>" not in page.text and "&lt;script&gt;&#34;x&#34;" in page.text


# ---------------------------------------------------------------- Linked Data


def test_content_negotiation_serves_html_turtle_json_ld_and_n_triples(client):
    path = "/resource/entity/SenseTime"
    html = client.get(path, headers={"Accept": BROWSER_ACCEPT})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "<h1>SenseTime</h1>" in html.text and html.headers["vary"] == "Accept"
    assert client.get(path, headers={"Accept": "*/*"}).headers["content-type"].startswith("text/html")
    answers = {}
    for accept, fmt in (
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ):
        r = client.get(path, headers={"Accept": accept})
        assert r.status_code == 200, accept
        assert r.headers["content-type"].split(";")[0] == accept
        assert 'rel="alternate"' in r.headers["link"]
        answers[accept] = parse(r.content, fmt)
    turtle = answers["text/turtle"]
    assert turtle == answers["application/ld+json"] == answers["application/n-triples"]
    company = ox.NamedNode(BASE + "entity/SenseTime")
    assert ox.Triple(company, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("SenseTime", language="en")) in turtle
    # the same IRI as data: the suffix route gives the same description
    assert parse(client.get("/data/entity/SenseTime.ttl").content, ox.RdfFormat.TURTLE) == turtle
    # a client that asks for Turtle first and HTML second gets Turtle
    r = client.get(path, headers={"Accept": "text/html;q=0.5, text/turtle"})
    assert r.headers["content-type"].startswith("text/turtle")


def test_the_description_holds_the_statements_and_their_provenance(client, web_store):
    triples = parse(client.get("/resource/entity/SenseTime", headers={"Accept": "text/turtle"}).content, ox.RdfFormat.TURTLE)
    company = ox.NamedNode(BASE + "entity/SenseTime")
    store = open_store(str(web_store))
    stored = {q.triple for q in store.quads_for_pattern(company, None, None, ox.DefaultGraph())}
    assert stored <= triples  # every triple of the company
    subject = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
    statements = {q.subject for q in store.quads_for_pattern(None, subject, company, ox.DefaultGraph())}
    assert statements and statements == {t.subject for t in triples if t.predicate == subject}
    derived = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
    citations = {t.object for t in triples if t.predicate == derived}
    urls = {t.subject for t in triples if t.predicate == ox.NamedNode("http://schema.org/url")}
    assert citations and citations <= urls  # each citation comes with its URL
    revisions = {t.object for t in triples if t.predicate == ox.NamedNode(KGO + "revision")}
    assert revisions and all(any(t.subject == r for t in triples) for r in revisions)


def test_missing_resources_and_unacceptable_types(client):
    assert client.get("/resource/entity/No_such_company").status_code == 404
    missing = client.get("/resource/entity/No_such_company", headers={"Accept": "text/turtle"})
    assert missing.status_code == 404 and "no such resource" in missing.text
    assert client.get("/resource/entity/SenseTime", headers={"Accept": "image/png"}).status_code == 406
    assert client.get("/data/entity/SenseTime.xml").status_code == 404


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "html"),
        ("*/*", "html"),
        ("text/turtle", "ttl"),
        ("application/ld+json;q=0.9, text/turtle;q=0.8", "jsonld"),
        ("application/n-triples", "nt"),
        ("text/*", "html"),
        ("text/*;q=0.5, text/turtle", "ttl"),
        ("text/html;q=0, */*", "ttl"),
        ("image/png", None),
    ],
)
def test_negotiate(accept, expected):
    assert negotiate(accept) == expected


def test_entity_pages_for_partners_and_events(client):
    page = client.get("/resource/entity/Alibaba")
    assert page.status_code == 200 and "<h1>Alibaba</h1>" in page.text
    assert 'href="/resource/entity/SenseTime"' in page.text  # who names it, linked
    assert 'class="citation"' in page.text or "no citation" in page.text


# ---------------------------------------------------------------- hostile text


def test_hostile_article_text_is_escaped(client, web_store):
    store = open_store(str(web_store))
    literals = [q.object.value for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
                if isinstance(q.object, ox.Literal)]
    assert any("<script>alert('cite')</script>" in v for v in literals)  # it is in the data
    assert any("javascript:alert" in v for v in literals)
    page = client.get("/resource/entity/Quote_%22Evil%22_Corp")
    assert page.status_code == 200
    assert f"<h1>{HOSTILE_TITLE.replace(chr(34), '&#34;')}</h1>" in page.text
    assert "<script" not in page.text.lower()
    assert "&lt;script&gt;alert(&#39;cite&#39;)&lt;/script&gt;" in page.text
    assert 'href="javascript:' not in page.text  # a javascript: citation URL is shown as text
    assert '<span class="cite">Funding &#34;news&#34;</span>' in page.text  # its title, not a link
    assert 'onmouseover="' not in page.text
    # the SVG titles escape the sentences too
    assert "acquired Acme &#34;alert(&#39;acq&#39;)&#34;" in page.text
    entity = client.get("/resource/name/%3Cscript%3Ealert")
    assert entity.status_code == 200 and "<h1>&lt;script&gt;alert</h1>" in entity.text
    index = client.get("/", params={"q": "evil"})
    assert "Quote &#34;Evil&#34; Corp" in index.text and "/resource/entity/Quote_%22Evil%22_Corp" in index.text


# ---------------------------------------------------------------- the SPARQL endpoint


def test_sparql_protocol_and_the_oxigraph_ui_stay_reachable(client, web_server, web_store):
    sparql = SPARQLWrapper(web_server.url + "/query")
    sparql.setQuery("SELECT ?label WHERE { <https://w3id.org/company-kg/resource/entity/Samsung> <http://www.w3.org/2000/01/rdf-schema#label> ?label }")
    sparql.setReturnFormat(JSON)
    rows = sparql.queryAndConvert()["results"]["bindings"]
    assert [r["label"]["value"] for r in rows] == ["Samsung"]
    _, expected = run_query(open_store(str(web_store)), get_query("partners"), {"company": "SenseTime"})
    post = client.post("/query", data={"query": get_query("partners").text.replace(
        "WHERE {", "WHERE {\n  VALUES ?companyWikipedia { <https://en.wikipedia.org/wiki/SenseTime> }", 1)},
        headers={"Accept": "application/sparql-results+json"})
    assert post.status_code == 200 and len(post.json()["results"]["bindings"]) == len(expected)
    update = client.post("/update", data={"update": "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }"})
    assert update.status_code == 403
    graph = client.get("/store", params={"graph": BASE + "graph/Deliveroo"}, headers={"Accept": "application/n-triples"})
    assert graph.status_code == 200 and "Deliveroo" in graph.text
    ui = client.get("/oxigraph/")
    assert ui.status_code == 200 and "yasgui" in ui.text.lower()
    assert client.get("/oxigraph/yasgui.min.js").status_code == 200
    assert client.get("/oxigraph", follow_redirects=False).status_code == 308


def test_the_default_query_time_limit_is_60_seconds(web_server, web_store):
    assert any("60 s per query" in line for line in web_server.lines)
    child = OxigraphChild(web_store, timeout=60, binary=find_oxigraph())
    assert child.options == ["--timeout-s", "60"]
    assert OxigraphChild(web_store, timeout=0, binary=find_oxigraph()).options == []


CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_a_long_query_is_cut_off_at_the_limit(web_store):
    """A four-way cross product of the store (~10^15 rows) cannot finish: with --timeout 1 the
    client gets no complete result, the server says so and keeps answering."""
    with KgServe(web_store, "--timeout", "1") as server, httpx.Client(trust_env=False, timeout=600) as c:
        complete = True
        try:
            r = c.post(server.url + "/query", data={"query": CROSS_PRODUCT},
                       headers={"Accept": "application/sparql-results+json"})
            complete = r.status_code == 200 and _is_json(r.text)
        except httpx.HTTPError:
            complete = False
        assert not complete
        ask = c.get(server.url + "/query", params={"query": "ASK { ?s ?p ?o }"},
                    headers={"Accept": "application/sparql-results+json"})
        assert ask.status_code == 200 and ask.json()["boolean"] is True
        code = server.stop()
    assert code == 0
    assert any("at the 1 s limit" in line or "after the 1 s limit" in line for line in server.lines), server.lines


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


@pytest.mark.filterwarnings("ignore:Using .httpx. with .starlette.testclient.")
def test_a_request_waiting_past_the_limit_gets_504(web_store, stub_server):
    """A SPARQL server that has not answered when the limit is reached: HTTP 504."""
    from servers import StubResponse
    from starlette.testclient import TestClient

    from kg.web.app import create_app
    from kg.web.site import Site

    slow = stub_server(handler=lambda r: StubResponse(200, "{}", delay=30))
    with TestClient(create_app(Site.open(web_store), slow.url, timeout=1)) as c:
        r = c.get("/query", params={"query": "ASK {}"})
    assert r.status_code == 504 and "1 s limit" in r.text
    assert slow.requests[0].param("query") == "ASK {}"  # the request was relayed as it came


def test_page_cache_keeps_answers_within_its_limit():
    from starlette.responses import Response

    from kg.web.app import PageCache

    cache = PageCache(limit=250)
    made = []

    def make(n):
        made.append(n)
        return Response(b"x" * 100)

    for key in (1, 2, 1, 3, 1):
        cache.get((key,), lambda key=key: make(key))
    assert made == [1, 2, 3] and cache.hits == 2 and cache.size <= 250
    cache.get((2,), lambda: make(2))  # 2 was dropped (least recently used) to make room for 3
    assert made == [1, 2, 3, 2]
    missing = PageCache()
    missing.get(("x",), lambda: Response(b"no", status_code=404))
    assert missing.size == 0  # errors are not kept


def test_a_relation_told_in_two_sentences_shows_both_on_the_company_page(client):
    # the partners query gives one row per relation; the page still quotes every sentence
    # that tells it (Weibo is a customer in two sentences of SenseTime)
    page = client.get("/resource/entity/SenseTime").text
    item = re.search(r'<li class="partner" data-partner="[^"]*/Weibo_\(company\)" data-relation="customer">(.*?)</li>', page, re.S)
    assert item, "Weibo is listed among SenseTime's customers"
    sentences = re.findall(r'<q class="sentence">(.*?)</q>', item.group(1), re.S)
    assert len(sentences) == 2 and any("700 global customers" in s for s in sentences)
    assert any("700 clients and partners" in s for s in sentences)
