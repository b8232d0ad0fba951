"""Round 17 (rel17b): recall of investors, partners, joint ventures and research collaborators
on new text. Each sentence and table is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found


def _typed(found: set[tuple[str, str]], prop: str) -> set[str]:
    return {name for p, name in found if p == prop}


_HOLDERS = """{| class="wikitable"
! %s !! %s
|-
| Tarvo Family Holdings || 61.0
|-
| [[Norvane Capital]] || 8.2
|-
| [[Keldor Pension Fund]] (through a unit trust) || 4.4
|-
| Public || 26.4
|}"""


@pytest.mark.parametrize("section", ["Corporate affairs", "Ownership", "Finances"])
def test_a_shareholder_table_with_a_percent_header_gives_its_holders(section):
    found = _found(_HOLDERS % ("Shareholder", "Stake (%)"), section)
    assert _typed(found, "investor") == {"Norvane Capital", "Keldor Pension Fund"}


def test_a_shareholder_table_under_any_heading_gives_its_holders():
    table = (_HOLDERS % ("Shareholder", "Stake")).replace(" || 8.2", " || 8.2%").replace(" || 4.4", " || 4.4%")
    found = _found(table, "Corporate affairs")
    assert _typed(found, "investor") == {"Norvane Capital", "Keldor Pension Fund"}


@pytest.mark.parametrize("headers", [("Subsidiary", "Stake (%)"), ("Shareholder", "Votes"), ("Year", "Stake (%)")])
def test_no_holders_from_a_table_of_another_kind(headers):
    found = _found(_HOLDERS % headers, "Corporate affairs")
    assert not _typed(found, "investor")


@pytest.mark.parametrize("sentence", [
    "In 2009 Acme and the Danish shipowner [[Torsvik Line]] formed Acme Torsvik Logistics A/S.",
    "In 2009 Acme and [[Torsvik Line]] (TL) set up Polar Reefer Services.",
    "Three years later it and the Danish shipowner Torsvik Line established Nordpak Ltd.",
    "In 2009 the company and [[Torsvik Line]], a Danish shipowner, agreed to set up Nordpak Containers.",
])
def test_the_company_and_a_partner_setting_up_a_named_company_is_a_joint_venture(sentence):
    assert _typed(_found(sentence), "jointVenturePartner") == {"Torsvik Line"}


@pytest.mark.parametrize("sentence", [
    "In 2009 [[Torsvik Line]] and [[Hallberg Shipping]] formed Nordpak Containers.",
    "In 2009 Acme and [[Torsvik Line]] formed a plan for the harbour.",
    "In 2009 Acme and [[Torsvik Line]] set up the Baltic Reefer Forum, an industry body, and left it in 2012, and Acme formed Nordpak.",
])
def test_no_joint_venture_without_the_company_or_a_named_new_company(sentence):
    assert not _typed(_found(sentence), "jointVenturePartner")


def test_a_body_the_company_sets_up_with_another_is_no_joint_venture():
    found = _found("In 2009 Acme and [[Torsvik Line]] set up Baltic Reefer Forum to share port data.")
    assert not _typed(found, "jointVenturePartner")


@pytest.mark.parametrize("sentence", [
    "Since 2018 the company has tested cold-chain sensors with the [[Aalborg University]].",
    "It has worked since 2015 with the [[Danish Meat Research Institute]] on packaging films.",
    "Biodegradable trays, developed with the [[Polish Academy of Sciences]], went on sale in 2021.",
    "The Coldpack project is run with the Baltic Institute of Packaging and Logistics.",
])
def test_joint_work_with_a_university_or_institute_is_research(sentence):
    found = _found(sentence)
    assert _typed(found, "researchCollaborator") and not _typed(found, "partner")


def test_a_company_named_beside_a_university_stays_a_partner():
    found = _found("It tested recyclable films with the [[Aalborg University]] and the film maker [[Korvik Plast]].")
    assert _typed(found, "researchCollaborator") == {"Aalborg University"}
    assert _typed(found, "partner") == {"Korvik Plast"}


@pytest.mark.parametrize("sentence", [
    "Acme works with the [[Aalborg University]] to fund a prize for packaging design.",
    "In 2018 Acme signed a memorandum of understanding with the [[Aalborg University]].",
    "In 2018 Acme became one of the founding members of the Nordic Packaging Alliance, along with the [[Aalborg University]].",
])
def test_a_gift_an_agreement_or_a_fellow_member_is_no_research(sentence):
    assert "Aalborg University" not in _typed(_found(sentence), "researchCollaborator")


def test_an_institute_named_by_two_fields_is_one_name():
    found = _found("The company has run trials with the Nordic Institute of Packaging and Logistics since 2019.")
    assert _typed(found, "researchCollaborator") == {"Nordic Institute of Packaging and Logistics"}


@pytest.mark.parametrize("sentence", [
    "In May 2012 the company raised US$2.5 million from [[Norvane Capital]] and [[Keldor Ventures]].",
    "In May 2012 Acme raised €1.25 billion from [[Norvane Capital]] and [[Keldor Ventures]].",
])
def test_money_raised_with_a_decimal_amount_names_its_investors(sentence):
    assert _typed(_found(sentence), "investor") == {"Norvane Capital", "Keldor Ventures"}
