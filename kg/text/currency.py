"""The currency of amounts written with an ambiguous sign, from what the article says.

A post-pass over all the facts of a page (infobox money, and the amounts of history events,
funding rounds and controversies). A figure written with a bare ``$`` (or "dollars"), ``¥``,
``kr``, "francs" or "pesos" gets a currency only where the article makes it plain, and the
reason is kept (``Money.inferred``, ``kgo:currencyInference`` on the statement):

1. the company's country decides when its currency is one the sign can stand for: a US
   company's ``$`` is USD, a Canadian company's CAD (a "US$" for a deal in the United States
   does not change that), a Swedish company's ``kr`` SEK, a Chinese company's ``¥`` CNY;
   A company of a country whose peso is written ``$`` (Colombia, Mexico, Chile...) means its
   peso by a bare ``$`` figure in thousands of millions, the Spanish way of writing a peso sum
   ("$4,200 million (about US$3 million)", "$38,500 million"), and by every bare ``$`` figure
   of an article that writes one so (it writes its peso "$"); "francs" in a French, Belgian or Luxembourg company's article are its
   franc of before the euro (FRF, BEF, LUF);
2. else, for ``$``: an article that writes one kind of qualified dollar (``US$``, ``A$``,
   ``C$``, ``HK$``, ``NT$``, ``S$``, ``R$``..., "USD 5 million", "US dollars") and no other
   means that dollar by a bare ``$`` (Wikipedia's style: "US$" at first use, then "$");
3. else, for ``$``, a company of a known country without a dollar (the United Kingdom,
   Switzerland, China) means the US dollar, as English-language business writing does; not
   in a country whose peso is written "$" (Mexico, Chile, Argentina, Colombia...);
4. else the figure keeps no currency (``¥`` keeps its default reading, the yen).

A figure in a country's present currency read from its word or sign ("lira", "TL", "pesos",
"cedis"; not its ISO code) and dated before the country redenominated is in the old currency
(``kg/data/currency_eras.tsv``, from the CLDR: the Turkish lira before 2005 is TRL, the Mexican
peso before 1993 MXP), by the event's date or the figure's year; a date that does not fall
clearly on one side of the change (the year 2005 for the lira of 1 January 2005) leaves it.

The company's country is ``kg.text.countries.company_country``: the infobox country, its
headquarters, or a demonym in the lead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from importlib.resources import files

from kg.model import Event, Fact, Money
from kg.text.countries import company_country, country_name, currency_of
from kg.text.money import AMBIGUOUS_CURRENCIES, CURRENCY_SYMBOLS, ambiguous_sign
from kg.text.parse import Article
from kg.text.patterns import alternation

DOLLAR_SIGNS = frozenset({"$", "dollars", "dollar"})
# Currencies whose own sign is "$" (the pesos): in an article about a Mexican or Chilean
# company a bare "$" may be the peso or the US dollar, so only the article's own writing decides.
PESOS_WRITTEN_WITH_DOLLAR_SIGN = frozenset({"MXN", "ARS", "CLP", "COP", "UYU", "CUP", "DOP"})
# a bare-$ figure in thousands of millions, as Spanish writes a peso sum ("$38,500 million"):
# no dollar sum is written so in English
_THOUSANDS_OF_MILLIONS = re.compile(r"\$\s?\d{1,3}(?:,\d{3})+(?:\.\d+)?\s?million\b")
# The francs of the countries that took the euro: "francs" in a French company's history are
# French francs (the euro came in 2002, so no later figure is in francs).
FRANC_SIGNS = frozenset({"francs", "franc"})
FRANCS_BEFORE_THE_EURO = {"FR": "FRF", "BE": "BEF", "LU": "LUF", "MC": "FRF"}


@lru_cache(maxsize=1)
def _qualified_dollars() -> tuple[re.Pattern, dict[str, str]]:
    dollars = set(AMBIGUOUS_CURRENCIES["$"]) - {None}
    symbols = {s: c for s, c in CURRENCY_SYMBOLS.items() if s.endswith("$") and s != "$" and c}
    codes = {c: c for c in dollars}
    pattern = re.compile(
        rf"(?<![A-Za-z])(?:(?P<sym>{alternation(symbols)})\s?(?=[\d(−–-])"
        rf"|(?P<code>{alternation(codes)})\s?(?=\d)"
        r"|(?P<words>U\.?S\.? dollars?))"
    )
    return pattern, symbols


def written_dollars(texts: list[str]) -> dict[str, str]:
    """The qualified dollars a text writes: ISO code -> the sign as first written."""
    pattern, symbols = _qualified_dollars()
    found: dict[str, str] = {}
    for text in texts:
        if "$" not in text and "USD" not in text and "dollar" not in text:
            continue
        for m in pattern.finditer(text):
            sign = m.group("sym") or m.group("code") or m.group("words")
            code = symbols[sign] if m.group("sym") else (m.group("code") or "USD")
            found.setdefault(code, sign)
    return found


class _Context:
    """What the article says about currencies, read once and only when needed."""

    def __init__(self, article: Article, params: Mapping[str, object], facts: list[Fact]):
        self.article, self.params, self.facts = article, params, facts
        self._country: tuple[str, str] | None | bool = False
        self._dollars: dict[str, str] | None = None
        self._pesos: bool | None = None

    def country(self) -> tuple[str, str] | None:
        if self._country is False:
            lead = next((s.text for s in self.article.sentences if s.section is None), "")
            self._country = company_country(self.params, lead)
        return self._country

    def dollars(self) -> dict[str, str]:
        if self._dollars is None:
            texts = [s.text for s in self.article.sentences]
            texts += [m.raw for f in self.facts for m in _amounts(f.value)]
            self._dollars = written_dollars(texts)
        return self._dollars

    def writes_pesos(self) -> bool:
        """Whether the article writes a bare-$ figure in thousands of millions anywhere."""
        if self._pesos is None:
            texts = [s.text for s in self.article.sentences if "$" in s.text]
            texts += [m.raw for f in self.facts for m in _amounts(f.value) if m.raw]
            self._pesos = any(_THOUSANDS_OF_MILLIONS.search(t) for t in texts)
        return self._pesos

    def peso(self, money: Money) -> tuple[str, str] | None:
        """(the local peso, reason) for a bare-$ figure of a company whose peso is written $:
        a figure in thousands of millions ("$4,200 million", the Spanish "miles de millones"),
        or any bare-$ figure of an article that writes one so ("fined it $15 million" beside
        "a loan of $45,000 million"): that article writes its peso "$" (and the dollar "US$")."""
        country = self.country()
        local = currency_of(country[0]) if country else None
        if local not in PESOS_WRITTEN_WITH_DOLLAR_SIGN:
            return None
        where = f"bare $: company of {country_name(country[0])} ({country[1]})"
        if _THOUSANDS_OF_MILLIONS.match(money.raw):
            return local, f"{where}, a peso written in thousands of millions"
        if self.writes_pesos():
            return local, f"{where}, an article that writes its peso $ in thousands of millions"
        return None

    def resolve(self, sign: str) -> tuple[str, str] | None:
        """(currency, reason) for an ambiguous sign, or None."""
        candidates = AMBIGUOUS_CURRENCIES.get(sign)
        if not candidates:
            return None
        country = self.country()
        local = currency_of(country[0]) if country else None
        where = f"company of {country_name(country[0])} ({country[1]})" if country else ""
        if local in candidates:
            return local, f"bare {sign}: {where}"
        if sign in FRANC_SIGNS and country and country[0] in FRANCS_BEFORE_THE_EURO:
            return FRANCS_BEFORE_THE_EURO[country[0]], f"{sign}: {where}, its franc before the euro"
        if sign in DOLLAR_SIGNS and len(self.dollars()) == 1:
            code, written = next(iter(self.dollars().items()))
            return code, f"bare {sign}: the article writes {written} and no other dollar"
        if sign in DOLLAR_SIGNS and local and local not in PESOS_WRITTEN_WITH_DOLLAR_SIGN:
            return "USD", f"bare {sign}: {where}, a country without a dollar: US dollar"
        return None


@lru_cache(maxsize=1)
def _eras() -> dict[str, tuple[tuple[str, str], ...]]:
    """present currency -> its predecessors as (replaced on, old code), oldest first."""
    table = files("kg.data").joinpath("currency_eras.tsv").read_text(encoding="utf-8")
    eras: dict[str, list[tuple[str, str]]] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            old, _territory, _start, until, present = line.split("\t")
            eras.setdefault(present, []).append((until, old))
    return {present: tuple(sorted(rows)) for present, rows in eras.items()}


def redenominated(money: Money, when: str | None) -> Money:
    """The figure in the currency of its date (``when``: "1991", "1991-02", "1991-02-20") where
    its currency is a present one written by word or sign and the date falls before the
    country redenominated; unchanged when the date is as near the change as its precision."""
    eras = _eras().get(money.currency or "")
    if not eras or not when or money.currency in money.raw or when.startswith("-"):
        return money
    for until, old in eras:
        if when == until[: len(when)]:
            return money
        if when < until:
            why = f"{money.currency} figure of {when}, before {until}: {old}"
            return replace(money, currency=old, inferred=f"{money.inferred}; {why}" if money.inferred else why)
    return money


def _amounts(value: object) -> tuple[Money, ...]:
    if isinstance(value, Money):
        return (value,)
    if isinstance(value, Event):
        return value.amounts
    return ()


def _resolved(money: Money, ctx: _Context) -> Money:
    sign = ambiguous_sign(money)
    found = (ctx.peso(money) if sign == "$" else None) or (ctx.resolve(sign) if sign else None)
    if found is None or found[0] == money.currency:
        return money
    return replace(money, currency=found[0], note=None, inferred=found[1])


def _dated(fact: Fact) -> Fact:
    """The fact with its figures in the currency of their date (``redenominated``)."""
    value = fact.value
    if isinstance(value, Money):
        value = redenominated(value, value.year)
    elif isinstance(value, Event) and value.amounts:
        when = value.date.iso if value.date is not None else None
        amounts = tuple(redenominated(m, when or m.year) for m in value.amounts)
        value = replace(value, amounts=amounts) if amounts != value.amounts else value
    return fact if value is fact.value else replace(fact, value=value)


def infer_currencies(facts: list[Fact], article: Article, params: Mapping[str, object]) -> list[Fact]:
    """The facts with the currency of ambiguous amounts inferred where the article makes it
    plain, and figures dated before a redenomination in the old currency; ``params`` are the
    company infobox's parameters (may be empty)."""
    return [_dated(f) for f in _inferred(facts, article, params)]


def _inferred(facts: list[Fact], article: Article, params: Mapping[str, object]) -> list[Fact]:
    if not any(ambiguous_sign(m) for f in facts for m in _amounts(f.value)):
        return facts
    ctx = _Context(article, params, facts)
    out = []
    for fact in facts:
        value = fact.value
        if isinstance(value, Money):
            value = _resolved(value, ctx)
        elif isinstance(value, Event) and value.amounts:
            amounts = tuple(_resolved(m, ctx) for m in value.amounts)
            value = replace(value, amounts=amounts) if amounts != value.amounts else value
        out.append(fact if value is fact.value else replace(fact, value=value))
    return out
