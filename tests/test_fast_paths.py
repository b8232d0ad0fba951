"""Shortcuts taken for speed must give exactly what the plain path gives, on the whole corpus."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from corpus import ALL_BUILDABLE, wiki

from kg.graph.rdf import Mapper
from kg.model import Citation, Entity, Fact, Provenance, Text
from kg.pipeline import extract_page
from kg.sources.files import read_wiki_file


@pytest.fixture(scope="module")
def extracted():
    return [extract_page(read_wiki_file(wiki(stem))) for stem in ALL_BUILDABLE]


@pytest.mark.parametrize("graphs", [False, True])
def test_page_nquads_is_the_serialised_page_quads(extracted, graphs):
    mapper = Mapper(graphs=graphs)
    for article, subject_class, facts in extracted:
        args = (article.title, article.revision, subject_class, facts)
        expected = ox.serialize(mapper.page_quads(*args), format=ox.RdfFormat.N_QUADS)
        assert mapper.page_nquads(*args) == expected, article.title


def test_page_nquads_escapes_literals_like_the_serialiser():
    awkward = 'quote " backslash \\ newline \n tab \t cr \r nul-ish \x01 bell \x07 é 漢字 \U0001f600'
    prov = Provenance(article="A", section=awkward, sentence=awkward, citations=(Citation(url="https://x.org/a b", text=awkward),))
    facts = [
        Fact("A", "name", Text(awkward, lang="en"), prov),
        Fact("A", "name", Text(awkward), prov),
        Fact("A", "founder", Entity(awkward, "Bob \"Q\" (x)"), prov),
    ]
    for graphs in (False, True):
        mapper = Mapper(graphs=graphs)
        expected = ox.serialize(mapper.page_quads("A", 7, None, facts), format=ox.RdfFormat.N_QUADS)
        assert mapper.page_nquads("A", 7, None, facts) == expected


def _corpus_texts():
    return [read_wiki_file(wiki(stem)).wikitext for stem in ALL_BUILDABLE]


def test_word_before_matches_the_search_from_the_start():
    from kg.text.sentences import _WORD_BEFORE, _WORD_WINDOW, _word_before

    long_run = "x." * _WORD_WINDOW
    texts = [
        *(para for text in _corpus_texts() for para in text.split("\n\n")),
        "a" * (_WORD_WINDOW - 1) + ". B",
        "a" * _WORD_WINDOW + ". B",
        "a" * (_WORD_WINDOW + 1) + ". B",
        "Some text " + long_run + ". Next",
        "Some text " + "y" * 200 + "\n. Next",
        "Some text " + "y" * 200 + " \n. Next",
        "\n" * 100 + "Inc. B",
    ]
    checked = 0
    for text in texts:
        for end in range(1, len(text) + 1):
            if text[end - 1 : end + 1].endswith(".") or text[end - 1] == "\n":
                expected = _WORD_BEFORE.search(text, 0, end)
                got = _word_before(text, end)
                assert (got and got.span()) == (expected and expected.span()), (text[max(0, end - 80) : end], end)
                checked += 1
    assert checked > 5_000


def _corpus_refs() -> list[str]:
    from kg.text.refs import mask_refs

    return [raw for text in _corpus_texts() for raw in mask_refs(text)[1].values()]


def test_cite_fast_path_gives_the_full_path_citation_for_every_corpus_ref():
    from kg.text.refs import cite_ref_fast, ref_citation

    refs = _corpus_refs()
    fast = 0
    for raw in refs:
        got = cite_ref_fast(raw)
        if got is not None:
            fast += 1
            assert got == ref_citation(raw), raw
    assert fast > 0.8 * len(refs)  # the fast path is the common one


# (ref, whether the fast path takes it): it must give the full path's citation when it takes
# a ref, and leave to the full path what it cannot read exactly (a comment inside the
# template, another template or a link before the cite, an unclosed template).
@pytest.mark.parametrize(
    ("raw", "fast"),
    [
        ('<ref name="a">{{cite web |url=https://x.org/a |title=T |work=W |access-date=1 May 2020}}</ref>', True),
        ("<ref name='b' group=\"g\">{{Cite news|title=''Italic'' [[Link|label]] |date={{date|2020}}|publisher=P}}</ref>", True),
        ("<ref>{{cite web|url=x|url=https://x.org/second|title=}}</ref>", True),
        ("<ref name=c name=d>{{cite book |title=A |year=1999 |1=positional|chapter-url=https://x.org/c}}</ref>", True),
        ("<ref name>{{cite web|title=T}}</ref>", True),
        ('<ref name="">{{cite web|title=T}}</ref>', True),
        ("<ref name=x>Some text {{cite web|title=T}}</ref>", True),
        ("<ref name=x>{{Template:Cite_web|title=T}}</ref>", True),
        ("<ref name=x>{{cite web<!-- c -->|title=T}}</ref>", False),
        ("<ref name=x>{{cite web|title<!-- c -->=T|url=https://x.org}}</ref>", False),
        ("<ref name=x>{{harvnb|Smith|2000}} {{cite web|title=T}}</ref>", False),
        ("<ref name=x>[https://x.org/a A title] {{cite web|title=T}}</ref>", False),
        ("<ref name=x>{{cite web|title=a=b|website={{lang|fr|Le Monde}}}}</ref>", True),
        ("<REF NAME=X>{{cite web|title=T}}</REF>", True),
        ("<ref name={{x}}>{{cite web|title=T}}</ref>", True),
        ("<ref name=x>{{cite web|title=T</ref>", False),
    ],
)
def test_cite_fast_path_on_awkward_refs(raw, fast):
    from kg.text.refs import cite_ref_fast, ref_citation

    got = cite_ref_fast(raw)
    if fast:
        assert got == ref_citation(raw)
    else:
        assert got is None


@pytest.mark.parametrize("fmt", ["ttl", "trig", "jsonld", "nt"])
def test_write_spool_in_memory_matches_the_on_disk_path(tmp_path, fmt):
    from kg.graph.sinks import FORMATS, write_spool
    from kg.graph.spool import Spool
    from kg.pipeline import Options, process_page

    datasets = FORMATS[fmt].supports_datasets
    results = [process_page(read_wiki_file(wiki(stem)), Options(graphs=datasets)) for stem in ALL_BUILDABLE[:5]]
    written = []
    for run_lines in (10**9, 50):  # all in memory; many sorted runs on disk
        spool = Spool(triples=not datasets, by_graph=fmt == "trig", run_lines=run_lines, tmpdir=str(tmp_path))
        for res in results:
            spool.add(res.nquads, has_graphs=datasets)
        assert spool.on_disk == (run_lines == 50)
        out = tmp_path / f"out-{run_lines}.{fmt}"
        write_spool(spool, str(out), fmt)
        spool.close()
        written.append(out.read_bytes())
    assert written[0] == written[1]
    assert len(written[0]) > 1000


# ---------------------------------------------------------------- keyword gates in one pass


def _corpus_sentences():
    from kg.text.narrative import dated_sentences
    from kg.text.parse import parse_article

    out = []
    for stem in ALL_BUILDABLE:
        out.append([ds for ds in dated_sentences(parse_article(read_wiki_file(wiki(stem))))])
    return out


def test_gate_sets_give_the_cues_a_test_per_cue_gives():
    """GateSet.passing (one automaton pass) keeps exactly the cues whose gate ``passes``, in
    order, for the relation cues and the event types on every sentence of the corpus."""
    from kg.extractors.event_cues import _type_gates, event_types
    from kg.extractors.relation_cues import cues
    from kg.text.patterns import GateSet, passes

    relation_cues = cues().cues
    gates = GateSet(relation_cues, (c.gate for c in relation_cues))
    types = _type_gates()
    checked = 0
    for sentences in _corpus_sentences():
        for ds in sentences:
            assert gates.passing(ds.folded) == [c for c in relation_cues if passes(c.gate, ds.folded)], ds.folded
            by_type = types.passing(ds.folded)
            assert [t.key for t in by_type] == [t.key for t in event_types().values() if t in by_type]  # table order
            assert all(t.triggers is not None for t in by_type)
            checked += 1
    assert checked > 1000
    # an item without a gate always passes, one with an empty keyword too; no keyword, no item
    assert GateSet(["a", "b", "c"], [None, ("zz",), ("",)]).passing("abc") == ["a", "c"]


def test_a_literal_index_gives_the_same_sentences_with_or_without_its_automaton():
    from kg.extractors.controversies import table
    from kg.extractors.relation_cues import cues
    from kg.text.patterns import LiteralIndex

    prefilter = cues().prefilter
    strong = table().strong
    assert len(prefilter) >= 8  # the automaton path is the one taken
    for sentences in _corpus_sentences():
        texts = [ds.low for ds in sentences]
        plain = [i for i, t in enumerate(texts) if any(k in t for k in prefilter)]
        assert sorted(LiteralIndex(texts).any_of(prefilter)) == plain
        folded = [ds.folded for ds in sentences]
        got = LiteralIndex(folded).candidates(strong, lambda c: c.gate)
        want = {i: [c for c in strong if c.gate is None or any(k in t for k in c.gate)] for i, t in enumerate(folded)}
        assert got == {i: cs for i, cs in want.items() if cs}


@pytest.mark.parametrize("raw", ["<ref name>{{cite web|title=T}}</ref>", "<ref name=\"\">{{cite web|title=T}}</ref>",
                                 "<ref name group=g>{{cite web|title=T}}</ref>"])
def test_a_ref_whose_name_has_no_value_has_no_name(raw):
    # <ref name> names nothing: the citation must not be called "None" (or "")
    from kg.text.refs import cite_ref_fast, ref_citation

    assert ref_citation(raw).name is None
    assert cite_ref_fast(raw).name is None
    assert ref_citation(raw).title == "T"
