"""Round 28 (rel28b): relations precision on new text. Each sentence is written for the test
(invented names)."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found


@pytest.mark.parametrize("sentence", [
    "Three years later Acme acquired the frame maker Borvik Telai, its supplier since the 1970s.",
    "In 2012 the company bought the seat maker [[Borvik Seats]], which had supplied its seats since the 1980s.",
    "In 2015 Acme purchased [[Borvik Seats]], which had long supplied its axles.",
])
def test_a_firm_the_company_bought_is_no_supplier(sentence):
    assert not {p for p in _found(sentence, "Operations") if p[0] in ("supplier", "customer")}


@pytest.mark.parametrize("sentence, name", [
    ("Its seats have been supplied by [[Borvik Seats]] since 1990.", "Borvik Seats"),
    ("In 2012 it bought the seat maker Grovik and ordered 40 buses from [[Borvik Seats]].", "Borvik Seats"),
    ("Borvik Telai, its supplier since the 1970s, makes the frames.", "Borvik Telai"),
])
def test_a_supplier_not_bought_stays(sentence, name):
    assert ("supplier", name) in _found(sentence, "Operations")


@pytest.mark.parametrize("sentence", [
    "Steel is bought mainly from [[Borvik Seats]].",
    "Since 2019 it has bought its glass bottles from [[Borvik Seats]].",
])
def test_goods_bought_from_a_supplier_stay(sentence):
    assert ("supplier", "Borvik Seats") in _found(sentence, "Operations")


@pytest.mark.parametrize("sentence", [
    "Its first estates, in the Galle district, were leased from the [[Borvik Plantations Corporation]] the same year.",
    "Its factory, built by the contractor [[Grovik Builders]] on a plot leased from [[Borvik Zones Authority]], opened in 1995.",
    "Its warehouse stands on land rented from [[Borvik Zones Authority]] since 1990.",
])
def test_a_landlord_is_no_supplier(sentence):
    assert not {p for p in _found(sentence, "Operations") if p[0] == "supplier" and p[1].startswith("Borvik")}


@pytest.mark.parametrize("sentence", [
    "Two of its aircraft are leased from [[Borvik Leasing]].",
    "Since 2022 it has used a delousing barge leased from the service company [[Borvik Leasing]].",
])
def test_a_lessor_of_equipment_stays_a_supplier(sentence):
    assert ("supplier", "Borvik Leasing") in _found(sentence, "Operations")


def test_the_builder_beside_a_landlord_stays_a_supplier():
    found = _found("Its factory, built by the contractor [[Grovik Builders]] on a plot leased from [[Borvik Zones Authority]], "
                   "opened in 1995.", "Operations")
    assert ("supplier", "Grovik Builders") in found


def test_goods_it_has_bought_from_a_firm_make_a_supplier_a_stake_does_not():
    """Round 28: the refitted learned reader no longer reads "has bought its glass bottles from X" (the
    round-6 weights did); a cue does: goods the company has bought from a firm make it a supplier, a stake,
    a business or a plant bought from it do not."""
    assert ("supplier", "Borvik Seats") in _found("Since 2019 it has bought its glass bottles from [[Borvik Seats]].",
                                                  "Operations")
    assert ("supplier", "Borvik Seats") not in _found("In 2019 it had bought its stake in Norte from [[Borvik Seats]].",
                                                      "Operations")
    assert ("supplier", "Borvik Seats") not in _found("It has bought its Leeds plant from [[Borvik Seats]].",
                                                      "Operations")
