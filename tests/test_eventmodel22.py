"""The learned event reader, round 22 of issue 14: the clause-shape features it gained (the verb's
lemma, the subject's head, the kind of the names after the verb), on sentences written for the test.
The reader stays off (``event_model.THRESHOLD``): see docs/history.md."""

from __future__ import annotations

from kg.extractors import event_model
from kg.sources.page import Page
from kg.text import narrative
from kg.text.parse import parse_article
from tests.test_history_rules import LEAD


def _features(sentence: str) -> set[str]:
    article = parse_article(Page("Acme Corp", LEAD + "== History ==\n" + sentence + "\n"))
    ds = next(d for d in narrative.dated_sentences(article) if d.role == "history")
    return event_model.features(ds, company_subject=False, linked=False)


def test_the_lemma_joins_the_forms_of_a_verb():
    assert [event_model.stem(w) for w in ("acquired", "acquires", "acquiring")] == ["acquir"] * 3
    assert [event_model.stem(w) for w in ("opened", "opening", "opens")] == ["open"] * 3
    assert event_model.stem("stopped") == event_model.stem("stops") == "stop"
    assert event_model.stem("bought") == "buy" and event_model.stem("sold") == "sell"
    assert event_model.stem("carried") == event_model.stem("carries") == "carry"


def test_the_main_verb_and_the_subject_head():
    feats = _features("The Bergen route opened in 1994 after two years of delays.")
    assert {"mv:open", "s:route", "l:open"} <= feats
    feats = _features("In 2003 the brewery's new bottling line started production.")
    assert {"mv:start", "s:line", "l:start"} <= feats
    feats = _features("Its first Paris boutique was inaugurated in 1911.")
    assert {"mv:inaugurat", "s:boutique"} <= feats


def test_the_kind_of_the_names_after_the_verb():
    feats = _features("In 1998 the airline added flights to [[Oslo]].")
    assert "o:place" in feats or "o:name" in feats  # a linked name; its kind as the parser knows it
    assert any(f.startswith("ol:") for f in feats)
    feats = _features("In 2005 the shipyard delivered its last ferry.")
    assert not any(f.startswith(("o:", "ol:")) for f in feats)  # no name after the verb


def test_the_clause_features_can_be_left_out():
    try:
        event_model.EXTRA = False
        feats = _features("The Bergen route opened in 1994.")
        assert not any(f.startswith(("mv:", "s:", "l:", "o:")) for f in feats)
        assert "v:opened" in feats
    finally:
        event_model.EXTRA = True
