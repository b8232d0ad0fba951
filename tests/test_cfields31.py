"""Controversy fields, round 31: a body named with its acronym in brackets before its act is a
party, and so is a body a later sentence names by that acronym alone (or by the acronym its link is
labelled with). Every sentence here is written for the test (invented company, body and place names)."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _parties(text: str) -> list[set[str]]:
    page = Page(title="Velmora Foods", revision=1,
                wikitext="'''Velmora Foods''' makes canned fish.\n\n== Controversies ==\n" + text)
    return [{p.entity.title or p.entity.label for p in fact.value.participants}
            for fact in controversies.extract(parse_article(page))]


# The body's acronym in brackets between its name and its act does not hide the act.
@pytest.mark.parametrize("sentence, expected", [
    ("In May 2020 the Coastal Fisheries Inspection Service (CFIS) opened an investigation into the company's "
     "catch records.", "Coastal Fisheries Inspection Service"),
    ("In October 2018 the Marine Environment Authority (MEA) fined the company $200,000 for dumping brine.",
     "Marine Environment Authority"),
])
def test_a_body_with_its_acronym_in_brackets_acting_is_a_party(sentence, expected):
    assert expected in _parties(sentence)[0]


# A later sentence that writes the acronym alone names the body the article defined it for in
# brackets (a link labelled by the acronym, or followed by it, is read by the mentions already).
@pytest.mark.parametrize("text, expected", [
    ("The Marine Environment Authority (MEA) regulates the coast. In March 2019 the MEA fined Velmora Foods "
     "$40,000 for dumping brine.", "Marine Environment Authority"),
    ("The Lower Basin Water Directorate (LBWD) licenses abstraction. In 2022 the company was accused of "
     "pumping more than its licence allowed, and the LBWD suspended the licence for six weeks.",
     "Lower Basin Water Directorate"),
])
def test_a_body_named_by_its_acronym_alone_is_a_party(text, expected):
    assert expected in _parties(text)[-1]


# Not an acronym that is no body's (a product, a certificate), nor one the article gives to two
# bodies, nor a court's.
@pytest.mark.parametrize("text, absent", [
    ("The company sells the Brine Tonic Drink (BTD) in tins. In 2019 the company recalled 4,000 BTD tins after "
     "a customer fell ill.", "Brine Tonic Drink"),
    ("The Marine Environment Authority (MEA) and the Mining Enforcement Agency (MEA) share offices. In March "
     "2019 the MEA fined Velmora Foods $40,000 for dumping brine.", "Marine Environment Authority"),
    ("The Coastal Commercial Court (CCC) hears trade cases. In 2020 the CCC fined Velmora Foods $9,000 for a "
     "late filing.", "Coastal Commercial Court"),
])
def test_no_party_for_an_acronym_that_is_not_one_body(text, absent):
    assert all(absent not in parties for parties in _parties(text))


# A contaminant that tests found or detected in the company's product, or that the product
# contained, is what the case is about, not a party.
@pytest.mark.parametrize("sentence, absent", [
    ("In 2018 the [[Norland Food Safety Agency]] found [[Vibrio vulnificus]] in samples of the company's smoked "
     "mackerel and ordered a recall.", "Vibrio vulnificus"),
    ("In 2019 the company recalled 20,000 tins after its own tests detected [[Clostridium botulinum]] in a batch.",
     "Clostridium botulinum"),
    ("In 2020 the company recalled a batch of fish oil that was found to contain [[Ethoxyquin]] above the permitted level.",
     "Ethoxyquin"),
    ("In 2021 the [[Norland Food Safety Agency]] found [[Histamine]] above the legal limit in the company's "
     "tuna and fined it $12,000.", "Histamine"),
    ("In 2022 a consumer group found that the company's tins contained the plasticiser [[Bisphenol A]], and "
     "the company recalled them.", "Bisphenol A"),
])
def test_a_contaminant_found_in_a_product_is_no_party(sentence, absent):
    (parties,) = _parties(sentence)
    assert absent not in parties


# The body that found it stays a party; so does a company found in breach.
def test_the_body_that_found_the_contaminant_stays_a_party():
    (parties,) = _parties("In 2021 the [[Norland Food Safety Agency]] found [[Histamine]] above the legal limit in "
                          "the company's tuna and fined it $12,000.")
    assert "Norland Food Safety Agency" in parties
    (parties,) = _parties("In 2019 the agency fined the company after an audit found [[Kestrel Logistics]] in "
                          "breach of its cold-chain contract.")
    assert "Kestrel Logistics" in parties


def _controversy_amounts(country: str, text: str) -> list[tuple[str, str | None]]:
    from tests.infoboxes import infobox, page_facts

    wikitext = (infobox(name="Velmora Foods", hq_location_country=country, industry="Food")
                + "'''Velmora Foods''' makes canned fish.\n\n== Controversies ==\n" + text + "\n")
    return sorted((str(m.amount), m.currency) for f in page_facts("Velmora Foods", wikitext)
                  if f.prop == "controversy" for m in f.value.amounts)


# A fine or a settlement written with the local sign of the company's country's currency keeps its
# sum, and the article's country gives it its currency.
@pytest.mark.parametrize("country, sentence, expected", [
    ("Papua New Guinea", "In October 2016 the Fisheries Authority fined Velmora Foods K 480,000 for landing "
     "undersized tuna.", ("480000", "PGK")),
    ("Rwanda", "In July 2019 the environment authority fined the company RF 3 million for discharging waste "
     "water.", ("3000000", "RWF")),
    ("Honduras", "The suit was settled in 2021, when the company agreed to pay L 2.5 million to the "
     "fishermen.", ("2500000", "HNL")),
])
def test_a_sum_in_a_local_sign_is_the_amount_in_the_countrys_currency(country, sentence, expected):
    assert expected in _controversy_amounts(country, sentence)


# A body a sentence names by its kind alone ("the service", "the department", "the council")
# is the body of that kind a sentence before it named, with or without a link.
@pytest.mark.parametrize("text, expected", [
    ("In May 2018 the State Fisheries Inspection Service opened an inquiry into the company's catch records. "
     "In March 2019 the service fined Velmora Foods $20,000 for under-reporting its catch.",
     "State Fisheries Inspection Service"),
    ("In 2017 the [[Norland Department of Environment]] inspected the cannery after complaints about its "
     "waste water. In August 2017 the department fined the company $5,000 for dumping brine.",
     "Norland Department of Environment"),
    ("In 2020 the [[Norland Competition Council]] opened an investigation into tuna prices. In May 2022 the "
     "council found that Velmora Foods had fixed prices with two rivals and fined it $1 million.",
     "Norland Competition Council"),
])
def test_a_body_named_by_its_kind_is_the_one_named_before(text, expected):
    assert expected in _parties(text)[-1]


# "It fined the company" after a sentence in which a state body named without a link acted: that body.
def test_it_that_fines_the_company_is_the_unlinked_body_told_before():
    parties = _parties("In March 2019 the State Veterinary Authority opened an inquiry into the cannery's "
                       "cold store. In May 2019 it fined the company $8,000 for storing fish above the "
                       "permitted temperature.")
    assert "State Veterinary Authority" in parties[-1]
