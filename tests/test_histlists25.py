"""History extractor, round 25 (issue 14): events told in timeline bullets and lists, units named after
the company; each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

_FOUNDED = "Acme Corp was founded in 1900. "


def _told(text: str) -> list[tuple[str, str]]:
    return [t for t in _types(_FOUNDED + "\n" + text) if t != ("founding", "1900")]


# ---------------------------------------------------------------- timeline bullets in the present tense


def test_a_bullet_that_signs_an_agreement_or_a_named_accord_is_a_partnership():
    assert _told("* 2013 – Signs the Ostrava Textile Accord.") == [("partnership", "2013")]
    assert _told("* 2016 – Signs a supply agreement with Norrfors.") == [("partnership", "2016")]
    assert _told("In 2015 Acme Corp signed the Nordic Packaging Compact.") == [("partnership", "2015")]


def test_an_accord_between_other_parties_in_lowercase_is_no_partnership():
    assert _told("In 1998 the two governments signed a peace accord.") == []


def test_a_bullet_opening_with_purchase_of_is_an_acquisition():
    assert _told("* 2014 – Purchase of Velden Tiles, a roofing company.") == [("acquisition", "2014")]
    assert _told("* 2017: Purchase of Brenlow Plastics completed.") == [("acquisition", "2017")]
    assert _told("* 2018 – Purchase of land in Tarnow.") == []


# ---------------------------------------------------------------- a unit named after the company


def test_a_unit_bearing_the_companys_name_formed_is_an_expansion():
    assert _told("* 2022 – Acme Marine Systems formed to sell navigation software.") == [("expansion", "2022")]
    assert _told("In 2012 Acme Leasing was set up in Dublin.") == [("expansion", "2012")]


def test_another_partys_or_the_companys_own_formation_or_a_foundation_is_no_expansion():
    assert _told("* 2010 – Velmar Rail formed in Oslo.") == []
    assert _told("* 2022 – Acme Corp formed to sell software.") == []
    assert _told("The Acme Foundation was established in 2001 by the founder.") == []


def test_a_name_bearing_the_companys_founded_by_a_person_or_as_a_company_is_no_expansion():
    # the company's own beginning under an earlier name, not a unit of it
    assert ("expansion", "1981") not in _told("Acme Maskinfabrik was founded on 14 May 1981 by the smith Jens Acme.")
    assert ("expansion", "1984") not in _told(
        "Acme Software Systems was incorporated as a private limited company in 1984.")
