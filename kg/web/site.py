"""What the pages show, read from a store opened read-only.

``Site`` holds the open store, the base of the minted IRIs (found in the store's page
records), and what never changes while a store is served read-only: the list of companies
(for the index and its search) and the property labels of the ontology. Company pages are
assembled from the bundled queries (``profile``, ``timeline``, ``partners``,
``controversies``) plus one query for the provenance of every statement about the company
(``STATEMENTS``); the Linked Data view of any resource is ``describe``.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.graph.query import bundled_queries, ontology_quads, parse_query, run_query
from kg.graph.rdf import DEFAULT_BASE, KGO, RDF, RDFS, SCHEMA, WIKIPEDIA_SITE, Mapper
from kg.graph.store import PAGES_GRAPH, TITLE
from kg.model import RELATION_TYPES
from kg.titles import title_from_iri

STATEMENTS = parse_query(
    "statements",
    """# title: Statements about a company, with their provenance
# param: company wikipedia ?companyWikipedia English Wikipedia title of the company
PREFIX kgo: <https://w3id.org/company-kg/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?statement ?property ?object ?section ?sentence ?revision ?citation ?url ?name ?publisher ?date ?archive
       ?companyWikipedia
WHERE {
  ?companyWikipedia schema:about ?company ;
                    schema:isPartOf <https://en.wikipedia.org/> .
  ?statement rdf:subject ?company ; rdf:predicate ?property ; rdf:object ?object .
  OPTIONAL { ?statement kgo:section ?section }
  OPTIONAL { ?statement kgo:sentence ?sentence }
  OPTIONAL { ?statement kgo:revision ?revision }
  OPTIONAL {
    ?statement prov:wasDerivedFrom ?citation .
    OPTIONAL { ?citation schema:url ?url }
    OPTIONAL { ?citation schema:name ?name }
    OPTIONAL { ?citation schema:publisher ?publisher }
    OPTIONAL { ?citation schema:datePublished ?date }
    OPTIONAL { ?citation kgo:archiveUrl ?archive }
  }
}
ORDER BY ?statement ?citation""",
)

_DEFAULT = ox.DefaultGraph()
_LABEL = ox.NamedNode(RDFS + "label")
_TYPE = ox.NamedNode(RDF + "type")
_ABOUT = ox.NamedNode(SCHEMA + "about")
_SUBJECT = ox.NamedNode(RDF + "subject")
_OBJECT = ox.NamedNode(RDF + "object")
_PREDICATE = ox.NamedNode(RDF + "predicate")
_REVISION = ox.NamedNode(KGO + "revision")
_SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
_WIKIDATA = "http://www.wikidata.org/entity/"
# Nodes that belong to the resource that points at them (expanded in its description);
# entities (entity/, name/) are described on their own pages.
_OWNED = ("statement/", "citation/", "event/", "amount/", "membership/", "listing/")
RELATIONS = RELATION_TYPES
LIMIT = 300  # rows per list on a generic page


@dataclass(frozen=True)
class Company:
    iri: str
    label: str
    title: str  # its English Wikipedia title (the parameter of the bundled queries)
    wikipedia: str


@dataclass
class Citation:
    url: str = ""
    name: str = ""
    publisher: str = ""
    date: str = ""
    archive: str = ""


@dataclass
class Provenance:
    statement: str
    section: str = ""
    sentence: str = ""
    revision: str = ""
    citations: list[Citation] = field(default_factory=list)


def _v(term) -> str:
    return "" if term is None else term.value


def find_base(store: ox.Store) -> str:
    """The base of the minted IRIs, from a page record (its graph is BASE + graph/TITLE)."""
    for q in store.quads_for_pattern(None, TITLE, None, PAGES_GRAPH):
        graph, title = q.subject.value, q.object.value
        suffix = Mapper("http://x/").graph_iri(title).value[len("http://x/"):]
        if graph.endswith(suffix):
            return graph[: -len(suffix)]
    return DEFAULT_BASE


def revision_label(iri: str) -> str:
    if "oldid=" in iri:
        return "article revision " + iri.rsplit("oldid=", 1)[1]
    return "article (revision not recorded)" if iri else ""


class Site:
    def __init__(self, store: ox.Store, base: str | None = None):
        self.store = store
        self.base = base or find_base(store)
        self.queries = bundled_queries()
        self.property_labels = {
            q.subject.value: q.object.value
            for q in ontology_quads()
            if q.predicate == _LABEL and isinstance(q.object, ox.Literal) and q.object.language in (None, "en")
        }
        self.companies = self._companies()
        self.by_iri = {c.iri: c for c in self.companies}

    @classmethod
    def open(cls, path: str | os.PathLike, base: str | None = None) -> Site:
        return cls(ox.Store.read_only(str(Path(path))), base)

    # ------------------------------------------------------------ index

    def _companies(self) -> list[Company]:
        rows = self.store.query(
            f"""SELECT DISTINCT ?company ?page (SAMPLE(?l) AS ?label) WHERE {{
              ?revision <{KGO}sourceArticle> ?page . ?page <{SCHEMA}about> ?company .
              OPTIONAL {{ ?company <{RDFS}label> ?l }}
            }} GROUP BY ?company ?page"""
        )
        out = []
        for row in rows:
            page = _v(row["page"])
            title = title_from_iri(page) or page
            out.append(Company(_v(row["company"]), _v(row["label"]) or title, title, page))
        out.sort(key=lambda c: (c.label.casefold(), c.iri))
        return out

    def search(self, text: str, offset: int = 0, limit: int = 100) -> tuple[int, list[Company]]:
        """Companies whose name contains ``text`` (case-insensitive): (how many, a page)."""
        needle = " ".join(text.split()).casefold()
        found = [c for c in self.companies if needle in c.label.casefold()] if needle else self.companies
        return len(found), found[offset : offset + limit]

    # ------------------------------------------------------------ IRIs and labels

    def iri(self, path: str) -> str:
        """The resource IRI served at ``/resource/<path>`` (``path`` as sent, percent-encoded)."""
        return self.base + path

    def href(self, iri: str) -> str:
        """Where a link to ``iri`` goes: its page here when it is minted here, else itself."""
        return "/resource/" + iri[len(self.base):] if iri.startswith(self.base) else iri

    def local(self, iri: str) -> bool:
        return iri.startswith(self.base)

    def label(self, iri: str) -> str:
        if iri in self.property_labels:
            return self.property_labels[iri]
        node = ox.NamedNode(iri)
        for q in self.store.quads_for_pattern(node, _LABEL, None, _DEFAULT):
            return q.object.value
        if iri.startswith(self.base):
            return title_from_iri(WIKIPEDIA_SITE + "wiki/" + iri.rsplit("/", 1)[-1]) or iri
        return iri

    def entity_of_page(self, page: str) -> str | None:
        """The entity an English Wikipedia page is about."""
        for q in self.store.quads_for_pattern(ox.NamedNode(page), _ABOUT, None, _DEFAULT):
            return q.object.value
        return None

    def wikipedia_of(self, iri: str) -> str:
        for q in self.store.quads_for_pattern(None, _ABOUT, ox.NamedNode(iri), _DEFAULT):
            if q.subject.value.startswith(WIKIPEDIA_SITE + "wiki/"):
                return q.subject.value
        return ""

    def wikidata_of(self, iri: str) -> str:
        for q in self.store.quads_for_pattern(ox.NamedNode(iri), _SAME_AS, None, _DEFAULT):
            if q.object.value.startswith(_WIKIDATA):
                return q.object.value
        return ""

    def exists(self, iri: str) -> bool:
        node = ox.NamedNode(iri)
        return any(True for _ in self.store.quads_for_pattern(node, None, None, _DEFAULT)) or any(
            True for _ in self.store.quads_for_pattern(None, None, node, _DEFAULT)
        )

    # ------------------------------------------------------------ data

    def describe(self, iri: str) -> list[ox.Quad]:
        """The resource's description: its own triples, the nodes it owns (events, amounts,
        memberships, listings) and the triples that point at it; for each statement about it,
        the statement with its revision and citations; the labels of the entities named."""
        node = ox.NamedNode(iri)
        out: dict[ox.Quad, None] = {}
        expanded: set[ox.NamedNode] = set()

        def expand(subject: ox.NamedNode, depth: int) -> None:
            if subject in expanded:
                return
            expanded.add(subject)
            for q in self.store.quads_for_pattern(subject, None, None, _DEFAULT):
                out[q] = None
                o = q.object
                if isinstance(o, ox.NamedNode) and depth < 4 and q.predicate != _TYPE:
                    if self._owned(o.value) or q.predicate == _REVISION:
                        expand(o, depth + 1)

        expand(node, 0)
        for n, q in enumerate(self.store.quads_for_pattern(None, None, node, _DEFAULT)):
            if n >= 20 * LIMIT:
                break
            out[q] = None
            if q.predicate == _SUBJECT:
                expand(q.subject, 1)
        for quad in list(out):
            for term in (quad.subject, quad.object):
                if isinstance(term, ox.NamedNode) and term not in expanded and term.value.startswith(self.base):
                    for q in self.store.quads_for_pattern(term, _LABEL, None, _DEFAULT):
                        out[q] = None
        return list(out)

    def _owned(self, iri: str) -> bool:
        return iri.startswith(self.base) and iri[len(self.base):].startswith(_OWNED)

    # ------------------------------------------------------------ pages

    def rows(self, name: str, title: str) -> list[dict[str, str]]:
        query = STATEMENTS if name == "statements" else self.queries[name]
        columns, rows = run_query(self.store, query, {"company": title})
        return [dict(zip(columns, row, strict=True)) for row in rows]

    def provenance(self, title: str) -> dict[tuple[str, str], list[Provenance]]:
        """(property IRI, object) -> the provenance of each statement that states it."""
        by_statement: dict[str, Provenance] = {}
        keys: dict[str, tuple[str, str]] = {}
        for row in self.rows("statements", title):
            stmt = row["statement"]
            if stmt not in by_statement:
                by_statement[stmt] = Provenance(stmt, row["section"], row["sentence"], row["revision"])
                keys[stmt] = (row["property"], row["object"])
            if row["citation"] and (row["url"] or row["name"]):
                cites = by_statement[stmt].citations
                cite = Citation(row["url"], row["name"], row["publisher"], row["date"], row["archive"])
                if cite not in cites:
                    cites.append(cite)
        out: dict[tuple[str, str], list[Provenance]] = defaultdict(list)
        for stmt, prov in by_statement.items():
            out[keys[stmt]].append(prov)
        return out

    def entity_page(self, iri: str) -> dict:
        """A plain page for any other resource: its facts, the statements that name it and
        what else points at it (each list at most ``LIMIT`` rows)."""
        node = ox.NamedNode(iri)
        facts, types = [], []
        for q in self.store.quads_for_pattern(node, None, None, _DEFAULT):
            if q.predicate == _TYPE:
                types.append(self.label(q.object.value))
            elif q.predicate != _LABEL and len(facts) < LIMIT:
                facts.append({"property": self.label(q.predicate.value), "value": self.value(q.object)})
        mentions, links = [], []
        for q in self.store.quads_for_pattern(None, None, node, _DEFAULT):
            if q.predicate == _OBJECT and len(mentions) < LIMIT:
                mentions.append(self._mention(q.subject))
            elif q.predicate not in (_ABOUT, _SUBJECT, _OBJECT) and len(links) < LIMIT:
                links.append({"subject": self.value(q.subject), "property": self.label(q.predicate.value)})
        facts.sort(key=lambda f: (f["property"], f["value"]["text"]))
        mentions.sort(key=lambda m: (m["subject"]["text"], m["property"], m["sentence"]))
        return {
            "iri": iri,
            "label": self.label(iri),
            "types": sorted(set(types)),
            "wikipedia": self.wikipedia_of(iri),
            "wikidata": self.wikidata_of(iri),
            "facts": facts,
            "mentions": mentions,
            "links": links,
        }

    def _mention(self, statement: ox.NamedNode) -> dict:
        subject = predicate = None
        sentence = revision = ""
        citations = []
        for q in self.store.quads_for_pattern(statement, None, None, _DEFAULT):
            if q.predicate == _SUBJECT:
                subject = q.object
            elif q.predicate == _PREDICATE:
                predicate = q.object.value
            elif q.predicate.value == KGO + "sentence":
                sentence = q.object.value
            elif q.predicate == _REVISION:
                revision = q.object.value
            elif q.predicate.value == "http://www.w3.org/ns/prov#wasDerivedFrom":
                citations.append(self.citation(q.object))
        return {
            "subject": self.value(subject) if subject is not None else {"text": "", "href": ""},
            "property": self.label(predicate) if predicate else "",
            "sentence": sentence,
            "revision": revision,
            "revision_label": revision_label(revision),
            "citations": citations,
        }

    def citation(self, node) -> Citation:
        c = Citation()
        names = {SCHEMA + "url": "url", SCHEMA + "name": "name", SCHEMA + "publisher": "publisher",
                 SCHEMA + "datePublished": "date", KGO + "archiveUrl": "archive"}
        for q in self.store.quads_for_pattern(node, None, None, _DEFAULT):
            if q.predicate.value in names:
                setattr(c, names[q.predicate.value], q.object.value)
        return c

    def value(self, term) -> dict:
        """How a term is shown: its text and, for an IRI, where it links."""
        if isinstance(term, ox.Literal):
            lang = f" ({term.language})" if term.language and term.language != "en" else ""
            return {"text": term.value + lang, "href": ""}
        iri = term.value
        return {"text": self.label(iri), "href": self.href(iri)}


def commons_page(image_iri: str) -> str:
    """The Commons page of a file given as a ``Special:FilePath`` IRI."""
    marker = "/wiki/Special:FilePath/"
    if marker in image_iri:
        return "https://commons.wikimedia.org/wiki/File:" + image_iri.split(marker, 1)[1]
    return image_iri


__all__ = ["RELATIONS", "STATEMENTS", "Citation", "Company", "Provenance", "Site", "commons_page", "find_base",
           "revision_label"]
