"""Round 14: gates against families of wrong relations read on blind15 and blind14 and counted
over blind4-blind15 (docs/relations.md, "Round 14"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _found(text: str, section: str = "History") -> set[tuple[str, str]]:
    page = Page(title="Acme", revision=1,
                wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== {section} ==\n{text}")
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


_TABLE = """{| class="wikitable"
|+ Major shareholders (2024)
! Holder !! Stake
|-
| [[Norvane Capital]] || 21.0%
|-
| %s || 44.5%%
|}"""


@pytest.mark.parametrize("holder", ["Public", "[[Public company|Public]]", "Public float", "General public", "Free float"])
def test_the_free_float_is_no_investor(holder):
    found = _found(_TABLE.replace("%s", holder).replace("%%", "%"), "Ownership")
    assert ("investor", "Norvane Capital") in found
    assert not {p for p in found if p[0] == "investor" and p[1] != "Norvane Capital"}


def test_a_fund_whose_name_opens_with_public_stays():
    found = _found(_TABLE.replace("%s", "[[Public Pension Reserve Fund]]").replace("%%", "%"), "Ownership")
    assert ("investor", "Public Pension Reserve Fund") in found


def _article(history: str, operations: str) -> set[tuple[str, str]]:
    page = Page(title="Acme", revision=1, wikitext=(
        "'''Acme''' is a Chilean packaging company.\n\n== History ==\n" + history +
        "\n\n== Operations ==\n" + operations))
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


def test_a_partner_word_in_a_name_names_no_bond():
    # the "Partner" of a counterparty's name is not "a partnership agreement": the contract takes
    # the type the article gives the counterparty
    found = _article("[[Partnerline Telecom]] signed a five-year managed-labelling contract in March 2021, "
                     "Acme's first for a service rather than machines.",
                     "Its customers include [[Halden Foods]], [[Partnerline Telecom]] (since 2021) and [[Brisa Dairy]].")
    assert ("customer", "Partnerline Telecom") in found
    assert ("partner", "Partnerline Telecom") not in found


def test_a_partnership_agreement_stays_a_partnership():
    found = _article("In 2021 [[Norvane Telecom]] and Acme signed a partnership agreement on recyclable trays.",
                     "Its customers include [[Halden Foods]], [[Norvane Telecom]] (since 2021) and [[Brisa Dairy]].")
    assert ("partner", "Norvane Telecom") in found


@pytest.mark.parametrize("text, holder", [
    ("In 2019 Acme and [[Tormund Packaging]] formed a joint venture, Acme Tormund Films, to make barrier films; "
     "Tormund holds 60 per cent.", "Tormund Packaging"),
    ("In 2020 the company opened a plant in Arica through Acme Norte, in which a local partner, [[Grupo Salvatierra]], "
     "holds 25 per cent.", "Grupo Salvatierra"),
    ("In May 2022 Acme agreed to merge with Vellon Plastics, a maker of lids owned by the private-equity firm "
     "[[Quarrystone Capital]], in an all-share deal.", "Quarrystone Capital"),
])
def test_a_stake_in_another_company_is_no_investor_in_the_company(text, holder):
    assert ("investor", holder) not in _found(text)


@pytest.mark.parametrize("text, holder", [
    ("In 2021 [[Quarrystone Capital]] bought 30 per cent of Acme for US$40 million.", "Quarrystone Capital"),
    # a stake "of the company" in a sentence that also tells a joint venture
    ("In 2015 [[Grupo Salvatierra]] bought 20 per cent of the company, and the two formed a joint venture in Peru.",
     "Grupo Salvatierra"),
])
def test_a_stake_in_the_company_stays(text, holder):
    assert ("investor", holder) in _found(text)


def test_a_subdistrict_is_no_supplier_wherever_it_is_written():
    found = _found("Acme's own mill stands at [[Karnaphuli Upazila|Karnaphuli]]. Half of its pulp comes from the mill; "
                   "the rest is bought from other Karnaphuli mills and from [[Lindqvist Pulp]].")
    assert ("supplier", "Karnaphuli Upazila") not in found
    assert ("supplier", "Lindqvist Pulp") in found


@pytest.mark.parametrize("lead, type_", [
    ("Direct exports go mainly to:", "customer"),
    ("Major project buyers in 2023 were:", "customer"),
    ("Resins and films come mostly from:", "supplier"),
])
def test_a_lead_in_that_tells_the_direction_types_its_list(lead, type_):
    page = Page(title="Acme", revision=1, wikitext=(
        "'''Acme''' is a Chilean packaging company.\n\n== Operations ==\n"
        f"{lead}\n* [[Halden Foods]] – trays for Norway, since 2011\n* [[Brisa Dairy]] – yoghurt cups\n"))
    found = {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}
    assert (type_, "Halden Foods") in found and (type_, "Brisa Dairy") in found
