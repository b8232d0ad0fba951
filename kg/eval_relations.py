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

from pathlib import Path

from kg.eval import (
    Counts,
    Prediction,
    Score,
    _article_path,
    _evidence,
    _norm,
    _num,
    date_matches,
    in_scope,
    load_gold,
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
    used: set[int] = set()
    pairs = []
    for gi, item in enumerate(items):
        for pi, pred in enumerate(preds):
            if pi not in used and matches(block, pred, item, strict):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _tally(counts: Counts, by_type, preds, items, pairs) -> None:
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    for g, item in enumerate(items):
        if g in matched_gold:
            counts.tp += 1
            by_type[item["type"]].tp += 1
        else:
            counts.fn += 1
            by_type[item["type"]].fn += 1
    for p, pred in enumerate(preds):
        if p not in matched_pred:
            counts.fp += 1
            by_type[pred.type].fp += 1


def score_block(score: Score, block: str, article: str, preds: list[Prediction], items: list[dict]) -> None:
    strict_pairs = match(block, preds, items, strict=True)
    lenient_pairs = match(block, preds, items, strict=False)
    _tally(score.strict, score.strict_by_type, preds, items, strict_pairs)
    _tally(score.lenient, score.lenient_by_type, preds, items, lenient_pairs)
    for g, p in lenient_pairs:
        item, pred = items[g], preds[p]
        for name in item.get("parties") or []:
            score.participants_expected += 1
            score.participants_found += _norm(name) in pred.participants
        if item.get("amount"):
            score.amounts_expected += 1
            want = (_num(item["amount"]["value"]), item["amount"].get("currency"))
            score.amounts_right += want in pred.amounts
    matched_gold = {g for g, _ in lenient_pairs}
    matched_pred = {p for _, p in lenient_pairs}
    for g, item in enumerate(items):
        if g not in matched_gold:
            what = item.get("counterparty") or (_evidence(item) or [""])[0]
            score.misses.append(f"{article}: {item['type']} {item.get('date', '')} ({what})")
    for p, pred in enumerate(preds):
        if p not in matched_pred:
            who = f"{pred.participants[0]}: " if block == "relations" and pred.participants else ""
            score.extras.append(f"{article}: {pred.type} {pred.date or ''} ({who}{pred.sentence[:80]})")


def evaluate(gold_path: str | Path, extractors: tuple[str, ...] | None = None) -> dict[str, Score]:
    """Scores of the relations and controversies extractors over the gold files."""
    from kg.pipeline import Options, extract_page
    from kg.sources.files import read_wiki_file

    scores: dict[str, Score] = {}
    for gold_file, doc in load_gold(Path(gold_path)):
        blocks = [(name, doc[name]) for name in BLOCKS if isinstance(doc.get(name), dict)]
        wanted = tuple(dict.fromkeys(b.get("extractor", name) for name, b in blocks))
        if extractors is not None:
            wanted = tuple(e for e in wanted if e in extractors)
        if not wanted:
            continue
        page = read_wiki_file(_article_path(gold_file, doc))
        _, _, facts = extract_page(page, Options(extractors=wanted, any_infobox=True))
        for name, block in blocks:
            extractor = block.get("extractor", name)
            if extractor not in wanted:
                continue
            preds = [p for p in ADAPTERS[name](facts, extractor) if in_scope(p.section, block.get("scope"))]
            score = scores.setdefault(extractor, Score(extractor))
            score_block(score, name, doc.get("article", gold_file.stem), preds, block["items"])
    return scores


__all__ = ["ADAPTERS", "BLOCKS", "controversies_from_facts", "evaluate", "family", "match", "relations_from_facts"]
