"""kg serve: a read-only SPARQL 1.1 endpoint over a store (the Oxigraph server)."""

from __future__ import annotations

import argparse

from kg.graph.serve import serve

HELP = "serve a store read-only as a SPARQL endpoint on loopback (the Oxigraph server)"
DESCRIPTION = """Serve a store built with 'kg build --store DIR' as a read-only SPARQL 1.1
endpoint, by running the Oxigraph server ('oxigraph serve-read-only', from the 'oxigraph'
package). Queries go to http://HOST:PORT/query; graphs can be read from /store (Graph
Store Protocol); writes are refused. The default graph is the store's merged graph: every
triple once, whichever pages state it, as for 'kg query'; each page also has a named graph.

The endpoint listens on 127.0.0.1 unless --bind says otherwise; it has no authentication,
so binding another address prints a warning. Stop it with Ctrl-C. Do not serve a store
while a 'kg build --store' writes to it: restart the server after a build.

examples:
  kg serve --store kgstore/
  kg serve --store kgstore/ --port 8000 --timeout 60"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", required=True, metavar="DIR", help="store directory (from kg build --store)")
    p.add_argument("--port", type=int, default=7878, metavar="PORT", help="TCP port (default: 7878)")
    p.add_argument("--bind", default="127.0.0.1", metavar="HOST", help="address to listen on (default: 127.0.0.1, loopback only)")
    p.add_argument("--timeout", type=float, metavar="SECONDS", help="stop queries that run longer than this")
    p.add_argument(
        "--union-default-graph",
        dest="union",
        action="store_true",
        help="serve the union of the named graphs as the default graph (with repeats: a triple"
        " stated by several pages matches once per page) instead of the merged default graph",
    )
    p.add_argument("--cors", action="store_true", help="allow cross-origin requests (browser clients)")


def run(args: argparse.Namespace) -> int:
    return serve(
        args.store, args.bind, args.port, union_default_graph=args.union, timeout=args.timeout, cors=args.cors
    )
