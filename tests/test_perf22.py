"""Round 22's speed shortcuts give exactly what the plain definitions give, on the whole corpus."""

from __future__ import annotations

import pytest
from corpus import ALL_BUILDABLE, wiki

from kg.extractors import controversies as c
from kg.extractors.relation_names import company_names, is_self
from kg.model import Entity
from kg.sources.files import read_wiki_file
from kg.sources.page import Page
from kg.text import kinds
from kg.text.narrative import dated_sentences
from kg.text.parse import parse_article


@pytest.fixture(scope="module")
def articles():
    return [parse_article(read_wiki_file(wiki(stem))) for stem in ALL_BUILDABLE]


def _linked_plain(dated, names, article) -> tuple[Entity, ...]:
    """Round 21's definition: every name decided, in the order of mention."""
    out: dict[str, Entity] = {}
    for ds in dated:
        for m in ds.mentions:
            ent = m.entity
            if ent.title and ent.title not in out and ent.label[:1].isupper() \
                    and not is_self(ent, names, article) and not kinds.Kinds(article).is_place(ent):
                out[ent.title] = Entity(ent.label, ent.title)
    return tuple(out.values())


def test_linked_names_decided_when_asked_are_the_names_decided_beforehand(articles):
    for article in articles:
        dated = dated_sentences(article)
        names = company_names(article)
        plain = _linked_plain(dated, names, article)
        lazy = c.linked_parties(dated, names, article)
        assert set(lazy.where(lambda e: True)) == set(plain), article.title
        assert set(c.linked_bodies(lazy)) == set(c.linked_bodies(plain)), article.title
        for ent in plain:  # every linked name's words, and each single word of it
            words = c._words(ent.label)
            assert c.linked_by_words(words, lazy) == c.linked_by_words(words, plain), (article.title, ent)
            for w in words:
                assert c.linked_by_words(frozenset({w}), lazy) == c.linked_by_words(frozenset({w}), plain)


@pytest.mark.parametrize("text", [
    # a place's title first named under a piped text, then plainly
    "'''Acme Trading''' is a company. In 2019 [[Paris|the Paris office]] and [[Paris]] were named; "
    "the [[Federal Trade Commission]] fined it and the Commission later dropped the case.",
    # the company's own link under another label, then other bodies
    "'''Acme Trading''' is a company. [[Acme Trading|Acme]] appealed to the [[Supreme Court of Ruritania]], "
    "and the Supreme Court upheld the fine of the [[Ruritanian Competition Authority]].",
    # two labels of one body's title: the first capitalised one counts
    "'''Acme Trading''' is a company. The [[Office of Fair Trading|office]] and the "
    "[[Office of Fair Trading|Office of Fair Trading (UK)]] investigated it; [[Berlin]] is its seat.",
])
def test_linked_names_one_per_title_as_decided_beforehand(text):
    article = parse_article(Page(title="Acme Trading", revision=1, wikitext=text))
    dated = dated_sentences(article)
    names = company_names(article)
    plain = _linked_plain(dated, names, article)
    lazy = c.linked_parties(dated, names, article)
    assert set(lazy.where(lambda e: True)) == set(plain)
    assert not any(e.title in ("Acme Trading", "Berlin", "Paris") for e in plain)
    for words in ({"trade"}, {"fair", "trading"}, {"supreme", "court"}, {"authority"}, {"commission"}):
        assert c.linked_by_words(frozenset(words), lazy) == c.linked_by_words(frozenset(words), plain)


def test_is_place_remembered_is_the_kind_asked_afresh(articles):
    for article in articles:
        remembered = kinds.Kinds(article)
        for ds in dated_sentences(article):
            for m in ds.mentions:
                first = remembered.is_place(m.entity)
                assert remembered.is_place(m.entity) == first
                assert first == (kinds.Kinds(article).kind(m.entity) == kinds.PLACE), (article.title, m.entity)
