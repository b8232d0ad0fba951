"""``kg link``: add owl:sameAs links to Wikidata items (see docs/linking.md)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, RemoteError, UsageError
from kg.fileio import atomic_write
from kg.graph.sinks import FORMATS, format_for, write_graph
from kg.http import RetryPolicy
from kg.wikidata.cache import Cache, NoCache
from kg.wikidata.client import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_ENDPOINT,
    DEFAULT_STATEMENT_BATCH_SIZE,
    WikidataClient,
)
from kg.wikidata.link import WIKIDATA_GRAPH, link_quads
from kg.wikidata.redirects import DEFAULT_MEDIAWIKI_API, RedirectResolver, load_redirect_table
from kg.wikidata.report import stderr_notify

HELP = "link entities to Wikidata items (sitelinks, redirects, labels)"
DESCRIPTION = """Link the graph's entities to Wikidata items and write the graph with
owl:sameAs links plus the method and confidence of each link (query: wikidata_links).

Entities with an English Wikipedia page are resolved through their sitelink; titles that miss
are retried after redirect resolution (MediaWiki API and/or --redirect-table); names without a
page fall back to an exact label/alias match constrained by type and country. Ambiguous and
unlinked entities are listed on stderr (and in --report), never guessed.

The client is polite to the Wikidata Query Service: a User-Agent with a contact (--contact or
KG_CONTACT), one request at a time, Retry-After honoured, bounded retries, and an on-disk cache
so a second run sends no query for titles already resolved. If the endpoint fails, nothing is
written, the input is untouched and the exit code is 5."""

LISTED = 25


def default_cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "company-kg")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", help="graph to link (.ttl, .nt, .jsonld, .trig, .nq)")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        help="linked graph, format from the extension; '-' writes Turtle to stdout",
    )
    parser.add_argument(
        "--format", choices=sorted(FORMATS), help="output format (default: from the -o extension)"
    )
    add_client_arguments(parser)
    parser.add_argument(
        "--enrich",
        action="store_true",
        help=f"also fetch P31, P17 and English labels of linked items into the named graph"
        f" <{WIKIDATA_GRAPH}> (needs a .trig, .nq or .jsonld output)",
    )
    parser.add_argument(
        "--report", metavar="FILE", help="write links, ambiguous and unlinked entities as JSON"
    )


def add_client_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the Wikidata client, shared by ``kg link`` and ``kg build --link``."""
    add_endpoint_arguments(parser)
    add_redirect_arguments(parser)


def add_endpoint_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the SPARQL client, shared by ``kg link``, ``kg build --link`` and ``kg diff``."""
    parser.add_argument(
        "--endpoint",
        default=DEFAULT_ENDPOINT,
        help=f"SPARQL endpoint (default: {DEFAULT_ENDPOINT})",
    )
    parser.add_argument(
        "--contact",
        default=os.environ.get("KG_CONTACT"),
        help="URL or e-mail for the User-Agent, so the service operators can reach you"
        " (default: $KG_CONTACT, else the project URL)",
    )
    parser.add_argument(
        "--cache",
        metavar="DIR",
        default=None,
        help=f"cache directory (default: {default_cache_dir()})",
    )
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    parser.add_argument(
        "--cache-max-age",
        type=float,
        default=30.0,
        metavar="DAYS",
        help="ignore cached answers older than this (default: 30)",
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH_SIZE,
        help=f"titles per sitelink query (default: {DEFAULT_BATCH_SIZE}; label queries use at most 20,"
        f" statement queries at most {DEFAULT_STATEMENT_BATCH_SIZE} items)",
    )
    parser.add_argument(
        "--timeout", type=float, default=65.0, help="seconds per request (default: 65)"
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=4,
        help="retries after a 429, 5xx, timeout or bad body (default: 4)",
    )
    parser.add_argument(
        "--max-wait",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="longest Retry-After to honour; a longer one stops the run (default: 300)",
    )


def add_redirect_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the redirect and label stages of linking."""
    parser.add_argument(
        "--mediawiki-api",
        default=DEFAULT_MEDIAWIKI_API,
        metavar="URL",
        help=f"MediaWiki API used to resolve redirects (default: {DEFAULT_MEDIAWIKI_API})",
    )
    parser.add_argument(
        "--no-mediawiki-api", action="store_true", help="do not ask the MediaWiki API for redirects"
    )
    parser.add_argument(
        "--redirect-table",
        metavar="TSV",
        help="redirects as 'source<TAB>target' lines, consulted before the API",
    )
    parser.add_argument(
        "--no-label-fallback", action="store_true", help="link by sitelink and redirect only"
    )


def link_with_args(quads: list[ox.Quad], args: argparse.Namespace, enrich: bool = False):
    """Run the linker configured by the client options; returns (quads, report)."""
    table = load_redirect_table(args.redirect_table) if args.redirect_table else None
    notify = stderr_notify()
    client = make_client(args, notify)
    api = None if args.no_mediawiki_api else args.mediawiki_api
    redirects = RedirectResolver.for_client(client, api, table=table)
    try:
        return link_quads(
            quads,
            client,
            redirects=redirects,
            label_fallback=not args.no_label_fallback,
            enrich=enrich,
            notify=notify,
        )
    finally:
        client.close()


def make_client(args: argparse.Namespace, notify) -> WikidataClient:
    """The Wikidata client configured by the options of :func:`add_endpoint_arguments`."""
    if args.batch_size < 1 or args.retries < 0 or args.timeout <= 0:
        raise UsageError("--batch-size and --timeout must be positive, --retries not negative")
    if args.contact is None and args.endpoint == DEFAULT_ENDPOINT:
        notify("note: set --contact or KG_CONTACT so the Wikidata operators can reach you")
    cache = (
        NoCache() if args.no_cache else Cache(args.cache or default_cache_dir(), args.cache_max_age)
    )
    policy = RetryPolicy(max_attempts=args.retries + 1, max_wait=args.max_wait, notify=notify)
    return WikidataClient(
        args.endpoint,
        contact=args.contact,
        cache=cache,
        timeout=args.timeout,
        policy=policy,
        batch_size=args.batch_size,
        label_batch_size=min(args.batch_size, 20),
        statement_batch_size=min(args.batch_size, DEFAULT_STATEMENT_BATCH_SIZE),
    )


def print_report(report, report_path: str | None, prog: str = "kg link") -> None:
    if report_path:
        with atomic_write(report_path) as fh:
            json.dump(report.to_json(), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    for kind, items in (("ambiguous", report.ambiguous), ("unlinked", report.unlinked)):
        for u in items[:LISTED]:
            name = u.title or u.label or u.entity
            extra = f" [{', '.join(u.candidates)}]" if u.candidates else ""
            print(f"{prog}: {kind}: {name} <{u.entity}>: {u.reason}{extra}", file=sys.stderr)
        if len(items) > LISTED:
            more = f" (see {report_path})" if report_path else " (see --report)"
            print(f"{prog}: ... and {len(items) - LISTED} more {kind}{more}", file=sys.stderr)
    for warning in report.warnings:
        print(f"{prog}: warning: {warning}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    in_format = format_for(args.input, None)
    out_format = format_for(args.output, args.format)
    if args.enrich and not FORMATS[out_format].supports_datasets:
        raise UsageError(
            f"--enrich writes the named graph <{WIKIDATA_GRAPH}>, which a {out_format} output"
            " cannot keep apart; write -o FILE.trig or FILE.nq"
        )
    if not Path(args.input).is_file():
        raise InputError(f"{args.input}: no such file", source=args.input)
    try:
        quads = list(ox.parse(path=args.input, format=FORMATS[in_format]))
    except (SyntaxError, ValueError, OSError) as err:
        raise InputError(f"{args.input}: not valid {in_format}: {err}", source=args.input) from err

    try:
        linked, report = link_with_args(quads, args, enrich=args.enrich)
    except RemoteError as err:
        raise RemoteError(f"{err}; no output written, {args.input} unchanged") from err
    write_graph(linked, args.output, out_format)
    print_report(report, args.report)
    print(f"kg link: {report.summary()}; wrote {args.output}", file=sys.stderr)
    return 0
