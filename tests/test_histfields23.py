"""The fields of matched history events (issue 14, round 23): a place is no party of an
event that is not an opening, also where the kinds call it a place by its name alone (a
country, a big city) without the article writing it as one, or where nothing tells what it is
but its name is a city's and the article writes it as a place."""

from __future__ import annotations

import pytest

from tests.test_fields18 import _events


def _parts(sentence, kind, title="Brevik Haulage"):
    return [(p.entity.label, p.role) for e, _ in _events(sentence, title) if e.type == kind for p in e.participants]


_PLACES = [
    ("In 2006 Brevik Haulage signed a ten-year freight contract with [[Northlake Foods]] for its trucks between "
     "[[Dallas]] and [[Houston]].", "partnership", "Northlake Foods", ("Dallas", "Houston")),
    ("In 1998 Brevik Haulage opened an office in [[Frankfurt]].\n\n"
     "In 2014 Brevik Haulage sold its [[Frankfurt]] warehouse business to [[Harlan Foods]].",
     "divestiture", "Harlan Foods", ("Frankfurt",)),
]


@pytest.mark.parametrize(("sentence", "kind", "party", "places"), _PLACES)
def test_a_big_place_is_no_party(sentence, kind, party, places):
    parts = _parts(sentence, kind)
    names = [n for n, _ in parts]
    assert party in names, parts
    assert not any(p in names for p in places), parts


_CITIES = [
    # a small city the article writes as a place elsewhere ("a depot in Kristiansund")
    "In 1990 Brevik Haulage opened a depot in [[Kristiansund]].\n\n"
    "In 2005 Brevik Haulage signed a contract with [[Ostra Rederi]] for its routes from [[Kristiansund]].",
    "In 1990 Brevik Haulage opened a depot in [[Kristiansund]].\n\n"
    "In 2007 Brevik Haulage signed a supply agreement with [[Ostra Rederi]], which runs [[Kristiansund]] ferries.",
    "In 1990 Brevik Haulage opened a depot at [[Kristiansund]].\n\n"
    "In 2009 Brevik Haulage partnered with [[Ostra Rederi]] on [[Kristiansund]] routes.",
]


@pytest.mark.parametrize("text", _CITIES)
def test_a_city_the_article_writes_as_a_place_is_no_partner(text):
    parts = _parts(text, "partnership")
    assert ("Kristiansund", "partner") not in parts, parts
