"""Extractors: ``extract(article) -> Iterator[Fact]``, pure, one per concern.

The registry below is the one place that lists them; ``--extractors`` picks by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from kg.extractors import controversies, history, infobox, relations
from kg.model import Event, Fact
from kg.text.parse import Article

Extractor = Callable[[Article], Iterator[Fact]]

EXTRACTORS: dict[str, Extractor] = {
    infobox.NAME: infobox.extract,
    history.NAME: history.extract,
    relations.NAME: relations.extract,
    controversies.NAME: controversies.extract,
}
DEFAULT_EXTRACTORS: tuple[str, ...] = tuple(EXTRACTORS)


def merge(facts: list[Fact]) -> list[Fact]:
    """One event per source sentence across extractors.

    When the history and the controversies extractors both turn a sentence into an event
    (SenseTime's 2019 Entity List sanction, its joint venture with Leon), both facts point
    to one merged event: the history event's label, date and type (the controversy's type
    when it is more specific than "other"), the union of the participants, and the
    controversy's amounts and outcome when history has none. It is typed kgo:Controversy
    and reached by kgo:significantEvent and kgo:controversy alike.
    """
    controversies = {
        f.provenance.sentence: f
        for f in facts
        if f.prop == "controversy" and f.provenance.sentence and isinstance(f.value, Event)
    }
    if not controversies:
        return facts
    merged: dict[str, Event] = {}
    for f in facts:
        c = controversies.get(f.provenance.sentence) if f.prop == "significantEvent" else None
        if c is not None and isinstance(f.value, Event) and f.provenance.sentence not in merged:
            h, ce = f.value, c.value
            known = {p.entity for p in h.participants}
            merged[f.provenance.sentence] = replace(
                h,
                type=ce.type if ce.type != "other" else h.type,
                participants=h.participants + tuple(p for p in ce.participants if p.entity not in known),
                amounts=h.amounts or ce.amounts,
                outcome=h.outcome or ce.outcome,
                category="controversy",
            )
    out = []
    for f in facts:
        event = merged.get(f.provenance.sentence) if f.prop in ("significantEvent", "controversy") else None
        out.append(replace(f, value=event) if event is not None else f)
    return out


def resolve(names: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Validate a comma-separated or listed selection of extractor names."""
    from kg.errors import UsageError

    if names is None:
        return DEFAULT_EXTRACTORS
    if isinstance(names, str):
        names = [n.strip() for n in names.split(",") if n.strip()]
    unknown = [n for n in names if n not in EXTRACTORS]
    if unknown:
        raise UsageError(
            f"unknown extractor(s) {', '.join(unknown)}; choose from {', '.join(EXTRACTORS)}"
        )
    return tuple(names)
