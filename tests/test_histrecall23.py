"""History extractor, round 23 (issue 14): recall on new text; each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- money another party puts into the company


def test_money_for_a_share_of_the_company_with_a_date_after_it_is_a_funding_round():
    # "for N per cent of the company" followed by the date, not by another company's name
    assert _types("The development bank invested US$9 million for 12 per cent of the company in 2016.") == [
        ("funding_round", "2016")]
    assert _types("A Danish pension fund invested €30 million for 15 per cent of the firm in March 2019, "
                  "to pay for two new stores.") == [("funding_round", "2019-03")]
    assert _types("Norfund invested NOK 80 million for a quarter of the company in 2008.") == [
        ("funding_round", "2008")]


def test_money_for_a_stake_told_with_an_apposition_or_a_date_after_it_is_a_funding_round():
    assert _types("In 2004 the venture firm Balder Capital invested 6 million euros for a 25 per cent stake, "
                  "money that paid for a second kiln.") == [("funding_round", "2004")]
    assert _types("The Gulf fund invested $40 million for a minority stake in 2012.") == [("funding_round", "2012")]
    assert _types("In 1999 a local bank invested 3 million marks for a 10 per cent stake, its first in a brewery.") == [
        ("funding_round", "1999")]


def test_money_put_into_the_company_by_another_party_is_a_funding_round():
    assert _types("In 2014 Nordic Seed Partners put US$2 million into the company.") == [("funding_round", "2014")]
    assert _types("In 2010 the state fund pumped €25 million into the firm to keep the line open.") == [
        ("funding_round", "2010")]
    assert _types("The founders' families put another ₹40 million into it in 2002.") == [("funding_round", "2002")]


def test_money_for_a_stake_in_another_named_company_or_the_companys_own_purchase_is_no_funding_round():
    # the share is another company's: "of Bolt", "in Bolt"
    assert ("funding_round", "2015") not in _types("In 2015 the group invested $4 million for 10 per cent of Bolt Ltd.")
    # the company puts money into a company it had bought: a relative clause after "the company"
    assert ("funding_round", "2012") not in _types("In 2012 the group put $2 million into the company it had bought in Leeds.")
    # "in" and a place, not a date, after the share: the share of a company there
    assert _types("In 2015 the fund invested €4 million for 10 per cent of the company in Berlin.") == []


# ---------------------------------------------------------------- a customer's act told with an unlinked name


def test_an_order_or_a_hiring_by_an_unlinked_named_party_is_the_companys_partnership():
    # no link on the customer's name: a capitalised name opens the clause
    assert _types("In 2003 Hallberg Rederi ordered three ferries.") == [("partnership", "2003")]
    assert _types("The Ministry of Transport hired it in 2011 to design the new ticketing system.") == [
        ("partnership", "2011")]
    # in a "when" clause, with an apposition between the name and its verb
    assert _types("Sales to Japan began in 1994, when Tanaka Shoji, a trading house in Osaka, "
                  "placed its first order.") == [("partnership", "1994")]


def test_the_companys_own_order_stays_its_own():
    # the company's name, "it" or "the company" before the verb: the company ordered
    assert _types("In 2005 Acme ordered two ferries from Meyer Werft.") == [("other", "2005")]
    assert _types("In 2005 it ordered two ferries.") == [("other", "2005")]
    assert _types("When Acme, then a small yard, ordered two cranes in 1988, its rivals laughed.") == [("other", "1988")]


# ---------------------------------------------------------------- a second event told from the first's date


def test_a_second_clause_told_a_time_after_the_first_is_an_event_of_its_own():
    # ", and X did the same kind of thing the following year / N years later": two events
    assert _types("In 2010 [[Bolt Rail]] ordered 12 trams, and [[Metro Oslo]] ordered 20 trams a year later.") == [
        ("partnership", "2010"), ("partnership", "2011")]
    assert _types("[[Nordbahn]] ordered 30 coaches in 2004, and the [[Lisbon Metro]] ordered 18 units, "
                  "worth €90 million, the following year.") == [("partnership", "2004"), ("partnership", "2005")]
    assert _types("In 2004 it laid off 300 workers, and it cut a further 200 jobs two years later.") == [
        ("layoffs", "2004"), ("layoffs", "2006")]


def test_a_second_clause_of_the_same_time_stays_one_telling():
    # no other time after "and": the clause adds to the same event
    assert _types("In 2010 [[Bolt Rail]] ordered 12 trams, and [[Metro Oslo]] ordered 20 trams.") == [
        ("partnership", "2010")]
    assert _types("In 2004 [[Nordbahn]] ordered 30 coaches, and the [[Lisbon Metro]] ordered 18 units.") == [
        ("partnership", "2004")]
