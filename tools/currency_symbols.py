"""Write kg/data/currency_symbols.tsv: the local signs of currencies, from the Unicode CLDR as
the Babel library ships it.

A company's article often writes its money with the sign its country uses ("FCFA 148.6 billion"
for the West African CFA franc in Senegal, "P 3.27 billion" for the Botswana pula). For every
currency that ``kg.text.money`` knows by its ISO code (``ISO_CURRENCIES``) and every territory
that uses it (CLDR's territory currencies, legal tender on ``ON``), the sign each locale of that
territory writes for it (``babel.numbers.get_currency_symbol(code, locale)``) is a row, with the
currencies it stands for. Only signs an English text can write are kept: Latin letters, currency
signs, dots, slashes and spaces (not "ر.س.‏"); a sign that is the ISO code itself is left out.
``kg.text.money`` reads the rows its own table does not decide, and ``kg.text.currency`` gives
such a sign its currency only where the article's country uses it.

    .venv/bin/python tools/currency_symbols.py          # rewrite the table
    .venv/bin/python tools/currency_symbols.py --check  # exit 1 when the table differs from CLDR

``tests/test_profile22.py`` runs the check, so a change of Babel's data shows up as a diff.
"""

from __future__ import annotations

import datetime
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cldr_table  # noqa: E402  (the write-or-check command line shared with the other CLDR tables)
from babel import Locale, __version__, localedata  # noqa: E402
from babel.core import get_global  # noqa: E402
from babel.numbers import get_currency_symbol, get_territory_currencies  # noqa: E402

from kg.text.money import ISO_CURRENCIES  # noqa: E402

TABLE = ROOT / "kg" / "data" / "currency_symbols.tsv"
# the day whose legal tender counts: fixed, so that the table does not change with the calendar
ON = datetime.date(2025, 1, 1)


def _writable(sign: str) -> bool:
    """Whether English text can write the sign: Latin letters, currency signs, . / and spaces."""
    return any(c.isalpha() or unicodedata.category(c) == "Sc" for c in sign) and all(
        (c.isascii() and (c.isalpha() or c in "./ ")) or unicodedata.category(c) == "Sc" for c in sign)


def symbols() -> dict[str, list[str]]:
    """sign -> the ISO codes it stands for in the territories that use them, sorted."""
    locales: dict[str, list[str]] = defaultdict(list)
    for name in localedata.locale_identifiers():
        territory = Locale.parse(name).territory
        if territory:
            locales[territory].append(name)
    found: dict[str, set[str]] = defaultdict(set)
    for territory in sorted(get_global("territory_currencies")):
        for code in get_territory_currencies(territory, start_date=ON, tender=True):
            if code not in ISO_CURRENCIES:
                continue
            for name in sorted(locales.get(territory, ())):
                sign = " ".join(get_currency_symbol(code, locale=name).replace("\u202f", " ").replace("\xa0", " ").split())
                if sign and sign != code and _writable(sign):
                    found[sign].add(code)
    return {sign: sorted(codes) for sign, codes in sorted(found.items())}


def render() -> str:
    lines = [f"# The signs of currencies in the locales of the territories that use them (CLDR, Babel {__version__}),",
             "# written by tools/currency_symbols.py: do not edit. kg.text.money reads the signs its own table",
             "# does not decide; kg.text.currency gives them a currency by the article's country.",
             "# sign\tcodes"]
    lines += [f"{sign}\t{' '.join(codes)}" for sign, codes in symbols().items()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(cldr_table.main(__doc__, TABLE, render, f"tools/{Path(__file__).name}"))
