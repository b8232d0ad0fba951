"""Round 12: the evidence features a sentence gives by its words alone, on sentences written for
them (docs/relations.md, "Round 12"), and the tools' headline over blind4 ... blind12."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import fit_confidence  # noqa: E402
import fit_event_confidence  # noqa: E402

from kg.extractors import controversies  # noqa: E402
from kg.extractors.text_confidence import weights  # noqa: E402


def test_a_counterfeit_or_an_infringement_is_a_wrong_done_to_the_company():
    assert "infringed" in controversies.text_evidence(
        "In 2021 a court in Porto ordered a trader who sold counterfeit Velmora handbags to pay damages.")
    assert "infringed" in controversies.text_evidence("A rival brewer was found to have infringed its trademark.")
    assert "infringed" not in controversies.text_evidence("In 2021 Velmora was fined €2 million for price fixing.")


def test_a_case_told_from_the_claimants_side():
    assert "plaintiff" in controversies.text_evidence("The case, brought by the airline in 2018, ended in a settlement.")
    assert "plaintiff" in controversies.text_evidence("In 2017 it won a suit against a Polish distributor.")
    assert "plaintiff" not in controversies.text_evidence("In 2017 the regulator sued Velmora over misleading labels.")


def test_the_new_features_lower_the_confidence():
    table = weights()
    assert table["controversies"]["infringed"] < -0.5 and table["controversies"]["plaintiff"] < -0.5


def test_the_headline_leaves_out_blind4_to_blind12():
    # round 13: blind13 and blind14 too (tests/test_confidence_round13.py)
    assert fit_confidence.CHECKED[:9] == tuple(f"blind{n}" for n in range(4, 13))
    assert fit_event_confidence.CHECKED[:9] == tuple(f"blind{n}" for n in range(4, 13))
    assert {"tests/gold/blind11", "tests/gold/blind12"} <= set(fit_confidence.DEFAULT_SETS)
    assert {"blind11", "blind12"} <= set(fit_event_confidence.SETS)
