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


def _corpus_texts():
    return [read_wiki_file(wiki(stem)).wikitext for stem in ALL_BUILDABLE]


def test_word_before_matches_the_search_from_the_start():
    from kg.parse import _WORD_BEFORE, _WORD_WINDOW, _word_before

    long_run = "x." * _WORD_WINDOW
    texts = [
        *(para for text in _corpus_texts() for para in text.split("\n\n")),
        "a" * (_WORD_WINDOW - 1) + ". B",
        "a" * _WORD_WINDOW + ". B",
        "a" * (_WORD_WINDOW + 1) + ". B",
        "Some text " + long_run + ". Next",
        "Some text " + "y" * 200 + "\n. Next",
        "Some text " + "y" * 200 + " \n. Next",
        "\n" * 100 + "Inc. B",
    ]
    checked = 0
    for text in texts:
        for end in range(1, len(text) + 1):
            if text[end - 1 : end + 1].endswith(".") or text[end - 1] == "\n":
                expected = _WORD_BEFORE.search(text, 0, end)
                got = _word_before(text, end)
                assert (got and got.span()) == (expected and expected.span()), (text[max(0, end - 80) : end], end)
                checked += 1
    assert checked > 5_000
