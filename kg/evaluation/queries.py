"""Predictions read from the bundled queries, as a user (or an outside checker) sees the graph.

``kg eval`` scores the extractors' facts by default, keeping those whose section lies in the
gold block's scope. ``kg eval --through-queries`` scores what ``kg build`` and ``kg query``
show instead: the article's graph is loaded into an in-memory Oxigraph store with the
ontology, and the rows of the ``timeline`` (history events), ``partners`` (relations) and
``controversies`` queries become the predictions. A query row carries no section, so there is
no scope: an event read outside the annotated sections counts as an extra, as it would for
anyone who scores the query output. The profile is scored as before (its predictions are
already the rows of the ``profile`` query).
"""

from __future__ import annotations

import urllib.parse
from decimal import Decimal, InvalidOperation
from functools import cache

import pyoxigraph as ox

from kg.evaluation.gold import norm
from kg.evaluation.predictions import Prediction
from kg.graph.query import get_query, ontology_quads, run_query
from kg.graph.rdf import PREFIXES
from kg.pipeline import Options, page_quads
from kg.sources.page import Page

WIKIPEDIA = PREFIXES["wiki"]
# gold block -> the query whose rows are its predictions
QUERY_OF_BLOCK = {"events": "timeline", "relations": "partners", "controversies": "controversies"}


@cache
def _type_keys() -> dict[str, str]:
    """Event type label (the ``type`` column of ``timeline``) -> key of the type scheme, read
    from the ontology's concepts (``rdfs:label`` and ``skos:notation``)."""
    store = ox.Store()
    store.extend(ontology_quads())
    rows = store.query("""
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?label ?notation WHERE { ?c skos:notation ?notation ; rdfs:label ?label }""")
    return {str(r["label"].value): str(r["notation"].value) for r in rows}


def page_store(page: Page, options: Options) -> ox.Store:
    """The page's graph (as ``kg build`` writes it) and the ontology, in one default graph."""
    quads, _ = page_quads(page, options)
    store = ox.Store()
    store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    store.extend(ontology_quads())
    return store


def _title(iri: str) -> str:
    return norm(urllib.parse.unquote(iri[len(WIKIPEDIA):])) if iri.startswith(WIKIPEDIA) else ""


def _confidence(text: str) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def _start(date: str) -> str | None:
    return date.split("/", 1)[0] or None  # a range "start/end" counts by its start


def _amounts(values: str, currencies: str) -> tuple[tuple[str, str | None], ...]:
    cur = [c for c in currencies.split() if c != "?"]
    return tuple((v, cur[0] if len(cur) == 1 else None) for v in values.split())


def _event(row: dict[str, str], extractor: str) -> Prediction:
    parties = []
    for text in filter(None, (t.strip() for t in row.get("participantLabels", "").split("; "))):
        name, role = text, None
        if text.endswith(")") and " (" in text:
            name, role = text[: -1].rsplit(" (", 1)
        parties.append(((norm(name),), role))
    titles = tuple(t for t in map(_title, row.get("participants", "").split()) if t)
    return Prediction(
        type=_type_keys().get(row["type"], row["type"]),
        date=_start(row.get("date", "")),
        sentence=row.get("sentence", ""),
        section=None,
        participants=tuple(n for (names, _) in parties for n in names) + titles,
        amounts=_amounts(row.get("amount", ""), row.get("currency", "")),
        extractor=extractor,
        parties=tuple(parties),
        label=row.get("label", ""),
        confidence=_confidence(row.get("confidence", "")),
    )


def _relation(row: dict[str, str], extractor: str) -> Prediction:
    key = _title(row.get("partnerWikipedia", "")) or norm(row.get("partnerLabel", ""))
    return Prediction(type=row["relation"], date=row.get("date") or None, sentence=row.get("sentence", ""),
                      section=None, participants=(key,), extractor=extractor,
                      confidence=_confidence(row.get("confidence", "")))


def _controversy(row: dict[str, str], extractor: str) -> Prediction:
    names = tuple(t for t in map(_title, row.get("parties", "").split()) if t)
    return Prediction(type=row.get("type", ""), date=_start(row.get("date", "")), sentence=row.get("sentence", ""),
                      section=None, participants=names, amounts=_amounts(row.get("amount", ""), row.get("currency", "")),
                      extractor=extractor, parties=tuple(((n,), None) for n in names),
                      label=row.get("label", ""), confidence=_confidence(row.get("confidence", "")))


_ROW = {"events": _event, "relations": _relation, "controversies": _controversy}


def query_predictions(store: ox.Store, company: str, block: str, extractor: str) -> list[Prediction]:
    """The rows of the query behind a gold block, for one company, as predictions."""
    columns, rows = run_query(store, get_query(QUERY_OF_BLOCK[block]), {"company": company})
    return [_ROW[block](dict(zip(columns, row, strict=True)), extractor) for row in rows]
