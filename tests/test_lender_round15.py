"""Lenders, second pass (docs/relations.md, "Round 15: lenders, second pass"): the kinds of loan
sentence the first cues did not read, and the loans that are no lender of the company. Each
sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _found(text: str, section: str = "History") -> set[tuple[str, str]]:
    page = Page(title="Acme", revision=1,
                wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== {section} ==\n{text}")
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


def _lenders(text: str) -> set[str]:
    return {n for t, n in _found(text) if t == "lender"}


LENDS = [
    # the company's lenders or creditors "led by X"
    ("In 2003 its lenders, led by [[Banco Ribeira]], agreed to reschedule US$90 million of debt.", {"Banco Ribeira"}),
    ("The creditors, led by [[Caixa Montebravo]], accepted the plan in May 1991.", {"Caixa Montebravo"}),
    ("In 1986 bank creditors led by [[Banco Ribeira]] agreed to extend their loans by eight years.", {"Banco Ribeira"}),
    ("In 2012 it agreed a new schedule with 12 banks, led by [[Banco Ribeira]] and [[Caixa Montebravo]], "
     "for US$400 million of loans.", {"Banco Ribeira", "Caixa Montebravo"}),
    # the banks named "with" the leaders of a syndicated loan
    ("A US$200 million syndicated loan, led by [[Banco Ribeira]] with [[Caixa Montebravo]] and [[Banco Austral]], "
     "paid for the Talca mill in 2015.", {"Banco Ribeira", "Caixa Montebravo", "Banco Austral"}),
    # a bank joining the syndicate
    ("The loan was enlarged to US$300 million in 2018, with [[Banco Austral]] joining the syndicate.", {"Banco Austral"}),
    # an amount borrowed from X, the amount first
    ("The founders opened the first plant in 1961 with 3 million escudos borrowed from [[Banco Ribeira]].",
     {"Banco Ribeira"}),
    # a loan of an amount with commas and "million"
    ("In 2020 the company received a loan of $12,500 million from [[Banco Ribeira]] to pay its staff.", {"Banco Ribeira"}),
    # a buyout of the company itself, whose loans it carries
    ("In 1999 Acme agreed to be acquired by Lago Partners, a private equity firm, for US$300 million. "
     "The buyout, financed with US$200 million of loans arranged by [[Banco Ribeira]] and [[Caixa Montebravo]], "
     "closed in June.", {"Banco Ribeira", "Caixa Montebravo"}),
    ("Its managers bought the company in a [[leveraged buyout]] in 1984, financed largely by [[Banco Ribeira]].",
     {"Banco Ribeira"}),
    ("In 2004 the family sold 80 per cent of Acme to Lago Partners in a leveraged buyout. "
     "The transaction, financed with loans arranged by [[Caixa Montebravo]], was completed in May.", {"Caixa Montebravo"}),
]


@pytest.mark.parametrize(("text", "lenders"), LENDS)
def test_a_kind_of_loan_sentence_names_the_lenders(text, lenders):
    assert _lenders(text) == lenders


def test_a_lender_that_also_bought_shares_is_two_facts():
    found = _found("The [[Nordic Investment Bank]] subscribed for new shares worth €20 million in 2017, "
                   "about 6 per cent of the company, and lent it a further €50 million for a new line.")
    assert {("investor", "Nordic Investment Bank"), ("lender", "Nordic Investment Bank")} <= found
    found = _found("In 2021 the [[Nordic Investment Bank]] agreed to lend €30 million for a recycling plant, "
                   "and bought 3.5 per cent of the company in new shares for €9 million.")
    assert ("lender", "Nordic Investment Bank") in found


def test_a_participle_lending_after_the_lenders():
    text = ("In 2016 Acme said its losses were larger than reported, and [[Banco Ribeira]] and [[Caixa Montebravo]] "
            "put it into a creditor-led workout, lending US$800 million and taking control of its board.")
    assert _lenders(text) == {"Banco Ribeira", "Caixa Montebravo"}


NOT_LENDERS = [
    # another party's purchase of a stake in the company, financed by a loan to the buyer
    "In 2008 Acme sold 30 per cent of its shares to the [[Quilpué Workers Trust]] for US$90 million. "
    "The purchase was financed largely by a loan from [[Banco Ribeira]].",
    # a takeover by another company, financed by the buyer's loans
    "In 2010 [[Envases del Sur]] agreed to buy Acme. The transaction was financed by loans from [[Banco Ribeira]].",
    # a central bank's emergency loan to a bank the company owns
    "Its savings bank survived a run in 1983 with an emergency loan from the [[Central Bank of Chile]].",
    # creditors that took the company over: investors by the conversion
    "It left bankruptcy in 2011 under the control of its lenders, led by [[Lago Capital]].",
    "In 2002 its creditors, led by [[Banco Ribeira]], agreed to convert US$1.5 million of debt into shares.",
    # the banks of an underwriting syndicate
    "Its 2014 share offering was managed by [[Banco Ribeira]], with [[Banco Austral]] joining the syndicate.",
    # a name borrowed from somewhere
    "The brand, a name borrowed from the [[Ribeira River]], dates from 1950.",
]


@pytest.mark.parametrize("text", NOT_LENDERS)
def test_no_lender(text):
    assert not _lenders(text)


def test_the_companys_own_purchase_keeps_its_lender():
    text = "In 2010 Acme bought [[Envases del Sur]]. The purchase was financed by a loan from [[Banco Ribeira]]."
    assert _lenders(text) == {"Banco Ribeira"}
