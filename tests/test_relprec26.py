"""Relations precision on new text (round 26): the parties of a joint venture the company is not
among (the company itself set up as that venture: its owners; a venture that built something for
it: its contractors), and the members of a consortium that bought a stake in the company or won
its bid (its owners, not partners or customers). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found
from tests.test_relations_round16b import _typed


@pytest.mark.parametrize("sentence", [
    "The company was set up in 2004 as a joint venture of the Lisbon conglomerate [[Ribeira Holdings]] "
    "and the Danish operator [[Skarvik Telecom]].",
    "Acme was incorporated in Porto on 3 May 2004 as a joint venture between [[Ribeira Holdings]] and "
    "[[Skarvik Telecom]].",
])
def test_the_company_set_up_as_a_venture_of_others_has_them_as_owners(sentence):
    found = _found(sentence)
    assert _typed(found, "investor") == {"Ribeira Holdings", "Skarvik Telecom"}
    assert not _typed(found, "jointVenturePartner")


def test_a_venture_that_built_for_the_company_is_its_contractors():
    found = _found("Its new quay was built in 2001 by a joint venture of the contractor [[Tormes Obras]] and "
                   "the dredging firm [[Valkhof Dredging]].")
    assert _typed(found, "supplier") == {"Tormes Obras", "Valkhof Dredging"}
    assert not _typed(found, "jointVenturePartner")


def test_a_venture_of_the_company_with_another_stays_a_joint_venture():
    found = _found("In 2010 it formed Norte Films, a joint venture between Acme and [[Ribeira Holdings]].")
    assert _typed(found, "jointVenturePartner") == {"Ribeira Holdings"}


@pytest.mark.parametrize("sentence", [
    "It was partly privatised in 1999, when a consortium led by the Lima investment group [[Quilca Holding]] "
    "bought 40 per cent.",
    "The state sold 40 per cent of the company in 1999 to a consortium led by [[Quilca Holding]].",
    "The winning consortium, [[Quilca Holding]] and Maranon Ports Ltd, signed the concession contract on 2 May 1999.",
])
def test_a_consortium_that_buys_a_stake_or_wins_the_bid_owns_the_company(sentence):
    found = _found(sentence)
    assert "Quilca Holding" in _typed(found, "investor")
    assert not _typed(found, "partner") and not _typed(found, "customer")


def test_a_consortium_partner_in_a_tender_stays_a_partner():
    found = _found("In 2015 it bid for the Santos tramway in a consortium led by [[Quilca Holding]].")
    assert "Quilca Holding" not in _typed(found, "investor")


@pytest.mark.parametrize("sentence", [
    "The group sold its half of the insurance venture to [[Tarvik Re]] in 2018.",
    "In 2015 it sold its holding in the terminal to [[Tarvik Ports]].",
])
def test_the_buyer_of_the_companys_share_of_a_venture_is_no_customer(sentence):
    assert not _typed(_found(sentence), "customer")


def test_a_buyer_of_what_the_company_makes_stays_a_customer():
    assert _typed(_found("In 2015 it sold half of its output to [[Tarvik Ports]]."), "customer") == {"Tarvik Ports"}


def test_the_capital_city_is_no_funding():
    found = _found("In 2012 Acme bought Dessie Mill, a state mill north of the capital, from the "
                   "[[Tarvian Privatisation Agency]] for Br 90 million.")
    assert not _typed(found, "investor")


def test_capital_raised_from_an_investor_stays_an_investor():
    found = _found("In 2012 Acme raised new capital from [[Norvane Capital]].")
    assert _typed(found, "investor") == {"Norvane Capital"}


def test_the_funder_of_a_report_about_the_company_is_no_investor():
    found = _found("In 2009 a report by the Lima rights group [[Infancia Viva]], funded by [[UNIDAS]], "
                   "said that children worked on farms that supplied Acme.")
    assert not _typed(found, "investor")


def test_a_bank_named_as_the_structuring_agent_of_a_bond_issue_is_a_supplier():
    found = _found("In 2011 the company issued US$150 million of ten-year bonds, with [[Banco Tarvio]] as the structuring agent.")
    assert _typed(found, "supplier") == {"Banco Tarvio"}
    assert not _typed(found, "investor") and not _typed(found, "lender")


def test_a_buyer_of_shares_after_the_underwriter_is_no_underwriter():
    found = _found("The offering was underwritten by [[Tarvik Securities]], and the [[Halden Development Fund]] "
                   "bought 5 per cent as a cornerstone investor.")
    assert _typed(found, "supplier") == {"Tarvik Securities"}


def test_a_company_that_only_qualifies_a_person_is_no_investor():
    found = _found("[[Norvane Capital]] and the venture fund of [[Tarvik Group|Tarvik]]'s founder Li Wen invested "
                   "NT$320 million in the company in a second round in March 2005.")
    assert _typed(found, "investor") == {"Norvane Capital"}


def test_a_contract_in_a_later_conjunct_is_no_joint_venture():
    found = _found("It announced a joint venture with the logistics group [[Grupo Tarvino]] in May 2024 to build a "
                   "cold store, and signed a five-year contract with [[Halden Line]] that October.")
    assert _typed(found, "jointVenturePartner") == {"Grupo Tarvino"}
    assert "Halden Line" not in _typed(found, "jointVenturePartner")


def test_freight_between_two_places_carried_by_a_railway_is_a_supply():
    found = _found("Rail freight from Valka to Riga is carried by [[Tarvia Rail Cargo]].")
    assert _typed(found, "supplier") == {"Tarvia Rail Cargo"}
    assert not _typed(found, "customer")


def test_a_possessors_named_unit_is_the_party():
    found = _found("In 2014 it was paid for with a US$250 million loan from the [[Tarvian Development Bank]]'s "
                   "private-sector arm [[TDB Invest]] and [[Banco Halden]].")
    assert _typed(found, "lender") == {"TDB Invest", "Banco Halden"}


@pytest.mark.parametrize("sentence", [
    "Since 2014 the company has worked with the [[École Polytechnique Fédérale de Tarvia]] on silicon escapements.",
    "Acme has worked with [[Universiti Teknologi Tarvia]] on low-protein latex since 2010.",
    "Since 2019 it has worked with [[Halden University of Technology|Halden]] on replacing palm oil.",
    "Since 2015 the company has funded a laboratory at [[Tarvik University]], and it works with the "
    "[[Halden University of Technology]] on software for autonomous driving.",
])
def test_joint_work_with_a_university_is_research(sentence):
    found = _found(sentence)
    assert _typed(found, "researchCollaborator") and not _typed(found, "partner")


def test_an_agreement_with_a_university_in_the_same_conjunct_stays_a_partnership():
    found = _found("In 2016 it signed a memorandum of understanding with [[Tarvik University]] on internships.")
    assert _typed(found, "partner") == {"Tarvik University"}
