"""Round 26 of issue 14, controversies recall (branch contr26b): an authority that closed or
suspended the company's sites or units is a sanction (`fine`); a sanitary or marketing registration
suspended is a licence suspended; a charge, claim or suit filed before a court or tribunal in the
active voice is a `lawsuit`; a step of courts or tribunals in the plural is read as that of one
court. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _types(body: str, section: str = "History") -> list[str]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles.\n== {section} ==\n{body}")
    return [f.value.type for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("sentence", [
    "In May 1991 inspectors of the regional price office, OPRA, closed three of its stores for two days for raising prices.",
    "In 2017 the governor of the Tarn province suspended the chlorine units for six weeks after a leak.",
    "The environment ministry shut the company's two kilns at Vessel in August 2015.",
    "In 2020 the mines authority temporarily closed its Korrag mine after a fall of ground.",
])
def test_an_authority_that_closed_or_suspended_the_company_s_sites_is_a_fine(sentence):
    assert _types(sentence) == ["fine"]


@pytest.mark.parametrize("sentence", [
    "After the ministry approved the merger in 2014, the company closed two of its stores.",
    "In 2012 the company closed its Dover plant, and the municipality bought the site.",
    "The ministry closed its regional office in 2016.",
])
def test_a_closure_the_company_made_or_of_the_authority_s_own_office_is_none(sentence):
    assert _types(sentence) == []


def test_a_suspended_sanitary_registration_is_a_fine():
    assert _types("In June 2021 the food institute of Borvia suspended the brand's sanitary registration for three months.",
                  "Controversies") == ["fine"]


@pytest.mark.parametrize("sentence", [
    "In March 2016 the competition prosecutor filed charges before the Antitrust Tribunal against Acme and two rivals.",
    "Acme filed a claim for US$40 million with the Paris Court of Arbitration in January 2019.",
    "In 2011 its former distributor lodged a complaint against the company in the Commercial Court of Lyon.",
])
def test_a_charge_or_claim_filed_before_a_court_is_a_lawsuit(sentence):
    assert _types(sentence) == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "In 2009 the company filed a petition for bankruptcy protection in the district court.",
    "In 2013 Acme filed its annual accounts with the court registry in Zug.",
])
def test_a_bankruptcy_petition_or_a_filing_of_accounts_is_no_lawsuit(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Acme challenged the ruling in the administrative courts, which upheld it in May 2020.",
    "In 2018 the labour tribunals rejected the company's appeal.",
])
def test_a_step_of_courts_in_the_plural_is_a_lawsuit(sentence):
    assert _types(sentence, "Controversies") == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "In 2019 the consumer disputes commission of Lorvale ordered Acme to refund €1.5 thousand to a customer in Dunmore.",
    "In 2018 the ombudsman's appeals committee ordered Acme to refund part of the fees paid by a policyholder from Tarrow.",
    "The banking ombudsman ordered the company to compensate an elderly depositor in March 2021.",
])
def test_an_order_to_refund_one_consumer_is_a_lawsuit(sentence):
    assert _types(sentence) == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "In 2019 the financial regulator ordered Acme to refund £20 million to its customers.",
    "In 2020 the commission ordered the company to pay a penalty of $2 million to the state.",
])
def test_an_order_to_refund_customers_at_large_or_to_pay_a_penalty_stays_a_fine(sentence):
    assert _types(sentence) == ["fine"]


def test_a_court_step_told_far_from_the_court_is_a_lawsuit():
    assert _types("The tribunal found in September 2020 that the termination of the supply deal was wrongful "
                  "and awarded Borlin Freight US$3 million.", "Controversies") == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "Tesco suspended its orders from the plant from May to July of 2021.",
    "Vattenfall stopped taking wood chips from the Latvian mills in March 2018 and resumed only after an audit.",
    "In 2016 two German retailers halted purchases from its Kerala factory.",
])
def test_a_buyer_that_stopped_orders_from_the_company_s_works_is_a_boycott(sentence):
    assert _types(sentence) == ["boycott"]


@pytest.mark.parametrize("sentence", [
    "In 2018 Acme stopped buying from the Shenzhen factory and moved its orders to Vietnam.",
    "The company ended its orders from the Lodz mill in 2012.",
])
def test_the_company_s_own_stop_of_orders_is_no_boycott(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The Betting Commission opened a review of Acme's two online brands in 2019.",
    "In 2022 the central bank ordered an audit of its lending to related parties.",
    "The data protection authority launched a formal review of the company's apps in May 2020.",
])
def test_a_regulator_that_opened_or_ordered_a_review_is_an_investigation(sentence):
    assert _types(sentence) == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "In 2019 the company opened a review of its European plants.",
    "In 2020 the board launched a review of the group's strategy.",
])
def test_a_review_the_company_opened_is_none(sentence):
    assert _types(sentence) == []


def test_a_review_the_company_opened_under_its_acronym_is_none():
    page = Page(title="ZTM", revision=1, wikitext="'''ZTM''' makes kettles.\n== History ==\n"
                "In 2021 ZTM launched a review of its suppliers in Asia.")
    assert list(controversies.extract(parse_article(page))) == []
