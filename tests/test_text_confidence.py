"""The confidence model of relations and controversies (kg/extractors/text_confidence.py) and
its fitting script (tools/fit_confidence.py)."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path

import pytest

from kg.extractors import controversies, relations, text_confidence

ROOT = Path(__file__).resolve().parent.parent


def _fit_tool():
    spec = importlib.util.spec_from_file_location("fit_confidence", ROOT / "tools" / "fit_confidence.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_weights_load_for_both_models_and_every_prior_has_a_weight():
    weights = text_confidence.weights()
    tool = _fit_tool()
    for model in text_confidence.MODELS:
        assert "bias" in weights[model]
        assert set(tool.priors(model)) <= set(weights[model]), model


@pytest.mark.parametrize("model", text_confidence.MODELS)
def test_confidence_is_a_two_decimal_number_between_the_bounds(model):
    for features in (frozenset(), frozenset({"cue.strong", "date.written"}), frozenset({"cue.weak", "date.none"})):
        c = text_confidence.confidence(model, features)
        assert Decimal("0.05") <= c <= Decimal("0.99") and str(c) == f"{c:.2f}"


def test_stronger_evidence_scores_higher():
    strong = frozenset({"cue.strong", "side.object", "party.linked", "party.org", "date.written", "role.history"})
    weak = frozenset({"cue.weak", "side.passive", "party.unknown", "date.none", "role.lead"})
    # round 14's refit (a wrong relation weighs four right ones): the strong example is at 0.89
    assert relations.confidence(strong) > Decimal("0.85") > relations.confidence(weak)
    assert relations.confidence(weak) < Decimal("0.8")
    act = frozenset({"cue.strong", "date.written", "party", "section"})
    follow = frozenset({"cue.weak", "date.none", "followup"})
    assert controversies.confidence(act) > Decimal("0.9") > controversies.confidence(follow)


def test_a_bad_weights_table_is_refused(monkeypatch, tmp_path):
    class Files:
        def joinpath(self, name):
            return tmp_path / name

    (tmp_path / "confidence_weights.tsv").write_text("model\tfeature\tweight\nhistory\tbias\t1.0\n", encoding="utf-8")
    monkeypatch.setattr(text_confidence, "files", lambda package: Files())
    text_confidence.weights.cache_clear()
    try:
        with pytest.raises(ValueError, match="model"):
            text_confidence.weights()
    finally:
        text_confidence.weights.cache_clear()


def test_the_fit_learns_what_the_gold_shows_and_keeps_the_prior_elsewhere():
    tool = _fit_tool()
    data = [(frozenset({"good"}), True)] * 60 + [(frozenset({"bad"}), False)] * 30 + [(frozenset({"bad"}), True)] * 10
    w = tool.fit(data, {"bias": 1.0, "unseen": -0.7}, l2=5.0)
    assert w["good"] > 0 > w["bad"]
    assert w["bias"] == 1.0  # the bias stays at its prior
    assert w["unseen"] == pytest.approx(-0.7)  # no evidence: the prior
    high = tool.check(data, w)
    assert high.startswith("P 1.000 of 60")
