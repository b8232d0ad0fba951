"""Round 9 relation rules, read from the wrong relations of blind4-blind8 and grouped by cause.
Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _pairs(sentence: str, lead: str = "'''Acme''' is an engineering company.", title: str = "Acme",
           infobox: str = "") -> set[tuple[str, str]]:
    page = Page(title=title, revision=1, wikitext=f"{infobox}\n{lead}\n\n{sentence}")
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


@pytest.mark.parametrize("sentence, expected", [
    # a bare contract is a sale: the counterparty buys
    ("In 2021 Acme signed a six-year contract with [[Danone]] for chilled haulage.", {("customer", "Danone")}),
    ("Since 2019 it has cleaned the city's buses under a contract with the [[Leeds City Council]].",
     {("customer", "Leeds City Council")}),
    ("* 1994 – First state contract, with [[Transport for NSW]].", {("customer", "Transport for NSW")}),
    # a distribution agreement: the distributor buys what the company makes
    ("A distribution agreement with [[Bandai]] in 1992 put its games in Japanese shops.", {("customer", "Bandai")}),
    # the counterparty signs alone, for the company to do something
    ("In 2018 [[Lufthansa]] signed a ten-year agreement for the company to overhaul its engines.",
     {("customer", "Lufthansa")}),
    # still partners: a licence, a named kind of agreement, the company's own contract that ended
    ("In 1971 Acme signed a licence agreement with [[Siemens]] to build its turbines.", {("partner", "Siemens")}),
    ("In 2010 Acme signed an agreement with [[Takeda]] to co-develop its lymphoma drug.", {("partner", "Takeda")}),
    ("In 2015 Acme ended its contract with [[Hanwha]] and started working with [[Jinko Solar]].",
     {("partner", "Hanwha"), ("partner", "Jinko Solar")}),
    ("[[Telia]] and Acme signed a network-sharing agreement in 2012.", {("partner", "Telia")}),
    # a leniency agreement is a legal settlement, no relation
    ("In 2018 Acme signed a leniency agreement with the [[Federal Public Ministry]].", set()),
])
def test_a_bare_contract_or_agreement_is_typed_by_who_buys(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a name that qualifies the noun after it is not the counterparty: the name after the noun is
    ("Acme has sponsored the [[Super Rugby]] team [[Western Force]] since 2011.", {("partner", "Western Force")}),
    ("It is the shirt sponsor of the [[Premier League]] club [[Everton F.C.|Everton]].", {("partner", "Everton F.C.")}),
    # a person described by a former employer: no organisation
    ("In 2009 it raised $2 million from angel investors led by the former [[Oracle Corporation|Oracle]] executive "
     "Dana Whitlock.", set()),
    # a place that qualifies a descriptor of the name before it
    ("A distribution agreement with [[Ubisoft]], the larger Montreuil publisher, followed in 1991.",
     {("customer", "Ubisoft")}),
])
def test_a_name_that_qualifies_a_noun_is_not_the_counterparty(sentence, expected):
    assert _pairs(sentence) == expected


_PARENT_BOX = "{{Infobox company\n| name = Acme\n| parent = [[Globex Industries]] (75%)\n| owner = [[Initech Capital]] (25%)\n}}"


def test_the_infobox_parent_is_the_companys_own_side_and_an_owner_is_not():
    sentences = ("Its gearboxes are built by [[Globex Industries]] at its plant in Ohio. "
                 "[[Initech Capital]] is its largest shareholder.")
    assert _pairs(sentences, infobox=_PARENT_BOX) == {("investor", "Initech Capital")}
    # without the infobox, the parent is a supplier like any other
    assert ("supplier", "Globex Industries") in _pairs(sentences)


def _article_pairs(title: str, text: str) -> set[tuple[str, str]]:
    page = Page(title=title, revision=1, wikitext=text)
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


def test_a_two_word_title_called_by_its_second_word_is_the_company():
    text = ("'''Maison Corvel''' is a French perfume house.\n\n"
            "Corvel was founded in Grasse in 1921. Corvel opened a shop in Paris in 1930. "
            "In 1960 Corvel and the glassmaker [[Verallia]] formed a joint venture to make bottles. "
            "Corvel signed a licence agreement with [[Lancel]] in 1988.")
    assert _article_pairs("Maison Corvel", text) == {("jointVenturePartner", "Verallia"), ("partner", "Lancel")}


def test_a_title_called_without_its_last_word_is_the_company():
    text = ("'''Monte Azulão Alimentos''' is a Brazilian food company.\n\n"
            "Monte Azulão opened its first plant in 1975. Monte Azulão was listed in 1994. "
            "In 2001 Monte Azulão and the trading house [[Mitsui & Co.]] formed a joint venture, MA Mitsui Foods.")
    assert _article_pairs("Monte Azulão Alimentos", text) == {("jointVenturePartner", "Mitsui & Co.")}


def test_a_word_of_the_title_that_the_article_writes_in_lower_case_is_no_name_of_the_company():
    text = ("'''Kiboko Mobile''' is a Kenyan mobile network operator.\n\n"
            "Kiboko launched mobile money in 2009. Kiboko was listed in 2015. Mobile data grew fast. Mobile towers are shared. "
            "Mobile prices fell. In 2012 Kiboko signed a licence agreement with [[Mobile TeleSystems]].")
    assert _article_pairs("Kiboko Mobile", text) == {("partner", "Mobile TeleSystems")}


@pytest.mark.parametrize("sentence, expected", [
    # loans and savings the company offers, provided by a bank: a partner, not a supplier or an investor
    ("Loans under the Acme Credit brand are provided by [[Barclays]].", {("partner", "Barclays")}),
    ("Its instalment plan was launched in 2021; its loans are funded by [[DBS Bank]].", {("partner", "DBS Bank")}),
    # a lender is no investor: only a stake or shares make one; since round 15 a lender is a
    # relation of its own type (tests/gold/README.md, "Lenders"); since round 19 a grant-giver is none
    ("The plant was built in 1974 with loans from the [[Asian Development Bank]].", {("lender", "Asian Development Bank")}),
    ("In 2012 it received grants from [[Innovate UK]] for its battery research.", set()),
])
def test_a_bank_behind_the_companys_loans_is_a_partner_and_a_lender_no_investor(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a company or a named business bought from someone is an acquisition, not a supply
    ("Acme signed a network-sharing agreement with [[Vodacom]]; [[Cell C]] had been bought from [[Telkom]] by "
     "[[Blue Label Telecoms]] earlier that year.", {("partner", "Vodacom")}),
    ("The Ruvuma Cement Company at Songea was bought from the [[Treasury Registrar]] in 1998.", set()),
    # goods bought from someone: a supplier
    ("[[Petroleum coke]] is bought from [[Saudi Aramco]] under long-term contracts.", {("supplier", "Saudi Aramco")}),
    ("Compressors are bought from [[Embraco]].", {("supplier", "Embraco")}),
])
def test_a_company_bought_from_someone_is_no_supply(sentence, expected):
    assert _pairs(sentence) == expected


# The scores of round 9 on the sets its rules were read from (lenient precision, recall, and the precision
# at confidence >= 0.8), kept here until QUALITY in tests/test_quality.py and the README's table are
# raised together (before round 9: blind4 0.878 / 0.798, blind5 0.821 / 0.635, blind6 0.822 / 0.488,
# blind7 0.797 / 0.541, blind8 0.875 / 0.533).
@pytest.mark.parametrize(("folder", "lenient", "at_08"), [
    # blind4's precision at 0.8 is 0.931 of 72 since round 11 refitted the relations confidence on
    # first-sight records (0.934 of 76 before): the refit is chosen on sets left out, where it is more
    # precise at 0.8 (pooled 0.906 -> 0.946), and keeps fewer of blind4's facts at 0.8
    # round 28 refitted the learned reader on every development set: blind4's recall falls to 0.792 (the
    # round-6 weights, fitted on blind4 among six sets, read nine of its relations the refit does not)
    ("tests/gold/blind4", (0.933, 0.792), 0.931),
    ("tests/gold/blind5", (0.882, 0.657), 0.896),
    ("tests/gold/blind6", (0.900, 0.512), 0.900),
    ("tests/gold/blind7", (0.884, 0.560), 0.921),
    ("tests/gold/blind8", (0.963, 0.565), 0.980),
])
def test_round_9_relations_scores_on_blind4_to_blind8(folder, lenient, at_08):
    from pathlib import Path

    from kg.evaluation.runner import evaluate

    score = evaluate(Path(__file__).resolve().parent.parent / folder, ("relations",))["relations"]
    assert round(score.lenient.precision, 3) >= lenient[0] and round(score.lenient.recall, 3) >= lenient[1]
    _, precision = score.precision_at(0.8)
    assert round(precision, 3) >= at_08
