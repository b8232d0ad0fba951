"""History extractor, round 16 (issue 14): events lost to the way the sentence is built (a clause
that repeats the event before it without its verb, a clause joined by "and" after an apposition),
counted on blind4 to blind17, each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ------------------------------------------------ a clause that repeats the event before it


def test_an_object_without_its_verb_repeats_the_event_before():
    assert _types("In 2003 the company bought 60 per cent of Brennmoor Tools, a maker of drills, for €4 million, "
                  "and the remaining shares three years later.") == [("acquisition", "2003"), ("acquisition", "2006")]


def test_a_unit_that_followed_repeats_the_opening_or_the_closure():
    assert _types("The Linz plant closed in March 2019; Graz followed in October of that year.") == [
        ("divestiture", "2019-03"), ("divestiture", "2019-10")]
    assert _types("The first store opened in Tartu in 2004, and a second store followed two years later.") == [
        ("expansion", "2004"), ("expansion", "2006")]


def test_a_followed_clause_without_a_party_is_not_an_agreement():
    # the plant after a supply contract is no second contract
    assert ("partnership", "1988") not in _types(
        "A supply contract was signed with Norvale Mining in 1986, and a sulfuric acid plant followed in 1988.")


def test_followed_by_names_what_came_next_not_a_repeat():
    assert _types("The Linz plant closed in March 2019; it was followed by a sale of the site in 2020.") \
        .count(("divestiture", "2020")) == 0


# ------------------------------------------------ a year that belongs to the opening circumstance


def test_the_year_of_an_opening_circumstance_is_not_the_events_date():
    assert _types("After the currency crisis of 1998 its loans were restructured by its lenders.") == []
    assert _types("After the tariff reform of 1992 opened the market to imports, the company began "
                  "selling in supermarkets.") == []


def test_an_opening_circumstance_keeps_a_date_the_event_tells():
    assert _types("After the currency crisis of 1998, its loans were restructured in March 2000.") == [
        ("other", "2000-03")]
    # a circumstance dated to the month is a moment the event follows at once
    assert _types("After the invasion of September 1939 the works was nationalised by the occupying "
                  "authorities.") != []


def test_a_longer_subject_that_followed_repeats_the_launch():
    assert _types("In 2012 the company launched Brisa, a range of fruit yoghurts; a drinking yoghurt under "
                  "the same brand followed the next year.") == [("product_launch", "2012"), ("product_launch", "2013")]


# ------------------------------------------------ an apposition between the subject and its verb


def test_the_predicate_after_an_apposition_is_read_with_its_subject():
    assert _types("A third dry dock, able to take ships of up to 300,000 tonnes, was finished in 1981.") == [
        ("expansion", "1981")]
    assert _types("Its first depot, at Kisumu, opened in 1994.") == [("expansion", "1994")]


def test_a_trigger_inside_the_apposition_does_not_type_the_clause():
    # what the unit was bought from is its history, not a purchase of the year; the line added is
    # an expansion (a unit "for" a purpose added, round 17)
    assert _types("A bottling line for mineral water, bought from Italy, was added in 1987.") == [("expansion", "1987")]


def test_a_clause_joined_by_and_keeps_its_date_past_an_apposition():
    assert _types("The head office moved to Tallinn in 2011, and a sales subsidiary, Norvik Trading AB, was set up "
                  "in Stockholm the next year to sell its boards.") == [("other", "2011"), ("expansion", "2012")]


def test_a_trigger_that_reaches_past_the_apposition_is_the_predicates():
    assert _types("A loader driver, a contractor, was killed at the Aston depot in 2021.") == [("other", "2021")]
