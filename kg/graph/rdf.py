"""Facts -> RDF quads. The one place that decides how a fact becomes RDF.

For every fact ``(company, prop, value)`` this writes

* the direct ("truthy") triple ``<company> kgo:prop <value>``, so simple queries stay simple;
* a reified statement ``kgr:statement/<hash> a kgo:Statement`` with ``rdf:subject``,
  ``rdf:predicate``, ``rdf:object``, the article revision, section, sentence, extractor,
  infobox parameter, qualifiers and ``prov:wasDerivedFrom`` its citations. Provenance is thus
  plain triples and survives a Turtle export; quads put each article in its own named graph.

IRIs are deterministic: entities from their canonical English Wikipedia title, value and
statement nodes from a hash of their content. No wall-clock value is ever written.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files
from urllib.parse import quote

import pyoxigraph as ox

from kg.model import (
    Citation,
    DateValue,
    Entity,
    Event,
    Fact,
    Link,
    Listing,
    Money,
    Participant,
    Quantity,
    Role,
    Text,
)
from kg.titles import wikipedia_iri

DEFAULT_BASE = "https://w3id.org/company-kg/resource/"
KGO = "https://w3id.org/company-kg/ontology#"
SCHEMA = "http://schema.org/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
WIKIPEDIA_SITE = "https://en.wikipedia.org/"

PREFIXES = {
    "kgo": KGO,
    "schema": SCHEMA,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "prov": PROV,
    "org": ORG,
    "owl": "http://www.w3.org/2002/07/owl#",
    "wd": "http://www.wikidata.org/entity/",
    "wiki": "https://en.wikipedia.org/wiki/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}

_KIND_CLASS = {"organization": "Organization", "person": "Person", "place": "Place"}
_PRECISION_TYPE = {"year": "gYear", "month": "gYearMonth", "day": "date"}


@lru_cache(maxsize=4096)
def _n(ns: str, local: str) -> ox.NamedNode:
    return ox.NamedNode(ns + local)


A = _n(RDF, "type")
LABEL = _n(RDFS, "label")


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


class Mapper:
    """Maps facts to quads under a configurable base IRI."""

    def __init__(self, base: str = DEFAULT_BASE, graphs: bool = True):
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.graphs = graphs

    # ------------------------------------------------------------ IRIs

    def entity_iri(self, entity: Entity) -> ox.NamedNode:
        if entity.title:
            return ox.NamedNode(self.base + "entity/" + _path(entity.title))
        return ox.NamedNode(self.base + "name/" + _path(entity.label))

    def company_iri(self, title: str) -> ox.NamedNode:
        return self.entity_iri(Entity(label=title, title=title))

    def graph_iri(self, title: str) -> ox.NamedNode | ox.DefaultGraph:
        if not self.graphs:
            return ox.DefaultGraph()
        return ox.NamedNode(self.base + "graph/" + _path(title))

    def revision_iri(self, title: str, revision: int | None) -> ox.NamedNode:
        if revision:
            return ox.NamedNode(f"https://en.wikipedia.org/w/index.php?oldid={int(revision)}")
        return ox.NamedNode(wikipedia_iri(title))

    # ------------------------------------------------------------ mapping

    def page_quads(self, title: str, revision: int | None, subject_class: str | None, facts: Iterable[Fact]) -> list[ox.Quad]:
        """All quads for one article: the subject, its facts and their provenance."""
        return self._page(title, revision, subject_class, facts).quads()

    def page_nquads(self, title: str, revision: int | None, subject_class: str | None, facts: Iterable[Fact]) -> bytes:
        """``page_quads`` serialised as N-Quads: the same bytes as ``ox.serialize`` of them."""
        return self._page(title, revision, subject_class, facts).nquads()

    def _page(self, title: str, revision: int | None, subject_class: str | None, facts: Iterable[Fact]) -> _Emitter:
        g = self.graph_iri(title)
        emit = _Emitter(g)
        company = self.company_iri(title)
        emit(company, A, _n(KGO, subject_class or "Organization"))
        emit(company, LABEL, ox.Literal(title, language="en"))
        self._sitelink(emit, company, title)
        rev = self.revision_iri(title, revision)
        emit(rev, A, _n(KGO, "ArticleRevision"))
        emit(rev, _n(KGO, "sourceArticle"), ox.NamedNode(wikipedia_iri(title)))
        if revision:
            emit(rev, _n(KGO, "revisionId"), ox.Literal(str(int(revision)), datatype=_n(XSD, "integer")))
        for fact in facts:
            self._fact(emit, company, rev, fact)
        return emit

    def _sitelink(self, emit, node: ox.NamedNode, title: str) -> None:
        page = ox.NamedNode(wikipedia_iri(title))
        emit(page, _n(SCHEMA, "about"), node)
        emit(page, _n(SCHEMA, "isPartOf"), ox.NamedNode(WIKIPEDIA_SITE))
        emit(page, _n(SCHEMA, "name"), ox.Literal(title, language="en"))

    def _entity(self, emit, entity: Entity) -> ox.NamedNode:
        node = self.entity_iri(entity)
        label = entity_label(entity)
        emit(node, LABEL, ox.Literal(label, language="en"))
        if entity.label and entity.label.casefold() != label.casefold():
            emit(node, _n(SKOS, "altLabel"), ox.Literal(entity.label, language="en"))
        emit(node, A, _n(KGO, _KIND_CLASS.get(entity.kind or "", "Entity")))
        if entity.title:
            self._sitelink(emit, node, entity.title)
        return node

    def value_term(self, emit, value, owner: ox.NamedNode | None = None) -> ox.NamedNode | ox.Literal:
        if isinstance(value, Entity):
            return self._entity(emit, value)
        if isinstance(value, DateValue):
            return date_literal(value)
        if isinstance(value, Text):
            return ox.Literal(value.text, language=value.lang) if value.lang else ox.Literal(value.text)
        if isinstance(value, Link):
            return ox.NamedNode(value.iri)
        if isinstance(value, Quantity):
            return ox.Literal(str(value.value), datatype=_n(XSD, "integer"))
        if isinstance(value, Money):
            return self._money(emit, value)
        if isinstance(value, Listing):
            node = ox.NamedNode(self.base + "listing/" + _path(value.exchange) + "/" + _path(value.ticker))
            emit(node, A, _n(KGO, "StockListing"))
            exchange = value.exchange_entity or Entity(label=value.exchange)
            emit(node, _n(KGO, "exchange"), self._entity(emit, exchange))
            emit(node, _n(KGO, "ticker"), ox.Literal(value.ticker))
            emit(node, LABEL, ox.Literal(f"{value.exchange}: {value.ticker}"))
            return node
        if isinstance(value, Event):
            return self._event(emit, value, owner)
        raise TypeError(f"no RDF mapping for {type(value).__name__}")

    def _money(self, emit, money: Money) -> ox.NamedNode:
        node = ox.NamedNode(self.base + "amount/" + _hash(money.amount, money.currency, money.year, money.trend))
        emit(node, A, _n(SCHEMA, "MonetaryAmount"))
        emit(node, _n(SCHEMA, "value"), decimal_literal(money.amount))
        if money.currency:
            emit(node, _n(SCHEMA, "currency"), ox.Literal(money.currency))
        if money.year:
            emit(node, _n(KGO, "pointInTime"), date_literal(DateValue(money.year, "year")))
        if money.trend:
            emit(node, _n(KGO, "trend"), ox.Literal(money.trend))
        if money.note:
            emit(node, _n(RDFS, "comment"), ox.Literal(money.note))
        emit(node, LABEL, ox.Literal(money_label(money)))
        return node

    def _event(self, emit, event: Event, owner: ox.NamedNode | None) -> ox.NamedNode:
        # An event is the company's own: two companies' undated "lawsuit"s with no named party
        # are two events, not one node the graph would give both of them.
        parts = sorted((p.entity.title or p.entity.label, p.role or "") for p in event.participants)
        company = owner.value.removeprefix(self.base) if owner else ""  # the same name under any --base
        key = _hash(company, event.type, event.label, event.date.iso if event.date else "", parts)
        node = ox.NamedNode(self.base + "event/" + key)
        emit(node, A, _n(KGO, "Controversy" if event.category == "controversy" else "Event"))
        emit(node, LABEL, ox.Literal(event.label, language="en"))
        emit(node, _n(KGO, "eventType"), _n(KGO, _type_local(event.type)))
        if event.date:
            if event.date.end:
                emit(node, _n(KGO, "startDate"), date_literal(event.date))
                emit(node, _n(KGO, "endDate"), date_literal(event.date.end))
            else:
                emit(node, _n(KGO, "date"), date_literal(event.date))
        for p in event.participants:
            self._participant(emit, node, p)
        for m in event.amounts:
            emit(node, _n(KGO, "amount"), self._money(emit, m))
        if event.outcome:
            emit(node, _n(KGO, "outcome"), ox.Literal(event.outcome, language="en"))
        return node

    def _participant(self, emit, event_node, p: Participant) -> None:
        ent = self._entity(emit, p.entity)
        emit(event_node, _n(KGO, "participant"), ent)
        if p.role:
            part = ox.NamedNode(event_node.value + "/participation/" + _hash(ent.value, p.role))
            emit(event_node, _n(KGO, "participation"), part)
            emit(part, _n(KGO, "participantEntity"), ent)
            emit(part, _n(KGO, "participantRole"), ox.Literal(p.role))

    def _role(self, emit, company: ox.NamedNode, role: Role) -> ox.NamedNode:
        person = self._entity(emit, role.holder)
        node = ox.NamedNode(self.base + "membership/" + _hash(company.value, person.value, role.role or ""))
        emit(node, A, _n(KGO, "Membership"))
        emit(node, _n(ORG, "organization"), company)
        emit(node, _n(KGO, "member"), person)
        if role.role:
            emit(node, _n(KGO, "role"), ox.Literal(role.role, language="en"))
        label = f"{role.holder.label} ({role.role})" if role.role else role.holder.label
        emit(node, LABEL, ox.Literal(label, language="en"))
        return node

    def _fact(self, emit, company: ox.NamedNode, rev: ox.NamedNode, fact: Fact) -> None:
        prop = _n(KGO, fact.prop)
        if isinstance(fact.value, Role):
            obj = self._role(emit, company, fact.value)
        else:
            obj = self.value_term(emit, fact.value, owner=company)
        emit(company, prop, obj)
        prov = fact.provenance
        stmt = ox.NamedNode(self.base + "statement/" + _hash(company.value, fact.prop, _term_key(obj), prov.article, prov.section, prov.sentence))
        emit(stmt, A, _n(KGO, "Statement"))
        emit(stmt, _n(RDF, "subject"), company)
        emit(stmt, _n(RDF, "predicate"), prop)
        emit(stmt, _n(RDF, "object"), obj)
        emit(stmt, _n(KGO, "revision"), rev)
        emit(stmt, _n(KGO, "extractor"), ox.Literal(prov.extractor))
        if prov.section:
            emit(stmt, _n(KGO, "section"), ox.Literal(prov.section))
        if prov.sentence:
            emit(stmt, _n(KGO, "sentence"), ox.Literal(prov.sentence, language="en"))
        if prov.param:
            emit(stmt, _n(KGO, "infoboxParameter"), ox.Literal(prov.param))
        if prov.confidence is not None:
            emit(stmt, _n(KGO, "confidence"), decimal_literal(prov.confidence))
        for money in fact.value.amounts if isinstance(fact.value, Event) else (fact.value,):
            if isinstance(money, Money) and money.inferred:
                emit(stmt, _n(KGO, "currencyInference"), ox.Literal(money.inferred))
        raw = getattr(fact.value, "raw", None)
        if raw:
            emit(stmt, _n(KGO, "rawText"), ox.Literal(raw))
        if isinstance(fact.value, Quantity) and fact.value.year:
            emit(stmt, _n(KGO, "pointInTime"), date_literal(DateValue(fact.value.year, "year")))
        if isinstance(fact.value, DateValue):
            emit(stmt, _n(KGO, "precision"), ox.Literal(fact.value.precision))
        for key, value in fact.qualifiers:
            emit(stmt, _n(KGO, key), self.value_term(emit, value))
        for cit in prov.citations:
            emit(stmt, _n(PROV, "wasDerivedFrom"), self._citation(emit, cit))

    def _citation(self, emit, cit: Citation) -> ox.NamedNode:
        node = ox.NamedNode(self.base + "citation/" + cit.key)
        emit(node, A, _n(KGO, "Citation"))
        if cit.url:
            emit(node, _n(SCHEMA, "url"), _safe_iri_or_literal(cit.url))
        if cit.title:
            emit(node, _n(SCHEMA, "name"), ox.Literal(cit.title))
        if cit.date:
            emit(node, _n(SCHEMA, "datePublished"), ox.Literal(cit.date))
        if cit.publisher:
            emit(node, _n(SCHEMA, "publisher"), ox.Literal(cit.publisher))
        if cit.archive_url:
            emit(node, _n(KGO, "archiveUrl"), _safe_iri_or_literal(cit.archive_url))
        if cit.text:
            emit(node, _n(KGO, "citationText"), ox.Literal(cit.text))
        return node


class _Emitter:
    """Collects (s, p, o) in emission order; ``quads()`` drops repeats and adds the graph."""

    def __init__(self, graph):
        self.out: list[tuple] = []
        self.graph = graph

    def __call__(self, s, p, o) -> None:
        self.out.append((s, p, o))

    def quads(self) -> list[ox.Quad]:
        graph = self.graph
        unique = dict.fromkeys(self.out)
        if isinstance(graph, ox.DefaultGraph):
            # the default graph is the Quad default; passing it explicitly costs pyoxigraph
            # a slower argument conversion (about half the time of building the quad)
            return [ox.Quad(s, p, o) for s, p, o in unique]
        return [ox.Quad(s, p, o, graph) for s, p, o in unique]

    def nquads(self) -> bytes:
        """The N-Quads of ``quads()``, written from the terms' own N-Triples forms (``str`` of
        a pyoxigraph term, which its N-Quads serialiser writes too) without building the
        Quad objects, most of the cost of serialising a page."""
        graph = "" if isinstance(self.graph, ox.DefaultGraph) else f" {self.graph}"
        # A term's N-Triples form, made once per term object and found by the object's id (a
        # term's own hash reads its whole text, each time): ``self.out`` holds every term
        # alive meanwhile, so no id is reused. Two terms are equal exactly when their forms
        # are, so the lines deduplicated as strings are the triples deduplicated, in order.
        forms: dict[int, str] = {}
        get = forms.get
        lines = []
        append = lines.append
        for s, p, o in self.out:
            fs = get(id(s))
            if fs is None:
                fs = forms[id(s)] = str(s)
            fp = get(id(p))
            if fp is None:
                fp = forms[id(p)] = str(p)
            fo = get(id(o))
            if fo is None:
                fo = forms[id(o)] = str(o)
            append(f"{fs} {fp} {fo}{graph} .\n")
        return "".join(dict.fromkeys(lines)).encode("utf-8")


_DISAMBIGUATOR = re.compile(r"\s+\([^()]*\)$")


def entity_label(entity: Entity) -> str:
    """The label of a linked entity is its title without the disambiguator:
    [[Hong Kong Science Park|Science Park]] -> "Hong Kong Science Park",
    [[Xu Li (computer scientist)|Xu Li]] -> "Xu Li". The link text becomes skos:altLabel."""
    if not entity.title:
        return entity.label
    return _DISAMBIGUATOR.sub("", entity.title) or entity.title


def _path(title: str) -> str:
    return quote(title.replace(" ", "_"), safe=";@$!*(),~:")


@lru_cache(maxsize=1)
def _concepts_by_notation() -> dict[str, str]:
    """skos:notation key ("funding_round", "ipo") -> concept local name, from the ontology."""
    data = files("kg.ontology").joinpath("kgo.ttl").read_bytes()
    triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    in_scheme = ox.NamedNode(SKOS + "inScheme")
    events = {t.subject for t in triples if t.predicate == in_scheme and t.object == ox.NamedNode(KGO + "EventTypeScheme")}
    notation = ox.NamedNode(SKOS + "notation")
    return {
        t.object.value: t.subject.value[len(KGO) :]
        for t in triples
        if t.predicate == notation and t.subject in events
    }


def _type_local(key: str) -> str:
    """Event-type key ("funding_round") -> concept local name ("FundingRound")."""
    known = _concepts_by_notation()
    if key in known:
        return known[key]
    if key in known.values():
        return key
    raise ValueError(f"unknown event type {key!r}; known: {', '.join(sorted(known))}")


def _term_key(term) -> str:
    return str(term)


def _safe_iri_or_literal(url: str):
    url = url.strip()
    if url.startswith(("http://", "https://")) and not any(c in url for c in ' <>"{}|\\^`'):
        try:
            return ox.NamedNode(url)
        except ValueError:
            pass
    return ox.Literal(url)


def money_label(money: Money) -> str:
    """ "73620000000 USD (2020)": the figure as it is stored, for people."""
    text = format(money.amount.normalize(), "f")
    text = f"{text} {money.currency or '(currency unknown)'}"
    return f"{text} ({money.year})" if money.year else text


def date_literal(date: DateValue) -> ox.Literal:
    return ox.Literal(date.iso, datatype=_n(XSD, _PRECISION_TYPE[date.precision]))


def decimal_literal(value: Decimal) -> ox.Literal:
    text = format(value.normalize(), "f")
    if "." not in text:
        text += ".0"
    return ox.Literal(text, datatype=_n(XSD, "decimal"))


def sorted_lines(quads: Iterable[ox.Quad], fmt: ox.RdfFormat) -> Iterator[bytes]:
    """Deterministic line formats: serialize and sort (N-Triples / N-Quads)."""
    data = ox.serialize(quads if fmt.supports_datasets else (q.triple for q in quads), format=fmt)
    yield from sorted(set(data.splitlines(keepends=True)))
