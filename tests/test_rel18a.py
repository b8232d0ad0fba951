"""Customers and suppliers named without a link after a trade noun that makes them an
organisation ("the Tunisian glassmaker X", "the yard X"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, expected", [
    ("Its jars are bought from the Portuguese glassmaker Vidralta.", {("supplier", "Vidralta")}),
    ("Offcuts are sold to the tannery Curtumes Alvor.", {("customer", "Curtumes Alvor")}),
    ("Three tugs were ordered from the Polish yard Stocznia Redkowo in 2011.", {("supplier", "Stocznia Redkowo")}),
    ("Castings are bought from the foundry Hutnia Brenn.", {("supplier", "Hutnia Brenn")}),
    ("Buyers include [[Ikea]] and the Estonian wood processor Puidutoo.",
     {("customer", "Ikea"), ("customer", "Puidutoo")}),
])
def test_trade_noun_before_unlinked_name(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a trade that a person may have gives no organisation
    ("Hides are bought from the coffee exporter Abel Tesfaye.", set()),
    # a channel named by its trade is no customer of the maker
    ("Its yachts are sold through the London brokerage Halden.", set()),
])
def test_no_organisation(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the bank that arranges or manages an issue of the company's bonds or shares supplies a service
    ("In 2015 it raised €80 million from Dutch savers, in an issue arranged by [[Rabobank]].", {("supplier", "Rabobank")}),
    ("The shares were listed in 1998; [[Nordea]] managed the offer.", {("supplier", "Nordea")}),
    ("[[Carnegie Investment Bank|Carnegie]] arranged the share offer in 2004.", {("supplier", "Carnegie Investment Bank")}),
])
def test_issue_arrangers(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a takeover offer: the bank works for the bidder
    "[[Lazard]] managed the offer for [[Borealis AG|Borealis]] in 2019.",
])
def test_no_issue_arranger(sentence):
    assert ("supplier", "Lazard") not in _pairs(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # the carrier named after how and where the goods go
    ("Frozen fish is shipped in reefer containers by [[Hapag-Lloyd]].", {("supplier", "Hapag-Lloyd")}),
    ("Salmon is flown from Oslo and Bergen to Tokyo and Seoul by [[Cargolux]].", {("supplier", "Cargolux")}),
])
def test_carriers(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the company sells to a kind of business, then names some of them without a comma
    ("In Poland it sells to hardware chains including [[Castorama]] and [[Leroy Merlin]].",
     {("customer", "Castorama"), ("customer", "Leroy Merlin")}),
    ("It sells to [[Rewe Group|Rewe]].", {("customer", "Rewe Group")}),
    # the buyer is the one supplied, not the label the goods are made for
    ("Since 2019 it has supplied shampoo to [[Aldi]] for the [[Lacura]] label.", {("customer", "Aldi")}),
])
def test_sells_to(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "It sells to 30 countries including [[France]] and [[Japan]].",
    "[[Unilever]] sells to [[Tesco]].",
])
def test_sells_to_nothing(sentence):
    assert _pairs(sentence) == set()


@pytest.mark.parametrize("sentence, expected", [
    # the source is a site; the one that runs or owns it is the supplier
    ("Limestone comes from the Hodonin quarry of [[Heidelberg Materials]].", {("supplier", "Heidelberg Materials")}),
    ("Most of its power comes from wind farms in [[Jutland]] operated by [[Ørsted (company)|Ørsted]].",
     {("supplier", "Ørsted (company)")}),
])
def test_site_then_owner(sentence, expected):
    assert _pairs(sentence) == expected


def test_site_in_a_place_of_a_name():
    # "of" after the place the site is in names no owner
    assert _pairs("Its power comes from wind farms on the [[Isle of Wight]].") == set()


@pytest.mark.parametrize("sentence, expected", [
    # a supplier named before a relative clause that says it supplies
    ("The main source of resin is Harzwerk Kiel GmbH, which has supplied it since 1998.", {("supplier", "Harzwerk Kiel GmbH")}),
    ("In 2022 [[Infineon Technologies|Infineon]], which had supplied most of its power chips, raised prices.",
     {("supplier", "Infineon Technologies")}),
])
def test_which_has_supplied(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # another's supplier: the one supplied is named
    "It sells to [[Tesco]], which had supplied fish to [[Ocado]] before.",
    # a plural verb: the kind of business before the place, not the place, supplies
    "Wool is bought from cooperatives of [[Bayankhongor Province]], which have supplied it since 2010.",
])
def test_which_has_supplied_not(sentence):
    assert not {p for p in _pairs(sentence) if p[0] == "supplier"}


@pytest.mark.parametrize("sentence, expected", [
    # the buyer of the company's own assets is no customer
    ("In 2019 it sold its 1,200 towers in Kenya to [[Helios Towers]].", set()),
    ("The group sold its Polish mills to [[Mondi]] in 2015.", set()),
    # what it makes, sold to a buyer
    ("It sells its clinker to [[Holcim]].", {("customer", "Holcim")}),
])
def test_asset_sales(sentence, expected):
    assert _pairs(sentence) == expected
