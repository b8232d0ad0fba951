"""Write or check a data table generated from the CLDR (the command line shared by
tools/currency_words.py and tools/currency_eras.py).

A table's comment lines name the Babel version it was written with; ``--check`` compares the
rows only, so a Babel release with the same data passes.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def rows(text: str) -> list[str]:
    """The table's rows without its comments."""
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def main(doc: str, table: Path, render: Callable[[], str], tool: str) -> int:
    """Rewrite ``table`` with ``render()``, or with ``--check`` exit 1 when its rows differ."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the table; exit 1 if they differ")
    args = parser.parse_args()
    text = render()
    if args.check:
        same = table.is_file() and rows(table.read_text(encoding="utf-8")) == rows(text)
        print(f"{table}: {'as CLDR gives it' if same else f'differs from CLDR: rerun {tool}'}")
        return 0 if same else 1
    table.write_text(text, encoding="utf-8")
    print(f"wrote {table} ({len(rows(text))} rows)")
    return 0
