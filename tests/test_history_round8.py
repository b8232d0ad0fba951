"""History extractor, round 8 of issue 14: rule groups kept for causes seen in at least three
articles of at least two development sets, each on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _roles, _summary

# ---------------------------------------------------------------- a customer's order or choice


def test_another_partys_order_is_an_order_the_company_received():
    history = ("== History ==\n"
               "[[Nordbahn]] ordered 14 trams from it in 1998.\n\n"
               "In 2004 [[Ferrovia Sul]] ordered its first low-floor train.\n\n"
               "The [[Royal Danish Navy]] placed its first large order with the company in 1951.\n")
    evs = _events(history)
    assert _summary(evs) == [("partnership", "1998"), ("partnership", "2004"), ("partnership", "1951")]
    assert _roles(evs[0]) == {("Nordbahn", "partner")}
    assert evs[0].label == "Order from Nordbahn"


def test_a_customer_that_chose_the_company_is_a_partner():
    history = ("== History ==\n"
               "[[Vestavind]] chose Acme in 2015 to supply 40 turbines for two wind farms.\n\n"
               "In 2019 [[Statkraft]] chose the company to build three substations.\n")
    evs = _events(history)
    assert _summary(evs) == [("partnership", "2015"), ("partnership", "2019")]
    assert _roles(evs[1]) == {("Statkraft", "partner")}


def test_the_companys_own_order_and_an_order_from_another_maker_stay_apart():
    history = ("== History ==\n"
               "In 2012 it ordered 40 aircraft from [[Boeing]].\n\n"
               "In 2014 [[Lufthansa]] ordered 20 aircraft from [[Airbus]].\n\n"
               "In 2016 the [[Labour Inspectorate]] ordered its first inspection of the yard.\n")
    evs = _events(history)
    assert [(e.type, e.date.iso) for e in evs] == [("other", "2012")]  # its own order, not a customer's
