"""Extractors: ``extract(article) -> Iterator[Fact]``, pure, one per concern.

The registry below is the one place that lists them; ``--extractors`` picks by name.
"""

from __future__ import annotations

import functools
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
    """One event where the history and the controversies extractors read the same event.

    When both turn a sentence into an event of a compatible type (SenseTime's 2019 Entity
    List sanction, read as a fine by both), the two facts point to one merged event: the
    history event's label and date, the controversy's type when it is more specific than
    "other", the union of the participants, and the controversy's amounts and outcome when
    history has none. It is typed kgo:Controversy and reached by kgo:significantEvent and
    kgo:controversy alike.

    Two readings of one sentence that disagree stay two events: a sentence that tells a suit
    withdrawn and an agreement signed is a partnership in the history and a lawsuit among the
    controversies, and neither takes the other's type. A history event is compatible with a
    controversy when their types agree, when the controversy is "other", or when the history
    event is the plain "other" (not a variant such as a fatal accident: ``_same_event``). Each controversy pairs with at most one history event of its
    sentence (the one of the same type first), so a sentence holding two history events keeps
    both.
    """
    by_sentence: dict[str, list[int]] = {}
    for i, f in enumerate(facts):
        if f.prop == "controversy" and f.provenance.sentence and isinstance(f.value, Event):
            by_sentence.setdefault(f.provenance.sentence, []).append(i)
    if not by_sentence:
        return facts
    history: dict[str, list[int]] = {}
    for i, f in enumerate(facts):
        if f.prop == "significantEvent" and f.provenance.sentence in by_sentence and isinstance(f.value, Event):
            history.setdefault(f.provenance.sentence, []).append(i)
    merged: dict[int, Event] = {}
    for sentence, found in history.items():
        free = list(found)
        for ci in by_sentence[sentence]:
            ce = facts[ci].value
            fits = [hi for hi in free if _same_event(facts[hi].value, ce)]
            if not fits:
                continue
            hi = next((i for i in fits if facts[i].value.type == ce.type), fits[0])
            free.remove(hi)
            h = facts[hi].value
            known = {p.entity for p in h.participants}
            merged[hi] = merged[ci] = replace(
                h,
                type=ce.type if ce.type != "other" else h.type,
                participants=h.participants + tuple(p for p in ce.participants if p.entity not in known),
                amounts=h.amounts or ce.amounts,
                outcome=h.outcome or ce.outcome,
                category="controversy",
            )
    return [replace(f, value=merged[i]) if i in merged else f for i, f in enumerate(facts)]


def _same_event(h: Event, c: Event) -> bool:
    """Whether a history event and a controversy read from one sentence can be one event.

    A history event typed "other" by a variant row of the event-type scheme (a fatal accident,
    a relocation, an order, a delisting: its label names what happened) is as specific as any
    type: "In 2018 a strike ..., and in 2021 a fire ... killed two workers" holds a strike and
    an accident, and the accident must not take the strike's type. Only the plain "other" row
    (its label "Event") takes the controversy's type."""
    if h.type == c.type or c.type == "other":
        return True
    return h.type == "other" and h.label in _plain_other_labels()


@functools.cache
def _plain_other_labels() -> frozenset[str]:
    from kg.extractors.event_cues import event_types

    return frozenset(event_types()["other"].template)


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
