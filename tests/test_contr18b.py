"""Round 18 of issue 14, controversies (second pass): an authority's order to clean up, hand back or
shut, an accident told by the workers or passengers it killed, a lockout and a strike notice, read
in any section. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.test_controversies_round9 import _found

# ---------------------------------------------------------------- an order to undo, clean up or shut


@pytest.mark.parametrize("sentence,expected", [
    ("In May 2016 the provincial environment office ordered Brightwater to clean up the slag at its Hull works.",
     [("fine", "2016-05")]),
    # a court's order is a step of a suit since round 21 of issue 14 (tests/test_contrtypes21.py)
    ("In 2019 the land court ordered the venture to hand back 300 hectares to the villagers.", [("lawsuit", "2019")]),
    ("The ministry ordered the company to close its kiln line at Goole in March 2021.", [("fine", "2021-03")]),
])
def test_an_order_to_clean_up_hand_back_or_shut_is_a_sanction(sentence, expected):
    assert [(t, d) for t, _, d in _found(history=sentence)] == expected


def test_an_order_to_do_business_is_none():
    assert _found(history="In 2004 the council ordered 40 buses from Brightwater to replace its fleet.") == []


# ---------------------------------------------------------------- an accident told by whom it killed


@pytest.mark.parametrize("sentence,expected", [
    ("A crane collapsed at the Hull plant on 3 May 2011, killing three workers.", [("other", "2011-05-03")]),
    ("In 2014 a fire aboard one of its trawlers killed two crew members.", [("other", "2014")]),
])
def test_an_accident_that_killed_workers_is_a_controversy_in_any_section(sentence, expected):
    assert [(t, d) for t, _, d in _found(history=sentence)] == expected


def test_deaths_of_people_at_large_are_no_such_cue():
    assert _found(history="Brightwater moved to Leeds in 1912, after floods killing two people hit York.") == []


# ---------------------------------------------------------------- a lockout, a strike notice


@pytest.mark.parametrize("sentence,expected", [
    ("In August 1998 the company locked out 420 members of the bakers' union at its Leeds plant.", [("strike", "1998-08")]),
    ("A nine-week lockout at the Hull plant in 2005 ended with a new contract.", [("strike", "2005")]),
    ("The drivers' union filed a strike notice with the labour board in April 2016.", [("strike", "2016-04")]),
])
def test_a_lockout_or_a_strike_notice_is_a_strike(sentence, expected):
    assert [(t, d) for t, _, d in _found(history=sentence)] == expected


def test_the_lockout_tagout_procedure_is_no_lockout():
    assert _found(history="In 2009 Brightwater introduced lockout-tagout procedures at all its plants.") == []


# ---------------------------------------------------------------- a raid, an arrest of a manager


@pytest.mark.parametrize("sentence,expected", [
    ("In May 2019 the Competition Commission raided Brightwater and two rival packers over bids for school meals.",
     [("investigation", "2019-05")]),
    ("Three of its plants were among those raided by tax police in October 2020.", [("investigation", "2020-10")]),
])
def test_a_raid_by_an_authority_is_an_investigation(sentence, expected):
    assert [(t, d) for t, _, d in _found(history=sentence)] == expected


def test_a_raid_in_a_war_is_none():
    assert _found(history="In 1942 the Leeds depot was raided by bandits and its stores burnt.") == []


@pytest.mark.parametrize("sentence", [
    "In March 2018 officers of the fraud bureau arrested the company's purchasing director.",
    "Police arrested a clerk and Brightwater's former plant manager in March 2018.",
])
def test_an_arrest_of_a_manager_by_the_police_is_an_investigation(sentence):
    assert [(t, d) for t, _, d in _found(history=sentence)] == [("investigation", "2018-03")]


# ---------------------------------------------------------------- a licence suspended by an authority


@pytest.mark.parametrize("sentence,expected", [
    ("In June 2017 the food safety agency suspended the company's export licence for two months.", [("fine", "2017-06")]),
    ("The Ministry of Fisheries revoked two of its permits in 2020 after catches above the quota.", [("fine", "2020")]),
])
def test_a_licence_suspended_or_revoked_by_an_authority_is_a_sanction(sentence, expected):
    assert [(t, d) for t, _, d in _found(history=sentence)] == expected


def test_the_company_ending_a_licence_agreement_is_none():
    assert _found(history="In 1994 Brightwater cancelled its licence agreement with a Danish baker.") == []



def test_an_inquiry_opened_before_the_licence_was_suspended_types_the_sentence():
    found = _found(history="In May 2021 the export agency opened an inquiry and suspended the company's licences for Peru.")
    assert [(t, d) for t, _, d in found] == [("investigation", "2021-05")]
