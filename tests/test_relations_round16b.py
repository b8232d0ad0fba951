"""Round 16, second pass: recall of relations on new text, by kinds of sentence counted over
blind4-blind17 (docs/relations.md, "Round 16 (second pass)"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found


def _typed(found: set[tuple[str, str]], prop: str) -> set[str]:
    return {name for p, name in found if p == prop}


@pytest.mark.parametrize("sentence", [
    "Chilled salmon is shipped to Rotterdam by [[Borvik Line]].",
    "Cut flowers are trucked to the port and flown to Dubai by [[Borvik Line]].",
    "Its finished coils are mainly transported by [[Borvik Line]].",
    "Raw sugar is bought locally, and refined sugar is shipped abroad by [[Borvik Line]].",
])
def test_a_carrier_of_the_company_s_goods_told_in_the_passive_is_a_supplier(sentence):
    assert _typed(_found(sentence, "Operations"), "supplier") == {"Borvik Line"}


@pytest.mark.parametrize("sentence", [
    "Acme was shipped to its new owners by [[Borvik Line]] in a deal of 2004.",
    "The cargo was shipped by sea to [[Borvik Line]].",
    "The statue was shipped to Lisbon by [[Borvik Line]] for the museum.",
])
def test_no_carrier_when_the_goods_are_not_the_company_s(sentence):
    assert "Borvik Line" not in _typed(_found(sentence, "Operations"), "supplier")
