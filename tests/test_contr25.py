"""Controversy recall, round 25: a fine named by its sum, an authority's statement, inquiries and requests."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _extract(text, title="Brennholt Foods"):
    page = Page(title=title, revision=1, wikitext=text)
    return [f.value for f in controversies.extract(parse_article(page))]


def _in(section, sentence):
    return _extract(f"'''Brennholt Foods''' makes crackers.\n\n== {section} ==\n{sentence}")


def _types(section, sentence):
    return [e.type for e in _in(section, sentence)]


@pytest.mark.parametrize("sentence", [
    "In March 2021 Brennholt paid the €2.4 million fine without admitting wrongdoing.",
    "The company paid a US$750,000 fine in 2018 for mislabelling its oat bars.",
    "In 2016 it settled its NZ$320,000 fine in instalments.",
    "The Dh 12 million fine imposed in 2020 was the largest of its kind in the emirate.",
])
def test_a_fine_named_by_its_sum_is_a_fine(sentence):
    assert _types("History", sentence) == ["fine"]


@pytest.mark.parametrize("sentence", [
    "In 2019 Brennholt opened a US$40 million fine chemicals plant in Ghent.",
    "The company bought US$3 million fine wine stocks from a merchant in 2015.",
    "In 2012 it paid €3 million for a bakery in Lyon.",
])
def test_a_sum_before_another_sense_of_fine_is_none(sentence):
    assert _in("History", sentence) == []


@pytest.mark.parametrize("sentence", [
    "Prosecutors said in 2019 that managers at two plants had paid inspectors to pass spoiled flour.",
    "The Federal Food Agency said in 2020 that its inspectors had found altered reports at the Linz plant.",
])
def test_an_authority_that_said_tells_a_finding_not_a_reply(sentence):
    assert _types("Controversies", sentence) == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "Brennholt said in 2019 that prosecutors had closed the file.",
    "The company denied in 2020 that inspectors had found any fault.",
    "A spokesman said in 2021 that the regulator's inspectors had been misinformed.",
])
def test_the_company_s_reply_stays_vetoed(sentence):
    assert _in("Controversies", sentence) == []


@pytest.mark.parametrize("sentence", [
    "The Food Standards Commission said in May 2022 that it was making inquiries about the labels.",
    "In 2018 the trading standards office made preliminary enquiries into the company's loyalty scheme.",
    "The Consumer Safety Agency had asked the company for an explanation in April 2017.",
    "In 2021 the ombudsman asked the group to hand over its complaint files.",
])
def test_inquiries_and_requests_for_an_explanation_are_an_investigation(sentence):
    assert _types("Controversies", sentence) == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "In 2019 Brennholt asked its suppliers for information on the origin of their oats.",
    "The company made inquiries about buying a mill in Poland in 2014.",
])
def test_the_company_s_own_inquiries_are_none(sentence):
    assert _in("Controversies", sentence) == []


def test_inquiries_outside_a_controversy_section_are_none():
    assert _in("History", "The Food Standards Commission said in May 2022 that it was making inquiries about the labels.") == []


@pytest.mark.parametrize("sentence", [
    "In May 2014 the Food Safety Agency banned the sale of Brennholt crackers after salmonella was found.",
    "In 2009 the consumer-protection authority suspended the sale of Tarvosi and two other Latvian brands.",
])
def test_an_authority_banning_goods_named_by_a_brand_is_a_sanction(sentence):
    assert _types("History", sentence) == ["fine"]


@pytest.mark.parametrize("sentence", [
    "In 2010 the government banned the sale of alcohol at petrol stations.",
    "In 2015 the ministry banned the import of used cars.",
])
def test_a_ban_on_common_goods_is_none(sentence):
    assert _in("History", sentence) == []


@pytest.mark.parametrize("sentence", [
    "A batch of its rye crackers sold by Tesco was recalled in the United Kingdom in March 2019 after glass was found.",
    "In 2017 about 40,000 tins were recalled across Sweden over a faulty seal.",
])
def test_a_recall_told_in_the_passive_is_a_recall(sentence):
    assert _types("History", sentence) == ["recall"]


@pytest.mark.parametrize("sentence", [
    "Its founder was recalled to the board in 2011.",
    "In 2005 Ola Berg, its first baker, was recalled as a generous employer.",
    "Over two million tins have been recalled since 2017.",
])
def test_a_person_recalled_or_a_tally_of_recalls_is_none(sentence):
    assert _in("History", sentence) == []
