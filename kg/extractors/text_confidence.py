"""How much to trust a relation or a controversy read from running text.

Each fact comes with the names of the evidence features it has: the kind of cue that found it
("cue.strong", "cue.weak"), where its counterparty is ("side.object", "side.passive"), whether
the party is linked or known as an organisation ("party.linked", "party.org"), whether the
sentence writes a date ("date.written"), the section's role ("role.lead"), and so on (the
extractors list theirs: ``relations.evidence``, ``controversies.evidence``). The confidence
is a logistic model over them::

    confidence = 1 / (1 + exp(-(bias + sum of the weights of the features present)))

rounded to two decimals and kept between 0.05 and 0.99. The weights are data,
``kg/data/confidence_weights.tsv`` (model, feature, weight), fitted on the development gold by
``tools/fit_confidence.py``, which also checks them on the gold sets it was not fitted on
(docs/relations.md gives the numbers). A feature without a weight counts 0.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files

MODELS = ("relations", "controversies")
LOW, HIGH = 0.05, 0.99


@lru_cache(maxsize=1)
def weights() -> dict[str, dict[str, float]]:
    """model -> feature -> weight, from ``confidence_weights.tsv`` (loaded and checked once)."""
    text = files("kg.data").joinpath("confidence_weights.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")][1:]
    out: dict[str, dict[str, float]] = {m: {} for m in MODELS}
    for n, row in enumerate(rows, start=2):
        if len(row) < 3 or row[0].strip() not in MODELS:
            raise ValueError(f"confidence_weights.tsv row {n}: expected model, feature, weight with a model of {MODELS}")
        out[row[0].strip()][row[1].strip()] = float(row[2])
    for model, table in out.items():
        if "bias" not in table:
            raise ValueError(f"confidence_weights.tsv: no bias for {model}")
    return out


def probability(model: str, features: Iterable[str], table: dict[str, float] | None = None) -> float:
    """The model's probability that a fact with these evidence features is right."""
    table = weights()[model] if table is None else table
    z = table["bias"] + sum(table.get(f, 0.0) for f in set(features))
    return 1.0 / (1.0 + math.exp(-z))


def confidence(model: str, features: Iterable[str]) -> Decimal:
    """``probability`` as a ``Provenance.confidence``: two decimals, between 0.05 and 0.99."""
    return Decimal(f"{min(HIGH, max(LOW, probability(model, features))):.2f}")


__all__ = ["MODELS", "confidence", "probability", "weights"]
