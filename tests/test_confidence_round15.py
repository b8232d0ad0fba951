"""Round 15: the evidence of the sentence's words in the history confidence (hedged, retold,
subordinate, opens_other), on sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.extractors.event_confidence import (
    Evidence,
    features,
    hedged,
    retold,
    sentence_evidence,
    subordinate,
)
from kg.extractors.text_confidence import confidence as text_confidence

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import fit_confidence  # noqa: E402
import fit_event_confidence  # noqa: E402


def test_a_plan_or_a_report_is_hedged():
    assert hedged("The company had planned a listing in Oslo for the spring, but the offering was postponed.")
    assert hedged("Reports in 2021 that Brantle was preparing to sell its boiler unit were denied.")
    assert not hedged("In May 2019 Brantle bought the boiler maker Oskarsson for €40 million.")


def test_a_past_perfect_retells():
    assert retold("She was succeeded by Ilse Marr, who had run the Dutch plants since 2011.")
    assert not retold("In 2011 Ilse Marr became chief executive of Brantle.")


def test_a_sentence_opening_with_a_subordinate_clause():
    assert subordinate("After the tariff reform of 1994 opened the market, the company began exporting.")
    assert subordinate("Since March 2008, when the two exchanges merged, its shares have traded in Vilnius.")
    assert not subordinate("In 1994 the company began exporting to Latvia.")


def test_the_sentence_evidence_lowers_the_features():
    text = "Brantle had planned an offering in 2020; it was called off."
    e = Evidence("ipo", **sentence_evidence(text))
    on = features(e)
    assert on["hedged"] == 1.0 and on["retold"] == 1.0 and on["subordinate"] == 0.0
    assert on["opens_other"] == 1.0  # subject_self not set: the sentence does not open with the company
    assert features(Evidence("ipo", subject_self=True))["opens_other"] == 0.0
    assert features(Evidence("ipo", list_item=True))["opens_other"] == 0.0  # a bullet has no subject to read


def test_the_history_fit_reads_the_first_sight_records_alone():
    # (round 16: the switch FIT_ON_RECORDS became the weight TUNED of a tuned set's event, 0.0: the records alone)
    assert fit_event_confidence.TUNED == 0.0 and fit_event_confidence.WRONG == 4.5
    rows = fit_event_confidence.first_sight()
    assert "blind16-first-sight" in rows and "blind16" in fit_event_confidence.CHECKED
    assert "blind16" in fit_confidence.CHECKED


def test_an_unknown_relation_type_has_no_weight_and_breaks_nothing():
    """A relation type the weights do not know yet (a new ``lender``) counts 0, as any feature
    without a weight."""
    # (type.lender got its weight in round 15b: tests/test_confidence_round15b.py; a type still unknown stands in)
    assert text_confidence("relations", {"type.unheard_of", "cue.strong"}) == text_confidence("relations", {"cue.strong"})
    weights = fit_confidence.fit([(frozenset({"type.lender", "cue.strong"}), True),
                                  (frozenset({"cue.weak"}), False)], fit_confidence.priors("relations"))
    assert "type.lender" in weights
