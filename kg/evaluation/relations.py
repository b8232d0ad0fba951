"""How relations and controversies match their gold items.

Gold files sit next to the timeline gold in ``tests/gold/`` and follow its shape (see
``kg/evaluation/gold.py``): ``<Article>.relations.json`` holds a ``relations`` block and
``<Article>.controversies.json`` a ``controversies`` block, each with ``extractor``, ``scope``,
``note`` and ``items``.

* relations item: ``type`` (partner, customer, supplier, investor, jointVenturePartner,
  researchCollaborator, lender), ``counterparty`` (English Wikipedia title, or the name as written
  when the article never links it, then with ``"linked": false``), optional ``date``, and
  ``evidence`` quoted from the source sentence. A prediction matches *leniently* when its
  counterparty is the same, its type is in the same family (partner, jointVenturePartner and
  researchCollaborator are one family: both are sub-properties of kgo:partner) and its
  sentence contains the evidence; *strictly* when moreover the type is the same and the date
  agrees at the gold's precision (when the gold gives one).
* controversies item: ``type``, optional ``date``, optional ``parties`` and ``amount``, and
  ``evidence``. A prediction matches *leniently* when its sentence contains the evidence (one
  controversy per sentence); *strictly* when moreover its type is the same and the date
  agrees at the gold's precision (when the gold gives one).

Items are matched one to one, as many pairs as can be made (``kg.evaluation.scoring``).

A table row's cell separators read as spaces (``kg.evaluation.gold.quoted``), as the gold quotes
a row as its stripped cells.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.evaluation.gold import date_matches, evidence, party, quoted
from kg.evaluation.predictions import Prediction
from kg.evaluation.scoring import one_to_one
from kg.model import PARTNER_FAMILY  # the extractor's families, one list

BLOCKS = ("relations", "controversies")


def family(type_: str) -> str:
    return "partner" if type_ in PARTNER_FAMILY else type_


def _date_ok(pred: Prediction, item: dict) -> bool:
    return not item.get("date") or date_matches(pred.date, item["date"], strict=True)


def matches(block: str, pred: Prediction, item: dict, strict: bool) -> bool:
    if not quoted(pred.sentence, item):
        return False
    if block == "relations":
        # the counterparty as the field scores compare a party: with or without its legal form at the
        # end ("Productores de Tacuarembó S.A." in a table row, "Productores de Tacuarembó" in the gold)
        if party(item["counterparty"]) not in {party(p) for p in pred.participants} or family(pred.type) != family(item["type"]):
            return False
    if strict:
        return pred.type == item["type"] and _date_ok(pred, item)
    return True


def match(block: str, preds: list[Prediction], items: list[dict], strict: bool) -> list[tuple[int, int]]:
    """One-to-one pairs, as many as can be made; of the predictions that match an item (a relation
    told in two sentences, both quoted by the gold), the most confident is paired with it, so
    that the precision by confidence counts the statement a user keeps at a threshold."""
    order = sorted(range(len(preds)), key=lambda p: -(preds[p].confidence or 0))
    pairs = one_to_one([preds[p] for p in order], items, lambda pred, item: matches(block, pred, item, strict))
    return [(g, order[p]) for g, p in pairs]


def miss(item: dict) -> str:
    what = item.get("counterparty") or (evidence(item) or [""])[0]
    return f"{item['type']} {item.get('date', '')} ({what})"


def extra(block: str) -> Callable[[Prediction], str]:
    def describe(pred: Prediction) -> str:
        who = f"{pred.participants[0]}: " if block == "relations" and pred.participants else ""
        return f"{pred.type} {pred.date or ''} ({who}{pred.sentence[:80]})"

    return describe
