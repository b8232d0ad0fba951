"""Write kg/data/currency_eras.tsv: the currencies a country's present one replaced, with the
date each was replaced, from the Unicode CLDR (its territory currencies, which follow ISO 4217's
list of historic codes) as the Babel library ships it.

A figure written in a country's currency by its word or sign ("2 million lira", "TL 370
billion", "12 million pesos", "¢45 billion") for an event dated before the country
redenominated is in the old currency: the Turkish lira before 2005 is TRL, the Mexican peso
before 1993 MXP, the Argentine peso by period ARM, ARL, ARP, ARA. ``kg.text.currency`` reads this
table to date such figures. A row is one predecessor: its code, the present currency it led to,
and the date its successor began (the next era's start, which CLDR gives as the end of the
overlap). Only a country's own currencies are rows (an ISO code that begins with the country's
letters: TRL of TR, not the Soviet rouble of Azerbaijan or the French franc of Mauritania), and
only for a present currency of the country's own (not the euro or the dollar: "€50 million" for
a 1995 deal is a figure converted by the writer, not a franc), and only where the old currency
bears the present one's name (the Argentine peso ley and the peso, the old and the new lira; not
the cruzeiro before the real, nor the austral before the peso: "R$" for 1980 is a converted figure).

    .venv/bin/python tools/currency_eras.py          # rewrite the table
    .venv/bin/python tools/currency_eras.py --check  # exit 1 when the table differs from CLDR
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

import cldr_table  # noqa: E402  (the write-or-check command line shared with the other CLDR table)
from babel import Locale, __version__  # noqa: E402
from babel.core import get_global  # noqa: E402

TABLE = ROOT / "kg" / "data" / "currency_eras.tsv"


def _iso(day: tuple[int, int, int] | None) -> str:
    return date(*day).isoformat() if day else ""


def _name_words(code: str) -> set[str]:
    """The words of a currency's English name without its country and dates ("peso", "ley")."""
    name = Locale("en").currencies.get(code, code).split(" (")[0].lower().split()
    return set(name[1:])


def eras() -> list[tuple[str, str, str, str, str]]:
    """(old code, territory, in use from, replaced on, present code), by territory and date."""
    rows = []
    for territory, currencies in sorted(get_global("territory_currencies").items()):
        tender = sorted((c for c in currencies if c[3] and c[1]), key=lambda c: c[1])
        present = [c for c in tender if c[2] is None]
        if len(present) != 1 or not present[0][0].startswith(territory):
            continue
        chain = [c for c in tender if c[0].startswith(territory)]
        if chain[-1] is not present[0]:
            continue
        for old, new in zip(chain, chain[1:], strict=False):
            if not _name_words(old[0]) & _name_words(present[0][0]):
                continue  # another currency's name (the cruzeiro, not the real): no redenomination
            rows.append((old[0], territory, _iso(old[1]), _iso(new[1]), present[0][0]))
    return rows


def render() -> str:
    lines = [f"# The currencies a country's present currency replaced (CLDR territory currencies, Babel {__version__},",
             "# after ISO 4217's historic codes), written by tools/currency_eras.py: do not edit.",
             "# A figure read as the present currency and dated before 'until' is in the old one (kg.text.currency).",
             "# old\tterritory\tfrom\tuntil\tpresent"]
    lines += ["\t".join(row) for row in eras()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(cldr_table.main(__doc__, TABLE, render, f"tools/{Path(__file__).name}"))
