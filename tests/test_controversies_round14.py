"""Round 14 of issue 14: wrong controversies removed by kind of sentence (docs/relations.md,
"Controversies", "Round 14"). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.test_controversies_round9 import _found

# ---------------------------------------------------------------- a ruling for the company against another party


@pytest.mark.parametrize("sentence", [
    "In 2019 the Commercial Court in Leeds ruled for Brightwater against a baker who sold fake Brightwater pies.",
    "In 2021 a court in Lyon ruled in the company's favour against a French wholesaler that had copied its labels.",
    "A court in Porto ruled in Brightwater's favour in 2018 against an importer of imitation pies.",
    "In 2020 the High Court ruled in its favour against two traders that used the Brightwater name.",
])
def test_a_ruling_for_the_company_against_another_party_is_no_controversy(sentence):
    assert _found(sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    # a ruling against the company stays a step of a case against it
    ("In 2019 the Commercial Court in Leeds ruled against Brightwater in a suit brought by a former supplier.",
     [("lawsuit", "2019")]),
    # a ruling for an authority or another party against the company stays one
    ("In 2022 the High Court ruled in favour of the tax authority against Brightwater.", [("lawsuit", "2022")]),
])
def test_a_ruling_against_the_company_stays_a_controversy(sentence, expected):
    assert [(t, d) for t, _, d in _found(sentence)] == expected
