"""SPARQL text for Wikidata: literals and IRIs escaped so that no value can end them early,
QIDs validated, and the batched queries of linking (sitelinks, labels, enrichment).

Every string placed in a query goes through :func:`sparql_string`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

QID_IRI_PATTERN = re.compile(r"^http://www\.wikidata\.org/entity/(Q[1-9][0-9]*)$")
QID_PATTERN = re.compile(r"^Q[1-9][0-9]*$")


# ---------------------------------------------------------------- escaping


_ECHAR = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}


def sparql_string(value: str, lang: str | None = None) -> str:
    """A SPARQL string literal (``"..."`` or ``"..."@lang``) whose value is exactly ``value``.

    Backslashes, double quotes and line breaks are escaped; other control characters and the
    Unicode line/paragraph separators become ``\\UXXXXXXXX``. A ``u``/``U`` right after an
    input backslash is written as ``\\U00000075``/``\\U00000055`` so that the output never
    holds a ``\\u`` sequence the input did not ask for: some parsers expand ``\\uXXXX`` before
    tokenising, and ``\\\\u0022`` would otherwise turn into a quote. The 8-digit form is used
    because a 4-digit escape followed by hex digits is read as 8 digits by some parsers.
    Braces, ``>`` and ``#`` need no escape inside a literal. The result cannot end the literal
    early, whatever ``value`` holds.
    """
    if not isinstance(value, str):
        raise TypeError(f"sparql_string expects str, not {type(value).__name__}")
    out: list[str] = []
    previous_backslash = False
    for ch in value:
        if previous_backslash and ch in "uU":
            out.append(f"\\U{ord(ch):08X}")
        elif ch in _ECHAR:
            out.append(_ECHAR[ch])
        elif 0xD800 <= ord(ch) <= 0xDFFF:  # a lone surrogate cannot be sent in UTF-8
            out.append("\\U0000FFFD")
        elif ord(ch) < 0x20 or ch in "\x7f\u2028\u2029":
            out.append(f"\\U{ord(ch):08X}")
        else:
            out.append(ch)
        previous_backslash = ch == "\\"
    literal = '"' + "".join(out) + '"'
    if lang is not None:
        if not re.fullmatch(r"[a-zA-Z]+(-[a-zA-Z0-9]+)*", lang):
            raise ValueError(f"not a language tag: {lang!r}")
        literal += "@" + lang
    return literal


# Characters that may not appear raw in a SPARQL IRIREF (and "\\", which would start an escape).
_IRI_FORBIDDEN = set('<>"{}|^`\\ ')


def sparql_iri(iri: str) -> str:
    """``<iri>`` with every character that could end or alter the IRIREF percent-encoded."""
    out = []
    for ch in iri:
        if ch in _IRI_FORBIDDEN or ord(ch) <= 0x20 or ord(ch) == 0x7F:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "<" + "".join(out) + ">"


def wd_item(qid: str) -> str:
    """``wd:Qnnn`` for a validated QID (anything else raises ValueError)."""
    if not QID_PATTERN.match(qid):
        raise ValueError(f"not a Wikidata item id: {qid!r}")
    return "wd:" + qid


def qid_from_iri(iri: str) -> str | None:
    m = QID_IRI_PATTERN.match(iri)
    return m.group(1) if m else None


PREFIXES = """PREFIX schema: <http://schema.org/>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def sitelink_query(titles: Sequence[str]) -> str:
    """The query that resolves English Wikipedia titles to items (the same on WDQS)."""
    values = " ".join(sparql_string(t, "en") for t in titles)
    return (
        PREFIXES
        + "SELECT ?title ?item WHERE {\n"
        + f"  VALUES ?title {{ {values} }}\n"
        + "  ?article schema:about ?item ;\n"
        + "           schema:isPartOf <https://en.wikipedia.org/> ;\n"
        + "           schema:name ?title .\n"
        + "}"
    )


def label_query(lookups: Sequence[tuple[str, str]]) -> str:
    """Items whose English label or alias is exactly ``name`` and that are instances of
    ``class`` (or of a subclass), with their countries."""
    rows = " ".join(f"({sparql_string(name, 'en')} {wd_item(cls)})" for name, cls in lookups)
    return (
        PREFIXES
        + "SELECT DISTINCT ?name ?class ?item ?country WHERE {\n"
        + f"  VALUES (?name ?class) {{ {rows} }}\n"
        + "  ?item rdfs:label|skos:altLabel ?name .\n"
        + "  ?item wdt:P31/wdt:P279* ?class .\n"
        + "  OPTIONAL { ?item wdt:P17 ?country . }\n"
        + "}"
    )


def enrich_query(qids: Sequence[str]) -> str:
    """P31, P17 and the English label of each item."""
    values = " ".join(wd_item(q) for q in qids)
    return (
        PREFIXES
        + "SELECT ?item ?prop ?value WHERE {\n"
        + f"  VALUES ?item {{ {values} }}\n"
        + '  { ?item wdt:P31 ?value . BIND("P31" AS ?prop) }\n'
        + '  UNION { ?item wdt:P17 ?value . BIND("P17" AS ?prop) }\n'
        + '  UNION { ?item rdfs:label ?value . FILTER(LANG(?value) = "en") BIND("label" AS ?prop) }\n'
        + "}"
    )


# ---------------------------------------------------------------- full statements (kg diff)

PID_PATTERN = re.compile(r"^P[1-9][0-9]*$")

STATEMENT_PREFIXES = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX psv: <http://www.wikidata.org/prop/statement/value/>
PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
PREFIX pqv: <http://www.wikidata.org/prop/qualifier/value/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def wd_property(pid: str) -> str:
    """``pid`` checked against ``P[1-9][0-9]*`` (anything else raises ValueError)."""
    if not PID_PATTERN.match(pid):
        raise ValueError(f"not a Wikidata property id: {pid!r}")
    return pid


def statements_query(qids: Sequence[str], pids: Sequence[str], qualifiers: Sequence[str]) -> str:
    """Every statement of the items ``qids`` for the properties ``pids``, in the full form of
    the Wikidata RDF model: the statement node (``p:``), its rank, its simple value (``ps:``),
    the precision of a time and the amount and unit of a quantity (``psv:``), the English
    label of an item value, and the ``qualifiers`` asked for (``pq:``, with the precision of a
    time qualifier through ``pqv:``). One row per statement and qualifier value."""
    items = " ".join(wd_item(q) for q in qids)
    props = " ".join(f'("{p}" p:{p} ps:{p} psv:{p})' for p in map(wd_property, pids))
    quals = " ".join(f'("{p}" pq:{p} pqv:{p})' for p in map(wd_property, qualifiers))
    qualifier_block = ""
    if quals:
        qualifier_block = (
            "  OPTIONAL {\n"
            f"    VALUES (?qualifier ?pq ?pqv) {{ {quals} }}\n"
            "    ?statement ?pq ?qualifierValue .\n"
            "    OPTIONAL { ?statement ?pqv ?qualifierNode .\n"
            "               ?qualifierNode wikibase:timePrecision ?qualifierPrecision . }\n"
            "  }\n"
        )
    return (
        STATEMENT_PREFIXES
        + "SELECT ?item ?property ?statement ?rank ?value ?valueLabel ?precision ?amount ?unit\n"
        + "       ?qualifier ?qualifierValue ?qualifierPrecision WHERE {\n"
        + f"  VALUES ?item {{ {items} }}\n"
        + f"  VALUES (?property ?p ?ps ?psv) {{ {props} }}\n"
        + "  ?item ?p ?statement .\n"
        + "  OPTIONAL { ?statement wikibase:rank ?rank . }\n"
        + "  OPTIONAL { ?statement ?ps ?value . }\n"
        + "  OPTIONAL { ?statement ?psv ?node .\n"
        + "             OPTIONAL { ?node wikibase:timePrecision ?precision . }\n"
        + "             OPTIONAL { ?node wikibase:quantityAmount ?amount . }\n"
        + "             OPTIONAL { ?node wikibase:quantityUnit ?unit . } }\n"
        + '  OPTIONAL { ?value rdfs:label ?valueLabel . FILTER(LANG(?valueLabel) = "en") }\n'
        + qualifier_block
        + "}"
    )
