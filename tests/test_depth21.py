"""The shared narrative reading splits a subordinate clause that opens a sentence with a date of its
own from the main clause, so that history and relations date the main clause from its own words;
and the history table marks the event types a telling vetoes for the whole sentence. Each sentence
is written for the test."""

from __future__ import annotations

import pytest

from kg.sources import Page
from kg.text.narrative import dated_sentences, split_clauses
from kg.text.parse import parse_article
from tests.test_history_round10 import _types
from tests.test_relprec20 import _dated as _related


def _last(sentence: str):
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is an engineering company.\n\n== History ==\n{sentence}\n")
    return dated_sentences(parse_article(page))[-1]




# ---------------------------------------------------------------- the narrative reading


@pytest.mark.parametrize("sentence, lead, main_date", [
    ("After the new tariff came into force in April 2003, Acme opened a plant in Tunisia the following year.",
     "After the new tariff came into force in April 2003", "2004"),
    ("When its founder retired in 1994, the firm was sold to a Dutch group two years later.",
     "When its founder retired in 1994", "1996"),
    ("Once the bridge opened in May 1999, traffic on the ferry fell by half in 2000.",
     "Once the bridge opened in May 1999", "2000"),
    ("Before the currency was devalued on 1 January 1994, the group moved its cash abroad in 1993.",
     "Before the currency was devalued on 1 January 1994", "1993"),
    ("As sales of 10,000 units were reached in 1988, the company hired 200 workers the next month.",
     "As sales of 10,000 units were reached in 1988", "1988"),
])
def test_a_dated_opening_clause_is_split_from_a_main_clause_with_its_own_date(sentence, lead, main_date):
    ds = _last(sentence)
    first, second = ds.clauses[0], ds.clauses[1]
    assert first.text == lead and first.lead and not second.lead
    assert second.date is not None and second.date.iso[:4] == main_date
    assert ds.date.iso[:4] == main_date  # the sentence speaks of its main clause's time


@pytest.mark.parametrize("sentence", [
    # the main clause tells no date of its own: one clause, as before
    "After the war ended in 1945, the company resumed production of bicycles.",
    "When the plant closed in 2009, most of its workers moved to Leeds; the site was sold in 2012.",
    "Once the bridge opened in May 1999, traffic on the ferry fell by half within a year, and the line closed in 2001.",
    # not a subordinate clause
    "As of 2010, the company employed 4,000 people in 2011.",
    "In 2004, it bought a rival the following year.",
    # no date in the opening clause
    "After the merger, the group cut 300 jobs in 2005.",
])
def test_no_split_without_two_dates_or_without_an_opening_clause(sentence):
    spans = split_clauses(sentence)
    assert spans[0][0] == 0 and not any(sep == "," and a == sentence.index(",") + 2 for a, _, sep in spans)


def test_a_comma_inside_a_date_does_not_end_the_opening_clause():
    ds = _last("After the merger took effect on January 1, 2002, the bank closed 40 branches the following year.")
    assert ds.clauses[0].text == "After the merger took effect on January 1, 2002"
    assert ds.clauses[1].date.iso == "2003"


# ---------------------------------------------------------------- relations


@pytest.mark.parametrize("sentence, expected", [
    ("After the free-trade agreement took effect in March 2005, the company won orders from [[Siemens]] the following year.",
     {("customer", "Siemens", "2006")}),
    ("When its patents expired in 1998, it formed a joint venture with [[BASF]] two years later.",
     {("jointVenturePartner", "BASF", "2000")}),
    ("Once the new port opened in June 2011, it signed a supply agreement with [[Unilever]] in 2013.",
     {("customer", "Unilever", "2013")}),
    # a relative clause joined by "and": its own date, not the year written before it
    ("In 2007 it moved its head office to Lyon, and the following year it formed a joint venture with [[Safran]].",
     {("jointVenturePartner", "Safran", "2008")}),
])
def test_relations_date_the_main_clause(sentence, expected):
    assert _related(sentence) == expected


# ---------------------------------------------------------------- history


def test_history_dates_the_main_clause_and_not_the_opening_one():
    assert _types("After a fire destroyed its mill in 1962, Acme bought Harlow Mills the following year.") == [
        ("acquisition", "1963")]
    assert _types("When the regulator opened the market in July 1998, Acme was renamed Acme Telecom in October.") == [
        ("rename", "1998-10")]
    assert _types("Following a strike at its Leeds works in 2012, the company closed the works in March 2013.") == [
        ("divestiture", "2013-03")]


def test_the_opening_clause_is_no_event_but_its_names_are_read():
    # the opening circumstance tells no event of the company
    assert _types("When the new plant opened in 1987, the company bought Harlow Mills two years later.") == [
        ("acquisition", "1989")]
    page = Page(title="Acme", revision=1, wikitext=(
        "'''Acme''' is an engineering company.\n\n== History ==\n"
        "When [[Bolt Tools]] went bankrupt in May 2009, Acme bought its Leeds works from the receivers that August.\n"))
    from kg.extractors.history import events
    found = [e for e, _ in events(parse_article(page))]
    assert [(e.type, e.date.iso) for e in found] == [("acquisition", "2009-08")]
    assert "Bolt Tools" in {p.entity.label for p in found[0].participants}


# ---------------------------------------------------------------- a veto read in the whole telling


def test_the_telling_veto_is_a_column_of_the_table():
    from kg.extractors.event_cues import event_types
    types = event_types()
    assert types["reopening"].veto_telling
    assert not types["acquisition"].veto_telling and not types["closure"].veto_telling


def test_a_row_that_sets_the_column_is_vetoed_by_a_clause_of_its_telling():
    assert _types("The Grand Hotel reopened on 1 August 2021, which the region allowed once its lockdown had ended.") == []
    assert _types("The Alpine Lodge reopened in March 2021, having been closed temporarily by the owners.") == []
    assert _types("The museum shop reopened on 2 June 2020 under new rules, which let vaccinated visitors in.") == []
    # a clause with a predicate of its own is another telling
    assert _types("The Leeds mill reopened in 1996, and in 2020 the company shut its Hull depot during the pandemic.") \
        [:1] == [("expansion", "1996")]


def test_without_the_column_the_veto_reads_only_the_triggers_clause():
    from kg.extractors.event_cues import event_types
    row = event_types()["reopening"]
    sentence = "The Grand Hotel reopened on 1 August 2021, which the region allowed once its lockdown had ended."
    object.__setattr__(row, "veto_telling", False)  # the row as if it did not set the column
    try:
        assert _types(sentence) == [("expansion", "2021-08-01")]
    finally:
        object.__setattr__(row, "veto_telling", True)
    assert _types(sentence) == []
