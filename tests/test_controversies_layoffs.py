"""Round 15: a dated cut of the company's jobs is a ``layoffs`` controversy wherever the article
tells it (tests/gold/README.md, "Layoffs (round 15)"; docs/relations.md, "Round 15: layoffs").
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.test_controversies_round9 import _found


def _layoffs(history: str = "", controversy: str = "") -> list[tuple[str, str | None]]:
    return [(s, d) for t, s, d in _found(controversy=controversy, history=history) if t == "layoffs"]


@pytest.mark.parametrize("sentence,date", [
    ("In 2011 the company cut 340 jobs at its bakery in Hull.", "2011"),
    ("About 250 drivers were laid off in March 2020.", "2020-03"),
    ("In 2016 it closed the Leeds depot, with the loss of 90 jobs.", "2016"),
    ("Sales fell by a fifth in 2009, and the company eliminated 120 positions that year.", "2009"),
    ("In June 2014, 75 staff were made redundant.", "2014-06"),
])
def test_a_dated_cut_of_jobs_in_the_history_is_a_layoffs_controversy(sentence, date):
    assert _layoffs(history=sentence) == [(sentence, date)]


def test_the_date_is_the_cut_s_own_not_the_first_year_of_the_sentence():
    sentence = "Orders fell in the early 2000s, and in 2006 the company cut 180 jobs at its Wakefield plant."
    assert _layoffs(history=sentence) == [(sentence, "2006")]


@pytest.mark.parametrize("sentence", [
    "In 2015 the company announced plans to cut 500 jobs.",  # a plan
    "In 2021 Brightwater said it could cut up to 200 jobs.",  # a possibility
    "The company has cut many jobs over the years.",  # no date
])
def test_a_plan_a_possibility_or_an_undated_cut_is_no_layoffs(sentence):
    assert _layoffs(history=sentence) == []


@pytest.mark.parametrize("sentence", [
    "In 2019 the bakers' union struck for a week against the job cuts.",
    "In 2020 former employees sued the company over the layoffs of the previous year.",
])
def test_a_case_about_the_layoffs_is_not_a_second_layoffs_item(sentence):
    found = _found(controversy=sentence)
    assert found and all(t != "layoffs" for t, _, _ in found)


def test_a_cut_after_a_strike_is_a_layoffs_item_and_not_another_controversy():
    sentence = "In May 2018 the company dismissed 41 workers at the Hull bakery, among them five union officers."
    found = _found(controversy=sentence)
    assert [(t, d) for t, s, d in found if s == sentence] == [("layoffs", "2018-05")]
