"""Round 12 of issue 14, controversies: the misses of blind11 and blind12 counted by cause, and
the rules made from them (``kg/data/controversy_cues.tsv``): a breach told by what happened to
the people's data, and the dated steps of a named affair in more phrasings. Layoffs stay no
controversy of this extractor (docs/relations.md, "Round 12"). The sentences are written for the
test."""

from __future__ import annotations

import pytest

from kg.text.cue_dates import date_by_cue
from tests.test_controversies_round9 import _found
from tests.test_controversy_steps import AFFAIR, _steps

# ---------------------------------------------------------------- a breach told by the data


@pytest.mark.parametrize("sentence, date", [
    ("In March 2021 Brightwater disclosed that the names and e-mail addresses of about 64,000 loyalty-card "
     "holders had been exposed through a faulty web server.", "2021-03"),
    ("In June 2019 the personal data of about 1.2 million Brightwater shoppers was offered for sale on "
     "a dark-web market.", "2019-06"),
    ("In 2018 a researcher came across an unsecured database holding the names and home addresses of "
     "Brightwater's delivery customers.", "2018"),
    ("In 2016 a former clerk copied the records of about 9,000 customers and sold them to a rival.", "2016"),
    ("On 4 May 2020 the company disclosed that the card numbers of 12,500 online shoppers had been copied.",
     "2020-05-04"),
])
def test_a_breach_told_by_the_data_is_one(sentence, date):
    assert _found(sentence) == [("data_breach", sentence, date)]


@pytest.mark.parametrize("sentence", [
    # the data named, but nothing happened to it
    "In 2020 the company moved the names and addresses of its customers to a new database.",
    "Brightwater copied the recipes of about 40 regional bakeries for its 1998 range.",
])
def test_data_named_without_a_breach_is_none(sentence):
    assert _found(history=sentence) == []


# ---------------------------------------------------------------- more steps of a named affair


@pytest.mark.parametrize("sentence, type_, date", [
    ("It was settled in 2021 for €3 million.", "lawsuit", "2021"),
    ("They were settled in May 2022 without any admission of liability.", "lawsuit", "2022-05"),
    ("The two companies settled in October 2020 and renewed their supply contract.", "lawsuit", "2020-10"),
    ("The Health and Safety Executive charged the company and its plant manager with negligence in 2019.",
     "lawsuit", "2019"),
    ("It charged the company under the Water Resources Act 1991 in June 2018.", "lawsuit", "2018-06"),
    ("A former sales director of Acme was indicted in Texas in April 2017.", "lawsuit", "2017-04"),
    ("The Ministry of Industry summoned Acme's managers in September 2016.", "investigation", "2016-09"),
    ("Separate proceedings over the pricing of spare parts were opened by the regulator in 2022.",
     "investigation", "2022"),
    ("The inquiry found in March 2017 that the valves had been tested too rarely.", "investigation", "2017-03"),
    ("The outside panel's report, published in July 2018, said that managers had known of the cartel.",
     "investigation", "2018-07"),
])
def test_more_dated_steps_of_the_affair(sentence, type_, date):
    assert _steps(sentence) == [(type_, sentence, date)]


@pytest.mark.parametrize("sentence", [
    "It was settled in 2021 for €3 million.",
    "The Ministry of Industry summoned Acme's managers in September 2016.",
])
def test_the_new_steps_count_only_in_a_named_affair_subsection(sentence):
    history = AFFAIR.replace("== Controversies ==\n=== Pricing cartel ===\n", "== Later years ==\n")
    assert _steps(sentence, history) == []


def test_an_undated_step_is_a_detail():
    assert _steps("The Ministry of Industry later summoned Acme's managers.") == []


@pytest.mark.parametrize("sentence, type_, date", [
    ("In May 2019 the Ombudsman opened a second investigation into the pump warranties.", "investigation", "2019-05"),
    ("The Financial Conduct Authority opened enforcement proceedings against the company in 2020.",
     "investigation", "2020"),
])
def test_an_opened_case_in_more_words(sentence, type_, date):
    assert _found(history=sentence) == [(type_, sentence, date)]


# ---------------------------------------------------------------- the year of a law's name


def test_the_year_of_a_law_is_no_date():
    text = "It charged the company under the Water Resources Act 1991 in June 2018."
    start = text.index("charged")
    assert date_by_cue(text, start, start + len("charged")).iso == "2018-06"


# ---------------------------------------------------------------- layoffs are no controversy here


@pytest.mark.parametrize("sentence", [
    "In March 2020 Brightwater laid off about 300 employees.",
    "The company cut 450 jobs in 2015, most of them in Leeds.",
])
def test_layoffs_are_no_controversy(sentence):
    assert _found(sentence) == []
    assert _found(history=sentence) == []


# ---------------------------------------------------------------- a counterfeiter of the company's goods


@pytest.mark.parametrize("sentence", [
    "In 2017 a court in Porto ordered the closure of an online shop that sold counterfeit Brightwater pies.",
    "In 2020 a Lagos court ordered a distributor that had sold biscuits under forged Brightwater labels to "
    "destroy its stock.",
    "In 2015 a Cardiff court fined a market trader who sold fake pies bearing the Brightwater name.",
])
def test_an_order_on_a_counterfeiter_of_the_company_is_no_controversy(sentence):
    assert _found(sentence) == []


def test_the_company_selling_counterfeits_of_another_stays_one():
    sentence = "In 2019 a court in Leeds fined Brightwater for selling counterfeit Coldharbour pies."
    assert [(t, d) for t, _, d in _found(sentence)] == [("fine", "2019")]


# ---------------------------------------------------------------- a dismissal of workers in a controversy section


def test_a_dismissal_of_strikers_in_a_controversy_section_is_one():
    sentence = "The company dismissed 240 strikers in May 2016."
    # typed layoffs since round 21 of issue 14, the kind the gold keeps for a dismissal of strikers
    assert _found(sentence) == [("layoffs", sentence, "2016-05")]
    # since round 23 of issue 14 a strong cue: a dismissal of strikers is a controversy in any section, as the
    # gold reads it (tests/gold/README.md, round 16)
    assert [t for t, _, _ in _found(history=sentence)] == ["layoffs"]


def test_the_company_dismissing_a_criticism_is_still_a_reply():
    assert _found("The company dismissed the report as inaccurate in 2019.") == []
