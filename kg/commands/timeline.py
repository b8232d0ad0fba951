"""kg timeline: a company's dated events as a picture (SVG or PNG) or a table."""

from __future__ import annotations

import argparse
import sys

from kg.analysis.timeline import company_timeline, layout, write_picture
from kg.errors import UsageError
from kg.graph.query import load_graphs, open_store, render

HELP = "draw a company's timeline (events by date, coloured by type) as SVG or PNG"
DESCRIPTION = """Draw the timeline of one company from graph files written by 'kg build' (or a
store): every dated event of the bundled 'timeline' query (the history as the article tells it;
the 'controversies' query lists the rest) on a time axis, one lane per event type, coloured by type; events with an amount (funding
rounds, fines) are larger, the circle area growing with the amount within one currency.
SVG is written by kg itself; PNG needs matplotlib (the 'plot' extra). The company pages of
'kg serve' show the same picture. Without --plot the events are printed as a table.

examples:
  kg timeline sensetime.ttl --company SenseTime --plot timeline.svg
  kg timeline g.nq --company Samsung --plot samsung.png
  kg timeline --store kgstore/ --company IBM --plot ibm.svg
  kg timeline g.ttl --company Deliveroo -f json"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("graphs", nargs="*", metavar="GRAPH", help="graph file (.ttl, .nt, .nq, .trig, .jsonld)")
    p.add_argument("--store", metavar="DIR", help="an Oxigraph store (kg build --store) instead of graph files")
    p.add_argument("-c", "--company", required=True, metavar="TITLE", help="English Wikipedia title of the company")
    p.add_argument("--plot", metavar="FILE", help="write the picture to a .svg or .png file")
    p.add_argument("--width", type=int, default=960, metavar="PX", help="picture width in pixels (default: 960)")
    p.add_argument("-f", "--format", choices=["table", "csv", "tsv", "json"], default="table",
                   help="format of the listing printed without --plot (default: table)")


def run(args: argparse.Namespace) -> int:
    if bool(args.graphs) == bool(args.store):
        raise UsageError("give graph files or --store DIR (one of them)")
    if not 300 <= args.width <= 10000:
        raise UsageError("--width must be between 300 and 10000 pixels")
    if args.plot and not args.plot.lower().endswith((".svg", ".png")):
        raise UsageError(f"{args.plot}: the picture must be .svg or .png")
    store = open_store(args.store) if args.store else load_graphs(args.graphs)
    columns, rows, events = company_timeline(store, args.company)
    if not rows:
        print(f"kg timeline: warning: no dated events for {args.company!r} (is the title right?)", file=sys.stderr)
    if args.plot:
        caption = f"{args.company}: {len(events)} dated event{'s' if len(events) != 1 else ''}"
        fmt = write_picture(layout(events, caption, width=float(args.width), href=_link), args.plot)
        print(f"kg timeline: drew {len(events)} events to {args.plot} ({fmt})", file=sys.stderr)
    else:
        sys.stdout.write(render(columns, rows, args.format))
    return 0


def _link(event) -> str | None:
    """In a file, an event links to its first citation with a web address (never to a
    ``javascript:`` or other URL an article may carry)."""
    return next((u for u in event.reference.split() if u.startswith(("http://", "https://"))), None)
