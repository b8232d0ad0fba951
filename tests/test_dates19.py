"""A clause dated from a named earlier event of the article ("Two years after the X deal")."""

from __future__ import annotations

import pytest

from kg.sources import Page
from kg.text.narrative import dated_sentences
from kg.text.parse import parse_article


def _clause_date(text: str, start: str) -> str | None:
    art = parse_article(Page("Acme", text))
    for ds in dated_sentences(art):
        for c in ds.clauses:
            if c.text.startswith(start):
                return c.date.iso if c.date else None
    raise AssertionError(start)


_TOLD = (
    "== History ==\n"
    "In March 2009 Acme signed a distribution deal with Borvik Foods. "
    "Its shares were first listed on the Oslo Stock Exchange in 2011. "
    "A $10 million seed round was led by Nordkap Ventures in June 2012. "
    "Acme launched its first meal kit in September 2013. "
    "The company was praised by the press for its packaging. "
)


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        # a name of the earlier event
        ("Three years after the Borvik agreement, Acme opened a plant in Bergen.", "2012"),
        ("Four months after Borvik had signed, Acme hired its first salesman.", "2009-07"),
        # the head noun of the event, or a word of its family ("listing", "listed")
        ("Twenty months after the seed round it raised a further $30 million.", "2014-02"),
        ("Acme moved to Trondheim the year after listing.", "2012"),
        ("Two years after its listing, Acme bought a bakery.", "2013"),
        ("Six months after the launch, Acme opened a second kitchen.", "2014-03"),
        ("The month before the launch Acme hired a chef.", "2013-08"),
        ("Eleven years before the launch the founders met at school.", "2002"),
    ],
)
def test_clause_dated_from_named_event(sentence: str, iso: str) -> None:
    assert _clause_date(_TOLD + sentence + "\n", sentence[:12]) == iso


@pytest.mark.parametrize(
    "sentence",
    [
        # an event the article never tells (no earlier clause holds its name or head noun)
        "Five years after the Enron scandal, Acme hired an auditor.",
        "Two years after the flood the warehouse was rebuilt.",
        # a span, not a date
        "Workers struck for eleven days after talks on pay stalled.",
        "Within two weeks after the launch the kit sold out.",
        # a phrase that names no event
        "Two years after it began, Acme closed the shop.",
    ],
)
def test_clause_left_undated(sentence: str) -> None:
    assert _clause_date(_TOLD + sentence + "\n", sentence[:12]) is None


def test_later_phrase_counts_from_the_resolved_date() -> None:
    text = _TOLD + "Two years after the Borvik deal, Acme opened a shop. A year later it closed.\n"
    assert _clause_date(text, "A year later") == "2012"
