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
        "word\n. B", "a_b.c\n\n. B", "Zürich Straße №5 ½ ǅx Ⅻ. B", "٣٤ x. ", "ß\n", ".\n",
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


def test_plain_cite_refs_read_without_tokenising_give_the_full_path_citation():
    from kg.text.refs import _plain_cite_ref, ref_citation

    refs = _corpus_refs()
    taken = [raw for raw in refs if _plain_cite_ref(raw) is not None]
    for raw in taken:
        assert _plain_cite_ref(raw) == ref_citation(raw), raw
    assert len(taken) > 0.5 * len(refs)  # most refs of real articles are this plain


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ('<ref name="a">{{cite web |url=https://x.org/a. |title=T (x)  , y ; |access-date=1 May 2020}}</ref>', True),
        ('<ref name=" a b ">{{ Cite_News |title=a=b|=x|1=pos|Title=Upper|title=last}}</ref>', True),
        ("<ref>  {{Template:cite web|title=O'Brien's *view* #1|url=//x.org/a|work=   }}  </ref >", True),
        ('<ref name="">{{cite web|title=T|url=mailto:a@b.org}}</ref>', True),
        ('<ref name = "a">{{cite web|title=T}}</ref>', False),  # spaces around "=": the tokeniser decides
        ("<ref name='a'>{{cite web|title=T}}</ref>", False),
        ("<ref>{{cite web|title=''Italic''}}</ref>", False),
        ("<ref>{{cite web|title=A &amp; B}}</ref>", False),
        ("<ref>{{cite web|title=T<!-- c -->}}</ref>", False),
        ("<ref>{{cite web|title=[[Link]]}}</ref>", False),
        ("<ref>{{cite web|title=T\n|url=https://x.org}}</ref>", False),
        ("<ref>{{cite web|title=T}} trailing text</ref>", False),
        ("<ref>{{not a cite|title=T}}</ref>", False),
        ("<ref>{{cite web}}</ref>", False),
    ],
)
def test_which_refs_are_read_without_tokenising(raw, plain):
    from kg.text.refs import _plain_cite_ref, cite_ref_fast, ref_citation

    got = _plain_cite_ref(raw)
    assert (got is not None) == plain
    if plain:
        assert got == ref_citation(raw)
    assert cite_ref_fast(raw) in (None, ref_citation(raw))


def test_plain_cite_refs_agree_with_the_full_path_on_random_parameter_text():
    # bare URLs with trailing punctuation, "=" in values, list and magic-word look-alikes...
    import random

    from kg.text.refs import _plain_cite_ref, ref_citation

    rng = random.Random(7)
    pieces = ["http://", "https://x.org/", "www.", " ", "  ", ".", ",", "=", "|", "'", "x", "é", ":", "*",
              "#", "~", ";", "(", ")", "/", "-", "_", "?", "!", "\t", "title=", "url=", "date=", "work=",
              "publisher=", "ISBN ", "RFC ", "}", "a b", "\u00a0", "—", "%20", '"', "+"]
    taken = 0
    for _ in range(1500):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        name = rng.choice(["", ' name="n"', " name=n", ' name=" "'])
        raw = f"<ref{name}>{{{{cite web|{body}}}}}</ref>"
        got = _plain_cite_ref(raw)
        if got is not None:
            taken += 1
            assert got == ref_citation(raw), raw
    assert taken > 1000


@pytest.mark.parametrize("fmt", ["ttl", "trig", "jsonld", "nt", "nq"])
def test_write_spool_in_memory_matches_the_on_disk_path(tmp_path, fmt):
    from kg.graph.sinks import FORMATS, write_spool
    from kg.graph.spool import Spool
    from kg.pipeline import Options, process_page

    datasets = FORMATS[fmt].supports_datasets
    results = [process_page(read_wiki_file(wiki(stem)), Options(graphs=datasets)) for stem in ALL_BUILDABLE[:5]]
    written, counts = [], []
    for run_lines in (10**9, 50):  # all in memory; many sorted runs on disk
        spool = Spool(triples=not datasets, by_graph=fmt == "trig", run_lines=run_lines, tmpdir=str(tmp_path))
        for res in results:
            spool.add(res.nquads, has_graphs=datasets)
        assert spool.on_disk == (run_lines == 50)
        out = tmp_path / f"out-{run_lines}.{fmt}"
        write_spool(spool, str(out), fmt)
        spool.close()
        written.append(out.read_bytes())
        counts.append(spool.count)
    assert written[0] == written[1]
    assert counts[0] == counts[1] > 100
    assert len(written[0]) > 1000


@pytest.mark.parametrize("fmt", ["ttl", "trig", "jsonld"])
def test_the_spool_read_back_leniently_gives_what_the_checked_parse_gives(tmp_path, monkeypatch, fmt):
    from kg.graph import sinks
    from kg.graph.spool import Spool
    from kg.pipeline import Options, process_page

    assert sinks._READ_BACK == {"lenient": True}  # the pyoxigraph of this venv has it
    datasets = sinks.FORMATS[fmt].supports_datasets
    results = [process_page(read_wiki_file(wiki(stem)), Options(graphs=datasets)) for stem in ALL_BUILDABLE]
    written = {}
    for read_back in ({"lenient": True}, {}):
        monkeypatch.setattr(sinks, "_READ_BACK", read_back)
        for run_lines in (10**9, 200):  # in memory; through a file
            spool = Spool(triples=not datasets, by_graph=fmt == "trig", run_lines=run_lines, tmpdir=str(tmp_path))
            for res in results:
                spool.add(res.nquads, has_graphs=datasets)
            out = tmp_path / f"out.{fmt}"
            sinks.write_spool(spool, str(out), fmt)
            spool.close()
            written[bool(read_back), run_lines] = out.read_bytes()
    assert written[True, 10**9] == written[False, 10**9] == written[True, 200] == written[False, 200]
    assert len(written[True, 10**9]) > 10_000


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


def test_a_literal_index_answers_from_the_shared_vocabulary_what_a_scan_finds():
    # one automaton pass per article looks for every literal primed in any article so far:
    # literals primed by another index (and overlapping ones) must still be answered exactly
    from kg.text.patterns import LiteralIndex

    first = ["ab", "bc", "abc", "cd", "de", "xyz", "yz", "q"]
    second = ["ef", "fg", "abcd", "b", "zz", "a b", "é", "e"]
    texts = ["abcdef", "a b c", "xyzz", "", "éefg", "qq abc", "nothing"]
    LiteralIndex(["abc"]).any_of(tuple(first))
    index = LiteralIndex(texts)
    index.any_of(tuple(second))
    for literal in first + second + ["c d", "zzz"]:
        assert sorted(index.holding(literal)) == [i for i, t in enumerate(texts) if literal in t], literal
        assert sorted(LiteralIndex(texts).holding(literal)) == sorted(index.holding(literal))


@pytest.mark.parametrize("raw", ["<ref name>{{cite web|title=T}}</ref>", "<ref name=\"\">{{cite web|title=T}}</ref>",
                                 "<ref name group=g>{{cite web|title=T}}</ref>"])
def test_a_ref_whose_name_has_no_value_has_no_name(raw):
    # <ref name> names nothing: the citation must not be called "None" (or "")
    from kg.text.refs import cite_ref_fast, ref_citation

    assert ref_citation(raw).name is None
    assert cite_ref_fast(raw).name is None
    assert ref_citation(raw).title == "T"


def test_tidy_gives_its_four_substitutions_on_corpus_text_and_every_kind_of_blank():
    import sys

    from kg.text.render import _BOLD_ITALIC, _SPACE_AFTER_OPEN, _SPACE_BEFORE_PUNCT, _WS, tidy

    def substitutions(text: str) -> str:  # what tidy did before its shortcuts
        text = _BOLD_ITALIC.sub("", text)
        text = _WS.sub(" ", text).strip()
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
        return _SPACE_AFTER_OPEN.sub(r"\1", text).strip(" ,;")

    chars = [chr(i) for i in range(sys.maxunicode + 1)]
    blanks = "".join(c for c in chars if c.isspace())
    assert blanks == "".join(c for c in chars if _WS.fullmatch(c))  # str.split's blanks are \s
    texts = [line for text in _corpus_texts() for line in text.split("\n")]
    texts += [f"a{b}b{b}{b}, c {b}( d ){b}''e''.{b}" for b in blanks]
    texts += [blanks, " ,; ", "''", "x '' y", "( [ x ] )", "a ! b ? c : d ] e ) f . g"]
    assert len(texts) > 2500
    for text in texts:
        assert tidy(text) == substitutions(text), repr(text)


# ---------------------------------------------------------------- alternations searched by branch


def _same_match(a, b) -> bool:
    return (a is None) == (b is None) and (a is None or (a.span(), a.group(0)) == (b.span(), b.group(0)))


def test_branch_search_finds_what_the_whole_alternation_finds():
    """Every event type's triggers and vetoes on every corpus sentence and clause: the same
    span as ``pattern.search``, and the branches really are searched alone."""
    from kg.extractors.event_cues import event_types
    from kg.text.patterns import _branches, branch_search

    patterns = [p for t in event_types().values() for p in (t.triggers, t.vetoes) if p is not None]
    assert sum(_branches(p) is not None for p in patterns) > len(patterns) // 2
    found = checked = 0
    for sentences in _corpus_sentences():
        for ds in sentences:
            texts = [(ds.sentence.text, ds.folded)] + [(c.text, ds.folded[c.start: c.end]) for c in ds.clauses]
            for text, folded in texts:
                for pattern in patterns:
                    expected = pattern.search(text)
                    assert _same_match(branch_search(pattern, text, folded), expected), (pattern.pattern[:80], text)
                    found += expected is not None
                    checked += 1
    assert checked > 50_000 and found > 500


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"ab|a", "xab"),  # the first alternative wins at the leftmost position
        (r"a|ab", "xab"),
        (r"b|ab", "xab"),  # a later alternative that starts further left wins
        (r"(?:c[|]d)|cd", "c|d cd"),  # "|" in a class does not split
        (r"(?:x|y)z|[\]|]q", "]q yz"),
        (r"\|a|b", "|a b"),
        (r"(?i)fOo|bar", "BAR FOO"),
        (r"(a)\1|b", "b aa"),  # back-references: searched whole
        (r"\bfoo\b|foo", "xfoo foo"),
        (r"x(?=y)|y", "yxy"),
    ],
)
def test_branch_search_on_awkward_alternations(pattern, text):
    import re

    from kg.text.patterns import branch_search, fold, top_level_branches

    compiled = re.compile(pattern, re.IGNORECASE)
    assert "|".join(top_level_branches(pattern)) == pattern
    assert _same_match(branch_search(compiled, text, fold(text)), compiled.search(text))


def test_finditer_from_starts_finds_what_finditer_finds():
    """Every relation cue and every event trigger branch on every corpus sentence: the same
    matches, and most patterns take the path through their first words."""
    from kg.extractors.event_cues import event_types
    from kg.extractors.relation_cues import cues
    from kg.text.patterns import _branches, _start_automaton, finditer_from_starts

    patterns = [c.pattern for c in cues().cues]
    for t in event_types().values():
        split = _branches(t.triggers) if t.triggers is not None else None
        patterns += list(split[0]) if split else []
    assert sum(_start_automaton(p) is not None for p in patterns) > len(patterns) // 2
    found = 0
    for sentences in _corpus_sentences():
        for ds in sentences:
            text = ds.sentence.text
            for pattern in patterns:
                expected = [(m.span(), m.group(0)) for m in pattern.finditer(text)]
                assert [(m.span(), m.group(0)) for m in finditer_from_starts(pattern, text, ds.folded)] == expected
                found += len(expected)
    assert found > 300


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"\bsign(?:ed)?\b", 2, "Signed, cosigned, sign-ed; SIGN"),  # \b looks before the start
        (r"(?<=x)abc", 2, "abc xabc"),  # so does a lookbehind
        (r"abc|abcd", 0, "abcd abc"),
        (r"(?:the|a)\s+deal", 2, "The  deal, a deal, theatre deal"),
        (r"aaa", 0, "aaaaaaa"),  # overlapping candidates: finditer resumes after each match
        (r"stra\u00dfe", 2, "STRASSE stra\u00dfe"),  # a non-ASCII first word: searched whole
        (r"[a-c]bc|xyz", 2, "abc xyz"),  # a class first: searched whole
        (r"kelvin", 2, "\u212aELVIN kelvin"),  # the Kelvin sign matches k, and folds to it
        (r"ssx|xyz", 2, "S\u017fX ssx \u0130XYZ"),  # long s matches s; dotted I is not x
    ],
)
def test_finditer_from_starts_on_awkward_patterns(pattern, flags, text):
    import re

    from kg.text.patterns import finditer_from_starts, fold

    compiled = re.compile(pattern, flags)
    expected = [(m.span(), m.group(0)) for m in compiled.finditer(text)]
    assert [(m.span(), m.group(0)) for m in finditer_from_starts(compiled, text, fold(text))] == expected


def _context_plain(kinds_of, names):
    """``Kinds._context`` as it was written before its gates: every pattern before a name
    searched at every occurrence."""
    from kg.text.kinds import ORGANIZATION, PERSON, PLACE, _context_patterns, _lifespan

    before, after = _context_patterns()
    text = kinds_of.text
    counts = dict.fromkeys((ORGANIZATION, PERSON, PLACE), 0)
    for name in names:
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                left, right = text[max(0, i - 60): i], text[j: j + 80]
                for kind, pattern in before:
                    counts[kind] += bool(pattern.search(left))
                for kind, pattern in after:
                    counts[kind] += bool(pattern.match(right))
                counts[PERSON] += _lifespan(right)
            i = text.find(name, j)
    return counts


def test_name_contexts_with_their_gates_count_what_every_pattern_counts(extracted):
    """``Kinds._context`` tries a pattern before a name only where the text ends with one of the
    pattern's last words; on every name of every corpus article, and on names written in awkward
    places (after "Dr.", "vice-president", a cut word, a dotless ı, a tab), the counts are those
    of the plain search."""
    from kg.model import Entity
    from kg.text.kinds import Kinds

    for article, _, _ in extracted:
        known = Kinds(article)
        names = {m.entity.label for s in article.sentences for m in s.mentions if m.entity.label[:1].isupper()}
        for name in sorted(names):
            assert known._context([name]) == _context_plain(known, [name]), (article.title, name)
        assert known.kind(Entity("Nobody Here")) is not None
    article = extracted[0][0]
    known = Kinds(article)
    known._text = ("It was led by Dr. Ana Ruiz and the vice-president Bo Tan. Its chief executive\tLi Wei "
                   "left; the holding company Orbis AG bought it. The city of Lyon and based in\nKyoto "
                   "firms such as the bank Norda. Sir Ian Pole, xpresident Ola Hu, Mr Lee, the group  Zeta, "
                   "the state of ıowa, ın Ankara, İN Izmir, an İnvestor Kappa.")
    for name in ("Ana Ruiz", "Bo Tan", "Li Wei", "Orbis AG", "Lyon", "Kyoto", "Norda", "Ian Pole", "Ola Hu",
                 "Lee", "Zeta", "Ankara", "Izmir", "Kappa"):
        known._contexts.clear()
        assert known._context([name]) == _context_plain(known, [name]), name
    # and after a name: a comma, "-based", a company suffix in any case or script, a lifespan
    known._text = ("Acme Inc. and Borla\u00a0LTD, Cresta, a bank, and Dorn-based Eska \tplc met Fay Lu (born 1950) "
                   "and Gil Ox  (1901–1980), Hana İnc, Ivo ınc and Jura Co; Kelt, the port city, Lomo (c. 1900 – 1950) "
                   "and Mira ,  an insurer.")
    for name in ("Acme", "Borla", "Cresta", "Dorn", "Eska", "Fay Lu", "Gil Ox", "Hana", "Ivo", "Jura", "Kelt", "Lomo",
                 "Mira"):
        known._contexts.clear()
        assert known._context([name]) == _context_plain(known, [name]), name


def test_gates_of_many_literals_pass_what_a_scan_per_literal_passes(extracted):
    from kg.text.narrative import dated_sentences
    from kg.text.patterns import _MANY, passes

    gates = [("x",) * _MANY, tuple(f"{w} " for w in "of the and to in for with on by as at".split()),
             ("zzz", "qq", "appointed", "ereas", ";", "ich", "but", "and", "later", "named", "next", "same"),
             ("", *("abcdefghij"))]
    texts = ["", "x", ";", "an iche", *(ds.folded for article, _, _ in extracted for ds in dated_sentences(article))]
    for gate in gates:
        for text in texts:
            assert passes(gate, text) == any(s in text for s in gate), (gate, text)


def test_a_date_without_its_raw_text_is_the_replaced_date():
    import dataclasses

    from kg.model import DateValue
    from kg.text.narrative import _without_raw

    # _without_raw builds a DateValue from these fields: a new field must be added there too
    assert [f.name for f in dataclasses.fields(DateValue)] == ["iso", "precision", "raw", "approximate", "end"]
    for date in (DateValue("2014", "year", "in 2014 the company was acquired by a much larger rival"),
                 DateValue("2014-10", "month", "x" * 50, True),
                 DateValue("1990", "year", "1990–1995 " * 5, False, DateValue("1995", "year"))):
        assert _without_raw(date) == dataclasses.replace(date, raw="")


def test_the_date_pattern_with_its_lookahead_finds_what_it_finds_without(extracted):
    import random
    import re

    from kg.text import dates
    from kg.text.narrative import dated_sentences

    plain = re.compile(dates._DATE.pattern.replace(r"(?=\d|[adfjmnos][aceopu])", "", 1), dates._DATE.flags)
    assert plain.pattern != dates._DATE.pattern
    rng = random.Random(7)
    alphabet = [*"0123456789 ,.-–adfjmnosceptuyrhlADFJMNOSCEPUſıİK\u212a", "Jan", "Sept", "ſep", "MAY", "Dec.",
                "th", "of", "to", "until", "1999", "2010", "20", "%"]
    texts = [ds.sentence.text for article, _, _ in extracted for ds in dated_sentences(article)]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(20000)]
    for text in texts:
        a, b = dates._DATE.search(text), plain.search(text)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), text


def test_wikicode_str_is_the_join_of_its_nodes_on_every_corpus_tree():
    """``treebuild._wikicode_str`` (a lone text node's text as it is) gives what
    mwparserfromhell's own ``Wikicode.__str__`` gives, for every wikicode of every tree."""
    import mwparserfromhell
    from mwparserfromhell.nodes import Text as TextNode
    from mwparserfromhell.wikicode import Wikicode

    from kg.text.treebuild import _wikicode_str, fast_builder_usable, parse

    if not fast_builder_usable():
        pytest.skip("another mwparserfromhell version: the fast paths are off")
    assert Wikicode.__str__ is _wikicode_str

    def join(code):
        return "".join([str(node) for node in code.nodes])

    lone = 0
    for text in [*_corpus_texts(), "", "x", "[[A|b]] {{c|d=e}} <!-- f --> ''g''"]:
        for tree in (parse(text), mwparserfromhell.parse(text)):
            codes = [tree]
            for node in tree.ifilter(recursive=True):
                codes.extend(v for v in vars(node).values() if isinstance(v, Wikicode))
            for code in codes:
                assert _wikicode_str(code) == join(code)
                lone += len(code.nodes) == 1 and type(code.nodes[0]) is TextNode
    assert lone > 1000


def test_pattern_caches_by_identity_give_what_the_function_gives():
    import re

    from kg.text.patterns import _branches, _start_automaton

    a = re.compile(r"\b(?:signed|entered into)\b|\bacquired\b", re.IGNORECASE)
    b = re.compile(a.pattern + "|(?!)", re.IGNORECASE)  # another object, one more branch
    for fn in (_branches, _start_automaton):
        first = fn(a)
        assert fn(a) is first  # cached
        again = fn.__wrapped__(a)
        assert (first is None) == (again is None)
    split, plain = _branches(a), _branches.__wrapped__(b)
    assert [p.pattern for p in split[0]] == [p.pattern for p in plain[0]][:-1]


def test_the_further_gates_of_weakly_gated_cues_pass_every_sentence_a_cue_matches():
    """A relation cue whose keyword gate most sentences pass is also tested on the other parts
    its matches hold (``required_factors``): every corpus sentence where it matches passes them
    all, and the offering cue of round 12 (gated on "the", "its") has them."""
    from kg.extractors.relation_cues import cues
    from kg.text.patterns import passes, required_factors

    table = cues()
    weakly = [c for c in table.cues if c.more]
    assert any(c.gate == ("its", "the") for c in weakly)
    matched = 0
    for sentences in _corpus_sentences():
        for ds in sentences:
            for cue in weakly:
                if cue.pattern.search(ds.sentence.text):
                    matched += 1
                    assert all(passes(g, ds.folded) for g in cue.more), (cue.pattern.pattern, ds.folded)
    assert matched > 10
    # and so for the branches of the event triggers that branch_search tries
    from kg.extractors.event_cues import event_types
    from kg.text.patterns import _branches
    branches = []
    for t in event_types().values():
        for pattern in (t.triggers, t.present):
            split = _branches(pattern) if pattern is not None else None
            branches += [(split[0][i], gates) for i, gates in split[2].items()] if split else []
    assert len(branches) > 5
    for sentences in _corpus_sentences():
        for ds in sentences:
            for pattern, gates in branches:
                if pattern.search(ds.sentence.text):
                    assert all(passes(g, ds.folded) for g in gates), (pattern.pattern, ds.folded)
    import re
    assert required_factors(re.compile(r"\b(?:led|run)\s+the\s+(?:offering|ipo)\b", re.I)) == (
        ("led", "run"), ("the",), ("offering", "ipo"))


def test_quick_init_stores_what_the_generated_init_stores():
    """``quick_init``'s ``__init__`` has the generated one's signature and stores the same
    values, for every class it is used on, with defaults and with every argument given."""
    import dataclasses
    import inspect

    from kg import model
    from kg.extractors.event_confidence import Evidence
    from kg.extractors.relation_model import Context
    from kg.extractors.relation_names import Counterparty

    classes = [c for c in vars(model).values() if isinstance(c, type) and dataclasses.is_dataclass(c)]
    classes += [Context, Counterparty, Evidence]
    for cls in classes:
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
        fresh = dataclasses.dataclass(frozen=True)(type(cls.__name__, (), {
            "__annotations__": dict(cls.__annotations__),
            **{f.name: f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING}}))
        assert inspect.signature(cls.__init__) == inspect.signature(fresh.__init__), cls
        fields = dataclasses.fields(cls)
        required = [object() for f in fields if f.default is dataclasses.MISSING]
        everything = [object() for _ in fields]
        for args in (required, everything):
            built, reference = cls(*args), fresh(*args)
            assert [getattr(built, f.name) for f in fields] == [getattr(reference, f.name) for f in fields]
            assert vars(built) == vars(reference)
            kwargs = {f.name: a for f, a in zip(fields, args, strict=False)}
            assert vars(cls(**kwargs)) == vars(built)
            with pytest.raises(dataclasses.FrozenInstanceError):
                built.__setattr__(fields[0].name, None)
        assert cls(*everything) == cls(*everything) and hash(cls(*required)) == hash(cls(*required))


def test_the_sentence_evidence_behind_its_gates_is_the_plain_search():
    """``sentence_evidence`` tries the hedge, past-perfect and legal-form patterns only on a text
    that passes their keyword gate, and then only at their start words: the same answers as a
    plain ``search``, on every corpus sentence and clause, and on a few written to test it
    (upper case, the dotless and dotted i, the long s)."""
    from kg.extractors import event_confidence as ec

    def plain(text):
        return {"hedged": ec._HEDGE.search(text) is not None, "retold": ec._RETOLD.search(text) is not None,
                "subordinate": ec.subordinate(text), "legal_form": ec._LEGAL_FORM.search(text) is not None,
                "listed": ec._LISTED.search(text) is not None and ec._DEBT.search(text) is None}  # not gated

    texts = ["It HAD PLANNED to list.", "It was CONVERTED INTO A public COMPANY.", "It was reorganısed as a company",
             "In May 2019 it may list.", "The ſuffix was added", "It had ſold the plant", "turnover into a cooperative"]
    for sentences in _corpus_sentences():
        for ds in sentences:
            texts.append(ds.sentence.text)
            texts.extend(c.text for c in ds.clauses)
    hits = 0
    for text in texts:
        got = ec.sentence_evidence(text)
        assert got == plain(text), text
        assert (ec.hedged(text), ec.retold(text), ec.legal_form(text)) == (got["hedged"], got["retold"], got["legal_form"])
        hits += got["hedged"] + got["retold"] + got["legal_form"]
    assert len(texts) > 1000 and hits > 50


def test_the_won_suit_gates_pass_every_sentence_a_won_pattern_matches():
    """The controversies' won-suit patterns are searched only on a sentence that passes their
    keyword gate: every corpus sentence one of them matches passes it."""
    from kg.extractors.controversies import _may_match, table

    won = table().won
    assert won
    for sentences in _corpus_sentences():
        for ds in sentences:
            for p in won:
                if p.search(ds.sentence.text):
                    assert _may_match(p, ds.folded), ds.sentence.text


def test_parts_joined_with_its_cheap_tests_first_joins_what_one_condition_joins():
    """``infobox._parts_joined`` tests a possible join from its cheap conditions first and makes
    the value's plain text only then: the same items and joins as the one condition of round 16,
    on every parameter value of every corpus infobox and on values written to join."""
    from mwparserfromhell.nodes import Text, Wikilink

    from kg.extractors import infobox
    from kg.text.items import split_items
    from kg.text.parse import parse_article
    from kg.text.render import plain_text
    from kg.text.treebuild import parse
    from kg.text.wikicode import as_code

    def reference(value):
        text = plain_text(value)
        joined = []
        for item in split_items(value):
            last = joined[-1][0] if joined else None
            if (last is not None and not last.filter_wikilinks() and infobox._PART_OF.search(plain_text(last))
                    and item.nodes and isinstance(item.nodes[0], Wikilink)
                    and f"{plain_text(last)}, {plain_text(item)}" in text):
                joined[-1] = (as_code([*last.nodes, Text(", "), *item.nodes]), True)
            else:
                joined.append((item, False))
        return joined

    values = [parse(v) for v in ("Laser Research Center workshop, [[Vilnius University]]",
                                 "[[Acme]], research division, [[Beta University]]",
                                 "Plant, [[X]]<br>Office, [[Y]], [[Z]]", "")]
    for stem in ALL_BUILDABLE:
        article = parse_article(read_wiki_file(wiki(stem)))
        values += [v for box in article.infoboxes for v in box.params.values()]
    joins = 0
    for value in values:
        got, want = infobox._parts_joined(value), reference(value)
        assert [(str(c), j) for c, j in got] == [(str(c), j) for c, j in want], str(value)
        joins += sum(j for _, j in got)
    assert len(values) > 300 and joins >= 2
