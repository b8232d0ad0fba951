"""Round 13: gates that remove whole families of wrong relations read on blind13 and blind14
and counted over blind4-blind14 (docs/relations.md, "Round 13"). Each sentence is written for
the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _found(text: str) -> set[tuple[str, str]]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== History ==\n{text}")
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


@pytest.mark.parametrize("text, place", [
    ("In 1995 a group of investors from [[Marseille]] bought 40 per cent of Acme.", "Marseille"),
    ("In 2016 Acme launched a platform under a partnership with [[Microsoft]], which hosts it in its data "
     "centres in [[Sydney]], [[Wollongong]] and Ohio.", "Wollongong"),
    ("Its resin comes from its own plant and from [[Polyvant Chemicals]], whose plant in [[Thornbury Flats]] has supplied the company since 2014.",
     "Thornbury Flats"),
])
def test_a_place_where_the_sentence_writes_it_is_no_party(text, place):
    found = _found(text)
    assert not {p for p in found if p[1] == place}


@pytest.mark.parametrize("text, expected", [
    ("Its resin comes from its own plant and from [[Polyvant Chemicals]], whose plant in [[Thornbury Flats]] has supplied the company since 2014.",
     ("supplier", "Polyvant Chemicals")),
    ("In 2016 Acme launched a platform under a partnership with [[Microsoft]], which hosts it in its data "
     "centres in [[Sydney]], [[Wollongong]] and Ohio.", ("partner", "Microsoft")),
    # a company named after a town, where no place word comes before it, stays a party
    ("In 2021 Acme signed a supply agreement with [[Carrefour]] for its own-label trays.", ("customer", "Carrefour")),
])
def test_the_organisation_of_such_a_sentence_stays(text, expected):
    assert expected in _found(text)
