"""Round 12, second pass: relation rules for kinds of sentence counted over blind4-blind12
(docs/relations.md, "Round 12", second pass). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round9 import _pairs


def _under(heading: str, text: str) -> set[tuple[str, str]]:
    return _pairs(f"== {heading} ==\n{text}")


@pytest.mark.parametrize("item, expected", [
    # every name of an item that enumerates several, not only the first
    ("* [[Nordea]], [[Danske Bank]] and [[SEB Group|SEB]] – joint bookrunners of the 2019 listing",
     {("supplier", "Nordea"), ("supplier", "Danske Bank"), ("supplier", "SEB Group")}),
    ("* [[Lund University]] and [[Aarhus University]] – research on fish welfare",
     {("researchCollaborator", "Lund University"), ("researchCollaborator", "Aarhus University")}),
    ("* [[Scania]], [[Volvo Trucks]] – shirt sponsors", {("partner", "Scania"), ("partner", "Volvo Trucks")}),
    # the underwriters of an item are suppliers, under any lead-in
    ("* [[Carnegie Investment Bank|Carnegie]] – lead manager of the offering", {("supplier", "Carnegie Investment Bank")}),
])
def test_every_name_of_a_described_item_that_enumerates_several(item, expected):
    text = f"Acme farms salmon in Norway. Other partners and collaborators include:\n{item}\n"
    assert _under("Operations", text) == expected
