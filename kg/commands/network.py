"""kg network: the company-partner-customer network of one or many built graphs."""

from __future__ import annotations

import argparse
import sys

from kg.analysis.network import draw, export, load_network, rank
from kg.errors import UsageError

HELP = "build the partner/customer network from graph files: export, rank, draw"
DESCRIPTION = """Build a network of organisations from graph files written by 'kg build': the
companies and their partners, customers, suppliers, investors, joint venture partners and
research collaborators, one edge per relation statement. Export it (GraphML, GEXF or
node-link JSON, by suffix), list the most central organisations (degree, then betweenness),
or draw it (PNG or SVG; edges coloured by relation type, with a legend).

examples:
  kg network g.ttl -o partners.graphml
  kg network a.ttl b.ttl -o partners.json
  kg network g.ttl --plot partners.png
  kg network g.ttl --top 10"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("graphs", nargs="+", metavar="GRAPH", help="graph file (.ttl, .nt, .nq, .trig, .jsonld)")
    p.add_argument("-o", "--output", action="append", default=[], metavar="FILE",
                   help="write the network (.graphml, .gexf, .json node-link; repeatable)")
    p.add_argument("--plot", metavar="FILE", help="draw the network to a .png or .svg file")
    p.add_argument("--labels", type=int, default=None, metavar="N",
                   help="label the N most central counterparties in the picture "
                        "(default: all up to 150 organisations, else 60)")
    p.add_argument("--top", type=int, metavar="N", help="print the N most central organisations")
    p.add_argument("-f", "--format", choices=["table", "tsv", "json"], default="table",
                   help="format of the --top listing (default: table)")


def _listing(rows: list[dict], fmt: str) -> str:
    import json

    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    cols = ["label", "kind", "degree", "betweenness", "wikipedia"]
    lines = [cols] + [[r["label"], r["kind"], str(r["degree"]), f"{r['betweenness']:.4f}", r["wikipedia"]] for r in rows]
    if fmt == "tsv":
        return "\n".join("\t".join(x) for x in lines) + "\n"
    widths = [max(len(x[i]) for x in lines) for i in range(len(cols))]
    out = ["  ".join(c.ljust(w) for c, w in zip(x, widths, strict=True)).rstrip() for x in lines]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out) + "\n"


def run(args: argparse.Namespace) -> int:
    if not (args.output or args.plot or args.top):
        raise UsageError("say what to do: -o FILE (export), --plot FILE (draw) or --top N (rank)")
    if args.top is not None and args.top < 1:
        raise UsageError("--top needs a positive number")
    g = load_network(args.graphs)
    for path in args.output:
        fmt = export(g, path)
        print(f"kg network: wrote {fmt} to {path}", file=sys.stderr)
    if args.plot:
        draw(g, args.plot, max_labels=args.labels)
        print(f"kg network: drew {args.plot}", file=sys.stderr)
    if args.top:
        sys.stdout.write(_listing(rank(g, args.top), args.format))
    print(f"kg network: {g.number_of_nodes()} organisations, {g.number_of_edges()} relations", file=sys.stderr)
    return 0
