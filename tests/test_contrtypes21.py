"""Round 21 of issue 14, controversies: the type of a sentence, read from which step it tells first
and who takes it. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _types(body: str, section: str = "History") -> list[str]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles.\n== {section} ==\n{body}")
    return [f.value.type for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("sentence", [
    "In 2017 the Lyon Commercial Court ordered Acme to pay €2 million in damages to a former distributor.",
    "The tribunal ruled for the franchisees in March 2019 and ordered the company to refund their fees.",
    "In 2020 the Supreme Court of Ruritania ordered Acme to demolish a warehouse built on protected land.",
    "In 2015 Acme was ordered by a district court to compensate 300 farmers whose wells it had drained.",
    "2012 – The High Court orders Acme to reinstate eleven dismissed drivers.",
])
def test_an_order_whose_subject_is_a_court_is_a_step_of_a_suit(sentence):
    assert _types(sentence) == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "In 2018 the environment agency ordered Acme to pay €40,000 for dumping waste in the river.",
    "In 2019 the district court ordered Acme to pay a fine of €80,000 for the spill.",
    "In 2021 the labour court ordered the company to pay a penalty of $50,000 for unpaid overtime.",
])
def test_an_authority_order_or_a_court_ordered_fine_stays_a_fine(sentence):
    assert _types(sentence) == ["fine"]


def test_a_court_that_ends_a_strike_does_not_retype_the_strike():
    sentence = ("About 400 drivers walked off the job for six days in May 2014 over new rosters, before the "
                "industrial tribunal ordered a return to work.")
    assert _types(sentence) == ["strike"]


@pytest.mark.parametrize("sentence", [
    "The water authority opened sanction proceedings against Acme in May 2018 over its unlicensed boreholes.",
    "In 2016 the regulator began an investigation into Acme's billing and fined the company $2 million in 2017.",
    "The energy ministry launched a probe in April 2020 and later fined Acme for overcharging.",
    "In 2014 the transport office opened proceedings against Acme over late deliveries.",
    "It closed the inquiry without a fine in 2019.",
])
def test_a_case_opened_before_its_sanction_is_typed_by_the_opening(sentence):
    assert _types(sentence) == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "In 2018 Acme agreed to pay $3 million to the authority, and the authority closed its inquiry without a penalty.",
    "In 2019 the competition authority fined Acme €5 million after a two-year investigation.",
])
def test_a_sanction_told_first_stays_a_fine(sentence):
    assert _types(sentence) == ["fine"]


@pytest.mark.parametrize("sentence", [
    "In 2021 Acme paid $9 million to settle charges brought by the commodities regulator over misreported trades.",
    "In March 2017 Acme settled criminal charges over the price cartel, paying €12 million.",
    "In 2022 Acme agreed to pay $1.2 million to settle an inquiry by the consumer protection office.",
    "In June 2019 Acme agreed to pay $800,000 to settle with OFAC over shipments to Iran.",
    "In 2020 Acme signed a leniency agreement with the comptroller, agreeing to pay R$90 million.",
])
def test_a_settlement_with_an_authority_is_a_sanction(sentence):
    assert _types(sentence) == ["fine"]


@pytest.mark.parametrize("sentence", [
    "In 2018 Acme agreed to pay $14 million to settle a class action brought by its shareholders.",
    "In 2016 Acme agreed to pay $3 million to settle the lawsuit filed by the family of a worker.",
])
def test_a_settlement_of_a_suit_stays_a_lawsuit(sentence):
    assert _types(sentence) == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "In 2019 prosecutors charged a former Acme director and two customs officials with smuggling after a police investigation.",
    "Four Acme engineers were charged in 2016 over the collapse of the footbridge, which killed two walkers.",
    "In May 2021 the securities regulator charged John Smith, Acme's former treasurer, with insider trading; it was investigated by the exchange.",
    "The district attorney indicted three Acme managers in March 2018 for bribery, after the police investigation into the tender.",
])
def test_a_charge_types_the_case_another_cue_found_as_a_lawsuit(sentence):
    assert _types(sentence, "Controversies") == ["lawsuit"]


def test_a_charge_alone_finds_no_case():
    assert _types("In 2019 Acme's former treasurer was charged with fraud.") == []


def test_a_price_charged_is_no_charge():
    assert _types("In 2019 Acme charged its customers a fee of $5 for paper bills.") == []


@pytest.mark.parametrize("sentence", [
    "In 2020 the short seller Blue Heron Research published a report alleging that Acme had inflated its sales.",
    "In 2017 Clean Rivers Watch published a report on the waste that Acme's tannery poured into the river.",
    "In March 2022 the Garment Workers Consortium published a report accusing Acme's suppliers of wage theft.",
])
def test_a_report_by_civil_society_is_no_investigation_by_an_authority(sentence):
    assert _types(sentence, "Controversies") == ["other"]


def test_a_report_by_another_publisher_stays_as_it_was():
    assert _types("In 2019 the consumer council published a report on Acme's billing.", "Controversies") == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "After the stoppage the company dismissed 240 strikers in June 2015.",
    "Acme dismissed 18 union officers in March 2012.",
    "Nine union delegates were dismissed in 2008.",
])
def test_a_dismissal_of_strikers_or_union_officers_is_its_own_kind(sentence):
    assert _types(sentence, "Controversies") == ["layoffs"]


# Round 29: a counted dismissal of workers told in a controversy section is `layoffs` too, as the
# gold types the plain ones (blind13 Tensift, blind29 Bonolota, blind30 Tubli); it was `other` before.
def test_other_dismissed_workers_stay_a_labour_case():
    assert _types("In 2016 Acme dismissed 40 workers who had signed a petition.", "Controversies") == ["layoffs"]
