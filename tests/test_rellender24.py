"""Lenders and investors read once: the relations take the parties of the history's funding
events (a round, a loan told with the lender as subject, a stake in a share issue) that no cue of
their own relates, typed by the event (a loan's party a `lender`, a round's an `investor`, a
named buyer of the company's bonds an `investor`) and dated by it. Each sentence is written for
the test."""

from __future__ import annotations

import pytest

from kg.extractors import history, relations
from kg.sources import Page
from kg.text.parse import parse_article


def _article(text: str):
    return parse_article(Page(title="Acme", revision=1,
                              wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== History ==\n{text}"))


def _found(text: str) -> dict[tuple[str, str], tuple[str | None, bool]]:
    """(type, counterparty) -> (the date, whether it came from the history's reading)."""
    out = {}
    for f, ev in relations.extract_with_evidence(_article(text)):
        date = dict(f.qualifiers).get("date")
        out[f.prop, f.value.title or f.value.label] = (date.iso if date else None, "cue.history" in ev)
    return out


INVESTORS = [
    ("In June 2004 the studio raised US$3 million from [[Orchard Lane Ventures]] and the [[Baltic Growth Fund]], "
     "which between them took a quarter of the shares.",
     {("investor", "Orchard Lane Ventures"): "2004-06", ("investor", "Baltic Growth Fund"): "2004-06"}),
    ("A seed round of US$1.2 million was led by [[Tallmast Capital]] in April 2015.",
     {("investor", "Tallmast Capital"): "2015-04"}),
    ("In 2011 the company raised NOK 90 million through a share issue, in which the [[Fjordheim Pension Fund]] "
     "became a shareholder.", {("investor", "Fjordheim Pension Fund"): "2011"}),
    ("The first outside money came in 1996, when [[Redcliff Partners]] and the [[Harbour Seed Fund]] invested "
     "$2 million in a Series A round.",
     {("investor", "Redcliff Partners"): "1996", ("investor", "Harbour Seed Fund"): "1996"}),
]

LENDERS = [
    ("In 2017 [[Banco Ribeira]] came back with a US$15 million loan for the second line.",
     {("lender", "Banco Ribeira"): "2017"}),
    ("A second [[Banco Ribeira]] loan was signed in 2019.", {("lender", "Banco Ribeira"): "2019"}),
    ("In 2015 [[Banco Ribeira]] opened a credit line of US$8 million for the company.",
     {("lender", "Banco Ribeira"): "2015"}),
    ("In 2013 the [[Nordvik Development Bank]] extended it a US$25 million term facility.",
     {("lender", "Nordvik Development Bank"): "2013"}),
    ("A US$70 million credit facility was agreed in 2020 with [[Banco Ribeira]] and [[Caixa Montebravo]].",
     {("lender", "Banco Ribeira"): "2020", ("lender", "Caixa Montebravo"): "2020"}),
]

# a named buyer of the company's bonds, notes or sukuk holds its debt paper: an investor
BOND_BUYERS = [
    ("In 2019 Acme raised US$60 million by issuing seven-year bonds, most of which were bought by the "
     "[[Banco Ribeira]].", {("investor", "Banco Ribeira"): "2019"}),
    ("In 2018 the [[Nordvik Development Bank]] invested US$15 million in convertible bonds of the company.",
     {("investor", "Nordvik Development Bank"): "2018"}),
]


@pytest.mark.parametrize(("text", "want"), INVESTORS + LENDERS + BOND_BUYERS)
def test_the_history_funding_parties_are_related(text, want):
    found = _found(text)
    for key, date in want.items():
        assert found.get(key) == (date, True), (key, found)
    for type_, name in want:  # one type per party: a loan's lender is no investor, a round's investor no lender
        assert {t for t, n in found if n == name} == {type_}, (name, found)


# a grant-giver, a guarantor, an insurer, an exchange, a party of a clause of time or of another act
NONE = [
    "In 2016 it received a US$2 million grant from the [[Andean Innovation Agency]].",
    "In 2020 the [[Andean Development Bank]] guaranteed a loan of US$30 million to the company.",
    "In 2014 it raised US$50 million through a bond issue listed on the [[Santiago Stock Exchange]].",
    "In 2021 Acme raised US$20 million through a share issue, after the [[Central Bank of Chile]] cut its policy rate.",
    "In 2010 it borrowed US$30 million from [[Banco Ribeira]], covered by [[Andes Export Credit Insurance]].",
]


@pytest.mark.parametrize("text", NONE)
def test_no_relation_for_a_party_that_put_no_money_in(text):
    names = {n for _, n in _found(text)}
    assert not names & {"Andean Innovation Agency", "Andean Development Bank", "Santiago Stock Exchange",
                        "Central Bank of Chile", "Andes Export Credit Insurance"}, names


def test_a_party_of_another_act_in_the_sentence_is_no_investor():
    found = _found("In March 2012 [[Orchard Lane Ventures]] paid US$9 million for new shares in the company, "
                   "and took over the rights to its games from [[Redcliff Studios]].")
    assert ("investor", "Redcliff Studios") not in found
    assert ("investor", "Orchard Lane Ventures") in found


def test_a_party_the_cues_relate_is_not_added_again():
    # the relations' own cue reads this lender: the history's reading adds nothing
    found = _found("The Talca mill was financed by a US$80 million loan from [[Banco Ribeira]].")
    assert found.get(("lender", "Banco Ribeira"), (None, None))[1] is False


def test_the_history_reading_is_read_once_per_article():
    article = _article("A seed round of US$1.2 million was led by [[Tallmast Capital]] in April 2015.")
    assert history.found_events(article) is history.found_events(article)
    assert history.found_events(article, threshold=2.0) is not history.found_events(article)


# the company lending to another: the party after "to" is the borrower
BORROWERS = [
    "In 2015 Acme lent US$5 million to [[Envases del Sur]], a supplier in trouble.",
    "In 2011 the company lent €3 million to [[Papelera Andina]], a supplier of board.",
    "In 2012 Acme borrowed US$9 million from [[Banco Ribeira]] and lent US$3 million to [[Papelera Andina]].",
]


@pytest.mark.parametrize("text", BORROWERS)
def test_a_borrower_is_no_lender(text):
    assert not {n for t, n in _found(text) if t == "lender"} - {"Banco Ribeira"}


# the company's own outlay, a loan to another named borrower, a name that qualifies a person
NOT_THE_COMPANYS = [
    ("In 2016 Acme invested in a Series A round of [[Lumen Trays]], alongside [[Orchard Lane Ventures]].",
     "Orchard Lane Ventures"),
    ("In 2019 the company invested US$2 million in a seed round of [[Lumen Trays]], with [[Tallmast Capital]].",
     "Tallmast Capital"),
    ("In 2013 [[Banco Ribeira]] lent Cartones Maule Holdings US$6 million to build a warehouse.", "Banco Ribeira"),
    ("The [[Nordvik Development Bank]] lent Fjord Salmon Group US$10 million in 2012.", "Nordvik Development Bank"),
    ("In 2010 it raised US$1 million from angel investors led by the former [[Unilever]] director Ana Pereda.",
     "Unilever"),
]


@pytest.mark.parametrize(("text", "name"), NOT_THE_COMPANYS)
def test_no_lender_or_investor_from_another_companys_funding(text, name):
    assert not {(t, n) for t, n in _found(text) if n == name and t in ("investor", "lender")}


@pytest.mark.parametrize("text", [
    "In 2014 [[Banco Ribeira]] lent the company [[Chilean peso|CLP]] 9 billion for a second line.",
    "In 2019 the company borrowed [[Bulgarian lev|BGN]] 12 million from [[Orchard Lane Bank]] for a new press.",
    "A loan of [[Polish złoty|PLN]] 40 million from [[Harbour Savings Bank]] followed in 2008.",
])
def test_a_currency_linked_beside_the_sum_lends_nothing(text):
    names = {n for _, n in _found(text)}
    assert not {"Chilean peso", "Bulgarian lev", "Polish złoty"} & names, names
