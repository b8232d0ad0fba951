"""Round 25 (relnames25): the names the relation cues read. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found
from tests.test_relations_round16b import _typed


@pytest.mark.parametrize("sentence", [
    "The logistics firm [[quarnhub]] has supplied its packaging since 2012.",
    "The packaging maker [[quarnhub]] has supplied its cartons since 2012.",
])
def test_a_lower_case_brand_after_a_descriptor_opening_the_sentence_is_a_name(sentence):
    assert _typed(_found(sentence), "supplier") == {"Quarnhub"}


def test_a_lower_case_link_without_a_descriptor_stays_a_common_noun():
    assert _typed(_found("The [[logistics]] has supplied its packaging since 2012."), "supplier") == set()


@pytest.mark.parametrize("owner", ["[[Executive Tarn]]", "[[Tarn Council]]"])
def test_a_fund_named_after_its_owner_is_the_party(owner):
    found = _found(f"Its capital came a third from the [[Borvik Bank]] and a fifth from the {owner}'s "
                   "Quarn Development Fund.")
    assert _typed(found, "investor") == {"Borvik Bank", "Quarn Development Fund"}


@pytest.mark.parametrize("unit", ["Institute of Marine Science", "Biozentrum", "Quarn Research Centre"])
def test_a_unit_named_after_its_owner_is_still_the_owner(unit):
    found = _found(f"Since 2019 it has worked with the [[University of Tarnwick]]'s {unit} on coral.")
    assert _typed(found, "researchCollaborator") == {"University of Tarnwick"}


@pytest.mark.parametrize("sentence, expected", [
    ("Seats and interior panels are made by Quarnby & Daughters.", {"Quarnby & Daughters"}),
    ("Seats and interior panels are made by Harold Quarnby & Daughters.", {"Harold Quarnby & Daughters"}),
])
def test_a_firm_of_daughters_is_an_organisation(sentence, expected):
    assert _typed(_found(sentence), "supplier") == expected


@pytest.mark.parametrize("sentence", [
    "In 2021 it began a trial of shrimp feed with the Tarn Research Institute No. 2.",
    "In 2021 it began a trial of shrimp feed with the Tarn Research Institute No. 2 in Quarnby.",
])
def test_a_numbered_institution_keeps_its_number(sentence):
    assert _typed(_found(sentence), "researchCollaborator") == {"Tarn Research Institute No. 2"}
