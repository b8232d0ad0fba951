"""Brokers who arrange an issue, an offer arranged in a relative clause, a unit run for the
company by an operator, and brokers who sell its goods (no customers). Each sentence is written
for the test."""

from __future__ import annotations

import pytest

from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, expected", [
    ("Its 2019 bond issue was underwritten by the Riga broker Baltvest.", {("supplier", "Baltvest")}),
    ("It floated a quarter of its shares in the offer, which raised €40 million and was arranged by "
     "the brokerage Dunmark Securities.", {("supplier", "Dunmark Securities")}),
    ("The Tallinn warehouse is run for it by the logistics operator Kestrel Logistics.",
     {("supplier", "Kestrel Logistics")}),
])
def test_service_suppliers(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # brokers through whom the goods are sold are agents, not buyers
    ("Its wool is sold through the brokers Fenwick Lane and [[Elders Limited|Elders]] at auction.", set()),
    ("Its boats are sold through the Hamburg brokerage Nordwind.", set()),
])
def test_brokers_no_customers(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a platform the company's name qualifies is the company's; a second host after "and, since ..., partly on"
    ("The Acme Shop platform and AcmeCard run on [[Microsoft Azure]] and, since 2021, partly on "
     "[[Oracle Cloud]].", {("supplier", "Microsoft Azure"), ("supplier", "Oracle Cloud")}),
    ("Its cloud products run on [[Microsoft Azure]].", {("supplier", "Microsoft Azure")}),
])
def test_hosted_on(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # whose platform, the sentence does not say; dairy products run on no host
    ("The platform runs on [[Microsoft Azure]].", set()),
    ("Its dairy products run on [[Microsoft Azure]].", set()),
])
def test_not_hosted_on(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the one a process, design or character is licensed from supplies it
    ("In 1994 the company licensed a float-glass process from [[Pilkington]].", {("supplier", "Pilkington")}),
    ("Its kilns use a drying technology licensed from the Finnish firm [[Valmet]].", {("supplier", "Valmet")}),
])
def test_licensed_from(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # another party's licence, and the company's own licence to another
    ("In 2010 [[Nokia]] licensed the patents from [[Ericsson]].", set()),
    ("In 2012 it licensed its brand to [[Nokia]].", set()),
])
def test_not_licensed_from(sentence, expected):
    assert _pairs(sentence) == expected



@pytest.mark.parametrize("sentence, expected", [
    # a channel, called a distributor or not, buys what it resells: a customer (tests/gold/README.md,
    # distributors, round 19)
    ("In Canada its boots are sold through Northgate Supply, a distributor of workwear.",
     {("customer", "Northgate Supply")}),
    ("In Canada it sells through [[Sysco]], a food distributor.", {("customer", "Sysco")}),
    ("In Canada it sells through [[Sysco]].", {("customer", "Sysco")}),
])
def test_channel_distributor(sentence, expected):
    assert _pairs(sentence) == expected
