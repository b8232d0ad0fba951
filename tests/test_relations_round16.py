"""Round 16: recall of relations on new text, by kinds of structure counted over blind4-blind17
(docs/relations.md, "Round 16"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found


def _typed(found: set[tuple[str, str]], prop: str) -> set[str]:
    return {name for p, name in found if p == prop}


@pytest.mark.parametrize("amount", ["KSh 2.4 billion", "RO 3 million", "ISK 900 million", "Lt 12 million",
                                    "GEL 40 million"])
def test_a_loan_in_any_currency_written_as_letters_names_a_lender(amount):
    found = _found(f"In 2011 the [[Marlin Development Bank]] lent it {amount} for a new warehouse.")
    assert _typed(found, "lender") == {"Marlin Development Bank"}


def test_a_borrowing_whose_amount_is_followed_by_an_aside_keeps_its_lenders():
    found = _found("In 2009 the company borrowed KSh 3.1 billion, most of it in dollars and euros, from "
                   "[[Tamu Bank]] and the [[Pwani Co-operative Bank]] to build a depot.")
    assert _typed(found, "lender") == {"Tamu Bank", "Pwani Co-operative Bank"}


def test_a_year_after_lent_is_no_amount():
    found = _found("In 2003 [[Orvaldi Holdings]] lent in 2004 its name to a fund of the company.")
    assert "Orvaldi Holdings" not in _typed(found, "lender")
