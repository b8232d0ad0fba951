"""History extractor, round 24 (issue 14): `other` and `expansion` recall; each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

_FOUNDED = "Acme Corp was founded in 1900. "


def _told(sentence: str) -> list[tuple[str, str]]:
    return [t for t in _types(_FOUNDED + sentence) if t != ("founding", "1900")]


# ---------------------------------------------------------------- the company placed under another body


def test_the_company_placed_under_another_bodys_supervision_or_sequestration_is_an_event():
    assert _told("In 1917 it was placed under the supervision of the Ministry of Munitions.") == [("other", "1917")]
    assert _told("The works were put under the control of the occupation authorities in 1940.") == [("other", "1940")]
    assert _told("The Allied military government placed the company under sequestration in 1946.") == [
        ("other", "1946")]


def test_the_end_of_a_sequestration_or_the_return_to_the_owners_is_an_event():
    assert _told("The sequestration was lifted in 1951, and the family took back the board.") == [("other", "1951")]
    assert _told("Both farms were returned to the family in 1986, badly run down.") == [("other", "1986")]
    assert _told("The state trust was disbanded in 1970, and the press passed back to its founders.") == [
        ("other", "1970")]


def test_sites_occupied_by_workers_or_placed_under_a_holding_are_events():
    assert _told("Its three estates were occupied by landless workers in 1974.") == [("other", "1974")]
    assert _told("In 2011 the group's mills were placed under a new holding company registered in Cyprus.") == [
        ("other", "2011")]
    assert _told("The plantations were seized by peasants in 1969 during the land reform.") == [("other", "1969")]


def test_a_return_to_a_family_business_or_a_persons_supervision_is_no_such_event():
    assert _told("In 1990 the founder's son returned to the family business.") == []
    assert _told("In 1931 the shop was placed under the supervision of the founder's widow.") == []


# ---------------------------------------------------------------- the company entering or returning to a market


def test_the_company_by_name_entering_a_country_is_an_expansion():
    assert _told("Acme entered Vietnam in November 2018, starting in Hanoi.") == [("expansion", "2018-11")]
    assert _told("In 2016, Acme Corp entered Poland with an office in Warsaw.") == [("expansion", "2016")]
    assert _told("The chain re-entered Kenya in 2019, opening two stores in Nairobi.") == [("expansion", "2019")]


def test_the_company_returning_to_a_country_is_an_expansion():
    assert _told("The company returned to Tanzania in 2022 with a store in Arusha.") == [("expansion", "2022")]
    assert _told("In 2014 it returned to Chile, this time with a factory at Quilicura.") == [("expansion", "2014")]
    assert _told("Acme then returned to Uganda in 2009.") == [("expansion", "2009")]


def test_another_party_or_a_person_entering_or_returning_is_no_expansion_of_the_company():
    assert _told("Walmart entered Mexico in 1991.") == []
    assert _told("John Smith entered Parliament in 2005.") == []
    assert _told("Acme's founder returned to England in 1920.") == []
    assert _told("The founder returned to Ireland in 1931 to run the mill.") == []
    # a plan is no entry
    assert _told("Acme planned to enter Brazil in 2020.") == []
