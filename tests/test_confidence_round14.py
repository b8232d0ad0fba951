"""Round 14 of the confidence: the sentence a relation told twice shows is its first telling
(in the body, when the lead tells it too: round 26, ``relations._shown_telling``), whatever the weights (its confidence stays that of its strongest statement), and blind15 joins
the fits and their leave-one-set-out checks (docs/relations.md and docs/history.md, "Round 14").
Each sentence is written for the test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.evaluation.predictions import relations_from_facts
from kg.extractors import relations, text_confidence
from kg.sources import Page
from kg.text.parse import parse_article

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import fit_confidence  # noqa: E402
import fit_event_confidence  # noqa: E402

TOLD_TWICE = ("'''Acme''' is a Chilean maker of food trays; [[Carrefour]] is among its customers.\n\n"
              "== History ==\nIn 2019 Acme began supplying trays to [[Carrefour]].\n")


def _carrefour(text: str = TOLD_TWICE):
    facts = list(relations.extract_with_evidence(parse_article(Page(title="Acme", revision=1, wikitext=text))))
    return [(f, ev) for f, ev in facts if f.value.title == "Carrefour"]


@pytest.mark.parametrize("lead_weight", [-3.0, 3.0])
def test_a_relation_told_twice_shows_its_first_body_telling_with_its_strongest_confidence(monkeypatch, lead_weight):
    # the lead's telling made the weaker, then the stronger of the two
    table = {**text_confidence.weights()["relations"], "role.lead": lead_weight}
    monkeypatch.setitem(text_confidence.weights(), "relations", table)
    (first, first_ev), (later, later_ev) = _carrefour()
    assert first.provenance.section != later.provenance.section  # the lead, then History
    own = {n: text_confidence.confidence("relations", ev - {"told.again"}) for n, ev in enumerate((first_ev, later_ev))}
    strongest = max(own, key=lambda n: (own[n], -n))
    # the fit reads the most confident statement without "told.again" (its features are its own)
    assert ["told.again" in ev for ev in (first_ev, later_ev)] == [n != strongest for n in range(2)]
    # above the cap of a statement told again (0.79 with the weights refitted after round 14's rules)
    # the body's telling shows the relation (round 26: the lead's summary gives way to it)
    assert later.provenance.confidence == own[strongest] > relations.TOLD_AGAIN
    assert first.provenance.confidence <= relations.TOLD_AGAIN
    (pred,) = relations_from_facts([first, later])
    assert pred.sentence == later.provenance.sentence and pred.confidence == later.provenance.confidence


@pytest.mark.parametrize("lead_weight", [-3.0, 0.0, 3.0])
def test_the_shown_sentence_does_not_move_with_the_weights(monkeypatch, lead_weight):
    table = {**text_confidence.weights()["relations"], "role.lead": lead_weight}
    monkeypatch.setitem(text_confidence.weights(), "relations", table)
    facts = [f for f, _ in _carrefour()]
    (pred,) = relations_from_facts(facts)
    assert pred.sentence.startswith("In 2019 Acme began supplying")
    assert pred.confidence == max(text_confidence.confidence("relations", ev - {"told.again"}) for _, ev in _carrefour())


def test_the_headline_leaves_out_blind4_to_blind15():
    # blind16 joined in round 15, blind17 in round 16, blind18 in round 17, blind19 in round 18, blind20 in round 19, blind21 in round 20, blind22 in round 21, blind23 in round 22, blind24 in round 23, blind25 in round 24, blind26 in round 25, blind27 in round 26, blind28 in round 27, blind29 in round 28, blind30 in round 29, blind31 in round 30, blind32 in round 31, blind33 in round 32, blind34 in round 33, blind35 in round 34 (each read then; its records moved out of
    # tools/data/held). A set joins by hand, once read: its gold lands earlier, still blind.
    assert fit_confidence.CHECKED == tuple(f"blind{n}" for n in range(4, 36))
    assert fit_event_confidence.CHECKED == tuple(f"blind{n}" for n in range(4, 36))
    assert "tests/gold/blind35" in fit_confidence.DEFAULT_SETS and "blind35" in fit_event_confidence.SETS
    assert (Path(fit_confidence.FIRST_SIGHT) / "blind35.tsv").is_file()
    assert (Path(fit_event_confidence.__file__).parent / "data" / "blind35_first_sight.tsv").is_file()
    assert "tests/gold/blind15" in fit_confidence.DEFAULT_SETS and "blind15" in fit_event_confidence.SETS
    assert (Path(fit_confidence.FIRST_SIGHT) / "blind15.tsv").is_file()
    assert (fit_event_confidence.FIRST_SIGHT / "blind15_first_sight.tsv").is_file()


def test_the_relations_fit_weighs_a_wrong_relation_as_four_right_ones():
    """The shipped relations weights were fitted so (``--write`` with the defaults reproduces them)."""
    # the controversies' weight of a wrong fact changed in round 15b (fitted on the first-sight
    # records alone: tests/test_confidence_round15b.py)
    assert fit_confidence.WRONG["relations"] == 4.0
