"""Round 15 of issue 14, controversies: the dated steps of a named affair that the procedure rows
did not read, counted over blind4-blind16 (docs/relations.md, "Controversies", "Round 15"). Every
sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluation.runner import evaluate
from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_controversies_round9 import _found

# ---------------------------------------------------------------- a court's step: a verb or a name the rows did not read


@pytest.mark.parametrize("sentence,expected", [
    ("The Leeds Administrative Court of Appeal cut the fine to £2 million in 2019.", [("lawsuit", "2019")]),
    ("In March 2021 the Court of Appeal halved the fine.", [("lawsuit", "2021-03")]),
    ("On 3 June 2020 the Appellate Tribunal Customs Revenue reduced the demand to £800,000.", [("lawsuit", "2020-06-03")]),
    ("The High Court stayed the assessment in October 2022.", [("lawsuit", "2022-10")]),
    ("The Supreme Court reinstated the assessment in 2023.", [("lawsuit", "2023")]),
])
def test_a_court_that_cuts_reduces_or_stays_a_sanction_is_a_step(sentence, expected):
    assert [(t, d) for t, _, d in _found(sentence)] == expected


# ---------------------------------------------------------------- an authority named Department, Bureau, Office...


@pytest.mark.parametrize("sentence,expected", [
    ("The Yorkshire Bureau for Food Safety Investigation published its report in May 2018, finding that a valve had failed.",
     [("investigation", "2018-05")]),
    ("The Justice Department opened a criminal inquiry in 2021.", [("investigation", "2021")]),
    ("The Department of Lands revoked the lease of the Hull depot in 2017.", [("fine", "2017")]),
    ("In April 2019 the Office of Fair Trading began an inquiry into the pricing of the pies.", [("investigation", "2019-04")]),
])
def test_an_authority_named_department_bureau_or_office_takes_a_step(sentence, expected):
    assert [(t, d) for t, _, d in _found(sentence)] == expected


# ---------------------------------------------------------------- an authority named by its acronym


@pytest.mark.parametrize("sentence,expected", [
    ("The FSCA ordered the closure of the Hull kitchen in August 2020.", [("fine", "2020-08")]),
    ("The Agencia Nacional de Alimentos (ANAL) suspended the plant's licence in 2016.", [("fine", "2016")]),
    ("HMRC claimed £3 million in unpaid duty from the company in 2019.", [("lawsuit", "2019")]),
])
def test_an_authority_named_by_its_acronym_takes_a_step(sentence, expected):
    assert [(t, d) for t, _, d in _found(sentence)] == expected


ACRONYM_ARTICLE = """'''Brightwater Foods''' (BWF) is a maker of frozen meals.

== History ==
Brightwater Foods was founded in 1962 in Leeds.

== Controversies ==
=== Other matters ===
{controversy}
"""


def test_the_company_s_own_acronym_is_no_authority():
    page = Page(title="Brightwater Foods", revision=1,
                wikitext=ACRONYM_ARTICLE.format(controversy="In 2018 BWF ordered new freezers for the Hull plant."))
    assert list(controversies.extract(parse_article(page))) == []


@pytest.mark.parametrize("sentence", [
    # a step told without a date: a detail of the affair
    "The Department of Lands later revoked the lease of the Hull depot.",
    "The FSCA ordered the closure of the Hull kitchen.",
    # a claim that names no sum, a court that cuts nothing of a case
    "HMRC claimed in 2019 that the duty had been paid late.",
    "The FSCA claimed 40 stores had sold the pies in 2019.",
])
def test_an_undated_step_or_a_claim_without_a_sum_is_none(sentence):
    assert _found(sentence) == []


# ---------------------------------------------------------------- floors of the round


@pytest.mark.parametrize(("folder", "lenient"), [
    # main at the start of round 15 -> end (lenient P / R); the end on the gold converted to the
    # conventions settled in round 15 (one item per sentence, a retelling an item of its own, no layoffs)
    ("tests/gold/blind7", (0.942, 0.776)),  # 0.928 / 0.821 -> 0.943 / 0.776
    ("tests/gold/blind11", (0.943, 0.736)),  # 0.829 / 0.773 -> 0.944 / 0.736
    ("tests/gold/blind13", (0.957, 0.723)),  # 0.928 / 0.744 -> 0.958 / 0.723
    ("tests/gold/blind14", (0.937, 0.772)),  # 0.844 / 0.701 -> 0.938 / 0.772
    ("tests/gold/blind16", (0.906, 0.800)),  # 0.845 / 0.706 -> 0.907 / 0.800
])
def test_round15_controversies_floors(folder, lenient):
    score = evaluate(Path(__file__).resolve().parent.parent / folder, ("controversies",))["controversies"]
    assert score.lenient.precision >= lenient[0] and score.lenient.recall >= lenient[1], score.lenient
