"""The persistent store: incremental writes on real articles, atomic replacement, locking,
queries through kg.graph.query and ``kg query --store``."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import textwrap

import pyoxigraph as ox
import pytest
from corpus import wiki

from kg.build import build_into_store
from kg.cli import main
from kg.errors import InputError, OutputError, UsageError
from kg.graph.query import get_query, load_graphs, open_store, run_query
from kg.graph.sinks import write_graph
from kg.graph.store import PAGES_GRAPH, GraphStore, text_sha1, writer_active
from kg.pipeline import BuildReport, Options, process_page
from kg.sources.files import read_wiki_file

DEFAULT = Options().fingerprint()  # what kg build records with its default options
GOOD = ["Toronto_Star", "Ukrainian_Armor", "Deliveroo", "Alsea_(company)"]
BAD = "Royal_Cinema"  # a venue infobox: not a company, an error record


@pytest.fixture(scope="module")
def pages():
    return [read_wiki_file(wiki(stem)) for stem in [*GOOD, BAD]]


def write_all(gs: GraphStore, pages, options: Options | None = None):
    options = options or Options()
    report = BuildReport()
    yielded = []

    def tap(it):
        for page in it:
            yielded.append(page.title)
            yield page

    results = (process_page(p, options) for p in tap(gs.filter_current(pages, report)))
    counts = gs.write(results, report)
    return counts, report, yielded


def graph_quads(store: ox.Store, graph: ox.NamedNode) -> set[ox.Quad]:
    return set(store.quads_for_pattern(None, None, None, graph))


def page_graph(result) -> tuple[ox.NamedNode, set[ox.Quad]]:
    """The page's graph and quads as a store holds them (Oxigraph keeps values, so
    "25000000.0"^^xsd:decimal reads back as "25000000")."""
    memory = ox.Store()
    memory.extend(ox.parse(result.nquads, format=ox.RdfFormat.N_QUADS))
    quads = set(memory)
    (graph,) = {q.graph_name for q in quads}
    return graph, quads


@pytest.fixture
def built(tmp_path, pages):
    path = tmp_path / "kgstore"
    with GraphStore.open(path, configuration=DEFAULT) as gs:
        counts, report, _ = write_all(gs, pages)
    return path, counts, report


def test_first_write_stores_each_page_in_its_graph(built, pages):
    path, counts, report = built
    assert (counts.added, counts.replaced, counts.failed) == (len(GOOD), 0, 1)
    assert report.pages == len(GOOD) and len(report.errors) == 1
    assert report.errors[0].title == pages[-1].title
    with GraphStore.open(path, read_only=True) as gs:
        assert gs.titles() == sorted(p.title for p in pages[:-1])
        for page in pages[:-1]:
            graph, expected = page_graph(process_page(page))
            assert graph_quads(gs.store, graph) == expected
            record = gs.record(page.title)
            assert record.graph == graph and record.sha1 == text_sha1(page.wikitext)
        assert gs.record(pages[-1].title) is None
        stats = gs.stats()
        assert stats.pages == len(GOOD) and stats.page_quads == report.quads


def test_rerun_skips_unchanged_pages(built, pages):
    path, _, _ = built
    with GraphStore.open(path, configuration=DEFAULT) as gs:
        before = set(gs.store)
        counts, report, yielded = write_all(gs, pages)
        assert report.skipped == {"unchanged": len(GOOD)}
        assert yielded == [pages[-1].title]  # a failed page is not recorded: tried again
        assert (counts.added, counts.replaced, counts.removed) == (0, 0, 0)
        assert set(gs.store) == before


def test_changed_text_replaces_only_that_page(built, pages):
    path, _, _ = built
    old = pages[0]
    assert "[[One Yonge Street]], [[Toronto]]" in old.wikitext
    new = dataclasses.replace(old, wikitext=old.wikitext.replace("[[One Yonge Street]], [[Toronto]]", "[[Two Yonge Street]], [[Toronto]]", 1))
    graph, old_quads = page_graph(process_page(old))
    _, new_quads = page_graph(process_page(new))
    assert old_quads - new_quads and new_quads - old_quads
    with GraphStore.open(path, configuration=DEFAULT) as gs:
        others = {q for q in gs.store if q.graph_name not in (graph, PAGES_GRAPH, ox.DefaultGraph())}
        counts, report, yielded = write_all(gs, [new, *pages[1:]])
        assert yielded == [new.title, pages[-1].title]
        assert counts.replaced == 1 and report.skipped == {"unchanged": len(GOOD) - 1}
        assert graph_quads(gs.store, graph) == new_quads
        assert not (old_quads - new_quads) & set(gs.store)
        assert {q for q in gs.store if q.graph_name not in (graph, PAGES_GRAPH, ox.DefaultGraph())} == others
        assert_default_graph_is_the_merge(gs)
        assert gs.record(new.title).sha1 == text_sha1(new.wikitext)
        assert len(gs.records(new.title)) == 1


def test_revision_decides_when_both_are_known(tmp_path, pages):
    page = dataclasses.replace(pages[1], revision=1000)
    with GraphStore.open(tmp_path / "s", configuration=DEFAULT) as gs:
        write_all(gs, [page])
        assert gs.record(page.title).revision == 1000
        assert gs.is_current(page)
        # same revision, different text (a re-encoded dump): the revision wins
        assert gs.is_current(dataclasses.replace(page, wikitext=page.wikitext + "\n"))
        # a new revision with the same text is processed again
        newer = dataclasses.replace(page, revision=1001)
        assert not gs.is_current(newer)
        counts, _, _ = write_all(gs, [newer])
        assert counts.replaced == 1 and gs.record(page.title).revision == 1001
        # no revision on the page: the text decides
        assert gs.is_current(dataclasses.replace(page, revision=None))
        assert not gs.is_current(dataclasses.replace(page, revision=None, wikitext="changed"))


def test_other_build_options_rebuild_every_page(built, pages):
    path, _, _ = built
    with GraphStore.open(path, configuration=Options(extractors=("infobox",)).fingerprint()) as gs:
        assert not any(gs.is_current(p) for p in pages)
        counts, _, _ = write_all(gs, pages[:-1], Options(extractors=("infobox",)))
        assert counts.replaced == len(GOOD)
        assert all(gs.is_current(p) for p in pages[:-1])


def test_page_that_now_fails_is_removed(built, pages):
    path, _, _ = built
    page = pages[1]
    redirect = dataclasses.replace(page, wikitext="#REDIRECT [[Somewhere else]]")
    graph = GraphStore.open(path, read_only=True)
    stored_graph = graph.record(page.title).graph
    graph.close()
    with GraphStore.open(path, configuration=DEFAULT) as gs:
        counts, report, _ = write_all(gs, [redirect])
        assert (counts.removed, counts.failed) == (1, 1)
        assert "redirect" in report.errors[0].message
        assert gs.record(page.title) is None
        assert not graph_quads(gs.store, stored_graph)
        assert page.title not in gs.titles()
        assert not gs.remove_page(page.title)


def test_remove_page(built, pages):
    path, _, _ = built
    with GraphStore.open(path, configuration=DEFAULT) as gs:
        rec = gs.record(pages[0].title)
        assert gs.remove_page(pages[0].title)
        assert gs.record(pages[0].title) is None and not graph_quads(gs.store, rec.graph)
        assert len(gs.titles()) == len(GOOD) - 1


def test_queries_on_the_store_match_the_nq_file(built, pages, tmp_path, capsys):
    path, _, _ = built
    nq = tmp_path / "same.nq"
    quads = [q for p in pages[:-1] for q in ox.parse(process_page(p).nquads, format=ox.RdfFormat.N_QUADS)]
    write_graph(quads, str(nq), "nq")
    query = get_query("profile")
    for company in ("Deliveroo", "Toronto Star"):
        from_store = run_query(open_store(str(path)), query, {"company": company})
        from_file = run_query(load_graphs([str(nq)]), query, {"company": company})
        assert from_store[1], company
        assert from_store == from_file
    assert main(["query", "profile", "--store", str(path), "--param", "company=Deliveroo", "--format", "json"]) == 0
    store_out = json.loads(capsys.readouterr().out)
    assert main(["query", "profile", "--graph", str(nq), "--param", "company=Deliveroo", "--format", "json"]) == 0
    assert store_out == json.loads(capsys.readouterr().out) and store_out


CRASHER = textwrap.dedent(
    """
    import dataclasses, sys
    from kg.pipeline import process_page
    from kg.sources.files import read_wiki_file
    from kg.graph.store import GraphStore
    page = read_wiki_file(sys.argv[2])
    versions = [page, dataclasses.replace(page, wikitext=page.wikitext.replace("[[", "[[X", 40))]
    results = [process_page(v) for v in versions]
    gs = GraphStore.open(sys.argv[1])
    gs.replace_page(versions[0], results[0])
    gs.flush()
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        gs.replace_page(versions[n % 2], results[n % 2])
        print("replaced", flush=True)
    """
)


def test_a_killed_writer_never_leaves_a_half_replaced_page(tmp_path):
    path = tmp_path / "s"
    child = subprocess.Popen(
        [sys.executable, "-c", CRASHER, str(path), str(wiki("IBM"))], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        for _ in range(3):  # kill it in the middle of a stream of replacements
            assert child.stdout.readline().strip() == "replaced"
    finally:
        child.kill()
        child.wait(30)
    page = read_wiki_file(wiki("IBM"))
    versions = [page, dataclasses.replace(page, wikitext=page.wikitext.replace("[[", "[[X", 40))]
    expected = {text_sha1(v.wikitext): page_graph(process_page(v)) for v in versions}
    assert len({frozenset(q) for _, q in expected.values()}) == 2
    with GraphStore.open(path, read_only=True) as gs:
        (record,) = gs.records(page.title)
        graph, quads = expected[record.sha1]
        assert graph_quads(gs.store, graph) == quads


HOLDER = textwrap.dedent(
    """
    import sys
    from kg.graph.store import GraphStore
    gs = GraphStore.open(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
    """
)


def test_one_writer_at_a_time(tmp_path):
    path = tmp_path / "s"
    GraphStore.open(path, configuration=DEFAULT).close()
    assert not writer_active(path)
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        assert writer_active(path)
        with pytest.raises(OutputError, match="open for writing by another process"):
            GraphStore.open(path, configuration=DEFAULT)
    finally:
        child.communicate("\n", timeout=30)
    assert not writer_active(path)
    GraphStore.open(path, configuration=DEFAULT).close()


def test_read_only_store_refuses_writes_and_bad_locations(tmp_path, built, pages):
    path, _, _ = built
    with GraphStore.open(path, read_only=True) as gs, pytest.raises(UsageError, match="read-only"):
        gs.remove_page(pages[0].title)
    with pytest.raises(InputError, match="no such store"):
        GraphStore.open(tmp_path / "missing", read_only=True)
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "notes.txt").write_text("x")
    with pytest.raises(OutputError, match="not empty and holds no store"):
        GraphStore.open(junk, configuration=DEFAULT)
    with pytest.raises(UsageError, match="named graph per page"):
        build_into_store([str(wiki("Alsea_(company)"))], str(tmp_path / "nographs"), Options(graphs=False), quiet=True)


def test_write_with_worker_processes_gives_the_same_store(tmp_path, pages):
    from kg import engines

    one, two = tmp_path / "one", tmp_path / "two"
    for path, workers in ((one, 1), (two, 2)):
        with GraphStore.open(path, configuration=DEFAULT) as gs:
            report = BuildReport()
            gs.write(engines.run(gs.filter_current(pages, report), Options(), workers=workers), report)
    with GraphStore.open(one, read_only=True) as a, GraphStore.open(two, read_only=True) as b:
        assert set(a.store) == set(b.store)


def test_probing_a_store_this_process_writes_keeps_its_lock(tmp_path):
    path = tmp_path / "s"
    opener = "import sys\nfrom kg.graph.store import GraphStore\nGraphStore.open(sys.argv[1])"
    with GraphStore.open(path, configuration=DEFAULT):
        assert writer_active(path)
        second = subprocess.run([sys.executable, "-c", opener, str(path)], capture_output=True, text=True)
        assert second.returncode != 0 and "open for writing by another process" in second.stderr
    assert subprocess.run([sys.executable, "-c", opener, str(path)], capture_output=True).returncode == 0


def assert_default_graph_is_the_merge(gs):
    """The default graph holds every triple of the page graphs and the ontology, once."""
    default = {q.triple for q in gs.store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    named = {q.triple for q in gs.store if isinstance(q.graph_name, ox.NamedNode) and q.graph_name != PAGES_GRAPH}
    assert default == named


def test_queries_see_each_triple_once_however_many_pages_state_it(tmp_path, pages):
    with GraphStore.open(tmp_path / "s", configuration=DEFAULT) as gs:
        write_all(gs, pages)
        assert_default_graph_is_the_merge(gs)
        # a triple stated by two articles (a shared entity's label, a common citation...)
        seen, shared = {}, None
        for q in gs.store:
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name != PAGES_GRAPH:
                if seen.setdefault(q.triple, q.graph_name) != q.graph_name:
                    shared = q.triple
                    break
        assert shared is not None
        rows = list(gs.query(f"SELECT * WHERE {{ {shared.subject} {shared.predicate} ?o }}"))
        assert [r["o"] for r in rows].count(shared.object) == 1
        gs.remove_page(pages[0].title)
        assert_default_graph_is_the_merge(gs)


def test_a_page_twice_in_one_run_is_stored_then_replaced(tmp_path, pages):
    """The first version waits in the bulk loader's batch; the second must replace it."""
    first = pages[0]
    second = dataclasses.replace(first, wikitext=first.wikitext.replace("[[One Yonge Street]]", "[[Two Yonge Street]]", 1))
    assert second.wikitext != first.wikitext
    with GraphStore.open(tmp_path / "s", configuration=DEFAULT) as gs:
        counts, report, _ = write_all(gs, [first, pages[1], second])
        assert (counts.added, counts.replaced) == (2, 1)
        graph, expected = page_graph(process_page(second))
        assert expected != page_graph(process_page(first))[1]
        assert graph_quads(gs.store, graph) == expected
        assert gs.record(first.title).sha1 == text_sha1(second.wikitext)
        assert len(gs.records(first.title)) == 1
        assert_default_graph_is_the_merge(gs)
