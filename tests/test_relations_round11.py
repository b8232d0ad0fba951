"""Round 11: relation rules read from the wrong relations of blind8-blind10 (docs/relations.md,
"Round 11"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.evaluation.predictions import Prediction
from kg.evaluation.relations import matches
from tests.test_relations_round9 import _pairs


def _row(sentence: str) -> Prediction:
    return Prediction(type="investor", date=None, sentence=sentence, section="Ownership",
                      participants=("harbour pension fund",))


def test_a_table_row_matches_the_gold_quote_of_its_stripped_cells():
    item = {"type": "investor", "counterparty": "Harbour Pension Fund", "evidence": "Harbour Pension Fund  4.4%"}
    assert matches("relations", _row("Harbour Pension Fund – 4.4%"), item, strict=False)
    assert matches("relations", _row("Harbour Pension Fund 4.4%"), item, strict=False)
    # another row's figure is still another quote
    assert not matches("relations", _row("Harbour Pension Fund – 5.4%"), item, strict=False)


@pytest.mark.parametrize("sentence, expected", [
    # a lender is no supplier; since round 15 it is a lender (tests/gold/README.md, "Lenders")
    ("Its bank loans come from [[Nordea]], [[ABN AMRO]] and [[Piraeus Bank]].",
     {("lender", "Nordea"), ("lender", "ABN AMRO"), ("lender", "Piraeus Bank")}),
    ("Its credit lines come mainly from [[Danske Bank]].", {("lender", "Danske Bank")}),
    ("Most of its debt comes from [[Rabobank]].", set()),
    # goods still come from a supplier
    ("Its hull steel comes from [[Dillinger Hütte]].", {("supplier", "Dillinger Hütte")}),
])
def test_a_lender_is_no_supplier(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # ships sold for a price are assets sold, not goods sold to a customer
    ("In 2008 Acme sold the ''Hydra'' and its sister ship ''Naxos'' to [[Golden Ocean Group]] for a combined "
     "$94 million.", set()),
    ("In 2011 it sold two tankers to [[Frontline]] for an undisclosed sum.", set()),
    ("In 2011 it sold two tankers to [[Frontline]] for a total of $80 million.", set()),
    # what it sells as its trade, with no price, is still a sale to a customer
    ("Since 2011 it has sold tankers to [[Frontline]].", {("customer", "Frontline")}),
])
def test_a_sale_for_a_combined_or_undisclosed_price_is_no_customer(sentence, expected):
    assert _pairs(sentence) == expected


def _article(text: str):
    from tests.test_relations_round9 import Page, parse_article
    return parse_article(Page(title="Acme", revision=1, wikitext=f"'''Acme''' is an outdoor clothing company.\n\n{text}"))


def test_the_learned_reader_takes_no_town_or_city_for_a_party():
    from kg.extractors.relations import _a_place_to_the_reader
    from kg.model import Entity
    article = _article("In 2008 it bought Fellside Outerwear, a maker of jackets in [[Keswick]], England.\n\n"
                       "In 2012 it bought Cedar Rainwear of [[Halifax, Nova Scotia|Halifax]].\n\n"
                       "Its zips come from [[Riri Group|Riri]], whose plant is in Mendrisio.")
    assert _a_place_to_the_reader(Entity("Keswick", "Keswick"), article)  # "in Keswick, England"
    assert _a_place_to_the_reader(Entity("Halifax", "Halifax, Nova Scotia"), article)  # a city by the gazetteer
    assert not _a_place_to_the_reader(Entity("Riri", "Riri Group"), article)
    assert not _a_place_to_the_reader(Entity("Fellside Outerwear"), article)


@pytest.mark.parametrize("sentence, expected", [
    # the counterparty resells the company's goods under the agreement: a customer
    ("In 2003 Acme signed an agreement with [[Heineken]] under which the Dutch brewer would distribute its beer "
     "in France.", {("customer", "Heineken")}),
    ("In 1999 Acme signed an agreement with [[Kirin Company|Kirin]] under which Kirin Beverage would import "
     "and distribute Acme lager.", {("customer", "Kirin Company")}),
    # the company resells the counterparty's goods: no customer (the type stays as before)
    ("In 2003 Acme signed an agreement with [[Nikon]] under which Acme would distribute Nikon cameras in Kenya.",
     {("partner", "Nikon")}),
    ("In 2003 Acme signed an agreement with [[Nikon]] under which it would distribute Nikon cameras in Kenya.",
     {("partner", "Nikon")}),
])
def test_an_agreement_under_which_the_counterparty_resells_makes_a_customer(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    # a smaller town's name that begins the one linked company is that company
    ("In 2007 it ordered six bulk carriers from [[Imabari Shipbuilding]] in Japan.\n\n"
     "In 2024 it ordered four more ships from Imabari, for delivery in 2027.",
     {("supplier", "Imabari Shipbuilding")}),
    # unless the article writes it as a place
    ("In 2007 it ordered six bulk carriers from [[Imabari Shipbuilding]].\n\n"
     "The yard is in Imabari, a city on Shikoku. In 2024 it ordered four more ships from Imabari.",
     {("supplier", "Imabari Shipbuilding")}),
])
def test_a_town_name_that_begins_a_linked_company_stands_for_it(text, expected):
    assert _pairs(text) == expected


def _listed(heading: str, items: str) -> set[tuple[str, str]]:
    return _pairs(f"== Operations ==\n=== {heading} ===\n{items}")


def test_a_wholesale_list_names_customers():
    got = _listed("Wholesale and partners", "* [[Galeries Lafayette]] – its jackets in France, since 2016\n"
                                            "* Alpenhaus Sport – a Swiss chain of 12 shops\n")
    assert got == {("customer", "Galeries Lafayette"), ("customer", "Alpenhaus Sport")}


def test_a_list_of_another_trade_and_suppliers_names_suppliers():
    got = _listed("Crewing and suppliers", "* [[Iridium Communications|Iridium]] – satellite telephones\n"
                                           "* Baltic Crew Services – Latvian officers, since 2011\n")
    assert got == {("supplier", "Iridium Communications"), ("supplier", "Baltic Crew Services")}


def test_a_partners_and_suppliers_list_still_types_each_item_by_its_words():
    got = _listed("Partners and suppliers", "* [[Uppsala University]] – joint research on batteries\n"
                                            "* [[IFK Göteborg]] – shirt sponsorship since 2015\n")
    assert got == {("researchCollaborator", "Uppsala University"), ("partner", "IFK Göteborg")}


@pytest.mark.parametrize("item, expected", [
    ("* Hostinec Group – pub chain, supplied since 2009", {("customer", "Hostinec Group")}),
    ("* [[Finnair]] – served Acme on its flights from 2004", {("customer", "Finnair")}),
    ("* Kauppa Oy – a Finnish chain of 40 supermarkets", {("customer", "Kauppa Oy")}),
])
def test_customer_words_of_a_described_item(item, expected):
    assert _listed("Customers and partners", item + "\n") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Its main charterers in 2023 were [[Bunge]], [[Glencore]] and [[Anglo American]].",
     {("customer", "Bunge"), ("customer", "Glencore"), ("customer", "Anglo American")}),
    ("About a third of its cider is sold in supermarkets, the largest buyers being [[Sainsbury's]] and [[Asda]].",
     {("customer", "Sainsbury's"), ("customer", "Asda")}),
])
def test_charterers_and_buyers_being_are_customers(sentence, expected):
    assert _pairs(sentence) == expected


_BOX = "{{Infobox company\n| name = Acme\n| parent = %s\n| owner = %s\n}}"


@pytest.mark.parametrize("parent, owner, expected", [
    # a linked parent that is also an owner bought control from outside: an investor
    ("[[Tencent]]", "[[Tencent]] (58%)", {("investor", "Tencent")}),
    # an unlinked holding company, or a parent that is no owner, stays the company's own side
    ("Acme Holdings Ltd.", "Acme Holdings Ltd. (70%)", set()),
    ("[[Tencent]]", "[[Norges Bank]] (4%)", set()),
])
def test_a_linked_parent_that_is_an_owner_is_an_investor(parent, owner, expected):
    sentence = {"[[Tencent]]": "In 2019 [[Tencent]] bought 58 per cent of the company for €600 million.",
                "Acme Holdings Ltd.": "In 2019 Acme Holdings Ltd. bought 70 per cent of the company for €600 million."}[parent]
    assert _pairs(sentence, infobox=_BOX % (parent, owner)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a unit named before a linked organisation is the organisation's
    ("Since 2019 it has worked with the Game Research Lab of [[Aalborg University]].",
     {("researchCollaborator", "Aalborg University")}),
    ("Since 2015 it has partnered with the Hartley Department of Mining Engineering of [[Colorado School of Mines]].",
     {("partner", "Colorado School of Mines")}),
    # a place after "of" stays part of the name
    ("It has worked with the National Supercomputing Centre of [[Singapore]] since 2018.",
     {("partner", "National Supercomputing Centre of Singapore")}),
])
def test_a_unit_of_a_linked_organisation_is_that_organisation(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a lender that converts its loans into shares becomes a shareholder
    ("In 1994 a group of banks led by [[Rabobank]] converted €20 million of loans into shares.",
     {("investor", "Rabobank")}),
    ("In 2003 its bank, [[Danske Bank]], converted DKK 50 million of loans into a 30 per cent stake.",
     {("investor", "Danske Bank")}),
    ("The company emerged in 2009 with its lender, [[Fortis]], converting $40 million of loans into 55 per cent "
     "of the shares.", {("investor", "Fortis")}),
    # the company converting what it lent is no investor of its own
    ("In 2012 Acme converted its loans to [[Volvo]] into shares.", set()),
])
def test_a_lender_that_converts_loans_into_shares_is_an_investor(sentence, expected):
    assert _pairs(sentence) == expected
