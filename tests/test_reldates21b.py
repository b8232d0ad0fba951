"""Relation dates, second pass (issue 14, round 21): the words {{As of}} shows, a decade before a
later year, and a party's own relative date. Each sentence is written for the test."""

from __future__ import annotations

import mwparserfromhell
import pytest

from kg.sources import Page
from kg.text.cue_dates import date_by_cue
from kg.text.parse import parse_article
from kg.text.render import plain_text
from tests.test_reldates21 import _dates

AS_OF = [
    ("{{As of|2024|4}}", "As of April 2024"),
    ("{{as of|2024|4|lc=y}}", "as of April 2024"),
    ("{{As of|2019|11|3}}", "As of 3 November 2019"),
    ("{{As of|2019|11|3|df=US}}", "As of November 3, 2019"),
    ("{{As of|2021|since=y}}", "Since 2021"),
    ("{{as of|2021|6|since=y|lc=y}}", "since June 2021"),
    ("{{As of|2016|alt=by the end of 2016}}", "by the end of 2016"),
    ("{{As of|2018|March}}", "As of March 2018"),
    ("{{As of|2022|bare=y}}", "2022"),
]


@pytest.mark.parametrize(("code", "words"), AS_OF)
def test_as_of_renders_its_words(code, words):
    assert plain_text(mwparserfromhell.parse(code)) == words


@pytest.mark.parametrize(("code", "words"), AS_OF[:4])
def test_as_of_reads_the_same_in_the_sentence_text(code, words):
    page = Page(title="Acme", revision=1,
                wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== Operations ==\n{code}, it employs 400 people.")
    texts = [s.text for s in parse_article(page).sentences]
    assert any(t.startswith(f"{words[0].lower()}{words[1:]}, it employs") for t in texts), texts


@pytest.mark.parametrize(("text", "iso", "precision"), [
    ("as of April 2024, Renault owns 80 per cent of the company.", "2024-04", "month"),
    ("as of 2010, it is wholly owned by the state.", "2010", "year"),
    ("The group, as of March 2019, holds a third of the shares.", "2019-03", "month"),
])
def test_an_as_of_date_is_a_state_not_an_event(text, iso, precision):
    from kg.extractors.history import _usable_date
    from kg.model import DateValue
    assert not _usable_date(DateValue(iso, precision), text)


DECADE = [
    ("The firm sold parts to Acme in the late 1990s, and in 1998 it signed with Beta.", "1998"),
    ("Through the 1980s and in March 1989 it supplied Gamma.", "1989-03"),
    ("During the early 2000's and in 2004, Delta became a customer.", "2004"),
]


def test_a_decade_paired_with_a_year_still_counts_first():
    text = "After the accounting scandals of the early 1990s and 1996, the firm dropped Acme."
    date = date_by_cue(text, len(text) - 5, len(text) - 1)
    assert date is not None and date.iso == "1990"


@pytest.mark.parametrize(("text", "iso"), DECADE)
def test_a_decade_before_a_year_is_not_read_with_it(text, iso):
    date = date_by_cue(text, len(text) - 5, len(text) - 1)
    assert date is not None and date.iso == iso and not date.approximate


OWN_RELATIVE = [
    ("The company began selling in Norway through [[Northwind Foods]] in 2020, and in Finland through "
     "[[Brightwater Markets]] a year later.", "customer", {"Northwind Foods": "2020", "Brightwater Markets": "2021"}),
    ("[[Northwind Foods]] ordered 60 buses in 2013, and [[Brightwater Markets]] ordered 120 buses, worth €54 million, "
     "the following year.", "customer", {"Northwind Foods": "2013", "Brightwater Markets": "2014"}),
    ("In 2011 it signed a supply contract with [[Northwind Foods]], and two years later it began supplying "
     "[[Brightwater Markets]].", "customer", {"Northwind Foods": "2011", "Brightwater Markets": "2013"}),
    ("In March 2016 the firm started supplying [[Northwind Foods]] and later that year began supplying "
     "[[Brightwater Markets]].", "customer", {"Northwind Foods": "2016-03", "Brightwater Markets": "2016"}),
]


@pytest.mark.parametrize(("text", "prop", "dates"), OWN_RELATIVE)
def test_a_partys_own_relative_date_counts_from_the_year_before(text, prop, dates):
    found = _dates(text)
    for party, date in dates.items():
        assert found.get((prop, party)) == date, (party, found)


KEPT = [
    # the relative phrase is of another act, after the party in its own conjunct
    ("The purchase in 2014 was paid for with a bridge loan from [[Banco Ribeira]], refinanced the next year "
     "with a bond.", "lender", "Banco Ribeira", "2014"),
    ("In 2012 Acme began supplying [[Brightwater Markets]] and a year later opened a second mill.",
     "customer", "Brightwater Markets", "2012"),
    ("In 2018 it started supplying [[Brightwater Markets]]; the following year it opened a plant in Peru.",
     "customer", "Brightwater Markets", "2018"),
    # a relative clause tells of another thing: its relative date is not the party's
    ("In 2017 Acme and [[Brightwater Markets]] formed a joint venture to run a cold store in Bursa, which "
     "opened two years later.", "jointVenturePartner", "Brightwater Markets", "2017"),
    ("In 2015 Acme and [[Northwind Foods]] set up a joint venture with a plant at Tema, where production "
     "began the following year.", "jointVenturePartner", "Northwind Foods", "2015"),
    ("In 2010 the firm signed a supply contract with [[Northwind Foods]], whose new store opened a year later.",
     "customer", "Northwind Foods", "2010"),
]


@pytest.mark.parametrize(("text", "prop", "party", "date"), KEPT)
def test_a_relative_date_of_another_conjunct_is_not_the_partys(text, prop, party, date):
    assert _dates(text).get((prop, party)) == date
