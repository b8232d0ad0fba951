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


@pytest.mark.parametrize("sentence, expected", [
    # a contract or order the company won, told for whom after what it is for
    ("In 2016 it won a €40 million contract for 12 ferries for the Baltic shipping company [[Velmar Lines]].",
     {("customer", "Velmar Lines")}),
    ("In 2020 the company began fulfilling orders for the shoe chain [[Brixton Footwear]].",
     {("customer", "Brixton Footwear")}),
    ("In 2012 it secured a tender for the [[Initech Water Board]] worth €3 million.",
     {("customer", "Initech Water Board")}),
    # a name that qualifies the goods is no buyer
    ("In 2010 the company won a contract for the [[Globex G7]] wing.", set()),
])
def test_a_contract_won_for_someone(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a tender won from a buyer, as an order or a contract is
    ("In 2018 the company won a tender from the [[Initech Water Board]] to line its canals.",
     {("customer", "Initech Water Board")}),
    # a sum with a decimal point before the contract
    ("In 2014 it won a R2.5 billion contract from [[Globex Mining]] to sink two shafts.",
     {("customer", "Globex Mining")}),
    ("In 2016 it won a €4.5 million contract for 12 ferries for the shipping company [[Velmar Lines]].",
     {("customer", "Velmar Lines")}),
])
def test_a_tender_and_a_decimal_sum(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a retailer or dealer selling the company's goods, named by the company
    ("[[Brixton Stores]] has sold Acme watches since 1952.", {("customer", "Brixton Stores")}),
    ("[[Velmar Foods]] began selling Acme coffee in 2013.", {("customer", "Velmar Foods")}),
    # the sale of the company itself names no customer
    ("[[Initech]] sold Acme to [[Globex]] in 1990.", set()),
])
def test_a_seller_of_the_companys_goods(sentence, expected):
    assert _pairs(sentence) == expected
