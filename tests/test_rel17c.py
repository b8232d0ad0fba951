"""Partners: bodies the company joins (a roundtable, a partnership, a body named "on" its cause,
a programme or network named before or after its kind word). Each sentence is written for the
test."""

from __future__ import annotations

import pytest

from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, expected", [
    # a body named "on", "of" or "for" its cause, a roundtable, a partnership
    ("In 2012 it joined the Coalition on Green Steel, Hydrogen and Power.",
     {("partner", "Coalition on Green Steel, Hydrogen and Power")}),
    ("In 2009 Acme joined the Ethical Coffee Partnership.", {("partner", "Ethical Coffee Partnership")}),
    ("In 2004 the company joined the Roundtable on Responsible Soy.", {("partner", "Roundtable on Responsible Soy")}),
    # a programme or network named before its kind word, or after it
    ("In 2019 it joined the [[Gaia-X]] data network.", {("partner", "Gaia-X")}),
    ("It joined the Better Work programme of the [[International Labour Organization]] in 2010.",
     {("partner", "Better Work")}),
    ("In 1995 Acme joined the partner programme of [[Siemens]].", {("partner", "Siemens")}),
])
def test_joined(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a person joins, not the company
    "In 2010 [[Maria Lind]] joined the Clean Shipping programme.",
    # a tier of a programme is no body
    "Acme joined the Gold Partner programme in 2015.",
    # a body followed by a place is not read as a longer name
    "In 2001 it joined the Association in Germany.",
])
def test_not_joined(sentence):
    assert _pairs(sentence) == set()


@pytest.mark.parametrize("sentence, expected", [
    # a partner named before the word, in the title of a partner programme
    ("Acme is an Oracle Gold Partner.", {("partner", "Oracle")}),
    ("In 2021 it became a [[Salesforce]] consulting partner.", {("partner", "Salesforce")}),
    ("It is a [[SAP]] Gold Certified Partner and has alliances with [[Dell Technologies|Dell]].",
     {("partner", "SAP"), ("partner", "Dell Technologies")}),
])
def test_named_partner(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a tier or a legal role is no partner
    "Acme is a Gold Partner.",
    "It is a Limited Partner in the fund.",
    # a person becomes a partner of a firm
    "In 2015 [[John Smith]] became a [[KPMG]] partner.",
])
def test_not_named_partner(sentence):
    assert _pairs(sentence) == set()


@pytest.mark.parametrize("sentence, expected", [
    # the party named right before "under an agreement signed in ..." or "of ..."
    ("Parcels can be collected at the branches of [[DHL]] under an agreement signed in 2019.", {("partner", "DHL")}),
    ("Members earn miles with the hotel chain [[Accor]] under an agreement signed in 2015.", {("partner", "Accor")}),
    ("Customers pay in instalments financed by [[HSBC]], under an agreement of 2018.", {("partner", "HSBC")}),
    # another cue told its part: no partner besides
    ("Its chips are supplied by [[Nvidia]] under an agreement signed in 2021.", {("supplier", "Nvidia")}),
    # a wholesaler the company buys through is its supplier (round 25), no partner besides
    ("Medicines are purchased through [[McKesson Corporation|McKesson]] under an agreement signed in 2023.",
     {("supplier", "McKesson Corporation")}),
])
def test_under_agreement(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a shareholder's nominating agreement
    "Two directors are named by [[Apollo Global Management|Apollo]] under a nominating agreement signed in 2018.",
    # no party before the agreement (a licensor after it)
    "Under an agreement of 2017, [[Pfizer]] licensed Acme to sell two of its brands.",
])
def test_not_under_agreement(sentence):
    assert _pairs(sentence) == set()


@pytest.mark.parametrize("sentence, expected", [
    # loans for the company's customers arranged with a lender
    ("Students can pay in instalments through loans arranged with [[HDFC Bank]].", {("partner", "HDFC Bank")}),
    ("Buyers finance their cars with credit arranged with local banks, principally [[Banco Pichincha]].",
     {("partner", "Banco Pichincha")}),
    # a programme or scheme run or started with a partner
    ("Since 2018 it has run a school meals programme in Kenya with the charity [[Oxfam]].", {("partner", "Oxfam")}),
    ("Bottles are returned through a deposit scheme run with the retailer [[Tesco]].", {("partner", "Tesco")}),
    ("A loyalty programme, Acme Points, was started with [[Vodafone]] in 2015.", {("partner", "Vodafone")}),
])
def test_programmes_and_loans(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # people or numbers after "with", not organisations
    "It runs a graduate programme with 40 trainees.",
    "In 2019 it launched a mentoring scheme with [[Jane Doe]], its former chief executive.",
])
def test_not_programmes(sentence):
    assert _pairs(sentence) == set()


@pytest.mark.parametrize("sentence, expected", [
    # an agreement of a kind signed with X
    ("A marketing agreement signed with [[Heineken]] in 2011 put its cider in pubs.", {("partner", "Heineken")}),
    ("Under a twelve-year franchise agreement signed with [[Spar (retailer)|Spar]] in 2009, its shops took the brand.",
     {("partner", "Spar (retailer)")}),
])
def test_agreement_signed_with(sentence, expected):
    assert _pairs(sentence) == expected


def test_bare_agreement_signed_with_is_left():
    # a bare agreement named by its length alone says nothing of what X is
    assert _pairs("A ten-year agreement signed with [[Metro AG|Metro]] in 1997 ended in 2007.") == set()
