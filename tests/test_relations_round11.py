"""Round 11: relation rules read from the wrong relations of blind8-blind10 (docs/relations.md,
"Round 11"). Each sentence is written for the test."""

from __future__ import annotations

from kg.evaluation.predictions import Prediction
from kg.evaluation.relations import matches


def _row(sentence: str) -> Prediction:
    return Prediction(type="investor", date=None, sentence=sentence, section="Ownership",
                      participants=("harbour pension fund",))


def test_a_table_row_matches_the_gold_quote_of_its_stripped_cells():
    item = {"type": "investor", "counterparty": "Harbour Pension Fund", "evidence": "Harbour Pension Fund  4.4%"}
    assert matches("relations", _row("Harbour Pension Fund – 4.4%"), item, strict=False)
    assert matches("relations", _row("Harbour Pension Fund 4.4%"), item, strict=False)
    # another row's figure is still another quote
    assert not matches("relations", _row("Harbour Pension Fund – 5.4%"), item, strict=False)
