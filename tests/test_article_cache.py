"""The caches of one article at a time hold the article only while its page is worked on."""

from __future__ import annotations

import gc
import weakref

from corpus import wiki

from kg import pipeline
from kg.extractors import DEFAULT_EXTRACTORS
from kg.model import Entity
from kg.sources.files import read_wiki_file
from kg.text import article_cache, narrative
from kg.text.mentions import NameIndex
from kg.text.parse import Mention


def test_a_slot_is_emptied_by_forget_and_a_dict_in_it_renewed():
    held = article_cache.slot(None, {})
    held[0], held[1]["x"] = object(), True
    article_cache.forget()
    assert held == [None, {}]


def test_after_process_page_nothing_keeps_the_article_alive(monkeypatch):
    """Without the collector (which finds no garbage here: the article holds no cycles once the
    caches let it go), the article is freed by reference counting as soon as its page is done,
    though every extractor cached its results for it."""
    refs = []
    parse = pipeline.parse_article

    def remembered(page):
        article = parse(page)
        refs.append(weakref.ref(article))
        return article

    monkeypatch.setattr(pipeline, "parse_article", remembered)
    was = gc.isenabled()
    gc.disable()
    try:
        result = pipeline.process_page(read_wiki_file(wiki("Asda")), pipeline.Options(extractors=DEFAULT_EXTRACTORS))
        gc.disable()  # process_page switched it back on
        assert result.error is None and result.facts > 50
        assert refs and refs[0]() is None
        assert narrative._LAST == [None, None]
    finally:
        if was:
            gc.enable()


def test_names_overlapping_a_taken_span_are_not_mentioned_again():
    index = NameIndex({name: Entity(name) for name in ("Acme", "Acme Steel", "Borealis", "Corvid")})
    text = "Acme Steel and Borealis bought Corvid from Acme."
    taken = [Mention(Entity("Corvid", "Corvid"), 31, 37), Mention(Entity("Acme Steel", "Acme Steel"), 0, 10)]
    found = index.find(text, taken)  # the taken spans need not be in order
    assert [(m.entity.label, m.start) for m in found] == [("Borealis", 15), ("Acme", 43)]
    wide = [Mention(Entity("x"), 5, 40)]  # one span over several names
    assert [(m.entity.label, m.start) for m in index.find(text, wide)] == [("Acme", 43)]
