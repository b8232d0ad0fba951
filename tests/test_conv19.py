"""Readings settled in round 19 (tests/gold/README.md, 'Conventions settled across the sets'):
a distributor, importer, dealer or reseller of the company's goods is a customer; a grant-giver
is no relation. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _pairs(sentence: str, lead: str = "'''Acme''' is an engineering company.", title: str = "Acme") -> set[tuple[str, str]]:
    page = Page(title=title, revision=1, wikitext=f"{lead}\n\n{sentence}")
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


@pytest.mark.parametrize("sentence, expected", [
    # a distributor buys the goods and sells them on: a customer, however the sentence tells it
    ("Its pumps are distributed in Chile by [[Vimasa]].", {("customer", "Vimasa")}),
    ("Since 2011 the company's cheeses have been imported into Japan by [[Kanemo Foods]].",
     {("customer", "Kanemo Foods")}),
    ("Its sole distributor in Peru is [[Andina Técnica]].", {("customer", "Andina Técnica")}),
    ("In 2004 [[Grupo Olmeca]] was appointed the company's exclusive importer for Mexico.",
     {("customer", "Grupo Olmeca")}),
    ("In 2019 Acme appointed [[Holtmann Handel]] as its distributor for Austria.", {("customer", "Holtmann Handel")}),
    ("Sales in Poland were handled from 1998 by the Warsaw distributor Technopol.", {("customer", "Technopol")}),
    ("In Norway its valves are sold through Fjordteknikk, a distributor of marine parts.",
     {("customer", "Fjordteknikk")}),
    # not a distributor of its goods: its own venture, and the goods of another it distributes
    ("In India the pumps are distributed by the [[Kirloskar]] joint venture, which also services them.", set()),
    ("The spirits of [[Pernod Ricard]] are distributed in Chile by the company.", set()),
])
def test_a_distributor_of_its_goods_is_a_customer(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "In 2014 the regional development agency [[Invest Wales]] gave the company a grant of £400,000.",
    "The plant was built with a €2 million grant from the [[European Regional Development Fund]].",
    "In 1987 it received subsidies from the [[Ministry of Industry]] to modernise its looms.",
    "A research grant of NOK 5 million from [[Innovation Norway]] paid for the pilot line in 2020.",
])
def test_a_grant_giver_is_no_investor(sentence):
    assert _pairs(sentence) == set()
