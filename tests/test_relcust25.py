"""Customers on unseen text (round 25, branch relcust25). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, expected", [
    # a relative clause told with a preposition ("for which") between two listed customers
    ("Its customers include [[Brixton Foods]], for which it has made labels since 1990, and [[Velmar Dairies]].",
     {("customer", "Brixton Foods"), ("customer", "Velmar Dairies")}),
    # a relative clause that writes a number with a thousands separator
    ("Large customers have included [[Globex Rail]], which bought about 40,000 sleepers between 2011 and 2014, "
     "and [[Initech Transit]].",
     {("customer", "Globex Rail"), ("customer", "Initech Transit")}),
    # an apposition with "its" between two listed customers
    ("Its customers include [[Brixton Foods]], its first large client, [[Velmar Dairies]] and [[Ostrava Mills]].",
     {("customer", "Brixton Foods"), ("customer", "Velmar Dairies"), ("customer", "Ostrava Mills")}),
])
def test_a_listed_customer_after_an_aside(sentence, expected):
    assert _pairs(sentence) == expected
