"""Round 11, second pass, controversies: causes that recur in at least three of blind4-blind10,
made into general rules (``kg/data/controversy_cues.tsv``). The sentences are written for the
test."""

from __future__ import annotations

import pytest

from tests.test_controversies_round9 import _found

# ---------------------------------------------------------------- a pollutant released, in other words
# (missed in blind6, blind7, blind8 and blind10: the substance before the verb, "releasing ... into
# a river", "the 2003 solvent leak")


@pytest.mark.parametrize(("sentence", "date"), [
    ("In March 2017 about 3,000 litres of diesel leaked from a storage tank at the Leeds bakery into "
     "the River Aire.", "2017-03"),
    ("On 4 May 2012 untreated effluent seeped from a broken pipe at the Hull plant.", "2012-05-04"),
    ("In June 2019 some 200 tonnes of waste water spilled out of a lagoon at the Selby farm.", "2019-06"),
    ("On 2 April 2015 a dam at the Wakefield works burst, releasing about 40,000 litres of slurry into "
     "a tributary of the Calder.", "2015-04-02"),
    ("The 2018 sewage spill at the Doncaster plant closed two beaches.", "2018"),
])
def test_a_pollutant_released_is_a_controversy_anywhere(sentence, date):
    # told in a history section: the cue is strong, as the spill rows before it
    assert _found(history=sentence) == [("other", sentence, date)]


@pytest.mark.parametrize("sentence", [
    # a product released into a market, and a leak that is no pollutant
    "In 2019 Brightwater released a diesel-powered delivery van into the British market.",
    "In 2016 it released a range of oil-free dressings into supermarkets across the country.",
    "Plans for the new plant leaked to the press in 2014.",
    "In 2020 the company began releasing water from its reservoir into the canal network under a "
    "licence from the council.",
])
def test_a_release_that_is_no_pollution_is_no_controversy(sentence):
    assert _found(history=sentence) == []


# ---------------------------------------------------------------- a reply that goes on to a step in court
# (missed in blind4, blind7 and blind9: the reply veto took the company's appeal with it)


@pytest.mark.parametrize(("sentence", "date"), [
    ("Brightwater denied wrongdoing and challenged the fine with an amparo, which a federal court "
     "rejected in May 2021.", "2021-05"),
    ("The company contested the tax assessment before the Court of Tax Appeals in 2018.", "2018"),
])
def test_a_reply_that_tells_a_step_in_court_is_a_controversy(sentence, date):
    found = _found(controversy=sentence)
    assert [(s, d) for _, s, d in found] == [(sentence, date)]
    assert found[0][0] == "lawsuit"


def test_a_reply_that_ends_in_an_appeal_is_a_controversy():
    sentence = "The group, which said it had only recommended prices, appealed."
    assert [s for _, s, _ in _found(controversy=sentence)] == [sentence]


@pytest.mark.parametrize("sentence", [
    # replies with no step in court stay vetoed
    "Brightwater denied the allegations and contested the findings of the report.",
    "The company said it had challenged the inspectors' methods at the time.",
    "The company called the criticism unfair.",
])
def test_a_reply_without_a_step_in_court_stays_vetoed(sentence):
    assert _found(controversy=sentence) == []
