"""Round 19 of issue 14, controversies: a regulator's warning letter or notice to the company, and an
authority's order that the company cut what it takes or emits. Every sentence here is written for
the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _types(sentence: str, section: str = "History") -> list[str]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles.\n\n== {section} ==\n{sentence}")
    return [f.value.type for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("sentence", [
    "In 2021 the Medicines Agency sent the company a warning letter over sterile packaging at its Cork plant.",
    "The FDA issued a warning letter on 3 March 2018 after inspectors found mould in the clean room.",
    "Acme received two warning letters from the drugs regulator in 2015 and 2016.",
    "The state labour office issued a notice to the company in June 2020 over unpaid overtime.",
    "In 2017 the tax directorate served a notice on it over undeclared royalties.",
    "The FDA sent a warning letter to the company in April 2019.",  # a month is no other party
])
def test_a_warning_letter_or_notice_to_the_company_is_an_investigation(sentence):
    assert _types(sentence) == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "In 2020 the regional water board ordered the company to reduce its abstraction from the river by a quarter.",
    "The environment ministry ordered it to cut its sulphur emissions in half in 2016.",
    "In May 2019 the inspectorate ordered the smelter to curb its output until the filters were repaired.",
])
def test_an_order_to_cut_what_the_company_takes_or_emits_is_a_sanction(sentence):
    assert _types(sentence) == ["fine"]


@pytest.mark.parametrize("sentence", [
    "In 2019 Acme ordered its plants to cut water use by a tenth.",  # the company's own order
    "In 2018 the board ordered a review of its suppliers.",
    "The regulator issued a notice of its new tariff rules in 2021.",  # a notice to nobody
    "In 2020 the regulator issued a warning letter to Brightwater Foods over its labels.",  # another party
])
def test_the_company_own_order_or_another_party_notice_is_no_controversy(sentence):
    assert _types(sentence) == []


def test_a_court_order_to_cut_stays_a_ruling():
    assert _types("In 2021 the tribunal ordered the company to cut its water intake by a third.") != ["fine"]


@pytest.mark.parametrize("sentence", [
    "In 2019 the health regulator investigated the Cork plant after two patients fell ill.",
    "Officials of the Ministry of Labour and Employment inspected the site in 2021 and found unpaid overtime.",
    "The securities commission later investigated trading in its shares in 2016.",
])
def test_an_authority_that_investigated_or_inspected_in_the_active_voice(sentence):
    assert _types(sentence) == ["investigation"]


@pytest.mark.parametrize(("sentence", "type_"), [
    ("In 2018 the food agency traced the outbreak to spinach packed at its Leeds plant.", "investigation"),
    ("Fire services linked nine house fires in 2020 to its heaters.", "investigation"),
])
def test_an_outbreak_or_fire_traced_to_the_company(sentence, type_):
    assert _types(sentence) == [type_]


def test_an_incident_traced_to_the_company_in_the_passive_needs_a_controversy_section():
    sentence = "In 2016 cases of listeriosis in three cities were traced to its smoked fish."
    assert _types(sentence, "Controversies") == ["other"]
    assert _types(sentence) == []


def test_traced_it_to_needs_a_controversy_section():
    sentence = "In 2021 the fire brigade traced it to a faulty dryer."
    assert _types(sentence, "Controversies") == ["investigation"]
    assert _types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "In 2015 the company linked it to its loyalty programme.",  # no incident
    "Historians traced the company's origins to a mill of 1820.",
    "The commission examined the merger in 2019 and approved it.",
])
def test_a_tracing_or_an_authority_without_an_incident_is_no_controversy(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Dock workers held a two-day stoppage in March 2016 over rosters.",
    "About 300 drivers walked off the job in June 2019 over unpaid overtime.",
    "A third strike, called by the transport union, closed the depot for a week in 2012.",
])
def test_a_stoppage_or_walk_off_is_a_strike(sentence):
    assert _types(sentence) == ["strike"]


@pytest.mark.parametrize("sentence", [
    "Residents of the valley had complained about noise from the quarry for years.",
    "Fishermen complained from 2014 about oil in the harbour.",
    "Villagers near the smelter have complained since the late 1990s of grey dust on their crops.",
])
def test_a_standing_complaint_over_years_is_no_act(sentence):
    assert _types(sentence, "Controversies") == []


def test_a_complaint_at_a_date_stays_a_controversy():
    assert _types("In 2019 residents complained to the council about fumes from the plant.", "Controversies") == ["other"]


@pytest.mark.parametrize("sentence", [
    "Since 2018 Acme has been in dispute with the National Revenue Authority over withholding tax.",
    "In 2020 the company was in a long dispute with the Forestry Department over land at its Mirpur resort.",
    "Acme lost a tax dispute with the customs directorate general in 2016.",
])
def test_a_dispute_with_an_authority_is_a_case(sentence):
    assert _types(sentence) == ["investigation"]


def test_a_dispute_with_a_partner_is_no_case():
    assert _types("In 2019 Acme settled a dispute with its former distributor.") == []


def test_a_sharper_cue_of_the_sentence_gives_its_type():
    sentence = "In 2021 a data breach exposed 40,000 customers, and Acme is in a dispute with the Revenue Authority."
    assert _types(sentence) == ["data_breach"]
