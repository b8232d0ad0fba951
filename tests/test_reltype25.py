"""Relation types read from what a deal exchanges: a counterparty "which would buy its ..." under an agreement is a buyer, and a party that signs
or agrees to take the company's output is a buyer. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, expected", [
    ("In 2016 it signed an agreement with [[Halvik Foods]], which would buy its entire wool clip.",
     {("customer", "Halvik Foods")}),
    ("In 2011 it signed a contract with [[Tessaro Trading]], under which Tessaro would distribute its "
     "olive oils in Canada.", {("customer", "Tessaro Trading")}),
])
def test_agreement_under_which_the_party_buys_the_goods(sentence, expected):
    assert _pairs(sentence) == expected


def test_agreement_under_which_the_company_buys_is_no_customer():
    pairs = _pairs("In 2016 the company signed an agreement with [[Halvik Foods]] under which it buys Halvik's grain.")
    assert ("customer", "Halvik Foods") not in pairs


@pytest.mark.parametrize("sentence, expected", [
    ("In February 2023 [[Ostrava Metals Trading]] signed a five-year agreement to take 60 per cent of the "
     "mine's copper concentrate.", {("customer", "Ostrava Metals Trading")}),
    ("In 2016 [[Halvik Foods]] agreed to take the whole output of the plant for ten years.",
     {("customer", "Halvik Foods")}),
])
def test_a_party_that_signs_to_take_the_output_is_a_buyer(sentence, expected):
    assert _pairs(sentence) == expected


def test_agreeing_to_buy_the_company_is_no_customer():
    assert not {p for p in _pairs("In 2016 [[Halvik Foods]] agreed to buy the company for $40 million.")
                if p[0] == "customer"}


@pytest.mark.parametrize("sentence, expected", [
    ("A three-year contract to supply US$2.1 billion of frozen beef to the state trader [[Torvane Foods]] "
     "was signed in November 2013.", {("customer", "Torvane Foods")}),
    ("Its agreement to deliver 40,000 tonnes of pulp a year to [[Norrvik Paper]] ran until 2010.",
     {("customer", "Norrvik Paper")}),
])
def test_a_contract_to_supply_goods_to_a_buyer_told_of_the_contract(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "[[Calder Steel]]'s contract to supply rails to [[Norrvik Rail]] was cancelled.",
    "In 2013 a contract to supply the plant to [[Norrvik Rail]] was signed.",
])
def test_another_party_contract_or_a_plant_supplied_is_no_customer(sentence):
    assert ("customer", "Norrvik Rail") not in _pairs(sentence)
