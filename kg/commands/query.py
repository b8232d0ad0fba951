"""kg query: run a bundled (or your own .rq) SPARQL query on graph files or a store."""

from __future__ import annotations

import argparse
import sys

from kg.errors import UsageError
from kg.graph.query import bundled_queries, get_query, load_graphs, open_store, render, run_query

HELP = "run a bundled SPARQL query (kg query --list) on graph files or a store"
DESCRIPTION = """Run a bundled SPARQL query, or your own .rq file, on one or more graph files
(any format kg build writes, named after the query or with --graph) or an Oxigraph store
(--store). Parameters are bound as RDF terms, never spliced into the query text.

examples:
  kg query --list
  kg query partners out.ttl
  kg query profile --graph ibm.ttl --param company=IBM
  kg query profile --graph ibm.ttl --param company=IBM --format json"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="?", metavar="QUERY", help="bundled query name or path to a .rq file")
    p.add_argument("graphs", nargs="*", metavar="GRAPH", help="graph file to query (the same as --graph)")
    p.add_argument("--list", action="store_true", help="list the bundled queries with their parameters")
    p.add_argument("-g", "--graph", action="append", default=[], metavar="FILE", help="graph file to query (repeatable)")
    p.add_argument("--store", metavar="DIR", help="Oxigraph store directory to query")
    p.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE", help="query parameter (repeatable)")
    p.add_argument("-f", "--format", choices=["table", "csv", "tsv", "json"], default="table", help="output format (default: table)")


def list_queries() -> str:
    lines = []
    for name, q in bundled_queries().items():
        lines.append(f"{name:16} {q.title}")
        if q.description:
            lines.append(f"{'':16} {q.description}")
        for p in q.params:
            lines.append(f"{'':16} --param {p.name}=...  {p.description}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    if args.list:
        sys.stdout.write(list_queries())
        return 0
    if not args.query:
        raise UsageError("name a query (see 'kg query --list')")
    graphs = [*args.graphs, *args.graph]
    if not graphs and not args.store:
        raise UsageError("give graph files (kg query QUERY FILE..., or --graph FILE) or --store DIR")
    if args.store and graphs:
        raise UsageError("give either graph files or --store, not both")
    params = {}
    for item in args.param:
        if "=" not in item:
            raise UsageError(f"--param {item!r}: write NAME=VALUE")
        key, value = item.split("=", 1)
        params[key.strip()] = value
    query = get_query(args.query)
    store = open_store(args.store) if args.store else load_graphs(graphs)
    columns, rows = run_query(store, query, params)
    sys.stdout.write(render(columns, rows, args.format))
    return 0
