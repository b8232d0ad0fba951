"""History extractor, round 7 of issue 14: the learned event reader (kept off: its left-out
precision is far below 0.9) and the two rule groups kept (a product named in apposition, a
facility's first output), each on sentences written for the test."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from kg.extractors import event_model, history
from kg.sources.page import Page
from kg.text import narrative
from kg.text.mentions import company_names
from kg.text.parse import parse_article
from tests.test_history_rules import LEAD, _events, _summary

# ---------------------------------------------------------------- a product named in apposition


def test_a_first_product_named_in_apposition_is_a_launch():
    history = ("== History ==\n"
               "Its first tractor, the Fieldmaster 20, appeared in 1951.\n"
               "The company's first espresso machine, the Lucca, was shown at the Milan fair in 1957.\n")
    assert _summary(_events(history)) == [("product_launch", "1951"), ("product_launch", "1957")]


def test_a_named_model_that_followed_is_a_launch():
    history = ("== History ==\n"
               "Acme built business jets from 1981. A larger jet with a longer range, the Falcon 900, "
               "followed three years later.\n")
    assert _summary(_events(history)) == [("product_launch", "1984")]


def test_a_first_officer_or_a_branch_in_apposition_is_no_launch():
    history = ("== History ==\n"
               "Its first chairman, John Smith, appeared before the committee in 1990.\n"
               "A second store, the Harbour branch, followed in 1963.\n")
    assert [e for e in _events(history) if e.type == "product_launch"] == []


# ---------------------------------------------------------------- a facility's first output


def test_a_mine_or_a_terminal_that_gave_its_first_output_is_an_opening():
    history = ("== History ==\n"
               "The Tamsin mine poured its first silver in 1988.\n"
               "After the breakwater was finished, the Port Ellery terminal handled its first container ships in May 2004.\n")
    assert _summary(_events(history)) == [("expansion", "1988"), ("expansion", "2004-05")]


def test_a_first_loss_or_order_is_no_opening():
    history = ("== History ==\n"
               "In 1990 the mine posted its first loss.\n"
               "The terminal handled its first complaint in 2004.\n")
    assert [e for e in _events(history) if e.type == "expansion"] == []


# ---------------------------------------------------------------- the learned event reader


def _dated(history_text: str):
    article = parse_article(Page("Acme Corp", LEAD + history_text))
    return article, narrative.dated_sentences(article)


def test_the_reader_is_off_and_adds_nothing():
    assert event_model.THRESHOLD is None
    article, _ = _dated("== History ==\nIn 1994 Acme acquired [[Beta Ltd]].\nThe Bergen route opened in 1996.\n")
    assert [f.event.type for f in history.found_events(article)] == ["acquisition"]
    # with weights that read every gated sentence as an expansion, the reader adds the second
    weights = (("none", "expansion"), {"bias": (0.0, 0.0), "role:history": (0.0, 5.0)})
    found = history.found_events(article, weights, 0.9)
    assert [(f.event.type, f.cue) for f in found] == [("acquisition", "trigger"), ("expansion", "model")]
    assert found[1].confidence(company_names(article)) == event_model.confidence(found[1].probability)


def test_the_gate_lets_through_only_dated_history_sentences_the_rules_left():
    article, dated = _dated("== History ==\n"
                            "In 1994 Acme acquired [[Beta Ltd]].\n"          # the rules read it
                            "The Bergen route was a success in 1994.\n"      # dated, no trigger
                            "The route was a success.\n"                     # no date of its own
                            "In 1999 Acme planned to open a plant.\n"        # a plan
                            "* 2001 – A new depot.\n")                        # a bullet
    gated = history.model_candidates(history.rule_events(article), dated, company_names(article))
    assert [ds.sentence.text for ds, _ in gated] == ["The Bergen route was a success in 1994."]


def test_the_features_of_a_sentence():
    article, dated = _dated("== History ==\n"
                            "In March 1994 it signed a £20 million deal with [[Beta Ltd]], which delivered 52 buses.\n")
    ds = next(d for d in dated if d.role == "history")
    feats = event_model.features(ds, company_subject=True, linked=True)
    assert {"a:signed", "a:deal", "v:signed", "v:delivered", "sec:history", "role:history", "prec:month",
            "date:start", "subj:self", "money", "linked"} <= feats
    assert not any(f.startswith("b:") for f in feats)  # nothing before a date that opens the sentence
    assert "a:the" not in feats and "a:with" not in feats  # common words are left out


def test_the_reader_weighs_its_features_by_class():
    weights = (("none", "partnership", "acquisition"),
               {"bias": (1.0, 0.0, 0.0), "v:signed": (-1.0, 2.0, 0.0), "a:deal": (0.0, 1.0, 0.0)})
    assert event_model.read({"role:history"}, weights)[0] == "none"
    cls, p = event_model.read({"v:signed", "a:deal"}, weights)
    assert cls == "partnership"
    assert p == pytest.approx(math.exp(3) / (math.exp(3) + 2))
    assert event_model.confidence(p) == Decimal("0.82")  # p (0.909) x CALIBRATION (0.9)


def test_hedged_sentences_stay_with_the_rules():
    assert event_model.hedged("in 1999 it planned to open a plant")
    assert event_model.hedged("talks with beta ended in 2001")
    assert not event_model.hedged("in may 2001 it opened a plant")  # the month, not the modal
