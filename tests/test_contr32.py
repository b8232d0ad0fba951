"""Round 32 of issue 14, controversies on new text. Every sentence here is written for the test
(invented companies and places)."""

from __future__ import annotations

import pytest

from tests.test_contrtypes22 import _facts, _types


# Residents, villagers or farmers that began to protest against the company, or that protested (or
# began to) that their land had been taken or their water polluted: a protest (other), anywhere in
# the article, dated by the protest.
@pytest.mark.parametrize("sentence, date", [
    ("Farmers of Kelbrin village began to protest in 2004 that land had been taken for the company's clay pit "
     "without compensation.", "2004"),
    ("In 2011 villagers from Ostova and two neighbouring hamlets began to protest that about 200 hectares of their "
     "grazing land had been taken for the plant's ash ponds.", "2011"),
    ("Fishermen at Port Sarne protested in 2019 that the lagoon had been polluted by effluent from the cannery.", "2019"),
    ("Residents of Halden began protesting against the mine's night blasting in May 2015.", "2015-05"),
])
def test_a_protest_of_residents_that_land_was_taken_is_a_protest(sentence, date):
    for section in ("History", "Controversies"):
        assert [(f.type, f.date.iso) for f in _facts(sentence, section)] == [("other", date)]


@pytest.mark.parametrize("sentence", [
    # a protest of its own employees is their strike or nothing here, and a feeling is no protest
    "In 2012 residents said that the land had been taken long before the company bought the site.",
    "Farmers began to plant cassava in 2004 on land that had been taken out of the company's lease.",
])
def test_no_protest_of_residents(sentence):
    assert _types(sentence) == []


# Villagers who blocked a road: the party may be followed by one appositive set off by commas.
@pytest.mark.parametrize("sentence", [
    "On 3 May 2018 villagers from Tarvel and Ossa, backed by the regional farmers' league, blocked the access "
    "road to the dam site for six weeks.",
    "In 2020 residents, angered by the dust from its trucks, blocked the quarry road for three days.",
])
def test_a_road_blocked_by_villagers_after_an_appositive_is_a_protest(sentence):
    assert _types(sentence) == ["other"]


def test_a_blocked_road_needs_the_party_to_block_it():
    # the police blocked the road; the villagers only gathered
    assert _types("In 2020 villagers, who had gathered at the gate, said that the police blocked the road.") == []


# A union, workers or their families that took the dismissals or their case to a court or to
# arbitration: the opening step of a suit against the company (lawsuit), anywhere in the article.
@pytest.mark.parametrize("sentence", [
    "The Dockers' Union of Varnholm took the dismissals to the labour court, which ordered the reinstatement of "
    "22 workers in March 2016.",
    "The General Union of Foundry Workers took their case to a labour tribunal, which ruled for them in 2019.",
    "In 2021 the union UNITRA took the sackings of the others to the Lower Ossa Industrial Court.",
])
def test_a_union_that_took_its_case_to_a_court_opens_a_suit(sentence):
    assert _types(sentence) == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    # the union took something else somewhere, or took its case to the public
    "The union took its case to the shareholders' meeting in 2018 and asked them to vote against the pay plan.",
    "In 2019 the workers took their families to the court square for a concert.",
])
def test_no_case_taken_to_a_court(sentence):
    assert _types(sentence) == []


# A protest told in the first clause before an authority's order in a later one: the protest, the
# first step, types and dates the sentence (the order row alone would make it the later fine).
def test_a_protest_told_before_an_order_types_and_dates_the_sentence():
    for section in ("History", "Controversies"):
        facts = _facts("Residents of Morrow protested in 2013 that their wells had been polluted by the tannery; "
                       "three years later the regional council ordered the company to clean up the stream.", section)
        assert [(f.type, f.date.iso) for f in facts] == [("other", "2013")]
