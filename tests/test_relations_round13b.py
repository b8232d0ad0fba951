"""Round 13, second pass: causes counted over blind4-blind14 with blind13 or blind14 among them
(docs/relations.md, "Round 13", second pass). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _found(text: str, section: str = "Research") -> set[tuple[str, str]]:
    page = Page(title="Acme", revision=1,
                wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== {section} ==\n{text}")
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


@pytest.mark.parametrize("text, university, unit", [
    # a linked unit at a linked university
    ("Since 2018 the company has worked with the [[Centre for Polymer Coatings]] at [[Northgate University]] "
     "on barrier films.", "Northgate University", "Centre for Polymer Coatings"),
    # an unlinked unit at a linked university
    ("The company has sponsored the Halden Packaging Institute at the [[University of Halden]] since 2015, "
     "funding research on compostable trays.", "University of Halden", "Halden Packaging Institute"),
])
def test_a_unit_at_a_university_is_the_university(text, university, unit):
    found = _found(text)
    assert {name for _, name in found} >= {university}
    assert not {name for _, name in found if name == unit}


def test_a_unit_at_a_company_stays_whole():
    # only a university takes a unit placed at it; a company's name after "at" is left as the rules read it
    found = _found("Since 2018 the company has worked with the [[Centre for Polymer Coatings]] at [[Borealis AG]] "
                   "on barrier films.")
    assert found == {("partner", "Centre for Polymer Coatings")}


@pytest.mark.parametrize("text", [
    "Finished pallets are carried by [[Trans-Andes Rail]] from the Rancagua plant to the port of San Antonio.",
    "Since 2016 most parcels have been carried by [[Correos Express]] from its warehouse in Quilicura.",
])
def test_freight_carried_by_a_carrier_is_a_supplier(text):
    found = _found(text, "Operations")
    carrier = next(name for name in ("Trans-Andes Rail", "Correos Express") if name in text)
    assert ("supplier", carrier) in found and ("customer", carrier) not in found


def test_goods_carried_by_a_shop_stay_a_customer():
    # what a shop stocks is no freight: "carried by" a retailer is still its sales channel
    found = _found("Its trays are carried by [[Jumbo (supermarket)|Jumbo]] and by most pharmacy chains.", "Operations")
    assert ("customer", "Jumbo (supermarket)") in found
