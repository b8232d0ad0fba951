"""A company page's content: header, cited profile, timeline picture, counterparties with
their ego network, controversies; each value joined to the provenance of its statements."""

from __future__ import annotations

import hashlib
from collections import defaultdict

from markupsafe import Markup

from kg.analysis.ego import Counterparty, ego_svg
from kg.analysis.network import relation_label
from kg.analysis.timeline import TimelineEvent, layout, to_svg
from kg.graph.rdf import KGO
from kg.web.site import RELATIONS, Company, Provenance, Site, commons_page, revision_label

_HEADER_PROPERTIES = {KGO + "image", KGO + "logo"}


def anchor(iri: str) -> str:
    """A short, stable HTML id for an event or fact (its IRI hashed)."""
    return "e-" + hashlib.sha1(iri.encode("utf-8")).hexdigest()[:12]


def _citations(provenance: list[Provenance]) -> list:
    out = []
    for p in provenance:
        for c in p.citations:
            if c not in out:
                out.append(c)
    return out


def _sources(site: Site, provenance: list[Provenance]) -> dict:
    """What a fact's "sources" cell shows: its citations and the revisions it was read from."""
    revisions = sorted({p.revision for p in provenance if p.revision})
    return {
        "citations": _citations(provenance),
        "revisions": [{"href": r, "text": _revision_text(r)} for r in revisions],
        "sections": sorted({p.section for p in provenance if p.section}),
    }


def _revision_text(iri: str) -> str:
    return revision_label(iri)


def company_page(site: Site, company: Company) -> dict:
    title = company.title
    provenance = site.provenance(title)
    profile_rows = site.rows("profile", title)
    timeline_rows = site.rows("timeline", title)
    partner_rows = site.rows("partners", title)
    controversy_rows = site.rows("controversies", title)

    # ---- header and profile
    images: list[str] = []
    groups: dict[str, dict] = {}
    shown: set[tuple[str, str]] = set()
    for row in profile_rows:
        prop, value = row["property"], row["value"]
        if (prop, value) in shown:
            continue  # a ticker shared by two listings is one value on the page
        shown.add((prop, value))
        if prop in _HEADER_PROPERTIES and value.startswith("http"):
            images.append(value)
        group = groups.setdefault(prop, {
            "property": row["propertyLabel"] or site.label(prop),
            "wikidata": row["wikidataProperty"],
            "values": [],
        })
        is_iri = value.startswith(("http://", "https://"))
        group["values"].append({
            "text": row["valueLabel"] or value,
            "href": site.href(value) if is_iri else "",
            "local": is_iri and site.local(value),
            "wikipedia": row["valueWikipedia"],
            **_sources(site, provenance.get((prop, value), [])),
        })
    profile = sorted(groups.values(), key=lambda g: g["property"])
    revisions = sorted({p.revision for provs in provenance.values() for p in provs if p.revision})

    # ---- timeline
    events = [TimelineEvent.from_row(r) for r in timeline_rows]
    caption = f"{company.label}: {len(events)} dated event{'s' if len(events) != 1 else ''}"
    svg = to_svg(layout(events, caption, href=lambda e: "#" + anchor(e.event)))
    event_rows = []
    for e, row in zip(events, timeline_rows, strict=True):
        provs = provenance.get((KGO + "significantEvent", e.event), []) + provenance.get((KGO + "controversy", e.event), [])
        event_rows.append({
            "id": anchor(e.event),
            "href": site.href(e.event),
            "date": e.date,
            "type": e.type,
            "label": e.label,
            "participants": e.participants,
            "amount": _amount(e.amount, e.currency),
            "sentence": e.sentence,
            "fallback": row["reference"].split(),
            **_sources(site, provs),
        })

    # ---- counterparties
    by_relation: dict[str, dict[str, dict]] = defaultdict(dict)
    relations_of: dict[str, list[str]] = defaultdict(list)
    labels: dict[str, str] = {}
    for row in partner_rows:
        relation, partner = row["relation"], row["partner"]
        labels[partner] = row["partnerLabel"] or site.label(partner)
        if relation not in relations_of[partner]:
            relations_of[partner].append(relation)
        provs = provenance.get((KGO + relation, partner), [])
        item = by_relation[relation].setdefault(partner, {
            "iri": partner,
            "label": labels[partner],
            "href": site.href(partner),
            "wikipedia": row["partnerWikipedia"],
            "relation": relation,
            "dates": [],
            **_sources(site, provs),
            "sentences": [],
        })
        if row["date"] and row["date"] not in item["dates"]:
            item["dates"].append(row["date"])
        # the row gives the relation's most confident sentence; the page shows every sentence
        # that tells it (the provenance of each of its statements)
        told = [row["sentence"], *(p.sentence for p in provs)]
        for sentence in told:
            if sentence and sentence not in item["sentences"]:
                item["sentences"].append(sentence)
    counterparties = [
        {"relation": r, "title": relation_label(r), "items": sorted(by_relation[r].values(), key=lambda i: i["label"].casefold())}
        for r in RELATIONS if by_relation.get(r)
    ]
    others = [Counterparty(p, labels[p], tuple(relations_of[p]), site.href(p)) for p in sorted(labels, key=lambda p: labels[p].casefold())]
    ego = ego_svg(company.label, others, href=site.href(company.iri)) if others else ""

    # ---- controversies
    controversies = []
    shown: set[str] = set()
    for row in controversy_rows:
        # the query gives a row per sentence that tells a controversy; the page lists each
        # controversy once, with every sentence that tells it among its sources
        if row["controversy"] in shown:
            continue
        shown.add(row["controversy"])
        parties = []
        for page in row["parties"].split():
            entity = site.entity_of_page(page)
            parties.append({"text": site.label(entity) if entity else page, "href": site.href(entity) if entity else page,
                            "wikipedia": page})
        provs = provenance.get((KGO + "controversy", row["controversy"]), [])
        controversies.append({
            "id": anchor(row["controversy"]) + "c",
            "href": site.href(row["controversy"]),
            "date": row["date"],
            "type": row["type"].replace("_", " "),
            "label": row["label"],
            "parties": parties,
            "amount": _amount(row["amount"], row["currency"]),
            "sentence": row["sentence"],
            "fallback": [row["reference"]] if row["reference"] else [],
            **_sources(site, provs),
        })

    return {
        "company": company,
        "wikidata": site.wikidata_of(company.iri),
        "logos": [{"href": commons_page(i), "text": commons_page(i).rsplit("/", 1)[-1]} for i in images],
        "revisions": [{"href": r, "text": _revision_text(r)} for r in revisions],
        "profile": profile,
        "timeline_svg": Markup(svg),  # written by kg.analysis.timeline, which escapes every text
        "events": event_rows,
        "counterparties": counterparties,
        "partner_count": len(labels),
        "ego_svg": Markup(ego),  # written by kg.analysis.ego, which escapes every text
        "controversies": controversies,
    }


def _amount(amount: str, currency: str) -> str:
    if not amount:
        return ""
    parts = []
    for value in amount.split():
        try:
            number = float(value)
        except ValueError:
            parts.append(value)
            continue
        parts.append(f"{number:,.0f}" if number == int(number) else f"{number:,.2f}")
    currency = " ".join(c for c in currency.split() if c != "?")
    return " ".join(parts) + (f" {currency}" if currency else " (currency not stated)")


__all__ = ["anchor", "company_page"]
