"""Extractor facts as predictions: what the scorer compares with gold items."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from kg.evaluation.gold import norm, num
from kg.model import Entity, Event, Fact


@dataclass
class Prediction:
    type: str
    date: str | None  # ISO at its precision
    sentence: str
    section: str | None
    participants: tuple[str, ...] = ()  # titles and labels, lower case
    amounts: tuple[tuple[str, str | None], ...] = ()  # (value, currency)
    extractor: str = ""
    # one entry per participant: its names (title and label, normalised) and its role
    parties: tuple[tuple[tuple[str, ...], str | None], ...] = ()
    label: str = ""
    confidence: Decimal | None = None


def _parties(event: Event) -> tuple[tuple[tuple[str, ...], str | None], ...]:
    return tuple((tuple(norm(n) for n in (p.entity.title, p.entity.label) if n), p.role) for p in event.participants)


def events_from_facts(facts: list[Fact], extractor: str) -> list[Prediction]:
    """Event-valued facts of one extractor as predictions."""
    out = []
    for fact in facts:
        if not isinstance(fact.value, Event) or fact.provenance.extractor != extractor:
            continue
        ev = fact.value
        names = []
        for p in ev.participants:
            names.extend(n.lower() for n in (p.entity.title, p.entity.label) if n)
        out.append(Prediction(
            type=ev.type,
            date=ev.date.iso if ev.date else None,
            sentence=fact.provenance.sentence or "",
            section=fact.provenance.section,
            participants=tuple(names),
            amounts=tuple((num(m.amount), m.currency) for m in ev.amounts),
            extractor=extractor,
            parties=_parties(ev),
            label=ev.label,
            confidence=fact.provenance.confidence,
        ))
    return out


def relations_from_facts(facts: list[Fact], extractor: str = "relations") -> list[Prediction]:
    """Relation facts as predictions: type = property, participants = (counterparty key,).

    One prediction per relation, as the ``partners`` query shows it: a relation told in several
    sentences is one row, dated by its earliest date, with the sentence and the confidence of
    its most confident statement (the earliest of those on a tie)."""
    best: dict[tuple[str, str], Prediction] = {}
    for fact in facts:
        if fact.provenance.extractor != extractor or not isinstance(fact.value, Entity):
            continue
        date = dict(fact.qualifiers).get("date")
        key = norm(fact.value.title or fact.value.label)
        pred = Prediction(type=fact.prop, date=date.iso if date else None, sentence=fact.provenance.sentence or "",
                          section=fact.provenance.section, participants=(key,), extractor=extractor,
                          confidence=fact.provenance.confidence)
        seen = best.get((fact.prop, key))
        if seen is None:
            best[(fact.prop, key)] = pred
            continue
        dates = [d for d in (seen.date, pred.date) if d]
        top = min((seen, pred), key=lambda p: (-(p.confidence or 0), p.date or "9999", p.sentence))
        best[(fact.prop, key)] = replace(top, date=min(dates) if dates else None)
    return list(best.values())


def controversies_from_facts(facts: list[Fact], extractor: str = "controversies") -> list[Prediction]:
    out = []
    for fact in facts:
        if fact.provenance.extractor != extractor or not isinstance(fact.value, Event):
            continue
        ev = fact.value
        names = [norm(n) for p in ev.participants for n in (p.entity.title, p.entity.label) if n]
        out.append(Prediction(type=ev.type, date=ev.date.iso if ev.date else None, sentence=fact.provenance.sentence or "",
                              section=fact.provenance.section, participants=tuple(names),
                              amounts=tuple((num(m.amount), m.currency) for m in ev.amounts), extractor=extractor,
                              parties=_parties(ev), label=ev.label, confidence=fact.provenance.confidence))
    return out


# block name -> how to turn an extractor's facts into predictions
PREDICTIONS: dict[str, Callable[[list[Fact], str], list[Prediction]]] = {
    "events": events_from_facts,
    "relations": relations_from_facts,
    "controversies": controversies_from_facts,
}
