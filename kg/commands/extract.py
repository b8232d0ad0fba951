"""kg extract: the facts of articles as JSON lines, before RDF."""

from __future__ import annotations

import argparse
import json
import sys

from kg.errors import EXIT_INPUT, EXIT_OK, EXIT_PARTIAL, InputError
from kg.extractors import EXTRACTORS, resolve
from kg.model import fact_to_json
from kg.pipeline import Options, extract_page
from kg.sources import SourceReport, iter_pages

HELP = "print the extracted facts as JSON lines (for debugging and golden files)"
DESCRIPTION = """Print the facts extracted from articles as JSON lines on stdout, one fact per
line with its value, qualifiers and provenance; errors go to stderr.

example:
  kg extract ../shared/corpus/wikipedia/SenseTime.wiki | head"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="article file, folder, XML dump or -")
    p.add_argument("--extractors", metavar="NAMES", help=f"comma-separated extractors (available: {', '.join(EXTRACTORS)})")
    p.add_argument("--title", metavar="TITLE", help="article title for wikitext read from stdin (-)")
    p.add_argument("--any-infobox", action="store_true", help="map a non-company infobox's common parameters")


def run(args: argparse.Namespace) -> int:
    options = Options(extractors=resolve(args.extractors), any_infobox=args.any_infobox)
    report = SourceReport()
    good = bad = 0
    for page in iter_pages(args.inputs, prefilter=True, report=report, stdin_title=args.title):
        try:
            _, _, facts = extract_page(page, options)
        except InputError as err:
            print(f"kg extract: {err}", file=sys.stderr)
            bad += 1
            continue
        good += 1
        for fact in facts:
            sys.stdout.write(json.dumps(fact_to_json(fact), ensure_ascii=False, sort_keys=False) + "\n")
    for _source, message in report.errors:
        print(f"kg extract: {message}", file=sys.stderr)
        bad += 1
    if good == 0:
        return EXIT_INPUT
    return EXIT_PARTIAL if bad else EXIT_OK
