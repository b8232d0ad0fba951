"""Round 24 (relrecall24): lenders on new text. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found
from tests.test_relations_round16b import _typed


@pytest.mark.parametrize("sentence", [
    "From 2004 its cocoa purchases were paid for with yearly pre-export facilities from [[Harbin Savings Bank]].",
    "In 2015 the company obtained a revolving facility of €40 million from [[Harbin Savings Bank]].",
    "Its stocks are financed by a working-capital facility from [[Harbin Savings Bank]].",
    "A syndicated facility from [[Harbin Savings Bank]] refinanced its debts in 2019.",
])
def test_a_bank_that_a_credit_facility_of_any_kind_comes_from_is_a_lender(sentence):
    assert _typed(_found(sentence), "lender") == {"Harbin Savings Bank"}


def test_a_facility_bought_from_a_company_is_no_loan():
    assert not _typed(_found("In 2015 the company bought a bottling facility from [[Tarvo Foods]]."), "lender")
