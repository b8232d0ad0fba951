"""Money and counts in infobox values: amount, ISO 4217 currency, year, trend.

A bare ``$`` (or ``kr``, ``dollars``...) gives ``Money.currency = None`` and
``note = "ambiguous currency symbol $"``; ``¥`` alone is read as JPY, ``CN¥``/``RMB``/yuan as
CNY. Numbers are never glued: "346 (2006)" is 346 in 2006.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from kg.model import Money, Quantity
from kg.text.items import split_items
from kg.text.patterns import alternation
from kg.text.render import marked_text, plain_text, tidy
from kg.text.templates import TREND_MARKS
from kg.text.wikicode import as_code

CURRENCY_SYMBOLS: dict[str, str | None] = {
    "US$": "USD", "U$S": "USD", "$": None, "€": "EUR", "£": "GBP", "¥": "JPY", "CN¥": "CNY",
    "RMB": "CNY", "元": "CNY", "₩": "KRW", "₴": "UAH", "₹": "INR", "Rs.": "INR", "₽": "RUB",
    "Mex$": "MXN", "MX$": "MXN", "HK$": "HKD", "C$": "CAD", "CA$": "CAD", "Can$": "CAD",
    "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL",
    "₺": "TRY", "₪": "ILS", "₱": "PHP", "฿": "THB", "₫": "VND", "zł": "PLN", "kr": None,
    "Kč": "CZK", "Ft": "HUF", "₦": "NGN", "€uro": "EUR",
}
ISO_CURRENCIES: frozenset[str] = frozenset(
    "USD EUR GBP JPY CNY KRW UAH INR RUB MXN HKD CAD AUD NZD SGD TWD BRL TRY ILS PHP THB VND "
    "PLN SEK NOK DKK ISK CHF ZAR CZK HUF RON BGN IDR MYR SAR AED QAR KWD EGP NGN KES ARS CLP "
    "COP PEN PKR BDT LKR".split()
)
# Currency words written after a figure ("1.2 trillion won"), lower case; None = ambiguous.
CURRENCY_WORDS: dict[str, str | None] = {
    "us dollars": "USD", "u.s. dollars": "USD", "dollars": None, "dollar": None,
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pound sterling": "GBP",
    "pounds": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "won": "KRW",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "hryvni": "UAH", "rupees": "INR",
    "rupee": "INR", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB",
    "kronor": "SEK", "krona": "SEK", "kroner": None, "krone": None, "francs": None,
    "pesos": None, "peso": None, "mexican pesos": "MXN", "swiss francs": "CHF",
}
MULTIPLIERS: dict[str, int] = {
    "thousand": 10**3, "k": 10**3, "lakh": 10**5, "crore": 10**7, "million": 10**6,
    "mn": 10**6, "mln": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9, "bln": 10**9,
    "b": 10**9, "trillion": 10**12, "tn": 10**12, "tln": 10**12,
}


_NUM = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])(?!,\d)"
_NUMBER = re.compile(_NUM)


_MONEY = re.compile(
    rf"(?:(?<![A-Za-z])(?P<pre>{alternation(list(CURRENCY_SYMBOLS) + list(ISO_CURRENCIES))})"
    rf"\s?)?(?P<num>{_NUM})"
    rf"(?:\s?(?P<mult>(?i:{alternation(MULTIPLIERS)}))(?![A-Za-z]))?\.?"
    rf"(?:\s?(?P<post>{alternation(list(CURRENCY_SYMBOLS) + list(ISO_CURRENCIES))}"
    rf"|(?i:{alternation(CURRENCY_WORDS)}))(?![A-Za-z]))?"
)
_QUANTITY = re.compile(
    rf"(?P<num>{_NUM})(?:\s?(?P<mult>(?i:thousand|million|billion))(?![A-Za-z]))?"
)
_YEAR = re.compile(r"(?<![\d.,$€£¥])(1[6-9]\d\d|20\d\d)(?![\d%])(?!,\d)")
_MARKS = re.compile("[" + "".join(TREND_MARKS.values()) + "]")


def _currency_of(match: re.Match) -> tuple[str | None, str | None, bool]:
    """(ISO code, token, written?) of a money match."""
    for group in ("pre", "post"):
        token = match.group(group)
        if token:
            if token in CURRENCY_SYMBOLS:
                return CURRENCY_SYMBOLS[token], token, True
            if token in ISO_CURRENCIES:
                return token, token, True
            return CURRENCY_WORDS.get(token.lower()), token, True
    return None, None, False


def _amount(num: str, mult: str | None) -> Decimal | None:
    try:
        amount = Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None
    if mult:
        factor = MULTIPLIERS.get(mult.lower())  # None for "mİllion", matched under re.I
        if factor is None:
            return None
        amount *= factor
    return amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount


def _trend_in(text: str) -> str | None:
    for trend, mark in TREND_MARKS.items():
        if mark in text:
            return trend
    return None


def _year_in(text: str) -> str | None:
    match = _YEAR.search(text)
    return match.group(1) if match else None


def parse_money_all(value: object, year_hint: str | None = None) -> list[Money]:
    """Every money figure in a value, in order."""
    text = marked_text(as_code(value))
    matches = [m for m in _MONEY.finditer(text) if m.group("pre") or m.group("post")
               or m.group("mult")]
    if not matches:
        matches = [m for m in _MONEY.finditer(text) if not _in_parens(text, m.start())][:1]
    result = []
    previous_end = 0
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        money = _money(match, text[previous_end : match.start()], text[match.end() : end],
                       year_hint)
        if money is not None:
            result.append(money)
        previous_end = match.end()
    return result


def _money(match: re.Match, before: str, tail: str, year_hint: str | None) -> Money | None:
    amount = _amount(match.group("num"), match.group("mult"))
    if amount is None:
        return None
    currency, token, written = _currency_of(match)
    note = None
    if currency is None:
        note = f"ambiguous currency symbol {token}" if written else "no currency given"
    raw = _balanced(tidy(_MARKS.sub("", match.group(0) + tail.split(",")[0])))
    return Money(amount=amount, currency=currency, year=_year_in(tail) or year_hint,
                 trend=_trend_in(before), raw=raw, note=note)


def _balanced(text: str) -> str:
    """Drop a dangling "(" at the end or ")" at the start of a figure's text."""
    if text.count("(") > text.count(")"):
        text = text.rstrip(" (")
    if text.count(")") > text.count("("):
        text = text.rstrip(" )")
    return text


def parse_money(value: object, year_hint: str | None = None) -> Money | None:
    """The first money figure: amount, ISO currency, year, trend."""
    found = parse_money_all(value, year_hint)
    return found[0] if found else None


def _in_parens(text: str, pos: int) -> bool:
    return text.count("(", 0, pos) > text.count(")", 0, pos)


def parse_quantity(value: object, year_hint: str | None = None) -> Quantity | None:
    """A count such as employees: "345,900 (2020)", "c. 3,000", "3,500+ (2021)"."""
    for item in split_items(value):
        text = plain_text(item)
        for match in _QUANTITY.finditer(text):
            if _in_parens(text, match.start()):
                continue
            amount = _amount(match.group("num"), match.group("mult"))
            if amount is None:
                continue
            year = _year_in(text[match.end() :]) or year_hint
            return Quantity(value=int(amount), year=year, raw=text)
    return None


