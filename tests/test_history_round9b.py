"""History extractor, round 9 second pass (issue 14): a date taken from the wrong place and an
event read twice from one sentence, on sentences written for the test."""

from __future__ import annotations

from kg.model import DateValue
from kg.text.narrative import explicit_date, resolve_date
from tests.test_history_rules import _events, _summary

# ---------------------------------------------------------------- a year that dates another thing


def test_a_debts_maturity_does_not_date_the_filing():
    history = ("Unable to refinance €90 million of bonds due in 2031, Acme filed for insolvency on "
               "March 12, 2029, with the backing of its lenders.\n")
    assert [(t, d) for t, d in _summary(_events(history)) if t == "bankruptcy"] == [("bankruptcy", "2029-03-12")]


def test_the_start_of_an_agreed_term_does_not_date_the_agreement():
    history = ("In 2017 Acme bought [[Valvex]].\n\n"
               "Later that year it agreed to rent 40 of its pumps to [[Nordventil]] from 2020.\n")
    assert ("partnership", "2020") not in _summary(_events(history))
    assert explicit_date("it signed a contract to supply pumps to Valvex from 2020.") is not None  # no other date
    assert resolve_date("Later that year it agreed to rent 40 pumps to Valvex from 2020.",
                        DateValue("2017", "year")).iso == "2017"


def test_a_year_naming_another_affair_or_a_claims_content_does_not_date_the_suit():
    context = DateValue("2019", "year")
    text = ("In June the trustee sued the former owners, claiming that the 2011 recapitalisation and a dividend "
            "paid in 2014 had stripped the company of cash.")
    assert resolve_date(text, context).iso == "2019-06"
    # with no other date the named year stays the date ("its 2018 takeover of X")
    assert explicit_date("Its 2018 takeover of Valvex made it the largest maker of pumps.").iso == "2018"
    # a capitalised name after the year is a named event, left alone
    assert explicit_date("Its wines won a medal at the 1900 Exposition Universelle, and in 1904 a prize.").iso == "1900"
    # "as of 2024" is a state, never the other date
    assert explicit_date("The 2007 takeover of Valvex made it a large producer. as of 2024, it is the third.").iso == "2007"


def test_a_trigger_in_the_present_perfect_takes_no_year_from_another_part():
    history = "Founded in 2009, the company has raised more than €200 million from investors.\n"
    assert [t for t, _ in _summary(_events(history)) if t == "funding_round"] == []
    # an announcement that it has bought something is dated by the announcement
    history = "In March 2012 Acme announced that it has acquired the pump maker [[Valvex]].\n"
    assert ("acquisition", "2012-03") in _summary(_events(history))


def test_a_listing_since_a_year_is_no_listing_in_the_year_of_another_clause():
    history = ("Listed on the Oslo Stock Exchange since 1988, it fought off a hostile bid from [[Nordventil]] "
               "in 2015.\n")
    assert [e for e in _summary(_events(history)) if e[0] == "ipo"] == []
    # an apposition "chief executive since 2001" leaves the sentence's own event dated
    history = "Jane Roe, chief executive since 2001, resigned in March 2009 and was replaced by John Doe.\n"
    assert ("leadership_change", "2009-03") in _summary(_events(history))


# ---------------------------------------------------------------- one change told in two sentences


def test_a_chief_who_retired_and_the_successor_of_the_next_sentence_are_one_change():
    lead = "'''Acme Corp''' is a maker of pumps. Its chief executive from 2001 was Tom Brandt.\n\n== History ==\n"
    history = ("In 2005 Acme bought [[Valvex]].\n\n"
               "Brandt retired at the end of 2012. His successor, Eva Lind, had run the pump division since "
               "2008 and took office on March 1, 2013.\n")
    changes = [e for e in _events(history, lead=lead) if e.type == "leadership_change"]
    assert [e.date.iso for e in changes] == ["2013-03-01"]
    # told alone, the retirement keeps its own date
    changes = [e for e in _events("In 2005 Acme bought [[Valvex]].\n\nBrandt retired at the end of 2012.\n",
                                  lead=lead) if e.type == "leadership_change"]
    assert [e.date.iso for e in changes] == ["2012"]


def test_a_founder_described_in_a_who_clause_of_the_founding_is_no_event_of_its_own():
    history = ("She founded the company in May 2004 with her brother Karl and Jon Vik, a former banker, who "
               "became chief executive.\n\n"
               "Acme Pumps Ltd was incorporated on 3 June 1977 by Ola Berg, an engineer, and Per Dahl, a "
               "broker who raised the first £40,000 from friends.\n")
    assert {t for t, _ in _summary(_events(history))} <= {"founding"}
    # a chief named in a sentence of its own stays an event
    history = "In 2010 Jon Vik, who had run the Oslo plant, became chief executive.\n"
    assert ("leadership_change", "2010") in _summary(_events(history))


# ---------------------------------------------------------------- another party's closure


def test_another_named_partys_closure_is_not_the_companys():
    history = ("In 1970 it signed a service contract with [[Braniff]]. The contract ran until Braniff ceased "
               "operations in May 1982.\n\n"
               "[[Harbour Capital]], its owner since 1999, itself was wound down in 2008.\n\n"
               "Acme ceased trading in 2015.\n")
    assert [e for e in _summary(_events(history)) if e[0] == "divestiture"] == [("divestiture", "2015")]
