"""Round 25 (relsupp25): suppliers on new text. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found
from tests.test_relations_round16b import _typed


@pytest.mark.parametrize("sentence", [
    "Prescription drugs are purchased through [[Varrow Wholesale]] under an agreement signed in 2023.",
    "Spare parts are bought mainly through the trading house [[Varrow Wholesale]].",
    "From 1994 to 2019 its knitwear was sourced through the agent [[Varrow Wholesale]].",
])
def test_an_intermediary_the_company_buys_through_is_a_supplier(sentence):
    assert _typed(_found(sentence), "supplier") == {"Varrow Wholesale"}


@pytest.mark.parametrize("sentence", [
    "[[Korrigan Engineering]] was the main contractor for the ammonia plant.",
    "[[Korrigan Engineering]] acted as EPC contractor for the new smelter.",
    "The acid lines were rebuilt in 2018 by the Dutch engineering firm [[Korrigan Engineering]].",
    "The terminal was built in 2009 by [[Korrigan Engineering]].",
])
def test_a_contractor_that_built_a_site_is_a_supplier(sentence):
    assert _typed(_found(sentence), "supplier") == {"Korrigan Engineering"}


@pytest.mark.parametrize("sentence", [
    "The quay was re-equipped in 2020 with four cranes from [[Olvera Heavy Industries]].",
    "A new bakery, fitted with ovens by [[Olvera Heavy Industries]], opened in 2016.",
])
def test_the_maker_of_equipment_a_site_is_fitted_with_is_a_supplier(sentence):
    assert _typed(_found(sentence), "supplier") == {"Olvera Heavy Industries"}


def test_a_firm_hired_for_a_task_is_a_supplier():
    found = _found("After the breach the security firm [[Quillon Forensics]] was hired to examine the systems.")
    assert _typed(found, "supplier") == {"Quillon Forensics"}


@pytest.mark.parametrize("sentence", [
    "In 2012 Anna Varga was hired to run the bakery.",
    "The company was the main contractor for the [[Tarvo Dam]].",
    "The plant was built in 1960 by the company itself.",
])
def test_no_supplier_where_the_doer_is_a_person_or_the_company(sentence):
    assert not _typed(_found(sentence), "supplier")


@pytest.mark.parametrize("sentence", [
    "[[Korrigan Engineering]] built the polypropylene plant.",
    "Power is bought from the grid, and [[Korrigan Engineering]] rebuilt the mill's recovery boiler in 2018.",
])
def test_a_firm_named_before_building_a_plant_is_a_supplier(sentence):
    assert _typed(_found(sentence), "supplier") == {"Korrigan Engineering"}


@pytest.mark.parametrize("sentence", [
    "In 1965 Acme built the plant at Kiel.",
    "[[Tarvo Steel]] built the plant in 1970 and sold it to Acme in 1990.",
])
def test_the_company_or_a_seller_that_built_a_plant_is_no_supplier(sentence):
    assert not _typed(_found(sentence), "supplier")


def test_goods_bought_for_a_mill_are_no_mill_bought():
    found = _found("Soybean meal for the feed mill is bought mainly from [[Dunvale Grain]], and its filleting "
                   "machines have been supplied by the Icelandic maker [[Olvera Heavy Industries]] since 2008.")
    assert _typed(found, "supplier") == {"Dunvale Grain", "Olvera Heavy Industries"}


@pytest.mark.parametrize("sentence", [
    "The mill was bought from [[Dunvale Grain]] in 2001.",
    "In 2001 its paper mill was bought from [[Dunvale Grain]] for €40 million.",
])
def test_a_mill_bought_is_still_no_supply(sentence):
    assert not _typed(_found(sentence), "supplier")
