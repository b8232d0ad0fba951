"""Score extractors against hand-made gold annotations (``tests/gold/*.json``).

A gold file holds one article and, per task, a block::

    {"article": "SenseTime", "source": "tests/fixtures/wikipedia/SenseTime.wiki",
     "events": {"extractor": "history", "scope": ["(lead)", "History"], "items": [...]}}

Each item has a ``type`` (a key of the event-type scheme), a ``date`` at the precision the
article gives ("2017", "2017-10", "2018-06-29"), optional ``participants`` (English Wikipedia
titles, or names for unlinked ones), an optional ``amount`` ({"value", "currency"}) and an
``evidence`` string (or list) quoted from the source sentence. A prediction matches an item
when its type is the same, its sentence contains the evidence and its date agrees: *strict*
at the gold's precision, *lenient* on the year. Items are matched one to one, greedily in
gold order. Predictions count only when their section lies in the block's ``scope`` (section
path prefixes; "(lead)" is the lead), the part of the article that was annotated in full.

Precision, recall and F1 are reported per block (extractor), per event type, strict and
lenient; participant recall and amount accuracy are measured on the lenient matches.
Other blocks (``relations``, ``controversies``) use the same item shape; a block whose
predictions are not events registers an adapter in ``PREDICTIONS``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kg.errors import InputError
from kg.model import Event, Fact


@dataclass
class Prediction:
    type: str
    date: str | None  # ISO at its precision
    sentence: str
    section: str | None
    participants: tuple[str, ...] = ()  # titles and labels, lower case
    amounts: tuple[tuple[str, str | None], ...] = ()  # (value, currency)
    extractor: str = ""


def events_from_facts(facts: list[Fact], extractor: str) -> list[Prediction]:
    """Event-valued facts of one extractor as predictions."""
    out = []
    for fact in facts:
        if not isinstance(fact.value, Event) or fact.provenance.extractor != extractor:
            continue
        ev = fact.value
        names = []
        for p in ev.participants:
            names.extend(n.lower() for n in (p.entity.title, p.entity.label) if n)
        out.append(Prediction(
            type=ev.type,
            date=ev.date.iso if ev.date else None,
            sentence=fact.provenance.sentence or "",
            section=fact.provenance.section,
            participants=tuple(names),
            amounts=tuple((_num(m.amount), m.currency) for m in ev.amounts),
            extractor=extractor,
        ))
    return out


# block name -> how to turn an extractor's facts into predictions
PREDICTIONS: dict[str, Callable[[list[Fact], str], list[Prediction]]] = {
    "events": events_from_facts,
    "controversies": events_from_facts,
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Score:
    """Scores of one extractor over the gold set."""

    extractor: str
    strict: Counts = field(default_factory=Counts)
    lenient: Counts = field(default_factory=Counts)
    strict_by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    lenient_by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    participants_expected: int = 0
    participants_found: int = 0
    amounts_expected: int = 0
    amounts_right: int = 0
    misses: list[str] = field(default_factory=list)  # "Article: type date evidence"
    extras: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "extractor": self.extractor,
            "strict": self.strict.as_dict(),
            "lenient": self.lenient.as_dict(),
            "by_type": {
                t: {"strict": self.strict_by_type[t].as_dict(), "lenient": self.lenient_by_type[t].as_dict()}
                for t in sorted(set(self.strict_by_type) | set(self.lenient_by_type))
            },
            "participant_recall": round(self.participants_found / self.participants_expected, 3)
            if self.participants_expected else None,
            "amount_accuracy": round(self.amounts_right / self.amounts_expected, 3)
            if self.amounts_expected else None,
            "misses": self.misses,
            "extras": self.extras,
        }


# ---------------------------------------------------------------- matching


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("_", " ")).strip().lower()


def _num(value) -> str:
    return format(Decimal(str(value)).normalize(), "f")


def in_scope(section: str | None, scope: list[str] | None) -> bool:
    if scope is None:
        return True
    for entry in scope:
        if entry == "(lead)" and section is None:
            return True
        if section is not None and (section == entry or section.startswith(entry + " > ")):
            return True
    return False


def date_matches(predicted: str | None, gold: str, strict: bool) -> bool:
    if not predicted:
        return False
    if not strict:
        return predicted[:4] == gold[:4]
    return len(predicted) >= len(gold) and predicted[: len(gold)] == gold


def _evidence(item: dict) -> list[str]:
    ev = item.get("evidence") or []
    return [_norm(e) for e in ([ev] if isinstance(ev, str) else ev)]


def _matches(pred: Prediction, item: dict, strict: bool) -> bool:
    if pred.type != item["type"] or not date_matches(pred.date, item["date"], strict):
        return False
    evidence = _evidence(item)
    return not evidence or any(e in _norm(pred.sentence) for e in evidence)


def greedy_pairs(preds: list[Prediction], items: list[dict],
                 ok: Callable[[Prediction, dict], bool]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs for which ``ok`` holds, greedy in gold order."""
    used: set[int] = set()
    pairs = []
    for gi, item in enumerate(items):
        for pi, pred in enumerate(preds):
            if pi not in used and ok(pred, item):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def match(preds: list[Prediction], items: list[dict], strict: bool) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs of events, greedy in gold order."""
    return greedy_pairs(preds, items, lambda pred, item: _matches(pred, item, strict))


def _tally(counts: Counts, by_type: dict[str, Counts], preds, items, pairs) -> None:
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    for g, _ in pairs:
        counts.tp += 1
        by_type[items[g]["type"]].tp += 1
    for g, item in enumerate(items):
        if g not in matched_gold:
            counts.fn += 1
            by_type[item["type"]].fn += 1
    for p, pred in enumerate(preds):
        if p not in matched_pred:
            counts.fp += 1
            by_type[pred.type].fp += 1


# ---------------------------------------------------------------- running


def load_gold(path: Path) -> list[tuple[Path, dict]]:
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    if not files:
        raise InputError(f"{path}: no gold files (*.json) found")
    out = []
    for f in files:
        try:
            out.append((f, json.loads(f.read_text(encoding="utf-8"))))
        except (OSError, ValueError) as err:
            raise InputError(f"{f}: cannot read gold file: {err}") from None
    return out


def _article_path(gold_file: Path, doc: dict) -> Path:
    source = Path(doc["source"])
    for base in (gold_file.parent.parent.parent, gold_file.parent.parent, Path.cwd()):
        if (base / source).is_file():
            return base / source
    raise InputError(f"{gold_file}: article {doc['source']} not found")


def score_gold(gold_path: str | Path, extractors: tuple[str, ...] | None,
               blocks_of: Callable[[dict], list[tuple[str, dict]]],
               predictions: Callable[[str, list[Fact], str], list[Prediction]],
               score_one: Callable[[Score, str, str, list[Prediction], list[dict]], None]) -> dict[str, Score]:
    """Run the extractors a gold file names on its article and score each block: ``blocks_of``
    picks the (name, block) pairs of a gold document, ``predictions(name, facts, extractor)``
    turns facts into predictions, ``score_one(score, name, article, preds, items)`` scores them."""
    from kg.pipeline import Options, extract_page
    from kg.sources.files import read_wiki_file

    scores: dict[str, Score] = {}
    for gold_file, doc in load_gold(Path(gold_path)):
        blocks = blocks_of(doc)
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
            preds = [p for p in predictions(name, facts, extractor) if in_scope(p.section, block.get("scope"))]
            score = scores.setdefault(extractor, Score(extractor))
            score_one(score, name, doc.get("article", gold_file.stem), preds, block["items"])
    return scores


def evaluate(gold_path: str | Path, extractors: tuple[str, ...] | None = None) -> dict[str, Score]:
    """Scores per extractor over every gold file under ``gold_path``: event blocks here, and
    relations/controversies blocks (scored by their own rules, ``kg.eval_relations``) from
    ``gold_path/relations`` when it exists, else from ``gold_path`` itself."""
    from kg import eval_relations

    scores = score_gold(
        gold_path, extractors,
        lambda doc: [(name, b) for name, b in doc.items()
                     if isinstance(b, dict) and "items" in b and name not in eval_relations.BLOCKS],
        lambda name, facts, extractor: PREDICTIONS.get(name, events_from_facts)(facts, extractor),
        lambda score, name, article, preds, items: score_block(
            score, article, preds, items, lambda strict: match(preds, items, strict)),
    )
    relations_gold = Path(gold_path) / "relations"
    scores.update(eval_relations.evaluate(relations_gold if relations_gold.is_dir() else gold_path, extractors))
    return scores


def _event_miss(item: dict) -> str:
    ev = _evidence(item)
    return f"{item['type']} {item['date']} ({ev[0] if ev else ''})"


def _event_extra(pred: Prediction) -> str:
    return f"{pred.type} {pred.date} ({pred.sentence[:80]})"


def score_block(score: Score, article: str, preds: list[Prediction], items: list[dict],
                pairs: Callable[[bool], list[tuple[int, int]]], parties: str = "participants",
                miss: Callable[[dict], str] = _event_miss, extra: Callable[[Prediction], str] = _event_extra) -> None:
    """Add one block's matches to ``score``: ``pairs(strict)`` gives the matched (gold,
    prediction) pairs; ``parties`` is the gold key of the expected participants; ``miss`` and
    ``extra`` describe an unmatched gold item and an unmatched prediction."""
    strict_pairs = pairs(True)
    lenient_pairs = pairs(False)
    _tally(score.strict, score.strict_by_type, preds, items, strict_pairs)
    _tally(score.lenient, score.lenient_by_type, preds, items, lenient_pairs)
    for g, p in lenient_pairs:
        item, pred = items[g], preds[p]
        for name in item.get(parties) or []:
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
            score.misses.append(f"{article}: {miss(item)}")
    for p, pred in enumerate(preds):
        if p not in matched_pred:
            score.extras.append(f"{article}: {extra(pred)}")


def format_table(scores: dict[str, Score], details: bool = False) -> str:
    lines = []
    header = f"{'extractor':12} {'type':18} {'mode':8} {'gold':>5} {'pred':>5} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6}"
    lines.append(header)
    lines.append("-" * len(header))

    def row(extractor, type_, mode, c: Counts) -> str:
        return (f"{extractor:12} {type_:18} {mode:8} {c.tp + c.fn:5d} {c.tp + c.fp:5d} {c.tp:4d} "
                f"{c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}")

    for name, s in scores.items():
        lines.append(row(name, "ALL", "strict", s.strict))
        lines.append(row(name, "ALL", "lenient", s.lenient))
        for t in sorted(set(s.strict_by_type) | set(s.lenient_by_type)):
            lines.append(row(name, t, "strict", s.strict_by_type[t]))
            lines.append(row(name, t, "lenient", s.lenient_by_type[t]))
        d = s.as_dict()
        lines.append(f"{name:12} participant recall {d['participant_recall']}, amount accuracy {d['amount_accuracy']} (on lenient matches)")
        if details:
            lines.extend(f"  missed: {m}" for m in s.misses)
            lines.extend(f"  extra:  {m}" for m in s.extras)
    return "\n".join(lines) + "\n"


__all__ = ["Counts", "PREDICTIONS", "Prediction", "Score", "date_matches", "evaluate", "events_from_facts", "greedy_pairs",
           "format_table", "in_scope", "load_gold", "match", "score_block", "score_gold"]
