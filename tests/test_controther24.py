"""Round 24 of issue 14, controversies of type `other`: an injury to the company's workers told by
number (as a death is), and an outbreak, fires or poisonings traced in the passive to the company's
goods or works, in any section. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _types(body: str, section: str = "History") -> list[str]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles.\n== {section} ==\n{body}")
    return [f.value.type for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("sentence", [
    "In March 2016 a worker at the Tilburg plant lost consciousness from ammonia fumes while draining a cooling loop.",
    "Two welders were badly burned in May 2019 when a pressure line burst at its Gdańsk yard.",
    "In 2012 three miners at the Kora shaft were injured by a fall of rock.",
    "A technician was electrocuted at its Lyon substation in October 2021.",
    "In 2018 four contractors suffocated inside a grain silo at the company's Odessa terminal.",
])
def test_an_injury_to_workers_told_by_number_is_an_accident(sentence):
    assert _types(sentence) == ["other"]


@pytest.mark.parametrize("sentence", [
    "In 2017 Acme hired two engineers who had lost consciousness of nothing but deadlines.",
    "Nobody was injured when the roof of the Tilburg warehouse was replaced in 2015.",
    "In 2019 the company trained 300 workers in first aid.",
])
def test_no_injury_no_accident(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "In June 2018 an outbreak of listeria among diners in Leeds was traced to salads from one of the chain's kitchens.",
    "Early in 2020 fires in three flats in Lyon were traced to its heaters.",
    "In 2014 eleven deaths in Ghana were linked to the company's cough syrup.",
    "That September an outbreak of E. coli among pupils was traced to minced beef from one of its abattoirs.",
    "In June 2018 an outbreak of norovirus on an Acme cruise ship was traced to its water tanks.",  # was section-only
])
def test_an_incident_traced_to_the_company_in_the_passive_is_other_in_any_section(sentence):
    assert _types(sentence) == ["other"]


@pytest.mark.parametrize("sentence", [
    "In 2016 an outbreak of measles in the town was traced to a visiting school group.",
    "The company traced its origins to a forge founded in 1820.",
    "In 2011 a fire in the old town was traced to a faulty street lamp.",
])
def test_a_tracing_to_another_source_is_no_controversy(sentence):
    assert _types(sentence) == []


def _subsection_types(body: str, affair: str = "Dismissal case") -> list[tuple[str, str | None]]:
    """Types and dates of a body told in a named-affair subsection (Controversies > ``affair``)."""
    wikitext = f"'''Acme''' makes kettles.\n== Controversies ==\n=== {affair} ===\n{body}"
    page = Page(title="Acme", revision=1, wikitext=wikitext)
    return [(f.value.type, f.value.date.iso if f.value.date else None)
            for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("step, date", [
    ("The miners' union took their case to a labour court, which ordered six of them reinstated in May 2016.", "2016-05"),
    ("In March 2017 the dismissed drivers took the dispute to an employment tribunal.", "2017-03"),
    ("The workers took their grievance to the regional labour court in 2018.", "2018"),
    ("The CNMC rejected the company's appeal in May 2021.", "2021-05"),
    ("In 2019 the SEC dismissed Acme's request for a stay of the order.", "2019"),
    ("The FTC turned down its application for an exemption in October 2020.", "2020-10"),
])
def test_the_next_step_of_a_case_in_a_named_affair_subsection_is_a_lawsuit(step, date):
    opening = "In May 2015 Acme dismissed 14 of the strike's organisers."
    assert ("lawsuit", date) in _subsection_types(f"{opening} {step}")


@pytest.mark.parametrize("sentence", [
    "The SEC took the view that the offer was fair.",
    "The founders took their case to investors in 2015, who backed the plan.",
    "In 2019 the IRS rejected its own earlier ruling on the matter of depreciation.",
])
def test_no_step_in_court(sentence):
    assert _subsection_types(f"Acme opened a plant in 2014. {sentence}") == []


@pytest.mark.parametrize("sentence", [
    "A 2019 report by Amnesty International found migrant workers sleeping in shipping containers at two of its farms.",
    "A 2021 study by the campaign group Earth Rights Collective criticised its draining of peat swamps.",
    "According to an analysis by Forest Trends, the company's suppliers cleared about 12,000 hectares of rainforest.",
    "A report by Fair Fishing Network, published in March 2022, documented beatings on three of its trawlers.",
])
def test_a_named_groups_report_that_finds_fault_is_an_accusation_in_a_controversy_section(sentence):
    assert _types(sentence, "Environmental and social issues") == ["other"]
    assert _types(sentence, "History") == []  # a weak cue: a controversy section only


@pytest.mark.parametrize("sentence", [
    "A 2018 report by Carte Rouge, a television programme, praised the group for its care of public patients.",
    "A 2020 report by the Ministry of Labour found that three of its plants had no fire exits.",
    "A 2016 study by the University of Porto measured the carbon stored in its forests.",
])
def test_no_accusation_by_a_group(sentence):
    assert "other" not in _types(sentence, "Environmental and social issues")
