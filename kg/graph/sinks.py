"""Writing graphs: Turtle, N-Triples, JSON-LD, TriG, N-Quads; atomically, deterministically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import UsageError
from kg.fileio import atomic_write, stdout_binary
from kg.graph.rdf import PREFIXES
from kg.graph.spool import Spool

FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
}
# The spool's lines are pyoxigraph's own N-Triples/N-Quads forms of terms it built (and checked)
# itself (``kg.graph.rdf``), so reading them back need not check the IRIs and language tags
# again: ``lenient`` parsing reads the same quads in about half the time (with the pyoxigraph
# versions that have it; the others check).
_READ_BACK = {"lenient": True} if "lenient" in (getattr(ox.parse, "__text_signature__", None) or "") else {}
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
        with stdout_binary() as out:
            out.write(data)
        return
    with atomic_write(path, "wb") as fh:
        fh.write(data)


def new_spool(fmt: str) -> Spool:
    """A spool that merges page graphs the way ``fmt`` needs them."""
    return Spool(triples=not FORMATS[fmt].supports_datasets, by_graph=fmt == "trig")


def write_spool(spool: Spool, path: str | None, fmt: str) -> None:
    """Write a spool's merged lines in ``fmt`` with bounded memory, atomically."""
    rdf_format = FORMATS[fmt]
    line_format = ox.RdfFormat.N_QUADS if rdf_format.supports_datasets else ox.RdfFormat.N_TRIPLES
    with contextlib.ExitStack() as stack:
        if not path or path == "-":
            out = stack.enter_context(stdout_binary())
        else:
            out = stack.enter_context(atomic_write(path, "wb"))
        kwargs = {} if fmt == "jsonld" else {"prefixes": PREFIXES}
        if fmt in ("nt", "nq"):
            out.writelines(spool.merged())
        elif not spool.on_disk:  # small enough to be held in memory already: no round trip via a file
            data = b"".join(spool.merged())
            ox.serialize(ox.parse(data, format=line_format, **_READ_BACK), out, format=rdf_format, **kwargs)
        else:
            fd, tmp = tempfile.mkstemp(prefix="kg-merged-", suffix=".nq")
            stack.callback(os.unlink, tmp)
            with os.fdopen(fd, "wb") as fh:
                fh.writelines(spool.merged())
            ox.serialize(ox.parse(path=tmp, format=line_format, **_READ_BACK), out, format=rdf_format, **kwargs)
        out.flush()


def _triple_key(t: ox.Triple):
    return (str(t.subject), str(t.predicate), str(t.object))


def _quad_key(q: ox.Quad):
    return (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))
