"""Facts as JSON (``kg extract``): one object per fact, stable key order."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from kg.model import Fact


def _plain(value):
    if dataclasses.is_dataclass(value):
        out = {"kind": type(value).__name__}
        for f in dataclasses.fields(value):
            v = getattr(value, f.name)
            if v in (None, (), "", False) and f.name not in ("amount",):
                continue
            out[f.name] = _plain(v)
        return out
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def fact_to_json(fact: Fact) -> dict:
    prov = _plain(fact.provenance)
    prov.pop("kind", None)
    out = {
        "subject": fact.subject,
        "property": fact.prop,
        "value": _plain(fact.value),
        "provenance": prov,
    }
    if fact.qualifiers:
        out["qualifiers"] = {k: _plain(v) for k, v in fact.qualifiers}
    return out
