"""Reconcile a linked graph with Wikidata: what Wikidata already has, what it lacks.

For each linked company, the statements of every Wikidata property the ontology aligns with
are fetched in their full form (``p:``/``ps:``/``psv:``/``pq:``, rank, time precision,
quantity amount and unit) through the polite :class:`WikidataClient`, and every fact gets one
status:

``same``              Wikidata has the value (:func:`kg.wikidata.values.match`)
``more_precise``      our date is finer than Wikidata's and agrees at Wikidata's precision
``differs``           Wikidata has another value for a single-valued property, or the same
                      date or amount (same currency, same point in time) disagrees
``missing``           Wikidata has no non-deprecated statement with that value
``only_in_wikidata``  a value of Wikidata's best rank that no fact of the article matches

Deprecated statements count as absent. For a single-valued property the preferred statements
win over normal ones; for the others every non-deprecated statement counts. Rows for
``missing`` facts (and ``more_precise`` dates) are *proposed* for QuickStatements when their
value can be written (a linked item, an amount in a known currency...) and the fact passes the
confidence rule (:meth:`kg.wikidata.facts.Support.passes`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

import pyoxigraph as ox

from kg.http import Notify
from kg.progress import progress
from kg.wikidata.client import WikidataClient
from kg.wikidata.facts import Citation, Company, Fact, companies, read_facts, select_companies
from kg.wikidata.properties import (
    POINT_IN_TIME,
    QUALIFIERS,
    TICKER,
    WikidataProperty,
    compared_properties,
    currency_of_unit,
    property_for_pid,
)
from kg.wikidata.quickstatements import Command, command_for, unwritable
from kg.wikidata.sparql import qid_from_iri
from kg.wikidata.values import Value, When, decimal, match, plain

STATUSES = ("same", "more_precise", "differs", "missing", "only_in_wikidata")
COLUMNS = [
    "company",
    "companyWikidata",
    "property",
    "wikidataProperty",
    "value",
    "valueLabel",
    "wikidataValue",
    "wikidataValueLabel",
    "status",
    "reference",
    "confidence",
    "proposed",
    "note",
]
# The table format is for people: labels instead of IRIs, the columns that tell the story.
TABLE_COLUMNS = ["company", "wikidataProperty", "value", "wikidataValue", "status", "proposed", "note"]
WD = "http://www.wikidata.org/entity/"
NO_UNIT = {"Q199", None}  # wikibase:quantityUnit of a pure number is wd:Q199 ("1")


@dataclass(frozen=True)
class Claim:
    """One Wikidata statement, its value read in the terms of the property's datatype."""

    id: str
    pid: str
    rank: str  # preferred | normal | deprecated
    value: Value


@dataclass
class Row:
    company: Company
    pid: str
    prop: str
    status: str
    fact: Fact | None = None
    claims: list[Claim] = field(default_factory=list)
    proposed: bool = False
    note: str = ""
    citation: Citation | None = None  # the citation the reference is made of
    revision: int | None = None  # the article revision the fact was read from

    @property
    def reference(self) -> str:
        return self.citation.url if self.citation else ""

    @property
    def confidence(self) -> str:
        """The highest kgo:confidence of the fact's statements ("" when none has one)."""
        scored = [s.confidence for s in self.fact.supports if s.confidence is not None] if self.fact else []
        return format(max(scored), "f") if scored else ""

    def cells(self) -> list[str]:
        """The row in the order of :data:`COLUMNS`, every cell a string."""
        value = self.fact.value if self.fact else None
        return [
            self.company.iri,
            WD + self.company.qid if self.company.qid else "",
            self.prop,
            compared_properties()[self.pid].direct,
            value.term if value else "",
            value.label if value else "",
            " | ".join(c.value.term for c in self.claims),
            " | ".join(c.value.label for c in self.claims),
            self.status,
            self.reference,
            self.confidence,
            "yes" if self.proposed else "no",
            self.note,
        ]

    def table_cells(self) -> list[str]:
        """The row in the order of :data:`TABLE_COLUMNS`."""
        value = self.fact.value if self.fact else None
        return [
            self.company.title,
            compared_properties()[self.pid].direct,
            (value.label or value.term) if value else "",
            " | ".join(c.value.label or c.value.term for c in self.claims),
            self.status,
            "yes" if self.proposed else "no",
            self.note,
        ]


@dataclass
class DiffResult:
    rows: list[Row]
    companies: list[Company]
    unlinked: list[Company]
    requests: int = 0
    cache_hits: int = 0

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATUSES, 0)
        for row in self.rows:
            out[row.status] += 1
        return out

    def summary(self) -> str:
        counts = ", ".join(f"{n} {s}" for s, n in self.counts().items())
        proposed = sum(r.proposed for r in self.rows)
        n = len(self.companies)
        return (
            f"{n} linked compan{'y' if n == 1 else 'ies'}, {sum(1 for r in self.rows if r.fact)} facts:"
            f" {counts}; {proposed} proposed; {self.requests} requests, {self.cache_hits} cache hits"
        )


# ---------------------------------------------------------------- Wikidata's side


def wikidata_value(raw: dict, prop: WikidataProperty) -> Value | None:
    """A statement's value (as :meth:`WikidataClient.statements` returns it) in the terms of
    the property's datatype; None for "no value" and "unknown value"."""
    term = raw.get("value")
    if term is None or term.get("type") == "bnode" or "/.well-known/genid/" in (term.get("value") or ""):
        return None
    text, kind = term["value"], prop.datatype
    if kind in ("item", "listing"):
        qid = qid_from_iri(text)
        if qid is None:
            return None
        tickers = [q["value"] for q in raw.get("qualifiers", {}).get(TICKER, [])]
        return Value(kind, text, raw.get("label") or qid, qid=qid, ticker=min(tickers) if tickers else None)
    if kind == "time":
        precision = raw.get("precision")
        when = When.from_wikidata(text, term.get("datatype"), int(precision) if precision is not None else None)
        return Value("time", when.iso, when.iso, when=when) if when else None
    if kind in ("money", "count"):
        amount = decimal(raw.get("amount") or text)
        if amount is None:
            return None
        unit = qid_from_iri(raw.get("unit") or "")
        currency = None if unit in NO_UNIT else currency_of_unit().get(unit, unit)
        years = [
            w.year
            for w in (When.parse(q["value"]) for q in raw.get("qualifiers", {}).get(POINT_IN_TIME, []))
            if w
        ]
        year = min(years) if years else None
        label = " ".join(x for x in (plain(amount), currency or "") if x) + (f" ({year})" if year else "")
        return Value(kind, plain(amount), label, amount=amount, currency=currency, year=year)
    return Value(kind, text, text, text=text, lang=term.get("lang"))


def read_claims(raw_statements: Iterable[dict]) -> dict[str, list[Claim]]:
    """P-id -> the claims whose value could be read."""
    table = compared_properties()
    out: dict[str, list[Claim]] = {}
    for raw in raw_statements:
        prop = table.get(raw.get("property") or "")
        if prop is None:
            continue
        value = wikidata_value(raw, prop)
        if value is not None:
            out.setdefault(prop.pid, []).append(Claim(raw["id"], prop.pid, raw.get("rank", "normal"), value))
    return out


def best(claims: list[Claim]) -> list[Claim]:
    """The claims of the best rank: the preferred ones if any, else the normal ones."""
    preferred = [c for c in claims if c.rank == "preferred"]
    return preferred or [c for c in claims if c.rank == "normal"]


# ---------------------------------------------------------------- statuses


def status_of(fact: Fact, prop: WikidataProperty, claims: list[Claim]) -> tuple[str, list[Claim]]:
    """The status of one fact and the Wikidata claims it was compared with."""
    live = [c for c in claims if c.rank != "deprecated"]
    if prop.values == "single":
        top = best(live)
        results = [(match(fact.value, c.value), c) for c in top]
        for wanted in ("same", "more_precise"):
            hits = [c for r, c in results if r == wanted]
            if hits:
                return wanted, hits
        return ("differs", top) if top else ("missing", [])
    results = [(match(fact.value, c.value), c) for c in live]
    for wanted in ("same", "more_precise", "conflict"):
        hits = [c for r, c in results if r == wanted]
        if hits:
            return ("differs" if wanted == "conflict" else wanted), hits
    return "missing", []


def _proposal(fact: Fact, status: str, min_confidence: Decimal, include_text: bool) -> tuple[bool, str, list]:
    """Whether the fact is proposed, why not, and the statements that pass the confidence rule."""
    passing = [s for s in fact.supports if s.passes(min_confidence, include_text)]
    if status not in ("missing", "more_precise"):
        return False, "", passing
    reasons = []
    why = unwritable(fact.value)
    if why:
        reasons.append(why)
    if not passing:
        scored = [s.confidence for s in fact.supports if s.confidence is not None]
        if scored:
            reasons.append(f"confidence {max(scored)} is below --min-confidence {min_confidence}")
        else:
            extractors = ", ".join(sorted({s.extractor for s in fact.supports})) or "unknown"
            reasons.append(f"read from text ({extractors}) without a confidence; add --include-text-facts")
    if reasons:
        return False, "not proposed: " + "; ".join(reasons), passing
    return True, "", passing


def diff_company(
    company: Company,
    facts: list[Fact],
    raw_statements: list[dict],
    *,
    min_confidence: Decimal,
    include_text: bool,
) -> list[Row]:
    table = compared_properties()
    claims = read_claims(raw_statements)
    rows: list[Row] = []
    covered: set[str] = set()
    for fact in facts:
        prop = table[fact.pid]
        status, compared = status_of(fact, prop, claims.get(fact.pid, []))
        covered.update(c.id for c in compared)
        proposed, note, passing = _proposal(fact, status, min_confidence, include_text)
        if fact.value.kind in ("item", "listing") and not fact.value.qid and status == "same":
            note = "matched by English label: the value is not linked"
        pool = passing if proposed else fact.supports
        citation = next((c for s in pool for c in s.citations), None)
        revision = next((s.revision for s in pool if s.revision), None)
        rows.append(Row(company, fact.pid, fact.prop, status, fact, compared, proposed, note, citation, revision))
    names = property_for_pid()
    for pid in sorted(claims, key=lambda p: int(p[1:])):
        for claim in best([c for c in claims[pid] if c.rank != "deprecated"]):
            if claim.id not in covered:
                rows.append(Row(company, pid, names.get(pid, ""), "only_in_wikidata", None, [claim]))
    return rows


def _sort_key(row: Row) -> tuple:
    value = row.fact.value if row.fact else (row.claims[0].value if row.claims else None)
    return (
        row.company.title,
        int(row.pid[1:]),
        row.status == "only_in_wikidata",
        value.label.casefold() if value else "",
        value.term if value else "",
    )


def diff_graph(
    store: ox.Store,
    client: WikidataClient,
    *,
    titles: list[str] | None = None,
    min_confidence: Decimal = Decimal("0.8"),
    include_text: bool = False,
    notify: Notify | None = None,
    show_progress: bool = True,
) -> DiffResult:
    """Diff the companies of ``store`` (a graph ``kg link`` has linked) against the
    endpoint of ``client``. Raises LookupError for a title that is not in the graph and
    RemoteError when the endpoint fails; writes nothing."""
    say = notify or (lambda _msg: None)
    chosen = select_companies(companies(store), titles or [])
    linked = [c for c in chosen if c.qid]
    unlinked = [c for c in chosen if not c.qid]
    facts = read_facts(store, linked)
    pids = sorted(compared_properties(), key=lambda p: int(p[1:]))
    say(f"{len(linked)} linked compan{'y' if len(linked) == 1 else 'ies'}, {len(facts)} aligned facts;"
        f" asking {client.endpoint}")
    fetched: dict[str, list[dict]] = {}
    step = client.statement_batch_size
    chunks = [linked[i : i + step] for i in range(0, len(linked), step)]
    for chunk in progress(chunks, "kg diff", unit="batch", disable=not show_progress):
        fetched.update(client.statements([c.qid for c in chunk], pids, QUALIFIERS))
    rows: list[Row] = []
    for company in linked:
        mine = [f for f in facts if f.company == company]
        rows += diff_company(
            company,
            mine,
            fetched.get(company.qid, []),
            min_confidence=min_confidence,
            include_text=include_text,
        )
    rows.sort(key=_sort_key)
    return DiffResult(rows, linked, unlinked, client.stats.requests, client.stats.cache_hits)


def commands(result: DiffResult, retrieved: dt.date) -> list[Command]:
    """The QuickStatements commands of the proposed rows, in row order."""
    out = []
    for row in result.rows:
        if not row.proposed or row.fact is None or not row.company.qid:
            continue
        out.append(
            command_for(
                row.company.qid,
                row.pid,
                row.fact.value,
                title=row.company.title,
                revision=row.revision,
                citation_url=row.citation.url if row.citation else None,
                citation_title=row.citation.title if row.citation else None,
                retrieved=retrieved,
            )
        )
    return out
