"""History extractor, round 32 branch hist32b (issue 14): recall on expansion events told as an
elliptical second clause and on subsidiaries set up; each rule on sentences written for the test
(invented companies, people and places)."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- "and one/another at <place> <date>"


def test_one_or_another_at_a_place_with_a_relative_date_is_an_event_of_its_own():
    assert _types("A branch in Tavira opened in January 1996 and one in Loulé that October.") == [
        ("expansion", "1996-01"), ("expansion", "1996-10")]
    assert _types("In 2003 the bank crossed into the north, opening an office in Braga in May and another at "
                  "Chaves four months later.") == [("expansion", "2003-05"), ("expansion", "2003-09")]
    assert _types("A clinic in Tamale opened in March 2011 and another at Wa the following year.") == [
        ("expansion", "2011-03"), ("expansion", "2012")]


def test_a_clause_dated_by_the_end_of_a_year_after_the_elliptical_one_keeps_its_own_date():
    # ", and by the end of 1997 ..." is a clause of its own: it does not date the second opening
    assert _types("A branch in Tavira opened in January 1996 and one in Loulé that October, and by the end "
                  "of 1997 it also lent from Faro and Lagos.") == [("expansion", "1996-01"), ("expansion", "1996-10")]


def test_one_without_a_place_is_not_split_off():
    # "one of ..." or a count with no place: no elliptical unit
    assert _types("In 2005 Acme won a contract in May and another in July.") == [("partnership", "2005-05")]


# ---------------------------------------------------------------- subsidiaries set up


def test_a_subsidiary_with_a_dotted_legal_form_set_up_that_month_is_an_expansion():
    assert ("expansion", "2015-08") in _types(
        "In 2015 the company won the Drini concession. A subsidiary, Drini Hydro sh.a., was set up that August "
        "to hold the concession.")
    assert _types("In 2016 a subsidiary, Vlora Wind sh.p.k., was set up in March to build the farm.") == [
        ("expansion", "2016-03")]


def test_a_trading_company_with_its_place_before_the_apposition_is_an_expansion():
    assert _types("A trading company in Osaka, Kiwiharvest (Japan), was set up in April 2016 to import the "
                  "company's fruit into Japan.") == [("expansion", "2016-04")]


def test_a_bank_that_set_up_a_named_unit_is_an_expansion():
    assert _types("In 2024 the bank set up Maravi Insurance Agency Limited to sell the policies of its "
                  "partner insurer.") == [("expansion", "2024")]
