"""Round 16 of issue 14, controversies: the causes of misses counted over blind4-blind17
(docs/relations.md, "Controversies", "Round 16"). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.test_controversies_round9 import _found

# ---------------------------------------------------------------- a fatal accident told outside a controversy section


@pytest.mark.parametrize("sentence,expected", [
    ("A fire at the Hull bakery in March 2015 killed three workers.", [("other", "2015-03")]),
    ("In 2019 an explosion at its Selby plant killed 4 people and injured nine.", [("other", "2019")]),
    ("The sinking of the supply boat Marsh Lady in May 2016, in which two crew members died, closed the wharf.",
     [("other", "2016-05")]),
    ("On 2 June 2018 a forklift driver was killed at the Leeds depot when a stack of pallets collapsed.",
     [("other", "2018-06-02")]),
    ("In August 2020 a delivery driver working for the company was killed on the A64.", [("other", "2020-08")]),
    ("A technician died at the Goole cold store on 9 April 2021.", [("other", "2021-04-09")]),
])
def test_a_fatal_accident_in_the_history_is_a_controversy(sentence, expected):
    assert [(t, d) for t, _, d in _found(history=sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "A fire at the Hull bakery in March 2015 was put out within an hour.",  # (one that stopped production is read since round 17)
    "In 2019 the company killed off its frozen pizza range.",
    "The fire brigade trained 40 workers at the Selby plant in 2019.",
    "The founder died in 1990 at his home in Harrogate.",
    "A new technician joined the Goole cold store on 9 April 2021.",
])
def test_no_death_or_no_accident_is_no_controversy(sentence):
    assert _found(history=sentence) == []


# ---------------------------------------------------------------- a case the company brought against a copier


@pytest.mark.parametrize("sentence", [
    "In 2018 a court in Hull ruled in favour of Brightwater against a bakery that had copied the recipe cards of its pies.",
    "In 2017 Brightwater Foods sued the Bradford caterer Moorside Meals in the High Court over copies of its pie tins.",
    "In 2020 a court in York convicted a trader who had sold fake pies in Brightwater's name.",
    "In 2021 a court in York fined two market traders on a complaint by the company.",
])
def test_a_case_against_a_copier_the_company_brought_is_no_controversy(sentence):
    assert _found(controversy=sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    ("In 2017 Brightwater Foods was sued by Moorside Meals over copies of its pie tins.", [("lawsuit", "2017")]),
    ("In 2019 a rival sued the company, saying that it had copied the design of its pie tins.", [("lawsuit", "2019")]),
])
def test_a_suit_against_the_company_over_copies_stays_one(sentence, expected):
    assert [(t, d) for t, _, d in _found(controversy=sentence)] == expected
