"""Customers and suppliers named after a kind of business ("sold to importers, among them X"),
several "and from" suppliers in one clause, and buyers the company "supplies". Each sentence is
written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, expected", [
    # a kind of business first, then the names it counts
    ("Its pipes are sold to Danish builders and utilities, among them [[Aarsleff]] and [[HOFOR]].",
     {("customer", "Aarsleff"), ("customer", "HOFOR")}),
    ("Resin is bought from 12 chemical firms, including [[Covestro]].", {("supplier", "Covestro")}),
    ("Copper is bought from [[Aurubis]] and from Chilean smelters, among them [[Codelco]].",
     {("supplier", "Aurubis"), ("supplier", "Codelco")}),
    # one "and from" after another in the same clause
    ("Gearboxes are bought from [[ZF Friedrichshafen|ZF]] of Friedrichshafen and from [[Voith]], and axles from [[Dana Incorporated|Dana]].",
     {("supplier", "ZF Friedrichshafen"), ("supplier", "Voith"), ("supplier", "Dana Incorporated")}),
    # the company supplies a named buyer
    ("In Mexico the company supplies [[Bimbo]] and [[Grupo Lala]].", {("customer", "Bimbo"), ("customer", "Grupo Lala")}),
    ("Since 2011 it has supplied [[Carlsberg Group|Carlsberg]] in Denmark.", {("customer", "Carlsberg Group")}),
])
def test_found(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the supplier is the one that supplies the company
    ("[[Voith]] has supplied the company since 1990.", {("supplier", "Voith")}),
    ("[[Voith]] supplies Acme with gearboxes.", {("supplier", "Voith")}),
    # no organisation named after the kind of business or the verb
    ("It supplies Danish utilities.", set()),
    ("It supplies [[Germany]] and [[Sweden]] with cement.", set()),
    # what is sold is not the company's: whose division, the sentence does not say
    ("The division was sold to private equity firms, among them [[Blackstone Inc.|Blackstone]].", set()),
    # another's supply, told in a relative clause
    ("The mill, which supplies [[Stora Enso]], was bought by a fund in 2010.", set()),
])
def test_not_found(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # tenants, lessees and advertisers of the company are its customers
    ("Its tenants are [[Vodafone]], [[Telia Company|Telia]] and [[Tele2]].",
     {("customer", "Vodafone"), ("customer", "Telia Company"), ("customer", "Tele2")}),
    ("Its lessees include [[Ryanair]] and [[Wizz Air]].", {("customer", "Ryanair"), ("customer", "Wizz Air")}),
    ("Among its largest advertisers are [[Unilever]] and [[Allegro (company)|Allegro]].",
     {("customer", "Unilever"), ("customer", "Allegro (company)")}),
])
def test_customer_nouns(sentence, expected):
    assert _pairs(sentence) == expected


def test_date_after_and_is_of_the_next_party():
    page = Page(title="Acme", revision=1, wikitext="'''Acme''' is a tower company.\n\n"
                "Its tenants are [[Vodafone]], [[Telia Company|Telia]] and, since 2019, [[Tele2]].")
    dates = {f.value.title: [q[1].iso for q in f.qualifiers if q[0] == "date"]
             for f in relations.extract(parse_article(page))}
    assert dates == {"Vodafone": [], "Telia Company": [], "Tele2": ["2019"]}


@pytest.mark.parametrize("sentence, expected", [
    # made for the company, or under contract, by another
    ("Its gearboxes are assembled under contract by [[Jabil]] in Tczew.", {("supplier", "Jabil")}),
    ("Brightfield, a line of pet foods made for the company by [[Mars Inc.|Mars]], was launched in 2019.",
     {("supplier", "Mars Inc.")}),
    # made under licence by another: a licensee, not a supplier
    ("Helmets bearing the Acme name have been made under licence by [[Shoei]] since 2004.", set()),
])
def test_made_for_the_company(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "sold to A and to B": one more buyer of the same goods
    ("Its turbines are sold mainly to [[Vattenfall]] and to [[Ørsted (company)|Ørsted]].",
     {("customer", "Vattenfall"), ("customer", "Ørsted (company)")}),
    ("Its beer is sold to [[Carrefour]] and, since 2018, to [[Auchan]].", {("customer", "Carrefour"), ("customer", "Auchan")}),
    # what else is sold after "and" may be a business of the company: not a customer
    ("It sold cement to [[Cemex]] and its Polish unit to [[Holcim]].", {("customer", "Cemex")}),
])
def test_and_to_another_buyer(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "also" between the auxiliary and the participle of a passive cue
    ("Gear units are also supplied to [[Yaskawa Electric Corporation|Yaskawa]] under a contract signed in 2014.",
     {("customer", "Yaskawa Electric Corporation")}),
    ("Its cabins are also built by [[Doppelmayr]].", {("supplier", "Doppelmayr")}),
    # the company's own owners or managers are no suppliers
    ("Acme was also managed by [[Blackstone Inc.|Blackstone]].", set()),
])
def test_also_in_a_passive(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the builder of a plant, mill or furnace the article tells of
    ("The cement plant was built by [[FLSmidth]] and opened in 1998.", {("supplier", "FLSmidth")}),
    ("A third mill, a paper mill built by [[Andritz]], opened in 2004.", {("supplier", "Andritz")}),
    # a mill the company bought from its first owner: its builder built it for another
    ("The mill, built by [[Valmet]] in 1950, was bought by Acme in 1990.", set()),
    # the company built it itself
    ("The plant was built by Acme in 1990.", set()),
])
def test_builder_of_a_plant(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # supplied to the company under an agreement with X: X supplies
    ("Laboratory equipment is supplied under long-term agreements with [[Roche]] and [[Abbott Laboratories|Abbott]].",
     {("supplier", "Roche"), ("supplier", "Abbott Laboratories")}),
    ("Its turbines are serviced under a ten-year maintenance agreement with [[Rolls-Royce Holdings|Rolls-Royce]].",
     {("supplier", "Rolls-Royce Holdings")}),
    # supplied by the company to others under a contract with X: X buys
    ("Its cement is supplied to builders under a contract with [[Vinci SA|Vinci]].", {("customer", "Vinci SA")}),
])
def test_supplied_under_an_agreement(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("lead, expected", [
    ("Among its larger contracts:", {("customer", "Statoil"), ("customer", "Norsk Hydro")}),
    ("Besides its own cargo, the company carries freight for:", {("customer", "Statoil"), ("customer", "Norsk Hydro")}),
    ("Its main customers have been:", {("customer", "Statoil"), ("customer", "Norsk Hydro")}),
])
def test_list_after_a_lead(lead, expected):
    items = "* [[Statoil]] – a data network for its platforms, since 2012\n* [[Norsk Hydro]] – radio links at the Sunndal plant"
    assert _pairs(f"{lead}\n{items}") == expected


def test_a_cooperative_keeps_the_word_in_its_name():
    assert _pairs("Wool is bought from 20 cooperatives, among them the Tsagaan Nuur cooperative and the "
                  "Khan Uul cooperative of [[Arkhangai Province]].") == {
        ("supplier", "Tsagaan Nuur cooperative"), ("supplier", "Khan Uul cooperative")}
