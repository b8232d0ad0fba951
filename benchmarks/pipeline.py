"""The whole pipeline against a bare mwparserfromhell parse of the same text."""

from __future__ import annotations

import argparse
import os
import tempfile

import mwparserfromhell

from benchmarks.common import (
    bench,
    good_pages,
    interleaved,
)
from kg.extractors import DEFAULT_EXTRACTORS
from kg.graph.sinks import new_spool, write_spool
from kg.pipeline import Options, process_page

# =========================================================================== pipeline


@bench("pipeline")
def bench_pipeline(args: argparse.Namespace) -> list[str]:
    """Whole pipeline (parse + extract + RDF + Turtle) vs a bare mwparserfromhell parse."""
    pages = good_pages(args)
    nbytes = sum(len(p.wikitext.encode("utf-8")) for p in pages)

    def bare():
        for p in pages:
            mwparserfromhell.parse(p.wikitext)

    def build(extractors):
        # what kg build -o out.ttl does: per-page quads, spooled and merged, Turtle written
        opts = Options(extractors=extractors, graphs=False)

        def run():
            with new_spool("ttl") as spool, tempfile.TemporaryDirectory() as tmp:
                for p in pages:
                    spool.add(process_page(p, opts).nquads, has_graphs=False)
                write_spool(spool, os.path.join(tmp, "out.ttl"), "ttl")

        return run

    t = interleaved(args.rounds, bare=bare, infobox=build(("infobox",)), pipeline=build(DEFAULT_EXTRACTORS))
    mb = nbytes / 1e6
    use_c = getattr(mwparserfromhell.parser, "use_c", None)
    lines = [
        f"corpus: {len(pages)} articles, {mb:.2f} MB; mwparserfromhell C tokenizer: {use_c}",
        f"bare parse               {mb / t['bare']:7.2f} MB/s  {len(pages) / t['bare']:7.1f} articles/s",
        f"kg build, infobox only   {mb / t['infobox']:7.2f} MB/s  {len(pages) / t['infobox']:7.1f} articles/s",
        f"kg build, all extractors {mb / t['pipeline']:7.2f} MB/s  {len(pages) / t['pipeline']:7.1f} articles/s",
    ]
    for name, label in (("infobox", "infobox only"), ("pipeline", "all extractors")):
        ratio = t["bare"] / t[name]
        verdict = "OK" if ratio >= 0.6 else "BELOW GOAL"
        lines.append(f"ratio kg build ({label}) / bare parse throughput: {ratio:.2f}x (goal >= 0.60x) {verdict}")
    return lines
