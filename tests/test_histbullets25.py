"""History extractor, round 25 (issue 14): timeline bullets and list entries told as noun phrases or in
the historic present; each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

_FOUNDED = "Brellan Foods was founded in 1900.\n\n"


def _told(text: str) -> list[tuple[str, str]]:
    return [t for t in _types(_FOUNDED + text) if t != ("founding", "1900")]


# ---------------------------------------------------------------- noun-phrase heads of dated bullets


def test_a_bullet_that_names_an_agreement_with_a_party_is_a_partnership():
    assert _told("* 2006 – Roaming agreement with Kestrel Telecom.") == [("partnership", "2006")]
    assert _told("* 2011 – Long-term distribution contract with Harbin Dairy.") == [("partnership", "2011")]
    assert _told("* 2014: Alliance with Ostrava Logistics.") == [("partnership", "2014")]


def test_a_bullet_that_names_a_sale_of_a_unit_to_a_buyer_is_a_divestiture():
    assert _told("* 2018 – Sale of the frozen-foods division to Tarrow Capital.") == [("divestiture", "2018")]


def test_a_bullet_that_names_the_companys_sale_to_a_buyer_is_an_acquisition():
    assert _told("* 2019 – Receivership and pre-pack sale to Kilnworth Partners on 3 May.") == [
        ("acquisition", "2019-05-03")]


def test_a_bullet_where_a_named_owner_takes_control_is_an_acquisition():
    assert _told("* 2003 – Halloran family takes control.") == [("acquisition", "2003")]


def test_noun_phrase_heads_stay_inside_list_items():
    # the same words in running prose, or deep inside a bullet, are no event
    assert _told("In 2006 the roaming agreement with Kestrel Telecom was a topic of debate.") == []
    assert _told("Network-sharing agreement with Kestrel Telecom, 2006, was widely discussed.") == []
    assert _told("* 2006 – Profits fell despite the roaming agreement with Kestrel Telecom.") == []
    # an undated bullet tells no event by its head alone
    assert _told("* Roaming agreement with Kestrel Telecom.") == []
    # "takes control of" another thing is not the company's change of owner
    assert _told("* 2003 – Halloran family takes control of the board.") == []


# ---------------------------------------------------------------- the present passive of timelines


def test_a_dated_bullet_in_the_present_passive_reads_as_the_past():
    assert _told("* 2016 – The bakery division is sold to Marrow Holdings.") == [("divestiture", "2016")]
    assert _told("* 2009 – The Corrib packing plant, the group's first, is closed.") == [("divestiture", "2009")]
    assert _told("* 2012: Elin Sandvik is appointed chief executive.") == [("leadership_change", "2012")]


def test_a_bullet_in_the_present_that_describes_a_state_is_no_event():
    assert _told("* 2010 – The Corrib plant is the largest in the county.") == []
    assert _told("* 2010 – Its flour is based on an old Breton recipe.") == []
