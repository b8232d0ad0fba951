"""Round 19: unlinked counterparties whose names open with a capital outside A-Z, and unlinked
names that read as a person's, which are never parties. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.text import kinds
from tests.test_fields17a import _roles
from tests.test_relations_round14 import _found


def _typed(found: set[tuple[str, str]], prop: str) -> set[str]:
    return {name for p, name in found if p == prop}


# ---------------------------------------------------------------- capitals of any script

@pytest.mark.parametrize("sentence, name", [
    ("Its tins are bought from Álvarez Hermanos.", "Álvarez Hermanos"),
    ("Power for the smelter is supplied by Électricité de Tahiti.", "Électricité de Tahiti"),
    ("Its trams are supplied by Škoda Transportation.", "Škoda Transportation"),
    ("Its pumps are supplied by the engineering firm Ömer Makina.", "Ömer Makina"),
])
def test_an_unlinked_name_may_open_with_a_capital_of_any_script(sentence, name):
    assert _typed(_found(sentence, "Operations"), "supplier") == {name}


def test_a_capital_of_another_script_inside_an_enumeration_does_not_end_it():
    found = _found("Its main customers are Nordvind Energi, Ørsted Holdings, Baltic Grid Partners and Helsa Wind.",
                   "Operations")
    assert _typed(found, "customer") == {"Nordvind Energi", "Ørsted Holdings", "Baltic Grid Partners", "Helsa Wind"}


def test_a_word_inside_a_linked_name_starts_no_name():
    found = _found("[[Grupo Éxito]] of Colombia signed a five-year supply contract with it in 2012.", "Operations")
    assert not any(name.startswith("Éxito") for _, name in found)


# ---------------------------------------------------------------- people are no parties

@pytest.mark.parametrize("name", [
    "Pedro Alvarez", "Jan de Vries", "Juan Carlos Pérez", "Hans D. Weber", "Pedro Alvarez de la Torre",
])
def test_a_given_name_and_a_family_name_read_as_a_person(name):
    assert kinds.reads_as_person(name)


@pytest.mark.parametrize("name", [
    "John Swire & Sons", "Maria Fernanda Trading", "Elsie Tate Fashions", "Coral Cove Hotel",
    "Al Watania Plastics", "Hans Weber GmbH", "Flores La Conejera S.A.", "Nordvind Energi",
])
def test_an_organisation_word_a_third_common_word_or_a_legal_form_keeps_an_organisation(name):
    assert not kinds.reads_as_person(name)


@pytest.mark.parametrize("sentence", [
    "Its cocoa is bought from Pedro Alvarez de la Torre.",
    "It buys its malt from the farmer Hans Weber.",
    "Its wool has been supplied by the trader Jan de Vries since 1990.",
])
def test_a_person_is_no_supplier(sentence):
    assert not _typed(_found(sentence, "Operations"), "supplier")


@pytest.mark.parametrize("sentence", [
    "Acme and the Dutch trader Jan de Vries formed a joint venture in 1990.",
    "In 2004 Acme formed a joint venture with the engineer Pablo Ruiz.",
    "Acme signed a distribution agreement with the businessman Karl Huber in 1971.",
])
def test_a_person_is_no_partner(sentence):
    found = _found(sentence, "History")
    assert not _typed(found, "jointVenturePartner") and not _typed(found, "partner")


def test_a_firm_named_after_its_founder_stays_a_supplier():
    found = _found("Its bottles are bought from John Swire & Sons.", "Operations")
    assert _typed(found, "supplier") == {"John Swire & Sons"}


@pytest.mark.parametrize("sentence, person", [
    ("In 1990 Brevik Haulage formed a joint venture with the trader Jan de Vries.", "Jan de Vries"),
    ("In 2004 Brevik Haulage entered a partnership with Pablo Ruiz to sell coffee.", "Pablo Ruiz"),
    ("In 1971 Brevik Haulage signed a distribution agreement with Karl Huber.", "Karl Huber"),
])
def test_a_person_is_no_partner_of_a_history_event(sentence, person):
    assert person not in {name for name, _ in _roles(sentence)}


@pytest.mark.parametrize("sentence, party, role", [
    ("In 2004 Brevik Haulage entered a partnership with Škoda Transportation.", "Škoda Transportation", "partner"),
    ("In 1990 Brevik Haulage formed a joint venture with Électricité de Tahiti.", "Électricité de Tahiti", "partner"),
    ("In 2001 Brevik Haulage bought Łódzkie Zakłady Transportowe.", "Łódzkie Zakłady Transportowe", "target"),
    ("In 1990 Brevik Haulage formed a joint venture with Karl Huber & Söhne.", "Karl Huber & Söhne", "partner"),
])
def test_a_history_party_may_open_with_a_capital_of_any_script(sentence, party, role):
    assert (party, role) in _roles(sentence)


@pytest.mark.parametrize("sentence, person", [
    ("In 2010 Toyota's Ken Sato became chairman.", "Ken Sato"),
    ("In July 2006 Škoda's Tomáš Hrubeš became chairman.", "Tomáš Hrubeš"),
    ("In 2015 Brevik Haulage appointed Nordvik's Lars Haugen as chief executive.", "Lars Haugen"),
])
def test_a_possessor_before_a_person_is_no_part_of_the_name(sentence, person):
    names = {name for name, _ in _roles(sentence)}
    assert person in names and not any("'s" in n for n in names)


@pytest.mark.parametrize("name", ["Harlow Rail", "Tarvo Fertilisers", "Kestrel Logistics", "Andina AFP", "Milan SA"])
def test_a_firm_named_after_a_given_name_does_not_read_as_a_person(name):
    # (round 19, at the merge) a given name first and an industry or an acronym after it is a firm's
    # name: the rail operator, the fertiliser maker and the pension fund of other tests stay parties
    assert not kinds.reads_as_person(name)
