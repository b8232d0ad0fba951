"""``make bench``: throughput and latency measured as ratios within the same run.

These machines are shared and noisy, so every number that matters is a ratio of two
measurements taken in the same process, interleaved round by round, and the median of the
rounds is reported. Run ``python -m kg.bench --help`` for options.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import mwparserfromhell

from kg.pipeline import Options, process_page
from kg.sinks import serialize
from kg.sources import Page
from kg.sources.files import read_wiki_file

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = [HERE.parent / "tests" / "fixtures" / "wikipedia", HERE.parent.parent / "shared" / "corpus" / "wikipedia"]

BENCHES: dict[str, Callable[[argparse.Namespace], list[str]]] = {}


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


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def interleaved(rounds: int, **fns: Callable[[], object]) -> dict[str, float]:
    """Median seconds per function, the functions run alternately each round."""
    times: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(rounds):
        for k, fn in fns.items():
            times[k].append(_timed(fn))
    return {k: statistics.median(v) for k, v in times.items()}


@bench("pipeline")
def bench_pipeline(args: argparse.Namespace) -> list[str]:
    """Whole pipeline (parse + extract + RDF + Turtle) vs a bare mwparserfromhell parse."""
    pages = [p for p in corpus_pages(args.corpus) if process_page(p).error is None]
    nbytes = sum(len(p.wikitext.encode("utf-8")) for p in pages)
    options = Options()

    def bare():
        for p in pages:
            mwparserfromhell.parse(p.wikitext)

    def pipeline():
        import pyoxigraph as ox

        quads = []
        for p in pages:
            res = process_page(p, options)
            quads.extend(ox.parse(res.nquads, format=ox.RdfFormat.N_QUADS))
        serialize(quads, "ttl")

    t = interleaved(args.rounds, bare=bare, pipeline=pipeline)
    ratio = t["bare"] / t["pipeline"]
    mb = nbytes / 1e6
    use_c = getattr(mwparserfromhell.parser, "use_c", None)
    return [
        f"corpus: {len(pages)} articles, {mb:.2f} MB; mwparserfromhell C tokenizer: {use_c}",
        f"bare parse      {mb / t['bare']:7.2f} MB/s  {len(pages) / t['bare']:7.1f} articles/s",
        f"kg build        {mb / t['pipeline']:7.2f} MB/s  {len(pages) / t['pipeline']:7.1f} articles/s",
        f"ratio kg build / bare parse throughput: {ratio:.2f}x (goal >= 0.60x) {'OK' if ratio >= 0.6 else 'BELOW GOAL'}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.bench", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default: all of {', '.join(BENCHES)})")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per measurement (median reported)")
    parser.add_argument("--corpus", type=Path, help="folder of .wiki files (default: the test fixtures)")
    args = parser.parse_args(argv)
    names = args.names or list(BENCHES)
    for name in names:
        if name not in BENCHES:
            parser.error(f"unknown benchmark {name!r}; choose from {', '.join(BENCHES)}")
        print(f"== {name}: {BENCHES[name].__doc__.strip()}")
        for line in BENCHES[name](args):
            print("  " + line)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
