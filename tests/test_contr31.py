"""Round 31 of issue 14, controversies on new text. Every sentence here is written for the test
(invented companies and places)."""

from __future__ import annotations

import pytest

from tests.test_contrtypes22 import _types


# An authority that closed, shut or sealed a site of the company, told before the harm it found
# (a spill, a fish kill, what its inspectors found): the sanction types the sentence (fine), in
# the active voice with the body right before the verb, or in the passive with the body after "by".
@pytest.mark.parametrize("sentence", [
    "The Lower Varn Environmental Protection Department sealed the Ostrel dye works in June 2018 after finding "
    "that it discharged untreated effluent into the river.",
    "In 2017 the Regional Council of Health closed the Dunmere canteen for ten days after its inspectors found "
    "raw meat kept at unsafe temperatures.",
    "That May the Pellow pulp mill was shut for two weeks by the Tarsk Water Authority after its effluent killed "
    "fish in the lake below.",
    "In 2020 two of its kilns were sealed by the provincial inspectorate after they leaked chemicals into a "
    "stream.",
])
def test_a_closure_by_an_authority_told_first_is_a_sanction(sentence):
    assert _types(sentence, "Controversies") == ["fine"]


@pytest.mark.parametrize("sentence", [
    # the harm told first stays the sentence's type
    "In June 2018 the Ostrel dye works discharged untreated effluent into the river, and the department later "
    "sealed it.",
    # a body that closed its own inquiry is no closure of the company's site
    "In 2019 the Tarsk Water Authority closed its inquiry into the fish kill below the Pellow mill.",
])
def test_no_closure_told_first(sentence):
    assert "fine" not in _types(sentence, "Controversies")


# The company's appeal or challenge lost, told without a court as the subject of the verb: a step
# of the case (lawsuit), wherever the sentence stands.
@pytest.mark.parametrize("sentence", [
    "Acme lost its appeal against the fine in the administrative court in 2019.",
    "Its appeal to the Board of Tax Disputes was rejected in 2021.",
    "The company's challenge to the order was dismissed in March 2016.",
])
def test_a_lost_appeal_of_the_company_is_a_step_of_the_case(sentence):
    assert _types(sentence) == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "The appeal of its new kettles to younger buyers was tested in 2019.",
    "In 2020 the company lost its largest customer, Brandt, to a rival.",
])
def test_no_lost_appeal(sentence):
    assert _types(sentence) == []


# A natural disaster that struck the company is no controversy (tests/gold/README.md, round 23):
# a hurricane, earthquake or flood as the subject of what it flooded, destroyed or killed.
@pytest.mark.parametrize("sentence", [
    "Hurricane Lenny flooded the Marigot plant in November 1999 and stopped work there for two weeks.",
    "It worked from an old mill near the Drava until the earthquake of 12 May 1956, which destroyed the building "
    "and killed three of its workers.",
    "Floodwater from the Teral River broke through the walls of the company's ponds in 2004, and two employees died.",
])
def test_a_natural_disaster_is_no_controversy(sentence):
    assert _types(sentence, "Controversies") == []


@pytest.mark.parametrize("sentence, expected", [
    # a sanction told after the disaster in the same sentence is still read
    ("A flood destroyed the Velmont dye works in 2010, and the company was later fined for the dye that washed "
     "into the river.", ["fine"]),
    # an accident of the company's own, with no disaster, stays an incident
    ("In 2012 a boiler at the Marigot plant exploded and killed two workers.", ["other"]),
])
def test_what_a_disaster_does_not_blank(sentence, expected):
    assert _types(sentence, "Controversies") == expected


# A long-standing grievance told from a decade or since an era, with what was complained of, is
# background, no controversy of its own.
@pytest.mark.parametrize("sentence", [
    "Villagers around the Ostrel quarry have complained about dust since Soviet times.",
    "Small fishermen on the Teral coast complained from the 1980s that the company's trawlers fished inside the "
    "limit and destroyed the seabed.",
])
def test_a_long_standing_complaint_is_background(sentence):
    assert _types(sentence, "Controversies") == []


def test_a_dated_complaint_is_still_read():
    sentence = "In March 2016 villagers complained to the ministry that dust from the Ostrel quarry had polluted their wells."
    assert _types(sentence, "Controversies") != []
