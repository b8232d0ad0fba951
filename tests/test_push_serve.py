"""``kg serve`` (the real Oxigraph server, read-only, on loopback) and ``kg push`` (Graph Store
Protocol and SPARQL Update) against real local Oxigraph servers and scripted stubs."""

from __future__ import annotations

import email.utils
import functools
import signal
import socket
import stat
import subprocess
import sys
import urllib.error
import urllib.request

import pyoxigraph as ox
import pytest
from corpus import wiki
from servers import (
    LOOPBACK,
    OxigraphServer,
    RecordedRequest,
    StubResponse,
    closed_port_url,
    free_port,
    proxy_to,
)
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from kg.cli import main
from kg.errors import InputError, RemoteError, UsageError
from kg.graph.push import push
from kg.graph.query import ontology_quads
from kg.graph.serve import find_oxigraph, is_loopback
from kg.graph.sinks import write_graph
from kg.graph.store import GraphStore
from kg.http import parse_retry_after
from kg.pipeline import process_page
from kg.sources.files import read_wiki_file
from kg.web.server import serve

PAGES = ["Deliveroo", "Toronto_Star"]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def page_quads():
    """title -> the page's quads (each page in its own named graph)."""
    out = {}
    for stem in PAGES:
        page = read_wiki_file(wiki(stem))
        out[page.title] = list(ox.parse(process_page(page).nquads, format=ox.RdfFormat.N_QUADS))
    return out


@pytest.fixture(scope="module")
def files(tmp_path_factory, page_quads):
    d = tmp_path_factory.mktemp("graphs")
    all_quads = [q for quads in page_quads.values() for q in quads]
    write_graph(all_quads, str(d / "both.nq"), "nq")
    write_graph(page_quads["Deliveroo"], str(d / "deliveroo.ttl"), "ttl")
    write_graph(page_quads["Toronto Star"], str(d / "star.ttl"), "ttl")
    return d


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("kgstore") / "store"
    with GraphStore.open(path) as gs:
        for stem in PAGES:
            page = read_wiki_file(wiki(stem))
            gs.replace_page(page, process_page(page))
    return path


@pytest.fixture
def oxigraph(tmp_path):
    """A fresh, empty, writable Oxigraph server on loopback."""
    with OxigraphServer(tmp_path / "db") as server:
        yield server


def triples(n_quads) -> int:
    return len({q.triple for q in n_quads})


def select(url: str, query: str) -> list[dict]:
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(JSON)
    return sparql.queryAndConvert()["results"]["bindings"]


def count(server: OxigraphServer, graph: str | None = None) -> int:
    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    return int(select(server.query_url, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")[0]["n"]["value"])


def graph_counts(server: OxigraphServer) -> dict[str, int]:
    rows = select(server.query_url, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


# ---------------------------------------------------------------- kg serve


def start_serve(store, port, *extra):
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port), *map(str, extra)],
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = []
    for line in process.stderr:
        lines.append(line)
        if "serving" in line or "error" in line:
            break
    return process, lines


def test_serve_answers_queries_refuses_writes_and_stops_on_ctrl_c(store_dir, page_quads):
    port = free_port()
    process, lines = start_serve(store_dir, port)
    try:
        assert f"http://127.0.0.1:{port}/query" in lines[-1], lines
        endpoint = f"http://{LOOPBACK}:{port}/query"
        rows = select(
            endpoint,
            "SELECT ?company WHERE { ?w <http://schema.org/about> ?company ;"
            " <http://schema.org/isPartOf> <https://en.wikipedia.org/> ; a ?c . }",
        )
        # the default graph merges the page graphs and the ontology: both companies, each triple once
        assert sorted(r["company"]["value"] for r in rows) == [
            "https://w3id.org/company-kg/resource/entity/Deliveroo",
            "https://w3id.org/company-kg/resource/entity/Toronto_Star",
        ]
        everything = select(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        merged = [q for quads in page_quads.values() for q in quads] + ontology_quads()
        assert int(everything[0]["n"]["value"]) == triples(merged)
        n = select(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/company-kg/resource/graph/Deliveroo> { ?s ?p ?o } }")
        assert int(n[0]["n"]["value"]) == triples(page_quads["Deliveroo"])
        update = SPARQLWrapper(endpoint, updateEndpoint=f"http://{LOOPBACK}:{port}/update")
        update.setMethod(POST)
        update.setQuery("INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }")
        with pytest.raises(urllib.error.HTTPError) as refused:  # SPARQLWrapper passes a 403 on as it is
            update.query()
        assert refused.value.code == 403
        gsp = urllib.request.Request(
            f"http://{LOOPBACK}:{port}/store?default", data=b"<http://e/a> <http://e/b> <http://e/c> .",
            method="POST", headers={"Content-Type": "application/n-triples"},
        )
        with pytest.raises(urllib.error.HTTPError) as refused_gsp:
            urllib.request.urlopen(gsp, timeout=10)
        assert refused_gsp.value.code == 403
    finally:
        process.send_signal(signal.SIGINT)
        _, rest = process.communicate(timeout=30)
    assert process.returncode == 0, rest
    assert "stopped" in rest
    with pytest.raises(urllib.error.URLError):  # the Oxigraph child is gone too
        urllib.request.urlopen(f"http://{LOOPBACK}:{port}/query?query=ASK%7B%7D", timeout=5)


def test_serve_listens_where_bind_says(store_dir):
    # 127.0.0.2 is loopback too (127.0.0.0/8), so no warning, but it is not 127.0.0.1
    port = free_port()
    process, lines = start_serve(store_dir, port, "--bind", "127.0.0.2")
    try:
        assert f"http://127.0.0.2:{port}/query" in lines[-1], lines
        assert not any("warning" in line for line in lines)
        rows = select(f"http://127.0.0.2:{port}/query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert int(rows[0]["n"]["value"]) > 0
        with pytest.raises(urllib.error.URLError):
            urllib.request.urlopen(f"http://{LOOPBACK}:{port}/query?query=ASK%7B%7D", timeout=5)
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    assert process.returncode == 0


def test_serve_reports_a_port_in_use(store_dir, capsys):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind((LOOPBACK, 0))
        busy.listen()
        port = busy.getsockname()[1]
        code, _, err = run(capsys, "serve", "--store", store_dir, "--port", port)
    assert code == 2
    assert f"127.0.0.1:{port} is already in use; choose another --port" in err


def test_serve_needs_a_store(tmp_path, capsys):
    code, _, err = run(capsys, "serve", "--store", tmp_path / "nothing")
    assert code == 3 and "no such store" in err


def test_serve_forwards_the_server_failure_and_warns_off_loopback(store_dir, tmp_path, capsys, monkeypatch):
    """Binding another address only warns; the Oxigraph child (and so its readiness probe)
    stays on loopback: no socket of this test reaches beyond 127.0.0.1."""
    fake = tmp_path / "oxigraph"
    fake.write_text("#!/bin/sh\necho 'Error: the store files are damaged' >&2\nexit 3\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    addresses = []
    for name in ("connect", "connect_ex", "bind"):
        original = getattr(socket.socket, name)

        def record(self, address, _original=original):
            addresses.append(address)
            return _original(self, address)

        monkeypatch.setattr(socket.socket, name, record)
    with pytest.raises(RemoteError, match="exit code 3: the store files are damaged"):
        serve(store_dir, "192.0.2.10", free_port(), binary=str(fake))
    assert "warning: binding 192.0.2.10" in capsys.readouterr().err
    assert addresses and all(is_loopback(str(a[0])) for a in addresses), addresses


def test_loopback_addresses():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("[::1]")
    assert is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.10")


def test_missing_oxigraph_binary_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(UsageError, match="install the 'oxigraph' package"):
        find_oxigraph()


def test_serve_refuses_a_store_being_written(store_dir, tmp_path, capsys):
    path = tmp_path / "busy"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom kg.graph.store import GraphStore\ng = GraphStore.open(sys.argv[1])\n"
         "print('open', flush=True)\nsys.stdin.readline()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        code, _, err = run(capsys, "serve", "--store", path, "--port", free_port())
    finally:
        holder.communicate("\n", timeout=30)
    assert code == 3 and "open for writing by another process" in err


# ---------------------------------------------------------------- kg push: Graph Store Protocol


def test_push_gsp_post_appends_and_put_replaces(oxigraph, files, page_quads, capsys):
    g = "https://example.org/graph/pushed"
    code, _, err = run(capsys, "push", files / "deliveroo.ttl", "--endpoint", oxigraph.store_url, "--graph", g)
    assert code == 0, err
    assert count(oxigraph, g) == triples(page_quads["Deliveroo"])
    assert "1 request(s)" in err
    code, _, err = run(capsys, "push", files / "star.ttl", "--endpoint", oxigraph.store_url, "--graph", g)
    assert code == 0, err
    both = triples(page_quads["Deliveroo"] + page_quads["Toronto Star"])
    assert count(oxigraph, g) == both
    code, _, err = run(capsys, "push", files / "star.ttl", "--endpoint", oxigraph.store_url, "--graph", g, "--replace")
    assert code == 0, err
    assert count(oxigraph, g) == triples(page_quads["Toronto Star"])
    assert set(graph_counts(oxigraph)) == {g}


def test_push_gsp_triples_without_graph_go_to_the_default_graph(oxigraph, files, page_quads):
    report = push([str(files / "star.ttl")], oxigraph.store_url)
    assert report.graphs == 1 and graph_counts(oxigraph) == {}
    assert count(oxigraph) == triples(page_quads["Toronto Star"])


def test_push_gsp_nquads_keeps_the_named_graphs(oxigraph, files, page_quads):
    report = push([str(files / "both.nq")], oxigraph.store_url)
    assert (report.graphs, report.requests) == (2, 1)  # one dataset POST
    expected = {
        q.graph_name.value: triples(quads) for quads in page_quads.values() for q in quads[:1]
    }
    assert graph_counts(oxigraph) == expected
    # --replace: one PUT per graph; an extra triple in a page graph disappears
    deliveroo = "https://w3id.org/company-kg/resource/graph/Deliveroo"
    extra = urllib.request.Request(
        f"{oxigraph.store_url}?graph={deliveroo}", data=b"<http://e/a> <http://e/b> <http://e/c> .",
        method="POST", headers={"Content-Type": "application/n-triples"},
    )
    urllib.request.urlopen(extra, timeout=10).close()
    assert graph_counts(oxigraph)[deliveroo] == expected[deliveroo] + 1
    report = push([str(files / "both.nq")], oxigraph.store_url, replace=True)
    assert report.requests == 2
    assert graph_counts(oxigraph) == expected


# ---------------------------------------------------------------- kg push: SPARQL Update


def test_push_update_in_chunks(oxigraph, files, page_quads, capsys):
    g = "https://example.org/graph/updated"
    n = triples(page_quads["Deliveroo"])
    code, _, err = run(
        capsys, "push", files / "deliveroo.ttl", "--endpoint", oxigraph.base + "/update", "--method", "update",
        "--graph", g, "--chunk-size", 400,
    )
    assert code == 0, err
    chunks = -(-n // 400)
    assert f"{chunks} chunk(s)" in err and f"{chunks + 1} request(s)" in err
    assert graph_counts(oxigraph) == {g: n}  # no staging graph left behind


def test_push_update_replace_and_dataset(oxigraph, files, page_quads):
    g = "https://w3id.org/company-kg/resource/graph/Deliveroo"
    oxigraph_update = oxigraph.base + "/update"
    push([str(files / "both.nq")], oxigraph_update, method="update")
    sparql = SPARQLWrapper(oxigraph_update)
    sparql.setMethod(POST)
    sparql.setQuery(f"INSERT DATA {{ GRAPH <{g}> {{ <http://e/a> <http://e/b> <http://e/c> }} }}")
    sparql.query()
    assert count(oxigraph, g) == triples(page_quads["Deliveroo"]) + 1
    report = push([str(files / "both.nq")], oxigraph_update, method="update", replace=True, chunk_size=500)
    assert report.graphs == 2
    assert count(oxigraph, g) == triples(page_quads["Deliveroo"])
    assert set(graph_counts(oxigraph)) == {q.graph_name.value for quads in page_quads.values() for q in quads}


def test_push_update_failure_mid_way_leaves_the_target_unchanged(oxigraph, files, stub_server, page_quads):
    g = "https://example.org/graph/target"
    push([str(files / "star.ttl")], oxigraph.store_url, graph=g)
    before = count(oxigraph, g)
    forward = proxy_to(oxigraph.base + "/update")
    seen: list[RecordedRequest] = []

    def flaky(record: RecordedRequest) -> StubResponse:
        seen.append(record)
        if len(seen) == 2:  # the second chunk is rejected
            return StubResponse(400, "Parser error", "text/plain")
        return forward(record)

    stub = stub_server(handler=flaky)
    with pytest.raises(RemoteError) as failed:
        push([str(files / "deliveroo.ttl")], stub.url + "/update", graph=g, method="update", replace=True, chunk_size=300)
    message = str(failed.value)
    total = -(-triples(page_quads["Deliveroo"]) // 300)
    assert f"1 of {total} chunks had been applied" in message
    assert "target graphs are unchanged" in message and "staging graphs were dropped" in message
    assert "DROP SILENT GRAPH" in seen[-1].param("update")
    assert count(oxigraph, g) == before
    assert set(graph_counts(oxigraph)) == {g}


# ---------------------------------------------------------------- kg push: failures and retries


def test_push_to_an_unreachable_endpoint_exits_5_naming_it(files, capsys):
    url = closed_port_url("/store")
    code, _, err = run(capsys, "push", files / "star.ttl", "--endpoint", url)
    assert code == 5
    assert url in err and "unreachable" in err


def test_push_retries_a_server_error_then_succeeds(files, stub_server):
    stub = stub_server(
        script=[StubResponse(500, "busy", "text/plain", headers={"Retry-After": "0"}), StubResponse(204, "", "text/plain")]
    )
    messages = []
    report = push([str(files / "star.ttl")], stub.url + "/store", graph="https://example.org/g", notify=messages.append)
    assert report.requests == 1 and len(stub.requests) == 2
    first, second = stub.requests
    assert first.body == second.body and second.method == "POST"
    assert second.params == {"graph": ["https://example.org/g"]}
    assert second.headers["Content-Type"] == "application/n-triples"
    assert second.headers["User-Agent"].startswith("company-kg/")
    assert "HTTP 500" in messages[0]


def test_push_update_honours_429_retry_after(files, stub_server):
    stub = stub_server(script=[StubResponse(429, "slow down", "text/plain", headers={"Retry-After": "0"})],
                       handler=lambda r: StubResponse(204, "", "text/plain"))
    report = push([str(files / "star.ttl")], stub.url + "/update", method="update", graph="https://example.org/g", backoff=0)
    assert report.chunks == 1 and len(stub.requests) == 3  # 429, the chunk again, the final ADD
    assert "INSERT DATA" in stub.requests[1].param("update")
    assert "ADD SILENT GRAPH" in stub.requests[2].param("update")
    assert stub.requests[0].headers["User-Agent"].startswith("company-kg/")


def test_push_waits_as_long_as_retry_after_says(files, stub_server, capsys):
    stub = stub_server(
        script=[StubResponse(503, "busy", "text/plain", headers={"Retry-After": "2"})],
        handler=lambda r: StubResponse(204, "", "text/plain"),
    )
    code, _, err = run(capsys, "push", files / "star.ttl", "--endpoint", stub.url + "/store")
    assert code == 0, err
    assert "HTTP 503; waiting 2 s as asked by Retry-After (attempt 2 of 4)" in err
    first, second = stub.requests
    # stamped on arrival: the 429 reached the client after first.started, the retry left
    # after the client's two-second sleep (the default backoff would have waited one)
    assert second.started - first.started >= 2.0


def test_push_update_reads_a_retry_after_date(files, stub_server, monkeypatch):
    now = 1_796_000_000.0  # a fixed clock for reading the date; the wait itself is real
    monkeypatch.setattr(
        "kg.graph.push.parse_retry_after", functools.partial(parse_retry_after, now=lambda: now)
    )
    when = email.utils.formatdate(now + 1, usegmt=True)
    stub = stub_server(
        script=[StubResponse(429, "slow down", "text/plain", headers={"Retry-After": when})],
        handler=lambda r: StubResponse(204, "", "text/plain"),
    )
    messages = []
    report = push([str(files / "star.ttl")], stub.url + "/update", method="update",
                  graph="https://example.org/g", backoff=0, notify=messages.append)
    assert report.chunks == 1 and len(stub.requests) == 3
    assert "HTTP 429; waiting 1 s as asked by Retry-After" in messages[0]
    assert stub.requests[1].started - stub.requests[0].started >= 1.0


def test_push_does_not_wait_longer_than_its_limit(files, stub_server, capsys):
    stub = stub_server(handler=lambda r: StubResponse(429, "", "text/plain", headers={"Retry-After": "86400"}))
    code, _, err = run(capsys, "push", files / "star.ttl", "--endpoint", stub.url + "/store")
    assert code == 5 and len(stub.requests) == 1
    assert "asked to wait 86400 s (Retry-After) after HTTP 429, more than the 300 s limit; try again later" in err


def test_push_gives_up_after_bounded_retries(files, stub_server, capsys):
    stub = stub_server(handler=lambda r: StubResponse(503, "down", "text/plain", headers={"Retry-After": "0"}))
    code, _, err = run(capsys, "push", files / "star.ttl", "--endpoint", stub.url + "/store", "--retries", 2)
    assert code == 5 and "after 3 attempts" in err
    assert len(stub.requests) == 3


def test_push_refused_by_a_read_only_store(store_dir, files, capsys):
    port = free_port()
    process, lines = start_serve(store_dir, port)
    try:
        assert "serving" in lines[-1], lines
        code, _, err = run(capsys, "push", files / "star.ttl", "--endpoint", f"http://{LOOPBACK}:{port}/store")
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    assert code == 5 and "HTTP 403" in err


def test_push_input_errors(tmp_path, oxigraph):
    with pytest.raises(InputError, match="no such file"):
        push([str(tmp_path / "missing.ttl")], oxigraph.store_url)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://e/a> <http://e/b> .\n")
    with pytest.raises(InputError, match="not valid"):
        push([str(bad)], oxigraph.store_url)
    with pytest.raises(UsageError, match="unknown graph format"):
        push([str(tmp_path / "graph.xyz")], oxigraph.store_url)
    with pytest.raises(UsageError, match="http"):
        push([str(bad)], "ftp://example.org/store")


@pytest.mark.parametrize(("name", "option"), [("serve", "--store"), ("push", "--endpoint")])
def test_commands_are_registered_with_help(capsys, name, option):
    with pytest.raises(SystemExit) as done:
        main([name, "--help"])
    assert done.value.code == 0
    assert option in capsys.readouterr().out
