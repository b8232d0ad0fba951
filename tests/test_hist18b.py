"""History extractor, round 18 (issue 14): loans and bonds that pay for something, counted on the
blind sets, each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ------------------------------------------------ a loan with its sum and lender that paid for a unit


def test_a_loan_told_as_how_a_unit_was_paid_for_is_a_funding_round_of_its_own():
    assert _types("A second plant opened at Tartu in May 2016, paid for in part with a €12 million "
                  "loan from the Nordic Investment Bank.") == [("expansion", "2016-05"), ("funding_round", "2016-05")]
    assert _types("In 2009 it bought Kessel Foods, paid for by a $35 million loan from Barclays.") == [
        ("acquisition", "2009"), ("funding_round", "2009")]
    # a unit that "started work" is its opening since round 33 (blind32's and blind33's gold read it so):
    # the opening and the loan that paid for it
    assert _types("The mill started work in March 2011, financed in part by a US$20 million loan from the "
                  "African Development Bank.") == [("expansion", "2011-03"), ("funding_round", "2011-03")]


def test_a_passive_paid_for_with_a_loan_is_a_funding_round():
    assert _types("In 1992 it was paid for with a loan of 300 million francs from Crédit Lyonnais.") == [
        ("funding_round", "1992")]


def test_a_loan_without_sum_or_lender_still_leaves_the_event_it_paid_for():
    assert _types("In 2007 it opened a warehouse in Lyon, paid for with a loan from BNP Paribas.") == [
        ("expansion", "2007")]
    assert _types("In 2001 it sold its Ghent plant to Vandeputte, paid for with a vendor loan.") == [
        ("divestiture", "2001")]


# ------------------------------------------------ notes and bonds issued, sold or provided


def test_notes_issued_or_bonds_sold_are_a_funding_round():
    assert _types("In June 2019 it issued €250 million of senior notes due 2024.") == [("funding_round", "2019-06")]
    assert _types("In 2015 the group sold NOK 500 million of bonds to Norwegian pension funds.") == [
        ("funding_round", "2015")]
    assert _types("Its shareholders provided US$15 million in convertible notes in March 2020.") == [
        ("funding_round", "2020-03")]
    # a sum with a decimal point before the verb of a passive bond issue
    assert _types("A bond of PLN 2.5 billion, arranged by PKO Bank Polski, was placed in Warsaw in May 2021.") == [
        ("funding_round", "2021-05")]


def test_shares_sold_are_not_notes():
    assert _types("In 2020 it sold 40 million shares to the public.") == [("ipo", "2020")]


# ------------------------------------------------ a round told by the investor who led it


def test_a_round_led_by_an_investor_is_a_funding_round():
    assert _types("In May 2016 Balderton Capital led a €25 million round in which Atomico also invested.") == [
        ("funding_round", "2016-05")]
    assert _types("Its second round, €60 million led by Index Ventures, came in October 2018.") == [
        ("funding_round", "2018-10")]
    assert _types("In 2014 Accel led its first funding round.") == [("funding_round", "2014")]


def test_a_round_that_is_no_financing_is_not_one():
    assert _types("In 2008 he led the second round of talks with the union.") == []


# ------------------------------------------------ another party raises its holding in the company


def test_a_holding_raised_by_another_party_is_the_acquisition_of_a_stake():
    assert _types("Halvorsen Invest raised its stake to 44.5 per cent in 2018.") == [("acquisition", "2018")]
    assert _types("In March 2012 the Kuwait Investment Authority raised its holding to 30 per cent by buying "
                  "shares from the founders.") == [("acquisition", "2012-03")]
    # the company raising its holding in another is still read by its own row
    assert _types("In 2016 it raised its stake in Bolt Mining to 60 per cent.") == [("acquisition", "2016")]


def test_the_seller_who_stepped_down_is_a_leadership_change_of_its_own():
    assert _types("In May 2019 Ferrobank raised its holding to 35 per cent by buying shares from Anna Lind, who "
                  "stepped down as chief executive that month.") == [
        ("acquisition", "2019-05"), ("leadership_change", "2019-05")]


# ------------------------------------------------ an owner sells its stake in the company


def test_an_owner_told_by_a_common_noun_selling_its_stake_is_an_acquisition_of_the_company():
    assert _types("In March 2004 the two banks sold their combined 58 per cent to Elvora for €30 million.") == [
        ("acquisition", "2004-03")]
    assert _types("In 1999 the fund sold a 40 per cent stake to Baltic Capital.") == [("acquisition", "1999")]
    assert _types("In 2003 the heirs of Paolo Rinaldi sold their 15 per cent of the company to Rinaldi Holding.") == [
        ("acquisition", "2003")]


def test_the_company_selling_a_stake_in_another_stays_a_divestiture():
    assert _types("In 2011 the company sold its 30 per cent stake in Norvik Gas to Statkraft.") == [
        ("divestiture", "2011")]


# ------------------------------------------------ a maturity year is no context for the next sentence


def test_a_month_after_a_sentence_with_a_maturity_takes_the_sentences_year():
    assert _types("In March 2019 it issued €400 million of senior notes due 2027. Norvik Data was bought for "
                  "€35 million that October.") == [("funding_round", "2019-03"), ("acquisition", "2019-10")]
