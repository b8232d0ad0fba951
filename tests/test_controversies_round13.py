"""Round 13 of issue 14: wrong controversies removed by kind of sentence (docs/relations.md,
"Controversies", "Round 13"). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.test_controversies_round9 import _confidences, _found

# ---------------------------------------------------------------- a cue word in another sense


@pytest.mark.parametrize("sentence", [
    "The old bakery buildings were pulled down in 2019.",
    "Brightwater pulled out of the Irish market in 2012.",
    "The company pulled back from frozen desserts in 2016.",
])
def test_pulled_down_or_out_is_no_recall(sentence):
    assert _found(sentence) == []


def test_pulled_from_sale_stays_a_recall():
    sentence = "In May 2018 Brightwater pulled 12,000 pies from sale after metal fragments were found."
    assert [(t, d) for t, _, d in _found(sentence)] == [("recall", "2018-05")]


@pytest.mark.parametrize("sentence", [
    "The 2015 bakers' march recalled the 1984 riots in the same city.",
    "The closure of the Leeds plant recalled the events of 1992, when the town lost its mill.",
])
def test_recalled_as_brought_to_mind_is_no_recall(sentence):
    assert _found(sentence) == []


def test_a_product_recall_stays_one():
    sentence = "In March 2021 Brightwater recalled about 40,000 pies because they might contain glass."
    assert [(t, d) for t, _, d in _found(sentence)] == [("recall", "2021-03")]


@pytest.mark.parametrize("sentence", [
    "The scheme of arrangement was sanctioned by the High Court on 4 May 2021 and took effect a week later.",
    "The restructuring plan had been sanctioned by the court in March 2020.",
])
def test_a_plan_sanctioned_by_a_court_is_no_sanction(sentence):
    assert _found(sentence) == []
    assert _found(history=sentence) == []


def test_the_company_sanctioned_by_a_regulator_stays_one():
    sentence = "In 2020 Brightwater was sanctioned by the Food Standards Agency for mislabelled pies."
    assert [(t, d) for t, _, d in _found(sentence)] == [("fine", "2020")]


# ---------------------------------------------------------------- a sentence that says no case was brought


@pytest.mark.parametrize("sentence", [
    "No charges had been brought as of 2024.",
    "No criminal charges were filed against the company in 2019.",
    "No lawsuit has been brought against Brightwater since 2018.",
])
def test_no_charges_brought_is_no_controversy(sentence):
    assert _found(sentence) == []


def test_charges_brought_stay_a_controversy():
    sentence = "Criminal charges were brought against Brightwater in 2019."
    assert [d for _, _, d in _found(sentence)] == ["2019"]


# ---------------------------------------------------------------- sanctions on another named party


def test_sanctions_on_another_body_are_no_controversy():
    sentence = "In March 2019 the European Union imposed sanctions on the Ministry of Agriculture of Ruritania."
    assert _found(sentence) == []
    assert _found(history=sentence) == []


def test_sanctions_on_the_company_stay_one():
    sentence = "In March 2019 the European Union imposed sanctions on Brightwater for trading with Ruritania."
    assert [(t, d) for t, _, d in _found(sentence)] == [("fine", "2019-03")]


def test_sanctions_told_as_the_cause_of_another_act_do_not_veto_it():
    sentence = ("In January 2020 its main supplier stopped deliveries after the United States imposed "
                "sanctions on Ruritania's state buyer.")
    assert [d for _, _, d in _found(sentence)] == ["2020-01"]


# ---------------------------------------------------------------- one sum told twice, under two types


def test_a_sum_told_again_under_another_type_stays_below_the_line():
    summary = "In June 2018 Brightwater paid £2.4 million to settle charges brought by the Food Standards Agency."
    detail = "On 12 June 2018 the Food Standards Agency fined Brightwater £2.4 million for mislabelling."
    found = _confidences(detail, summary)
    assert found[summary] <= 0.75 < 0.8 <= found[detail]


def test_two_sums_of_one_month_under_two_types_are_both_kept():
    first = "In June 2018 Brightwater paid £2.4 million to settle a suit brought by a former distributor."
    second = "On 12 June 2018 the Food Standards Agency fined Brightwater £300,000 for mislabelling."
    found = _confidences(second, first)
    # neither is taken for a retelling of the other: the settlement keeps the confidence it has when
    # no other case is told (round 15's refit puts a settled suit told in History at 0.52), the fine
    # stays at 0.8 or above
    alone = _confidences("The company moved its head office to Hull in 2019.", first)
    assert found[first] == alone[first] and found[second] >= 0.8
