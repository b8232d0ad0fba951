"""CLI subcommands: each module is a thin layer over a library function of the same name.

A command module defines ``HELP`` (one line), ``DESCRIPTION`` (optional, for ``--help``),
``add_arguments(parser)`` and ``run(args) -> int`` (the exit code). The tuple below is the
one visible registry; ``kg --help`` lists them in this order.
"""

COMMANDS: tuple[str, ...] = (
    "build",
    "diff",
    "eval",
    "extract",
    "fetch",
    "link",
    "network",
    "push",
    "query",
    "serve",
    "timeline",
    "validate",
)
