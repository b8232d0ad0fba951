"""Relation cues for the ways unseen articles tell partners, customers, suppliers and investors:
the banks and advisers of a deal, customer lists told in the past and appositions, supplies made for a named customer, leases,
investments that take a stake, sponsored events, joint ventures with a "house", supplies that
"come from" someone. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _pairs(sentence: str, lead: str = "'''Acme''' is an engineering company.") -> set[tuple[str, str]]:
    page = Page(title="Acme", revision=1, wikitext=f"{lead}\n\n{sentence}")
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


@pytest.mark.parametrize("sentence, expected", [
    # the banks and advisers of a capital-market deal are suppliers of a service
    ("Its flotation in 2011, led by [[Barclays]] and [[Jefferies Group|Jefferies]], raised £200 million.",
     {("supplier", "Barclays"), ("supplier", "Jefferies Group")}),
    ("The share offer, managed by [[Rabobank]], was three times oversubscribed.", {("supplier", "Rabobank")}),
    ("[[Nomura Holdings|Nomura]] and [[Mizuho Financial Group|Mizuho]] were the joint bookrunners.",
     {("supplier", "Nomura Holdings"), ("supplier", "Mizuho Financial Group")}),
    ("The buyout was financed with bonds sold by [[Salomon Brothers]].", {("supplier", "Salomon Brothers")}),
    ("The whistleblower wrote to the company's auditor, [[Grant Thornton]], in 2017.", {("supplier", "Grant Thornton")}),
    ("In 2019 the company commissioned an independent review by [[Deloitte]].", {("supplier", "Deloitte")}),
    ("In 2020 the board hired [[Rothschild & Co]] to find a buyer.", {("supplier", "Rothschild & Co")}),
    # customer lists told in the past, and appositions
    ("Its largest customers by revenue in 2019 were [[Fiat]] and [[Renault]].",
     {("customer", "Fiat"), ("customer", "Renault")}),
    ("[[Airbus]] and [[Embraer]] are among its largest customers.", {("customer", "Airbus"), ("customer", "Embraer")}),
    ("[[Iberia (airline)|Iberia]], one of its oldest customers, renewed its contract in 2010.",
     {("customer", "Iberia (airline)")}),
    ("Its first customer was [[Hapag-Lloyd]].", {("customer", "Hapag-Lloyd")}),
    ("[[Autohaus Weber]], a family dealer group, is its largest single dealer.", {("customer", "Autohaus Weber")}),
    ("The largest buyers of its coffee include [[Nestlé]] and [[JDE Peet's]].",
     {("customer", "Nestlé"), ("customer", "JDE Peet's")}),
    ("Its main reinsurers are [[Hannover Re]] and [[SCOR]].", {("supplier", "Hannover Re"), ("supplier", "SCOR")}),
    # what the company makes for a named customer, and what it leases out
    ("From 1971 the company built the landing gear for [[Fokker]]'s F28 airliner.", {("customer", "Fokker")}),
    ("* '''2004''': Begins supplying camera modules for [[Nokia]] phones.", {("customer", "Nokia")}),
    ("In 2016 it leased twelve aircraft to the Brazilian carrier [[Azul Brazilian Airlines|Azul]].",
     {("customer", "Azul Brazilian Airlines")}),
    ("In 2022 Acme had 40 locomotives on lease to [[DB Cargo]] and [[Lineas]].",
     {("customer", "DB Cargo"), ("customer", "Lineas")}),
    # investors
    ("In 2012 the [[European Bank for Reconstruction and Development]] invested €30 million in new shares, "
     "taking a 9 per cent stake.", {("investor", "European Bank for Reconstruction and Development")}),
    ("In 2001 [[Summit Partners]] invested $20 million for a minority stake.", {("investor", "Summit Partners")}),
    ("In 2008 Acme issued new shares equal to 12 per cent of its capital to [[Temasek Holdings]].",
     {("investor", "Temasek Holdings")}),
    ("In 2015 [[Accel (company)|Accel]] led a $15 million Series B round.", {("investor", "Accel (company)")}),
    ("In 2017 [[Baidu]] paid $50 million for new shares in the company.", {("investor", "Baidu")}),
    # whoever takes the company private owns it: an investor
    ("In 2007 it was taken private in a leveraged buyout by the private equity firm [[Blackstone Inc.|Blackstone]].",
     {("investor", "Blackstone Inc.")}),
    ("In October 1999 the investment firm [[Hicks Muse]] took Acme private in a $900 million buyout.",
     {("investor", "Hicks Muse")}),
    # sponsorships: a sponsored event is a partner; a place that begins a longer name is not the name
    ("Acme has sponsored the Oslo Jazz Festival since 2004.", {("partner", "Oslo Jazz Festival")}),
    ("It was an official supplier of the [[Norwegian Football Federation]] from 2010 to 2014.",
     {("partner", "Norwegian Football Federation")}),
    ("Since 2012 it has been a patron of the [[Salzburg Festival]].", {("partner", "Salzburg Festival")}),
    ("It has been the official beverage partner of [[Rapid Wien]] since 2019.", {("partner", "Rapid Wien")}),
    # joint ventures with a "house", named before "a joint venture"
    ("In 1991 Acme and the Japanese trading house [[Sumitomo Corporation|Sumitomo]] formed Acme Sumitomo K.K., "
     "a 50:50 joint venture.", {("jointVenturePartner", "Sumitomo Corporation")}),
    ("In 2003 Acme and the Burgundy house Maison Girard formed a 50:50 joint venture.",
     {("jointVenturePartner", "Maison Girard")}),
    # supplies that come from someone; a passive supply under an agreement names a supplier
    ("Its steel comes mainly from [[Tata Steel]].", {("supplier", "Tata Steel")}),
    # a supply agreement with a named party, told in the company's article: the company supplies it
    ("In 2012 Acme signed a five-year supply agreement with the Dutch retailer [[Blokker]].", {("customer", "Blokker")}),
    # an apposition between the names of an enumeration describes the name before it
    ("In 2010 Acme and [[Elettronica Sud]], the avionics arm of [[Finmar]], formed Skyway Radar, a joint venture.",
     {("jointVenturePartner", "Elettronica Sud")}),
])
def test_relation_cue(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Its chief executive comes from [[Nokia]].",  # a person's origin, not a supply
    "Most of its revenue comes from [[Walmart]].",  # a customer, not a supplier
    "In 2018 Acme ordered 30 aircraft at the [[Farnborough Airshow]].",  # an event that is not sponsored
    "In 2023 [[Remgro]] took [[Mediclinic]] private.",  # another company taken private
    "The company hired [[John Smith (executive)|John Smith]] as chief executive in 2019.",  # a person
])
def test_no_relation(sentence):
    assert not {pair for pair in _pairs(sentence) if pair[1] in ("Nokia", "Walmart", "Farnborough Airshow",
                                                               "John Smith (executive)", "Remgro", "Mediclinic")}


def test_a_partner_read_from_a_contract_is_less_sure_than_one_from_a_partnership():
    """An agreement, a contract or a deal does not say who buys, who sells and who partners: the
    partner it gives carries "cue.deal" and a lower confidence than a named partnership."""
    def statement(sentence):
        page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is an engineering company.\n\n{sentence}")
        (fact, features), = relations.extract_with_evidence(parse_article(page))
        assert fact.prop == "partner" and fact.value.title == "Globex"
        return fact.provenance.confidence, features

    # (a bare contract is a sale since round 9: the counterparty a customer; an agreement stays a partner)
    contract, deal_features = statement("In 2015 Acme signed a five-year agreement with [[Globex]].")
    partnership, partner_features = statement("In 2015 Acme formed a partnership with [[Globex]].")
    assert "cue.deal" in deal_features and "cue.deal" not in partner_features
    assert contract < partnership


def test_a_partnership_agreement_names_its_bond():
    page = Page(title="Acme", revision=1, wikitext="'''Acme''' is an engineering company.\n\n"
                "In 2015 Acme signed a partnership agreement with [[Globex]].")
    (fact, features), = relations.extract_with_evidence(parse_article(page))
    assert fact.prop == "partner" and "cue.deal" not in features
