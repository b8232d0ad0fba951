"""The fit both confidence tools share (tools/fit_event_confidence.py for history events,
tools/fit_confidence.py for relations and controversies).

A confidence model is a logistic regression over an extractor's evidence features. Each tool
turns its labelled facts into examples (``Example``): the features a fact has (index, value), its
label, an offset (the part of the log-odds that is not fitted, e.g. a bias held at its prior) and
its cost. The cost says how much the example weighs: a wrong fact weighs ``wrong`` right ones (a
wrong fact costs a user more than a missing one), and a fact of a tuned set weighs ``tuned``
times a fact of a first-sight record (0: the records alone; ``cost``). ``newton`` finds the
weights of highest posterior: the weighted log-likelihood plus a Gaussian (L2) prior of weight
``l2`` around the prior means, by Newton's method, each step halved until the penalised
likelihood does not fall (``damped``; a plain Newton step can overshoot and diverge when wrong
facts weigh several right ones). No dependency; deterministic.

The check both tools print is the same: each set of blind4 ... blind35 left out in turn
(``leave_one_out``: the weights fitted without the set and its first-sight record score it), the
precision of its facts at confidence >= 0.8 and how many reach 0.8, on the set as the extractor
reads it now and on its first-sight record, per set and pooled (``table``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

THRESHOLD = 0.8  # the confidence of the headline: a fact at >= 0.8 should be right 97 times in 100

# (the features present: (index of the weight, value), right: 1.0 or 0.0, offset, cost)
Example = tuple[Sequence[tuple[int, float]], float, float, float]
LeftOut = tuple[str, int, int, int, int]  # (set, facts at 0.8 now, right there, the same on its first-sight record)
W = TypeVar("W")


def cost(right: bool, wrong: float, scale: float = 1.0) -> float:
    """The weight of one fact in the fit: a wrong one counts ``wrong`` right ones, and a fact of a
    tuned set ``scale`` (the tool's ``tuned``) times a fact of a first-sight record."""
    return (1.0 if right else wrong) * scale


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def newton(examples: Sequence[Example], mean: Sequence[float], l2: float, steps: int = 50,
           tol: float = 1e-9, damped: bool = True) -> list[float]:
    """The weights (in the order of ``mean``) of highest posterior: the examples' log-likelihood,
    each weighted by its cost, plus an L2 penalty ``l2`` towards ``mean`` (Newton's method; stop
    when no weight moves by ``tol``). With ``damped`` each step is halved until the penalised
    likelihood does not fall."""
    n = len(mean)
    w = list(mean)
    for _ in range(steps):
        grad = [-l2 * (w[j] - mean[j]) for j in range(n)]
        hess = [[l2 if j == k else 0.0 for k in range(n)] for j in range(n)]
        for active, y, offset, c in examples:
            p = _logistic(offset + sum(w[j] * x for j, x in active))
            for j, xj in active:
                grad[j] += c * (y - p) * xj
                row = hess[j]
                for k, xk in active:
                    row[k] += c * p * (1 - p) * xj * xk
        step = solve(hess, grad)
        if damped:
            base = objective(w, examples, mean, l2)
            for _ in range(30):
                trial = [wj + sj for wj, sj in zip(w, step, strict=True)]
                if objective(trial, examples, mean, l2) >= base - 1e-12:
                    break
                step = [s / 2 for s in step]
        w = [wj + sj for wj, sj in zip(w, step, strict=True)]
        if max((abs(s) for s in step), default=0.0) < tol:
            break
    return w


def objective(w: Sequence[float], examples: Sequence[Example], mean: Sequence[float], l2: float) -> float:
    """The penalised log-likelihood ``newton`` climbs: each example's log-probability of its label
    times its cost, less the L2 penalty towards ``mean``."""
    total = -0.5 * l2 * sum((a - b) ** 2 for a, b in zip(w, mean, strict=True))
    for active, y, offset, c in examples:
        z = max(-30.0, min(30.0, offset + sum(w[j] * x for j, x in active)))
        total -= c * math.log1p(math.exp(-z if y else z))
    return total


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b (Gaussian elimination with partial pivoting; a is positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def at(labelled: Iterable[tuple[object, bool]], confidence: Callable[[object], float],
       threshold: float = THRESHOLD) -> tuple[int, int]:
    """How many facts (evidence, right) reach ``threshold``, and how many of them are right."""
    kept = [right for evidence, right in labelled if confidence(evidence) >= threshold]
    return len(kept), sum(kept)


def leave_one_out(labels: Iterable[str], fit_without: Callable[[str], W],
                  score: Callable[[str, W], LeftOut | None]) -> list[LeftOut]:
    """For each set in ``labels``: the weights fitted without it (``fit_without``, which leaves
    its first-sight record out too) score it (``score``: its row of the table, or None for a set
    fitted without but not in the headline)."""
    rows = []
    for label in labels:
        row = score(label, fit_without(label))
        if row is not None:
            rows.append(row)
    return rows


def table(rows: list[LeftOut]) -> list[str]:
    """The leave-one-set-out lines, per set and pooled: precision at >= 0.8 and how many facts
    reach it, on the set as the extractor reads it now and on its first-sight record."""
    def cell(kept: int, right: int) -> str:
        return f"P@0.8 {right / kept:.3f} of {kept:3}" if kept else "none at 0.8     "
    lines = [f"   {'set':8} {'now':20} first sight"]
    lines += [f"   {r[0]:8} {cell(r[1], r[2]):20} {cell(r[3], r[4])}" for r in rows]
    lines.append(f"   {'pooled':8} {cell(sum(r[1] for r in rows), sum(r[2] for r in rows)):20} "
                 f"{cell(sum(r[3] for r in rows), sum(r[4] for r in rows))}")
    return lines
