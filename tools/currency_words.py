"""Write kg/data/currency_words.tsv: the English names of the currencies, from the Unicode CLDR
as the Babel library ships it.

A figure followed by a currency's name ("2.4 billion Chilean pesos", "61 million Estonian
kroons", "300 million dinars") is money in that currency. ``kg.text.money`` reads the written
names from this table besides its own short list (``CURRENCY_WORDS``, which decides where both
name a word: "pounds" is sterling there). For every currency that ``kg.text.money`` knows by its
ISO code (``ISO_CURRENCIES`` and ``LEGACY_CURRENCIES``), CLDR's English display name and its
singular and plural forms ("Chilean peso", "Chilean pesos") are rows of their own, and so is the
plural's last word ("pesos", "kroons", "dinars", "leva"): a bare plural that several currencies
share gives all of them, and the article's country decides between them (``kg.text.currency``).
A bare singular ("mark", "real", "sol", "won") is left out: it is an English word too ("the 1,000
mark"). Names that CLDR dates ("Romanian Leu (1952–2006)") are left out: the reading without its
period would be another currency's.

    .venv/bin/python tools/currency_words.py          # rewrite the table
    .venv/bin/python tools/currency_words.py --check  # exit 1 when the table differs from CLDR

``tests/test_currency_words.py`` runs the check, so a change of Babel's data shows up as a diff.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cldr_table  # noqa: E402  (the write-or-check command line shared with the other CLDR table)
from babel import Locale, __version__  # noqa: E402
from babel.numbers import get_currency_name  # noqa: E402

from kg.text.money import ISO_CURRENCIES, LEGACY_CURRENCIES  # noqa: E402

TABLE = ROOT / "kg" / "data" / "currency_words.tsv"


def words() -> dict[str, list[str]]:
    """word (lower case) -> the ISO codes it names, sorted."""
    english = Locale("en")
    found: dict[str, set[str]] = defaultdict(set)
    for code in sorted(ISO_CURRENCIES | LEGACY_CURRENCIES):
        names = {english.currencies.get(code, code), get_currency_name(code, count=1, locale=english),
                 get_currency_name(code, count=2, locale=english)}
        names = {n.lower() for n in names if n and n != code and "(" not in n}
        for name in names:
            found[name].add(code)
        plural = get_currency_name(code, count=2, locale=english).lower()
        if plural != code.lower() and "(" not in plural and " " in plural:
            found[plural.rsplit(" ", 1)[1]].add(code)
    return {word: sorted(codes) for word, codes in sorted(found.items())}


def render() -> str:
    lines = [f"# The English names of currencies (CLDR, Babel {__version__}), written by tools/currency_words.py:",
             "# do not edit. A word with several codes is read by the article's country (kg.text.currency).",
             "# word\tcodes"]
    lines += [f"{word}\t{' '.join(codes)}" for word, codes in words().items()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(cldr_table.main(__doc__, TABLE, render, f"tools/{Path(__file__).name}"))
