"""The ``kg`` command line. stdout carries data; stderr carries progress and the summary."""

from __future__ import annotations

import argparse
import importlib
import sys

from kg import __version__
from kg.commands import COMMANDS
from kg.errors import EXIT_INTERRUPTED, EXIT_USAGE, KgError
from kg.fileio import checked_stdout

EPILOG = """exit codes: 0 ok, 1 not conforming (validate), 2 usage error, 3 no usable input,
4 partial (some inputs failed, output written), 5 remote service failed, 6 cannot write
output, 130 interrupted. See the README for details."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Turn English Wikipedia company articles into a cited RDF knowledge graph.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"company-kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"kg.commands.{name}")
        p = sub.add_parser(
            name,
            help=module.HELP,
            description=getattr(module, "DESCRIPTION", module.HELP),
            epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        with checked_stdout():
            return int(args._run(args) or 0)
    except KgError as err:
        print(f"kg {args.command}: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted; no partial output was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
