"""Round 16 (second pass) of issue 14, controversies: the dated steps of a named affair told by an
authority or a court the procedure rows did not read, counted over blind4-blind17 (docs/relations.md,
"Controversies", "Round 16 (second pass)"). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.test_controversies_round9 import _found

# ---------------------------------------------------------------- an authority named Committee, Agency, Service...


@pytest.mark.parametrize("sentence,expected", [
    ("The Excise Committee of the Ministry of Revenue began an audit of Brightwater's accounts in 2020.",
     [("investigation", "2020")]),
    ("The National Agency for Food Standards (NAFS) began an inquiry into the Hull plant in May 2018.",
     [("investigation", "2018-05")]),
    ("The Bureau of Trade and Export Control asked the company for its shipping records in March 2022.",
     [("investigation", "2022-03")]),
    ("The Select Committee on Food and Rural Affairs, which in 2019 asked Brightwater for documents on its prices, "
     "heard three witnesses.", [("investigation", "2019")]),
    ("The Food Standards Service opened proceedings against the company in June 2017.", [("investigation", "2017-06")]),
])
def test_an_authority_named_committee_agency_or_service_takes_a_step(sentence, expected):
    assert [(t, d) for t, _, d in _found(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "The Excise Committee of the Ministry of Revenue began an audit of Brightwater's accounts.",  # no date
    "The National Agency for Food Standards praised the Hull plant in May 2018.",  # no step
    "The Bureau of Trade and Export Control asked the company to join its advisory panel in 2022.",  # no records
])
def test_an_undated_or_friendly_act_of_an_authority_is_no_step(sentence):
    assert _found(sentence) == []


def test_an_authority_step_in_the_history_is_no_controversy():
    sentence = "In 2020 the Excise Committee of the Ministry of Revenue began an audit of the new warehouse."
    assert _found(history=sentence) == []


# ---------------------------------------------------------------- a court's step: a name or a verb the rows did not read


@pytest.mark.parametrize("sentence,expected", [
    ("The High Court of Appeal and Review confirmed the ruling in 2021.", [("lawsuit", "2021")]),
    ("A court in Lyon refused to enforce the award in 2019, and the claim was written off.", [("lawsuit", "2019")]),
    ("Its appeal was refused by the Outer House in 2018.", [("lawsuit", "2018")]),
    ("Both the company and the revenue service took the case to the Leeds High Court in 2022.", [("lawsuit", "2022")]),
])
def test_a_court_step_with_a_new_name_or_verb_is_a_step(sentence, expected):
    assert [(t, d) for t, _, d in _found(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "The High Court of Appeal and Review confirmed the ruling.",  # no date
    "In 2021 the company took the case study to a trade fair.",  # no court
])
def test_an_undated_court_step_or_no_court_is_no_step(sentence):
    assert _found(sentence) == []
