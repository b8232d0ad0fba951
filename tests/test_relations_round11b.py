"""Round 11, second pass: relation rules for causes seen in at least three of blind4-blind10
(docs/relations.md, "Round 11", second pass). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round9 import _pairs


@pytest.mark.parametrize("sentence, expected", [
    # a fund that takes part in a round another led is an investor too
    ("In 2016 [[Northwind Capital]] led a $9 million Series A round, in which [[Fjord Ventures]] also took part.",
     {("investor", "Northwind Capital"), ("investor", "Fjord Ventures")}),
    ("A $30 million Series B was led by [[Northwind Capital]] in 2018, with [[Fjord Ventures]] also investing.",
     {("investor", "Northwind Capital"), ("investor", "Fjord Ventures")}),
    ("The 2019 round was led by [[Northwind Capital]]; [[Fjord Ventures]] and [[Kestrel Partners]] also took part.",
     {("investor", "Northwind Capital"), ("investor", "Fjord Ventures"), ("investor", "Kestrel Partners")}),
    # a round told only in the sentence before ("A Series C followed in 2019. X led it; Y also took part"):
    # the gold reads every party of such a sentence as an investor in the round and quotes it (blind6
    # Lintas Pay: "SBI Holdings led it; EDBI and Tumpang also took part." gives SBI Holdings, EDBI and
    # Tumpang investor items), so the fund that also took part is an investor, as the learned reader
    # refitted in round 28 reads it. The expectation was set() (round 11: "its date is not this
    # sentence's", though the sentence writes 2019). The leader of "it", an investor too, is still a
    # miss: no cue reads "X led it" without the round named, and the reader does not read it
    ("[[Northwind Capital]] led it in 2019; [[Fjord Ventures]] also took part.", {("investor", "Fjord Ventures")}),
    # taking part in something that is no funding round is no investment
    ("In 2019 [[Fjord Ventures]] also took part.", set()),
    ("Its engineers took part in the [[Dakar Rally]] in 2012.", set()),
])
def test_a_fund_that_takes_part_in_a_round_is_an_investor(sentence, expected):
    assert _pairs(sentence) == expected
