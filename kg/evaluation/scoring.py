"""Counting: true and false positives per block and per type, strict and lenient, the
one-to-one greedy matcher, and the table ``kg eval`` prints."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.evaluation.gold import evidence, norm, num
from kg.evaluation.predictions import Prediction


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


def event_miss(item: dict) -> str:
    ev = evidence(item)
    return f"{item['type']} {item['date']} ({ev[0] if ev else ''})"


def event_extra(pred: Prediction) -> str:
    return f"{pred.type} {pred.date} ({pred.sentence[:80]})"


def score_block(score: Score, article: str, preds: list[Prediction], items: list[dict],
                pairs: Callable[[bool], list[tuple[int, int]]], parties: str = "participants",
                miss: Callable[[dict], str] = event_miss, extra: Callable[[Prediction], str] = event_extra) -> None:
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
            score.participants_found += norm(name) in pred.participants
        if item.get("amount"):
            score.amounts_expected += 1
            want = (num(item["amount"]["value"]), item["amount"].get("currency"))
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
