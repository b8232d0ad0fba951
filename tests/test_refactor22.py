"""One reading for each of three things read two ways before (issue 14, round 22). Every
sentence here is written for the test.

1. The first of a pair of months or days before one year ("in May and June 2023" is May 2023):
   ``kg.text.dates.first_of_pair``, used by the narrative's clause dates, by the date of a cue
   (``date_by_cue``) and by history's trigger dates.
"""

from __future__ import annotations

import pytest

from kg.model import DateValue
from kg.text.cue_dates import date_by_cue
from kg.text.dates import first_of_pair, parse_date_text
from kg.text.narrative import explicit_date

PAIRS = [
    # two months before one year: the first
    ("The stevedores walked out in August and September 1997 over rosters.", "1997-08"),
    ("Its kilns stood idle from March to May 2009 for want of orders.", "2009-03"),
    ("The cabin crew struck in November–December 2012.", "2012-11"),
    ("Output was cut during July through October 2020 by the drought.", "2020-07"),
    # two days before one month, or a day and month before another: the first day
    ("The refinery was blockaded on 14 and 15 July 2008 by farmers.", "2008-07-14"),
    ("Bus drivers stopped work on 6–8 October 2015.", "2015-10-06"),
    ("The depot was occupied from 2 February to 9 April 2011 by strikers.", "2011-02-02"),
    # no pair: one month, two months with their own years, a pair across a new year
    ("It sold the quarry in May 2019 and the depot in June 2019.", "2019-05"),
    ("Pilots struck from 28 December to 3 January 2015.", "2015-01-03"),
    ("The union picketed the plant in December and January 2004.", "2004-01"),
]


@pytest.mark.parametrize(("text", "iso"), PAIRS)
def test_first_of_a_pair_is_read_once_for_the_clause_and_for_the_cue(text, iso):
    clause = explicit_date(text)
    cue_at = text.index(next(w for w in ("walked", "stood", "struck", "cut", "blockaded", "stopped", "occupied",
                                         "sold", "picketed") if w in text))
    cue = date_by_cue(text, cue_at, cue_at + 4)
    assert cue is not None and cue.iso == iso
    if "from 2" not in text:  # (a range from one day and month to another is the clause's range, read first)
        assert clause is not None and clause.iso == iso


def test_only_the_pair_before_the_year_given_counts():
    text = "Talks in May and June 2016 failed; a strike began in June 2016."
    year = text.rindex("2016") + 4
    date = parse_date_text(text[year - 12: year])
    assert date is not None and date.iso == "2016-06"
    assert first_of_pair(text, date, year).iso == "2016-06"
    assert first_of_pair(text, date, text.index("2016") + 4).iso == "2016-05"


@pytest.mark.parametrize(("text", "date", "iso"), [
    ("on 30 and 31 March 2019", DateValue("2019-03-31", "day"), "2019-03-30"),  # (a pair: the first)
    ("on 9 and 3 May 2010", DateValue("2010-05-03", "day"), "2010-05-03"),  # a later day first is no pair
    ("in June and May 2010", DateValue("2010-05", "month"), "2010-05"),
    ("in June 2010", DateValue("2010-06", "month"), "2010-06"),
])
def test_a_pair_needs_its_first_before_its_last(text, date, iso):
    assert first_of_pair(text, date).iso == iso


# 2. Where a party's conjunct opens (``relations._conjunct_start``): after the last "and" or ";"
#    that follows the last year written before it. It serves both the party's own relative date and
#    the conjunct whose year dates the party; a conjunct that writes a year of its own after an
#    earlier year is dated by that year, not the earlier one.

CONJUNCT = [
    ("Acme has worked with [[Northwind Foods]] since 2018 on cold storage, and it funds a laboratory at "
     "[[Brightwater University]], opened in 2021.", "researchCollaborator", "Brightwater University", "2021"),
    ("The firm has sold through [[Northwind Foods]] in Norway since 2015 under a licence, and it sells "
     "through [[Brightwater Markets]] in Finland, with which it signed in 2019.", "customer", "Brightwater Markets", "2019"),
    ("Acme began supplying [[Northwind Foods]] in 2012 from its Leeds mill; it has supplied [[Brightwater Markets]] "
     "from its Hull mill since 2017.", "customer", "Brightwater Markets", "2017"),
]


@pytest.mark.parametrize(("text", "prop", "party", "date"), CONJUNCT)
def test_a_conjunct_that_writes_its_own_year_dates_its_party(text, prop, party, date):
    from tests.test_reldates21 import _dates
    assert _dates(text).get((prop, party)) == date, _dates(text)


# 3. A relative date that closes a history trigger's stretch: an opening subordinate clause with a
#    date of its own is the narrative's split (the main clause is dated relative to it); history's
#    own ``_relative_after`` keeps only what no split gives a clause of its own.

LEAD_SPLIT = [
    ("After the trade pact with Japan took effect in March 2004, Acme won its first orders from Uniqlo "
     "the following year.", [("partnership", "2005")]),
    ("When its founder retired in 1994, Acme bought Harlow Mills two years later.", [("acquisition", "1996")]),
    ("Once its shares were listed in March 2010, Acme opened a plant in Tunisia the following year.",
     [("expansion", "2011")]),
]


@pytest.mark.parametrize(("text", "events"), LEAD_SPLIT)
def test_history_dates_a_main_clause_after_an_opening_dated_clause_by_the_narrative_split(text, events, monkeypatch):
    from kg.extractors import event_segments
    from kg.text.narrative import leading_subordinate
    from tests.test_history_round13b import _types
    assert leading_subordinate(text) > 0
    monkeypatch.setattr(event_segments, "_relative_after", lambda *a: None)  # (not history's own count)
    assert _types(text) == events


KEPT_BY_HISTORY = [
    ("The embargo ended in 1994, and Acme, then still family-owned, opened a plant in Hanoi two years later.",
     [("expansion", "1996")]),
    ("The founder died in 1962, and his widow, Ruth Hale, sold the company to Bolt Industries the following year.",
     [("acquisition", "1963")]),
    ("Rationing ended in 1954, and the firm, by then run by the founder's sons, bought Harlow Mills three years "
     "later.", [("acquisition", "1957")]),
]


@pytest.mark.parametrize(("text", "events"), KEPT_BY_HISTORY)
def test_history_counts_a_relative_date_no_split_gives_a_clause(text, events):
    from tests.test_history_round13b import _types
    assert _types(text) == events
