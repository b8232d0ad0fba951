"""What the learned readers share: a weights table of a softmax regression, read from
``kg/data``, and the probabilities it gives.

A table file has a header row ``feature`` then the class names, and a row per feature with a
weight per class; the feature ``bias`` holds the classes' biases. For a set of present
(binary) features::

    p(class) = softmax over classes of (bias[class] + sum of weight[class][feature] for the features present)
"""

from __future__ import annotations

import math
from importlib.resources import files

Table = dict[str, tuple[float, ...]]  # feature -> its weight for each class


def read_table(name: str) -> tuple[tuple[str, ...], Table]:
    """(classes, feature -> weights in the order of the classes) of ``kg/data/<name>``, checked:
    a header row naming the columns, a feature and a weight per class on every row, a bias row."""
    text = files("kg.data").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not rows or rows[0][0] != "feature" or len(rows[0]) < 3:
        raise ValueError(f"{name}: the first row must name the columns: feature, then the classes")
    classes = tuple(rows[0][1:])
    table: Table = {}
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(classes) + 1:
            raise ValueError(f"{name} row {n}: expected a feature and {len(classes)} weights")
        table[row[0]] = tuple(float(w) for w in row[1:])
    if "bias" not in table:
        raise ValueError(f"{name}: no bias row")
    return classes, table


def scores(feats, table: Table, base: tuple[float, ...] | None = None) -> tuple[float, ...]:
    """The classes' scores (logits): ``base`` (or the biases) plus the weights of the features."""
    rows = [table[f] for f in feats if f in table]
    return tuple(map(sum, zip(base or table["bias"], *rows, strict=True)))


def softmax(z: tuple[float, ...], classes: tuple[str, ...]) -> dict[str, float]:
    """Each class's probability for the scores ``z`` (in the order of ``classes``)."""
    top = max(z)
    exp = [math.exp(v - top) for v in z]
    total = sum(exp)
    return {cls: v / total for cls, v in zip(classes, exp, strict=True)}


__all__ = ["Table", "read_table", "scores", "softmax"]
