"""Relation families that recur in company articles, each shown on a sentence written for the
test: shareholders told by their share (in a sentence or a shareholder table), goods bought
from a supplier, services that run on a provider's network, orders and contracts won from
customers, agreements read by what they are for, sales channels, and the clauses that name no
relation (a stake in something else, an estate bought)."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.extractors.relation_names import company_names
from kg.sources import Page
from kg.text.parse import parse_article


def _pairs(sentence: str, lead: str = "'''Acme''' is a railway company.", title: str = "Acme") -> set[tuple[str, str]]:
    page = Page(title=title, revision=1, wikitext=f"{lead}\n\n{sentence}")
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


@pytest.mark.parametrize("sentence, expected", [
    # a shareholder told by its share of the company
    ("The pension funds [[Globex Pension]] and [[Initech Fund]] held 7.1 and 3.9 per cent.",
     {("investor", "Globex Pension"), ("investor", "Initech Fund")}),
    ("[[Globex Capital]] holds a 5 per cent stake.", {("investor", "Globex Capital")}),
    ("[[Globex Capital]] held 12 per cent of the company's shares.", {("investor", "Globex Capital")}),
    ("[[Globex]] holds 30 per cent of the market.", set()),  # a market share
    ("[[Globex]] holds a 37 per cent stake in the joint venture.", set()),  # a stake in something else
    ("In 2006 it formed a joint venture with [[Globex]], Globex Acme Rail, in which Globex holds 51 per cent.",
     {("jointVenturePartner", "Globex")}),  # the venture's shareholder, not the company's
    ("The Smith family owns 60 per cent of the company.", set()),  # a family: not an organisation
    ("The Chinese technology group [[Globex]] has been its largest outside shareholder since 2012.",
     {("investor", "Globex")}),
    # a timeline item's act, told without a subject, is the company's
    ("2008 – Sells 30 trams to [[Globex Metro]].", {("customer", "Globex Metro")}),
    ("[[Initech]] sells 30 trams to [[Globex Metro]].", set()),
    # goods bought from a supplier, written as a participle
    ("Its first locomotive, bought from the Belgian engineering firm [[Cockerill]], entered service in 1880.",
     {("supplier", "Cockerill")}),
    ("Most of its depots burn diesel bought from [[Globex Oil]] under long-term contracts.", {("supplier", "Globex Oil")}),
    ("Its Lyon depot, bought from [[Globex]] in 1995, serves the south.", set()),  # a site bought: an acquisition
    ("Acme was bought from [[Globex]] by [[Initech]] in 1990.", set()),  # the company itself
    ("1974 – Buys the 400-hectare Ridge estate from the state company [[Globex Land]].", set()),
    # services run on a provider's network or servers
    ("Its booking servers run on [[Globex Cloud]] abroad and on [[Initech Cloud]] at home.",
     {("supplier", "Globex Cloud"), ("supplier", "Initech Cloud")}),
    ("Acme Mobile runs on the [[Globex Telecom]] network.", {("supplier", "Globex Telecom")}),
    ("Its trains run on the [[Ridge Main Line]].", set()),  # a line, not a provider
    ("Since 2009 the bank has run on the Ledgerly core banking platform supplied by [[Initech]].",
     {("supplier", "Initech")}),  # the platform is a product; its maker is the supplier
    # orders and contracts won from customers; a customer that orders vehicles
    ("In 1925 it received its first large order, for 300 wagons, from the [[Ridge State Railways]].",
     {("customer", "Ridge State Railways")}),
    ("In 2011 Acme won its first order from outside Europe, a €90 million contract from [[Globex Metro]].",
     {("customer", "Globex Metro")}),
    ("[[Globex Transit]] ordered 30 the following year.", {("customer", "Globex Transit")}),
    ("In 1990 Acme ordered 20 locomotives from [[Globex]].", {("supplier", "Globex")}),
    # an agreement read by what it is for; a customer supplied under contract
    ("In 2015 it signed an agreement with [[Globex Trading]] to distribute its wagons in Asia.",
     {("customer", "Globex Trading")}),
    ("In 2020 it signed a ten-year agreement with the utility [[Globex Water]] to buy recycled water.",
     {("supplier", "Globex Water")}),
    ("In 2016 Acme ended its contract with [[Globex]] and started working with [[Initech]], to sell solar panels.",
     {("partner", "Globex"), ("partner", "Initech")}),
    ("Its customers include [[Globex]], and since 2020 it has supplied 400 wagons under contracts with [[Initech Rail]].",
     {("customer", "Globex"), ("customer", "Initech Rail")}),
    # a counterparty renamed since: its present name
    ("In 1990 it signed an agreement with Globex Wines, now [[Initech Beverages]], to import and distribute its wines.",
     {("customer", "Initech Beverages")}),
    ("TSST was formed in 2004, and [[Globex]] owns 51 per cent of its stock.", set()),  # its: the venture's
    # a stake of the company sold to an investor
    ("In 1986 the founding family sold 30 per cent of the company to [[Globex Inversiones]].",
     {("investor", "Globex Inversiones")}),
    # sales channels: stores that sell its goods, a marketplace it opened a store on; a licence
    ("Its bagged cement is sold at [[The Home Store]] stores in Texas.", {("customer", "The Home Store")}),
    ("In 2020 it opened a store on [[Globex Market]].", {("customer", "Globex Market")}),
    ("Its wagons are sold in Poland.", set()),
    ("That year it also signed a licence with [[Globex]] to operate the game in China.", {("partner", "Globex")}),
    # a participle after another's name tells of that name, not of the company
    ("Its largest shareholders were [[Globex Fund]] (25.1 per cent) and the pension fund Initech OFE, "
     "managed by [[Initech]] (7.2 per cent).", {("investor", "Globex Fund"), ("investor", "Initech")}),
    # a descriptor with a compass word: the name after it
    ("In 1973 it signed a licence agreement with the West German tram builder Duewerk for bogies.",
     {("partner", "Duewerk")}),
])
def test_relation_family(sentence, expected):
    assert _pairs(sentence) == expected


def test_shareholder_table_rows():
    """The rows of a shareholder table under an "Ownership" heading name linked organisations;
    a person, an unlinked line and the company's own trust are not investors."""
    text = ("'''Acme''' is a railway company.\n\n== Ownership ==\nThe largest shareholders were:\n"
            "{| class=\"wikitable\"\n! Shareholder !! Stake\n|-\n| [[Globex]] (through Globex Holdings (HK) Ltd.) || 21.4%\n"
            "|-\n| [[Jane Roe]] || 17.9%\n|-\n| [[Initech Pension Fund]] || 8.1%\n|-\n| Treasury shares || 3.0%\n"
            "|-\n| Acme Employee Trust || 2.0%\n|}\n\n== Sites ==\n* [[Ridge Works]] – 40%\n")
    page = Page(title="Acme", revision=1, wikitext=text)
    found = {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}
    assert found == {("investor", "Globex"), ("investor", "Initech Pension Fund")}


def test_core_name_is_the_company():
    """An article that calls Ridge Wagon Group "Ridge Wagon" treats that name as the company's own."""
    lead = "'''Ridge Wagon Group''' is a railway company."
    body = ("Ridge Wagon was founded in 1900. Ridge Wagon built trams. In 1990 Ridge Wagon signed an "
            "agreement with [[Globex]] to import and distribute its trams.")
    page = Page(title="Ridge Wagon Group", revision=1, wikitext=f"{lead}\n\n{body}")
    article = parse_article(page)
    assert "ridge wagon" in company_names(article)
    assert {(f.prop, f.value.title or f.value.label) for f in relations.extract(article)} == {("customer", "Globex")}


def test_an_insurer_sells_through_partners():
    """An insurer sells to consumers itself: the retailer that sells its policies is a partner."""
    lead = "'''Acme''' is an insurer.\n{{Infobox company\n| name = Acme\n| industry = [[Insurance]]\n}}"
    sentence = "Since 2021 it has sold travel insurance through the online retailer [[Globex]]."
    assert _pairs(sentence, lead=lead) == {("partner", "Globex")}
    assert _pairs(sentence) == {("customer", "Globex")}  # a railway's goods sold through a retailer
