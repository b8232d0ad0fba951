"""The date of what a cue tells, in a sentence holding several dates (kg/text/cue_dates.py)."""

from __future__ import annotations

import pytest

from kg.model import DateValue
from kg.text.cue_dates import date_by_cue


def _iso(sentence: str, cue: str, fallback: DateValue | None = None) -> str | None:
    start = sentence.index(cue)
    date = date_by_cue(sentence, start, start + len(cue), fallback)
    return date.iso if date else None


@pytest.mark.parametrize(("sentence", "cue", "iso"), [
    ("In November 2015, Acme ended its contract with A and in April 2016 started working with B.", "ended its contract with", "2015-11"),
    ("In November 2015, Acme ended its contract with A and in April 2016 started working with B.", "started working with", "2016-04"),
    ("In March 2012 the regulator fined Acme for misreporting data between 2006 and 2010.", "fined", "2012-03"),
    ("Acme was fined £3 million in 2019.", "fined", "2019"),
    ("After a review of the 2014 accounts, the board dismissed him in May 2016.", "dismissed", "2016-05"),
    ("The 1999 drivers' strike cost Acme £9 million.", "strike", "1999"),
    ("In 2017 and 2018 a reporter investigated Acme depots.", "investigated", "2017"),
    ("From 2009 to 2013 Acme sponsored the Rovers.", "sponsored", "2009"),  # a range: its start
    ("Acme sponsored the Rovers in 2009–2013.", "sponsored", "2009"),
])
def test_the_date_written_by_the_cue(sentence, cue, iso):
    assert _iso(sentence, cue) == iso


def test_a_sentence_without_a_year_keeps_the_fallback():
    fallback = DateValue("2003", "year")
    assert _iso("The regulator then fined Acme.", "fined", fallback) == "2003"
    assert _iso("The regulator then fined Acme.", "fined") is None


def test_a_date_after_the_next_party_of_an_enumeration_is_not_read():
    sentence = "Its customers include Globex, which signed a contract in 2016, and Initech, a client since 2018."
    first, second = sentence.index("Globex"), sentence.index("Initech")
    assert date_by_cue(sentence, 0, first + 6, None, until=second).iso == "2016"
    assert date_by_cue(sentence, 0, second + 7, None).iso == "2018"
    assert date_by_cue(sentence, 0, first + 6, None, until=sentence.index("Initech") - 30) is None


@pytest.mark.parametrize(("sentence", "cue", "iso"), [
    # round 16: a range after "for" names what the step is about, not when it happened
    ("The revenue service began an audit of Acme's returns for 2016 to 2019 in 2021.", "audit", "2021"),
    ("The agency questioned its accounts for the years 2014–2017 in March 2022.", "questioned", "2022-03"),
])
def test_a_range_after_for_is_the_period_not_the_date(sentence, cue, iso):
    assert _iso(sentence, cue) == iso
