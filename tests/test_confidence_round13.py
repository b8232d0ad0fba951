"""Round 13 of the confidence: blind13 and blind14 in the fit and in the leave-one-set-out
headline, and a wrong fact weighing more than a right one in the fit of the text facts
(``fit_confidence.WRONG``), as the history events' fit already did (docs/relations.md, "Round 13")."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import fit_confidence  # noqa: E402
import fit_event_confidence  # noqa: E402


def test_the_headline_leaves_out_blind4_to_blind14():
    # round 14: blind15 is left out in turn too (tests/test_confidence_round14.py)
    assert fit_confidence.CHECKED[:11] == tuple(f"blind{n}" for n in range(4, 15))
    assert fit_event_confidence.CHECKED[:11] == tuple(f"blind{n}" for n in range(4, 15))
    assert {"tests/gold/blind13", "tests/gold/blind14"} <= set(fit_confidence.DEFAULT_SETS)
    assert {"blind13", "blind14"} <= set(fit_event_confidence.SETS)


def test_a_wrong_fact_weighs_more_and_lowers_the_weight_of_its_features():
    """Three facts with a feature, one of them wrong: weighing the wrong one three times pulls
    the feature's weight lower than a plain fit, deterministically."""
    data = [(frozenset({"cue.strong", "party.linked"}), True)] * 2 + [(frozenset({"cue.strong", "party.linked"}), False)]
    prior = {"bias": 1.0, "cue.strong": 1.5, "party.linked": 0.7}
    plain = fit_confidence.fit(data, prior, l2=1.0)
    costly = fit_confidence.fit(data, prior, l2=1.0, wrong=3.0)
    assert costly["cue.strong"] < plain["cue.strong"] and costly["party.linked"] < plain["party.linked"]
    assert fit_confidence.fit(data, prior, l2=1.0, wrong=3.0) == costly
    assert fit_confidence.fit(data, prior, l2=1.0, wrong=1.0) == plain  # the default is a plain fit


def test_the_tools_weigh_wrong_facts_more():
    assert fit_confidence.WRONG["relations"] > 1.0 and fit_confidence.WRONG["controversies"] > 1.0
    # the shipped weights (kg/data/event_confidence.tsv) were fitted so: 3 in rounds 13-14, 4.5 since
    # round 15 (fitted on the first-sight records alone, docs/history.md "Round 15")
    assert fit_event_confidence.WRONG == 4.5


def test_the_history_confidence_holds_on_each_blind_set_left_out(capsys):
    """The README: fitted (a wrong event weighing three right ones) without each of blind4 to
    blind14 in turn, the events at confidence >= 0.8 of the set left out are 0.976 precise pooled
    (0.929 on what the extractor found there at first sight); the plain fit of round 12 gave 0.956."""
    assert fit_event_confidence.main([]) == 0
    out = capsys.readouterr().out
    block = out.split("each set left out", 1)[1]
    line = next(ln for ln in block.splitlines() if ln.strip().startswith("pooled"))
    now, first = (float(x) for x in line.split()[2::4][:2])
    # round 22 (the README): over blind4-blind23, 0.989 now and 0.972 at first sight; round 23, with
    # blind24 (0.879 of 33 at first sight) pooled in: 0.984 and 0.966; at round 23's end, with the
    # listing feature: 0.986 and 0.972; round 24, with blind25 (0.929 of 28 at first sight) pooled in:
    # 0.984 and 0.970; at round 24's end (its rules, the cue.history feature): 0.984 and 0.970
    assert now >= 0.98 and first >= 0.97, (now, first)
