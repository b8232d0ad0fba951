"""Round 16: recall of relations on new text, by kinds of structure counted over blind4-blind17
(docs/relations.md, "Round 16"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_relations_round14 import _found


def _typed(found: set[tuple[str, str]], prop: str) -> set[str]:
    return {name for p, name in found if p == prop}


@pytest.mark.parametrize("amount", ["KSh 2.4 billion", "RO 3 million", "ISK 900 million", "Lt 12 million",
                                    "GEL 40 million"])
def test_a_loan_in_any_currency_written_as_letters_names_a_lender(amount):
    found = _found(f"In 2011 the [[Marlin Development Bank]] lent it {amount} for a new warehouse.")
    assert _typed(found, "lender") == {"Marlin Development Bank"}


def test_a_borrowing_whose_amount_is_followed_by_an_aside_keeps_its_lenders():
    found = _found("In 2009 the company borrowed KSh 3.1 billion, most of it in dollars and euros, from "
                   "[[Tamu Bank]] and the [[Pwani Co-operative Bank]] to build a depot.")
    assert _typed(found, "lender") == {"Tamu Bank", "Pwani Co-operative Bank"}


def test_a_year_after_lent_is_no_amount():
    found = _found("In 2003 [[Orvaldi Holdings]] lent in 2004 its name to a fund of the company.")
    assert "Orvaldi Holdings" not in _typed(found, "lender")


@pytest.mark.parametrize("sentence", [
    "In 2018 the company issued US$80 million of bonds, arranged by [[Corvel Bank]] and [[Ostra Securities]].",
    "Its shares were listed in 1999; the offering of new shares raised Lt 21.5 million (about US$5 million) and was "
    "managed by [[Corvel Bank]] and [[Ostra Securities]].",
    "Notes of €60 million, listed in Dublin and underwritten by [[Corvel Bank]] and [[Ostra Securities]], were sold "
    "in 2015.",
    "A bond of GEL 1.5 billion, arranged by [[Corvel Bank]] and [[Ostra Securities]], was placed in June.",
])
def test_the_arrangers_of_an_issue_told_after_its_amount_are_suppliers(sentence):
    found = _found(sentence)
    assert {"Corvel Bank", "Ostra Securities"} <= _typed(found, "supplier")
    assert not _typed(found, "lender")


def test_holders_of_the_notes_or_a_loan_are_no_arrangers():
    found = _found("In 2020 a group of noteholders led by [[Grisham Capital]] sued the company. The notes were "
                   "repaid with a loan arranged by [[Corvel Bank]].")
    assert "Grisham Capital" not in _typed(found, "supplier")
    assert "Corvel Bank" not in _typed(found, "supplier")
    assert "Corvel Bank" in _typed(found, "lender")


def test_the_other_banks_of_a_syndicated_loan_that_financed_the_company_s_own_purchase_are_lenders():
    found = _found("In 2016 Acme bought 60 per cent of Belvo Foods for US$90 million. The purchase was financed by "
                   "a US$120 million syndicated loan arranged by [[Corvel Bank]], in which [[Ostra Bank]] and "
                   "[[Pelion Bank]] also took part.")
    assert {"Corvel Bank", "Ostra Bank", "Pelion Bank"} <= _typed(found, "lender")


def test_a_stake_in_the_company_bought_by_another_keeps_the_loan_out():
    found = _found("In 2016 Acme sold 30 per cent of its shares to [[Dolvan Group]]. The purchase was financed "
                   "by a loan arranged by [[Corvel Bank]], in which [[Ostra Bank]] also took part.")
    assert not _typed(found, "lender")


def test_also_took_part_outside_a_loan_names_no_lender():
    found = _found("In 2019 Acme opened a test kitchen with [[Belvo Foods]], and [[Ostra Bank]] also took part.")
    assert not _typed(found, "lender")


@pytest.mark.parametrize("sentence", [
    "The Antofagasta terminal, with ship-to-shore cranes from [[Halvorsen Maschinenbau]], opened in 2012.",
    "A second line, with 48 looms made by [[Halvorsen Maschinenbau]], was added in 2015.",
    "A drying plant was built at Iquique in 2009 with drying equipment from [[Halvorsen Maschinenbau]].",
])
def test_an_asset_told_with_the_machines_of_another_names_a_supplier(sentence):
    assert "Halvorsen Maschinenbau" in _typed(_found(sentence), "supplier")


def test_machines_a_rival_competes_with_are_no_supply():
    found = _found("Its presses compete with presses from [[Halvorsen Maschinenbau]] in Europe.")
    assert "Halvorsen Maschinenbau" not in _typed(found, "supplier")


def test_a_loan_that_financed_the_purchase_told_before_takes_its_date():
    page = Page(title="Acme", revision=1, wikitext="'''Acme''' is a Chilean packaging company.\n\n== History ==\n"
                "In March 2012 Acme bought 70 per cent of Belvo Foods. The purchase was financed by a loan from "
                "[[Corvel Bank]].")
    dates = {f.value.title: dict(f.qualifiers).get("date") for f in relations.extract(parse_article(page))
             if f.prop == "lender"}
    assert dates["Corvel Bank"].iso == "2012-03"


@pytest.mark.parametrize("sentence", [
    "[[Dolvan Group]] has bought frozen salmon portions from the Puerto Montt plant since 2014.",
    "[[Dolvan Group]] has bought corrugated trays from Acme since 2011.",
    "[[Dolvan Group]] has also bought labels from the company under a contract of 2016.",
])
def test_a_buyer_from_the_company_or_its_plant_is_a_customer(sentence):
    assert "Dolvan Group" in _typed(_found(sentence), "customer")


def test_a_buyer_from_another_is_no_customer():
    found = _found("[[Dolvan Group]] has bought trays from [[Belvo Packaging]] since 2011.")
    assert "Dolvan Group" not in _typed(found, "customer")


def test_the_partner_family_is_one_list_for_the_extractor_and_the_scoring():
    from kg import model
    from kg.evaluation import relations as scoring
    from kg.extractors import relation_cues

    assert scoring.PARTNER_FAMILY is relations.PARTNER_FAMILY is model.PARTNER_FAMILY
    assert {scoring.family(t) for t in relation_cues.TYPES} == {
        relations._family(t) for t in relation_cues.TYPES}
