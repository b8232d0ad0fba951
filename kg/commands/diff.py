"""``kg diff``: what Wikidata already has of a linked graph, what it lacks, and the
QuickStatements that would add it with references (see kg/wikidata/diff.py)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from decimal import Decimal

from kg.commands.build import confidence_threshold
from kg.commands.link import add_endpoint_arguments, make_client
from kg.errors import InputError, RemoteError, UsageError
from kg.fileio import atomic_write
from kg.graph.query import load_graphs, render
from kg.wikidata.diff import COLUMNS, STATUSES, TABLE_COLUMNS, commands, diff_graph
from kg.wikidata.facts import companies
from kg.wikidata.quickstatements import FORMATS as QS_FORMATS
from kg.wikidata.quickstatements import render as render_commands
from kg.wikidata.report import stderr_notify

HELP = "compare a linked graph with Wikidata; write QuickStatements for what it lacks"
DESCRIPTION = f"""Compare every fact of the linked companies of a graph (run 'kg link' first)
with the statements Wikidata has for the aligned properties (full statements: ranks, date
precisions, quantities with units, qualifiers), and give each fact one status:
{", ".join(STATUSES)}. Deprecated statements count as absent; preferred ones win.

--quickstatements FILE writes one QuickStatements command for each missing fact (and each
more_precise date), with S854/S1476 (the fact's citation), S143 Q328, S4656 (the article at
its revision) and S813 references. A fact is never proposed when its value is not linked, or
when its statement's kgo:confidence is below --min-confidence; facts read from running text
without a confidence are proposed only with --include-text-facts.

The client is the one of 'kg link': batched VALUES, POST, a User-Agent with your contact,
one request at a time, Retry-After honoured, bounded retries, an on-disk cache (a second run
sends no query). If the endpoint fails, nothing is written and the exit code is 5.

examples:
  kg diff st-linked.ttl --endpoint http://127.0.0.1:7878/query
  kg diff st-linked.ttl --format json --quickstatements st.qs --contact you@example.org
  kg diff graph-linked.nq --company SenseTime --quickstatements st.csv --qs-format csv
  kg diff graph-linked.ttl --format csv -o diff.csv --min-confidence 0.9"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="LINKED_GRAPH", help="a graph that 'kg link' has linked")
    parser.add_argument(
        "--company",
        action="append",
        default=[],
        metavar="TITLE",
        help="only this company (English Wikipedia title; repeatable; default: every linked company)",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=["table", "csv", "tsv", "json"],
        default="table",
        help="output format (default: table, a short form for people); csv, tsv and json have"
        " every column, json as an array of objects of strings",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write the diff to FILE (default: stdout)")
    parser.add_argument(
        "--quickstatements", metavar="FILE", help="write QuickStatements for the missing facts to FILE"
    )
    parser.add_argument(
        "--qs-format",
        choices=QS_FORMATS,
        help="QuickStatements format: v1 (tab-separated commands) or csv (default: csv for a"
        " .csv FILE, else v1)",
    )
    parser.add_argument(
        "--min-confidence",
        type=confidence_threshold,
        default=0.8,
        metavar="X",
        help="never propose a fact whose statement's kgo:confidence is below X (default: 0.8)",
    )
    parser.add_argument(
        "--include-text-facts",
        action="store_true",
        help="also propose facts read from running text whose statement has no kgo:confidence"
        " (graphs built before confidences); infobox facts are always eligible",
    )
    parser.add_argument(
        "--retrieved",
        metavar="YYYY-MM-DD",
        help="the date of the S813 (retrieved) references: when the articles were fetched or"
        " built (default: today, UTC)",
    )
    add_endpoint_arguments(parser)


def _retrieved(text: str | None) -> dt.date:
    if not text:
        return dt.datetime.now(dt.UTC).date()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--retrieved {text!r}: write a date as YYYY-MM-DD") from None


def _not_linked(path: str) -> InputError:
    return InputError(
        f"{path}: no company is linked to Wikidata; link it first: kg link {path} -o LINKED.ttl",
        source=path,
    )


def run(args: argparse.Namespace) -> int:
    retrieved = _retrieved(args.retrieved)
    qs_format = args.qs_format or (
        "csv" if (args.quickstatements or "").lower().endswith(".csv") else "v1"
    )
    store = load_graphs([args.input])
    if not any(c.qid for c in companies(store)):
        raise _not_linked(args.input)
    notify = stderr_notify("kg diff")
    client = make_client(args, notify)
    try:
        result = diff_graph(
            store,
            client,
            titles=args.company,
            min_confidence=Decimal(str(args.min_confidence)),
            include_text=args.include_text_facts,
            notify=notify,
        )
    except LookupError as err:
        raise UsageError(f"--company: {err.args[0]}") from None
    except RemoteError as err:
        raise RemoteError(f"{err}; nothing written") from err
    finally:
        client.close()
    for company in result.unlinked:
        notify(f"skipped {company.title} <{company.iri}>: not linked to Wikidata (run 'kg link')")
    if not result.companies:
        raise _not_linked(args.input)
    if args.format == "table":
        text = render(TABLE_COLUMNS, [row.table_cells() for row in result.rows], "table")
    else:
        text = render(COLUMNS, [row.cells() for row in result.rows], args.format)
    proposals = commands(result, retrieved)
    if args.quickstatements:
        with atomic_write(args.quickstatements) as fh:
            fh.write(render_commands(proposals, qs_format))
    if args.output:
        with atomic_write(args.output) as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    written = f"; {len(proposals)} commands -> {args.quickstatements}" if args.quickstatements else ""
    print(f"kg diff: {result.summary()}{written}", file=sys.stderr)
    return 0
