"""The lender relation type, end to end: the relations extractor reads the banks and funds that
lend money to the company (docs/relations.md, "Round 15: lenders"); the ontology, the shapes, the
partners query and the network know the type; a lender is never exported as P1951 (investor).
Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.model import RELATION_TYPES
from kg.sources import Page
from kg.text.parse import parse_article


def _found(text: str, section: str = "History") -> set[tuple[str, str]]:
    page = Page(title="Acme", revision=1,
                wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== {section} ==\n{text}")
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


LENDS = [
    ("In 2016 the [[Inter-American Development Bank]] lent the company US$45 million for a new plant.",
     {"Inter-American Development Bank"}),
    ("The [[Nordic Investment Bank]] lent it €30 million in 2019.", {"Nordic Investment Bank"}),
    ("In 2021 [[Banco Ribeira]] agreed to lend US$12 million to expand the Talca mill.", {"Banco Ribeira"}),
    ("The Talca mill was financed by a US$80 million loan from [[Banco Ribeira]] and [[Caixa Montebravo]].",
     {"Banco Ribeira", "Caixa Montebravo"}),
    ("In 2012 Acme obtained a credit line of US$20 million from [[Banco Ribeira]].", {"Banco Ribeira"}),
    ("A US$150 million syndicated loan arranged by [[Banco Ribeira]] and [[Caixa Montebravo]] refinanced its debt in 2018.",
     {"Banco Ribeira", "Caixa Montebravo"}),
    ("In March 2020 Acme signed a US$25 million loan with [[Banco Ribeira]].", {"Banco Ribeira"}),
    ("In 2009 [[Banco Ribeira]] provided a US$10 million bridge loan to the company.", {"Banco Ribeira"}),
    ("In 2003 it borrowed US$40 million from [[Banco Ribeira]] to buy new presses.", {"Banco Ribeira"}),
    ("The plant cost US$200 million, with [[Banco Ribeira]] and [[Caixa Montebravo]] among the lenders.",
     {"Banco Ribeira", "Caixa Montebravo"}),
    ("In 2001 the company restructured its debt with [[Banco Ribeira]].", {"Banco Ribeira"}),
]


@pytest.mark.parametrize(("text", "lenders"), LENDS)
def test_a_loan_to_the_company_names_its_lenders(text, lenders):
    found = _found(text)
    assert {n for t, n in found if t == "lender"} == lenders
    assert not {n for t, n in found if t in ("investor", "supplier") and n in lenders}


NOT_LENDERS = [
    # the company lends
    "In 2015 Acme lent US$5 million to [[Envases del Sur]], a supplier in trouble.",
    # loans to the company's customers: the bank is a partner, if anything
    "Since 2017 [[Banco Ribeira]] has provided loans to its customers who buy Acme's machines.",
    # loans converted into shares: an investor
    "In 2005 [[Banco Ribeira]] converted US$30 million of loans into 40 per cent of the shares.",
    # bonds bought by unnamed investors
    "In 2022 the company sold US$100 million of bonds to institutional investors.",
    # the underwriters of a share issue
    "Its initial public offering in 2011 was managed by [[Banco Ribeira]].",
    # a borrowed name
    "It borrowed its name from the [[Ribeira River]].",
]


@pytest.mark.parametrize("text", NOT_LENDERS)
def test_no_lender(text):
    assert not {n for t, n in _found(text) if t == "lender"}


def test_a_conversion_stays_an_investor():
    found = _found("In 2005 [[Banco Ribeira]] converted US$30 million of loans into 40 per cent of the shares.")
    assert ("investor", "Banco Ribeira") in found


def test_the_underwriter_stays_a_supplier():
    found = _found("Its initial public offering in 2011 was managed by [[Banco Ribeira]].")
    assert ("supplier", "Banco Ribeira") in found


def test_the_type_is_listed_last():
    assert RELATION_TYPES[-1] == "lender"
    assert RELATION_TYPES[:6] == ("partner", "customer", "supplier", "investor", "jointVenturePartner",
                                  "researchCollaborator")


def _lender_graph(tmp_path):
    import pyoxigraph as ox

    from kg.graph.rdf import Mapper
    from kg.model import DateValue, Entity, Fact, Provenance

    prov = Provenance(article="Acme", sentence="Banco Ribeira lent the company US$45 million.", extractor="relations")
    facts = [Fact("Acme", "lender", Entity("Banco Ribeira", "Banco Ribeira", "organization"), prov,
                  (("date", DateValue("2016", "year")),))]
    path = tmp_path / "g.nq"
    path.write_bytes(ox.serialize(Mapper().page_quads("Acme", 1, "Company", facts), format=ox.RdfFormat.N_QUADS))
    return path


def test_the_ontology_has_the_lender_and_it_is_not_p1951():
    from kg.graph.vocab import KGO
    from kg.wikidata.properties import alignments, property_for_pid

    assert str(KGO.lender).endswith("#lender") and str(KGO.LenderRelation).endswith("#LenderRelation")
    assert str(KGO.lender) not in alignments()
    assert property_for_pid()["P1951"] == str(KGO.investor)


def test_the_shapes_accept_a_lender_relation(tmp_path):
    from kg.graph.validate import validate

    conforms, text = validate(str(_lender_graph(tmp_path)))
    assert conforms, text


def test_the_partners_query_and_the_network_show_a_lender(tmp_path):
    from kg.analysis.network import COLOURS, load_network
    from kg.graph.query import get_query, load_graphs, run_query

    path = _lender_graph(tmp_path)
    columns, rows = run_query(load_graphs([str(path)]), get_query("partners"), {"company": "Acme"})
    assert any("lender" in " ".join(r) and "Banco Ribeira" in " ".join(r) for r in rows), (columns, rows)
    g = load_network([path])
    assert [d["relation"] for _, _, d in g.edges(data=True)] == ["lender"]
    assert "lender" in COLOURS
