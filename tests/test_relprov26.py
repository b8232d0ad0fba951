"""Round 26 (relprov26): the sentence a relation told in the lead and in the body shows is the
body's first telling (``relations._shown_telling``). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.evaluation.predictions import relations_from_facts
from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _shown(lead: str, body: str, name: str):
    page = Page(title="Velmora Terminals", revision=1,
                wikitext=f"'''Velmora Terminals''' is a port operator in Panama. {lead}\n\n== History ==\n{body}\n")
    facts = [f for f in relations.extract(parse_article(page)) if (f.value.title or f.value.label) == name]
    return facts, relations_from_facts(facts)


@pytest.mark.parametrize("lead, body, name, prop", [
    ("It was rebuilt for large ships from 1998 with loans from the [[Tarnholt Development Bank]].",
     "The [[Tarnholt Development Bank]] lent US$60 million towards the US$180 million project.",
     "Tarnholt Development Bank", "lender"),
    ("[[Quessard Shipping]] is among its customers.",
     "In March 2004 Velmora Terminals began supplying bunker fuel to [[Quessard Shipping]].",
     "Quessard Shipping", "customer"),
])
def test_a_relation_told_in_the_lead_and_the_body_shows_the_body_sentence(lead, body, name, prop):
    facts, preds = _shown(lead, body, name)
    assert {f.provenance.section for f in facts if f.prop == prop} == {None, "History"}  # told twice
    (pred,) = [p for p in preds if p.type == prop]
    assert pred.sentence == body.replace("[[", "").replace("]]", "")
    assert pred.section == "History"


def test_a_relation_told_in_the_lead_alone_shows_the_lead_sentence():
    _, preds = _shown("[[Quessard Shipping]] is among its customers.", "The terminal opened in 1995.", "Quessard Shipping")
    (pred,) = preds
    assert pred.section is None and pred.sentence.startswith("Quessard Shipping is among its customers")
