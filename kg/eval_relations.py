"""Score the relations and controversies extractors against their gold files.

Gold files sit next to the timeline gold in ``tests/gold/`` and follow its shape (see
``kg/eval.py``): ``<Article>.relations.json`` holds a ``relations`` block and
``<Article>.controversies.json`` a ``controversies`` block, each with ``extractor``, ``scope``,
``note`` and ``items``.

* relations item: ``type`` (partner, customer, supplier, investor, jointVenturePartner,
  researchCollaborator), ``counterparty`` (English Wikipedia title, or the name as written
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

Items are matched one to one, greedily in gold order. Scores use ``kg.eval``'s ``Score`` and
``Counts`` so ``kg.eval.format_table`` prints them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.eval import (
    Prediction,
    Score,
    _evidence,
    _norm,
    _num,
    date_matches,
    greedy_pairs,
    score_block,
    score_gold,
)
from kg.model import Entity, Event, Fact

BLOCKS = ("relations", "controversies")
PARTNER_FAMILY = frozenset({"partner", "jointVenturePartner", "researchCollaborator"})


def family(type_: str) -> str:
    return "partner" if type_ in PARTNER_FAMILY else type_


def relations_from_facts(facts: list[Fact], extractor: str = "relations") -> list[Prediction]:
    """Relation facts as predictions: type = property, participants = (counterparty key,)."""
    out = []
    for fact in facts:
        if fact.provenance.extractor != extractor or not isinstance(fact.value, Entity):
            continue
        date = dict(fact.qualifiers).get("date")
        key = _norm(fact.value.title or fact.value.label)
        out.append(Prediction(type=fact.prop, date=date.iso if date else None, sentence=fact.provenance.sentence or "",
                              section=fact.provenance.section, participants=(key,), extractor=extractor))
    return out


def controversies_from_facts(facts: list[Fact], extractor: str = "controversies") -> list[Prediction]:
    out = []
    for fact in facts:
        if fact.provenance.extractor != extractor or not isinstance(fact.value, Event):
            continue
        ev = fact.value
        names = [_norm(n) for p in ev.participants for n in (p.entity.title, p.entity.label) if n]
        out.append(Prediction(type=ev.type, date=ev.date.iso if ev.date else None, sentence=fact.provenance.sentence or "",
                              section=fact.provenance.section, participants=tuple(names),
                              amounts=tuple((_num(m.amount), m.currency) for m in ev.amounts), extractor=extractor))
    return out


ADAPTERS = {"relations": relations_from_facts, "controversies": controversies_from_facts}


def _evidence_ok(pred: Prediction, item: dict) -> bool:
    evidence = _evidence(item)
    return not evidence or any(e in _norm(pred.sentence) for e in evidence)


def _date_ok(pred: Prediction, item: dict) -> bool:
    return not item.get("date") or date_matches(pred.date, item["date"], strict=True)


def matches(block: str, pred: Prediction, item: dict, strict: bool) -> bool:
    if not _evidence_ok(pred, item):
        return False
    if block == "relations":
        if _norm(item["counterparty"]) not in pred.participants or family(pred.type) != family(item["type"]):
            return False
    if strict:
        return pred.type == item["type"] and _date_ok(pred, item)
    return True


def match(block: str, preds: list[Prediction], items: list[dict], strict: bool) -> list[tuple[int, int]]:
    return greedy_pairs(preds, items, lambda pred, item: matches(block, pred, item, strict))


def _miss(item: dict) -> str:
    what = item.get("counterparty") or (_evidence(item) or [""])[0]
    return f"{item['type']} {item.get('date', '')} ({what})"


def _extra(block: str) -> Callable[[Prediction], str]:
    def describe(pred: Prediction) -> str:
        who = f"{pred.participants[0]}: " if block == "relations" and pred.participants else ""
        return f"{pred.type} {pred.date or ''} ({who}{pred.sentence[:80]})"

    return describe


def evaluate(gold_path: str | Path, extractors: tuple[str, ...] | None = None) -> dict[str, Score]:
    """Scores of the relations and controversies extractors over the gold files."""
    return score_gold(
        gold_path, extractors,
        lambda doc: [(name, doc[name]) for name in BLOCKS if isinstance(doc.get(name), dict)],
        lambda name, facts, extractor: ADAPTERS[name](facts, extractor),
        lambda score, name, article, preds, items: score_block(
            score, article, preds, items, lambda strict: match(name, preds, items, strict),
            parties="parties", miss=_miss, extra=_extra(name)),
    )


__all__ = ["ADAPTERS", "BLOCKS", "controversies_from_facts", "evaluate", "family", "match", "relations_from_facts"]
