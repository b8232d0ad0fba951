"""kg build: articles, folders or dumps -> an RDF graph file."""

from __future__ import annotations

import argparse
import sys

import pyoxigraph as ox

from kg.build import build
from kg.commands.link import add_client_arguments, link_with_args, print_report
from kg.engines import DEFAULT_BATCH, ENGINES
from kg.errors import UsageError
from kg.extractors import EXTRACTORS, resolve
from kg.graph.rdf import DEFAULT_BASE
from kg.graph.sinks import FORMATS
from kg.pipeline import Options

HELP = "build an RDF graph from articles, folders or XML dumps"
DESCRIPTION = """Build an RDF graph from English Wikipedia company articles.

INPUT is a .wiki file, a folder (read recursively), a MediaWiki XML dump (.xml, .xml.bz2)
or - for stdin. Bad inputs are reported on stderr and skipped; the graph of the good ones
is written atomically (no partial file on failure or Ctrl-C).

examples:
  kg build ../shared/corpus/wikipedia/IBM.wiki -o ibm.ttl
  kg build articles/ -o graph.nq
  kg build dump.xml.bz2 -o dump.trig --extractors infobox
  kg build articles/ -o confident.ttl --min-confidence 0.8"""


def confidence_threshold(text: str) -> float:
    """A --min-confidence value: a number from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number; give a confidence between 0 and 1") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is outside 0-1; give a confidence between 0 and 1")
    return value


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="article file, folder, XML dump or -")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout)")
    p.add_argument(
        "--store", metavar="DIR", help="write into an Oxigraph store incrementally instead of a file (see docs/store.md)"
    )
    p.add_argument(
        "-f", "--format", choices=sorted(FORMATS), help="output format (default: from the file extension, else ttl)"
    )
    p.add_argument(
        "--extractors",
        metavar="NAMES",
        help=f"comma-separated extractors to run (default: all; available: {', '.join(EXTRACTORS)})",
    )
    p.add_argument("--base", default=DEFAULT_BASE, metavar="IRI", help=f"base IRI of minted resources (default: {DEFAULT_BASE})")
    p.add_argument("--title", metavar="TITLE", help="article title for wikitext read from stdin (-)")
    p.add_argument("--any-infobox", action="store_true", help="map a non-company infobox's common parameters instead of rejecting the article")
    p.add_argument(
        "--min-confidence", type=confidence_threshold, metavar="X",
        help="leave out facts read from running text whose confidence is below X (0-1; default: keep all;"
             " 0.8 keeps the facts measured at precision >= 0.97, see docs/quality.md); infobox facts are always kept",
    )
    p.add_argument("--no-prefilter", action="store_true", help="do not skip dump pages without a company-like infobox")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    p.add_argument("--engine", choices=ENGINES, default="local", help="where pages are processed: local processes or Dask (default: local)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: a Dask scheduler (tcp://HOST:8786); default: a local cluster")
    p.add_argument("--batch-pages", type=int, default=DEFAULT_BATCH, metavar="N", help=f"pages per Dask task (default: {DEFAULT_BATCH})")
    p.add_argument(
        "--link", action="store_true", help="link the graph's entities to Wikidata before writing (see kg link --help)"
    )
    p.add_argument("--report", metavar="FILE", help="with --link: write links, ambiguous and unlinked entities as JSON")
    client = p.add_argument_group("Wikidata linking (with --link)")
    add_client_arguments(client)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no per-page messages; only the summary line")


def run(args: argparse.Namespace) -> int:
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler names a Dask scheduler: use it with --engine dask")
    if args.store and (args.output or args.link):
        raise UsageError("--store writes into a store: it cannot be combined with -o or --link")
    options = Options(extractors=resolve(args.extractors), base=_base(args.base), any_infobox=args.any_infobox,
                      min_confidence=args.min_confidence)
    transform = None
    if args.link:

        def transform(quads):
            linked, report = link_with_args(quads, args)
            print_report(report, args.report, prog="kg build")
            print(f"kg build: {report.summary()}", file=sys.stderr)
            return linked

    code, report = build(
        args.inputs, args.output, args.format, options, quiet=args.quiet, prefilter=not args.no_prefilter,
        stdin_title=args.title,
        transform=transform,
        engine=args.engine,
        workers=args.workers,
        scheduler=args.scheduler,
        batch_size=args.batch_pages,
        store=args.store,
    )
    where = f" -> {args.output}" if args.output and args.output != "-" else ""
    where = f" -> store {args.store}" if args.store else where
    print(f"kg build: {report.summary()}{where}", file=sys.stderr)
    return code


def _base(value: str) -> str:
    try:
        ox.NamedNode(value)
    except ValueError as err:
        raise UsageError(
            f"--base {value!r} is not an absolute IRI ({err}); give one such as https://example.org/kg/"
        ) from None
    return value
