"""Round 14, second pass, of issue 14: missed controversies by kind of sentence (docs/relations.md,
"Controversies", "Round 14", second pass). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.test_controversies_round9 import _found

# ---------------------------------------------------------------- a buyer stops buying from the company


@pytest.mark.parametrize("sentence,expected", [
    ("In March 2020 the retailer Bellmart stopped selling the company's pies in protest at its labour practices.",
     [("boycott", "2020-03")]),
    ("Norland Foods suspended its purchases from the company in May 2021, pending an audit of its suppliers.",
     [("boycott", "2021-05")]),
    ("The caterer Harcastle suspended new orders in June 2019, pending an inquiry into the listeria cases.",
     [("boycott", "2019-06")]),
    ("In 2022 wholesalers in Yorkshire stopped ordering the company's bread for a month in protest at lower margins.",
     [("boycott", "2022")]),
])
def test_a_buyer_that_stops_buying_from_the_company_is_a_boycott(sentence, expected):
    assert [(t, d) for t, _, d in _found(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    # the company's own stop: its decision, no boycott of it
    "In 2019 Brightwater stopped selling the frozen pies pending a review of their packaging.",
    "The company stopped ordering from Hengli Farms in 2018 pending an audit.",
    "In 2017 Brightwater stopped selling the company's older range of pies.",
    # a stop that names neither the company's goods nor a protest or an inquiry
    "In 2021 Bellmart stopped selling frozen pies altogether.",
])
def test_a_stop_that_is_no_boycott_of_the_company_is_none(sentence):
    assert _found(sentence) == []


# ---------------------------------------------------------------- a finding told with its date after the verb


@pytest.mark.parametrize("sentence,expected", [
    ("The Food Standards Agency opened an inquiry into the plant in 2019. It found in March 2020 that the cold store had failed twice.",
     [("investigation", "2019"), ("investigation", "2020-03")]),
    ("The FSA found in May 2021 that the labels had understated the salt content.", [("investigation", "2021-05")]),
    ("The review, by the consultancy Harlow Partners, found in 2022 that the plant had kept no cleaning records.",
     [("investigation", "2022")]),
])
def test_a_finding_dated_after_its_verb_is_a_step_of_the_case(sentence, expected):
    assert [(t, d) for t, _, d in _found(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    # a finding with no "that" clause, a market study
    "A survey by the trade press found in 2020 many new customers for frozen pies.",
])
def test_a_finding_without_its_clause_is_none(sentence):
    assert _found(sentence) == []


# ---------------------------------------------------------------- a court's step told with a verb of its own


@pytest.mark.parametrize("sentence,expected", [
    ("The Court of Appeal set the judgment aside in 2021, holding that the lease had lapsed.", [("lawsuit", "2021")]),
    ("The appeals court sent the damages award back to the trial judge in March 2023.", [("lawsuit", "2023-03")]),
    ("In October 2022 the commercial court of Leeds District reduced the claim to £2 million.", [("lawsuit", "2022-10")]),
])
def test_a_court_step_told_with_its_own_verb_is_a_step_of_the_case(sentence, expected):
    assert [(t, d) for t, _, d in _found(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    # no date written: an undated step is a detail
    "The Court of Appeal set the judgment aside, holding that the lease had lapsed.",
    # no court: the company's own step
    "In 2020 Brightwater set its expansion plans aside.",
])
def test_a_court_step_without_its_date_or_court_is_none(sentence):
    assert _found(sentence) == []
