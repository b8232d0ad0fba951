"""kg validate: check a graph against the SHACL shapes."""

from __future__ import annotations

import argparse
import sys

from kg.errors import EXIT_NONCONFORMING, EXIT_OK
from kg.graph.validate import validate

HELP = "check a graph file against the bundled SHACL shapes (exit 0 conforms, 1 not)"
DESCRIPTION = """Validate graph files against the bundled SHACL shapes (ontology/shapes.ttl)
with pySHACL. Prints the validation report for graphs that do not conform.

exit codes: 0 every graph conforms, 1 at least one does not, 3 a file is missing or unreadable.

example:
  kg validate ibm.ttl"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("graphs", nargs="+", metavar="GRAPH", help="graph file (.ttl, .nt, .jsonld, .trig, .nq)")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the summary line")


def run(args: argparse.Namespace) -> int:
    code = EXIT_OK
    for path in args.graphs:
        conforms, text = validate(path)
        if conforms:
            print(f"kg validate: {path}: conforms", file=sys.stderr)
        else:
            code = EXIT_NONCONFORMING
            if not args.quiet:
                sys.stdout.write(text)
            print(f"kg validate: {path}: does not conform (see the report above)", file=sys.stderr)
    return code
