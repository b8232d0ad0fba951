"""Relations recall, round 27 (rel27a): a buyer named by its reselling trade ("the Bristol importer
X", "through the Amman wholesaler X") is a customer (tests/gold/README.md, round 19: distributors,
importers, wholesalers and dealers buy the company's goods and sell them on), not one the company
buys from, buys or forms a venture with. Each sentence is written for the test (invented companies)."""

from __future__ import annotations

import pytest

from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, expected", [
    ("The Lisbon importer Casa Vernal has bought its tea since 1998.", {("customer", "Casa Vernal")}),
    ("Private clinics are supplied through the Tunis wholesaler Medinord Pharma.", {("customer", "Medinord Pharma")}),
    ("Its first export order, 40,000 vials for the wholesaler [[Harbrook Healthcare]], was shipped in 2009.",
     {("customer", "Harbrook Healthcare")}),
    ("The Riga distributor Baltvest Foods began selling the biscuits in Latvian supermarkets in 2016.",
     {("customer", "Baltvest Foods")}),
    ("The Austrian dealer chain Radwerk Lindner sells its bicycles under its own brand.",
     {("customer", "Radwerk Lindner")}),
])
def test_a_buyer_named_by_its_reselling_trade_is_a_customer(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "In 2010 Acme acquired the Dutch distributor Vanberg Trading.",
    "It took over the wholesaler Ostmark Drogen in 2004.",
    "In 2016 the company and the Korean coffee importer Hanul Coffee formed a joint venture in Busan.",
    "The haul trucks are maintained by the dealer Sorvik Machinery.",
])
def test_a_reseller_bought_or_a_partner_in_a_venture_is_no_customer(sentence):
    assert not any(t == "customer" for t, _ in _pairs(sentence))


def test_a_reseller_the_company_buys_from_is_no_customer():
    assert _pairs("Acme buys its malt from the importer Kornhaus Malz.") == {("supplier", "Kornhaus Malz")}


# a lender that lent the company named by a descriptor ("the Central American business", "the
# venture") and a sum (round 27)
@pytest.mark.parametrize("sentence, expected", [
    ("The [[Caribbean Development Fund]] lent the Central American business US$60 million in 2013.",
     {("lender", "Caribbean Development Fund")}),
    ("The [[Kandy Regional Bank]] lent the venture Rs. 310 million.", {("lender", "Kandy Regional Bank")}),
])
def test_a_lender_to_the_company_named_by_a_descriptor(sentence, expected):
    assert _pairs(sentence) == expected


# a bank that granted the company a working-capital, revolving or overdraft facility or line (round 27)
@pytest.mark.parametrize("sentence", [
    "[[Darkhan Trade Bank]] granted the company a ₮25 billion working-capital line in April 2020.",
    "[[Darkhan Trade Bank]] granted it a €5 million overdraft facility in 2012.",
    "[[Darkhan Trade Bank]] extended the company a US$30 million revolving credit facility in 2018.",
])
def test_a_bank_that_granted_a_working_capital_or_overdraft_facility_is_a_lender(sentence):
    assert _pairs(sentence) == {("lender", "Darkhan Trade Bank")}


# the maker of a list of equipment a site was fitted with, and the firm that fitted it out (round 27)
@pytest.mark.parametrize("sentence, expected", [
    ("The plant was fitted with gutting, filleting and packing lines by [[Norvel Systems]].",
     {("supplier", "Norvel Systems")}),
    ("In 2016 it leased a dyeing shed fitted out by the Turkish contractor Aksoy Tekstil Mühendislik.",
     {("supplier", "Aksoy Tekstil Mühendislik")}),
])
def test_the_maker_of_listed_equipment_or_the_firm_that_fitted_out_a_site_is_a_supplier(sentence, expected):
    assert _pairs(sentence) == expected
