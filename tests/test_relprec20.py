"""Relations precision on unseen text (round 20): orders won from a buyer, a court's order,
talks that came to nothing, an asset bought once for a price, and a year counted from the date
told before the cue ("the following year"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_relation_cues_unseen import _pairs


def _dated(sentence: str) -> set[tuple[str, str, str | None]]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is an engineering company.\n\n{sentence}")
    found = set()
    for f in relations.extract(parse_article(page)):
        date = dict(f.qualifiers).get("date")
        found.add((f.prop, f.value.title or f.value.label, date.iso if date else None))
    return found


@pytest.mark.parametrize("sentence, expected", [
    ("In 2003 the company won its first export orders from [[Siemens]].", {("customer", "Siemens")}),
    ("It received its first large orders from [[Daimler-Benz]] in 1952.", {("customer", "Daimler-Benz")}),
    ("After the war it won repeat orders from the Swedish railway [[Statens Järnvägar]].",
     {("customer", "Statens Järnvägar")}),
    ("In 2010 it received an order for 40 locomotives from [[Deutsche Bahn]].", {("customer", "Deutsche Bahn")}),
    # the company ordering stays the buyer
    ("In 1990 it ordered three tankers from [[Hyundai Heavy Industries]].", {("supplier", "Hyundai Heavy Industries")}),
    ("It orders most of its steel from [[ArcelorMittal]].", {("supplier", "ArcelorMittal")}),
])
def test_orders_won_from_a_buyer(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "On 3 May 2021 the company obtained an initial order under the CCAA from the [[Ontario Superior Court of Justice]], "
    "with [[Ernst & Young]] as monitor.",
    "In 2019 it obtained a creditor protection order from the [[High Court of Ireland]], with [[Grant Thornton]] as examiner.",
    "In 2009 it received an order under Chapter 11 from the [[United States Bankruptcy Court for the District of Delaware]].",
])
def test_a_courts_order_is_no_purchase(sentence):
    assert _pairs(sentence) == set()


@pytest.mark.parametrize("sentence", [
    "Talks on a joint venture with [[Tata Group|Tata]] to build a plant in India collapsed in 2015.",
    "Negotiations with [[Veolia]] on a water partnership broke down in 2009.",
    "After failed joint-venture talks with [[Holcim]] in 2003, it built the plant alone.",
    "Discussions on a research collaboration with [[ETH Zurich]] were abandoned in 2018.",
])
def test_talks_that_came_to_nothing(sentence):
    assert _pairs(sentence) == set()


def test_talks_that_led_to_a_venture_still_count():
    assert _pairs("In 2015 it formed a joint venture with [[Tata Group|Tata]] after two years of talks.") == \
        {("jointVenturePartner", "Tata Group")}


@pytest.mark.parametrize("sentence, expected", [
    ("Two used ferries were bought from [[Stena Line]] in 2007 for €40 million.", set()),
    ("The Numan sugar mill was bought from the [[Bureau of Public Enterprises]] for ₦9.8 billion in 2006.", set()),
    ("In 1998 a second-hand dredger was purchased from [[Boskalis]] for US$12 million, and refitted at Rotterdam.", set()),
    # a price a unit, or no price: a standing supply
    ("Its cocoa beans are bought from the [[Ghana Cocoa Board]] for $2,500 a tonne.", {("supplier", "Ghana Cocoa Board")}),
    ("Most of its timber was bought from [[Weyerhaeuser]] under a ten-year contract.", {("supplier", "Weyerhaeuser")}),
])
def test_an_asset_bought_once_for_a_price(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("After the United States–Vietnam Bilateral Trade Agreement took effect in December 2001, the company won its "
     "first American orders from [[Gap Inc.|Gap]] the following year.", {("customer", "Gap Inc.", "2002")}),
    ("When the new mill opened in 1987, the company signed a supply agreement with [[Unilever]] two years later.",
     {("customer", "Unilever", "1989")}),
    ("After its listing in March 2010, it won its first export orders from [[Siemens]] a year later.",
     {("customer", "Siemens", "2011")}),
    # a year written in the cue's own part stays its date
    ("In 2004 it signed a supply agreement with [[Unilever]], and in 2006 it won orders from [[Nestlé]].",
     {("customer", "Unilever", "2004"), ("customer", "Nestlé", "2006")}),
])
def test_a_year_counted_from_the_date_before(sentence, expected):
    assert _dated(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2005 the state-owned Holding Company for Pharmaceuticals, Chemicals and Medical Appliances took a 21 per cent "
     "stake.", {("investor", "Holding Company for Pharmaceuticals, Chemicals and Medical Appliances")}),
    ("In 1999 the Arab Organization for Industry, Mining and Energy bought 20 per cent of the company.",
     {("investor", "Arab Organization for Industry, Mining and Energy")}),
    ("In 2012 the Federation of Textiles, Clothing and Leather Goods signed a partnership agreement with the company.",
     {("partner", "Federation of Textiles, Clothing and Leather Goods")}),
    # linked names after a body's name stay names of their own
    ("In 2008 the company formed a joint venture with the Ministry of Energy, [[Gazprom]] and [[Rosneft]].",
     {("jointVenturePartner", "Ministry of Energy"), ("jointVenturePartner", "Gazprom"),
      ("jointVenturePartner", "Rosneft")}),
])
def test_a_body_named_by_a_list_of_its_fields(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("An agreement with the [[Dutch Flower Group]] was reached in 2012 to supply roses for the group's supermarkets.",
     {("customer", "Dutch Flower Group")}),
    ("In 2015 the company signed an agreement with [[Tesco]] to supply own-label tea for its stores.",
     {("customer", "Tesco")}),
    ("In 2009 it signed a five-year agreement with [[Carrefour]] to pack fruit juice under the retailer's own label.",
     {("customer", "Carrefour")}),
    ("In 2019 it signed a ten-year agreement with the railway operator [[Deutsche Bahn]], the largest in its history, "
     "to deliver 40 trains.", {("customer", "Deutsche Bahn")}),
    # the counterparty supplies, a licence, or work that is not a sale: unchanged
    ("In 2011 it signed an agreement with [[Gazprom]] to supply it with gas until 2030.", {("partner", "Gazprom")}),
    ("In 2003 it signed a licence agreement with [[Zanussi]] to supply washing machines.", {("partner", "Zanussi")}),
    ("In 2018 it signed an agreement with [[BASF]] to develop new coatings.", {("partner", "BASF")}),
])
def test_an_agreement_to_supply_the_counterparty(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("[[Morgan Stanley]] and [[Barclays]] led the offering, with [[Jefferies Group|Jefferies]] as a co-manager.",
     {("supplier", "Morgan Stanley"), ("supplier", "Barclays"), ("supplier", "Jefferies Group")}),
    ("The flotation was managed by [[UBS]], with [[Macquarie Group|Macquarie]] as co-lead manager.",
     {("supplier", "UBS"), ("supplier", "Macquarie Group")}),
    ("In 2014 it listed on the Oslo Stock Exchange, with [[DNB ASA|DNB]] as financial adviser.", {("supplier", "DNB ASA")}),
    # another role after "as" is not a bank's
    ("In 2010 it formed a joint venture with [[Siemens]] as a partner.", {("jointVenturePartner", "Siemens")}),
])
def test_a_bank_named_with_its_role_in_an_offering(sentence, expected):
    assert _pairs(sentence) == expected


def test_the_co_manager_takes_the_offering_date():
    assert ("supplier", "Jefferies Group", "2017-06") in _dated(
        "In June 2017 the company listed on the Nasdaq. [[Morgan Stanley]] and [[Barclays]] led the offering, "
        "with [[Jefferies Group|Jefferies]] as a co-manager.")


@pytest.mark.parametrize("sentence, expected", [
    ("In 1995 it raised $2 million from a group of investors led by the former [[Dallas Cowboys]] quarterback "
     "Roger Staubach.", set()),
    ("In 2001 it raised $2 million from a group of investors led by the former [[Royal Dutch Shell|Shell]] geologist "
     "Jan de Vries.", set()),
    ("In 1988 it sold its first franchise to a group of investors led by the former [[Cincinnati Bengals]] lineman "
     "Tom Hale, who opened four restaurants.", set()),
    # a former unit, carrier or monopoly is still the party
    ("In 2010 it signed a partnership agreement with the former [[Gazprom]] subsidiary [[Gazprom Neft]].",
     {("partner", "Gazprom Neft")}),
    ("In 2011 it formed a joint venture with the former state monopoly [[Telekom Austria]].",
     {("jointVenturePartner", "Telekom Austria")}),
])
def test_a_persons_former_employer_is_no_party(sentence, expected):
    assert _pairs(sentence) == expected
