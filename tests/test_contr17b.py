"""Controversies, round 17 (b): later dated steps of a named case that carry no cue of their own
(a charge, an indictment, an inquiry closed without charges), and a fire or
an explosion that destroyed or stopped a plant."""

from __future__ import annotations

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _found(text: str, title: str = "Halvorsen Marine") -> list[tuple[str, str | None]]:
    page = Page(title=title, revision=1, wikitext=text)
    return [(f.value.type, f.value.date.iso if f.value.date else None)
            for f in controversies.extract(parse_article(page))]


def _case(sentence: str) -> str:
    return ("'''Halvorsen Marine''' is a Norwegian builder of fishing boats.\n\n== Controversies ==\n"
            f"=== Harbour contract ===\n{sentence}\n")


def _history(sentence: str) -> str:
    return ("'''Halvorsen Marine''' is a Norwegian builder of fishing boats.\n\n== History ==\n"
            f"{sentence}\n")


def test_a_charge_or_an_indictment_dated_in_a_case_subsection_is_a_lawsuit():
    for sentence in ("Its former purchasing director was charged with obstruction in March 2019.",
                     "The police indicted two former managers of the yard in March 2019.",
                     "The labour inspectorate charged Halvorsen and a subcontractor under the safety act in 2019.",
                     "The consumer ombudsman filed charges under the marketing act in 2019."):
        assert [t for t, _ in _found(_case(sentence))] == ["lawsuit"], sentence


def test_an_undated_charge_or_one_outside_a_case_subsection_is_no_item():
    assert _found(_case("Its former purchasing director was charged with obstruction.")) == []
    assert _found(_history("Its former purchasing director was charged with obstruction in 2019.")) == []


def test_a_charge_for_a_service_is_no_lawsuit():
    assert _found(_case("In 2019 the harbour charged the yard a fee for each berth.")) == []


def test_an_inquiry_closed_without_charges_is_an_investigation():
    found = _found(_case("The prosecutor closed the case in 2020 without bringing charges."))
    assert [t for t, _ in found] == ["investigation"]


def test_a_fire_or_explosion_that_destroyed_or_stopped_a_plant_is_an_accident_anywhere():
    for sentence in ("A fire destroyed the paint shop of its Florø yard in 2016.",
                     "In March 2016 an explosion in the boiler house halted production at Florø for a month.",
                     "On 4 March 2016 a fire broke out in the hull store at Florø, destroying two warehouses."):
        assert [t for t, _ in _found(_history(sentence))] == ["other"], sentence


def test_a_fire_word_of_another_kind_or_a_fire_of_another_clause_is_no_accident():
    for sentence in ("In 2016 a cease-fire halted the fighting near the yard.",
                     "In 2016 a new fire safety code closed several older factories in the region.",
                     "In 2016 the yard installed a fire alarm system and closed its old welding workshop.",
                     "The Great Fire of 1904 destroyed much of the town, and the founders rebuilt the yard in 1905."):
        assert _found(_history(sentence)) == [], sentence


def _section(sentence: str) -> str:
    return ("'''Halvorsen Marine''' is a Norwegian builder of fishing boats.\n\n== Controversies ==\n"
            f"{sentence}\n")


def test_a_part_that_broke_off_or_fell_or_what_escaped_a_pen_or_pipe_is_an_accident_in_a_controversy_section():
    for sentence in ("On 3 May 2018 a crane boom broke off at the Florø yard and fell onto a trawler; nobody was hurt.",
                     "In May 2018 part of the roof of the hull hall fell into the dock.",
                     "In May 2018 about 40,000 trout escaped from a damaged net at its fish farm.",
                     "The blast of 3 May 2018 was traced to a faulty gas valve."):
        assert [t for t, _ in _found(_section(sentence))] == ["other"], sentence


def test_such_an_accident_without_a_cue_of_its_own_outside_a_controversy_section_is_no_item():
    assert _found(_history("On 3 May 2018 a crane boom broke off at the Florø yard.")) == []


def test_an_escape_of_a_person_or_from_a_place_is_no_accident():
    for sentence in ("In 2018 its former owner escaped from the country before his trial began.",
                     "In 2018 the yard narrowly escaped closure."):
        assert _found(_section(sentence)) == [], sentence


def test_effluent_that_escaped_from_a_pipe_is_a_spill_anywhere():
    found = _found(_history("In May 2018 about 200 tonnes of effluent escaped from a broken pipe into the fjord."))
    assert [t for t, _ in found] == ["other"]
