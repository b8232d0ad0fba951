"""Round 34 of issue 14, controversies on new text. Every sentence here is written for the test
(invented companies and places)."""

from __future__ import annotations

import pytest

from tests.test_contrtypes22 import _facts


def _dated(body: str, section: str = "Controversies") -> list[tuple[str, str | None]]:
    return [(v.type, v.date.iso if v.date else None) for v in _facts(body, section)]


# An inspectorate's or an inspection's finding that writes its own year, told before the fine that
# followed it: the inquiry's step (investigation), dated by the finding.
@pytest.mark.parametrize(("sentence", "year"), [
    ("An inspection by the maritime ministry in 2016 found oil in the harbour silt off the slipway, and in 2017 "
     "the county court in Zadar fined the company 90,000 kuna.", "2016"),
    ("The regional labour inspectorate found in 2020 that drivers at the Torvik depot had worked 16-hour shifts, "
     "and fined the company €60,000 in March 2021.", "2020"),
])
def test_a_dated_inspection_finding_before_a_fine_is_an_investigation(sentence, year):
    for section in ("History", "Controversies"):
        assert _dated(sentence, section) == [("investigation", year)]


def test_a_commission_finding_before_its_fine_stays_the_fine():
    # a commission's finding is its decision, not an inspection: the fine it goes with types the sentence
    assert _dated("In March 2019 the competition commission found that the three bakeries had fixed bread prices "
                  "between 2014 and 2017, and fined the company €2.1 million.") == [("fine", "2019-03")]


# "linked to" with nothing between: what the company ties its own step to, no tracing of an incident.
def test_a_decision_linked_to_a_fire_is_no_tracing():
    assert _dated("In 2015 the company sold its tannery at Varna to the plant's managers, a decision it linked to "
                  "the fire of 2013 and to falling orders.", "History") == []


def test_an_incident_traced_to_its_goods_stays_an_investigation():
    assert _dated("In 2019 the fire service linked eleven kitchen fires to its Tornado cookers.", "History") == [
        ("investigation", "2019")]


# Workers or a union that struck on or in a date, with no word for the strike of its own: a strike.
@pytest.mark.parametrize(("sentence", "date"), [
    ("The dockers' union, the Sindicato de Estibadores de Puerto Lirio, an affiliate of the national federation, struck "
     "on March 4, 2015, demanding a new shift rota.", "2015-03-04"),
    ("About 300 workers at the Varna packing plant struck in May 2018, demanding the reinstatement of two foremen.", "2018-05"),
    ("Its drivers struck in 2011 over unpaid overtime.", "2011"),
])
def test_workers_who_struck_on_a_date_is_a_strike(sentence, date):
    for section in ("History", "Controversies"):
        assert _dated(sentence, section) == [("strike", date)]


def test_workers_struck_by_something_is_no_strike():
    assert _dated("Two workers were struck on the head by a falling beam at the Varna plant in 2014.", "History") == []


# The prefilter holds every verb of the protest row: residents who marched or rallied against the plant, inside a
# controversy section, are a protest (other).
@pytest.mark.parametrize("sentence", [
    "About 600 residents marched through Ostrava in March 2016 to demand the smelter's closure.",
    "Fishermen rallied outside the port office in 2019 against the dredging of the bay.",
])
def test_residents_who_marched_in_a_controversy_section_is_a_protest(sentence):
    assert [t for t, _ in _dated(sentence)] == ["other"]


# Dead fish that someone found, told in the active voice, as the passive "dead fish were found" is: other.
@pytest.mark.parametrize("section", ["History", "Controversies"])
def test_fishermen_who_found_dead_fish_below_the_plant_is_an_incident(section):
    assert _dated("In May 2020 anglers found hundreds of dead fish in the Sava below the tannery's outfall.", section) == [
        ("other", "2020-05")]


# People who reported or suffered vomiting, diarrhoea or nausea: an incident (other); a drug's use or a trial's side
# effect is none.
@pytest.mark.parametrize("section", ["History", "Controversies"])
def test_guests_who_reported_vomiting_is_an_incident(section):
    assert _dated("After a wedding dinner at its Larnaca hotel on 14 June 2019, 38 guests reported vomiting and "
                  "diarrhoea.", section) == [("other", "2019-06-14")]


@pytest.mark.parametrize("sentence", [
    "Its best-selling drug, Emivar, treats nausea and vomiting in patients receiving chemotherapy.",
    "In the 2014 trial 12 per cent of the patients reported nausea, the most common side effect.",
])
def test_nausea_as_a_drugs_use_or_side_effect_is_no_incident(sentence):
    assert _dated(sentence, "History") == []


# An inspection whose body and place run long before its finding is still the inquiry's step (investigation).
def test_a_long_named_inspection_that_found_is_an_investigation():
    assert _dated("An inspection of the Paita cannery by the Agency for Environmental Assessment and Enforcement "
                  "(OEFA) in March 2014 found that it was discharging blood water into the bay.") == [
        ("investigation", "2014-03")]


# People who fell ill, told before the fine: the incident types the sentence (other), as a death told first does.
def test_passengers_who_fell_ill_before_the_fine_is_an_incident():
    assert _dated("On 2 May 2018, 51 passengers of a charter flight from Antalya, most of them pensioners, fell ill "
                  "after a meal loaded at the Riga kitchen; the food service fined the company.") == [("other", "2018-05-02")]


def test_a_suit_by_those_who_fell_ill_stays_a_lawsuit():
    assert _dated("Families of twenty of the guests who fell ill sued the company in 2016.") == [("lawsuit", "2016")]
