"""make bench: throughput and latency measured as ratios within the same run.

Runs the registered benchmarks: ``python -m benchmarks [NAMES] [--quick] [--rounds N]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks import dump, dumpbuild, memory, pipeline, queries, web, workers  # noqa: F401 - each registers itself
from benchmarks.common import BENCHES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default: all of {', '.join(BENCHES)})")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per measurement (median reported)")
    parser.add_argument("--corpus", type=Path, help="folder of .wiki files (default: the test fixtures)")
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run of every benchmark")
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    names = args.names or list(BENCHES)
    for name in names:
        if name not in BENCHES:
            parser.error(f"unknown benchmark {name!r}; choose from {', '.join(BENCHES)}")
    args.tmp = None
    try:
        for name in names:
            print(f"== {name}: {BENCHES[name].__doc__.strip()}")
            sys.stdout.flush()
            for line in BENCHES[name](args):
                print("  " + line)
            sys.stdout.flush()
    finally:
        if getattr(args, "_tmpdir", None) is not None:
            args._tmpdir.cleanup()
    return 0


