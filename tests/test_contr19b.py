"""Round 19 of issue 14, controversies: each of two acts of one sentence of a controversy section
is dated by its own part of the sentence, not by a year of the other act (a comma inside a figure,
"12,500", no longer lets the first act's year date the second). Every sentence here is written for
the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _acts(sentence: str, section: str = "Controversies") -> list[tuple[str, str | None]]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles.\n\n== {section} ==\n{sentence}")
    return [(f.value.type, f.value.date.iso if f.value.date else None)
            for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("sentence, expected", [
    ("A strike stopped work at its depots in 2016, and the transport regulator fined the company "
     "12,500 euros in 2019 for overloaded lorries.", [("strike", "2016"), ("fine", "2019")]),
    ("A strike by its bakers closed the plant in 2015, and the company recalled 3,400 ovens in 2017 "
     "after a string of kitchen fires.", [("strike", "2015"), ("recall", "2017")]),
    ("In 2012 the food agency recalled its infant formula, and a strike of 1,800 packers stopped "
     "the line in March 2014.", [("recall", "2012"), ("strike", "2014-03")]),
])
def test_each_act_of_a_split_sentence_is_dated_by_its_own_part(sentence, expected):
    assert _acts(sentence) == expected


def test_a_sentence_that_is_not_split_keeps_the_sentence_date():
    assert _acts("In 2018 the regulator fined the company 2,000 euros for late filings.") == [("fine", "2018")]
