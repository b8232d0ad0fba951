"""Round 27 (rel27c): a passive supply told of the company's own thing named with "the" ("The
accounts are audited by X", "the packing lines came from X"). Each sentence is written for the test
(invented names)."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found


def _suppliers(sentence: str) -> set[str]:
    return {name for prop, name in _found(sentence, "Operations") if prop == "supplier"}


@pytest.mark.parametrize("sentence", [
    "The accounts have been audited by [[Borvik Audit]] since 2003.",
    "The consolidated accounts are audited by [[Borvik Audit]] in Tromsø.",
    "In 2011 it opened a plant at Velden; the packing lines came from the Dutch machine maker [[Borvik Audit]].",
    "The trawlers were built by [[Borvik Audit]] at Ålesund.",
    "The new bottling line was supplied by [[Borvik Audit]] in 2019.",
    "The cold stores were designed by [[Borvik Audit]].",
])
def test_a_passive_supply_of_the_company_s_own_thing_names_a_supplier(sentence):
    assert _suppliers(sentence) == {"Borvik Audit"}


@pytest.mark.parametrize("sentence", [
    "The audio logo was produced by [[Borvik Audit]].",  # whose logo, the sentence does not say
    "The solar panels are manufactured by [[Borvik Audit]].",  # goods, not the company's works
    "The mine's power comes from [[Borvik Audit]].",  # another's thing named by its possessive
    "The plant was bought from [[Borvik Audit]] in 1990.",  # a plant sold is no supply
    "The works of the old tannery were built by [[Borvik Audit]].",  # "of" another's
])
def test_no_supplier_when_the_thing_is_not_plainly_the_company_s(sentence):
    assert "Borvik Audit" not in _suppliers(sentence)


def test_a_plant_sold_to_someone_names_no_customer():
    assert ("customer", "Borvik Audit") not in _found("The plant was sold to [[Borvik Audit]] in 1990.", "Operations")
