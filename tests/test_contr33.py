"""Round 33 of issue 14, controversies on new text: the type of a case. Every sentence here is
written for the test (invented companies and places)."""

from __future__ import annotations

import pytest

from tests.test_contrtypes22 import _facts, _types


# A sit-in or a protest by people who are not the company's workers (residents, growers, owners of
# homes, policyholders): a protest (other), not a strike.
@pytest.mark.parametrize("sentence", [
    "Owners of shops and homes in the Vell Port quarter whose claims had not been paid held a sit-in outside the "
    "company's head office in May 2019.",
    "In 2016 residents of Marvalle staged a three-day sit-in at the gate of the Ostra quarry.",
    "Policyholders of its life fund held a sit-in at the Dunmere branch in October 2021.",
])
def test_a_sit_in_of_people_who_are_not_its_workers_is_a_protest(sentence):
    assert _types(sentence, "Controversies") == ["other"]


@pytest.mark.parametrize("sentence", [
    "In June 2018 about 400 growers at the company's Kessa buying centre protested that their tobacco had been "
    "graded below its quality.",
    "Depositors of the failed Terrano branch protested outside its offices in March 2020.",
])
def test_a_protest_of_growers_or_depositors_in_a_controversy_section_is_a_protest(sentence):
    assert _types(sentence, "Controversies") == ["other"]


@pytest.mark.parametrize("sentence", [
    # its own workers' sit-in and protest stay a strike
    "In April 2020 about 250 packing workers at the Ferrol plant held a five-day sit-in over unpaid overtime.",
    "In 2014 the dockers at its Amber terminal protested against the new shift rota.",
])
def test_a_sit_in_of_its_workers_stays_a_strike(sentence):
    assert _types(sentence, "Controversies") == ["strike"]


# A court's order to pay told in a relative clause after the suit, or after it rejected part of the
# claims: a step of the suit (lawsuit), not a sanction (fine).
@pytest.mark.parametrize("sentence", [
    "A group of 52 growers sued the company in the Varna district court, which ordered it in 2017 to pay "
    "€1.4 million with interest.",
    "The labour court rejected most of the claims in 2016 but ordered the company to pay 23 former drivers "
    "their unpaid overtime.",
    "The commercial court upheld part of the claim in 2021 and ordered the group to pay the contractor "
    "$2.3 million.",
])
def test_a_court_order_to_pay_after_a_suit_is_a_lawsuit(sentence):
    for section in ("History", "Controversies"):
        assert _types(sentence, section) == ["lawsuit"]


def test_an_authority_order_to_pay_stays_a_fine():
    # no court: the ministry's order to pay is its sanction
    assert _types("In 2019 the environment ministry ordered the company to pay €300,000 for the spill.",
                  "Controversies") == ["fine"]


# A withdrawal of the company's goods ordered by an authority, done to a batch or lot, or from
# pharmacies; a recall of contaminated goods: a recall.
@pytest.mark.parametrize("sentence", [
    "The medicines agency ordered the withdrawal of about 84,000 bottles of its cough syrup on 3 May 2016.",
    "In 2020 the food safety authority ordered the withdrawal of three lots of Verano-brand honey after tests "
    "found antibiotic residues.",
    "In June 2017 a batch of the company's infant paracetamol drops was withdrawn after a boy in Tirlan fell ill.",
    "In 2015 inspectors found mould in vials made at Kessel, and the company withdrew them from pharmacies across "
    "the province.",
    "It was criticised over a recall of contaminated eye drops in 2018.",
])
def test_a_withdrawal_of_its_goods_is_a_recall(sentence):
    assert _types(sentence, "Controversies") == ["recall"]


@pytest.mark.parametrize("sentence", [
    # the withdrawal of a licence or of a suit names no goods
    "In 2019 the ministry ordered the withdrawal of its mining licence for the Ostra pit.",
    "In 2014 the company withdrew from the Brazilian market.",
])
def test_a_withdrawal_of_no_goods_is_no_recall(sentence):
    assert "recall" not in _types(sentence, "Controversies")


# An inquiry's finding told before the fine that followed it in the same clause: the case's first
# step, an investigation, dated by the finding.
@pytest.mark.parametrize("sentence, date", [
    ("An investigation by the water board found in 2019 that effluent from the Kessel tannery contained chromium "
     "above the permitted limits, and fined the company €38,000 in March 2020.", "2019"),
    ("In 2016 an inquiry by the coffee board found that its washing stations had paid growers below the set "
     "minimum, and the board fined the company RF 3 million that June.", "2016"),
])
def test_a_finding_told_before_the_fine_is_an_investigation(sentence, date):
    assert [(f.type, f.date.iso[:4]) for f in _facts(sentence, "Controversies")] == [("investigation", date)]


def test_a_fine_told_before_the_finding_stays_a_fine():
    assert _types("In 2021 the labour inspectorate fined the company €12,000, finding that its pickers had worked "
                  "unpaid overtime.", "Controversies") == ["fine"]


# Workers dismissed for blocking the gates in a dispute: a dismissal of strikers (layoffs), typed by
# that first step; told in an undated first clause before a dated court step, it keeps the date of
# the dispute told before it.
def test_workers_dismissed_for_blocking_the_gates_are_dismissed_strikers():
    body = ("About 800 workers at the Kessa mill went on strike for two weeks in March 2019 over a pay offer. "
            "The company dismissed 21 workers it said had blocked the mill gates, and the union took the "
            "dismissals to the labour court, which ordered in May 2020 that fifteen of them be reinstated.")
    found = [(f.type, f.date.iso) for f in _facts(body, "Controversies")]
    assert found == [("strike", "2019-03"), ("layoffs", "2019-03")]


def test_a_dismissal_with_its_own_date_keeps_it():
    body = ("About 800 workers at the Kessa mill went on strike for two weeks in March 2019 over a pay offer. "
            "Five union officers were dismissed that June, and the union took the company to the labour court, "
            "which ordered their reinstatement in May 2020.")
    assert [(f.type, f.date.iso) for f in _facts(body, "Controversies")][1] == ("layoffs", "2019-06")


# A sentence that only names what was told before with a quoted word: a comment, no controversy;
# an act told with it stays one.
def test_a_party_that_only_names_the_case_with_a_quoted_word_gives_no_item():
    assert _types('The Tasman Federation of Labour called the dismissals "union-busting".', "Controversies") == []
    assert _types('The growers\' association called the new terms "daylight robbery".', "Controversies") == []


def test_a_quoted_name_with_an_act_stays_a_controversy():
    assert _types('The union called the dismissals "union-busting" and struck for three days in May 2019.',
                  "Controversies") == ["strike"]
