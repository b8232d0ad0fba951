"""Round 26 of issue 14, controversies: sections whose headings tell labour disputes or the
company's safety and environmental record, and a heading that gives an alias's noun two modifiers
("Legal and regulatory issues"), are controversy sections, where the weaker cues count too.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _types(body: str, section: str) -> list[str]:
    page = Page(title="Brannock Mills", revision=1,
                wikitext=f"'''Brannock Mills''' makes towels.\n== {section} ==\n{body}")
    return [f.value.type for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("heading", [
    "Legal and regulatory issues", "Legal and regulatory problems", "Social and labour issues",
])
def test_two_modifiers_of_an_alias_noun_make_a_controversy_heading(heading):
    aliases = controversies.table().sections
    assert controversies.is_controversy_heading(heading, aliases)


@pytest.mark.parametrize("heading", ["Sales and marketing", "Products and services", "Research and development",
                                     "Regulatory approvals", "Legal and general"])
def test_other_headings_with_and_stay_no_controversy_heading(heading):
    assert not controversies.is_controversy_heading(heading, controversies.table().sections)


@pytest.mark.parametrize("heading", ["Labour relations", "Labor relations", "Industrial relations",
                                     "Safety and environment", "Legal and regulatory issues"])
def test_a_buyers_suspension_in_such_a_section_is_a_boycott(heading):
    sentence = "Harrow & Finch suspended new orders for three months in 2021 while an audit was carried out."
    assert _types(sentence, heading) == ["boycott"]
    assert _types(sentence, "Operations") == []


def test_an_appeal_in_a_legal_and_regulatory_section_is_a_lawsuit():
    sentence = "Brannock appealed to the administrative court in Tampere, which ruled against it in 2019."
    assert _types(sentence, "Legal and regulatory issues > Finland") == ["lawsuit"]
    assert _types(sentence, "Corporate affairs") == []


@pytest.mark.parametrize("sentence", [
    "Ostervik countersued in Delaware.",
    "Ostervik Locks counter-claimed for the revocation of the patent the following month.",
])
def test_another_partys_counter_suit_in_a_legal_section_is_a_lawsuit(sentence):
    body = "In March 2022 Brannock sued Ostervik Locks, claiming that its hinges copied a Brannock patent. " + sentence
    assert _types(body, "Litigation") == ["lawsuit", "lawsuit"]


def test_the_companys_own_counterclaim_is_left_as_it_was():
    body = ("In 2019 a supplier began arbitration against Brannock over the unpaid price of a dye line. "
            "The company counterclaimed for lost production.")
    assert _types(body, "Legal issues") == ["lawsuit"]
