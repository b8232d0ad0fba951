"""Round 16 of the confidence: one fit routine (tools/confidence_fit.py) for the history events
(tools/fit_event_confidence.py) and the text facts (tools/fit_confidence.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.extractors.event_confidence import FEATURES, Evidence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import confidence_fit  # noqa: E402
import fit_confidence  # noqa: E402
import fit_event_confidence  # noqa: E402


def test_both_tools_call_the_one_routine():
    assert fit_confidence.confidence_fit is confidence_fit
    assert fit_event_confidence.confidence_fit is confidence_fit
    assert fit_confidence.table is confidence_fit.table
    assert not hasattr(fit_event_confidence, "solve") and not hasattr(fit_confidence, "_objective")


def test_a_wrong_example_costs_more_and_a_tuned_one_as_much_as_its_scale():
    assert confidence_fit.cost(True, 4.5) == 1.0
    assert confidence_fit.cost(False, 4.5) == 4.5
    assert confidence_fit.cost(False, 3.0, 0.0) == 0.0  # a tuned set left out of a fit on the records alone
    assert confidence_fit.cost(True, 3.0, 0.5) == 0.5


def test_newton_finds_the_labels_odds_and_the_prior_holds_a_feature_without_data():
    # feature 0 on 40 examples, 30 right: with a light prior its weight nears log(3); feature 1
    # is on none and stays at its prior mean
    examples = [([(0, 1.0)], 1.0, 0.0, 1.0)] * 30 + [([(0, 1.0)], 0.0, 0.0, 1.0)] * 10
    for damped in (True, False):
        w = confidence_fit.newton(examples, [0.0, -0.7], 0.01, damped=damped)
        assert abs(w[0] - 1.0986) < 0.01 and w[1] == -0.7


def test_the_damped_step_keeps_a_fit_from_diverging():
    # wrong facts weighing much, a feature on every example and a feature that tells them apart
    examples = ([([(0, 1.0), (1, 1.0)], 1.0, 0.0, 1.0)] * 40 + [([(0, 1.0), (2, 1.0)], 0.0, 0.0, 6.0)] * 10
                + [([(0, 1.0), (2, 1.0)], 1.0, 0.0, 1.0)] * 5)
    w = confidence_fit.newton(examples, [0.0, 0.0, 0.0], 1.0, damped=True)
    assert all(abs(v) < 10 for v in w)
    assert w[1] > w[2]
    # the penalised likelihood at the damped fit is no lower than at the prior
    assert confidence_fit.objective(w, examples, [0.0] * 3, 1.0) >= confidence_fit.objective([0.0] * 3, examples, [0.0] * 3, 1.0)


def test_the_offset_is_held_and_a_value_scales_a_feature():
    # an offset of +2 (a bias held at its prior) on every example: the feature learns the rest
    examples = [([(0, 1.0)], 1.0, 2.0, 1.0)] * 10 + [([(0, 1.0)], 0.0, 2.0, 1.0)] * 10
    w = confidence_fit.newton(examples, [0.0], 0.01)
    assert abs(w[0] + 2.0) < 0.05
    doubled = [([(0, 2.0)], y, o, c) for (_, y, o, c) in examples]
    assert abs(confidence_fit.newton(doubled, [0.0], 0.01)[0] + 1.0) < 0.05


def test_leave_one_out_fits_without_each_label_and_keeps_the_scored_rows():
    fitted = []

    def fit_without(label):
        fitted.append(label)
        return {"w": 1.0}

    def score(label, w):
        return None if label == "heldout" else (label, 4, 3, 2, 2)

    rows = confidence_fit.leave_one_out(["blind16", "heldout", "blind17"], fit_without, score)
    assert fitted == ["blind16", "heldout", "blind17"]
    assert [r[0] for r in rows] == ["blind16", "blind17"]
    lines = confidence_fit.table(rows)
    assert lines[-1].split() == ["pooled", "P@0.8", "0.750", "of", "8", "P@0.8", "1.000", "of", "4"]


def test_at_counts_the_facts_at_the_threshold():
    assert confidence_fit.at([(0.9, True), (0.8, False), (0.5, True)], lambda c: c) == (2, 1)


def _event(**kw):
    return Evidence(kind="acquisition", **kw)


def test_the_history_fit_weighs_a_tuned_set_by_tuned():
    # TUNED (0.0: the first-sight records alone) replaced the switch FIT_ON_RECORDS
    assert fit_event_confidence.TUNED == 0.0 and fit_event_confidence.DAMPED is True
    record = [("blindX-first-sight", _event(), True)] * 3
    tuned = [("blindX", _event(), False)] * 30
    alone = fit_event_confidence.fit(record)
    assert fit_event_confidence.fit(record + tuned) == alone  # the tuned set weighs 0
    both = fit_event_confidence.fit(record + tuned, tuned=1.0)
    assert both["bias"] < alone["bias"]
    assert set(alone) == set(FEATURES)


def test_a_change_of_legal_form_is_read_from_the_sentence():
    from kg.extractors.event_confidence import legal_form, sentence_evidence

    assert legal_form("In 2006 Orvella was converted into a joint-stock company, Orvella Foods S.A.")
    assert legal_form("The mill was reorganised as a public limited company in 1988.")
    assert legal_form("It took the suffix PLC in 2009 when the new law required it.")
    assert not legal_form("In 2006 Orvella was renamed Orvella Foods after the brand of its yoghurts.")
    assert not legal_form("The company converted its Hamburg warehouse into a bakery in 2012.")
    assert sentence_evidence("Orvella was converted into a European company in 2014.")["legal_form"]


def test_legal_form_weighs_only_a_rename():
    from kg.extractors.event_confidence import features

    assert features(Evidence(kind="rename", legal_form=True))["legal_form"] == 1.0
    assert features(Evidence(kind="rename"))["legal_form"] == 0.0
    assert features(Evidence(kind="acquisition", legal_form=True))["legal_form"] == 0.0
    # no prior doubt since round 16 settled such a change (with a new name) as a rename
    assert fit_event_confidence.PRIOR["legal_form"][0] == 0.0


def test_the_shipped_weight_of_legal_form_is_the_refit():
    # refitted once the convention was settled and five records relabelled: a small doubt left
    from kg.extractors.event_confidence import weights

    assert -0.5 < weights()["legal_form"] < 0.0
