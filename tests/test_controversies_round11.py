"""Round 11 of issue 14, controversies: the wrong facts of blind8 to blind10 counted by cause,
and the general rules made from them (``kg/data/controversy_cues.tsv``). The sentences are
written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluation.runner import evaluate
from kg.extractors import controversies
from tests.test_controversies_round9 import _found

# ---------------------------------------------------------------- a suit the company brought and won


@pytest.mark.parametrize("sentence", [
    # a ruling for the company in its suit against another party; "ordered it" is the other party
    "In 2018 the Commercial Court in Leeds ruled in Brightwater's favour in a suit against a bakery "
    "whose labels copied its own, and ordered it to pay the company £40,000.",
    "In 2017 the High Court ruled for Brightwater in its trademark suit against a Welsh dairy that had "
    "sold a yoghurt called Brightwaters.",
    # a finding that another party infringed the company's rights
    "A court in Cardiff ruled in 2016 that Brightwater Bakeries, an unrelated firm, had infringed the "
    "group's trademark and ordered it to change its name.",
    "In 2021 a jury in Bristol found that a rival snack maker had infringed a patent on a resealable "
    "pouch and awarded damages.",
    # an order on the other party in a suit the company brought
    "In 2015 a Leeds court ordered a market trader to stop selling pies under the Brightwater name, in a "
    "suit brought by the company.",
])
def test_a_suit_the_company_won_is_no_controversy(sentence):
    assert _found(sentence) == []


@pytest.mark.parametrize("sentence", [
    # a ruling for the company in a suit against it is a step of that case (a class action dismissed)
    "In 2019 the High Court ruled in the company's favour in a class action against it by shoppers "
    "who had bought mislabelled pies.",
    # the company found to infringe another's rights
    "In 2020 a court found that Brightwater had infringed a patent held by Coldharbour Meals and "
    "ordered it to pay £2 million.",
    # an order on the company itself
    "In 2014 a court ordered the company to stop selling pies labelled as organic.",
])
def test_a_case_against_the_company_stays_one(sentence):
    assert [s for _, s, _ in _found(sentence)] == [sentence]


def test_won_own_suit_reads_the_company_names():
    names = ("brightwater",)
    assert controversies.won_own_suit("The court ruled for Brightwater in its suit against a dairy.", names)
    assert not controversies.won_own_suit("The court ruled for Brightwater in a suit against it.", names)
    assert not controversies.won_own_suit("The court ruled against Brightwater in its suit against a dairy.", names)


# ---------------------------------------------------------------- two acts of one sentence


def test_two_acts_of_one_sentence_in_a_controversy_section_are_two_controversies():
    sentence = ("The Food Standards Agency opened an investigation the following month, and in May 2019 "
                "the Leeds magistrates fined the company £60,000 for selling mislabelled pies.")
    assert sorted(t for t, _, _ in _found(sentence)) == ["fine", "investigation"]
    sentence = ("In 2020 a former baker sued the company in the Leeds employment tribunal, and the Bakers' "
                "Union called for a boycott of its shops.")
    assert sorted(t for t, _, _ in _found(sentence)) == ["boycott", "lawsuit"]


@pytest.mark.parametrize("sentence", [
    # the company's own step and the penalty: one step of one case
    "Brightwater pleaded guilty, and in May 2019 the Leeds magistrates fined it £60,000.",
    # the first act falls on another named party
    "The Food Standards Agency opened an investigation into Coldharbour Meals, and Coldharbour sued "
    "Brightwater for breach of contract in 2016.",
    # two acts of one type: one controversy, as before
    "A subpoena from the Department of Justice followed in March 2021, and the Serious Fraud Office "
    "opened an inquiry the same month.",
])
def test_one_controversy_when_the_second_act_is_no_case_of_its_own(sentence):
    assert len(_found(sentence)) == 1


def test_two_acts_only_inside_a_controversy_section():
    sentence = ("The Food Standards Agency opened an investigation the following month, and in May 2019 "
                "the Leeds magistrates fined the company £60,000 for selling mislabelled pies.")
    assert len(_found(history=sentence)) == 1


# ---------------------------------------------------------------- misses: known acts in other words


@pytest.mark.parametrize(("sentence", "type_"), [
    # personal data taken in an attack, attackers that copy data
    ("In March 2020 the company said that the names and e-mail addresses of 40,000 loyalty-card holders "
     "had been taken in an attack on its marketing agency.", "data_breach"),
    ("In 2019 attackers used a stolen staff password to download the order histories of 9,000 customers.",
     "data_breach"),
    # an authority that opened proceedings against or into the company
    ("The Competition and Markets Authority opened proceedings in June 2016 into the exclusive contracts "
     "Brightwater had signed with its distributors.", "investigation"),
    # police who arrested employees of the company
    ("Police in Leeds arrested three managers of Brightwater Logistics in March 2021.", "investigation"),
])
def test_known_acts_in_other_words_are_read(sentence, type_):
    assert [t for t, _, _ in _found(history=sentence)] == [type_]


@pytest.mark.parametrize("sentence", [
    # insolvency proceedings are no case against the company's conduct
    "In 2009 the bank opened insolvency proceedings against a supplier of the company.",
    # an attack with no data taken
    "Two drivers were hurt in an attack on a delivery van in 2018.",
])
def test_near_phrasings_stay_none(sentence):
    assert _found(history=sentence) == []


# ---------------------------------------------------------------- reports that name the company (controversy sections)


@pytest.mark.parametrize("sentence", [
    "In March 2021 the Good Food Trust named Brightwater in its report Hidden Sugar on children's snacks.",
    "In a 2019 report, the Food Standards Agency said that pies sold by the company had been mislabelled.",
])
def test_a_report_that_names_the_company_is_read_in_a_controversy_section(sentence):
    assert [t for t, _, _ in _found(sentence)] == ["other"]
    assert _found(history=sentence) == []


def test_the_companys_own_report_stays_none():
    assert _found("In its 2019 report, the company said that sales had risen.") == []


# ---------------------------------------------------------------- floors of the round


ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("folder", "lenient", "kept", "at_08"), [
    # main at the start of round 11: 0.875 / 0.886, 0.943 of 70; blind9's one wrong fact at >= 0.8
    # that the won-self rows removed makes 69 kept (the floor of tests/test_quality.py asks 70)
    # (round 13's refit, a wrong controversy weighing two right ones: 67 kept, 0.970; round 14's
    # refit with blind15 in the fit: 66 kept, 0.970)
    # (round 15 converted the gold to one item per sentence, a retelling an item of its own, and refitted
    # on first-sight records: 0.988 / 0.752, 55 kept, 1.000)
    ("tests/gold/blind9", (0.987, 0.752), 55, 1.000),
    # main at the start of round 11: 0.778 / 0.800, 0.914 of 58 (round 13's refit: 62 kept, 0.984)
    # (round 15: the procedure rows for a Coast Guard's finding read one more, 0.872 / 0.971)
    # (round 15's gold conversion and refit: 1.000 / 0.796, 54 kept, 1.000)
    ("tests/gold/blind10", (1.000, 0.795), 54, 1.000),
])
def test_round11_controversies_floors(folder, lenient, kept, at_08):
    score = evaluate(ROOT / folder, ("controversies",))["controversies"]
    assert score.lenient.precision >= lenient[0] and score.lenient.recall >= lenient[1], score.lenient
    n, precision = score.precision_at(0.8)
    assert n >= kept and precision >= at_08, (n, precision)
