"""Relation rules that hold on any article, each shown on a sentence written for the test:
passives whose agent works for the company, "a partner of X", joint services and products
developed with a partner, and the clauses that state no partnership."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _pairs(sentence: str, lead: str = "'''Acme''' is a railway company.") -> set[tuple[str, str]]:
    page = Page(title="Acme", revision=1, wikitext=f"{lead}\n\n{sentence}")
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


@pytest.mark.parametrize("sentence, expected", [
    # a passive whose agent refines, underwrites or builds what is the company's
    ("Copper from the Ridge mine is refined by [[Globex Metals]].", {("supplier", "Globex Metals")}),
    ("In 2016 it raised $300 million in a rights issue, underwritten by [[Initech Bank]] and [[Hooli Capital]].",
     {("supplier", "Initech Bank"), ("supplier", "Hooli Capital")}),
    # "the railway's": the company under the noun the article calls it by
    ("The railway's first electric trains were built by [[Globex]] and [[Initech]].",
     {("supplier", "Globex"), ("supplier", "Initech")}),
    ("The city's first trams were built by [[Globex]].", set()),  # whose trams: not the company's
    # a passive coordinated with an earlier one keeps its subject
    ("Its night trains are sold under the Acme Sleeper brand and built by [[Globex]].", {("supplier", "Globex")}),
    # what the company's ships or trains are chartered by: a customer
    ("In 1915 two of its steamers were chartered by the [[Royal Navy]] as hospital ships.",
     {("customer", "Royal Navy")}),
    ("Acme was chartered by [[Globex]] in 1920.", set()),  # the company itself
    # "a partner of", "a paying agent for" with the company (or "the bank", "the railway") as subject
    ("The company is a premier technology partner of [[Globex]] and a partner of [[Initech]].",
     {("partner", "Globex"), ("partner", "Initech")}),
    ("The railway is an authorised sales agent for [[Globex Tours]] and [[Initech Travel]].",
     {("partner", "Globex Tours"), ("partner", "Initech Travel")}),
    ("[[Globex]] is a partner of [[Initech]].", set()),  # two others
    ("Its founder was a partner of [[Globex]].", set()),  # a person's, not the company's
    # joint services and things developed with a partner
    ("Since 2012 it has run a joint freight service with [[Globex Rail]] between two ports.",
     {("partner", "Globex Rail")}),
    ("In 2019 Acme launched AcmeCard, a payment card developed with [[Initech]].", {("partner", "Initech")}),
    ("[[Globex]] developed the engine with [[Initech]].", set()),  # someone else's product
    ("The company is building a 40 MW wind farm at Ridge with the energy producer Windel.",
     {("partner", "Windel")}),
    ("It is building a new depot with a capacity of 300 wagons.", set()),
    # the type of a partnership read in the cue's own conjunct; energy bought under contract
    ("Since 2015 it has run a joint research lab with the [[University of Ridge]], and in 2021 it signed a "
     "power-purchase agreement with [[Globex Energy]].",
     {("researchCollaborator", "University of Ridge"), ("supplier", "Globex Energy")}),
    # investors: money raised from named investors, the largest shareholder, funds managed by a firm
    ("In 2004 the company raised $8 million from [[Globex Ventures]] and the fund Initech Capital.",
     {("investor", "Globex Ventures"), ("investor", "Initech Capital")}),
    ("In 2003 [[Globex]] raised $5 million from [[Initech]].", set()),  # someone else's round
    ("In 2010 it raised $40 million from the sale of its port.", set()),
    ("[[Globex Pension Fund]] is its largest shareholder, with 11 per cent.", {("investor", "Globex Pension Fund")}),
    ("In 2014 Acme agreed to be acquired by funds managed by [[Globex Partners]] for $2 billion.",
     {("investor", "Globex Partners")}),
    # customers: what the company's output is sold to, carried for, or a contract to serve
    ("Most of its nickel is sold to [[Globex Metals]] under a long-term agreement.", {("customer", "Globex Metals")}),
    ("Acme Chemicals was sold to [[Globex]] in 1998.", set()),  # a named business, not a product
    ("Its paint business was sold to [[Globex]] in 1998.", set()),
    ("In 2005 it carried fuel for the [[Royal Air Force]] under an emergency contract.", {("customer", "Royal Air Force")}),
    ("In 2009 it signed a five-year contract with [[Globex Grain]] to move grain to the coast.",
     {("customer", "Globex Grain")}),
    ("In 2022 Acme and [[Initech Mining]] signed an agreement under which the railway will carry its ore.",
     {("customer", "Initech Mining")}),
    # suppliers: chosen to supply, an order placed with a maker
    ("In 2013 it chose [[Globex]] to supply its new signalling system.", {("supplier", "Globex")}),
    ("In 2013 [[Globex]] was selected to build its new depot.", {("supplier", "Globex")}),
    ("In 1990 it appointed [[Jon Smith]] to run the plant.", set()),  # a person's appointment
    ("In 2019 the company placed a $90 million order with [[Initech]] for 20 locomotives.", {("supplier", "Initech")}),
    # an item "the <place> <unit> of X" in an enumeration is X, as "the <unit> of X" is
    ("Its customers include [[Globex]], the Ohio freight depots of [[Initech]], and [[Hooli]], which together buy half.",
     {("customer", "Globex"), ("customer", "Initech"), ("customer", "Hooli")}),
    # "X is its sole supplier / largest customer", also after an apposition
    ("[[Globex Mill]], a sawmill in northern Finland, is the company's sole supplier.", {("supplier", "Globex Mill")}),
    ("[[Globex]] and [[Initech]] are its main clients.", {("customer", "Globex"), ("customer", "Initech")}),
    ("[[Globex]] is [[Initech]]'s largest customer.", set()),  # another company's customer
    # labour agreements are not partnerships
    ("Collective agreements with both unions were renewed in 2022.", set()),
    ("In 2019 Acme signed a collective agreement with [[Globex Workers]].", set()),
])
def test_relation_rule(sentence, expected):
    assert _pairs(sentence) == expected
