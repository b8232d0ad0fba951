"""History extractor, round 18 (issue 14): a second event told after ", and" by a clause with a
subject of its own, each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types


def test_a_clause_with_its_own_subject_after_and_tells_a_second_event():
    # a pronoun, "the company" or a noun phrase opens the second clause; it keeps its own date,
    # else it takes the date of the clause before it
    assert _types("In 2011 Acme closed its Bremen warehouse, and it took its present name, Acme Logistics AG, "
                  "the same year.") == [("divestiture", "2011"), ("rename", "2011")]
    assert _types("A depot was opened in Gdynia in 2004, and the company began selling pallets under the brand "
                  "name Palix.") == [("expansion", "2004"), ("product_launch", "2004")]
    assert _types("The firm was converted into a public limited company, Acme Tools plc, on 3 March 1994, and its "
                  "shares were first quoted on the London Stock Exchange on 12 May 1995.") == [
        ("rename", "1994-03-03"), ("ipo", "1995-05-12")]


def test_another_named_party_opening_the_second_clause_is_not_the_company():
    # the order is the customer's, not an order the company placed
    types = _types("Stadtwerke Ulm ordered 40 buses from Acme in 2013, and the Metro Transit Authority ordered "
                   "80 buses, worth €30 million, the following year.")
    assert ("other", "2014") not in types


def test_the_listing_of_the_shares_sold_in_the_same_sentence_is_one_offering():
    types = _types("Acme sold 20 per cent of its enlarged capital to the public in March 2019, raising €40 "
                   "million, and its shares were first traded on the exchange on 2 April 2019.")
    assert "divestiture" not in [t for t, _ in types]


def test_a_clause_spread_over_later_years_takes_no_date_of_the_sentence():
    types = _types("It has been listed on the Lima stock exchange since 2005, and it bought bakeries in Chile and "
                   "Bolivia in the following years.")
    assert "acquisition" not in [t for t, _ in types]


def test_a_second_clause_of_the_same_kind_with_its_own_date_is_one_more_event():
    assert _types("In June 2020 Acme laid off about 1,300 employees, most of them in retail, and it cut a further "
                  "2,400 jobs in March 2022.") == [("layoffs", "2020-06"), ("layoffs", "2022-03")]
    # the same date told again is the same event
    assert len(_types("In June 2020 Acme laid off about 1,300 employees, most of them in retail, and it cut 2,400 "
                      "more jobs at its plants in June 2020.")) == 1


def test_a_named_subject_with_an_apposition_opens_the_second_clause():
    assert _types("Acme took its present name, Acme Tools AG, in 2015, and Jan Novak, previously head of sales, "
                  "succeeded Petr Kral as chief executive that April.") == [
        ("rename", "2015"), ("leadership_change", "2015-04")]


def test_a_clause_after_where_with_a_date_of_its_own_tells_a_second_event():
    assert _types("A licence agreement signed with Kowa Trading in 2011 took the brand to Japan, where the first "
                  "Acme store opened in Osaka in March 2013.") == [("partnership", "2011"), ("expansion", "2013-03")]
    # a state there, without a time of its own, is no event
    assert _types("A plant in Brno opened in May 2009 to serve Central Europe, where Skoda became its largest "
                  "customer.") == [("expansion", "2009-05")]
