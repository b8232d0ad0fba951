"""Shortcuts taken for speed must give exactly what the plain path gives, on the whole corpus."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from corpus import ALL_BUILDABLE, wiki

from kg.model import Citation, Entity, Fact, Provenance, Text
from kg.pipeline import extract_page
from kg.rdf import Mapper
from kg.sources.files import read_wiki_file


@pytest.fixture(scope="module")
def extracted():
    return [extract_page(read_wiki_file(wiki(stem))) for stem in ALL_BUILDABLE]


@pytest.mark.parametrize("graphs", [False, True])
def test_page_nquads_is_the_serialised_page_quads(extracted, graphs):
    mapper = Mapper(graphs=graphs)
    for article, subject_class, facts in extracted:
        args = (article.title, article.revision, subject_class, facts)
        expected = ox.serialize(mapper.page_quads(*args), format=ox.RdfFormat.N_QUADS)
        assert mapper.page_nquads(*args) == expected, article.title


def test_page_nquads_escapes_literals_like_the_serialiser():
    awkward = 'quote " backslash \\ newline \n tab \t cr \r nul-ish \x01 bell \x07 é 漢字 \U0001f600'
    prov = Provenance(article="A", section=awkward, sentence=awkward, citations=(Citation(url="https://x.org/a b", text=awkward),))
    facts = [
        Fact("A", "name", Text(awkward, lang="en"), prov),
        Fact("A", "name", Text(awkward), prov),
        Fact("A", "founder", Entity(awkward, "Bob \"Q\" (x)"), prov),
    ]
    for graphs in (False, True):
        mapper = Mapper(graphs=graphs)
        expected = ox.serialize(mapper.page_quads("A", 7, None, facts), format=ox.RdfFormat.N_QUADS)
        assert mapper.page_nquads("A", 7, None, facts) == expected
