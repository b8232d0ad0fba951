"""Dates read from the right clause: a relative clause about the sentence's subject ("X, which
had opened a plant two years earlier, gave it a contract the same year") dates what it tells,
not the main predicate's step. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import history
from kg.sources import Page
from kg.text.cue_dates import date_by_cue
from kg.text.narrative import dated_sentences
from kg.text.parse import parse_article


def _article(text: str):
    return parse_article(Page(title="Acme", revision=1,
                              wikitext=f"'''Acme''' is a Danish valve maker.\n\n== History ==\n{text}"))


def _date_of(text: str, start: str) -> str | None:
    ds = next(d for d in dated_sentences(_article(text)) if d.sentence.text.startswith(start))
    return ds.date.iso if ds.date else None


@pytest.mark.parametrize("text, start, iso", [
    # a relative phrase in the aside counts back; the predicate's own phrase is the step's date
    ("Acme opened a plant in Odense in 1996. Norvik Medical, which had opened a plant in Aarhus two years "
     "earlier, gave it a contract for valve housings the same year.", "Norvik", "1996"),
    ("Acme opened a plant in Odense in 1996. Tollund Pumps, which had been founded a year earlier, "
     "signed a supply deal with it that same year.", "Tollund", "1996"),
    # a written year in the aside, a written date in the predicate
    ("Acme opened a plant in Odense in 1996. Brask Hydraulics, which was bought by Halvorsen in 1991, "
     "ordered 400 valves from it in March 2001.", "Brask", "2001-03"),
])
def test_subject_aside_does_not_date_the_predicate(text, start, iso):
    assert _date_of(text, start) == iso


def test_aside_keeps_its_date_when_the_predicate_tells_none():
    text = ("Acme opened a plant in Odense in 1996. Brask Hydraulics, which was bought by Halvorsen in 1991, "
            "makes pumps for ships.")
    assert _date_of(text, "Brask") == "1991"


def test_history_event_in_the_predicate_takes_its_date():
    art = _article("Acme opened a plant in Odense in 1996. Norvik Medical, which had opened a plant in Aarhus "
                   "two years earlier, signed a supply agreement with Acme the same year.")
    dates = {f.value.date.iso for f in history.extract(art) if "Norvik" in (f.provenance.sentence or "")
             and f.value.date is not None}
    assert dates == {"1996"}


@pytest.mark.parametrize("text, cue, iso", [
    ("The company was listed on the Oslo Børs from 1996 until 2007, when it was taken private by Rimu Partners.",
     "taken private", "2007"),
    ("It was quoted in Tallinn from May 2001 until March 2012, when Fjell Capital bought it.", "bought", "2012-03"),
])
def test_when_clause_after_a_period_takes_its_end(text, cue, iso):
    at = text.index(cue)
    assert date_by_cue(text, at, at + len(cue)).iso == iso


def test_thousands_separator_does_not_keep_a_dated_clause_whole():
    text = ("In March 2019 a fault was found in Acme's valves. The regulator opened an inquiry later that month, "
            "and the company recalled about 12,500 valves in June.")
    ds = next(d for d in dated_sentences(_article(text)) if d.sentence.text.startswith("The regulator"))
    assert [c.date.iso for c in ds.clauses if c.date] == ["2019-03", "2019-06"]
    assert ds.date.iso == "2019-03"


def test_but_with_a_dated_predicate_of_its_own_is_a_clause():
    text = ("Acme bid for Norvik Pumps in 2018. The market regulator opened an inquiry into the bid the same year "
            "but closed it in 2019 without finding a breach.")
    ds = next(d for d in dated_sentences(_article(text)) if d.sentence.text.startswith("The market"))
    assert [c.date.iso for c in ds.clauses if c.date] == ["2018", "2019"]
    assert ds.date.iso == "2018"
