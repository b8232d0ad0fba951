"""Rules of the history extractor from the third round of issue 14 (causes counted across
the held-out sets, not read from one article): each on sentences written for the test."""

from __future__ import annotations

from kg.extractors.history import events
from kg.sources import Page
from kg.text.mentions import company_names
from kg.text.parse import parse_article
from tests.test_history_rules import _events, _roles, _summary

# ---------------------------------------------------------------- the company's former names


def test_the_infobox_former_names_denote_the_company():
    text = ("{{Infobox company\n| name = Corvid Bank Plc\n"
            "| former_name = {{Unbulleted list|Corvid Trust Limited (1961–1990)|Corvid Savings Bank (1990–2004)}}\n}}\n"
            "'''Corvid Bank Plc''' is a lender.\n\n== History ==\n"
            "Corvid Trust Limited was incorporated in Accra on 3 May 1961 by a group of merchants.\n")
    art = parse_article(Page("Corvid Bank", text))
    names = company_names(art)
    assert {"corvid trust limited", "corvid trust", "corvid savings bank"} <= names
    assert not any("1961" in n for n in names)  # the years of each name are dropped
    assert _summary([e for e, _ in events(art)]) == [("founding", "1961-05-03")]


def test_the_lead_names_the_company_started_as_denote_it():
    text = ("'''Pellow Freight''' is a railway.\nIncorporated in 1871 as the Pellow and Dane Valley Railway, "
            "the company took its present name in 1920.\n\n== History ==\n"
            "=== Early years ===\n"
            "The Pellow and Dane Valley Railway was incorporated by an act of parliament on March 2, 1871.\n")
    art = parse_article(Page("Pellow Freight", text))
    assert "pellow and dane valley railway" in company_names(art)
    # one founding, told with the day in the History section (the lead's year-only recap merged into it)
    founding = [(e.date.iso, ds.sentence.text[:16]) for e, ds in events(art) if e.type == "founding"]
    assert founding == [("1871-03-02", "The Pellow and D")]


def test_a_founding_as_a_common_noun_names_nobody():
    text = "'''Dunmore Bank''' is a bank.\nFounded in 1993 as a merchant bank, Dunmore became a universal bank.\n"
    assert "a merchant bank" not in company_names(parse_article(Page("Dunmore Bank", text)))


# ---------------------------------------------------------------- clauses that describe another party


def test_a_relative_clause_tells_its_heads_act_not_the_companys():
    assert _events("Talks in 2012 with [[Ostra Holdings]], which had bought [[Pilkey Mills]] the year before, "
                   "led nowhere.\n") == []
    [buy] = _events("In 2005 Acme bought [[Widgetron]], which had acquired Foo Ltd in 2001.\n")
    assert _summary([buy]) == [("acquisition", "2005")] and _roles(buy) == {("Widgetron", "target")}


def test_a_relative_clause_of_the_company_or_in_the_passive_stays_the_companys():
    # "which Acme bought": the company is the subject
    assert _summary(_events("In 2011 [[Widgetron]], which Acme bought in 2005, opened a plant.\n")) == [
        ("acquisition", "2005")]
    # "which was commissioned": what was done to the head, by the company
    evs = _events("In May 2014 Acme began to build the Carrow solar park near [[Lincoln]], which was "
                  "commissioned in 2016.\n")
    assert ("expansion", "2016") in _summary(evs)


def test_an_apposition_that_says_how_a_party_came_about_is_no_event():
    evs = _events("In 2019 Acme extended its haulage contract to 2030 with [[Brenmark]], the company formed "
                  "that year by the merger of Bren Foods and Markham Dairies.\n")
    assert "merger" not in {e.type for e in evs}


# ---------------------------------------------------------------- hedges


def test_an_expectation_or_a_rumour_is_no_event():
    assert _events("In 2011 Acme was widely expected to acquire [[Bexley Foods]].\n") == []
    assert _events("Rumours in 2015 that Acme had bought [[Bexley Foods]] proved false.\n") == []
    assert _events("In 2015 there were rumours that Acme had acquired [[Bexley Foods]].\n") == []
