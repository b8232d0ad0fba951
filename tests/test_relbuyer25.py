"""Customers told with the buyer as the subject or in the passive: a buyer that buys a number or
a part of the company's goods, takes delivery of them, places an order with the company or
awards it a contract or a piece of work. The purchase of shares, stakes, stores, plants or the
company itself is never a customer's. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, expected", [
    # a number or a part of the company's goods
    ("In 1994 the utility [[Nordkraft]] bought 18 of its 600&nbsp;kW turbines for a wind farm.",
     {("customer", "Nordkraft")}),
    ("Since 2015 [[Morvane Trading]] has bought the rest of its concentrate.", {("customer", "Morvane Trading")}),
    ("[[Brevik Dairy]] also buys most of the company's whey for its cheese plants.", {("customer", "Brevik Dairy")}),
    ("In 2016 the operator [[Tarnow Transit]] bought 12 articulated trolleybuses.", {("customer", "Tarnow Transit")}),
    ("The [[Velorian Army]] took delivery of 800 Falco 650 motorcycles in 2021.", {("customer", "Velorian Army")}),
    # an order placed with the company, a contract it was awarded by the buyer, work awarded to it
    ("[[Halvard Shipping]] placed an order for six tankers with Acme in 2007.", {("customer", "Halvard Shipping")}),
    ("Acme was awarded a five-year maintenance contract by [[Rennford Rail]] in 2018.", {("customer", "Rennford Rail")}),
    ("In 2013 [[Ostrava Petroleum]] awarded it the hull of a floating storage unit.", {("customer", "Ostrava Petroleum")}),
    # the buyer's first of the company's goods, goods bought for its own use, purchases suspended
    ("In 1998 [[Pelagos Gas]] ordered its first LNG carrier.", {("customer", "Pelagos Gas")}),
    ("[[Brevik Dairy]] also buys whey and lactose for its own products.", {("customer", "Brevik Dairy")}),
    ("The [[Velorian Health Board]] suspended its purchases of Acme gloves in 2021.",
     {("customer", "Velorian Health Board")}),
    # what an offtake agreement buys is the company's output
    ("[[Morvane Trading]] has bought the rest under an offtake agreement since 2012.", {("customer", "Morvane Trading")}),
])
def test_buyer_found(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # shares, stakes, stores, plants and the company itself are no goods
    "In 2005 [[Morvane Trading]] bought 24 of its shares.",
    "In 2010 [[Morvane Trading]] bought the rest of its shares.",
    "[[Morvane Trading]] bought the rest of the company in 2010.",
    "In 2008 [[Brevik Dairy]] bought 15 stores from the company.",
    "In 2008 [[Brevik Dairy]] bought 3 of its plants.",
    "[[Brevik Dairy]] bought 2 million shares in 2010.",
    # goods bought from another
    "[[Halvard Shipping]] bought 15 tankers from [[Korvik Yards]] in 1990.",
    # an order placed with another, a prize awarded to the company
    "[[Halvard Shipping]] placed an order with [[Korvik Yards]] in 2006.",
    "The jury of [[Nordic Design Forum]] awarded it the title of best design studio.",
    "In 1999 [[Pelagos Gas]] ordered its first tankers from [[Korvik Yards]].",
    "In 1990 Acme bought copper from [[Korvik Metals]] for its plants.",
    "[[Morvane Trading]] bought 40 per cent of the mine under an offtake agreement.",
    "The [[Velorian Health Board]] suspended its purchases from [[Korvik Medical]] in 2021.",
])
def test_purchase_of_a_business_is_no_customer(sentence):
    assert not {p for p in _pairs(sentence) if p[0] == "customer"}
