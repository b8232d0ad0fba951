"""History extractor, round 13 second pass (issue 14): causes counted on blind4 to blind14, each
rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ---------------------------------------------------------------- a fatal accident is an event


def test_a_fatal_accident_at_work_is_an_other_event():
    assert _types("On 3 May 2012 a boiler exploded at the Lyle mill, killing two workers.") == [
        ("other", "2012-05-03")]
    assert _types("A fire at its Tamsin warehouse killed five employees in August 2015.") == [("other", "2015-08")]
    assert _types("A forklift operator's mate, a warehouseman, was killed at the Oldham depot in 2019.") == [
        ("other", "2019")]
    assert _types("Three miners died in an underground explosion at the Brae pit in 1987.") == [("other", "1987")]


def test_a_death_that_is_no_accident_of_the_company_is_no_event():
    # not the company's workers, or no one killed at work
    assert _types("In 1999 a storm killed the harvest of most of the growers on the island.") == []
    assert _types("The merger was killed by the regulator in 2004.") == []
    assert _types("The founder was killed in action in 1916.") == []


# ---------------------------------------------------------------- a relative date counted from the right year


def test_a_relative_date_that_closes_the_trigger_counts_from_the_year_before_it():
    # (the opening subordinate clause of "After the trade pact ... took effect in March 2004, ..."
    # is the narrative's split: tests/test_refactor22.py)
    assert _types("Acme was founded in 1962 as a repair shop in Leeds and built its first loom two years later.") == [
        ("founding", "1962"), ("product_launch", "1964")]


def test_a_relative_date_of_another_object_or_after_its_own_year_is_not_read():
    assert _types("In 1990 it bought Bolt Works and Nut Works three years later.") == [("acquisition", "1990")]
    assert _types("In 1995, a year later than planned, Acme opened a plant in Leeds.") == [("expansion", "1995")]


def test_a_decade_after_since_is_no_anchor_for_the_next_sentence():
    history = ("Acme Drilling was registered in Aktau on 11 April 1997 by two engineers. Its first work was "
               "for the state oil company, whose wells had been idle since the early 1990s.\n"
               "The following year Acme won its first contract from Chevron, for three workover rigs.")
    assert ("partnership", "1998") in _types(history)


# ---------------------------------------------------------------- the founders' first shop


def _founding_article(history: str) -> list[tuple[str, str]]:
    lead = ("{{Infobox company\n| name = Halden Brothers\n| founded = {{Start date|1931|4|2}}\n}}\n"
            "'''Halden Brothers''' (known as '''Halden''') is a maker of widgets.\n\n==History==\n")
    return _summary(_events(history + "\n", title="Halden Brothers", lead=lead))


def test_a_shop_opened_by_a_founder_who_shares_the_company_name_is_the_founding():
    assert _founding_article("Walter Halden, a former baker, and Ada Kerr, a dressmaker, opened a shop in Leeds "
                             "on 2 April 1931.") == [("founding", "1931-04-02")]


def test_a_business_that_grew_out_of_a_shop_its_founders_opened_is_the_founding():
    assert _founding_article("The company grew out of a shop that the brothers Walter and Tom Halden "
                             "opened in Leeds in 1931.") == [("founding", "1931")]


def test_a_shop_the_company_opened_after_its_founding_stays_an_expansion():
    assert _founding_article("Halden opened a second shop in Bradford in 1936.") == [("expansion", "1936")]
