"""``make bench``: throughput and latency measured as ratios within the same run.

These machines are shared and noisy, so every number that matters is a ratio of two
measurements taken in the same process, interleaved round by round, and the median of the
rounds is reported. Run ``python -m benchmarks --help`` for options; ``docs/benchmarks.md``
describes each benchmark and the last results.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kg.pipeline import process_page
from kg.sources import Page
from kg.sources.files import read_wiki_file

HERE = Path(__file__).resolve().parent  # benchmarks/, beside kg/ and tests/
DEFAULT_CORPUS = [HERE.parent / "tests" / "fixtures" / "wikipedia", HERE.parent.parent / "shared" / "corpus" / "wikipedia"]
MINIDUMP = HERE.parent / "tests" / "fixtures" / "dumps" / "dbpedia_minidump_enwiki.xml.bz2"

BENCHES: dict[str, Callable[[argparse.Namespace], list[str]]] = {}

# Sizes of the full run and of ``--quick`` (a smoke run: every code path, tiny inputs).
SIZES: dict[str, tuple[object, object]] = {
    "workers_pages": (210, 8),  # replicated fixture articles, distinct titles
    "workers_rounds": (3, 1),  # at most this many rounds (one serial round is ~1-2 min)
    "dump_copies": (32, 2),  # copies of the 1.55 MB minidump XML: 32 -> 49.6 MB
    "memory_copies": ((2, 8, 32), (1, 2, 4)),  # 1x, 4x, 16x of the minidump, streamed
    "memory_companies": (450, 14),  # company pages of the 1x synthetic dump (whole builds)
    "memory_multiples": ((1, 9), (1, 2)),  # the whole builds: 1x and 9x
    "build_mb": (200, 4),  # MB of XML of the dump built against decompression
    "build_rounds": (3, 1),
    "companies": (100_000, 2_000),  # synthetic graph for the query benchmark
    "rdflib_companies": (10_000, 500),  # the subset rdflib is measured on
    "lookups": (100, 10),  # random companies for the entity lookup
    "query_companies": (20, 3),  # companies each parameterised query runs for
    "rdflib_companies_per_query": (3, 1),
    "rdflib_timeout": (30.0, 20.0),  # seconds per rdflib query execution
    "web_pages": (300, 8),  # company pages in the store kg serve serves
    "web_seconds": (20.0, 2.0),  # duration of the concurrent load
    "web_clients": (8, 8),  # concurrent clients
}


def size(args: argparse.Namespace, key: str):
    full, quick = SIZES[key]
    return quick if getattr(args, "quick", False) else full


def bench(name: str):
    def register(fn):
        BENCHES[name] = fn
        return fn

    return register


def corpus_pages(folder: Path | None) -> list[Page]:
    folders = [folder] if folder else DEFAULT_CORPUS
    for f in folders:
        if f and f.is_dir():
            pages = []
            for path in sorted(f.glob("*.wiki")):
                try:
                    pages.append(read_wiki_file(path))
                except Exception:  # noqa: BLE001 - a benchmark skips unusable files
                    continue
            return pages
    raise SystemExit("kg bench: no corpus found; pass --corpus DIR")


def good_pages(args: argparse.Namespace) -> list[Page]:
    """The corpus articles the pipeline builds without error; with --quick the 4 smallest."""
    pages = [p for p in corpus_pages(args.corpus) if process_page(p).error is None]
    if getattr(args, "quick", False):
        pages = sorted(pages, key=lambda p: len(p.wikitext))[:4]
    return pages


def timed(fn: Callable[[], object]) -> float:
    # Collect the previous measurement's garbage first, untimed: otherwise the cyclic
    # collector bills one function for the parse trees another one left behind. The
    # function's own garbage is still collected, and timed, inside it (or at its next
    # allocation after it re-enables the collector).
    gc.collect()
    t0 = time.perf_counter()
    fn()
    gc.collect()
    return time.perf_counter() - t0


def interleaved(rounds: int, **fns: Callable[[], object]) -> dict[str, float]:
    """Median seconds per function, the functions run alternately each round."""
    times: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(rounds):
        for k, fn in fns.items():
            times[k].append(timed(fn))
    return {k: statistics.median(v) for k, v in times.items()}


def verdict(ratio: float, goal: float, higher_is_better: bool = True) -> str:
    ok = ratio >= goal if higher_is_better else ratio <= goal
    return "OK" if ok else "BELOW GOAL"


def workdir(args: argparse.Namespace) -> Path:
    """A temporary folder shared by the benchmarks of one run (removed at the end of main)."""
    if getattr(args, "tmp", None) is None:
        args._tmpdir = tempfile.TemporaryDirectory(prefix="kg-bench-")
        args.tmp = Path(args._tmpdir.name)
    return args.tmp


def loadavg() -> str:
    try:
        return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:  # pragma: no cover - not on every platform
        return "load average unknown"
