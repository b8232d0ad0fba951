"""The price of a --min-confidence threshold on text the confidence models were not fitted on.

For each confidence model (history events, relations, controversies) and each set of blind4 ...
blind22 in turn, the model is fitted without the set and its first-sight record, as the check of
tools/fit_event_confidence.py and tools/fit_confidence.py does, and scores the facts of that
record (the set as the extractors read it when it was first seen, before any rule was written from
it). Pooled over the sets, per threshold X: how many facts reach X, the precision of those, and
the share of the right facts that are kept (the recall a user keeps of what the extractor finds;
a fact left out below X is a right fact lost or a wrong one avoided). ``kg eval --min-confidence X``
measures the same on a user's own gold.

    .venv/bin/python tools/confidence_curve.py
    .venv/bin/python tools/confidence_curve.py --models history --thresholds 0.5 0.8
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import confidence_fit  # noqa: E402
import fit_confidence  # noqa: E402
import fit_event_confidence  # noqa: E402

THRESHOLDS = tuple(round(0.1 * i, 1) for i in range(10))  # 0, 0.1, ..., 0.9
MODELS = ("history", *fit_confidence.MODELS)

Pair = tuple[float, bool]  # (confidence with the set left out, right)


def curve(pairs: Iterable[Pair], thresholds: Iterable[float] = THRESHOLDS) -> list[tuple[float, int, int, float, float]]:
    """Per threshold X: (X, facts at >= X, right ones among them, their precision, the share of
    all right facts they keep). An empty row has precision 0 and keeps nothing."""
    pairs = list(pairs)
    right_all = sum(1 for _, right in pairs if right)
    rows = []
    for x in thresholds:
        kept = [right for c, right in pairs if c >= x]
        right = sum(kept)
        rows.append((x, len(kept), right, right / len(kept) if kept else 0.0, right / right_all if right_all else 0.0))
    return rows


def table(name: str, pairs: list[Pair], thresholds: Iterable[float] = THRESHOLDS) -> list[str]:
    """The lines of one model's curve."""
    right_all = sum(1 for _, right in pairs if right)
    lines = [f"== {name}: {len(pairs)} first-sight facts, {right_all} right, each set left out",
             f"   {'X':>4} {'kept':>5} {'right':>5} {'P':>6} {'right kept':>10}"]
    lines += [f"   {x:4.1f} {kept:5d} {right:5d} {p:6.3f} {share:10.3f}" for x, kept, right, p, share in curve(pairs, thresholds)]
    return lines


def text_pairs(model: str) -> list[Pair]:
    """Relations or controversies: each checked set's first-sight facts, scored by the weights
    fitted without the set and its record (fit_confidence's fit, per-model settings)."""
    fc = fit_confidence
    data = {name: fc.samples(fc.ROOT / name, True, False, (model,)) for name in fc.DEFAULT_SETS}
    records = fc.first_sight()

    def fit_without(name: str) -> dict[str, float]:
        return fc.fit(fc.pool(data, records, model, fc.TUNED[model], name), fc.priors(model), fc.L2_OF[model], False,
                      wrong=fc.WRONG[model])

    def score(name: str, weights: dict[str, float]) -> list[Pair]:
        return [(fc._confidence(f, weights), bool(r)) for f, r in records.get(Path(name).name, {}).get(model, [])]

    checked = [n for n in data if Path(n).name in fc.CHECKED]
    return [p for rows in confidence_fit.leave_one_out(checked, fit_without, score) for p in rows]


def history_pairs() -> list[Pair]:
    """History events: each checked set's first-sight events, scored by the weights fitted without
    the set and its record (fit_event_confidence's fit, its defaults)."""
    fe = fit_event_confidence
    sets = dict(fe.SETS)
    by_set = {name: fe.collect(name, folder) for name, folder in sets.items() if folder.is_dir()}
    by_set.update(fe.first_sight(sets=sets))
    fitted = [r for rows in by_set.values() for r in rows if fe._scale(r[0], fe.TUNED) > 0]

    def fit_without(label: str) -> dict[str, float]:
        return fe.fit([r for r in fitted if r[0] not in (label, f"{label}-first-sight")], tuned=fe.TUNED)

    def score(label: str, weights: dict[str, float]) -> list[Pair]:
        return [(fe.confidence(row[1], weights), bool(row[2])) for row in by_set.get(f"{label}-first-sight", [])]

    return [p for rows in confidence_fit.leave_one_out(fe.CHECKED, fit_without, score) for p in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", nargs="+", choices=MODELS, default=list(MODELS), help="default: all")
    parser.add_argument("--thresholds", nargs="+", type=float, default=list(THRESHOLDS),
                        help="default: 0 0.1 ... 0.9")
    args = parser.parse_args(argv)
    for model in args.models:
        pairs = history_pairs() if model == "history" else text_pairs(model)
        print("\n".join(table(model, pairs, args.thresholds)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
