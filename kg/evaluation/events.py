"""How a predicted event matches a gold event: same type, the evidence in its sentence, and
the date at the gold's precision (strict) or the same year (lenient)."""

from __future__ import annotations

from kg.evaluation.gold import date_matches, quoted
from kg.evaluation.predictions import Prediction
from kg.evaluation.scoring import one_to_one


def _matches(pred: Prediction, item: dict, strict: bool) -> bool:
    if pred.type != item["type"] or not date_matches(pred.date, item["date"], strict):
        return False
    return quoted(pred.sentence, item)


def match(preds: list[Prediction], items: list[dict], strict: bool) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs of events, as many as can be made."""
    return one_to_one(preds, items, lambda pred, item: _matches(pred, item, strict))
