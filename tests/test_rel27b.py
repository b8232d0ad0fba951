"""Round 27 (rel27b): relation types and precision on new text. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors.relations import _a_place_to_the_reader
from kg.model import Entity
from kg.sources.page import Page
from kg.text.parse import parse_article
from tests.test_relations_round14 import _found
from tests.test_relations_round16b import _typed


@pytest.mark.parametrize("sentence, body", [
    ("It tested a low-noise drying kiln with the [[Universidad de Tarnbrook]] in 2021.", "Universidad de Tarnbrook"),
    ("Since 2016 it has tested cassava starch films with the [[Universidade Federal de Quarnvale]].",
     "Universidade Federal de Quarnvale"),
])
def test_a_universidad_or_universidade_is_a_research_body(sentence, body):
    found = _found(sentence)
    assert _typed(found, "researchCollaborator") == {body} and not _typed(found, "partner")


@pytest.mark.parametrize("sentence, body", [
    ("The company has funded work on low-sulphur binders with [[Tarnbrook University]] since 2014.",
     "Tarnbrook University"),
    ("Acme has run soil trials with the [[Quarnvale Institute of Agronomy]], which it funds, since 2012.",
     "Quarnvale Institute of Agronomy"),
    ("It has funded groundwater monitoring with the [[Borvik Research Centre]] since 2009.", "Borvik Research Centre"),
    ("Since 2019 it has tested recycled copper with [[Tarnbrook University]] in a programme part-funded by the state.",
     "Tarnbrook University"),
])
def test_work_the_company_funds_with_a_research_body_is_research(sentence, body):
    found = _found(sentence)
    assert _typed(found, "researchCollaborator") == {body} and not _typed(found, "partner")


@pytest.mark.parametrize("sentence", [
    "Acme has sponsored the annual Acme Prize at [[Tarnbrook University]] since 2012.",
    "The company donated a library to [[Tarnbrook University]] in 2015.",
])
def test_a_gift_to_a_university_stays_no_research(sentence):
    assert not _typed(_found(sentence), "researchCollaborator")


@pytest.mark.parametrize("sentence", [
    "In 2004 it set up Quarn Aggregates, a quarrying business in Veracruz, with the American producer "
    "[[Tarnbrook Materials]], which holds the remaining 40 per cent.",
    "For the tender it formed a consortium with the German shipping line [[Tarnbrook Materials]], which took 40 per cent "
    "of the bidding company, Acme Quarn Terminais.",
    "In 2011 Acme established Quarn Cold Stores with [[Tarnbrook Materials]], which owns 49 per cent.",
])
def test_a_partner_holding_a_share_of_what_was_set_up_with_it_is_a_venture_partner(sentence):
    found = _found(sentence)
    assert _typed(found, "jointVenturePartner") == {"Tarnbrook Materials"} and not _typed(found, "partner")


@pytest.mark.parametrize("sentence", [
    "In 2012 it partnered with [[Tarnbrook Materials]], which holds 12 per cent of the company.",
    "In 2015 it formed a marketing alliance with [[Tarnbrook Materials]], which holds 12 per cent of its shares.",
])
def test_a_partner_holding_a_share_of_the_company_is_no_venture_partner(sentence):
    assert not _typed(_found(sentence), "jointVenturePartner")


def _article(text: str):
    return parse_article(Page(title="Acme", revision=1,
                              wikitext=f"'''Acme''' is a Moroccan fertiliser company.\n\n== History ==\n{text}"))


@pytest.mark.parametrize("name", ["Quarnby", "Tarvo Hills"])
def test_a_name_written_after_near_is_a_place_to_the_learned_reader(name):
    article = _article(f"Acme has run a test farm with [[Tarvo University]] near {name} since 2017.")
    assert _a_place_to_the_reader(Entity(name), article)


@pytest.mark.parametrize("name, place", [
    ("Estadio Quarnvale", True), ("Quarnvale Stadium", True), ("Tarvo Arena", True),
    ("Quarnvale Foods", False), ("Tarvo Arena Group", False),
])
def test_a_stadium_or_arena_is_a_place_to_the_learned_reader(name, place):
    article = _article(f"Acme kept its sponsorship of the club through the 2019 scandal at the {name}.")
    assert _a_place_to_the_reader(Entity(name), article) is place
