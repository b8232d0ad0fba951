"""The entities of a graph that linking considers, read from an rdflib graph or an Oxigraph
store: their English Wikipedia titles, labels, kind (organisation, human, place) and country."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from kg.graph.vocab import KGO, SCHEMA
from kg.titles import title_from_iri
from kg.wikidata.sparql import qid_from_iri

# Wikidata classes used to constrain label matches.
ORGANISATION = "Q43229"
HUMAN = "Q5"
PLACE = "Q2221906"
ANY_KIND = (ORGANISATION, HUMAN, PLACE)
KIND_NAMES = {ORGANISATION: "organisation", HUMAN: "human", PLACE: "place"}

_KINDS = {
    str(KGO.Company): ORGANISATION,
    str(KGO.Organization): ORGANISATION,
    str(KGO.Person): HUMAN,
    str(KGO.Place): PLACE,
    str(KGO.Agent): None,
    str(KGO.Entity): None,
}
_ABOUT, _LABEL, _TYPE = str(SCHEMA.about), str(RDFS.label), str(RDF.type)
_COUNTRY, SAME_AS_IRI, LINK_IRI = str(KGO.country), str(OWL.sameAs), str(KGO.wikidataLink)


class RdflibView:
    """Read access to an rdflib Graph or Dataset (all graphs)."""

    def __init__(self, graph: Graph):
        self.graph = graph

    def pairs(self, predicate: str) -> Iterable[tuple[str, str]]:
        for s, o in self.graph.subject_objects(URIRef(predicate)):
            if isinstance(s, URIRef) and isinstance(o, URIRef):
                yield str(s), str(o)

    def subjects(self, predicate: str) -> set[str]:
        return {str(s) for s in self.graph.subjects(URIRef(predicate)) if isinstance(s, URIRef)}

    def iris(self, subject: str, predicate: str) -> list[str]:
        objs = self.graph.objects(URIRef(subject), URIRef(predicate))
        return sorted({str(o) for o in objs if isinstance(o, URIRef)})

    def literals(self, subject: str, predicate: str) -> list[tuple[str, str | None]]:
        objs = self.graph.objects(URIRef(subject), URIRef(predicate))
        return [(str(o), o.language) for o in objs if isinstance(o, Literal)]


class OxigraphView:
    """Read access to a pyoxigraph Store (all graphs)."""

    def __init__(self, store: ox.Store):
        self.store = store

    def _objects(self, subject: str, predicate: str):
        return (
            q.object
            for q in self.store.quads_for_pattern(
                ox.NamedNode(subject), ox.NamedNode(predicate), None, None
            )
        )

    def pairs(self, predicate: str) -> Iterable[tuple[str, str]]:
        for q in self.store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode):
                yield q.subject.value, q.object.value

    def subjects(self, predicate: str) -> set[str]:
        return {
            q.subject.value
            for q in self.store.quads_for_pattern(None, ox.NamedNode(predicate), None, None)
            if isinstance(q.subject, ox.NamedNode)
        }

    def iris(self, subject: str, predicate: str) -> list[str]:
        return sorted(
            {o.value for o in self._objects(subject, predicate) if isinstance(o, ox.NamedNode)}
        )

    def literals(self, subject: str, predicate: str) -> list[tuple[str, str | None]]:
        return [
            (o.value, o.language)
            for o in self._objects(subject, predicate)
            if isinstance(o, ox.Literal)
        ]


@dataclass
class Target:
    entity: str
    titles: list[str]
    labels: list[str]
    kind: str | None  # ORGANISATION / HUMAN / PLACE, or None when unknown
    country: str | None


def _namespace(iri: str) -> str:
    return iri.rsplit("/", 1)[0] + "/"


def find_targets(view) -> list[Target]:
    """Entities to link: those with a sitelink triple, and named entities without one.

    Named entities without a Wikipedia page are subjects with an ``rdfs:label`` that are typed
    with a kgo entity class (Company, Organization, Person, Place, Agent, Entity), or untyped
    and in the same namespace as the sitelinked entities. Other typed nodes (events,
    citations...) are never matched, whatever their label.
    """
    if isinstance(view, Graph):
        view = RdflibView(view)
    elif isinstance(view, ox.Store):
        view = OxigraphView(view)
    titles: dict[str, set[str]] = {}
    for article, entity in view.pairs(_ABOUT):
        title = title_from_iri(article)
        if title:
            titles.setdefault(entity, set()).add(title)
    namespaces = {_namespace(e) for e in titles}
    candidates = set(titles)
    for subject in view.subjects(_LABEL):
        if subject in candidates:
            continue
        types = set(view.iris(subject, _TYPE))
        if types & set(_KINDS) or (not types and _namespace(subject) in namespaces):
            candidates.add(subject)
    targets = []
    for entity in sorted(candidates):
        labels = sorted(
            {
                value
                for value, lang in view.literals(entity, _LABEL)
                if lang in (None, "", "en") or lang.lower().startswith("en-")
            }
        )
        kinds = {_KINDS[t] for t in view.iris(entity, _TYPE) if t in _KINDS} - {None}
        countries = view.iris(entity, _COUNTRY)
        targets.append(
            Target(
                entity,
                sorted(titles.get(entity, ())),
                labels,
                kinds.pop() if len(kinds) == 1 else None,
                countries[0] if countries else None,
            )
        )
    return targets


def existing_qid(view, entity: str) -> str | None:
    for o in view.iris(entity, SAME_AS_IRI):
        qid = qid_from_iri(o)
        if qid:
            return qid
    return None
