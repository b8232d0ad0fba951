"""kg push: load graph files into any SPARQL 1.1 store; the library function is
``kg.graph.push.push``."""

from __future__ import annotations

import argparse
import sys

from kg.graph.push import DEFAULT_CHUNK, METHODS, push

HELP = "load graph files into a SPARQL 1.1 store (Graph Store Protocol or SPARQL Update)"
DESCRIPTION = """Load graph files (.ttl, .nt, .nq, .trig, .jsonld, .rdf) into any SPARQL 1.1
store.

--method gsp (default) uses the SPARQL 1.1 Graph Store Protocol: --endpoint is the graph
store URL (Oxigraph: http://HOST:PORT/store). Triples go to ?graph=IRI (--graph) or to the
default graph; files with named graphs (TriG, N-Quads from kg build) keep them: one POST
of N-Quads to the dataset (an Oxigraph and Jena extension), or with --replace one PUT per
graph. --replace replaces the target graphs instead of adding to them.

--method update uses SPARQL 1.1 Update through SPARQLWrapper: --endpoint is the update URL
(Oxigraph: http://HOST:PORT/update). The data goes in INSERT DATA chunks of --chunk-size
triples into staging graphs and is moved into place by one final request, so a failure
mid-way leaves the target graphs as they were.

Requests carry a User-Agent; HTTP 429 and 5xx are retried (--retries, Retry-After
honoured). An unreachable endpoint or a refusal exits with code 5.

examples:
  kg push graph.nq --endpoint http://127.0.0.1:7878/store
  kg push ibm.ttl --endpoint http://127.0.0.1:7878/store --graph https://example.org/g/IBM --replace
  kg push ibm.ttl --endpoint http://127.0.0.1:7878/update --method update --graph https://example.org/g/IBM"""

# ---------------------------------------------------------------- command


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("graphs", nargs="+", metavar="GRAPH", help="graph file (.ttl, .nt, .nq, .trig, .jsonld, .rdf)")
    p.add_argument("--endpoint", required=True, metavar="URL", help="Graph Store URL (gsp) or SPARQL Update URL (update)")
    p.add_argument("--graph", metavar="IRI", help="load all triples into this named graph (default: the files' own graphs, else the default graph)")
    p.add_argument("--method", choices=METHODS, default="gsp", help="Graph Store Protocol or SPARQL Update (default: gsp)")
    p.add_argument("--replace", action="store_true", help="replace the target graphs instead of adding to them")
    p.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK, metavar="N", help=f"triples per INSERT DATA request with --method update (default: {DEFAULT_CHUNK})")
    p.add_argument("--retries", type=int, default=3, metavar="N", help="retries of a request answered 429 or 5xx (default: 3)")
    p.add_argument("--timeout", type=float, default=120.0, metavar="SECONDS", help="per request (default: 120)")
    p.add_argument("-q", "--quiet", action="store_true", help="no retry messages; only the summary line")


def run(args: argparse.Namespace) -> int:
    def notify(message: str) -> None:
        print(f"kg push: {message}", file=sys.stderr)

    report = push(
        args.graphs,
        args.endpoint,
        graph=args.graph,
        method=args.method,
        replace=args.replace,
        chunk_size=args.chunk_size,
        retries=args.retries,
        timeout=args.timeout,
        notify=None if args.quiet else notify,
    )
    print(f"kg push: {report.summary()}", file=sys.stderr)
    return 0
