"""Our side of ``kg diff``: the facts of the linked companies of a graph, each with the
Wikidata property it is aligned with, its value in Wikidata's terms and the statements
(provenance) behind it.

A fact is read from its reified ``kgo:Statement`` (``rdf:subject``/``rdf:predicate``/
``rdf:object``) with the extractor, the confidence (``kgo:confidence``, when the graph has
it), the revision and the citations (``prov:wasDerivedFrom`` -> ``schema:url``,
``schema:name``). Facts that say the same thing (kgo:partner and kgo:researchCollaborator of
the same item, both P2652) are merged into one, with all their statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

import pyoxigraph as ox

from kg.graph.rdf import KGO, RDF, RDFS, SCHEMA
from kg.titles import canonical_title
from kg.wikidata.properties import alignments, compared_properties
from kg.wikidata.sparql import qid_from_iri
from kg.wikidata.values import Value, When, decimal, plain

RDF_TYPE = ox.NamedNode(RDF + "type")
LABEL = ox.NamedNode(RDFS + "label")
SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
STOCK_LISTING = ox.NamedNode(KGO + "StockListing")
EXCHANGE = ox.NamedNode(KGO + "exchange")
TICKER = ox.NamedNode(KGO + "ticker")
POINT_IN_TIME = ox.NamedNode(KGO + "pointInTime")
AMOUNT = ox.NamedNode(SCHEMA + "value")
CURRENCY = ox.NamedNode(SCHEMA + "currency")
INFOBOX = "infobox"
_OLDID = re.compile(r"[?&]oldid=(\d+)")


@dataclass(frozen=True)
class Company:
    iri: str
    title: str
    qid: str | None


@dataclass(frozen=True)
class Citation:
    url: str
    title: str | None


@dataclass
class Support:
    """One kgo:Statement behind a fact."""

    extractor: str
    confidence: Decimal | None
    citations: list[Citation]
    revision: int | None

    def passes(self, min_confidence: Decimal, include_text: bool) -> bool:
        """A statement with a confidence passes at or above the threshold; one without (a
        graph built before confidences, or an infobox fact) passes when it comes from the
        infobox, or from text when ``include_text`` says so."""
        if self.confidence is not None:
            return self.confidence >= min_confidence
        return self.extractor == INFOBOX or include_text


@dataclass
class Fact:
    company: Company
    prop: str  # the kgo property IRI
    pid: str
    value: Value
    supports: list[Support] = field(default_factory=list)


_COMPANIES = """PREFIX kgo: <https://w3id.org/company-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX schema: <http://schema.org/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT DISTINCT ?company ?title ?item WHERE {
  ?statement a kgo:Statement ; rdf:subject ?company .
  ?page schema:about ?company ; schema:isPartOf <https://en.wikipedia.org/> ; schema:name ?title .
  OPTIONAL { ?company owl:sameAs ?item . FILTER(STRSTARTS(STR(?item), "http://www.wikidata.org/entity/Q")) }
}"""

_STATEMENTS = """PREFIX kgo: <https://w3id.org/company-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?statement ?company ?property ?value ?extractor ?confidence ?revision ?pointInTime WHERE {
  ?statement a kgo:Statement ; rdf:subject ?company ; rdf:predicate ?property ; rdf:object ?value .
  OPTIONAL { ?statement kgo:extractor ?extractor }
  OPTIONAL { ?statement kgo:confidence ?confidence }
  OPTIONAL { ?statement kgo:revision ?revision }
  OPTIONAL { ?statement kgo:pointInTime ?pointInTime }
}"""

_CITATIONS = """PREFIX kgo: <https://w3id.org/company-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <http://schema.org/>
SELECT ?statement ?url ?title WHERE {
  ?statement a kgo:Statement ; prov:wasDerivedFrom ?citation .
  ?citation schema:url ?url .
  OPTIONAL { ?citation schema:name ?title }
}"""


def companies(store: ox.Store) -> list[Company]:
    """The article subjects of the graph (subjects of kgo:Statement nodes with an English
    Wikipedia page), with their QID when ``kg link`` gave them one. Sorted by title."""
    found: dict[str, Company] = {}
    for row in store.query(_COMPANIES):
        iri = row["company"].value
        qid = qid_from_iri(row["item"].value) if row["item"] is not None else None
        current = found.get(iri)
        if current is None or (current.qid is None and qid):
            found[iri] = Company(iri, row["title"].value, qid)
    return sorted(found.values(), key=lambda c: (c.title, c.iri))


def select_companies(found: list[Company], titles: list[str]) -> list[Company]:
    """The companies named by ``titles`` (English Wikipedia titles); every one must exist."""
    if not titles:
        return found
    by_title = {canonical_title(c.title): c for c in found}
    picked, unknown = [], []
    for title in titles:
        company = by_title.get(canonical_title(title))
        if company is None:
            unknown.append(title)
        elif company not in picked:
            picked.append(company)
    if unknown:
        known = ", ".join(c.title for c in found) or "none"
        raise LookupError(f"not in the graph: {', '.join(unknown)} (companies: {known})")
    return picked


def read_facts(store: ox.Store, wanted: list[Company]) -> list[Fact]:
    """The facts of the ``wanted`` companies whose property is aligned with a compared
    Wikidata property, merged per (company, property, value), in a stable order."""
    by_iri = {c.iri: c for c in wanted}
    aligned = alignments()
    table = compared_properties()
    exchange_pids = [p for p in aligned.get(KGO + "exchange", ()) if p in table]
    citations = _citations(store)
    merged: dict[tuple, Fact] = {}
    for row in store.query(_STATEMENTS):
        company = by_iri.get(row["company"].value)
        if company is None:
            continue
        prop, term = row["property"].value, row["value"]
        listing = isinstance(term, ox.NamedNode) and ox.Quad(term, RDF_TYPE, STOCK_LISTING) in store
        pids = exchange_pids if listing else [p for p in aligned.get(prop, ()) if p in table]
        if not pids:
            continue
        statement = row["statement"].value
        support = Support(
            extractor=row["extractor"].value if row["extractor"] is not None else "",
            confidence=decimal(row["confidence"].value) if row["confidence"] is not None else None,
            citations=citations.get(statement, []),
            revision=_oldid(row["revision"]),
        )
        for pid in pids:
            value = our_value(store, table[pid].datatype, term, row["pointInTime"])
            if value is None:
                continue
            key = (company.iri, pid, _identity(value))
            fact = merged.get(key)
            if fact is None:
                fact = merged[key] = Fact(company, prop, pid, value)
            elif prop < fact.prop:
                fact.prop = prop
            if support not in fact.supports:
                fact.supports.append(support)
    for fact in merged.values():
        fact.supports.sort(key=lambda s: (s.extractor != INFOBOX, s.extractor, -(s.confidence or 0)))
    return sorted(merged.values(), key=lambda f: (f.company.title, int(f.pid[1:]), f.value.label, f.value.term))


def _identity(value: Value) -> tuple:
    """What makes two of our values the same fact: the QID of a linked item, else the term."""
    if value.kind in ("item", "listing") and value.qid:
        return (value.kind, value.qid, value.ticker)
    return (value.kind, value.term, value.ticker, value.year, value.currency)


def _oldid(term) -> int | None:
    if term is None:
        return None
    m = _OLDID.search(term.value)
    return int(m.group(1)) if m else None


def _citations(store: ox.Store) -> dict[str, list[Citation]]:
    out: dict[str, list[Citation]] = {}
    for row in store.query(_CITATIONS):
        url = row["url"].value.strip()
        if not url.startswith(("http://", "https://")):
            continue
        title = row["title"].value if row["title"] is not None else None
        found = out.setdefault(row["statement"].value, [])
        if Citation(url, title) not in found:
            found.append(Citation(url, title))
    for found in out.values():
        found.sort(key=lambda c: (c.url, c.title or ""))
    return out


def _objects(store: ox.Store, subject, predicate: ox.NamedNode) -> list:
    return [q.object for q in store.quads_for_pattern(subject, predicate, None)]


def _label(store: ox.Store, node) -> str:
    labels = _objects(store, node, LABEL)
    english = [t.value for t in labels if isinstance(t, ox.Literal) and (t.language or "").startswith("en")]
    others = [t.value for t in labels if isinstance(t, ox.Literal)]
    return min(english or others or [node.value])


def _qid(store: ox.Store, node) -> str | None:
    if not isinstance(node, ox.NamedNode):
        return None
    qids = sorted(q for q in (qid_from_iri(t.value) for t in _objects(store, node, SAME_AS)) if q)
    return qids[0] if qids else None


def _year(term) -> int | None:
    when = When.parse(term.value) if isinstance(term, ox.Literal) else None
    return when.year if when else None


def our_value(store: ox.Store, datatype: str, term, statement_year=None) -> Value | None:
    """Our value ``term`` in the terms of a Wikidata ``datatype``; None when it has no such
    reading (a literal where a date is expected, an event node)."""
    if datatype == "item":
        if isinstance(term, ox.Literal):
            return Value("item", term.value, term.value)
        if not isinstance(term, ox.NamedNode):
            return None
        qid = _qid(store, term)
        iri = f"http://www.wikidata.org/entity/{qid}" if qid else term.value
        return Value("item", iri, _label(store, term), qid=qid)
    if datatype == "listing":
        exchange = next(iter(_objects(store, term, EXCHANGE)), None)
        ticker = next((t.value for t in _objects(store, term, TICKER) if isinstance(t, ox.Literal)), None)
        if exchange is None:
            return None
        qid = _qid(store, exchange)
        name = exchange.value if isinstance(exchange, ox.Literal) else _label(store, exchange)
        iri = f"http://www.wikidata.org/entity/{qid}" if qid else exchange.value
        return Value("listing", iri, _label(store, term) if isinstance(term, ox.NamedNode) else name,
                     qid=qid, ticker=ticker, text=name)
    if datatype == "time":
        if not isinstance(term, ox.Literal):
            return None
        when = When.parse(term.value, term.datatype.value if term.datatype else None)
        return Value("time", term.value, term.value, when=when) if when else None
    if datatype == "money":
        if not isinstance(term, ox.NamedNode):
            return None
        amount = next((decimal(t.value) for t in _objects(store, term, AMOUNT)), None)
        if amount is None:
            return None
        currency = next((t.value for t in _objects(store, term, CURRENCY)), None)
        year = next((_year(t) for t in _objects(store, term, POINT_IN_TIME)), None)
        return Value("money", plain(amount), _label(store, term), amount=amount, currency=currency, year=year)
    if datatype == "count":
        amount = decimal(term.value) if isinstance(term, ox.Literal) else None
        if amount is None:
            return None
        year = _year(statement_year) if statement_year is not None else None
        label = f"{plain(amount)} ({year})" if year else plain(amount)
        return Value("count", plain(amount), label, amount=amount, year=year)
    if datatype in ("url", "commonsMedia"):
        return Value(datatype, term.value, term.value, text=term.value)
    if datatype in ("string", "monolingualtext"):
        if not isinstance(term, ox.Literal):
            return None
        return Value(datatype, term.value, term.value, text=term.value, lang=term.language)
    return None
