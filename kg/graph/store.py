"""The persistent graph store: an Oxigraph on-disk store, updated page by page.

Layout (one Oxigraph/RocksDB directory):

* one named graph per article, ``<base>graph/<Title>``, exactly as ``kg build`` writes it
  to TriG/N-Quads;
* the bundled ontology in ``<https://w3id.org/company-kg/ontology>`` (so queries on a store
  see property labels and Wikidata alignments, as they do on graph files);
* the bookkeeping graph ``<https://w3id.org/company-kg/graph/pages>``: per stored page, the
  page graph IRI as subject with its title, revision, SHA-1 of the wikitext, source and the
  fingerprint of the build configuration (extractors, base IRI, options, kg version).

Incremental rules: a page is *current* (skipped) when the store has a record for its title
made with the same configuration and the same revision (when both revisions are known),
else the same SHA-1 of the wikitext. A page that is not current is processed again; its old
graph and record are replaced in one transaction. A page whose new version fails (a
redirect now, no infobox, ...) is removed from the store and reported, so that a store
updated incrementally holds what a fresh build of the same pages would hold.

Writing: pages new to the store go through Oxigraph's bulk loader, in batches of about
``BULK_QUADS`` quads (page graphs, their records and their triples in the merged default graph
together): RocksDB files are written beside the store and ingested in one step, all or
nothing, without passing through the write-ahead log and the memtables. A changed page is
replaced with one SPARQL Update (``DROP`` the old graph and record, ``INSERT DATA`` the new
ones), which Oxigraph applies all or nothing. A crash or Ctrl-C leaves each page either old
or new, never half replaced, and never a graph without its record: the next run processes
again what was not written.

No manual flush: Oxigraph opens RocksDB with ``min_write_buffer_number_to_merge = 2``, and
RocksDB's manual flush (``Store.flush``, and the one ``Store.optimize`` starts) can wait
forever for an immutable memtable that the background flush does not pick (RocksDB issues
12094, 12166, 13280); a store built page by page in transactions hung there at the end.
Here memtables only take the small transactional writes, the store is closed and reopened
when they reach ``MEMTABLE_QUADS`` quads (RocksDB writes the recovered memtables straight to
table files when it opens a store, without a flush to wait for), and ``finish`` reopens it
the same way before compacting, so ``optimize`` has no memtable to flush.

Concurrency: Oxigraph allows one read-write process per directory (RocksDB holds a lock;
a second writer gets a clear error here). Readers open it read-only (``Store.read_only``,
``oxigraph serve-read-only``); reading while another process writes is undefined
behaviour in Oxigraph, so serve or query a store when no build is writing to it.
"""

from __future__ import annotations

import gc
import hashlib
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from kg.errors import InputError, OutputError, UsageError

# The store takes pages, page results and build reports from the layers above it by their
# shape only (``kg.sources.Page``, ``kg.pipeline.PageResult``, ``kg.pipeline.BuildReport``).


class Page(Protocol):
    title: str
    wikitext: str
    revision: int | None
    source: str


class PageError(Protocol):
    def line(self) -> str: ...


class PageResult(Protocol):
    title: str
    source: str
    revision: int | None
    nquads: bytes
    facts: int
    error: PageError | None


class BuildReport(Protocol):
    pages: int
    facts: int
    quads: int
    errors: list
    skipped: dict[str, int]

PAGES_GRAPH = ox.NamedNode("https://w3id.org/company-kg/graph/pages")
ONTOLOGY_GRAPH = ox.NamedNode("https://w3id.org/company-kg/ontology")
KGS = "https://w3id.org/company-kg/store#"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
PAGE_RECORD = ox.NamedNode(KGS + "PageRecord")
TITLE = ox.NamedNode(KGS + "title")
REVISION = ox.NamedNode(KGS + "revision")
SHA1 = ox.NamedNode(KGS + "sha1")
SOURCE = ox.NamedNode(KGS + "source")
CONFIGURATION = ox.NamedNode(KGS + "configuration")


BULK_QUADS = 100_000  # quads per bulk-load batch (page graphs + merged triples + records)
MEMTABLE_QUADS = 200_000  # quads written in transactions before the store is reopened


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


_OPEN_WRITERS: set[Path] = set()  # stores this process holds open read-write


def _unmerge(graph: ox.NamedNode) -> str:
    """SPARQL Update: remove from the merged default graph the triples of ``graph`` that
    no other page graph (nor the ontology) states."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph} && ?other != {PAGES_GRAPH}) }} }}"
    )


def _drop_page_ops(graph: ox.NamedNode) -> list[str]:
    return [
        _unmerge(graph),
        f"DROP SILENT GRAPH {graph}",
        f"DELETE WHERE {{ GRAPH {PAGES_GRAPH} {{ {graph} ?p ?o }} }}",
    ]


def writer_active(path: str | os.PathLike) -> bool:
    """Whether another process holds the store open for writing (its RocksDB ``LOCK``).

    The probe takes and releases a POSIX lock on the file; POSIX locks are per process, so a
    store this process opened with :class:`GraphStore` is answered from memory instead.
    A store opened read-write in this process by other means must not be probed.
    Returns False where the check is not available (no ``fcntl``).
    """
    if Path(path).resolve() in _OPEN_WRITERS:
        return True  # this process writes it; probing would release the lock
    lock = Path(path) / "LOCK"
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return False
    try:
        fh = open(lock, "a")  # noqa: SIM115 - closed below
    except OSError:
        return False
    try:
        fcntl.lockf(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.lockf(fh, fcntl.LOCK_UN)
        return False
    finally:
        fh.close()


def is_store(path: str | os.PathLike) -> bool:
    """A directory that holds an Oxigraph (RocksDB) store."""
    return (Path(path) / "CURRENT").is_file()


@dataclass
class PageRecord:
    graph: ox.NamedNode
    title: str
    revision: int | None = None
    sha1: str | None = None
    source: str = ""
    configuration: str = ""


@dataclass
class WriteCounts:
    added: int = 0  # pages new to the store
    replaced: int = 0  # pages whose graph was replaced
    removed: int = 0  # pages dropped because their new version failed
    failed: int = 0  # results with an error (removed ones included)
    quads: int = 0  # quads written

    def summary(self) -> str:
        return f"{self.added} added, {self.replaced} replaced, {self.removed} removed"


@dataclass
class StoreStats:
    pages: int
    graphs: int
    quads: int
    page_quads: int
    bytes_on_disk: int

    def summary(self) -> str:
        mib = self.bytes_on_disk / 2**20
        return f"{self.pages} pages, {self.page_quads} page quads ({self.quads} in all), {mib:.1f} MiB"


class GraphStore:
    """An Oxigraph on-disk store holding one named graph per page plus its bookkeeping."""

    def __init__(self, store: ox.Store, path: Path, configuration: str, read_only: bool):
        self._store: ox.Store | None = store
        self.path = path
        self.read_only = read_only
        self.configuration = configuration  # the fingerprint of the build options
        self._pending: dict[str, list[tuple[str | None, int | None, str]]] = {}
        self._lock = threading.Lock()  # guards _pending
        self._store_lock = threading.RLock()  # the store is read by filter_current's thread
        self._batch: list[bytes] = []  # N-Quads of new pages waiting for the bulk loader
        self._batch_quads = 0
        self._batch_titles: set[str] = set()
        self._batch_graphs: set[bytes] = set()
        self._memtable_quads = 0  # quads written in transactions since the store was opened

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | os.PathLike, read_only: bool = False, configuration: str = "") -> GraphStore:
        """Open (or, read-write, create) the store at ``path``.

        Read-write: one process at a time; a second writer gets an ``OutputError``.
        Read-only: the directory must hold a store; many readers may share it.
        ``configuration`` is the fingerprint of the build options (``Options.fingerprint``)
        recorded with each page written: a page is current only under the same one.
        """
        p = Path(path)
        if read_only:
            if not is_store(p):
                raise InputError(f"{p}: no such store; build one with 'kg build ... --store {p}'")
            try:
                store = ox.Store.read_only(str(p))
            except (OSError, RuntimeError) as err:  # RocksDB reports races as "Corruption"
                hint = "; is a 'kg build --store' writing to it?" if writer_active(p) else ""
                raise InputError(f"{p}: cannot open the store read-only: {err}{hint}") from None
            return cls(store, p, configuration, True)
        if p.exists() and not p.is_dir():
            raise OutputError(f"{p}: exists and is not a directory; give a folder for --store")
        if p.is_dir() and any(p.iterdir()) and not is_store(p):
            raise OutputError(f"{p}: the folder is not empty and holds no store; give a new or empty folder")
        try:
            store = ox.Store(str(p))
        except OSError as err:
            if "lock" in str(err).lower():
                raise OutputError(
                    f"{p}: the store is open for writing by another process (a running"
                    " 'kg build --store'?); one writer at a time, wait for it to finish"
                ) from None
            raise OutputError(f"{p}: cannot open the store: {err}") from None
        gs = cls(store, p, configuration, False)
        del store  # gs holds the only reference: it closes and reopens the store
        _OPEN_WRITERS.add(p.resolve())
        gs._sync_ontology()
        return gs

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            raise UsageError("the store is closed")
        return self._store

    def close(self) -> None:
        """Store the pages still waiting for the bulk loader and release the store (and,
        read-write, its lock). No flush: the transactional writes are in RocksDB's
        write-ahead log, and the next open writes them to table files."""
        if self._store is not None:
            try:
                if not self.read_only:
                    self._commit_batch()
            finally:
                with self._store_lock:
                    self._store = None
                if not self.read_only:
                    _OPEN_WRITERS.discard(self.path.resolve())

    def flush(self) -> None:
        """Make everything written so far durable in table files: pending bulk pages are
        loaded, and the store is closed and reopened (RocksDB writes the memtables out
        while it opens the store; unlike a manual flush this cannot wait forever)."""
        self._check_writable()
        self._commit_batch()
        self._reopen()

    def optimize(self) -> None:
        """Compact the on-disk files; worth it after a large build. The store is reopened
        first so that the compaction has no memtable to flush."""
        self.flush()
        self.store.optimize()

    def finish(self, optimize: bool = True) -> None:
        """The end of a build: pending pages loaded, memtables written out, and the files
        compacted (``optimize``) so that the store takes its final size on disk."""
        if optimize:
            self.optimize()
        else:
            self.flush()

    def _reopen(self) -> None:
        with self._store_lock:
            if sys.getrefcount(self._store) > 2:  # the attribute and the argument
                gc.collect()
                if sys.getrefcount(self._store) > 2:
                    raise UsageError(f"{self.path}: the store is still in use (an open query result?)"
                                     "; finish reading it before writing more")
            self._store = None  # the last reference: RocksDB closes the store
            try:
                self._store = ox.Store(str(self.path))
            except OSError as err:  # another process took the lock in between
                _OPEN_WRITERS.discard(self.path.resolve())
                raise OutputError(f"{self.path}: could not reopen the store ({err}); was it opened by "
                                  "another process during the build? The pages written so far are kept") from None
            self._memtable_quads = 0

    def _check_writable(self) -> None:
        if self.read_only:
            raise UsageError(f"{self.path}: the store was opened read-only")

    def _sync_ontology(self) -> None:
        data = files("kg.ontology").joinpath("kgo.ttl").read_bytes()
        digest = hashlib.sha1(data).hexdigest()
        mark = ox.Quad(ONTOLOGY_GRAPH, SHA1, ox.Literal(digest), PAGES_GRAPH)
        if mark in self.store:
            return
        triples = [t for t in ox.parse(data, format=ox.RdfFormat.TURTLE)]
        body = _ntriples(triples)
        self.store.update(
            f"{_unmerge(ONTOLOGY_GRAPH)};\n"
            f"DROP SILENT GRAPH {ONTOLOGY_GRAPH};\n"
            f"DELETE WHERE {{ GRAPH {PAGES_GRAPH} {{ {ONTOLOGY_GRAPH} {SHA1} ?old }} }};\n"
            f"INSERT DATA {{ {body}\nGRAPH {ONTOLOGY_GRAPH} {{\n{body}}}\n"
            f"GRAPH {PAGES_GRAPH} {{ {ONTOLOGY_GRAPH} {SHA1} {ox.Literal(digest)} . }} }}"
        )
        self._reopen()  # written out before any bulk load, so no ingestion has to flush it

    # ------------------------------------------------------------ bookkeeping

    def records(self, title: str) -> list[PageRecord]:
        """The records stored for ``title`` (normally zero or one)."""
        out = []
        for q in self.store.quads_for_pattern(None, TITLE, ox.Literal(title), PAGES_GRAPH):
            if isinstance(q.subject, ox.NamedNode):
                out.append(self._record(q.subject, title))
        return out

    def _record(self, graph: ox.NamedNode, title: str) -> PageRecord:
        rec = PageRecord(graph=graph, title=title)
        for q in self.store.quads_for_pattern(graph, None, None, PAGES_GRAPH):
            value = q.object.value
            if q.predicate == REVISION:
                rec.revision = int(value)
            elif q.predicate == SHA1:
                rec.sha1 = value
            elif q.predicate == SOURCE:
                rec.source = value
            elif q.predicate == CONFIGURATION:
                rec.configuration = value
        return rec

    def record(self, title: str) -> PageRecord | None:
        found = self.records(title)
        return found[0] if found else None

    def page_count(self) -> int:
        """The number of stored pages (records)."""
        with self._store_lock:
            return sum(1 for _ in self.store.quads_for_pattern(None, _RDF_TYPE, PAGE_RECORD, PAGES_GRAPH))

    def titles(self) -> list[str]:
        """Titles of the stored pages, sorted."""
        quads = self.store.quads_for_pattern(None, TITLE, None, PAGES_GRAPH)
        return sorted(q.object.value for q in quads)

    def is_current(self, page: Page) -> bool:
        """Whether the store holds this version of the page, built with this configuration."""
        with self._store_lock:
            rec = self.record(page.title)
        if rec is None or rec.configuration != self.configuration:
            return False
        if page.revision is not None and rec.revision is not None:
            return int(page.revision) == rec.revision
        return rec.sha1 is not None and rec.sha1 == text_sha1(page.wikitext)

    def _record_quads(self, graph: ox.NamedNode, title: str, revision: int | None, sha1: str | None, source: str) -> list[ox.Quad]:
        g = PAGES_GRAPH
        out = [
            ox.Quad(graph, _RDF_TYPE, PAGE_RECORD, g),
            ox.Quad(graph, TITLE, ox.Literal(title), g),
            ox.Quad(graph, CONFIGURATION, ox.Literal(self.configuration), g),
        ]
        if revision is not None:
            out.append(ox.Quad(graph, REVISION, ox.Literal(str(int(revision)), datatype=_XSD_INTEGER), g))
        if sha1:
            out.append(ox.Quad(graph, SHA1, ox.Literal(sha1), g))
        if source:
            out.append(ox.Quad(graph, SOURCE, ox.Literal(source), g))
        return out

    # ------------------------------------------------------------ writing

    def replace_page(self, page: Page, result: PageResult) -> str:
        """Store the result of ``page`` in one transaction; returns "added", "replaced" or
        "removed" (the result is an error: the page's old graph and record are dropped)."""
        return self._put(result, page.revision, text_sha1(page.wikitext), page.source or result.source)

    def _put(self, result: PageResult, revision: int | None, sha1: str | None, source: str,
             bulk: bool = False) -> str:
        self._check_writable()
        if result.error is not None:
            return "removed" if self.remove_page(result.title) else "failed"
        graph, suffix = _page_graph(result)
        record = self._record_quads(graph, result.title, revision, sha1, source)
        with self._store_lock:
            if result.title in self._batch_titles or suffix in self._batch_graphs:
                self._commit_batch()  # the page came twice: the first one must be stored first
            old = self.records(result.title)
            new = not old and not self.store.contains_named_graph(graph)
        nquads = result.nquads
        n = nquads.count(b"\n")
        if new and bulk:
            # the page graph, its triples in the merged default graph, its record
            self._batch += [nquads, nquads.replace(suffix, b" .\n"), _nquads(record)]
            self._batch_quads += 2 * n + len(record)
            self._batch_titles.add(result.title)
            self._batch_graphs.add(suffix)
            if self._batch_quads >= BULK_QUADS:
                self._commit_batch()
            return "added"
        quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
        if new:
            merged = [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads]
            # one transaction: the page graph, its record and the merged default graph
            self._transaction(lambda: self.store.extend(quads + record + merged), 2 * n)
            return "added"
        drops = {r.graph for r in old} | {graph}
        ops = []
        for g in sorted(drops, key=lambda x: x.value):
            ops.extend(_drop_page_ops(g))
        ops.append(
            f"INSERT DATA {{ {_ntriples(q.triple for q in quads)}\n"
            f"GRAPH {graph} {{\n{_ntriples(q.triple for q in quads)}}}\n"
            f"GRAPH {PAGES_GRAPH} {{\n{_ntriples(q.triple for q in record)}}} }}"
        )
        # one transaction: all or nothing (old quads are counted too: they leave tombstones)
        self._transaction(lambda: self.store.update(";\n".join(ops)), 4 * n)
        return "replaced"

    def _transaction(self, write, quads: int) -> None:
        """Run one write that goes through the memtables; reopen the store once they hold
        ``MEMTABLE_QUADS`` quads, so that they never fill up (see the module docstring)."""
        with self._store_lock:
            write()
            self._memtable_quads += quads
            if self._memtable_quads >= MEMTABLE_QUADS:
                self._reopen()

    def _commit_batch(self) -> None:
        """Bulk-load the waiting new pages: one ingestion, all or nothing."""
        if not self._batch:
            return
        with self._store_lock:
            data = b"".join(self._batch)
            self._batch, self._batch_quads = [], 0
            self._batch_titles.clear()
            self._batch_graphs.clear()
            self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS)

    def remove_page(self, title: str) -> bool:
        """Drop a page's graph and record in one transaction; False if it was not stored."""
        self._check_writable()
        with self._store_lock:
            if title in self._batch_titles:
                self._commit_batch()
            old = self.records(title)
            if not old:
                return False
            ops = []
            for rec in old:
                ops.extend(_drop_page_ops(rec.graph))
            n = sum(1 for rec in old for _ in self.store.quads_for_pattern(None, None, None, rec.graph))
            self._transaction(lambda: self.store.update(";\n".join(ops)), 2 * n)
        return True

    def filter_current(self, pages: Iterable[Page], report: BuildReport | None = None) -> Iterator[Page]:
        """Yield the pages that are not current, counting the others in
        ``report.skipped["unchanged"]``. Remembers each yielded page's revision and SHA-1
        for :meth:`write`. Safe to consume in another thread than the one that writes."""
        for page in pages:
            if self.is_current(page):
                if report is not None:
                    report.skipped["unchanged"] = report.skipped.get("unchanged", 0) + 1
                continue
            with self._lock:
                self._pending.setdefault(page.title, []).append(
                    (text_sha1(page.wikitext), page.revision, page.source)
                )
            yield page

    def write(self, results: Iterable[PageResult], report: BuildReport | None = None, quiet: bool = True, prog: str = "kg build") -> WriteCounts:
        """Store each result as it comes (one transaction per page) and count.

        Errors are appended to ``report.errors`` (and printed unless ``quiet``); the page's
        old graph, if any, is removed. ``report.pages``, ``facts`` and ``quads`` count the
        pages written in this run.
        """
        counts = WriteCounts()
        for res in results:
            with self._lock:
                waiting = self._pending.get(res.title)
                sha1, revision, source = waiting.pop(0) if waiting else (None, res.revision, res.source)
                if waiting == []:
                    del self._pending[res.title]
            if res.error is not None:
                counts.failed += 1
                if report is not None:
                    report.errors.append(res.error)
                if not quiet:
                    print(f"{prog}: {res.error.line()}", file=sys.stderr)
            outcome = self._put(res, revision if revision is not None else res.revision, sha1,
                                source or res.source, bulk=True)
            if outcome == "added":
                counts.added += 1
            elif outcome == "replaced":
                counts.replaced += 1
            elif outcome == "removed":
                counts.removed += 1
            if res.error is None:
                n = res.nquads.count(b"\n")
                counts.quads += n
                if report is not None:
                    report.pages += 1
                    report.facts += res.facts
                    report.quads += n
        self._commit_batch()
        return counts

    # ------------------------------------------------------------ reading

    def query(self, sparql: str, **kwargs):
        """Query the merged default graph (every triple once, whatever pages state it)."""
        return self.store.query(sparql, **kwargs)

    def stats(self) -> StoreStats:
        pages = 0
        page_quads = 0
        records = list(self.store.quads_for_pattern(None, _RDF_TYPE, PAGE_RECORD, PAGES_GRAPH))
        for q in records:
            pages += 1
            page_quads += sum(1 for _ in self.store.quads_for_pattern(None, None, None, q.subject))
        size = sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())
        return StoreStats(
            pages=pages,
            graphs=sum(1 for _ in self.store.named_graphs()),
            quads=len(self.store),
            page_quads=page_quads,
            bytes_on_disk=size,
        )


def _page_graph(result: PageResult) -> tuple[ox.NamedNode, bytes]:
    """The one named graph of a page's N-Quads, and the line ending that names it
    (`` <graph> .\\n``): every line must end with it."""
    nquads = result.nquads
    first = nquads[: nquads.find(b"\n") + 1]
    graph = next(ox.parse(first, format=ox.RdfFormat.N_QUADS)).graph_name if first else None
    if isinstance(graph, ox.NamedNode):
        suffix = f" {graph} .\n".encode()
        if nquads.count(suffix) == nquads.count(b"\n"):  # a raw newline ends a line, always
            return graph, suffix
    raise UsageError(f"{result.title}: a store needs each page's quads in one named graph of its own")


def _nquads(quads: Iterable[ox.Quad]) -> bytes:
    return ox.serialize(list(quads), format=ox.RdfFormat.N_QUADS)


def _ntriples(triples: Iterable[ox.Triple]) -> str:
    """N-Triples text, which is also valid inside SPARQL ``INSERT DATA`` blocks."""
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


__all__ = [
    "CONFIGURATION",
    "GraphStore",
    "PAGES_GRAPH",
    "PageRecord",
    "StoreStats",
    "WriteCounts",
    "is_store",
    "text_sha1",
    "writer_active",
]
