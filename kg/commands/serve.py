"""kg serve: company pages, Linked Data and a read-only SPARQL endpoint over a store."""

from __future__ import annotations

import argparse

from kg.web.server import DEFAULT_TIMEOUT, serve

HELP = "serve a store read-only: company pages, Linked Data and a SPARQL endpoint on loopback"
DESCRIPTION = f"""Serve a store built with 'kg build ... --store DIR' read-only on one address:

  /                   the companies of the store, with search by name
  /resource/PATH      every minted IRI (https://w3id.org/company-kg/resource/PATH): a company
                      page (profile with citations, timeline picture, partners, controversies)
                      or an entity page for browsers; Turtle, JSON-LD or N-Triples by the
                      Accept header (also at /data/PATH.ttl, .jsonld, .nt)
  /query              SPARQL 1.1 query (GET or POST); /store: graph reads; writes refused
  /oxigraph/          the Oxigraph query UI

The SPARQL protocol is answered by the Oxigraph server ('oxigraph serve-read-only', from the
'oxigraph' package), run on a private loopback port; the pages relay to it. The default graph
is the store's merged graph: every triple once, as for 'kg query'. A SPARQL request may run
for --timeout seconds (default {DEFAULT_TIMEOUT:g}, as the Wikidata Query Service; 0: no limit).

It listens on 127.0.0.1 unless --bind says otherwise; it has no authentication, so binding
another address prints a warning. Stop it with Ctrl-C. Do not serve a store while a
'kg build --store' writes to it: restart the server after a build.

examples:
  kg serve --store kgstore/
  kg serve --store kgstore/ --port 8000 --timeout 120
  curl -H 'Accept: text/turtle' http://127.0.0.1:7878/resource/entity/SenseTime"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", required=True, metavar="DIR", help="store directory (from kg build --store)")
    p.add_argument("--port", type=int, default=7878, metavar="PORT", help="TCP port (default: 7878; 0: any free port)")
    p.add_argument("--bind", default="127.0.0.1", metavar="HOST", help="address to listen on (default: 127.0.0.1, loopback only)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"stop SPARQL requests that run longer than this (default: {DEFAULT_TIMEOUT:g}; 0: no limit)")
    p.add_argument(
        "--union-default-graph",
        dest="union",
        action="store_true",
        help="serve the union of the named graphs as the SPARQL default graph (with repeats: a triple"
        " stated by several pages matches once per page) instead of the merged default graph",
    )
    p.add_argument("--cors", action="store_true", help="allow cross-origin SPARQL requests (browser clients)")


def run(args: argparse.Namespace) -> int:
    return serve(
        args.store, args.bind, args.port, union_default_graph=args.union, timeout=args.timeout, cors=args.cors
    )
