"""Relations recall, round 26: auditors told in the active voice, certification schemes named by
their body, the national arm of a linked company as a subject, and one date for an enumeration
that a plural kind word closes. Each sentence is written for the test (invented companies)."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources.page import Page
from kg.text.parse import parse_article
from tests.test_relation_cues_unseen import _pairs


def _dated(sentence: str) -> dict[tuple[str, str], str | None]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is an engineering company.\n\n{sentence}")
    out = {}
    for f in relations.extract(parse_article(page)):
        date = dict(f.qualifiers).get("date")
        out[(f.prop, f.value.title or f.value.label)] = date.iso if date else None
    return out


@pytest.mark.parametrize("sentence, expected", [
    ("[[Brantley Partners]] has audited the group's accounts since 2005.", {("supplier", "Brantley Partners")}),
    ("[[Corvane & Co]] audits its financial statements.", {("supplier", "Corvane & Co")}),
    ("[[Halloway Audit]] had audited the bank's books until 2012.", {("supplier", "Halloway Audit")}),
])
def test_an_auditor_of_the_accounts_in_the_active_voice_is_a_supplier(sentence, expected):
    assert _pairs(sentence) == expected


def test_an_auditor_written_with_its_country_is_the_linked_firm():
    # "[[X]] Cambodia": the firm's arm in a country is the linked firm, not the country
    assert _pairs("[[Brantley Partners]] Cambodia has audited its accounts since 2016.") == \
        {("supplier", "Brantley Partners")}


def test_an_audit_of_something_else_gives_no_auditor():
    assert not _pairs("[[Norvale Inspections]] audited the safety of its plants in 2019.")


@pytest.mark.parametrize("sentence, expected", [
    ("The plant has been certified to the [[Texora|TEXORA]] Standard 100 since 2019.", {("partner", "Texora")}),
    ("Its timber has been certified under the [[Woodmark Council]] and [[Forestline|FL]] schemes since 2008.",
     {("partner", "Woodmark Council"), ("partner", "Forestline")}),
    ("The Hohenau plant has held [[Greenleaf Alliance]] certification since 2020.", {("partner", "Greenleaf Alliance")}),
    ("The mill has held Greenleaf Alliance certification since 2020.", {("partner", "Greenleaf Alliance")}),
])
def test_a_certification_scheme_named_by_its_body_is_a_partner(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The plant was certified to the ISO 9001 standard in 1998.",
    "Its farms are certified under the EU organic scheme.",
    "The company received Halal certification in 2010.",
    "In 2003 it became the first grower to be certified under the Fairtrade standard for flowers.",
])
def test_a_standard_or_a_mark_without_a_body_is_no_partner(sentence):
    assert not _pairs(sentence)


def test_an_enumeration_closed_by_a_plural_kind_word_is_dated_as_a_whole():
    dates = _dated("Its timber has been certified under the [[Woodmark Council]] and [[Forestline|FL]] "
                   "schemes since 2008.")
    assert dates == {("partner", "Woodmark Council"): "2008", ("partner", "Forestline"): "2008"}


@pytest.mark.parametrize("sentence, expected", [
    ("Its property risks are reinsured mainly with [[Halden Re]] and [[Orvik Re]].",
     {("supplier", "Halden Re"), ("supplier", "Orvik Re")}),
    ("The group's catastrophe risks have been reinsured with [[Halden Re]] since 2004.", {("supplier", "Halden Re")}),
])
def test_a_reinsurer_the_risks_are_placed_with_is_a_supplier(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("[[Orvane Line]], [[Bexo Shipping]] and [[Talmar Lines]] also call weekly.",
     {("customer", "Orvane Line"), ("customer", "Bexo Shipping"), ("customer", "Talmar Lines")}),
    ("[[Orvane Line]] has called there under a berthing agreement since 2015.", {("customer", "Orvane Line")}),
    ("[[Orvane Line]] began calling weekly with its Caribbean service that April.", {("customer", "Orvane Line")}),
])
def test_a_shipping_line_that_calls_at_the_terminal_is_a_customer(sentence, expected):
    assert _pairs(sentence, "'''Acme''' is a container terminal operator.") == expected


@pytest.mark.parametrize("sentence", [
    "The minister called weekly for a review of the port.",
    "[[Harlow Bank]] called the loan in 2009.",
])
def test_other_calls_are_no_customers(sentence):
    assert not _pairs(sentence, "'''Acme''' is a container terminal operator.")


@pytest.mark.parametrize("sentence, expected", [
    ("A 14-storey head office on Marden Boulevard, built by the contractor [[Talvik Bygg]], opened in 2021.",
     {("supplier", "Talvik Bygg")}),
    ("In 2009 it moved to the Acme Tower, built for TT$210 million by the local contractor Kestrel Construction Limited.",
     {("supplier", "Kestrel Construction Limited")}),
])
def test_the_builder_of_the_head_office_is_a_supplier(sentence, expected):
    assert _pairs(sentence) == expected


def test_a_country_in_brackets_before_the_legal_form_belongs_to_the_name():
    assert _pairs("Its head office, built by the contractor Marlow Construction (Cambodia) Co., Ltd., opened in 2021.") == \
        {("supplier", "Marlow Construction (Cambodia) Co., Ltd.")}


@pytest.mark.parametrize("sentence, expected", [
    ("In 2021 it replaced its terminal operating system with [[Navora (company)|Navora]] N4.",
     {("supplier", "Navora (company)")}),
    ("In 2018 it moved its reservations system from [[Sabrel]] to [[Amadora IT Group|Amadora]].",
     {("supplier", "Amadora IT Group")}),
    ("It replaced its own cashier with [[Trustel]]'s pay-and-play system shortly afterwards.", {("supplier", "Trustel")}),
])
def test_the_vendor_of_a_system_that_replaced_the_old_one_is_a_supplier(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "It moved its head office to [[Lisbon]] in 2010.",
    "It replaced its chief executive with [[John Smith]].",
])
def test_other_moves_and_replacements_name_no_vendor(sentence):
    assert not _pairs(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Most of its ore went to steelmakers in Japan, among them [[Kanto Steel]] and [[Orimo Works]].",
     {("customer", "Kanto Steel"), ("customer", "Orimo Works")}),
    ("Most pulp goes to tissue and paper makers in Asia, among them [[Nine Rivers Paper]].", {("customer", "Nine Rivers Paper")}),
])
def test_buyers_named_after_a_kind_of_buyer_are_customers(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "In 2001 the company was sold to a group of investors, among them [[Harlow Capital]].",
    "The founders sold shares to institutions, among them [[Harlow Capital]].",
])
def test_a_sale_of_the_company_or_its_shares_names_no_customer(sentence):
    assert ("customer", "Harlow Capital") not in _pairs(sentence)
