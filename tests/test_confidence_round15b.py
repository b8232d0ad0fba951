"""Round 15b of the text confidence: a weight for lender relations, the damped fit, and the
controversies fitted on the first-sight records alone."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.extractors import controversies, relations
from kg.extractors.text_confidence import probability, weights
from kg.sources import Page
from kg.text.parse import parse_article

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import fit_confidence  # noqa: E402


def test_lender_has_a_weight():
    assert "type.lender" in weights()["relations"]


def test_fit_converges_when_wrong_facts_weigh_much():
    # a plain Newton step overshoots on such data; the damped step stays near the truth
    right = frozenset({"a", "b"})
    wrong = frozenset({"a", "c"})
    data = [(right, True)] * 40 + [(wrong, False)] * 10 + [(wrong, True)] * 5
    w = fit_confidence.fit(data, {"bias": 0.0}, l2=1.0, wrong=6.0)
    assert all(abs(v) < 10 for v in w.values())
    assert probability("", right, w) > probability("", wrong, w)


def test_records_alone_leave_tuned_sets_out():
    data = {"tests/gold/blindX": {"relations": [(frozenset({"x"}), True)], "controversies": []}}
    records = {"blindY": {"relations": [(frozenset({"y"}), False)], "controversies": []}}
    assert fit_confidence.pool(data, records, "relations", 0.0) == [(frozenset({"y"}), False, 1.0)]
    both = fit_confidence.pool(data, records, "relations", 0.5)
    assert (frozenset({"x"}), True, 0.5) in both
    assert fit_confidence.pool(data, records, "relations", 1.0, out="tests/gold/blindY") == [
        (frozenset({"x"}), True, 1.0)]


def test_a_fine_in_a_controversy_section_stays_trusted():
    text = ("'''Ornbridge Tools''' is a maker of hand tools.\n\n== Controversies ==\n"
            "In March 2019 Ornbridge Tools was fined €2 million by the national competition authority "
            "for fixing the prices of spanners with two rivals.\n")
    found = controversies.extract_with_evidence(parse_article(Page(title="Ornbridge Tools", revision=1, wikitext=text)))
    assert found
    assert any(float(f.provenance.confidence) >= 0.8 for f, _ in found)


def test_a_loan_is_a_lender_with_a_confidence():
    text = ("'''Ornbridge Tools''' is a maker of hand tools.\n\n== History ==\n"
            "In 2015 the company took a €40 million loan from [[Deutsche Bank]] to build a forge in Lyon.\n")
    found = list(relations.extract_with_evidence(parse_article(Page(title="Ornbridge Tools", revision=1, wikitext=text))))
    lenders = [(f, ev) for f, ev in found if f.prop == "lender"]
    assert lenders
    for f, ev in lenders:
        assert "type.lender" in ev
        assert 0.05 <= float(f.provenance.confidence) <= 0.99


def test_the_controversies_are_fitted_on_the_first_sight_records_alone():
    """The shipped weights were fitted so (``--write`` with the defaults reproduces them)."""
    assert fit_confidence.TUNED == {"relations": 1.0, "controversies": 0.0}
    assert fit_confidence.WRONG == {"relations": 4.0, "controversies": 3.0}
    assert fit_confidence.L2_OF == {"relations": 30.0, "controversies": 10.0}
