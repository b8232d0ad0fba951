"""Round 25: suppliers of services and leases (lessors, carriers, service firms named by their
trade). Each sentence is written for the test; the names are invented."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found


def _suppliers(sentence: str, section: str = "Operations") -> set[str]:
    return {name for prop, name in _found(sentence, section) if prop == "supplier"}


@pytest.mark.parametrize("sentence, lessors", [
    ("The A320neos are leased, ten of them from [[Norvane Leasing]] since 2017 and eight from [[Borvik Capital]] since 2019.",
     {"Norvane Leasing", "Borvik Capital"}),
    ("Its freighters are chartered, two of them from [[Norvane Air Leasing]].", {"Norvane Air Leasing"}),
])
def test_a_lessor_named_after_a_count_of_the_leased_goods(sentence, lessors):
    assert _suppliers(sentence, "Fleet") == lessors


@pytest.mark.parametrize("sentence", [
    "In May 2021 it sold its 2,150 towers to [[Borvik Towers]] for US$310 million and leased space on them back under a 15-year agreement.",
    "In June 2021 it agreed to sell 2,890 towers to [[Borvik Towers]] for US$515 million and to lease space on them for 15 years.",
    "In 2004 it sold the terminal to [[Borvik Towers]] and leased back two floors.",
])
def test_the_buyer_of_a_sale_and_leaseback_is_a_supplier(sentence):
    assert _suppliers(sentence) == {"Borvik Towers"}


def test_a_plain_sale_is_no_leaseback():
    assert "Borvik Holdings" not in _suppliers(
        "In 2004 it sold its cement unit to [[Borvik Holdings]] and leased a new office in Lima.")


@pytest.mark.parametrize("sentence, carriers", [
    ("Most parcels are delivered by [[Borvik Parcel]]; [[Norvane Post]] and [[Kestrel Express]] carry most of the rest.",
     {"Borvik Parcel", "Norvane Post", "Kestrel Express"}),
    ("[[Norvane Post]] carries its parcels to the lockers.", {"Norvane Post"}),
    ("It hulls the beans at its mills, and ships green coffee in containers from Valparaíso, mainly with [[Borvik Line]].",
     {"Borvik Line"}),
    ("Intermodal loads move on the [[Norvane Railway]] under a contract renewed in 2022.", {"Norvane Railway"}),
    ("From 1912 the brothers sent their wine in casks to Santiago on the [[Norvane Valley Railway]].",
     {"Norvane Valley Railway"}),
])
def test_a_carrier_of_the_company_s_goods_is_a_supplier(sentence, carriers):
    assert _suppliers(sentence) == carriers


@pytest.mark.parametrize("sentence", [
    "The rail link to the port was built in 1912 on the [[Norvane Railway]] right of way.",
    "Its founder travelled to Chile on the [[Norvane Railway]] in 1910.",
])
def test_no_carrier_without_the_company_s_freight(sentence):
    assert "Norvane Railway" not in _suppliers(sentence)


@pytest.mark.parametrize("sentence, firm", [
    ("The contract research organization Norvane Clinical managed the trial in 19 countries.", "Norvane Clinical"),
    ("The board commissioned the law firm [[Norvane Legal]] to review his complaints.", "Norvane Legal"),
    ("In 2021 an internal investigation by the law firm [[Norvane Legal]] found no wrongdoing.", "Norvane Legal"),
    ("The consultancy [[Norvane Partners]] advised on the restructuring.", "Norvane Partners"),
])
def test_a_service_firm_named_by_its_trade_doing_a_job(sentence, firm):
    assert _suppliers(sentence) == {firm}


def test_an_audit_by_another_party_s_consultancy_is_no_supply():
    assert not _suppliers("Its buyer resumed orders in 2023 after an audit by the consultancy [[Norvane Partners]].")


@pytest.mark.parametrize("sentence, makers", [
    ("Its rigs are mostly from [[Norvane Drilling]] and [[Borvik Machinery]].", {"Norvane Drilling", "Borvik Machinery"}),
    ("The collection fleet is made up mainly of [[Norvane Trucks|Norvane]] and [[Borvik Motors]] trucks.",
     {"Norvane Trucks", "Borvik Motors"}),
    ("Underground drilling at the mine uses [[Norvane Drilling|Norvane]] rigs.", {"Norvane Drilling"}),
    ("The haul fleets are [[Kestrel Machines|Kestrel]] trucks.", {"Kestrel Machines"}),
])
def test_equipment_told_by_its_origin_or_its_maker_s_brand(sentence, makers):
    assert _suppliers(sentence) == makers
