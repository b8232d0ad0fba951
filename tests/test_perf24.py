"""Speed rewrites of round 24 give exactly what the plain forms give."""

from __future__ import annotations

import re

import pytest

from kg.text import narrative
from kg.text.patterns import LiteralIndex

# the clause-break finder as it was written before it opened with one character class (round 25 added
# " but" before a verb, tests/test_dateaside25.py)
_PLAIN_BREAK_AT = re.compile(r"[;,:]|\s+(?=and[\s,]|but\s|followed\s|then\s)")


@pytest.mark.parametrize("text", [
    "The firm opened a plant in 1990 and closed it in 2001.",
    "In 2004 it bought a mill, followed by a second one; then it sold both.",
    "Acme was founded in Leeds  and   moved to York: the move took a year.",
    "It merged with Beta\tand\u00a0then listed its shares, then  sold a unit.",
    "and then it closed; and, later, it reopened",
    "Sales rose 10%: a record, followed\nby losses.",
    "",
    " ",
    "no break here at all",
    "It opened an inquiry the same year but closed it in 2019.",
])
def test_clause_break_starts_are_those_of_the_plain_alternation(text):
    got = [m.span() for m in narrative._CLAUSE_BREAK_AT.finditer(text)]
    assert got == [m.span() for m in _PLAIN_BREAK_AT.finditer(text)]


def test_clause_break_starts_on_every_corpus_sentence():
    from corpus import ALL_BUILDABLE, wiki

    from kg.sources.files import read_wiki_file
    from kg.text.parse import parse_article

    checked = 0
    for stem in ALL_BUILDABLE:
        for sentence in parse_article(read_wiki_file(wiki(stem))).sentences:
            text = sentence.text
            assert [m.span() for m in narrative._CLAUSE_BREAK_AT.finditer(text)] == \
                [m.span() for m in _PLAIN_BREAK_AT.finditer(text)], text
            checked += 1
    assert checked > 500


def test_a_primed_literal_index_holds_what_a_scan_finds():
    # many literals at once take the automaton pass; a literal written several times in one
    # sentence, overlapping literals, an empty sentence and a non-ASCII one
    literals = ("and", "nd", "the", "plant", "ant", "plan", "mill", "é", "ée", "closed", "open", "zzz")
    texts = ["the plant and the mill and the plant", "", "opened and closed", "société fondée",
             "nothing here", "andand", "plan"]
    index = LiteralIndex(texts)
    index.any_of(literals)
    for literal in literals:
        assert sorted(index.holding(literal)) == [i for i, t in enumerate(texts) if literal in t], literal
    assert sorted(index.any_of(literals)) == [i for i, t in enumerate(texts) if any(k in t for k in literals)]
