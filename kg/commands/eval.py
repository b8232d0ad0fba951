"""kg eval: precision, recall and F1 of the extractors against hand-made gold annotations."""

from __future__ import annotations

import argparse
import json
import sys

from kg.commands.build import confidence_threshold
from kg.errors import EXIT_NONCONFORMING, EXIT_OK, UsageError
from kg.evaluation.runner import evaluate, missing_articles
from kg.evaluation.scoring import format_table
from kg.extractors import resolve
from kg.graph.query import drop_weak_statements, in_memory, load_graphs, open_store

HELP = "score the extractors against gold annotations (precision, recall, F1 per type)"
DESCRIPTION = """Run the extractors on the articles named by the gold files (tests/gold/*.json) and
print precision, recall and F1 per extractor and per event type, strict (the date agrees at
the gold's precision) and lenient (the year agrees). A `profile` block scores the infobox as
the `profile` query shows it, per property. With --through-queries the history, relations and
controversies are scored as the `timeline`, `partners` and `controversies` queries show them on
each article's graph (what a user of kg build and kg query sees; a query row has no section,
so there is no scope). With --graph (or --store) nothing is extracted: the gold is scored on
the rows the bundled queries give on a graph kg build already wrote, as anyone checking that
graph from outside would score it. With --min-confidence X only the text facts whose confidence
is X or more count, the facts `kg build --min-confidence X` keeps (infobox facts have no
confidence and are always kept): what a threshold costs in recall and buys in precision on your
gold, in every mode (with --graph or --store, the graph is one built without the flag). The
gold format is described in tests/gold/README.md.

exit codes: 0 scores at or above the floors, 1 below --min-precision/--min-recall (lenient),
2 bad arguments, 3 a gold file or article is missing.

examples:
  kg eval tests/gold
  kg eval tests/gold tests/gold/heldout tests/gold/unseen ../shared/corpus/synthetic/gold
  kg eval tests/gold/synthetic                 # the infobox profile of four synthetic articles
  kg eval tests/gold --extractors history --format json
  kg eval tests/gold/blind4 --through-queries       # as the bundled queries show the graph
  kg build tests/fixtures/blind4 -o blind4.ttl && kg eval tests/gold/blind4 --graph blind4.ttl
  kg eval tests/gold --min-precision 0.9 --min-recall 0.8
  kg eval tests/gold --min-confidence 0.8           # as if built with --min-confidence 0.8"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold folder (or one gold .json file); several sets are scored one by one")
    p.add_argument("-e", "--extractors", metavar="NAMES", help="comma-separated extractors to score (default: those the gold names)")
    p.add_argument("-f", "--format", choices=["table", "json"], default="table", help="output format (default: table)")
    p.add_argument("--details", action="store_true", help="list the missed and the extra events, and per matched event the participants, "
                        "roles, label targets and amounts that disagree with the gold (table format)")
    p.add_argument("--through-queries", action="store_true",
                   help="score the rows of the bundled timeline, partners and controversies queries on "
                        "each article's graph, as a user of kg build and kg query sees them (no section "
                        "scope: a row from outside the annotated sections counts as an extra)")
    p.add_argument("-g", "--graph", action="append", default=[], metavar="FILE",
                   help="score the query rows of this graph file, written by kg build (repeatable)")
    p.add_argument("--store", metavar="DIR", help="score the query rows of this Oxigraph store (kg build --store)")
    p.add_argument("--min-confidence", type=confidence_threshold, metavar="X",
                   help="score only the text facts whose confidence is X or more (0-1), those kg build "
                        "--min-confidence X keeps; infobox facts are always kept (default: every fact)")
    p.add_argument("--min-precision", type=float, metavar="X", help="exit 1 when a lenient precision is below X")
    p.add_argument("--min-recall", type=float, metavar="Y", help="exit 1 when a lenient recall is below Y")


def run(args: argparse.Namespace) -> int:
    extractors = resolve(args.extractors) if args.extractors else None
    several = len(args.gold) > 1
    if args.graph and args.store:
        raise UsageError("give either --graph files or --store, not both")
    if (args.graph or args.store) and args.through_queries:
        raise UsageError("--graph and --store already score the query rows; drop --through-queries")
    graph = load_graphs(args.graph) if args.graph else open_store(args.store) if args.store else None
    threshold = args.min_confidence
    if graph is not None and threshold is not None:
        graph = graph if args.graph else in_memory(graph)  # a store on disk is never changed
        drop_weak_statements(graph, threshold)
    if graph is not None:
        for title in missing_articles(graph, args.gold):
            print(f"kg eval: {title}: not in the graph (no profile row); its gold items count as misses",
                  file=sys.stderr)
    results = {gold: evaluate(gold, extractors, args.through_queries, graph, threshold) for gold in args.gold}
    if args.format == "json":
        data = {gold: {k: _as_dict(s, threshold) for k, s in scores.items()} for gold, scores in results.items()}
        sys.stdout.write(json.dumps(data if several else data[args.gold[0]], indent=2) + "\n")
    else:
        for gold, scores in results.items():
            if several:
                sys.stdout.write(f"== {gold}\n")
            sys.stdout.write(format_table(scores, details=args.details))
    code = EXIT_OK
    for gold, scores in results.items():
        where = f" {gold}:" if several else ""
        for name, s in scores.items():
            low = []
            if args.min_precision is not None and s.lenient.precision < args.min_precision:
                low.append(f"precision {s.lenient.precision:.3f} < {args.min_precision}")
            if args.min_recall is not None and s.lenient.recall < args.min_recall:
                low.append(f"recall {s.lenient.recall:.3f} < {args.min_recall}")
            if low:
                code = EXIT_NONCONFORMING
                print(f"kg eval:{where} {name}: below the floor: {', '.join(low)}", file=sys.stderr)
        summary = ", ".join(f"{n} P={s.lenient.precision:.3f} R={s.lenient.recall:.3f} (lenient)" for n, s in scores.items())
        at = f" at --min-confidence {threshold}" if threshold is not None else ""
        print(f"kg eval:{where} {summary}{at}", file=sys.stderr)
    return code


def _as_dict(score, threshold: float | None) -> dict:
    """A score as JSON; with --min-confidence, the threshold it was scored at."""
    data = score.as_dict()
    if threshold is not None:
        data["min_confidence"] = threshold
    return data
