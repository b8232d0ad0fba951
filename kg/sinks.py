"""Writing graphs: Turtle, N-Triples, JSON-LD, TriG, N-Quads; atomically, deterministically."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import UsageError
from kg.fileio import atomic_write
from kg.rdf import PREFIXES

FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
}
_EXTENSIONS = {".ttl": "ttl", ".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld", ".trig": "trig", ".nq": "nq"}


def format_for(path: str | None, fmt: str | None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        return fmt
    if path and path != "-":
        ext = Path(path).suffix.lower()
        if ext in _EXTENSIONS:
            return _EXTENSIONS[ext]
        raise UsageError(f"cannot tell the format of {path!r} from its extension; pass --format")
    return "ttl"


def serialize(quads: Iterable[ox.Quad], fmt: str) -> bytes:
    """Serialize deterministically. Triple formats merge the named graphs."""
    rdf_format = FORMATS[fmt]
    quads = list(quads)
    if rdf_format.supports_datasets:
        items = sorted(set(quads), key=_quad_key)
    else:
        items = sorted({q.triple for q in quads}, key=_triple_key)
    if fmt in ("nt", "nq"):
        data = ox.serialize(items, format=rdf_format)
        return b"".join(sorted(set(data.splitlines(keepends=True))))
    if fmt == "jsonld":
        return ox.serialize(items, format=rdf_format)
    return ox.serialize(items, format=rdf_format, prefixes=PREFIXES)


def write_graph(quads: Iterable[ox.Quad], path: str | None, fmt: str) -> None:
    data = serialize(quads, fmt)
    if not path or path == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    with atomic_write(path, "wb") as fh:
        fh.write(data)


def _triple_key(t: ox.Triple):
    return (str(t.subject), str(t.predicate), str(t.object))


def _quad_key(q: ox.Quad):
    return (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))
