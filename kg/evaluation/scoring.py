"""Counting: true and false positives per block and per type, strict and lenient, the
one-to-one matcher, and the table ``kg eval`` prints."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.evaluation.gold import evidence, norm, num, party
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
    participants_predicted: int = 0  # on matched items whose gold lists the participants
    participants_correct: int = 0
    roles_expected: int = 0  # gold items that give a participant's role
    roles_right: int = 0
    targets_expected: int = 0  # gold items that give the target of the label ("Acquisition of X")
    targets_right: int = 0
    # (confidence, matched leniently) for every prediction in scope
    confidences: list[tuple[float | None, bool]] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)  # "Article: type date evidence"
    extras: list[str] = field(default_factory=list)
    # per lenient match whose fields disagree with the gold: "Article: type date (evidence):
    # missing X; not in gold Y; role of Z: seller, predicted acquirer"
    field_errors: list[str] = field(default_factory=list)
    # "Article: type date: label target 'X' not in 'label'" / "amount ... expected, got ..."
    value_errors: list[str] = field(default_factory=list)

    def precision_at(self, threshold: float) -> tuple[int, float | None]:
        """(predictions with a confidence >= threshold, their lenient precision); a
        prediction without a confidence counts as 1.0."""
        kept = [hit for conf, hit in self.confidences if conf is None or conf >= threshold]
        return len(kept), (round(sum(kept) / len(kept), 3) if kept else None)

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
            "participant_precision": _ratio(self.participants_correct, self.participants_predicted),
            "role_accuracy": _ratio(self.roles_right, self.roles_expected),
            "label_target_accuracy": _ratio(self.targets_right, self.targets_expected),
            "precision_at_confidence": {
                str(t): dict(zip(("predictions", "precision"), self.precision_at(t), strict=True))
                for t in CONFIDENCE_LEVELS
            },
            "misses": self.misses,
            "extras": self.extras,
            "field_errors": self.field_errors,
            "value_errors": self.value_errors,
        }


CONFIDENCE_LEVELS = (0.5, 0.8, 0.9)


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def one_to_one(preds: list[Prediction], items: list[dict],
               ok: Callable[[Prediction, dict], bool]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs for which ``ok`` holds, as many as can be
    made. Each item first takes the first free prediction that fits it, in gold order; then an
    item left alone takes a prediction from an item that has another one to fall back on
    (an augmenting path, Kuhn's algorithm), so no right prediction counts as an extra because an
    earlier item took the one prediction a later item could use. The paired predictions of the
    first pass stay paired."""
    fits = [[pi for pi, pred in enumerate(preds) if ok(pred, item)] for item in items]
    owner: dict[int, int] = {}  # prediction index -> gold index
    for gi, options in enumerate(fits):
        free = next((pi for pi in options if pi not in owner), None)
        if free is not None:
            owner[free] = gi

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in fits[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    paired = set(owner.values())
    for gi in range(len(items)):
        if gi not in paired and fits[gi] and augment(gi, set()):
            paired = set(owner.values())
    return sorted((gi, pi) for pi, gi in owner.items())


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
            score.participants_found += party(name) in {party(n) for n in pred.participants}
        if item.get("amount"):
            score.amounts_expected += 1
            score.amounts_right += _amount(item) in pred.amounts
        _score_parties(score, item.get(parties), item.get("roles"), pred)
        errors = field_errors(item.get(parties), item.get("roles"), pred)
        if errors:
            score.field_errors.append(f"{article}: {miss(item)}: {errors}")
        if item.get("target"):
            score.targets_expected += 1
            score.targets_right += _target_named(item, pred)
        score.value_errors.extend(f"{article}: {item['type']} {item.get('date')}: {e}" for e in value_errors(item, pred))
    matched_gold = {g for g, _ in lenient_pairs}
    matched_pred = {p for _, p in lenient_pairs}
    score.confidences.extend(
        (float(pred.confidence) if pred.confidence is not None else None, p in matched_pred) for p, pred in enumerate(preds))
    for g, item in enumerate(items):
        if g not in matched_gold:
            score.misses.append(f"{article}: {miss(item)}")
    for p, pred in enumerate(preds):
        if p not in matched_pred:
            score.extras.append(f"{article}: {extra(pred)}")


def _money(value: str, currency: str | None) -> str:
    return f"{value} {currency or '?'}"


def _amount(item: dict) -> tuple:
    """The gold item's amount as a prediction's amounts hold it: (value, currency)."""
    return num(item["amount"]["value"]), item["amount"].get("currency")


def _target_named(item: dict, pred: Prediction) -> bool:
    """Whether the prediction's label holds the gold item's target."""
    return party(item["target"]) in norm(pred.label)


def value_errors(item: dict, pred: Prediction) -> list[str]:
    """The label-target and amount errors of one matched (gold item, prediction) pair, as
    ``kg eval --details`` lists them: what the gold expects and what the prediction has (the
    same tests the accuracies count: ``_target_named``, ``_amount``)."""
    out = []
    if item.get("target") and not _target_named(item, pred):
        out.append(f"label target {item['target']!r} not in {pred.label!r}")
    if item.get("amount"):
        want = _amount(item)
        if want not in pred.amounts:
            got = ", ".join(_money(*m) for m in pred.amounts) or "none"
            out.append(f"amount {_money(*want)} expected, got {got}")
    return out


def _score_parties(score: Score, gold: list[str] | None, roles: dict[str, str] | None, pred: Prediction) -> None:
    """Participant precision where the gold lists the participants (an empty list says there
    are none), and role accuracy where it gives their roles (name -> role)."""
    if gold is not None:
        wanted = {party(n) for n in gold}
        for names, _role in pred.parties:
            score.participants_predicted += 1
            score.participants_correct += any(party(n) in wanted for n in names)
    for name, role in (roles or {}).items():
        score.roles_expected += 1
        key = party(name)
        score.roles_right += any(key in {party(n) for n in names} and r == role for names, r in pred.parties)


def field_errors(gold: list[str] | None, roles: dict[str, str] | None, pred: Prediction) -> str:
    """What a matched prediction got wrong in the participants and roles the gold gives, as
    the scores count it: gold participants it lacks, its participants the gold does not list
    (only where the gold lists them), and the names it gives another role ("" when none)."""
    out = []
    missing = [n for n in gold or [] if party(n) not in {party(p) for p in pred.participants}]
    if missing:
        out.append("missing " + ", ".join(missing))
    if gold is not None:
        wanted = {party(n) for n in gold}
        extra = [f"{names[0] if names else '?'} ({role})" for names, role in pred.parties
                 if not any(party(n) in wanted for n in names)]
        if extra:
            out.append("not in gold " + ", ".join(extra))
    wrong = []
    for name, role in (roles or {}).items():
        key = party(name)
        given = [r for names, r in pred.parties if key in {party(n) for n in names}]
        if role not in given and given:
            wrong.append(f"{name} {role} (predicted {'/'.join(str(r) for r in given)})")
    if wrong:
        out.append("role of " + ", ".join(wrong))
    return "; ".join(out)


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
        lines.append(f"{name:12} participant precision {d['participant_precision']}, role accuracy {d['role_accuracy']},"
                     f" label target accuracy {d['label_target_accuracy']} (on lenient matches)")
        at = ", ".join(f">= {t}: {c['precision']} of {c['predictions']}" for t, c in d["precision_at_confidence"].items())
        lines.append(f"{name:12} precision by confidence (lenient): {at}")
        if details:
            lines.extend(f"  missed: {m}" for m in s.misses)
            lines.extend(f"  extra:  {m}" for m in s.extras)
            lines.extend(f"  fields: {m}" for m in s.field_errors)
            lines.extend(f"  value:  {m}" for m in s.value_errors)
    return "\n".join(lines) + "\n"
