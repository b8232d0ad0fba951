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
