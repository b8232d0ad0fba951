"""The dates of relations (issue 14, round 21): a date the clause writes after an enumeration of
parties is the date of all of them, not only of the last. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _dates(text: str, section: str = "History") -> dict[tuple[str, str], str | None]:
    page = Page(title="Acme", revision=1,
                wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== {section} ==\n{text}")
    out: dict[tuple[str, str], str | None] = {}
    for f in relations.extract(parse_article(page)):
        date = dict(f.qualifiers).get("date")
        out[(f.prop, f.value.title or f.value.label)] = date.iso if date else None
    return out


OF_ALL = [
    ("A US$40 million Series C round, led by [[Harbour Peak Capital]] with [[Lumen Ventures]], was closed in March 2021.",
     "investor", ["Harbour Peak Capital", "Lumen Ventures"], "2021-03"),
    ("A Series B round of €9 million, led by [[Harbour Peak Capital]] with [[Lumen Ventures]] participating, "
     "was completed in October 2018.", "investor", ["Harbour Peak Capital", "Lumen Ventures"], "2018-10"),
    ("A US$90 million syndicated loan arranged by [[Banco Ribeira]], [[Caixa Montebravo]] and [[Banca Orsini]] in 2011 "
     "paid for the new mill.", "lender", ["Banco Ribeira", "Caixa Montebravo", "Banca Orsini"], "2011"),
    ("A term loan from [[Banco Ribeira]] and [[Caixa Montebravo]] refinanced the plant's debt in June 2019.",
     "lender", ["Banco Ribeira", "Caixa Montebravo"], "2019-06"),
    ("A loan of €60 million from [[Banco Ribeira]] and [[Caixa Montebravo]] was signed in May 2015 to build a warehouse.",
     "lender", ["Banco Ribeira", "Caixa Montebravo"], "2015-05"),
]


@pytest.mark.parametrize(("text", "prop", "parties", "date"), OF_ALL)
def test_a_date_after_the_enumeration_dates_all_its_parties(text, prop, parties, date):
    found = _dates(text)
    for party in parties:
        assert found.get((prop, party)) == date, (party, found)


KEPT_APART = [
    # a later party's own clause or parentheses still date that party only
    ("Its customers include [[Northwind Foods]], [[Brightwater Markets]] (since 2020) and [[Solano Retail]].",
     "customer", {"Northwind Foods": None, "Brightwater Markets": "2020"}),
    ("Its customers include [[Northwind Foods]] and [[Brightwater Markets]], which signed a contract in 2019.",
     "customer", {"Northwind Foods": None, "Brightwater Markets": "2019"}),
    ("Its tenants are [[Northwind Foods]] and, since 2022, [[Brightwater Markets]].",
     "customer", {"Northwind Foods": None, "Brightwater Markets": "2022"}),
]


@pytest.mark.parametrize(("text", "prop", "dates"), KEPT_APART)
def test_a_later_partys_own_date_is_not_the_others(text, prop, dates):
    found = _dates(text, section="Operations")
    for party, date in dates.items():
        assert found[(prop, party)] == date, (party, found)


TOLD_FINER = [
    # the relation told by its year in one sentence and by its month in another: the month
    ("Its customers include [[Northwind Foods]], which has bought its trays since 2019. "
     "A five-year supply agreement with [[Northwind Foods]] was signed in March 2019.", ("customer", "Northwind Foods"),
     "2019-03"),
    ("[[Harbour Peak Capital]] has been its largest shareholder since 2016. "
     "In May 2016 [[Harbour Peak Capital]] bought 25 per cent of the company.",
     ("investor", "Harbour Peak Capital"), "2016-05"),
    ("In 2020 it formed a joint venture with [[Banca Orsini]] to lease forklifts. "
     "On 4 February 2020 Acme and [[Banca Orsini]] formed a joint venture, Orsini Leasing.",
     ("jointVenturePartner", "Banca Orsini"), "2020-02-04"),
]


@pytest.mark.parametrize(("text", "key", "date"), TOLD_FINER)
def test_a_year_is_refined_by_a_finer_date_of_the_same_relation(text, key, date):
    page = Page(title="Acme", revision=1,
                wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== History ==\n{text}")
    dates = {dict(f.qualifiers)["date"].iso for f in relations.extract(parse_article(page))
             if (f.prop, f.value.title) == key and "date" in dict(f.qualifiers)}
    assert dates == {date}


def test_another_year_or_type_is_not_refined():
    text = ("Its customers include [[Northwind Foods]], which has bought its trays since 2017. "
            "A five-year supply agreement with [[Northwind Foods]] was signed in March 2019.")
    page = Page(title="Acme", revision=1,
                wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== History ==\n{text}")
    dates = {dict(f.qualifiers)["date"].iso for f in relations.extract(parse_article(page))
             if f.value.title == "Northwind Foods" and "date" in dict(f.qualifiers)}
    assert dates == {"2017", "2019-03"}


PAID_FOR = [
    ("In 2004 Acme opened a carton plant at Talca. It was financed by a US$30 million loan from [[Banco Ribeira]].",
     "2004"),
    ("In March 2011 the company bought the Rancagua mill of Papelera Sur. It was paid for with a bridge loan from "
     "[[Banco Ribeira]].", "2011-03"),
    ("Demand rose in the late 1990s with the growth of fruit exports, and in 1998 Acme built a second line at Talca. The line cost US$8.5 million and "
     "was largely financed by a term loan from [[Banco Ribeira]].", "1998"),
]


@pytest.mark.parametrize(("text", "date"), PAID_FOR)
def test_a_loan_that_paid_for_what_the_sentence_before_told_carries_its_date(text, date):
    assert _dates(text).get(("lender", "Banco Ribeira")) == date


def test_a_loan_told_after_another_section_carries_no_date():
    text = "In 2004 Acme opened a carton plant at Talca.\n\n== Finance ==\nIt was financed by a loan from [[Banco Ribeira]]."
    assert _dates(text).get(("lender", "Banco Ribeira")) is None


CONJUNCTS = [
    ("Acme was the shirt sponsor of [[Club Deportivo Talca]] from 2008 to 2016 and has sponsored [[Club Rancagua]] "
     "since 2019.", ("partner", "Club Deportivo Talca"), "2008"),
    ("The company has sponsored the Talca Film Festival since 2005 and was an official supplier of the "
     "[[Chilean Rugby Federation]] from 2012 to 2015.", ("partner", "Chilean Rugby Federation"), "2012"),
    ("It received a quality award in 2018 and formed a joint venture with the Peruvian importer [[Andes Foods]] "
     "in 2021 to sell trays in Lima.", ("jointVenturePartner", "Andes Foods"), "2021"),
]


@pytest.mark.parametrize(("text", "key", "date"), CONJUNCTS)
def test_a_party_is_dated_by_its_own_conjunct(text, key, date):
    assert _dates(text).get(key) == date


def test_a_range_is_not_split_into_conjuncts():
    text = ("Between 2015 and 2019 it supplied trays for the national school meals programme under contracts with "
            "the agency [[Junaeb]].")
    assert _dates(text).get(("customer", "Junaeb")) == "2015"
