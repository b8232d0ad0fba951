"""Controversy recall, round 24: sanctions and inquiries told without the usual cue words."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _extract(text, title="Acme"):
    page = Page(title=title, revision=1, wikitext=text)
    return [f.value for f in controversies.extract(parse_article(page))]


def _in(section, sentence):
    return _extract(f"'''Acme''' makes kettles.\n\n== {section} ==\n{sentence}")


def _types(section, sentence):
    return [e.type for e in _in(section, sentence)]


@pytest.mark.parametrize("sentence", [
    "Its history includes the loss of a licence in 2019 for breaking feed limits at its Bodø farm.",
    "The permit revoked in 2021 was the first taken from a mill for exceeding discharge limits.",
    "In 2016 its trading licences were suspended for six months over violations of the export rules.",
    "The company lost two of its fishing licences in 2012 for repeated breaches of the quota.",
])
def test_a_licence_lost_for_a_breach_is_a_sanction(sentence):
    assert _types("History", sentence) == ["fine"]


@pytest.mark.parametrize("sentence", [
    "The company lost its licence to sell Kenwood mixers when the distribution agreement ended in 2012.",
    "Its mining licence lapsed in 2015 and was renewed for twenty years after a new survey.",
    "Acme sold its broadcasting licence to a rival in 2008.",
])
def test_other_licence_changes_are_no_controversy(sentence):
    assert _in("History", sentence) == []


@pytest.mark.parametrize("sentence", [
    "In 2017 the European Commission found that a regional grant for the Leeds plant was unlawful state aid.",
    "In 2020 the Commission ordered Spain to recover €3.5 million of the aid paid to the company.",
    "In 2022 the anti-fraud office recommended that the ministry recover part of the subsidy for its Brno line.",
    "A 2014 decision held that the tax rulings given to the group were illegal aid.",
])
def test_unlawful_state_aid_and_its_recovery_are_an_investigation(sentence):
    assert _types("History", sentence) == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "In 2011 the company received a state grant to help it recover from the floods.",
    "The regional government gave the company a grant of €2 million for the Leeds plant in 2015.",
    "In 2019 the ministry approved state aid for the new furnace.",
])
def test_grants_and_recoveries_of_business_are_no_controversy(sentence):
    assert _in("History", sentence) == []


@pytest.mark.parametrize("sentence", [
    "In 1999 the securities commission examined the group's dealings with two offshore trusts.",
    "The labour ministry had examined the records of about 300 contract workers at the plant in 2015.",
    "Customs inspectors visited the Leeds warehouse in March 2021 and seized 400 kettles.",
    "In May 2019 its chief executive was questioned about the company's pricing by the parliamentary "
    "committee on competition.",
    "In 2008 the tax authority scrutinised the company's accounts for the years 2003 to 2006.",
])
def test_an_authority_that_examined_the_company_is_an_investigation(sentence):
    assert _types("History", sentence) == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "In 2019 the board examined the offer from its rival and rejected it.",
    "The competition commission examined the merger in 2016 and cleared it.",
    "In 2012 the founder was questioned about the company's plans by a reporter.",
    "Visitors toured the Leeds plant in 2014 during its centenary.",
])
def test_other_examinations_are_no_controversy(sentence):
    assert _in("History", sentence) == []


@pytest.mark.parametrize("sentence", [
    "In 2019 villagers asked the administrative court in Tulcea to annul the mine's water permit.",
    "The union asked the labour court in Lyon to declare the closure of the Vénissieux plant unlawful in 2014.",
    "In March 2021 two fishing co-operatives petitioned the high court to quash the licence for its Galway outfall.",
])
def test_asking_a_court_to_annul_or_declare_is_a_lawsuit(sentence):
    assert _types("History", sentence) == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "In 2009 the company asked the court to declare it insolvent and was sold to a rival.",
    "In 2016 Acme asked the commercial court to approve its restructuring plan.",
    "The founders asked the board to stop the sale of the kettle division in 2004.",
])
def test_insolvency_and_other_requests_are_no_lawsuit(sentence):
    assert _in("History", sentence) == []


@pytest.mark.parametrize("sentence", [
    "In 2019 the ILO's committee on freedom of association asked Peru to examine the dismissals at the Callao plant.",
    "The UN special rapporteur urged Brazil in 2015 to investigate the deaths at its Pará estate.",
    "In 2021 the Trade Representative asked Mexico, under the labour chapter of the agreement, to review whether "
    "workers at its Puebla plant had been denied a vote.",
])
def test_a_body_asking_a_country_to_examine_the_company_is_an_investigation(sentence):
    assert _types("History", sentence) == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "In 2014 Acme asked the regulator to review the tariff for industrial customers.",
    "The company asked Siemens in 2010 to review the design of the turbine.",
])
def test_requests_of_the_company_for_a_review_are_no_controversy(sentence):
    assert _in("History", sentence) == []


@pytest.mark.parametrize("sentence", [
    "In March 2012 the company restated its earnings for the three previous years.",
    "* '''2009''': Restates four years of revenue after an audit.",
    "In 2017 Acme admitted that losses on its Polish contracts had been far larger than reported.",
    "In June 2020 the brewer admitted that its 'Highland' malt had for years come from Poland.",
])
def test_restated_accounts_and_admitted_misstatements_are_a_controversy(sentence):
    assert _types("History", sentence) == ["other"]


@pytest.mark.parametrize("sentence", [
    "In 2018 the chairman restated the company's commitment to its Leeds plant.",
    "In 2015 Acme admitted that the merger talks had taken place.",
    "The results were restated in 2019 to show the sold division as discontinued operations.",
])
def test_other_restatements_and_admissions_are_no_controversy(sentence):
    assert _in("History", sentence) == []


@pytest.mark.parametrize("sentence", [
    "In 2013 the food safety agency banned the sale of its energy drinks.",
    "The ministry of trade imposed an export ban on the company's timber in 2017.",
    "In 2009 the health authorities suspended imports of the company's infant formula.",
    "In 2020 the consumer watchdog prohibited the marketing of its slimming tea.",
])
def test_an_authority_banning_the_company_s_goods_is_a_sanction(sentence):
    assert _types("History", sentence) == ["fine"]


@pytest.mark.parametrize("sentence", [
    "In 2013 the company suspended the sale of its energy drinks in France.",
    "The government banned the sale of alcohol on election days in 2012, which cut sales.",
    "In 2019 the ministry imposed a ban on imports of used cars, which helped its assembly plant.",
])
def test_other_bans_are_no_sanction(sentence):
    assert _in("History", sentence) == []


@pytest.mark.parametrize("sentence", [
    "In 2018 residents protested against the company's plan to expand the quarry.",
    "Villagers near Tarkwa protested in 2015 against its water use.",
    "Environmentalists protested against the plant's discharges into the lagoon in 2011.",
])
def test_residents_protesting_against_the_company_is_a_protest(sentence):
    assert _types("History", sentence) == ["other"]


def test_a_protest_against_a_government_policy_is_no_protest_of_the_company():
    assert _in("History", "In 2016 farmers protested against the government's cut in maize prices.") == []


@pytest.mark.parametrize("sentence", [
    "In May 2020 a charity filmed workers beating sheep at farms that supplied Acme. Two Swedish retailers "
    "suspended orders the following month.",
    "In March 2018 a magazine found lead in its glazes. Harrods cancelled its orders that month.",
    "In 2016 activists accused Acme of using child labour. Three buyers halted their purchases weeks later.",
])
def test_a_buyer_stopping_orders_right_after_a_case_is_a_boycott(sentence):
    assert "boycott" in _types("History", sentence)


@pytest.mark.parametrize("sentence", [
    "Acme suspended orders from the Hengli mill the following month.",
    "In 2012 the retailer ended its orders for the old model when the new kettle came out.",
])
def test_other_stops_of_orders_are_no_boycott(sentence):
    assert _in("History", sentence) == []
