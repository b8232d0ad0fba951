"""History extractor, round 15 (issue 14): recall on causes counted on blind4 to blind16, each rule
on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ------------------------------------------------ a loan or a bond to the company is a funding round


def test_a_loan_to_the_company_is_a_funding_round():
    assert _types("In 2016 the Nordic Investment Bank lent it €25 million for a new kiln line.") == [
        ("funding_round", "2016")]
    assert _types("In 2009 the Asian Development Bank lent the company US$40 million.") == [
        ("funding_round", "2009")]
    assert _types("In March 2019 Acme signed a €30 million loan with Nordea and Danske Bank.") == [
        ("funding_round", "2019-03")]
    assert _types("A £90 million syndicated loan arranged by Barclays and Lloyds Bank followed in 2021.") == [
        ("funding_round", "2021")]
    assert _types("In 2004 the new line was financed by a term loan of $12 million from Citibank.") == [
        ("funding_round", "2004")]
    assert _types("In 2017 the state development bank guaranteed a loan of €8 million to the company.") == [
        ("funding_round", "2017")]


def test_a_bond_of_the_company_is_a_funding_round():
    assert _types("In 2015 Acme raised Ft 20 billion by issuing seven-year bonds, most of which were "
                  "bought by pension funds.") == [("funding_round", "2015")]
    assert _types("Bonds of €50 million, arranged by Nordea, were listed on the Oslo Stock Exchange in "
                  "May 2020.") == [("funding_round", "2020-05")]
    assert _types("In 2022 it raised Rs 3 billion through a five-year sukuk arranged by Dubai Islamic Bank.") == [
        ("funding_round", "2022")]


def test_a_loan_in_a_crisis_or_lent_by_the_company_is_no_funding_round():
    # loans in a crisis or converted into shares are typed with the crisis (bankruptcy / other)
    for sentence in (
        "In 1998 the central bank extended an emergency loan of $50 million to Acme.",
        "In 1989 the state bank lent it 40 million pesos to keep it flying until a sale.",
        "In 2013 the company's loans of €200 million were restructured by its banks.",
        "In 1992 its bank, Nordea, converted NOK 60 million of loans into a 35 per cent stake.",
    ):
        assert ("funding_round", sentence.split(" ")[1].rstrip(",")) not in _types(sentence), sentence
    # a bank that lends to its customers
    assert _types("In 2010 Acme Bank lent €300 million to small farmers.") == []


def test_a_loan_that_pays_for_another_event_leaves_that_event():
    assert _types("Acme was founded on 3 May 1993 with a loan of $2 million from the Trade Bank.") == [
        ("founding", "1993-05-03")]
    assert _types("In 2005 it opened a plant in Leeds, financed by a loan from HSBC.") == [
        ("expansion", "2005")]
    assert _types("In 2003 it sold a 26 per cent stake in Bolt Mining to Kestrel Holdings, financed by a "
                  "vendor loan.") == [("divestiture", "2003")]


# ------------------------------------------- a strike told by what it did, a lockout, a walk-off


def test_a_strike_told_by_what_it_stopped_is_a_strike():
    assert _types("A strike closed the Leeds plant for five days in 2023.") == [("strike", "2023")]
    assert _types("In March 2012, production at Brno was stopped by a strike.") == [("strike", "2012-03")]
    assert _types("Its estates were hit by the strike of tea workers for higher wages in 2018.") == [
        ("strike", "2018")]
    assert _types("In 2015 the union called an eight-day strike against the cuts.") == [("strike", "2015")]
    assert _types("In July 2003 the company locked out 640 members of the paperworkers union at Hull.") == [
        ("strike", "2003-07")]
    assert _types("In May 2011 about 300 drivers walked off the job for six days.") == [("strike", "2011-05")]


def test_a_strike_from_the_air_is_no_strike():
    assert _types("In 1944 an air strike hit the yard.") == []
    assert _types("In 1999 a lightning strike hit the warehouse.") == []


# ------------------------------------------------ a range of days: the event starts on the first day


def test_a_range_of_days_dates_the_event_by_its_first_day():
    assert _types("From 23 January to 24 June 2014 the Bolt mine was closed by a strike.") == [
        ("strike", "2014-01-23")]
    assert _types("Its workers struck from 3 June to 9 October 1986.") == [("strike", "1986-06-03")]
    # a range of months keeps the month
    assert _types("Its workers struck from June to October 1986.") == [("strike", "1986-06")]
