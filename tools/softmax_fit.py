"""What the learned readers' tools share (``fit_relation_model.py``, ``fit_event_model.py``):
their options, the weights file they write, and the fit, a multinomial logistic regression with an L2 penalty (the bias not penalised), fitted by
full-batch gradient descent (Adam) in numpy, over a scipy sparse matrix of the rows."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
from scipy import sparse


def fit_softmax(rows: list[dict], classes: tuple[str, ...], l2: float, min_count: int, steps: int = 400,
                scale: Callable[[str], float] = lambda feature: 1.0) -> dict[str, tuple[float, ...]]:
    """feature -> a weight per class, from rows ``{"x": features, "y": class}``. A feature seen in
    fewer than ``min_count`` rows is not used, and one whose weights all stay under 0.005 is
    left out. ``scale(feature)`` is the value a present feature takes while fitting (a kind of
    feature can be penalised less); the weights returned are for a present feature read as 1."""
    counts = Counter(f for r in rows for f in r["x"])
    names = ["bias", *sorted(f for f, n in counts.items() if n >= min_count)]
    col = {f: n for n, f in enumerate(names)}
    # the rows as a sparse matrix: a mention has a few dozen of the thousands of features
    at, cols, vals = [], [], []
    for i, r in enumerate(rows):
        present = [0, *sorted(col[f] for f in r["x"] if f in col)]
        at += [i] * len(present)
        cols += present
        vals += [1.0] + [scale(names[c]) for c in present[1:]]
    x = sparse.csr_matrix((vals, (at, cols)), shape=(len(rows), len(names)), dtype=np.float64)
    xt = x.T.tocsr()
    y = np.zeros((len(rows), len(classes)))
    y[np.arange(len(rows)), [classes.index(r["y"]) for r in rows]] = 1.0
    w = np.zeros((len(names), len(classes)))
    m, v = np.zeros_like(w), np.zeros_like(w)
    penalty = np.ones((len(names), 1))
    penalty[0] = 0.0  # the bias is not penalised
    for t in range(1, steps + 1):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = xt @ (p - y) + l2 * penalty * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    w *= np.array([[1.0 if n == 0 else scale(f)] for n, f in enumerate(names)])
    return {f: tuple(round(float(w[n, k]), 4) for k in range(len(classes)))
            for n, f in enumerate(names) if n == 0 or np.abs(w[n]).max() >= 0.005}


def write_table(path: Path, comments: list[str], classes: tuple[str, ...], table: dict[str, tuple[float, ...]]) -> None:
    """Write weights in the format ``kg.extractors.linear_model.read_table`` reads: comment lines,
    a header (feature, then the classes), then a feature and its weight per class on each row."""
    lines = [f"# {c}" for c in comments] + ["\t".join(("feature", *classes))]
    lines += ["\t".join((f, *(f"{w:.4f}" for w in row))) for f, row in table.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def fit_parser(description: str, sets: list[str], out: str) -> argparse.ArgumentParser:
    """The options both fit tools take: the gold sets, the penalty, the feature cut-off, whether
    to write the weights (to ``out``) and whether to skip the set-by-set check."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--sets", nargs="+", default=list(sets))
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty (default: 1.0)")
    ap.add_argument("--min-count", type=int, default=2, help="drop features seen fewer times (default: 2)")
    ap.add_argument("--write", action="store_true", help=f"write {out}")
    ap.add_argument("--no-check", action="store_true", help="skip the set-by-set check")
    return ap
