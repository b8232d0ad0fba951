"""Dates of history events at the precision the text gives: the first of a pair of months or
days, and a month without a year in a clause that writes one year."""

from __future__ import annotations

import pytest

from kg.extractors.history import found_events
from kg.sources import Page
from kg.text.narrative import dated_sentences, explicit_date
from kg.text.parse import parse_article


def _article(text: str, title: str = "Acme") -> object:
    return parse_article(Page(title, text))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # two months before one year: the first
        ("Dockers at the Tilbury terminal walked out in April and May 1989.", "1989-04"),
        ("The plant was closed for repairs during October to December 2003.", "2003-10"),
        ("Its pilots struck in January–February 2016 over pensions.", "2016-01"),
        # two days before one month: the first
        ("Staff held a stoppage on 3 and 4 May 2011.", "2011-05-03"),
        ("The union called a strike on 9–11 March 2020 after talks failed.", "2020-03-09"),
        # not a pair: one month, or two dates with their own years
        ("It sold the mill in May 2019 and the depot in June 2019.", "2019-05"),
        ("It opened a shop in Leeds and March 2004 saw another in York.", "2004-03"),
    ],
)
def test_first_of_a_pair(text, iso):
    date = explicit_date(text)
    assert date is not None and date.iso == iso


def _clause_dates(text: str) -> list[str]:
    art = _article("== History ==\n" + text + "\n")
    return [ds.date.iso if ds.date else None for ds in dated_sentences(art) if ds.sentence.text.strip()]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a month without a year in a clause of one year is of that year
        ("After a poor summer of 1965, the brewery was sold to its workers that November.", "1965-11"),
        ("The firm moved its head office to Bristol in 1931, in March.", "1931-03"),
        ("Acme took the name Acme Tools in 1962 on 4 June.", "1962-06-04"),
    ],
)
def test_month_of_the_clause_year(text, iso):
    assert _clause_dates(text)[0] == iso


def test_month_not_taken_with_two_years():
    # two years in the clause: the month may be of either, the clause keeps its written date
    assert _clause_dates("Acme, which Bolt had bought in 1971, was listed in 1984 that October.")[0] in ("1984", "1971")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Timeline:\n* 1958: The company is renamed Acme Optical in May.\n", "1958-05"),
        ("Timeline:\n* 1977 – Listed on the Lagos Stock Exchange (14 February).\n", "1977-02-14"),
        ("Timeline:\n* 2004: Acme opens a factory in Gdańsk in September.\n", "2004-09"),
    ],
)
def test_timeline_row_month(text, iso):
    art = _article("'''Acme''' is a company.\n\n== History ==\n" + text)
    dates = [f.event.date.iso for f in found_events(art) if f.event.date is not None]
    assert iso in dates


def test_month_pair_with_another_year_in_sentence():
    art = _article("'''Acme''' is a company.\n\n== History ==\nWorkers at the Acme plant struck for 30 days in "
                   "August and September 2019, demanding pay cut in 2012.\n")
    dates = [f.event.date.iso for f in found_events(art) if f.event.type == "strike"]
    assert dates == ["2019-08"]


@pytest.mark.parametrize(
    "text",
    [
        "Timeline:\n* 2013 – Opens a depot at Ruiru in July; product recall.\n",
        "Timeline:\n* 2017: New head office in Nakuru (3 May); product recall.\n",
        "Timeline:\n* 2019 – Product recall; buys a bakery in Eldoret in October.\n",
    ],
)
def test_month_of_one_part_of_a_row(text):
    # parts set side by side with a semicolon: the month of one is not the other's
    art = _article("'''Acme''' is a company.\n\n== History ==\n" + text)
    dates = [f.event.date.iso for f in found_events(art) if f.event.type == "recall"]
    assert dates and all(len(d) == 4 for d in dates)
