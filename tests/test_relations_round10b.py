"""Round 10, second pass: relation rules read from the wrong and missed relations of
blind4-blind9 (docs/relations.md, "Round 10", second pass). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round9 import _pairs


@pytest.mark.parametrize("text, expected", [
    # "of <place>" linked on its own tells where an unlinked company is based
    ("Its pumps are sold in Brazil by Bomba Norte Importadora of [[Recife]], its importer since 2012.",
     {("customer", "Bomba Norte Importadora")}),
    # the article writes the name without the place elsewhere
    ("Since 2004 its gaskets have been supplied by Halvorsen Rubber Works of Tromsø.\n\n"
     "In 2019 a batch of gaskets made by Halvorsen Rubber Works was recalled.",
     {("supplier", "Halvorsen Rubber Works")}),
    # an institution whose name holds the place keeps it
    ("A co-branded card is issued by First Prairie Bank of Omaha.\n\nFirst Prairie Bank also lends to it.",
     {("partner", "First Prairie Bank of Omaha")}),
])
def test_an_of_place_tail_is_not_part_of_the_name(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("As of 2024 the largest shareholders were [[Norges Bank]] (6.1 per cent) and the Lindqvist family trusts "
     "(12 per cent).", {("investor", "Norges Bank")}),
    ("As of 2024 the largest shareholders were [[Norges Bank]] (6.1 per cent), Okafor's family company "
     "(7.1 per cent) and [[Vanguard Group]] (5.0 per cent).",
     {("investor", "Norges Bank"), ("investor", "Vanguard Group")}),
])
def test_a_family_holding_is_no_investor(sentence, expected):
    assert {p for p in _pairs(sentence) if p[0] == "investor"} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Its payment systems run on [[Microsoft Azure]].", {("supplier", "Microsoft Azure")}),
    ("The company's warehouses and its terminals run on the [[Manhattan Associates]] WMS software.",
     {("supplier", "Manhattan Associates")}),
    ("The group's website is hosted on [[Cloudflare]].", {("supplier", "Cloudflare")}),
    # a run on a bank, renewable energy, another company's systems
    ("A run on its branches followed in 1984.", set()),
    ("Many of its stores run on renewable energy.", set()),
    ("The app of [[Globex]] runs on [[Microsoft Azure]].", set()),
])
def test_the_companys_systems_run_on_a_supplier(sentence, expected):
    assert _pairs(sentence) == expected


def test_initials_stand_for_the_linked_name():
    text = ("In 2020 it signed an agreement with [[Northern Cloud Services]].\n\n"
            "Its own services run on NCS, except those for Japan.")
    assert ("supplier", "Northern Cloud Services") in _pairs(text)
    # initials that no linked name gives stay unlinked and unknown
    assert not {p for p in _pairs("Its own services run on QXZ.") if p[0] == "supplier"}


@pytest.mark.parametrize("sentence, expected", [
    ("In 2013 [[Sanofi]] also bought $15 million of Acme's preferred stock.", {("investor", "Sanofi")}),
    ("In 2013 [[Sanofi]] also bought €20 million of Acme's new shares.", {("investor", "Sanofi")}),
    # another company's stock, or no stock named
    ("In 2013 [[Sanofi]] also bought $15 million of Globex's preferred stock.", set()),
    ("In 2013 [[Sanofi]] bought $15 million of Acme bonds.", set()),
])
def test_money_for_the_companys_stock_by_name_is_an_investment(sentence, expected):
    assert {p for p in _pairs(sentence) if p[0] == "investor"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # a named unit or product line sold is a divestiture, not a sale to a customer
    ("In 1999 it sold Acme Cement to [[Holcim]] for ₱4.2 billion to reduce its debt.", set()),
    ("Vexolin was sold to [[Ipsen]] during the restructuring.", set()),
    # goods sold to a buyer stay a sale
    ("Its turbines are sold to [[Ørsted]] and [[Vattenfall]].", {("customer", "Ørsted"), ("customer", "Vattenfall")}),
])
def test_a_named_unit_sold_is_no_customer(sentence, expected):
    assert {p for p in _pairs(sentence) if p[0] == "customer"} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Most of the barges that carry its coal are chartered from [[Ingram Barge Company]].",
     {("supplier", "Ingram Barge Company")}),
    ("In 2017 Acme replaced its core banking system with software from [[Temenos AG|Temenos]].",
     {("supplier", "Temenos AG")}),
])
def test_chartered_from_and_software_from_name_a_supplier(sentence, expected):
    assert {p for p in _pairs(sentence) if p[0] == "supplier"} == expected
