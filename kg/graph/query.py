"""Bundled SPARQL queries: discovery, parameter binding and execution with Oxigraph.

A query file starts with comment lines that document it::

    # title: Company profile
    # description: One row per fact of a company.
    # param: company wikipedia ?companyWikipedia  English Wikipedia title of the company

``param`` lines give the parameter name, its type (``wikipedia``: a title turned into the
English Wikipedia IRI; ``iri``; ``string``; ``integer``), the SPARQL variable it binds and a
description. Values are bound as RDF terms (SPARQL substitution), never spliced into text,
so no parameter value can change the query.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, UsageError
from kg.graph.rdf import DEFAULT_BASE, PREFIXES
from kg.graph.sinks import FORMATS
from kg.titles import canonical_title, wikipedia_iri

_TABLE_PREFIXES = sorted(
    ((p, ns) for p, ns in {**PREFIXES, "kgr": DEFAULT_BASE, "wdt": "http://www.wikidata.org/prop/direct/"}.items()),
    key=lambda item: -len(item[1]),
)
_HEADER = re.compile(r"^#\s*(title|description|param):\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s+(wikipedia|iri|string|integer)\s+\?(\w+)\s*(.*)$")


@dataclass
class Param:
    name: str
    type: str
    variable: str
    description: str


@dataclass
class BundledQuery:
    name: str
    title: str
    description: str
    params: list[Param] = field(default_factory=list)
    text: str = ""


def parse_query(name: str, text: str) -> BundledQuery:
    """A query from its text, with the title, description and parameters of its header."""
    q = BundledQuery(name=name, title=name, description="", text=text)
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "title":
            q.title = value
        elif key == "description":
            q.description = f"{q.description} {value}".strip()
        else:
            pm = _PARAM.match(value)
            if not pm:
                raise ValueError(f"queries/{name}.rq: bad param line {line!r}")
            q.params.append(Param(pm.group(1), pm.group(2), pm.group(3), pm.group(4).lstrip("-— ").strip()))
    return q


def bundled_queries() -> dict[str, BundledQuery]:
    out = {}
    for entry in sorted(files("kg.queries").iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_query(name, entry.read_text(encoding="utf-8"))
    return out


def get_query(name_or_path: str) -> BundledQuery:
    queries = bundled_queries()
    if name_or_path in queries:
        return queries[name_or_path]
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.is_file():
        return parse_query(path.stem, path.read_text(encoding="utf-8"))
    raise UsageError(f"unknown query {name_or_path!r}; run 'kg query --list' to see the bundled queries")


def bind(query: BundledQuery, params: dict[str, str]) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    known = {p.name: p for p in query.params}
    subs: dict[ox.Variable, ox.NamedNode | ox.Literal] = {}
    for key, value in params.items():
        if key not in known:
            names = ", ".join(known) or "none"
            raise UsageError(f"query {query.name!r} has no parameter {key!r} (parameters: {names})")
        p = known[key]
        if p.type == "wikipedia":
            title = canonical_title(value)
            if not title:
                raise UsageError(f"--param {key}={value!r} is not a Wikipedia title")
            term = ox.NamedNode(wikipedia_iri(title))
        elif p.type == "iri":
            try:
                term = ox.NamedNode(value)
            except ValueError:
                raise UsageError(f"--param {key}={value!r} is not an IRI") from None
        elif p.type == "integer":
            if not re.fullmatch(r"-?\d+", value):
                raise UsageError(f"--param {key}={value!r} is not an integer")
            term = ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        else:
            term = ox.Literal(value)
        subs[ox.Variable(p.variable)] = term
    return subs


def ontology_quads() -> list[ox.Quad]:
    """The bundled ontology, so queries can read property labels and Wikidata alignments."""
    data = files("kg.ontology").joinpath("kgo.ttl").read_bytes()
    return [ox.Quad(t.subject, t.predicate, t.object) for t in ox.parse(data, format=ox.RdfFormat.TURTLE)]


# Graph files kg reads: every format kg build writes, plus RDF/XML.
READ_FORMATS: dict[str, ox.RdfFormat] = {**FORMATS, "json": ox.RdfFormat.JSON_LD, "rdf": ox.RdfFormat.RDF_XML}


def graph_file(path: str | Path) -> tuple[Path, str, ox.RdfFormat]:
    """(path, extension, format) of an existing graph file, or a usage/input error naming it."""
    p = Path(path)
    ext = p.suffix.lower().lstrip(".")
    if ext not in READ_FORMATS:
        raise UsageError(f"{path}: unknown graph format; use .ttl, .nt, .jsonld, .trig, .nq or .rdf")
    if not p.is_file():
        raise InputError(f"{path}: no such file; build it first with 'kg build ... -o {path}'")
    return p, ext, READ_FORMATS[ext]


def load_graphs(paths: list[str]) -> ox.Store:
    """An in-memory store holding the given graph files plus the ontology, merged into the
    default graph: a triple stated in several article graphs is there once (Oxigraph's
    union of named graphs would match it once per graph and repeat rows)."""
    store = ox.Store()
    for path in paths:
        p, ext, fmt = graph_file(path)
        try:
            if fmt.supports_datasets:
                quads = ox.parse(path=str(p), format=fmt)
                store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
            else:
                store.bulk_load(path=str(p), format=fmt)
        except SyntaxError as err:
            raise InputError(f"{path}: not valid {ext}: {err}") from None
    store.extend(ontology_quads())
    return store


_BELOW = """
PREFIX kgo: <KGO>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { ?s ?p ?o } WHERE {
  ?weak rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgo:confidence ?c .
  FILTER(?c < "X"^^xsd:decimal)
  FILTER NOT EXISTS {
    ?other rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL { ?other kgo:confidence ?oc }
    FILTER(!BOUND(?oc) || ?oc >= "X"^^xsd:decimal)
  }
} ;
DELETE { ?weak ?p ?o } WHERE {
  ?weak kgo:confidence ?c ; ?p ?o .
  FILTER(?c < "X"^^xsd:decimal)
}
""".replace("<KGO>", f"<{PREFIXES['kgo']}>")


def drop_weak_statements(store: ox.Store, min_confidence: float) -> None:
    """Make the default graph of an in-memory ``store`` what ``kg build --min-confidence X``
    would have written: every statement whose confidence is below X goes, and so does the
    direct triple it tells unless another statement tells it too (at X or above, or without
    a confidence, as infobox facts are)."""
    x = format(Decimal(str(min_confidence)), "f")
    store.update(_BELOW.replace('"X"', f'"{x}"'))


def in_memory(store: ox.Store) -> ox.Store:
    """A copy in memory of the default graph of ``store`` (what the bundled queries read)."""
    copy = ox.Store()
    copy.extend(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return copy


def open_store(path: str) -> ox.Store:
    if not Path(path).is_dir():
        raise InputError(f"{path}: no such store; build one with 'kg build ... --store {path}'")
    return ox.Store.read_only(path)


def run_query(store: ox.Store, query: BundledQuery, params: dict[str, str] | None = None) -> tuple[list[str], list[list[str]]]:
    subs = bind(query, params or {})
    result = store.query(_with_values(query.text, subs), substitutions=subs)
    if not isinstance(result, ox.QuerySolutions):
        raise UsageError(f"query {query.name!r} is not a SELECT query")
    columns = [v.value for v in result.variables]
    rows = []
    for solution in result:
        rows.append([_text(solution[c]) for c in columns])
    return columns, rows


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _with_values(text: str, subs: dict) -> str:
    """Also state each bound parameter as a ``VALUES`` line at the start of the outermost
    WHERE: Oxigraph's planner then starts from the company instead of scanning every
    company and filtering (545 ms -> 29 ms for ``profile`` on 2,000 companies). The terms
    are pyoxigraph terms written as N-Triples, escaped by pyoxigraph, so no value can
    change the query; the substitution stays as well."""
    m = _WHERE.search(text)
    if not subs or m is None:
        return text
    values = "".join(f"\n  VALUES ?{var.value} {{ {term} }}" for var, term in subs.items())
    return text[: m.end()] + values + text[m.end() :]


def _text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    return term.value if hasattr(term, "value") else str(term)


def compact(value: str) -> str:
    """kgo:areaServed for people: IRIs shortened with the usual prefixes (table output only)."""
    for prefix, ns in _TABLE_PREFIXES:
        if value.startswith(ns) and len(value) > len(ns):
            return f"{prefix}:{value[len(ns):]}"
    return value


def render(columns: list[str], rows: list[list[str]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, r, strict=True)) for r in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buf.getvalue()
    if fmt == "tsv":
        return "\n".join("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r) for r in [columns, *rows]) + "\n"
    return _table(columns, [[compact(c) for c in r] for r in rows])


def _table(columns: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    def cut(s: str) -> str:
        s = s.replace("\n", " ")
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    cells = [[cut(c) for c in columns]] + [[cut(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
