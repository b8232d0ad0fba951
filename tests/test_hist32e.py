"""History extractor, round 32 (hist32e): the opening of a unit told in a relative clause after the
clause that paid for or built it, each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types


def test_an_opening_after_a_relative_clause_naming_the_builder_dates_the_unit():
    # "..., which the contractor X built and which opened in ...": one opening, dated by its own clause
    assert _types("Halden Sparebank lent the company NOK 300 million in 2011 for a pellet plant at Moss, "
                  "which the Danish contractor Vestbyg Entreprise built and which opened in March 2013.") == [
        ("funding_round", "2011"), ("expansion", "2013-03")]
    assert _types("The rights issue of 2019 paid for a cold store at Kolding, which Nordkon Engineering "
                  "designed and which began operating in 2021.") == [
        ("funding_round", "2019"), ("expansion", "2021")]


def test_a_relative_clause_that_tells_no_opening_adds_no_event():
    assert _types("Halden Sparebank lent the company NOK 300 million in 2011 for a pellet plant at Moss, "
                  "which the Danish contractor Vestbyg Entreprise built and which it sold in 2015.") == [
        ("funding_round", "2011")]


def test_a_unit_converted_into_or_put_in_place_of_another_is_dated_by_its_opening():
    assert _types("The growers rented an old cannery on Mill Lane and converted it into a packhouse, "
                  "which opened in April 1984.") == [("expansion", "1984-04")]
    assert _types("Fjordbank lent the dairy €5 million in 2006 to replace its old filling lines with an "
                  "aseptic carton line, which started production in June 2007.") == [
        ("funding_round", "2006"), ("expansion", "2007-06")]


def test_a_person_put_in_place_of_another_is_no_unit_opened():
    assert _types("In 2005 it replaced its chairman with a banker, who opened a branch in 2006.") == [
        ("leadership_change", "2005")]
