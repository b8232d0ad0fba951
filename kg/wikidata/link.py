"""Link graph entities to Wikidata items through a SPARQL endpoint (Wikidata's by default).

Three methods, tried in order for each entity:

1. ``sitelink``: the English Wikipedia title of the entity (from its
   ``<https://en.wikipedia.org/wiki/T> schema:about <entity>`` triple) is looked up in batches
   against the endpoint's sitelink triples. Confidence 1.0.
2. ``redirect``: titles that miss are resolved through a redirect table and/or the MediaWiki
   API (``[[Alibaba]]`` -> "Alibaba Group"), then looked up again. Confidence 0.95. A redirect
   to a section ("Target#Section") is reported, not linked: the target is a broader topic.
3. ``label``: entities without a Wikipedia page (and titles that still miss) are matched on an
   exact English label or alias, constrained by class (organisation, human, geographic
   location) and, when the graph knows it, by country (P17). One candidate links (0.9 with a
   country match, 0.8 typed, 0.6 untyped); several are reported as ambiguous, never guessed.

The client follows the Wikidata Query Service rules: a descriptive User-Agent with a contact,
one request at a time, POST, Retry-After honoured on 429, bounded retries with backoff on 5xx
and timeouts, bodies checked (an HTML page or plain text with status 200, truncated JSON), and
an on-disk cache so that a second run sends no query for titles already resolved. Every string
placed in a query goes through :func:`sparql_string`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef

from kg.graph.vocab import KGO, WD, WDT
from kg.http import Notify
from kg.wikidata.client import WikidataClient
from kg.wikidata.redirects import RedirectResolver
from kg.wikidata.report import Link, LinkReport, Unlinked
from kg.wikidata.sparql import qid_from_iri
from kg.wikidata.targets import (
    ANY_KIND,
    KIND_NAMES,
    LINK_IRI,
    ORGANISATION,
    PLACE,
    SAME_AS_IRI,
    OxigraphView,
    RdflibView,
    Target,
    existing_qid,
    find_targets,
)

WIKIDATA_GRAPH = "https://w3id.org/company-kg/graph/wikidata"

CONFIDENCE = {
    "sitelink": Decimal("1.0"),
    "redirect": Decimal("0.95"),
    "label-country": Decimal("0.9"),
    "label-typed": Decimal("0.8"),
    "label-untyped": Decimal("0.6"),
}



def link_node(entity: str) -> URIRef:
    """The deterministic IRI of an entity's link record."""
    return URIRef(str(entity) + "/wikidata-link")


def _strip_disambiguator(title: str) -> str:
    return re.sub(r"\s*\([^()]*\)$", "", title).strip() or title


def plan_links(
    view,
    client: WikidataClient,
    *,
    redirects: RedirectResolver | None = None,
    label_fallback: bool = True,
    notify: Notify | None = None,
) -> tuple[LinkReport, list[Target]]:
    """Decide the links of the entities in ``view`` (an rdflib Graph or a pyoxigraph Store);
    write nothing. Returns the report and the entities considered."""
    if isinstance(view, Graph):
        view = RdflibView(view)
    elif isinstance(view, ox.Store):
        view = OxigraphView(view)
    say = notify or (lambda _msg: None)
    report = LinkReport(endpoint=client.endpoint)
    targets = find_targets(view)
    say(f"{len(targets)} entities to link against {client.endpoint}")
    qids: dict[str, Link] = {}

    def label_of(t: Target) -> str | None:
        return t.labels[0] if t.labels else (t.titles[0] if t.titles else None)

    def title_of(t: Target) -> str | None:
        return t.titles[0] if t.titles else None

    # 1. sitelinks
    titled = [t for t in targets if t.titles]
    found = client.sitelinks(title for t in titled for title in t.titles)
    pending: list[Target] = []
    for t in titled:
        items = sorted({q for title in t.titles for q in found.get(title, [])})
        if len(items) == 1:
            qids[t.entity] = Link(
                t.entity,
                items[0],
                "sitelink",
                CONFIDENCE["sitelink"],
                label_of(t),
                title_of(t),
            )
        elif len(items) > 1:
            report.ambiguous.append(
                Unlinked(t.entity, label_of(t), title_of(t), "titles name different items", items)
            )
        else:
            pending.append(t)

    # 2. redirects
    no_item = "no Wikidata item has this English Wikipedia title"
    reasons: dict[str, str] = {t.entity: no_item for t in pending}
    label_stage: list[Target] = []
    if pending and redirects is not None:
        resolved = redirects.resolve(title for t in pending for title in t.titles)
        if redirects.failure:
            report.warnings.append(f"redirects not resolved: {redirects.failure}")
            for t in pending:
                reasons[t.entity] = no_item + " (redirects could not be checked)"
        plain = {t.entity: [resolved.get(x) for x in t.titles] for t in pending}
        targets_found = client.sitelinks(
            r.target for rs in plain.values() for r in rs if r is not None and not r.fragment
        )
        for t in pending:
            hops = [r for r in plain[t.entity] if r is not None]
            sections = [r for r in hops if r.fragment]
            whole = [r for r in hops if not r.fragment]
            items = sorted({q for r in whole for q in targets_found.get(r.target, [])})
            if len(items) == 1:
                qids[t.entity] = Link(
                    t.entity,
                    items[0],
                    "redirect",
                    CONFIDENCE["redirect"],
                    label_of(t),
                    title_of(t),
                    via=whole[0].target,
                )
            elif len(items) > 1:
                report.ambiguous.append(
                    Unlinked(
                        t.entity,
                        label_of(t),
                        title_of(t),
                        "redirects name different items",
                        items,
                    )
                )
            elif sections:
                report.unlinked.append(
                    Unlinked(
                        t.entity,
                        label_of(t),
                        title_of(t),
                        f"redirects to a section ({sections[0]}), a broader topic; not linked",
                    )
                )
            else:
                if whole:
                    reasons[t.entity] = f"{no_item} nor its redirect target {whole[0].target!r}"
                label_stage.append(t)
    else:
        label_stage.extend(pending)

    # 3. exact label/alias, constrained by class and country
    untitled = [t for t in targets if not t.titles]
    for t in untitled:
        reasons[t.entity] = "no Wikipedia page"
    label_stage.extend(untitled)
    if label_stage and label_fallback:
        names_of: dict[str, list[str]] = {}
        lookups: set[tuple[str, str]] = set()
        for t in label_stage:
            names = t.labels or [_strip_disambiguator(x) for x in t.titles]
            names_of[t.entity] = names
            for name in names:
                for cls in (t.kind,) if t.kind else ANY_KIND:
                    lookups.add((name, cls))
        answers = client.label_candidates(lookups)
        for t in label_stage:
            kind_name = KIND_NAMES[t.kind] if t.kind else "organisation, human or place"
            candidates: dict[str, set[str]] = {}
            matched: dict[str, str] = {}
            for name in names_of[t.entity]:
                for cls in (t.kind,) if t.kind else ANY_KIND:
                    for qid, countries in answers.get((name, cls), {}).items():
                        candidates.setdefault(qid, set()).update(countries)
                        matched.setdefault(qid, name)
            country_qid = None
            if t.country is not None and t.kind in (ORGANISATION, PLACE):
                linked_country = qids.get(t.country)
                country_qid = (
                    linked_country.qid if linked_country else existing_qid(view, t.country)
                )
            label = label_of(t)
            if country_qid and candidates:
                in_country = sorted(q for q, c in candidates.items() if country_qid in c)
                if len(in_country) == 1:
                    q = in_country[0]
                    qids[t.entity] = Link(
                        t.entity,
                        q,
                        "label",
                        CONFIDENCE["label-country"],
                        label,
                        title_of(t),
                        via=matched[q],
                    )
                elif len(in_country) > 1:
                    report.ambiguous.append(
                        Unlinked(
                            t.entity,
                            label,
                            title_of(t),
                            f"{len(in_country)} {kind_name} items in {country_qid} share the label",
                            in_country,
                        )
                    )
                else:
                    report.unlinked.append(
                        Unlinked(
                            t.entity,
                            label,
                            title_of(t),
                            f"{reasons[t.entity]}; label matches found, none in country {country_qid}",
                            sorted(candidates),
                        )
                    )
                continue
            if len(candidates) == 1:
                q = next(iter(candidates))
                confidence = CONFIDENCE["label-typed" if t.kind else "label-untyped"]
                qids[t.entity] = Link(
                    t.entity, q, "label", confidence, label, title_of(t), via=matched[q]
                )
            elif len(candidates) > 1:
                report.ambiguous.append(
                    Unlinked(
                        t.entity,
                        label,
                        title_of(t),
                        f"{len(candidates)} {kind_name} items share the label",
                        sorted(candidates),
                    )
                )
            else:
                report.unlinked.append(
                    Unlinked(
                        t.entity,
                        label,
                        title_of(t),
                        f"{reasons[t.entity]}; no {kind_name} item has this exact label or alias",
                    )
                )
    else:
        for t in label_stage:
            reason = reasons[t.entity] + ("" if label_fallback else "; label matching is off")
            report.unlinked.append(Unlinked(t.entity, label_of(t), title_of(t), reason))

    report.links = [qids[e] for e in sorted(qids)]
    report.ambiguous.sort(key=lambda u: u.entity)
    report.unlinked.sort(key=lambda u: u.entity)
    report.requests = client.stats.requests
    report.cache_hits = client.stats.cache_hits
    return report, targets


def link_triples(links: Iterable[Link]) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The triples that record ``links``: owl:sameAs plus a kgo:WikidataLink node each."""
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
    for lk in links:
        entity, node, item = URIRef(lk.entity), link_node(lk.entity), WD[lk.qid]
        out += [
            (entity, OWL.sameAs, item),
            (entity, KGO.wikidataLink, node),
            (node, RDF.type, KGO.WikidataLink),
            (node, KGO.wikidataItem, item),
            (node, KGO.linkMethod, Literal(lk.method)),
            (node, KGO.linkConfidence, Literal(lk.confidence, datatype=XSD.decimal)),
        ]
    return out


def link_graph(
    graph: Graph,
    client: WikidataClient,
    *,
    redirects: RedirectResolver | None = None,
    label_fallback: bool = True,
    enrich_into: Graph | None = None,
    notify: Notify | None = None,
) -> LinkReport:
    """Link the entities of an rdflib ``graph`` to Wikidata; add the link triples to it.

    ``graph`` may be a Graph or a Dataset (then its default graph receives the links).
    Earlier Wikidata links of the entities are replaced, so linking twice gives the same graph.
    ``enrich_into``, when given, receives P31, P17 and English labels of the linked items (and
    labels of their classes and countries); it is emptied first. Raises RemoteError when the
    SPARQL endpoint fails; a MediaWiki API failure only becomes a warning in the report.
    """
    report, targets = plan_links(
        graph, client, redirects=redirects, label_fallback=label_fallback, notify=notify
    )
    for t in targets:
        entity = URIRef(t.entity)
        for node in list(graph.objects(entity, KGO.wikidataLink)):
            graph.remove((node, None, None))
            graph.remove((entity, KGO.wikidataLink, node))
        for o in list(graph.objects(entity, OWL.sameAs)):
            if qid_from_iri(str(o)):
                graph.remove((entity, OWL.sameAs, o))
    for triple in link_triples(report.links):
        graph.add(triple)
    if enrich_into is not None:
        enrich_into.remove((None, None, None))
        triples, report.enriched = enrichment_triples(client, [lk.qid for lk in report.links])
        for triple in triples:
            enrich_into.add(triple)
        report.requests = client.stats.requests
        report.cache_hits = client.stats.cache_hits
    return report


def link_quads(
    quads: Iterable[ox.Quad],
    client: WikidataClient,
    *,
    redirects: RedirectResolver | None = None,
    label_fallback: bool = True,
    enrich: bool = False,
    notify: Notify | None = None,
) -> tuple[list[ox.Quad], LinkReport]:
    """:func:`link_graph` for pyoxigraph quads (what ``kg build`` produces).

    Returns the quads with earlier Wikidata links of the entities replaced by the new ones (in
    the default graph) and, with ``enrich``, the named graph :data:`WIKIDATA_GRAPH` replaced
    by P31, P17 and English labels of the linked items. Other quads pass through untouched.
    """
    quads = list(quads)
    store = ox.Store()
    store.extend(quads)
    report, targets = plan_links(
        store, client, redirects=redirects, label_fallback=label_fallback, notify=notify
    )
    entities = {t.entity for t in targets}
    nodes = {str(link_node(e)) for e in entities}
    same_as, has_link = ox.NamedNode(SAME_AS_IRI), ox.NamedNode(LINK_IRI)
    enrichment = ox.NamedNode(WIKIDATA_GRAPH)

    def stale(q: ox.Quad) -> bool:
        s = q.subject.value if isinstance(q.subject, ox.NamedNode) else None
        if s in nodes:
            return True
        if s in entities and q.predicate == has_link:
            return True
        if s in entities and q.predicate == same_as and isinstance(q.object, ox.NamedNode):
            return qid_from_iri(q.object.value) is not None
        return enrich and q.graph_name == enrichment

    out = [q for q in quads if not stale(q)]
    out += [ox.Quad(*map(_ox_term, t)) for t in link_triples(report.links)]
    if enrich:
        triples, report.enriched = enrichment_triples(client, [lk.qid for lk in report.links])
        out += [ox.Quad(*map(_ox_term, t), enrichment) for t in triples]
        report.requests = client.stats.requests
        report.cache_hits = client.stats.cache_hits
    return out, report


def _ox_term(term: URIRef | Literal) -> ox.NamedNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def enrichment_triples(
    client: WikidataClient, qids: Iterable[str]
) -> tuple[list[tuple[URIRef, URIRef, URIRef | Literal]], int]:
    """P31, P17 and English labels of ``qids``, plus the English labels of their classes and
    countries. Returns the triples and the number of items described."""
    qids = sorted(set(qids))
    described = client.describe(qids)
    related = sorted(
        {v for d in described.values() for p in ("P31", "P17") for v in d[p]} - set(qids)
    )
    related_described = client.describe(related)
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
    for qid in sorted(described):
        d = described[qid]
        for prop in ("P31", "P17"):
            for value in d[prop]:
                out.append((WD[qid], WDT[prop], WD[value]))
        if d["label"] is not None:
            out.append((WD[qid], RDFS.label, Literal(d["label"], lang="en")))
    for qid in related:
        label = related_described.get(qid, {}).get("label")
        if label is not None:
            out.append((WD[qid], RDFS.label, Literal(label, lang="en")))
    return out, len(described)
