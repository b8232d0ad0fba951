"""Speed rewrites of round 33 give exactly what the plain forms give: one trigger search per
clause for all event types (``ClauseTriggers`` over an ``AlternationSet``) in place of one
``branch_search`` per type."""

from __future__ import annotations

import re

import pytest

from kg.extractors import event_cues
from kg.extractors.event_cues import ClauseTriggers, event_types
from kg.text.patterns import AlternationSet, branch_search, fold


def _same(a, b, whole: bool = False) -> bool:
    """The same match; of the same (branch) pattern unless ``b`` is the ``whole`` alternation's."""
    return (a is None) == (b is None) and (a is None or (a.span(), a.group(0)) == (b.span(), b.group(0))
                                           and (whole or a.re is b.re))


# clauses written for this test: a trigger, its historical present, a veto, a circumstance, none
CLAUSES = [
    "In 1998 Harrowgate Mills acquired the Tenby Spinning Company for £4 million.",
    "1987 – Acquires the Pellworth brewery and becomes a public limited company.",
    "The firm was renamed Calder Vale Foods in 2003, after a merger with Brinsley Dairies.",
    "Orvane planned to merge with Quillan Systems, but the talks collapsed in 2011.",
    "It opened its first store in Swindon and later listed its shares on the London Stock Exchange.",
    "The group sold its packaging division to Merrow Holdings, a private equity firm.",
    "Sales rose by a tenth over the year.",
    "ACQUIRED BY TALLIS GROUP",
    "",
]


@pytest.mark.parametrize("text", CLAUSES)
def test_clause_triggers_give_each_types_own_trigger(text):
    """Each type's trigger and patterns from the clause's one search are the type's own."""
    folded = fold(text)
    clause = ClauseTriggers(text, folded)
    for etype in event_types().values():
        assert _same(clause.trigger(etype), etype.trigger(text, folded)), (etype.key, text)
        assert clause.pattern(etype) is etype.pattern(folded), (etype.key, text)


def test_clause_triggers_find_something_on_the_written_clauses():
    """The test above can fail: the written clauses hold triggers of several types."""
    told = {t.key for text in CLAUSES for t in event_types().values() if ClauseTriggers(text, fold(text)).trigger(t)}
    assert {"acquisition", "merger", "divestiture", "ipo"} <= told, told


@pytest.mark.parametrize(
    ("patterns", "text"),
    [
        ([r"ab|a", r"b|ab"], "xab"),  # the leftmost branch wins, at a tie the first one
        ([r"\bsold\b|\bbought\b", r"(a)\1|b"], "Bought a sold aa b"),  # a back-reference: searched whole
        ([r"(?:the|a)\s+deal|signed", r"signed(?= it)|sign"], "The  deal, he signed it, theatre deal"),
        ([r"merg(?:ed|er) with|x(?=y)", r"(?<=x)abc|abcd"], "A merger with xabc; xy MERGED WITH"),
        ([r"acquired|bought", r"sold"], ""),
    ],
)
def test_alternation_set_searches_as_branch_search(patterns, text):
    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
    scan = AlternationSet(compiled).scan(text, fold(text))
    for k, pattern in enumerate(compiled):
        assert _same(scan.search(k), branch_search(pattern, text, fold(text)))
        assert _same(scan.search(k), pattern.search(text), whole=True)


def test_alternation_set_passes_the_callers_gates():
    alternations = AlternationSet([re.compile("sold|bought")], [("merger", "takeover"), None, ()])
    scan = alternations.scan("The takeover went ahead.", "the takeover went ahead.")
    assert [scan.passes(i) for i in range(3)] == [True, True, False]


def test_clause_triggers_on_every_corpus_clause():
    """Every type on every corpus sentence and clause: the trigger ``EventType.trigger`` finds,
    and ``classify`` with the clause's one search says what it says with a search per type."""
    from corpus import ALL_BUILDABLE, wiki

    from kg.sources.files import read_wiki_file
    from kg.text.narrative import dated_sentences
    from kg.text.parse import parse_article

    types = list(event_types().values())
    checked = found = 0
    for stem in ALL_BUILDABLE:
        for ds in dated_sentences(parse_article(read_wiki_file(wiki(stem)))):
            texts = [(ds.sentence.text, ds.folded)] + [(c.text, ds.folded[c.start: c.end]) for c in ds.clauses]
            for text, folded in texts:
                clause = ClauseTriggers(text, folded)
                for etype in types:
                    expected = etype.trigger(text, folded)
                    assert _same(clause.trigger(etype), expected), (etype.key, text)
                    found += expected is not None
                    checked += 1
    assert checked > 50_000 and found > 300


def test_classify_without_the_clause_search_says_the_same(monkeypatch):
    """``classify`` on clauses written for the test, with the per-type search put back."""
    company = frozenset({"Harrowgate Mills", "Orvane"})
    got = [event_cues.classify(text, company=company) for text in CLAUSES]

    class PerType:
        def __init__(self, text, folded):
            self.text, self.folded = text, folded

        def trigger(self, etype):
            return etype.trigger(self.text, self.folded)

        def pattern(self, etype):
            return etype.pattern(self.folded)

    monkeypatch.setattr(event_cues, "ClauseTriggers", PerType)
    plain = [event_cues.classify(text, company=company) for text in CLAUSES]
    assert [(r[0].key, r[1].span()) if r else None for r in got] == [(r[0].key, r[1].span()) if r else None for r in plain]
    assert sum(r is not None for r in got) >= 3
