"""Merge page graphs in bounded memory: sorted runs on disk, then a k-way merge.

Each page's N-Quads are appended to an in-memory run; a full run is sorted and written to a
temporary file. ``merged()`` yields the unique lines of all runs in sorted order, so the
final graph is deterministic (the same bytes whatever the engine or the page order) and the
memory a build needs does not grow with the size of the dump.

Triple formats (Turtle, N-Triples, JSON-LD without graphs) drop the graph name first, so a
statement made in two pages is written once. TriG keeps each page's graph together.
"""

from __future__ import annotations

import contextlib
import heapq
import os
import tempfile
from collections.abc import Iterator

import pyoxigraph as ox

RUN_LINES = 100_000  # lines held before a sorted run goes to disk (~20 MB)


class Spool:
    def __init__(self, triples: bool, by_graph: bool = False, run_lines: int | None = None, tmpdir: str | None = None):
        self.triples = triples
        self.by_graph = by_graph and not triples
        self.run_lines = run_lines or RUN_LINES
        self.tmpdir = tmpdir
        self._lines: list[bytes] = []
        self._runs: list[str] = []
        self.count = 0  # unique lines, known after merged() has been consumed

    def add(self, nquads: bytes, has_graphs: bool = True) -> None:
        """Add one page's N-Quads (``has_graphs=False``: already triples, one per line)."""
        if not nquads:
            return
        if self.triples and has_graphs:
            data = ox.serialize((q.triple for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)), format=ox.RdfFormat.N_TRIPLES)
            lines = data.splitlines(keepends=True)
        else:
            lines = nquads.splitlines(keepends=True)
            if self.by_graph and has_graphs:
                first = next(ox.parse(lines[0], format=ox.RdfFormat.N_QUADS))
                key = (first.graph_name.value if isinstance(first.graph_name, ox.NamedNode) else "").encode() + b"\t"
                lines = [key + line for line in lines]
        self._lines.extend(lines)
        if len(self._lines) >= self.run_lines:
            self._flush()

    def _flush(self) -> None:
        if not self._lines:
            return
        fd, path = tempfile.mkstemp(prefix="kg-run-", suffix=".nq", dir=self.tmpdir)
        with os.fdopen(fd, "wb") as fh:
            fh.writelines(sorted(set(self._lines)))
        self._runs.append(path)
        self._lines = []

    @property
    def on_disk(self) -> bool:
        """Whether some lines went to run files (else all of them are in memory)."""
        return bool(self._runs)

    def merged(self) -> Iterator[bytes]:
        """Unique lines of everything added, sorted."""
        runs = [sorted(set(self._lines))]
        self._lines = []
        if not self._runs:  # one run, in memory: already sorted and unique, no merge to do
            self.count = len(runs[0])
            if self.by_graph:
                yield from (line.split(b"\t", 1)[1] for line in runs[0])
            else:
                yield from runs[0]
            return
        files = [open(path, "rb") for path in self._runs]  # noqa: SIM115 - closed below
        try:
            previous = None
            count = 0
            for line in heapq.merge(*runs, *files):
                if line != previous:
                    count += 1
                    yield line.split(b"\t", 1)[1] if self.by_graph else line
                    previous = line
            self.count = count
        finally:
            for fh in files:
                fh.close()

    def close(self) -> None:
        for path in self._runs:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        self._runs = []

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
