"""Stock exchanges the listing templates of kg/text/templates.py do not name, from ISO 10383.

An infobox lists a company as ``{{ASE|HADP}}`` or ``{{MSE|IBC}}``: a template named after the
exchange's acronym, its one argument the ticker. The templates the project knows map to an
exchange in ``EXCHANGES``; any other is read from the ISO 10383 register of market identifier
codes (the ``iso10383`` package), in the company's country, which is what disambiguates an
acronym ("MSE" is the Malta and the Maldives stock exchanges there, "ASE" Amman and Athens):

* the country's operating market whose acronym is the template's name ("ASE" in Jordan: the
  Amman Stock Exchange);
* else the country's only stock exchange (a Mongolian company's "{{MSE|...}}": the register
  gives Mongolia one stock exchange and no acronym for it).

Without a country, or with two candidates, nothing is read: a listing is a fact about a named
exchange, and a guess between two is not one.
"""

from __future__ import annotations

import re
from functools import lru_cache

# the words of a register name that are not part of the exchange's usual name
_DROP = re.compile(r"^THE\s+|\s*,?\s+(?:LTD\.?|LIMITED|PLC|S\.?A\.?|JSC|PJSC|CJSC|INC\.?|LLC)$")
_SMALL = frozenset({"of", "de", "du", "des", "la", "le", "del", "y", "and", "da", "do"})
# a register name that is an exchange for company shares (not a bank's internaliser, a
# commodity, power or derivatives market)
_STOCKS = re.compile(r"\b(?:STOCK|SECURITIES)\s+(?:EXCHANGE|MARKET)\b|\bBOURSE\b|\bBOLSA\b|\bBÖRSE\b")
# the register's statuses of a market that operates (not "expired")
_OPERATING = frozenset({"active", "updated"})
_TICKER = re.compile(r"[A-Z0-9][A-Z0-9.\-]{0,14}")


def _title(name: str) -> str:
    """"AMMAN STOCK EXCHANGE" -> "Amman Stock Exchange"; "BOURSE DE BEYROUTH" -> "Bourse de Beyrouth"."""
    words = _DROP.sub("", name.strip()).split()
    return " ".join(w.lower() if i and w.lower() in _SMALL else w.capitalize() for i, w in enumerate(words))


@lru_cache(maxsize=1)
def _markets() -> tuple[tuple[str, str, str], ...]:
    """(country code, acronym, name) of every active operating stock market in the register."""
    from iso10383 import MIC

    rows = []
    for member in MIC:
        entry = member.value
        # "updated": an entry changed in the register's latest release, operating as "active" is
        if entry.operating_mic is not None or entry.status.name not in _OPERATING or entry.iso_country_code is None:
            continue
        if not _STOCKS.search(entry.market_name.upper()):
            continue
        country = entry.iso_country_code.name.rstrip("_").upper()
        rows.append((country, (entry.acronym or "").upper(), _title(entry.market_name)))
    return tuple(rows)


def register_exchange(acronym: str, country: str | None) -> str | None:
    """The name of the stock exchange of ``country`` (ISO 3166 alpha-2) that a listing
    template named ``acronym`` names, or None (module docstring)."""
    if not country:
        return None
    named = _by_acronym(acronym, country)
    if len(named) == 1:
        return named.pop()
    if named:
        return None
    names = {name for code, _, name in _markets() if code == country.upper()}
    return names.pop() if len(names) == 1 else None


def _by_acronym(acronym: str, country: str) -> set[str]:
    """The names of the stock exchanges of ``country`` whose register acronym is ``acronym``."""
    return {name for code, acr, name in _markets() if code == country.upper() and acr == acronym.upper()}


def home_namesake(acronym: str, home: str | None, country: str | None) -> str | None:
    """The stock exchange of the company's ``country`` whose acronym is that of a listing template
    the project knows, when the template's own exchange is in another country (``home``): a
    Bangladeshi company's ``{{CSE|...}}`` is the Chittagong Stock Exchange, not the Canadian
    Securities Exchange the template names elsewhere, as a Jordanian company's ``{{ASE|...}}`` is
    Amman's. None when the country has no market of that acronym, or the exchange is its own."""
    if not country or not home or home == country.upper():
        return None
    named = _by_acronym(acronym, country)
    return named.pop() if len(named) == 1 else None


def looks_like_ticker(text: str) -> bool:
    """"HADP", "GLEN.N0000", "7203": a ticker symbol as a listing template's argument."""
    return bool(_TICKER.fullmatch(text.strip()))
