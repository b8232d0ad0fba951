"""Round 19: unlinked counterparties whose names are organisations' by words in another language,
an elided article inside the name or a Spanish or Portuguese legal form. Each sentence is written
for the test."""

from __future__ import annotations

import pytest

from kg.text import kinds
from tests.test_relations_round14 import _found


def _typed(found: set[tuple[str, str]], prop: str) -> set[str]:
    return {name for p, name in found if p == prop}


@pytest.mark.parametrize("name", [
    "Compañía Minera del Sur", "Groupe Lacasse", "Banco Austral", "Sociedade Ribeira Grande",
    "Fundación Pérez Ortega", "Kombinat Severny",
])
def test_an_organisation_word_of_another_language_makes_an_organisation(name):
    assert kinds.has_orgword(name)


@pytest.mark.parametrize("name", ["Pedro Alvarez", "Lisbon", "Rio Grande", "Santos de Oliveira"])
def test_a_person_or_a_place_holds_no_such_word(name):
    assert not kinds.has_orgword(name)


@pytest.mark.parametrize("sentence, name", [
    ("Its cans are bought from Empresa Metalúrgica Andina.", "Empresa Metalúrgica Andina"),
    ("The glass bottles are supplied by Vidrierías Groupe Moreau.", "Vidrierías Groupe Moreau"),
    ("Cork stoppers come from Cooperativa Corticeira Alentejana.", "Cooperativa Corticeira Alentejana"),
])
def test_an_unlinked_supplier_named_in_another_language(sentence, name):
    assert _typed(_found(sentence, "Operations"), "supplier") == {name}


@pytest.mark.parametrize("sentence, name", [
    ("Tins are bought from Société Lyonnaise d'Emballages.", "Société Lyonnaise d'Emballages"),
    ("Its water is supplied by Office Régional de l'Eau.", "Office Régional de l'Eau"),
    ("Crates are supplied by Compagnie Normande d'Emballage.", "Compagnie Normande d'Emballage"),
])
def test_an_elided_article_inside_a_name_keeps_it_whole(sentence, name):
    assert _typed(_found(sentence, "Operations"), "supplier") == {name}


@pytest.mark.parametrize("sentence, name", [
    ("Its listing was arranged by the brokerage Ferreyra & Cía.", "Ferreyra & Cía."),
    ("Its bags are made by Hermanos Ruiz y Cía. in Rosario.", None),
    ("Fertiliser is bought from Souza Lima & Cia.", "Souza Lima & Cia."),
])
def test_a_spanish_or_portuguese_legal_form_keeps_its_dot(sentence, name):
    found = _found(sentence, "Operations")
    if name is None:
        assert not any(n.endswith("Cía") for _, n in found)
    else:
        assert name in {n for _, n in found}


@pytest.mark.parametrize("sentence", [
    "Its oil is shipped from the port of Sète to Port-Saint-Louis-du-Rhône and Cap d'Agde.",
    "Its water is piped from Lac d'Annecy.",
    "The coffee is shipped from Santos de Oliveira.",
])
def test_no_person_or_place_becomes_a_supplier(sentence):
    assert not _typed(_found(sentence, "Operations"), "supplier")


@pytest.mark.parametrize("sentence, name", [
    ("In 2015 Acme and the Kazakh bottler Tau Bulak formed Acme-Tau, a fifty-fifty venture.", "Tau Bulak"),
    ("In 2012 Acme and the Dutch importer Van Rijn Voeding formed Acme Benelux, a joint venture.", "Van Rijn Voeding"),
    ("In 2009 Acme and the trading house Sanwa Shoji formed Acme Japan, a joint venture.", "Sanwa Shoji"),
])
def test_a_trade_only_firms_ply_introduces_an_unlinked_organisation(sentence, name):
    assert name in _typed(_found(sentence), "jointVenturePartner")


@pytest.mark.parametrize("sentence", [
    "In 2015 Acme and the Kazakh businessman Nurlan Abenov formed Acme-Tau, a fifty-fifty venture.",
    "In 2012 Acme and the Dutch engineer Jan Visser formed Acme Benelux, a joint venture.",
])
def test_a_person_s_trade_introduces_no_organisation(sentence):
    assert not _typed(_found(sentence), "jointVenturePartner")


@pytest.mark.parametrize("sentence, place", [
    ("It sells through importers, among them Velo Imports of [[Charlotte, North Carolina]], its importer for the US.",
     "North Carolina"),
    ("Its tiles are sold by Ceramica Import of [[Porto, Portugal]], its agent since 2001.", "Portugal"),
    ("It uses distributors, such as Nordic Trade of [[Bergen, Norway]], its distributor for Scandinavia.", "Norway"),
])
def test_the_place_after_an_unlinked_name_ends_with_its_link(sentence, place):
    assert place not in {name for _, name in _found(sentence, "Operations")}
