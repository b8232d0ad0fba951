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

Atomicity: every change of a page is one Oxigraph transaction. A new page is added with one
``Store.extend`` (graph and record together); a changed page is replaced with one SPARQL
Update (``DROP`` the old graph and record, ``INSERT DATA`` the new ones), which Oxigraph
applies all or nothing. A crash or Ctrl-C leaves each page either old or new, never half
replaced, and never a graph without its record: the next run processes it again.

Concurrency: Oxigraph allows one read-write process per directory (RocksDB holds a lock;
a second writer gets a clear error here). Readers open it read-only (``Store.read_only``,
``oxigraph serve-read-only``); reading while another process writes is undefined
behaviour in Oxigraph, so serve or query a store when no build is writing to it.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox

from kg import __version__
from kg.errors import InputError, OutputError, RemoteError, UsageError
from kg.pipeline import BuildReport, Options, PageResult
from kg.sources import Page

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


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def configuration(options: Options) -> str:
    """A fingerprint of everything besides the page that decides its quads."""
    data = {
        "extractors": list(options.extractors),
        "base": options.base,
        "any_infobox": options.any_infobox,
        "graphs": options.graphs,
        "version": __version__,
    }
    return hashlib.sha1(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()


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

    def __init__(self, store: ox.Store, path: Path, options: Options, read_only: bool):
        self._store: ox.Store | None = store
        self.path = path
        self.options = options
        self.read_only = read_only
        self.configuration = configuration(options)
        self._pending: dict[str, list[tuple[str | None, int | None, str]]] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | os.PathLike, read_only: bool = False, options: Options | None = None) -> GraphStore:
        """Open (or, read-write, create) the store at ``path``.

        Read-write: one process at a time; a second writer gets an ``OutputError``.
        Read-only: the directory must hold a store; many readers may share it.
        """
        options = options or Options()
        p = Path(path)
        if not options.graphs:
            raise UsageError("a store keeps one named graph per page; it cannot be built without graphs")
        if read_only:
            if not is_store(p):
                raise InputError(f"{p}: no such store; build one with 'kg build ... --store {p}'")
            try:
                store = ox.Store.read_only(str(p))
            except (OSError, RuntimeError) as err:  # RocksDB reports races as "Corruption"
                hint = "; is a 'kg build --store' writing to it?" if writer_active(p) else ""
                raise InputError(f"{p}: cannot open the store read-only: {err}{hint}") from None
            return cls(store, p, options, True)
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
        gs = cls(store, p, options, False)
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
        """Flush and release the store (and, read-write, its lock)."""
        if self._store is not None:
            if not self.read_only:
                try:
                    self._store.flush()
                finally:
                    self._store = None
                    _OPEN_WRITERS.discard(self.path.resolve())
            self._store = None

    def flush(self) -> None:
        self._check_writable()
        self.store.flush()

    def optimize(self) -> None:
        """Compact the on-disk files; worth it after a large build."""
        self._check_writable()
        self.store.optimize()

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

    def titles(self) -> list[str]:
        """Titles of the stored pages, sorted."""
        quads = self.store.quads_for_pattern(None, TITLE, None, PAGES_GRAPH)
        return sorted(q.object.value for q in quads)

    def is_current(self, page: Page) -> bool:
        """Whether the store holds this version of the page, built with this configuration."""
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

    def _put(self, result: PageResult, revision: int | None, sha1: str | None, source: str) -> str:
        self._check_writable()
        if result.error is not None:
            return "removed" if self.remove_page(result.title) else "failed"
        quads = list(ox.parse(result.nquads, format=ox.RdfFormat.N_QUADS))
        graphs = {q.graph_name for q in quads}
        if len(graphs) != 1 or not isinstance(next(iter(graphs)), ox.NamedNode):
            raise UsageError(
                f"{result.title}: a store needs each page's quads in one named graph of its own"
            )
        graph = next(iter(graphs))
        record = self._record_quads(graph, result.title, revision, sha1, source)
        old = self.records(result.title)
        merged = [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads]
        if not old and not self.store.contains_named_graph(graph):
            # one transaction: the page graph, its record and the merged default graph
            self.store.extend(quads + record + merged)
            return "added"
        drops = {r.graph for r in old} | {graph}
        ops = []
        for g in sorted(drops, key=lambda n: n.value):
            ops.extend(_drop_page_ops(g))
        ops.append(
            f"INSERT DATA {{ {_ntriples(q.triple for q in quads)}\n"
            f"GRAPH {graph} {{\n{_ntriples(q.triple for q in quads)}}}\n"
            f"GRAPH {PAGES_GRAPH} {{\n{_ntriples(q.triple for q in record)}}} }}"
        )
        self.store.update(";\n".join(ops))  # one transaction: all or nothing
        return "replaced"

    def remove_page(self, title: str) -> bool:
        """Drop a page's graph and record in one transaction; False if it was not stored."""
        self._check_writable()
        old = self.records(title)
        if not old:
            return False
        ops = []
        for rec in old:
            ops.extend(_drop_page_ops(rec.graph))
        self.store.update(";\n".join(ops))
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
            outcome = self._put(res, revision if revision is not None else res.revision, sha1, source or res.source)
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


def _ntriples(triples: Iterable[ox.Triple]) -> str:
    """N-Triples text, which is also valid inside SPARQL ``INSERT DATA`` blocks."""
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")



# ---------------------------------------------------------------- serving


def find_oxigraph() -> str:
    """The ``oxigraph`` server binary: next to this Python (a virtualenv), then on PATH."""
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    here = Path(sys.executable).parent / name
    if here.is_file() and os.access(here, os.X_OK):
        return str(here)
    found = shutil.which("oxigraph")
    if not found:
        raise UsageError(
            "the Oxigraph server is not installed; install the 'oxigraph' package"
            " (pip install oxigraph) into this environment or put 'oxigraph' on PATH"
        )
    return found


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or a name) only reaches this machine."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos)


def _hostport(host: str, port: int) -> str:
    host = host.strip("[]")
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class _Stop(Exception):
    """SIGINT or SIGTERM received: stop the server."""


def serve(
    store_dir: str | os.PathLike,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    union_default_graph: bool = False,
    timeout: float | None = None,
    cors: bool = False,
    binary: str | None = None,
    startup_timeout: float = 30.0,
    prog: str = "kg serve",
) -> int:
    """Serve a store read-only as a SPARQL 1.1 endpoint with ``oxigraph serve-read-only``.

    Blocks until Ctrl-C or SIGTERM (returns 0 after stopping the server) or until the server
    stops by itself (a ``RemoteError`` with its message; a port in use is a ``UsageError``).
    """
    location = Path(store_dir)
    if not is_store(location):
        raise InputError(f"{location}: no such store; build one with 'kg build ... --store {location}'")
    if writer_active(location):
        raise InputError(
            f"{location}: the store is open for writing by another process (a running"
            " 'kg build --store'?); serve it when the build has finished"
        )
    if not 0 < port < 65536:
        raise UsageError(f"--port {port}: give a TCP port between 1 and 65535")
    binary = binary or find_oxigraph()
    if not is_loopback(host):
        print(
            f"{prog}: warning: binding {host} makes the store reachable from other machines;"
            " the endpoint is read-only but has no authentication",
            file=sys.stderr,
        )
    bind = _hostport(host, port)
    command = [binary, "serve-read-only", "--location", str(location), "--bind", bind]
    if union_default_graph:
        command.append("--union-default-graph")
    if timeout:
        command += ["--timeout-s", str(int(timeout))]
    if cors:
        command.append("--cors")
    base = f"http://{bind}"
    tail: list[str] = []
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    reader = threading.Thread(target=_collect, args=(child, tail), daemon=True)
    reader.start()

    stopping = []

    def on_signal(signum, frame):
        if not stopping:  # a second Ctrl-C while stopping changes nothing
            stopping.append(signum)
            raise _Stop()

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):  # Ctrl-C even where SIGINT was ignored
            previous[sig] = signal.signal(sig, on_signal)
    try:
        if _wait_ready(child, base, startup_timeout):
            print(
                f"{prog}: serving {location} read-only at {base}/query (SPARQL 1.1 query);"
                f" graph store reads at {base}/store; Ctrl-C to stop",
                file=sys.stderr,
                flush=True,
            )
        code = child.wait()
    except (KeyboardInterrupt, _Stop):
        _stop(child)
        print(f"{prog}: stopped", file=sys.stderr)
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if child.poll() is None:
            _stop(child)
        reader.join(5)
    message = _child_error(tail)
    if "address already in use" in message.lower():
        raise UsageError(f"{bind} is already in use; choose another --port")
    if code == 0:
        return 0
    raise RemoteError(f"the Oxigraph server stopped with exit code {code}: {message or 'no message'}")


def _collect(child: subprocess.Popen, tail: list[str]) -> None:
    assert child.stdout is not None
    for raw in child.stdout:
        tail.append(raw.decode("utf-8", "replace").rstrip())
        del tail[:-50]


def _child_error(tail: list[str]) -> str:
    for line in tail:
        if line.startswith("Error:"):
            return line[len("Error:"):].strip()
    lines = [line for line in tail if line.strip()]
    return lines[-1] if lines else ""


def _wait_ready(child: subprocess.Popen, base: str, timeout: float) -> bool:
    """Poll ``/query`` until it answers; False if the server exited first."""
    probe = base + "/query?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if child.poll() is not None:
            return False
        try:
            request = urllib.request.Request(probe, headers={"Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    _stop(child)
    raise RemoteError(f"the Oxigraph server did not answer on {base}/query within {timeout:g} s")


def _stop(child: subprocess.Popen) -> None:
    if child.poll() is not None:
        return
    child.send_signal(signal.SIGINT)
    try:
        child.wait(10)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait(10)


__all__ = [
    "CONFIGURATION",
    "GraphStore",
    "PAGES_GRAPH",
    "PageRecord",
    "StoreStats",
    "WriteCounts",
    "configuration",
    "find_oxigraph",
    "is_loopback",
    "is_store",
    "serve",
    "text_sha1",
    "writer_active",
]
