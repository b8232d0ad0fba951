"""Money and counts in infobox values: amount, ISO 4217 currency, year, trend.

A bare ``$`` (or ``kr``, ``dollars``...) gives ``Money.currency = None`` and
``note = "ambiguous currency symbol $"`` (``kg.text.currency`` resolves it from what the
article says); ``¥`` alone is read as JPY and ``Rs`` as INR (the article's country may make them CNY, PKR...),
``CN¥``/``RMB``/yuan as CNY. Numbers are never glued: "346 (2006)" is 346 in 2006.

Negative figures: a minus sign (U+2212), a hyphen-minus or an en dash right before the figure
or its currency sign ("US$−112 million", "−US$112 million", "−£41.7m"; not a range such as
"10–20"), a figure whose number is in parentheses ("US$(112) million"), and, in a financial
value (``accounting=True``), a value that is one parenthesised figure ("(112)") or says "loss".
A fiscal year written over two years ("FY2019–20", "2019/20") is the year it ends in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from importlib.resources import files

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
    "Kč": "CZK", "Ft": "HUF", "₦": "NGN", "€uro": "EUR", "Rs": "INR", "NGN": "NGN",
    "Fr.": "CHF", "SFr.": "CHF", "R": "ZAR", "Rp": "IDR", "Rp.": "IDR", "RM": "MYR",
    "₨": "INR", "৳": "BDT", "Tk": "BDT", "KSh": "KES", "Ksh": "KES", "E£": "EGP", "₵": "GHS",
    "₸": "KZT", "₡": "CRC", "₲": "PYG", "₾": "GEL", "S/": "PEN", "S/.": "PEN", "NIS": "ILS",
    # the Gulf currencies as their articles write them ("SR 11.6 billion", "QR 2.1 billion")
    "SR": "SAR", "QR": "QAR", "KD": "KWD", "BD": "BHD", "RO": "OMR", "Dh": "AED", "Dhs": "AED",
    # a sign after the letters of its country ("GH₵4.86 billion", "J$12 billion", "TSh 40
    # billion"): the letters keep the bare sign from matching, so the written form is listed
    "GH₵": "GHS", "GH¢": "GHS", "J$": "JMD", "TT$": "TTD", "N$": "NAD", "EC$": "XCD",
    "RD$": "DOP", "Bds$": "BBD", "BZ$": "BZD", "FJ$": "FJD", "TSh": "TZS", "USh": "UGX",
    "Ch$": "CLP",
    # the Unicode signs of one circulating currency each ("₮286.4 billion" is Mongolian tögrögs)
    "₮": "MNT", "₼": "AZN", "₭": "LAK", "֏": "AMD", "៛": "KHR", "؋": "AFN",
    # the signs of currencies replaced since (the figures of older history are in them):
    # the Deutsche Mark, the Brazilian cruzeiro, the Irish pound; and the Moroccan dirham
    "DM": "DEM", "Cr$": "BRB", "IR£": "IEP", "DH": "MAD",
    # the letters English writes for the North African and Levantine dinars, the Egyptian pound,
    # the Ethiopian birr, the kwachas and the convertible mark ("JD 486.2 million", "Br 4.72 billion")
    "JD": "JOD", "DT": "TND", "DA": "DZD", "LE": "EGP", "Br": "ETB", "MK": "MWK", "ZK": "ZMW",
    "KM": "BAM",
    # the Mozambican metical's letters ("MT 3.84 billion"); read only before a sum ("412 MT" may
    # be metric tons)
    "MT": "MZN",
    # the Turkish lira's letters ("TL 370 billion"); the cent sign Ghana wrote for the cedi
    # before 2007 ("¢45 billion"), read only in a Ghanaian company's article (kg.text.currency)
    "TL": "TRY", "¢": None,
    # the signs of the currencies the euro replaced, as older figures are written before the sum
    # ("ƒ240 million", "Dr 3.1 billion", "Lt 46 million", "Ls 12 million"); read only before a
    # figure (SIGNS_BEFORE_ONLY): "in 1985 Dr Jones" is no sum
    "ƒ": "NLG", "Dr": "GRD", "Lt": "LTL", "Ls": "LVL",
    # "kr." as Danish and Norwegian write it; the Colombian peso as Colombia writes it ("COL$")
    "kr.": None, "COL$": "COP",
}
SIGNS_BEFORE_ONLY = frozenset({"ƒ", "Dr", "Lt", "Ls", "kr.", "MT"})
# The peso and dollar currencies that are written as their ISO code before a "$" ("CLP$ 612,450
# million", "ARS$", "NZD$"): the code decides.
CURRENCY_SYMBOLS.update({f"{code}$": code for code in (
    "ARS CLP COP MXN UYU DOP CUP USD CAD AUD NZD HKD SGD TWD JMD TTD BSD BBD BZD FJD NAD BND".split())})
# Signs that are also letters of names ("R" of the rand, "the R8"): a figure after them is money
# only when it reads as a sum (a multiplier, thousands grouping or decimals: "R38.6 billion",
# "R12,500", "R4.50").
LETTER_SIGNS = frozenset({"Dr", "Lt", "Ls", "DM", "DH", "R", "RM", "Rp", "Tk", "S/", "SR", "QR", "KD", "BD", "RO", "Dh", "Dhs", "TSh", "USh",
                          "JD", "DT", "DA", "LE", "Br", "MK", "ZK", "KM", "TL", "¢", "MT"})
# Signs and words that name several currencies: the candidates (ISO 4217). The first one is
# the reading when nothing in the article decides; None: no reading without context.
AMBIGUOUS_CURRENCIES: dict[str, tuple[str | None, ...]] = {
    # the dollars
    "$": (None, "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "JMD", "TTD", "BSD", "BBD",
          "BZD", "FJD", "LRD", "NAD", "GYD", "SRD", "XCD", "BND", "SBD", "KYD"),
    "¥": ("JPY", "CNY"),
    # the rupees: the Indian one unless the company is of another rupee's country
    "Rs": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
    "kr": (None, "SEK", "NOK", "DKK", "ISK"), "kr.": (None, "DKK", "NOK", "SEK", "ISK"),
    "krone": (None, "NOK", "DKK"), "kroner": (None, "NOK", "DKK"),
    "francs": (None, "CHF", "XOF", "XAF"), "pesos": (None, "MXN", "ARS", "CLP", "COP", "PHP"),
    "peso": (None, "MXN", "ARS", "CLP", "COP", "PHP"),
    # "SR": the Saudi riyal unless the company is Seychellois (the Seychelles rupee)
    "SR": ("SAR", "SCR"),
    "¢": (None, "GHS"),
}
AMBIGUOUS_CURRENCIES["dollars"] = AMBIGUOUS_CURRENCIES["dollar"] = AMBIGUOUS_CURRENCIES["$"]
AMBIGUOUS_CURRENCIES["old pesos"] = AMBIGUOUS_CURRENCIES["pesos"]
AMBIGUOUS_CURRENCIES["Rs."] = AMBIGUOUS_CURRENCIES["₨"] = AMBIGUOUS_CURRENCIES["Rs"]
# Signs read by default as their first candidate, which the article's country may change.
DEFAULT_READ_SIGNS: tuple[str, ...] = tuple(
    sorted((s for s, c in AMBIGUOUS_CURRENCIES.items() if c[0] is not None), key=len, reverse=True))
AMBIGUOUS_NOTE = "ambiguous currency symbol "
# The ISO 4217 codes of circulating currencies (and the Croatian kuna of older figures), as
# written before or after a figure ("MAD 9.42 billion"); not the fund codes, nor the four codes
# that are also capitalised English words (ALL, BOB, SOS, TOP).
ISO_CURRENCIES: frozenset[str] = frozenset(
    "AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN "
    "BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP "
    "GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY "
    "KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP "
    "MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR "
    "RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SRD SSP STN SVC SYP SZL THB TJS TMT "
    "TND TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL".split()
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
    "rand": "ZAR", "naira": "NGN", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR",
    "złoty": "PLN", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "koruna": "CZK",
    "shekels": "ILS", "new shekels": "ILS", "reais": "BRL", "lei": "RON", "lira": "TRY",
    "liras": "TRY", "dong": "VND", "tenge": "KZT", "tögrög": "MNT", "tögrögs": "MNT",
    "tugrik": "MNT", "tugriks": "MNT",
    # the currency before a redenomination, as a writer names it; its date decides the code
    # (kg.text.currency: "410 billion old pesos" of 1991 are MXP)
    "old pesos": None, "old lira": "TRY", "old lire": "TRY",
    # the names of one replaced currency each, as English and Spanish write them (ISO 4217
    # historic codes): the Argentine austral (1985-1991), the Brazilian cruzado (1986-1989),
    # the Peruvian inti (1985-1991)
    "australes": "ARA", "australs": "ARA", "cruzados": "BRC", "new cruzados": "BRN", "intis": "PEI",
    # currencies replaced by the euro, as older figures are written
    "lire": "ITL", "guilders": "NLG", "pesetas": "ESP", "deutsche marks": "DEM", "deutschmarks": "DEM",
    "drachmas": "GRD", "drachmae": "GRD", "escudos": "PTE", "markka": "FIM", "schillings": "ATS",
    "kuna": "HRK", "kunas": "HRK", "litas": "LTL", "litai": "LTL", "litų": "LTL", "lats": "LVL", "lati": "LVL",
    "kroons": "EEK", "tolars": "SIT", "tolarjev": "SIT",
}

def _code_rows(name: str) -> Iterator[tuple[str, list[str]]]:
    """The rows of a CLDR table of ``kg/data`` written by a tool (a word or sign, a tab, the ISO
    codes it stands for): (word or sign, codes)."""
    for line in files("kg.data").joinpath(name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, codes = line.split("\t")
            yield key, codes.split()


def _cldr_currency_words() -> None:
    """Add the English names of currencies (``kg/data/currency_words.tsv``, written from the CLDR
    by tools/currency_words.py) that the short list above does not decide: a name of one
    currency reads as it ("Chilean pesos", "kroons"), a bare plural of several ("dinars") is
    ambiguous and the article's country decides (``kg.text.currency``)."""
    for word, candidates in _code_rows("currency_words.tsv"):
        if word in CURRENCY_WORDS:
            continue
        CURRENCY_WORDS[word] = candidates[0] if len(candidates) == 1 else None
        if len(candidates) > 1:
            AMBIGUOUS_CURRENCIES.setdefault(word, (None, *candidates))


# The ISO 4217 codes of currencies replaced since, written before or after an older figure
# ("GRD 28 billion", "DEM 62 million"): read as written.
LEGACY_CURRENCIES: frozenset[str] = frozenset("DEM FRF ITL ESP NLG GRD IEP BEF ATS PTE FIM LUF LTL LVL EEK".split())
_cldr_currency_words()
# The local signs of currencies (``kg/data/currency_symbols.tsv``, written from the CLDR by
# tools/currency_symbols.py) that the table above does not decide: "FCFA", "P", "Kz", "FBu"...
LOCAL_SIGNS: set[str] = set()


def _cldr_currency_symbols() -> None:
    """Add the signs each country writes for its currency, as the CLDR gives them. Such a sign
    names no currency by itself ("P" is a letter, "FCFA" two francs): it is ambiguous, and the
    article's country decides (``kg.text.currency``); a figure after it is money only when it
    reads as a sum (a multiplier or thousands grouping: "P 3.27 billion", "Kz 12,500,000").
    A sign of one or two characters counts only right before the figure; a sign with a space
    ("F CFA") is also read without it ("FCFA")."""
    signs: dict[str, set[str]] = {}
    for sign, codes in _code_rows("currency_symbols.tsv"):
        for written in {sign, sign.replace(" ", "")}:
            signs.setdefault(written, set()).update(codes)
    for sign, codes in signs.items():
        if sign in CURRENCY_SYMBOLS or sign in ISO_CURRENCIES or sign in AMBIGUOUS_CURRENCIES:
            continue
        CURRENCY_SYMBOLS[sign] = None
        AMBIGUOUS_CURRENCIES[sign] = (None, *sorted(codes))
        LOCAL_SIGNS.add(sign)


_cldr_currency_symbols()
SIGNS_BEFORE_ONLY = SIGNS_BEFORE_ONLY | {s for s in LOCAL_SIGNS if len(s) <= 2}
MULTIPLIERS: dict[str, int] = {
    "thousand": 10**3, "k": 10**3, "lakh": 10**5, "crore": 10**7, "million": 10**6,
    "mn": 10**6, "mln": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9, "bln": 10**9,
    "b": 10**9, "trillion": 10**12, "tn": 10**12, "tln": 10**12, "lakh crore": 10**12,
}


# 1,234,567.8 | 1,20,000 (Indian grouping, lakh and crore) | 1234.5
_NUM = (r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(?![\d])(?!,\d)")
_NUMBER = re.compile(_NUM)


_MINUS = "\u2212\u2013-"  # minus sign, en dash, hyphen-minus
_MONEY = re.compile(
    rf"(?:(?<![\w\d{_MINUS}])(?P<neg>[{_MINUS}])(?:\s(?<!\s[{_MINUS}]\s))?)?"
    rf"(?:(?<![A-Za-z])(?P<pre>{alternation(list(CURRENCY_SYMBOLS) + list(ISO_CURRENCIES | LEGACY_CURRENCIES))})"
    rf"\s?(?:(?P<negpre>[{_MINUS}])|(?P<open>\())?)?(?P<num>{_NUM})(?(open)\))"
    rf"(?:\s?(?P<mult>(?i:{alternation(MULTIPLIERS)}))(?![A-Za-z]))?\.?"
    rf"(?:\s?(?P<post>{alternation([s for s in CURRENCY_SYMBOLS if s not in SIGNS_BEFORE_ONLY] + list(ISO_CURRENCIES | LEGACY_CURRENCIES))}"
    rf"|(?i:{alternation(CURRENCY_WORDS)}))(?![A-Za-z]))?"
)
_QUANTITY = re.compile(
    rf"(?P<num>{_NUM})(?:\s?(?P<mult>(?i:thousand|million|billion))(?![A-Za-z]))?"
)
_YEAR = re.compile(r"(?<![\d.,$€£¥])(1[6-9]\d\d|20\d\d)(?![\d%])(?!,\d)")
# a fiscal year over two calendar years: "FY2019–20", "2019/20", "fiscal 2019-2020"
_FISCAL = re.compile(r"(?<![\d.,$€£¥])(1[6-9]\d\d|20\d\d)\s?[–—/-]\s?(\d\d(?:\d\d)?)(?![\d%])")
_RANGE_GAP = re.compile(r"\s*(?:[–—-]|to)\s*", re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_LOSS = re.compile(r"\b(?:net\s+)?loss\b", re.IGNORECASE)
_CLOSING_YEAR = re.compile(r"[^()]*\)\s*\((1[6-9]\d\d|20\d\d)\)\s*$")
_WHOLE_IN_PARENS = re.compile(r"^[\s\u25b2\u25bc\u25ac]*\((?P<inner>[^()]*)\)")
_MARKS = re.compile("[" + "".join(TREND_MARKS.values()) + "]")


def _currency_of(match: re.Match) -> tuple[str | None, str | None, bool]:
    """(ISO code, token, written?) of a money match."""
    for group in ("pre", "post"):
        token = match.group(group)
        if group == "pre" and token in LOCAL_SIGNS and match.group("post"):
            continue  # "Series D 20 million euros": the word after the figure names it
        if token:
            if token in CURRENCY_SYMBOLS:
                return CURRENCY_SYMBOLS[token], token, True
            if token in ISO_CURRENCIES or token in LEGACY_CURRENCIES:
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
    if match is None:
        return None
    fiscal = _FISCAL.match(text, match.start())
    if fiscal:
        start, end = fiscal.group(1), fiscal.group(2)
        end = start[:2] + end if len(end) == 2 else end
        if 0 < int(end) - int(start) <= 1:
            return end
    return match.group(1)


def parse_money_all(value: object, year_hint: str | None = None, accounting: bool = False) -> list[Money]:
    """Every money figure in a value, in order. ``accounting``: the value is one financial
    figure, where "(112)" is a loss of 112."""
    text = marked_text(as_code(value))
    whole = _WHOLE_IN_PARENS.match(text) if accounting else None
    inner = parse_money_all(whole.group("inner")) if whole else []
    if inner:
        tail = text[whole.end():]
        first = replace(inner[0], amount=-inner[0].amount, trend=_trend_in(text[: whole.start("inner")]),
                        year=inner[0].year or _year_in(tail) or year_hint)
        return [first, *parse_money_all(tail, year_hint)]
    if accounting and _LOSS.search(text):  # "US$112 million loss", "loss of £3m"
        found = parse_money_all(text, year_hint)
        return [_as_loss(found[0]), *found[1:]] if found else []
    found = _without_ranges(text, list(_MONEY.finditer(text)))
    matches = [m for m in found if (m.group("pre") and _sum_after_sign(m)) or m.group("post") or m.group("mult")]
    if not matches:  # a bare figure, but not a year ("(FY2023)" left by an unread template)
        matches = [m for m in found if not _in_parens(text, m.start()) and not _BARE_YEAR.fullmatch(m.group(0))][:1]
    result = []
    previous_end = 0
    # "CN¥38.27 billion (US$5.39 billion) (2023)": a year after the last figure dates them all
    closing = _CLOSING_YEAR.match(text, matches[-1].end()) if matches else None
    year_hint = closing.group(1) if closing else year_hint
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        money = _money(match, text[previous_end : match.start()], text[match.end() : end],
                       year_hint)
        if money is not None:
            result.append(money)
        previous_end = match.end()
    return result


def _without_ranges(text: str, matches: list[re.Match]) -> list[re.Match]:
    """The figures that are not an end of a range: "US$3.1–3.4 billion" and "€1 to 2 million"
    state no one amount (the first figure alone would read 3.1 dollars)."""
    ends: set[int] = set()
    for i in range(len(matches) - 1):
        between = text[matches[i].end() : matches[i + 1].start()]
        if _RANGE_GAP.fullmatch(between) or (not between.strip() and matches[i + 1].group("neg")):
            ends |= {i, i + 1}
    return [m for i, m in enumerate(matches) if i not in ends]


def _sum_after_sign(match: re.Match) -> bool:
    """Whether the figure after a currency sign reads as money (always, but for a letter sign;
    after a country's local sign, only a multiplier or thousands grouping makes a sum)."""
    pre = match.group("pre")
    if pre in LOCAL_SIGNS:
        return bool(match.group("mult")) or "," in match.group("num")
    return pre not in LETTER_SIGNS or bool(match.group("mult")) or bool(set(match.group("num")) & set(",."))


def _money(match: re.Match, before: str, tail: str, year_hint: str | None) -> Money | None:
    amount = _amount(match.group("num"), match.group("mult"))
    if amount is None or not _sum_after_sign(match):
        return None
    if match.group("neg") or match.group("negpre") or match.group("open"):
        amount = -amount
    currency, token, written = _currency_of(match)
    note = None
    if currency is None:
        note = f"{AMBIGUOUS_NOTE}{token}" if written else "no currency given"
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


def linked_signs(values: list[object]) -> dict[str, tuple[str, str]]:
    """The signs a text links to a currency's article: ``[[Lebanese pound|LL]]`` makes "LL" the
    Lebanese pound (its CLDR English name), ``[[Hong Kong dollar|$]]`` "$" the Hong Kong dollar:
    sign -> (ISO code, the article linked). A label longer than a sign (a name) is no sign."""
    signs: dict[str, tuple[str, str]] = {}
    for value in values:
        for link in as_code(value).filter_wikilinks():
            title = str(link.title).replace("_", " ").strip()
            code = CURRENCY_WORDS.get(title.lower())
            label = plain_text(link.text).strip() if link.text is not None else ""
            if code and label and len(label) <= 4 and not any(ch.isdigit() for ch in label):
                signs.setdefault(label, (code, title))
    return signs


def with_linked_sign(money: Money, text: str, signs: dict[str, tuple[str, str]]) -> Money:
    """A figure of no known currency written right after a sign the text links to a currency's
    article (``linked_signs``) is in that currency; the reason is kept in ``inferred``."""
    if money.currency is not None or not signs:
        return money
    for sign, (code, title) in signs.items():
        if re.search(rf"(?<![A-Za-z]){re.escape(sign)}\s?[(\u2212\u2013-]?\d", text):
            return replace(money, currency=code, note=None, inferred=f"sign {sign} linked to the article {title}")
    return money


def parse_money(value: object, year_hint: str | None = None, accounting: bool = False) -> Money | None:
    """The first money figure: amount, ISO currency, year, trend."""
    found = parse_money_all(value, year_hint, accounting)
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




def ambiguous_sign(money: Money) -> str | None:
    """The sign or word of a figure whose currency the text alone does not decide: "$",
    "dollars", "kr"... from its note, or "¥" written alone (read as JPY by default)."""
    if money.currency is None and money.note and money.note.startswith(AMBIGUOUS_NOTE):
        return money.note[len(AMBIGUOUS_NOTE):]
    raw = money.raw.lstrip(_MINUS + " (")
    for sign in DEFAULT_READ_SIGNS:
        if money.currency == AMBIGUOUS_CURRENCIES[sign][0] and raw.startswith(sign):
            return sign
    return None


def _as_loss(money: Money) -> Money:
    return replace(money, amount=-abs(money.amount))


# A sum with its multiplier written right after a name, its verb left out (gapping): "X lent the
# company US$35 million, and Y RO 8 million", "..., and [[Y]] a GH₵25 million term loan", "..., and
# the Development Bank (DBN) a further N$180 million". The one reader of the second party's sum
# for the history segments and the relations: after an optional abbreviation in brackets and
# "a further"/"another" (with ``article``, "a"/"an" too), a currency (a sign, up to three capitals
# with or without one) and a number with "million", "billion", "bn", "crore" or "lakh".
def sum_after_name(article: bool = True) -> str:
    """The pattern of a gapped party's sum (above), to follow the party's name."""
    return (r"(?:\s+\([A-Z][\w&.-]{1,9}\))?\s+(?:(?:a\s+further|further|another" + ("|an?" if article else "") + r")\s+)?"
            r"(?:[A-Z]{0,3}[^\w\s,;.()]{1,2}\s?|[A-Z]{1,3}\.?\s?(?=\d))"
            r"\d[\d.,]*\s*(?:million|billion|bn|crore|lakh)\b")
