"""Relations told as a distribution or an output passing to a buyer, a retailer stocking the
company's goods, a joint venture agreed, run jointly or set up jointly, the banks named "with"
the arranger of a loan, and research told as taking part in another's trial or project or as
studying with it. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, expected", [
    ("Distribution in Germany was handled from 2011 by [[Metro AG|Metro]].", {("customer", "Metro AG")}),
    ("In 1994 distribution passed to the importer [[Kirin Company|Kirin]].", {("customer", "Kirin Company")}),
    ("Distribution of its ciders in Sweden was taken over by [[Systembolaget]] in 2002.",
     {("customer", "Systembolaget")}),
    ("From 1972 most of the mill's output went to [[Bowater]].", {("customer", "Bowater")}),
    ("Most of its production went to [[Nichimo]], a Japanese importer.", {("customer", "Nichimo")}),
    ("Much of the catch was sold to [[Nomad Foods]] until 2015.", {("customer", "Nomad Foods")}),
])
def test_distribution_or_output_passing_to_a_buyer(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "In 2001 its distribution business was sold to [[Sysco]].",
    "Distribution in Britain was passed to its own subsidiary in 2001.",
    "Most of its output went to China and Japan.",
])
def test_no_buyer_of_a_distribution_business_or_place(sentence):
    assert not {p for p in _pairs(sentence) if p[0] == "customer"}


@pytest.mark.parametrize("sentence, expected", [
    ("In 1998 [[Tesco]] listed its wines.", {("customer", "Tesco")}),
    ("[[Waitrose]] began stocking its cheeses in 2004.", {("customer", "Waitrose")}),
    ("[[Harrods]] has carried the brand since 1990.", {("customer", "Harrods")}),
])
def test_a_retailer_stocking_the_goods(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "In 1998 the company listed its shares on the [[Warsaw Stock Exchange]].",
    "In 2005 [[Nasdaq]] listed its shares.",
    "In 2010 Acme listed its products in Japan.",
])
def test_listing_shares_is_no_customer(sentence):
    assert not {p for p in _pairs(sentence) if p[0] == "customer"}


@pytest.mark.parametrize("sentence, expected", [
    ("In 2020 Acme and [[DP World]] agreed to form a joint venture to run a port.",
     {("jointVenturePartner", "DP World")}),
    ("In 2009 the company and [[Siemens]] decided to set up a joint venture for turbines.",
     {("jointVenturePartner", "Siemens")}),
    ("The terminal, which it runs jointly with [[Katoen Natie]], opened in 2016.",
     {("jointVenturePartner", "Katoen Natie")}),
    ("It operates the Ghent depot together with [[Vopak]].", {("jointVenturePartner", "Vopak")}),
    ("In 2004 Acme and [[Bosch]] opened a test centre in Ulm jointly.", {("jointVenturePartner", "Bosch")}),
    ("In 2004 Acme and [[Valeo]] jointly founded Ulm Motors.", {("jointVenturePartner", "Valeo")}),
    ("In 2011 it opened a plant in Ohio in a venture with [[Magna International|Magna]].",
     {("jointVenturePartner", "Magna International")}),
    ("The Ohio plant was built in 2011 through a 50-50 venture with the steelmaker [[Nucor]].",
     {("jointVenturePartner", "Nucor")}),
])
def test_a_joint_venture_agreed_run_or_set_up_jointly(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "In 2004 [[Bosch]] and [[Siemens]] opened a factory in Ulm jointly.",
    "Much of its forest is on land owned jointly with the [[Ngāi Tahu]].",
    "In 2009 [[Rio Tinto]] paid $500 million for 30 per cent of Cerro Azul, forming a joint venture.",
])
def test_no_joint_venture_of_others_or_of_land(sentence):
    found = _pairs(sentence)
    assert not {p for p in found if p[0] == "jointVenturePartner" and p[1] != "Rio Tinto"}


@pytest.mark.parametrize("sentence, expected", [
    ("In 2018 the company signed a €80 million syndicated loan arranged by [[BNP Paribas]] with [[Natixis]].",
     {("lender", "BNP Paribas"), ("lender", "Natixis")}),
    ("In 2012 it obtained a loan led by [[Nordea]] with [[Danske Bank]] and [[SEB Group|SEB]].",
     {("lender", "Nordea"), ("lender", "Danske Bank"), ("lender", "SEB Group")}),
    ("In 2016 it signed a $40 million loan with [[Standard Chartered]].", {("lender", "Standard Chartered")}),
])
def test_the_arranger_of_a_loan_named_before_its_syndicate(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Its farms take part in field trials of new seed varieties run by [[Embrapa]].",
     {("researchCollaborator", "Embrapa")}),
    ("In 2016 it took part in a clinical trial led by the [[Karolinska Institute]].",
     {("researchCollaborator", "Karolinska Institute")}),
    ("In 2008 the company took part in an EU project on sensors with [[Ghent University]] and the [[University of Twente]].",
     {("researchCollaborator", "Ghent University"), ("researchCollaborator", "University of Twente")}),
    ("It takes part in the [[Airbus]] research programme on hydrogen aircraft.",
     {("researchCollaborator", "Airbus")}),
    ("Since 2021 it has studied algae-based feed with the [[Wageningen University and Research|WUR]].",
     {("researchCollaborator", "Wageningen University and Research")}),
    ("The company researched battery cooling with [[Fraunhofer Society|Fraunhofer]] from 2014.",
     {("researchCollaborator", "Fraunhofer Society")}),
])
def test_research_by_taking_part_or_studying_with(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2015 the company took part in a project with [[Siemens]] to build a tram line.", {("partner", "Siemens")}),
    ("Its founder studied chemistry with [[Linus Pauling]].", set()),
])
def test_a_project_with_a_company_is_a_partnership(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("With [[Aalto University]], Acme opened a battery research laboratory in 2019.",
     {("researchCollaborator", "Aalto University")}),
    ("With Tampere University, Acme opened a research laboratory in 2021.",
     {("researchCollaborator", "Tampere University")}),
    ("Alongside [[Kone]] and [[Otis Worldwide|Otis]], Acme formed a joint venture in 2003.",
     {("jointVenturePartner", "Kone"), ("jointVenturePartner", "Otis Worldwide")}),
])
def test_a_preposition_before_a_name_is_no_part_of_it(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2019 it signed a supply contract with Atlas Ciments for MAD 200 million.", {("customer", "Atlas Ciments")}),
    ("In 2019 it won a contract from the Office National des Chemins de Fer for MAD 1.2 billion.",
     {("customer", "Office National des Chemins de Fer")}),
    ("In 2012 a loan from Attijariwafa Bank for MAD 300 million financed the plant.", {("lender", "Attijariwafa Bank")}),
    ("In 2016 it won a contract from Kenya Power for KES 900 million.", {("customer", "Kenya Power")}),
])
def test_a_currency_code_ends_a_name(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("[[Liberty London|Liberty]] sells them in London.", {("customer", "Liberty London")}),
    ("[[Kirin Company|Kirin]] still distributes them in Japan.", {("customer", "Kirin Company")}),
    ("[[Diageo]] has imported the company's rums since 1990.", {("customer", "Diageo")}),
    ("[[Heineken]] markets it in Asia.", {("customer", "Heineken")}),
])
def test_a_reseller_selling_the_goods_on(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "In 2005 [[Unilever]] sold it to [[Bain Capital]].",
    "[[Unilever]] sells it to [[Bain Capital]] for $2 billion.",
    "[[Suntory]] distributes its whiskies in forty countries.",
    "Since 2001 [[Nestlé]] sells its own brand of bottled water.",
    "In 2004 [[Tesco]] listed its own-label wines.",
])
def test_no_reseller_of_its_own_goods_or_a_buyer_of_the_business(sentence):
    assert not {p for p in _pairs(sentence) if p[0] == "customer"}
