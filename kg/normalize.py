"""Value normalisers: one infobox parameter value (wikicode) -> typed values of ``kg.model``.

Every public function accepts a ``mwparserfromhell`` ``Wikicode`` (or a node, or a str that
is parsed once) and never mutates it. Knowledge lives in the tables at the top of the module;
the functions below them stay small.

Decisions worth knowing:

* ``{{URL|example.com}}`` without a scheme becomes ``http://example.com`` (what the template
  renders); a given scheme is kept.
* A bare ``$`` (or ``kr``, ``dollars``...) gives ``Money.currency = None`` and
  ``note = "ambiguous currency symbol $"``; ``¥`` alone is read as JPY, ``CN¥``/``RMB``/yuan as CNY.
* A decade ("1990s") is a year-precision date ("1990") with ``approximate=True``.
* Chinese name parameters map to BCP 47 tags: s -> zh-Hans, t -> zh-Hant, c -> zh,
  p -> zh-Latn-pinyin, j -> yue-Latn-jyutping, w -> zh-Latn-wadegile. Korean: hangul -> ko,
  hanja -> ko-Hani, rr -> ko-Latn (McCune-Reischauer has no valid BCP 47 subtag: skipped).
  An italic transliteration inside ``{{lang-xx|...}}`` becomes ``xx-Latn``.
* In a list item the entity is the head (before a parenthesis or ``{{small}}``); the
  parenthesis is a qualifier (a role for key people).
* A ``<ref name=x/>`` that the ref index cannot resolve yields no citation.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from decimal import Decimal, InvalidOperation

import mwparserfromhell
from mwparserfromhell.nodes import (
    Argument,
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.utils import parse_anything
from mwparserfromhell.wikicode import Wikicode

from kg.model import Citation, DateValue, Entity, Link, Listing, Money, Quantity, Role
from kg.model import Text as LangText
from kg.titles import canonical_title

__all__ = [
    "build_ref_index",
    "citation_from_ref",
    "citations_in",
    "entity_of",
    "names_from_templates",
    "parse_date",
    "parse_date_text",
    "parse_index_memberships",
    "parse_listings",
    "parse_money",
    "parse_money_all",
    "parse_names",
    "parse_people",
    "parse_quantity",
    "parse_role_item",
    "parse_url",
    "parse_urls",
    "plain_text",
    "split_items",
]

# ================================================================ tables

# Templates that render (part of) their arguments as text: name -> which argument.
# "1"/"2": that positional argument; "last": the last positional; "join": all, concatenated;
# "join space": all, space-separated.
TEXT_TEMPLATES: dict[str, str] = {
    "nowrap": "1", "nobr": "1", "nobreak": "1", "avoid wrap": "1", "small": "1",
    "smaller": "1", "big": "1", "larger": "1", "resize": "last", "nobold": "1",
    "noitalic": "1", "nobold and noitalic": "1", "abbr": "1", "abbrlink": "1",
    "tooltip": "1", "lang": "2", "native name": "2", "transl": "last", "ill": "1",
    "interlanguage link": "1", "linktext": "join", "sic": "last", "small caps": "1",
    "smallcaps": "1", "sc": "1", "center": "1", "em": "1", "strong": "1", "code": "1",
    "color": "2", "colour": "2", "flag": "1", "flagcountry": "1", "flagu": "1",
    "sortname": "join space", "nowiki": "1", "keep together": "1", "plain link": "2",
    "plainlink": "2", "ubl item": "1", "lang-latn": "1",
}

# Templates that render a fixed string.
LITERAL_TEMPLATES: dict[str, str] = {
    "!": "|", "=": "=", "nbsp": " ", "ndash": "–", "mdash": "—", "snd": " – ",
    "spaced ndash": " – ", "spd": " – ", "dot": " · ", "middot": "·", "·": " · ",
    "'": "'", "reg": "®", "tm": "™", "en dash": "–", "em dash": "—",
}

# Templates whose positional arguments are the items of a list.
LIST_TEMPLATES: frozenset[str] = frozenset({
    "ubl", "ublist", "unbulleted list", "plainlist", "plain list", "flatlist", "flat list",
    "hlist", "bulleted list", "blist", "bulletedlist", "collapsible list", "unordered list",
    "ordered list", "endplainlist", "startplainlist", "nowrap list",
})

# Trend templates ({{increase}}) and the file names of the arrows some articles use instead.
TREND_TEMPLATES: dict[str, str] = {
    "increase": "increase", "increasepositive": "increase", "increasenegative": "increase",
    "increase neutral": "increase", "up": "increase", "decrease": "decrease",
    "decreasepositive": "decrease", "decreasenegative": "decrease",
    "decrease neutral": "decrease", "down": "decrease", "steady": "steady",
    "nochange": "steady", "no change": "steady",
}
TREND_FILES: dict[str, str] = {
    "arrow up": "increase", "increase": "increase", "uparrow": "increase",
    "arrow down": "decrease", "decrease": "decrease", "downarrow": "decrease",
    "steady": "steady",
}
TREND_MARKS: dict[str, str] = {"increase": "\u25b2", "decrease": "\u25bc", "steady": "\u25ac"}

# Currency templates: name -> (symbol as rendered, ISO 4217).
CURRENCY_TEMPLATES: dict[str, tuple[str, str]] = {
    "us$": ("US$", "USD"), "usd": ("US$", "USD"), "gbp": ("£", "GBP"), "£": ("£", "GBP"),
    "€": ("€", "EUR"), "eur": ("€", "EUR"), "euro": ("€", "EUR"), "jpy": ("¥", "JPY"),
    "yen": ("¥", "JPY"), "cny": ("CN¥", "CNY"), "rmb": ("CN¥", "CNY"), "krw": ("₩", "KRW"),
    "won": ("₩", "KRW"), "mxn": ("Mex$", "MXN"), "hkd": ("HK$", "HKD"), "cad": ("CA$", "CAD"),
    "aud": ("A$", "AUD"), "nzd": ("NZ$", "NZD"), "sgd": ("S$", "SGD"), "twd": ("NT$", "TWD"),
    "inr": ("₹", "INR"), "₹": ("₹", "INR"), "rub": ("₽", "RUB"), "uah": ("₴", "UAH"),
    "brl": ("R$", "BRL"), "chf": ("CHF ", "CHF"), "sek": ("SEK ", "SEK"),
    "nok": ("NOK ", "NOK"), "dkk": ("DKK ", "DKK"), "zar": ("ZAR ", "ZAR"),
    "try": ("₺", "TRY"), "ils": ("₪", "ILS"), "php": ("₱", "PHP"), "pln": ("PLN ", "PLN"),
}

# Currency signs written in text, case-sensitive; None = ambiguous.
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

MONTHS: dict[str, int] = {
    name: i
    for i, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")),
        start=1,
    )
    for name in names
}
MONTH_NAMES = [""] + [calendar.month_name[i] for i in range(1, 13)]

# Date templates (lower case); arguments are year|month|day or one free-text date.
DATE_TEMPLATES: frozenset[str] = frozenset({
    "start date and age", "start date", "start-date", "start date and years ago",
    "founded", "founded date", "birth date", "birth date and age", "birth-date",
    "death date", "death date and age", "end date", "end date and age", "end-date",
    "dissolved", "dissolution date", "date", "start and end dates", "film date",
    "opening date", "established", "as of",
})
END_DATE_TEMPLATES: frozenset[str] = frozenset({
    "end date", "end date and age", "end-date", "dissolved", "dissolution date",
    "death date", "death date and age",
})

URL_TEMPLATES: frozenset[str] = frozenset({
    "url", "official url", "official website", "official site", "website", "official",
})

# Stock exchange templates: name -> (short name, English Wikipedia title of the exchange).
EXCHANGES: dict[str, tuple[str, str]] = {
    "nyse": ("NYSE", "New York Stock Exchange"),
    "nyse american": ("NYSE American", "NYSE American"),
    "amex": ("NYSE American", "NYSE American"),
    "nyse arca": ("NYSE Arca", "NYSE Arca"),
    "nasdaq": ("NASDAQ", "Nasdaq"),
    "otc pink": ("OTC Pink", "OTC Markets Group"),
    "otcqx": ("OTCQX", "OTC Markets Group"),
    "otcqb": ("OTCQB", "OTC Markets Group"),
    "lse": ("LSE", "London Stock Exchange"),
    "aim": ("AIM", "Alternative Investment Market"),
    "euronext": ("Euronext", "Euronext"),
    "fwb": ("FWB", "Frankfurt Stock Exchange"),
    "xetra": ("Xetra", "Xetra (trading system)"),
    "six": ("SIX", "SIX Swiss Exchange"),
    "bit": ("BIT", "Borsa Italiana"),
    "bme": ("BME", "Bolsa de Madrid"),
    "omx": ("OMX", "Nasdaq Nordic"),
    "ose": ("OSE", "Oslo Stock Exchange"),
    "wse": ("WSE", "Warsaw Stock Exchange"),
    "ise": ("ISE", "Euronext Dublin"),
    "moex": ("MOEX", "Moscow Exchange"),
    "pfts": ("PFTS", "PFTS Ukraine Stock Exchange"),
    "bmv": ("BMV", "Mexican Stock Exchange"),
    "tsx": ("TSX", "Toronto Stock Exchange"),
    "tsx-v": ("TSX-V", "TSX Venture Exchange"),
    "b3": ("B3", "B3 (stock exchange)"),
    "bovespa": ("B3", "B3 (stock exchange)"),
    "bcba": ("BCBA", "Buenos Aires Stock Exchange"),
    "krx": ("KRX", "Korea Exchange"),
    "kosdaq": ("KOSDAQ", "KOSDAQ"),
    "sehk": ("SEHK", "Hong Kong Stock Exchange"),
    "hkex": ("SEHK", "Hong Kong Stock Exchange"),
    "sse": ("SSE", "Shanghai Stock Exchange"),
    "szse": ("SZSE", "Shenzhen Stock Exchange"),
    "tyo": ("TYO", "Tokyo Stock Exchange"),
    "twse": ("TWSE", "Taiwan Stock Exchange"),
    "sgx": ("SGX", "Singapore Exchange"),
    "asx": ("ASX", "Australian Securities Exchange"),
    "nzx": ("NZX", "New Zealand Exchange"),
    "bse": ("BSE", "Bombay Stock Exchange"),
    "nse": ("NSE", "National Stock Exchange of India"),
    "set": ("SET", "Stock Exchange of Thailand"),
    "idx": ("IDX", "Indonesia Stock Exchange"),
    "myx": ("MYX", "Bursa Malaysia"),
    "pse": ("PSE", "Philippine Stock Exchange"),
    "tase": ("TASE", "Tel Aviv Stock Exchange"),
    "tadawul": ("Tadawul", "Saudi Exchange"),
    "jse": ("JSE", "Johannesburg Stock Exchange"),
}
INDEX_WORDS = re.compile(r"\b(component|constituent|index|member)\b", re.IGNORECASE)

# Language-name templates: {{Chinese}}/{{zh}} and Korean name parameters -> BCP 47 tag.
CHINESE_TEMPLATES: frozenset[str] = frozenset({"chinese", "zh", "zh-full", "infobox chinese"})
CHINESE_PARAMS: dict[str, str] = {
    "c": "zh", "s": "zh-Hans", "t": "zh-Hant", "p": "zh-Latn-pinyin",
    "j": "yue-Latn-jyutping", "w": "zh-Latn-wadegile",
}
KOREAN_TEMPLATES: frozenset[str] = frozenset({"infobox korean name", "korean", "ko-hhrm"})
KOREAN_PARAMS: dict[str, str] = {"hangul": "ko", "hanja": "ko-Hani", "rr": "ko-Latn"}

# Citation template parameters, in order of preference.
CITE_FIELDS: dict[str, tuple[str, ...]] = {
    "url": ("url", "chapter-url", "chapterurl", "contribution-url", "section-url"),
    "title": ("title", "script-title", "trans-title", "chapter", "contribution"),
    "date": ("date", "publication-date", "year"),
    "publisher": ("publisher", "work", "website", "newspaper", "magazine", "journal",
                  "periodical", "agency", "via"),
    "archive_url": ("archive-url", "archiveurl"),
}

# Text after a comma that continues a name rather than starting a new item.
LEGAL_SUFFIXES = re.compile(
    r"(Inc|Ltd|LLC|L\.L\.C|LLP|plc|PLC|S\.A|SA|S\.A\.B|S\.p\.A|SpA|AG|GmbH|N\.V|NV|B\.V|BV|"
    r"Co|Corp|K\.K|S\.L|Pty|A/S|AB|ASA|Oy|Oyj|S\.A\.S|SAS|Jr|Sr|II|III|IV)\b\.?"
)
PLACEHOLDERS: frozenset[str] = frozenset(
    {"", "-", "–", "—", "?", "n/a", "na", "none", "unknown", "tba", "tbd", "nil", "."}
)
ROLE_WORDS: frozenset[str] = frozenset(
    "ceo cfo coo cto cio cmo cso cdo chro md evp svp vp chair chairman chairwoman chairperson "
    "president director founder cofounder officer manager executive head chief vice editor "
    "publisher partner owner secretary treasurer principal board governor leader ombudsman "
    "deputy acting interim senior general managing non independent co and of the & operating "
    "financial technology technical marketing people operations chief-executive".split()
)
ROLE_CORE: frozenset[str] = frozenset(
    "ceo cfo coo cto cio cmo cso cdo chro md evp svp vp chair chairman chairwoman chairperson "
    "president director founder cofounder officer manager executive head chief editor "
    "publisher partner owner secretary treasurer principal governor leader".split()
)

# ================================================================ regular expressions

_WS = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.!?)\]])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[])\s+")
_BOLD_ITALIC = re.compile(r"'{2,}")
_NUM = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])(?!,\d)"
_NUMBER = re.compile(_NUM)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONEY = re.compile(
    rf"(?:(?<![A-Za-z])(?P<pre>{_alternation(list(CURRENCY_SYMBOLS) + list(ISO_CURRENCIES))})"
    rf"\s?)?(?P<num>{_NUM})"
    rf"(?:\s?(?P<mult>(?i:{_alternation(MULTIPLIERS)}))(?![A-Za-z]))?\.?"
    rf"(?:\s?(?P<post>{_alternation(list(CURRENCY_SYMBOLS) + list(ISO_CURRENCIES))}"
    rf"|(?i:{_alternation(CURRENCY_WORDS)}))(?![A-Za-z]))?"
)
_QUANTITY = re.compile(
    rf"(?P<num>{_NUM})(?:\s?(?P<mult>(?i:thousand|million|billion))(?![A-Za-z]))?"
)
_YEAR = re.compile(r"(?<![\d.,$€£¥])(1[6-9]\d\d|20\d\d)(?![\d%])(?!,\d)")
_MON = rf"(?P<{{g}}>{_alternation(MONTHS)})\.?"
_DATE = re.compile(
    r"(?<![\w.,$€£¥])(?:"
    r"(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)"
    rf"|{_MON.format(g='m1')}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON.format(g='m2')},?\s+(?P<y2>\d{{4}})"
    rf"|{_MON.format(g='m3')},?\s+(?P<y3>\d{{4}})"
    r"|(?P<dec>1[6-9]\d0|20\d0)s"
    r"|(?P<r1>1[6-9]\d\d|20\d\d)\s*(?:–|—|-|to|until)\s*(?P<r2>\d{4}|\d\d)"
    r"|(?P<y>1[6-9]\d\d|20\d\d)"
    r")(?![\d%])(?!,\d)",
    re.IGNORECASE,
)
_FOUR_DIGIT_RUN = re.compile(r"\d{4}")
_DATE_REACH = 32  # characters a date can start before its year: "30th of September, 2017"
_APPROX_BEFORE = re.compile(
    r"(?:\bc\.|\bca\.|\bcirca|\babout|\baround|\bapprox(?:imately|\.)?|~)\s*$", re.IGNORECASE
)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$")
_TICKER_TEXT = re.compile(
    rf"(?<![\w-])(?P<ex>{_alternation({v[0] for v in EXCHANGES.values()})})\s*:\s*"
    r"(?P<ticker>[A-Z0-9][A-Z0-9.\-]*)"
)
_ROLE_SUFFIX = re.compile(r"^(?P<name>.+?)(?:,\s+|\s+[–—-]\s+)(?P<role>.+)$")
_PARENS = re.compile(r"\((?P<inner>.*)\)")
_LEADING_CONJ = re.compile(r"^\s*(?:and|or|&)\s+", re.IGNORECASE)
_MARKS = re.compile("[" + "".join(TREND_MARKS.values()) + "]")
_LINK_TRAIL = re.compile(r"^[a-z]+")
_MONTH_DAY_END = re.compile(rf"\b(?:{_alternation(MONTHS)})\.?\s+\d{{1,2}}$", re.IGNORECASE)
_YEAR_START = re.compile(r"^\s*\d{4}\b")

# ================================================================ wikicode helpers


def _code(value: object) -> Wikicode:
    """Wikicode for any accepted input, parsing a str once."""
    if isinstance(value, Wikicode):
        return value
    if isinstance(value, Node):
        return parse_anything(value)
    if isinstance(value, list | tuple):
        return parse_anything(list(value))
    return mwparserfromhell.parse("" if value is None else str(value))


def _tname(t: Template) -> str:
    """A template's name as a table key: lower case, spaces, no ``Template:`` prefix."""
    name = _WS.sub(" ", str(t.name).replace("_", " ")).strip().lower()
    if "<!--" in name:
        name = _WS.sub(" ", re.sub(r"<!--.*?-->", "", name, flags=re.S)).strip()
    return name[9:].strip() if name.startswith("template:") else name


def _arg(t: Template, key: str) -> Wikicode | None:
    return t.get(key).value if t.has(key) else None


def _positional(t: Template) -> list[Wikicode]:
    return [p.value for p in t.params if str(p.name).strip().isdigit()]


# kg.parse masks each <ref> that has a body as <!--kg:ref:N--> and reads it on demand.
REF_PLACEHOLDER = "kg:ref:"


def _is_ref(node: Node) -> bool:
    if isinstance(node, Comment):
        return str(node.contents).startswith(REF_PLACEHOLDER)
    return isinstance(node, Tag) and str(node.tag).strip().lower() == "ref"


def _link_namespace(target: str) -> str:
    head, sep, _ = target.partition(":")
    return head.strip().lower() if sep and not target.startswith(":") else ""


def _walk(nodes: Iterable[Node]) -> Iterator[Node]:
    """Every node, depth first, not entering ``<ref>`` contents."""
    for node in nodes:
        yield node
        if isinstance(node, Template):
            for p in node.params:
                yield from _walk(p.value.nodes)
        elif isinstance(node, Tag) and not _is_ref(node) and node.contents is not None:
            yield from _walk(node.contents.nodes)
        elif isinstance(node, Wikilink) and node.text is not None:
            yield from _walk(node.text.nodes)
        elif isinstance(node, ExternalLink) and node.title is not None:
            yield from _walk(node.title.nodes)


def _templates(code: Wikicode) -> Iterator[tuple[str, Template]]:
    for node in _walk(code.nodes):
        if isinstance(node, Template):
            yield _tname(node), node


# ================================================================ plain text


def _render(nodes: Iterable[Node], marks: bool = False) -> str:
    return "".join(_render_node(n, marks) for n in nodes)


def _render_node(node: Node, marks: bool) -> str:
    if isinstance(node, Text):
        return node.value
    if isinstance(node, Wikilink):
        return _render_wikilink(node, marks)
    if isinstance(node, Template):
        return _render_template(node, marks)
    if isinstance(node, Tag):
        return _render_tag(node, marks)
    if isinstance(node, HTMLEntity):
        return node.normalize()
    if isinstance(node, ExternalLink):
        if node.title is not None:
            return _render(node.title.nodes, marks)
        return "" if node.brackets else str(node.url)
    if isinstance(node, Heading):
        return _render(node.title.nodes, marks)
    if isinstance(node, Argument):
        return _render(node.default.nodes, marks) if node.default is not None else ""
    if isinstance(node, Comment):
        return ""
    return str(node)


def _render_wikilink(node: Wikilink, marks: bool) -> str:
    target = str(node.title).strip()
    namespace = _link_namespace(target)
    if namespace in ("file", "image", "media"):
        trend = _file_trend(target)
        return TREND_MARKS[trend] if marks and trend else ""
    if namespace == "category":
        return ""
    if node.text is not None and str(node.text).strip():
        return _render(node.text.nodes, marks)
    return target.lstrip(":")


def _file_trend(target: str) -> str | None:
    name = target.lower().replace("_", " ")
    return next((trend for key, trend in TREND_FILES.items() if key in name), None)


def _render_tag(node: Tag, marks: bool) -> str:
    name = str(node.tag).strip().lower()
    if name in ("ref", "references", "templatestyles", "gallery", "math", "score"):
        return ""
    if name in ("br", "hr", "li", "dt", "dd", "p", "tr", "td", "th"):
        inner = _render(node.contents.nodes, marks) if node.contents is not None else ""
        return f" {inner} "
    if name == "nowiki":
        return str(node.contents or "")
    return _render(node.contents.nodes, marks) if node.contents is not None else ""


def _render_template(t: Template, marks: bool) -> str:
    name = _tname(t)
    if name in TEXT_TEMPLATES:
        return _render_text_template(t, TEXT_TEMPLATES[name], marks)
    if name in LITERAL_TEMPLATES:
        return LITERAL_TEMPLATES[name]
    if name.startswith("lang-"):
        arg = _arg(t, "1")
        return _render(arg.nodes, marks) if arg is not None else ""
    if name in TREND_TEMPLATES:
        return TREND_MARKS[TREND_TEMPLATES[name]] if marks else ""
    if name in CURRENCY_TEMPLATES:
        arg = _arg(t, "1")
        return CURRENCY_TEMPLATES[name][0] + (_render(arg.nodes, marks) if arg else "")
    if name in EXCHANGES:
        arg = _arg(t, "1")
        return f"{EXCHANGES[name][0]}: {plain_text(arg)}" if arg is not None else ""
    if name in DATE_TEMPLATES:
        return _render_date_template(name, t)
    if name in LIST_TEMPLATES:
        return ", ".join(_render(item.nodes, marks).strip() for item in _template_items(t))
    if name in ("circa", "c."):
        arg = _arg(t, "1")
        return "c. " + (_render(arg.nodes, marks) if arg is not None else "")
    if name == "convert":
        args = _positional(t)[:2]
        return " ".join(plain_text(a) for a in args)
    return ""


def _render_text_template(t: Template, how: str, marks: bool) -> str:
    args = _positional(t)
    if how == "join" or how == "join space":
        sep = "" if how == "join" else " "
        return sep.join(_render(a.nodes, marks).strip() for a in args)
    if how == "last":
        return _render(args[-1].nodes, marks) if args else ""
    arg = _arg(t, how)
    return _render(arg.nodes, marks) if arg is not None else ""


def _render_date_template(name: str, t: Template) -> str:
    dv = _date_from_template(t)
    if dv is None:
        return ""
    df = str(_arg(t, "df") or "").strip().lower() in ("y", "yes", "true", "1")
    text = _format_date(dv, df)
    if name == "as of":
        lc = _arg(t, "lc") is not None and str(_arg(t, "lc")).strip() != ""
        return ("as of " if lc else "As of ") + text
    return text


def _format_date(dv: DateValue, day_first: bool) -> str:
    parts = dv.iso.split("-")
    if dv.precision == "year":
        return parts[0]
    month = MONTH_NAMES[int(parts[1])]
    if dv.precision == "month":
        return f"{month} {parts[0]}"
    day = int(parts[2])
    return f"{day} {month} {parts[0]}" if day_first else f"{month} {day}, {parts[0]}"


def _tidy(text: str) -> str:
    text = _BOLD_ITALIC.sub("", text)
    text = _WS.sub(" ", text).strip()
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return _SPACE_AFTER_OPEN.sub(r"\1", text).strip(" ,;")


def plain_text(value: object) -> str:
    """Human text of wikicode: link labels, text-bearing templates, no refs or markup."""
    if value is None:
        return ""
    return _tidy(_render(_code(value).nodes))


def _marked_text(code: Wikicode) -> str:
    """Plain text with trend templates/arrows kept as one-character marks."""
    return _tidy(_render(code.nodes, marks=True))


# ================================================================ list items


def _is_separator_tag(node: Node) -> bool:
    return isinstance(node, Tag) and str(node.tag).strip().lower() in ("br", "li", "dt", "dd")


def _template_items(t: Template) -> list[Wikicode]:
    items: list[Wikicode] = []
    for arg in _positional(t):
        items.extend(_split(arg, commas=False))
    return items


def _split(code: Wikicode, commas: bool) -> list[Wikicode]:
    """Items of a value: list templates, bullets, <br>, newlines; commas when unstructured."""
    raw: list[list[Node]] = [[]]
    structured = False
    for node in _strip_edges(code.nodes):
        if _is_separator_tag(node):
            structured = True
            raw.append([])
        elif isinstance(node, Text) and "\n" in node.value:
            structured = True
            first, *rest = node.value.split("\n")
            raw[-1].append(Text(first))
            for part in rest:
                raw.append([Text(part)])
        elif isinstance(node, Template) and _tname(node) in LIST_TEMPLATES:
            structured = True
            raw.extend(list(item.nodes) for item in _template_items(node))
            raw.append([])
        elif _is_ref(node) and not _has_text(raw[-1]) and len(raw) > 1:
            _last_with_text(raw).append(node)
        else:
            raw[-1].append(node)
    if commas and not structured:
        raw = _split_commas(raw[0])
    return [parse_anything(nodes) for nodes in _clean_items(raw)]


def _strip_edges(nodes: list[Node]) -> list[Node]:
    """The nodes without the blank lines around a parameter value."""
    nodes = list(nodes)
    if nodes and isinstance(nodes[0], Text):
        nodes[0] = Text(nodes[0].value.lstrip())
    if nodes and isinstance(nodes[-1], Text):
        nodes[-1] = Text(nodes[-1].value.rstrip())
    return nodes


def _has_text(nodes: list[Node]) -> bool:
    return any(
        not (isinstance(n, Text) and not n.value.strip()) and not isinstance(n, Comment)
        and not _is_ref(n)
        for n in nodes
    )


def _last_with_text(raw: list[list[Node]]) -> list[Node]:
    for nodes in reversed(raw):
        if _has_text(nodes):
            return nodes
    return raw[-1]


def _split_commas(nodes: list[Node]) -> list[list[Node]]:
    """Split at top-level ``,``/``;`` (and a bare "and" between two links), outside parens."""
    items: list[list[Node]] = [[]]
    depth = 0
    for i, node in enumerate(nodes):
        if not isinstance(node, Text):
            items[-1].append(node)
            continue
        if depth == 0 and node.value.strip() in ("and", "&") and _between_links(nodes, i):
            items.append([])
            continue
        start = 0
        text = node.value
        for j, ch in enumerate(text):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
            elif ch in ",;" and depth == 0 and _splits_here(text, j):
                items[-1].append(Text(text[start:j]))
                items.append([])
                start = j + 1
        items[-1].append(Text(text[start:]))
    return items


def _splits_here(text: str, j: int) -> bool:
    rest = text[j + 1 :]
    if text[j] == ";":
        return True
    if rest[:1].isdigit():
        return False  # 1,700
    if _MONTH_DAY_END.search(text[:j]) and _YEAR_START.match(rest):
        return False  # October 28, 1992
    return LEGAL_SUFFIXES.match(rest.lstrip()) is None


def _between_links(nodes: list[Node], i: int) -> bool:
    before = [n for n in nodes[:i] if not _is_ref(n)]
    after = nodes[i + 1 :]
    return bool(before and after) and isinstance(before[-1], Wikilink) and isinstance(
        after[0], Wikilink
    )


def _clean_items(raw: list[list[Node]]) -> Iterator[list[Node]]:
    for nodes in raw:
        nodes = _trim(nodes)
        if nodes and not _is_heading(nodes):
            yield nodes


def _trim(nodes: list[Node]) -> list[Node]:
    """Drop blank edges and separator punctuation at both ends."""
    nodes = list(nodes)
    while nodes and isinstance(nodes[0], Text | Comment) and not _LEADING_CONJ.sub(
        "", str(nodes[0])
    ).strip(" \t,;"):
        nodes.pop(0)
    if nodes and isinstance(nodes[0], Text):
        nodes[0] = Text(_LEADING_CONJ.sub("", nodes[0].value).lstrip(" \t,;"))
    while nodes and isinstance(nodes[-1], Text | Comment) and not str(nodes[-1]).strip(" \t,;"):
        nodes.pop()
    if nodes and isinstance(nodes[-1], Text):
        nodes[-1] = Text(nodes[-1].value.rstrip(" \t,;"))
    if not _has_text(nodes) and not any(_is_ref(n) for n in nodes):
        return []
    return nodes


def _is_heading(nodes: list[Node]) -> bool:
    """A bold-only line ("'''List of subsidiaries'''") or a pointer to a "List of" article."""
    solid = [n for n in nodes if _has_text([n])]
    if len(solid) == 1 and isinstance(solid[0], Tag) and str(solid[0].tag) == "b":
        return True
    links = [n for n in solid if isinstance(n, Wikilink)]
    if len(solid) == 1 and links:
        return (canonical_title(str(links[0].title)) or "").startswith("List of ")
    return False


def split_items(value: object) -> list[Wikicode]:
    """The items of a list-valued parameter, each as wikicode (refs stay with their item)."""
    return _split(_code(value), commas=True)


# ================================================================ entities and roles


def _head(nodes: list[Node]) -> list[Node]:
    """The nodes before a parenthesis or ``{{small}}``/``<small>`` (the qualifier)."""
    head: list[Node] = []
    for node in nodes:
        if _is_ref(node):
            continue
        if isinstance(node, Text) and "(" in node.value:
            head.append(Text(node.value.split("(", 1)[0]))
            break
        if isinstance(node, Template) and _tname(node) in ("small", "smaller"):
            break
        if isinstance(node, Tag) and str(node.tag).strip().lower() == "small":
            break
        head.append(node)
    return head


def _first_link(nodes: list[Node]) -> tuple[Wikilink, str] | None:
    """The first wikilink to an article and its link trail ("[[ship]]s" -> "s")."""
    for i, node in enumerate(nodes):
        if isinstance(node, Wikilink) and canonical_title(str(node.title)):
            nxt = nodes[i + 1] if i + 1 < len(nodes) else None
            trail = _LINK_TRAIL.match(nxt.value) if isinstance(nxt, Text) else None
            return node, trail.group(0) if trail else ""
        inner = _text_bearing_nodes(node)
        found = _first_link(inner) if inner else None
        if found:
            return found
    return None


def _text_bearing_nodes(node: Node) -> list[Node]:
    if isinstance(node, Template):
        how = TEXT_TEMPLATES.get(_tname(node))
        arg = _arg(node, how) if how and how[0].isdigit() else None
        return list(arg.nodes) if arg is not None else []
    if isinstance(node, Tag) and not _is_ref(node) and node.contents is not None:
        return list(node.contents.nodes)
    return []


def _label(text: str) -> str:
    return text.strip(" ,;:")


def entity_of(item: object) -> Entity | None:
    """The main entity of one item: its first article link, else its plain text."""
    nodes = list(_code(item).nodes)
    head = _head(nodes) or nodes
    found = _first_link(head)
    if found:
        link, trail = found
        title = canonical_title(str(link.title))
        label = _label(plain_text(parse_anything(link)) + trail) or title
        return Entity(label=label, title=title)
    label = _label(plain_text(parse_anything(head)))
    if label.lower() in PLACEHOLDERS:
        label = _label(plain_text(parse_anything(nodes)))
    return None if label.lower() in PLACEHOLDERS else Entity(label=label)


def _is_role_text(text: str) -> bool:
    words = re.findall(r"[a-z&-]+", text.lower())
    return bool(words) and all(w in ROLE_WORDS for w in words) and any(
        w in ROLE_CORE for w in words
    )


def _role_only(item: Wikicode) -> str | None:
    """The role of an item that holds only a role: "(President)", "{{small|(CEO)}}", "CEO"."""
    text = plain_text(item)
    solid = [n for n in item.nodes if _has_text([n])]
    small = len(solid) == 1 and (
        (isinstance(solid[0], Template) and _tname(solid[0]) in ("small", "smaller"))
        or (isinstance(solid[0], Tag) and str(solid[0].tag).strip().lower() == "small")
    )
    match = _PARENS.fullmatch(text)
    if match or small:
        return (match.group("inner") if match else text).strip() or None
    return text if _is_role_text(text) else None


def parse_role_item(item: object) -> Role | None:
    """A person and their role: "[[Will Shu]] ([[Chief executive officer|CEO]])"."""
    code = _code(item)
    holder = entity_of(code)
    if holder is None or _role_only(code) is not None:
        return None
    text = plain_text(code)
    paren = _PARENS.search(text)
    if paren and paren.group("inner").strip():
        return Role(holder=holder, role=paren.group("inner").strip())
    suffix = _ROLE_SUFFIX.match(text)
    if suffix and _is_role_text(suffix.group("role")):
        if holder.title is None:
            holder = Entity(label=_label(suffix.group("name")))
        return Role(holder=holder, role=suffix.group("role").strip())
    return Role(holder=holder)


def parse_people(value: object) -> list[Role]:
    """Key people: split, and give a role-only item to the person before it."""
    people: list[Role] = []
    for item in split_items(value):
        role = _role_only(item)
        if role is not None and people:
            last = people[-1]
            merged = f"{last.role}; {role}" if last.role else role
            people[-1] = Role(holder=last.holder, role=merged)
            continue
        parsed = parse_role_item(item)
        if parsed is not None:
            people.append(parsed)
    return people


# ================================================================ dates


def _make_date(year: str, month: str | int | None = None, day: str | int | None = None,
               **kw: object) -> DateValue | None:
    y = int(year)
    m = int(month) if month else 0
    d = int(day) if day else 0
    if not 1 <= m <= 12:
        return DateValue(iso=f"{y:04d}", precision="year", **kw)
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return DateValue(iso=f"{y:04d}-{m:02d}", precision="month", **kw)
    return DateValue(iso=f"{y:04d}-{m:02d}-{d:02d}", precision="day", **kw)


def _date_from_template(t: Template) -> DateValue | None:
    args = [plain_text(a) for a in _positional(t)]
    if not args or not args[0]:
        return None
    if args[0].isdigit() and len(args[0]) <= 4:
        parts = (args + [None, None])[:3]
        month = parts[1] if parts[1] and parts[1].isdigit() else MONTHS.get(
            (parts[1] or "").lower().rstrip(".")
        )
        day = parts[2] if parts[2] and parts[2].isdigit() else None
        return _make_date(args[0], month, day)
    return parse_date_text(args[0])


def parse_date_text(text: str) -> DateValue | None:
    """The first date written in a sentence: "On 20 September 2018", "In April 2018"."""
    if not text:
        return None
    # Every date form holds four digits and starts at most ~25 characters before them
    # ("September 30th, 2017"): search from there, not across the whole sentence.
    year = _FOUR_DIGIT_RUN.search(text)
    if year is None:
        return None
    match = _DATE.search(text, max(0, year.start() - _DATE_REACH))
    if match is None:
        return None
    g = match.groupdict()
    approximate = bool(_APPROX_BEFORE.search(text, max(0, match.start() - 24), match.start()))
    kw = {"raw": text.strip(), "approximate": approximate}
    if g["iy"]:
        return _make_date(g["iy"], g["im"], g["id"], **kw)
    for m, d, y in (("m1", "d1", "y1"), ("m2", "d2", "y2"), ("m3", None, "y3")):
        if g[m]:
            # re.I lets "Aprİl" match; a name the table does not know is no date
            month = MONTHS.get(g[m].lower())
            return _make_date(g[y], month, g[d] if d else None, **kw) if month else None
    if g["dec"]:
        return _make_date(g["dec"], raw=text.strip(), approximate=True)
    if g["r1"]:
        return _range(g["r1"], g["r2"], kw)
    return _make_date(g["y"], **kw)


def _range(start: str, end: str, kw: dict) -> DateValue | None:
    end_year = start[:2] + end if len(end) == 2 else end
    first = _make_date(start, **kw)
    if int(end_year) <= int(start):
        return first
    return replace(first, end=_make_date(end_year))


def parse_date(value: object) -> DateValue | None:
    """A date with its precision from a date template or free text; raw = the plain text."""
    code = _code(value)
    raw = plain_text(code)
    found = [(name, t) for name, t in _templates(code) if name in DATE_TEMPLATES]
    dates = [(name, _date_from_template(t)) for name, t in found]
    dates = [(name, dv) for name, dv in dates if dv is not None]
    if not dates:
        return parse_date_text(raw)
    first = replace(dates[0][1], raw=raw)
    ends = [dv for name, dv in dates[1:] if name in END_DATE_TEMPLATES]
    return replace(first, end=ends[0]) if ends else first


# ================================================================ money and quantities


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
    text = _marked_text(_code(value))
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
    raw = _balanced(_tidy(_MARKS.sub("", match.group(0) + tail.split(",")[0])))
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


# ================================================================ listings and URLs


def _exchange_entity(title: str) -> Entity:
    return Entity(label=title, title=title, kind="organization")


_EXCHANGE_BY_SHORT = {short: (short, title) for short, title in EXCHANGES.values()}


def parse_listings(value: object) -> list[Listing]:
    """Stock listings from exchange templates ({{NYSE|IBM}}) or text ("LSE: ROO")."""
    code = _code(value)
    listings: list[Listing] = []
    for name, t in _templates(code):
        ticker = plain_text(_arg(t, "1")) if name in EXCHANGES else ""
        if ticker:
            short, title = EXCHANGES[name]
            listings.append(Listing(short, ticker, _exchange_entity(title)))
    if not listings:
        for match in _TICKER_TEXT.finditer(plain_text(code)):
            short, title = _EXCHANGE_BY_SHORT[match.group("ex")]
            listings.append(Listing(short, match.group("ticker"), _exchange_entity(title)))
    return list(dict.fromkeys(listings))


def parse_index_memberships(value: object) -> list[Entity]:
    """Stock index memberships ("[[DJIA]] component") - not listings."""
    result = []
    for item in split_items(value):
        if INDEX_WORDS.search(plain_text(item)) and not parse_listings(item):
            entity = entity_of(item)
            if entity is not None:
                result.append(entity)
    return result


def _with_scheme(url: str) -> str | None:
    url = url.strip()
    if not url:
        return None
    if url.startswith("//"):
        return "http:" + url
    return url if _SCHEME.match(url) else "http://" + url


def parse_urls(value: object) -> list[Link]:
    """Every web address in a value ({{URL}}, [http://x y], bare URLs, bare domains)."""
    code = _code(value)
    urls: list[str] = []
    for node in _walk(code.nodes):
        if isinstance(node, Template) and _tname(node) in URL_TEMPLATES:
            arg = _arg(node, "1")
            url = _with_scheme(plain_text(arg)) if arg is not None else None
            urls.extend([url] if url else [])
        elif isinstance(node, ExternalLink):
            urls.append(str(node.url).strip())
    if not urls:
        text = plain_text(code)
        if _DOMAIN.match(text):
            urls.append("http://" + text)
    return [Link(iri=u) for u in dict.fromkeys(urls)]


def parse_url(value: object) -> Link | None:
    """The first web address of a value, or None."""
    links = parse_urls(value)
    return links[0] if links else None


# ================================================================ names


def _lang_texts(nodes: list[Node], lang: str) -> list[LangText]:
    """Text of a language template; an italic part beside other text is a romanisation."""
    italic = [n for n in nodes if isinstance(n, Tag) and str(n.tag) == "i"]
    other = [n for n in nodes if n not in italic]
    main = _label(plain_text(parse_anything(other)))
    roman = _label(plain_text(parse_anything(italic)))
    if main and roman:
        return [LangText(main, lang), LangText(roman, f"{lang}-Latn")]
    text = _label(plain_text(parse_anything(nodes)))
    return [LangText(text, lang)] if text else []


def _names_of_template(name: str, t: Template) -> list[LangText]:
    if name in ("lang", "native name"):
        tag, text = _arg(t, "1"), _arg(t, "2")
        if tag is None or text is None:
            return []
        return _lang_texts(list(text.nodes), plain_text(tag))
    if name.startswith("lang-") and _arg(t, "1") is not None:
        return _lang_texts(list(_arg(t, "1").nodes), name[5:])
    if name == "transl" and len(_positional(t)) >= 2:
        return [LangText(plain_text(_positional(t)[-1]), plain_text(_arg(t, "1")) + "-Latn")]
    table = CHINESE_PARAMS if name in CHINESE_TEMPLATES else (
        KOREAN_PARAMS if name in KOREAN_TEMPLATES else {})
    names = []
    for key, lang in table.items():
        text = plain_text(_arg(t, key)) if _arg(t, key) is not None else ""
        if text:
            names.append(LangText(text, lang))
    return names


def names_from_templates(wikicode: object) -> list[LangText]:
    """Language-tagged labels from {{lang}}, {{lang-xx}}, {{native name}}, {{zh}}, {{Chinese}},
    {{Infobox Korean name}}..., in document order, without duplicates."""
    names: list[LangText] = []
    for name, t in _templates(_code(wikicode)):
        names.extend(_names_of_template(name, t))
    return list(dict.fromkeys(n for n in names if n.text))


def parse_names(value: object) -> list[LangText]:
    """Names in a name parameter: tagged by their templates, untagged text as lang None.

    Items are split like ``split_items`` (so "The Pylon, The Golden Princess" is two names,
    while a legal form after a comma, "Alsea, S.A.B. de C.V.", stays in the name)."""
    names: list[LangText] = []
    for item in split_items(value):
        tagged = names_from_templates(item)
        text = _label(plain_text(item))
        if tagged:
            names.extend(tagged)
        elif text.lower() not in PLACEHOLDERS:
            names.append(LangText(text))
    return list(dict.fromkeys(names))


# ================================================================ citations


def _ref_name(tag: Tag) -> str | None:
    if isinstance(tag, Comment):
        return str(tag.contents)
    if not tag.has("name"):
        return None
    name = str(tag.get("name").value).strip().strip("\"'").strip()
    return name or None


def _cite_field(params: dict[str, Wikicode], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        text = plain_text(params[key]) if key in params else ""
        if text:
            return text
    return None


def _is_cite(name: str) -> bool:
    return name.startswith("cite") or name in ("citation", "vcite web", "vcite news")


def cite_template_citation(name: str | None, params: dict[str, Wikicode]) -> Citation:
    """The Citation of a ``{{cite ...}}`` template from its parameters (stripped, lower-case
    name -> value; only the names in CITE_FIELDS are read) and the ref's name."""
    fields = {field: _cite_field(params, keys) for field, keys in CITE_FIELDS.items()}
    return Citation(name=name, **fields)


def citation_from_ref(tag: Tag) -> Citation:
    """A ``<ref>`` tag as a Citation (from its cite template, else its text and first URL)."""
    name = _ref_name(tag)
    contents = tag.contents if tag.contents is not None else Wikicode([])
    for tname, t in _templates(contents):
        if _is_cite(tname):
            return cite_template_citation(name, {str(p.name).strip().lower(): p.value for p in t.params})
    links = [n for n in _walk(contents.nodes) if isinstance(n, ExternalLink)]
    return Citation(url=str(links[0].url).strip() if links else None,
                    text=plain_text(contents) or None, name=name)


def _refs(code: Wikicode) -> Iterator[Tag]:
    return (node for node in _walk(code.nodes) if _is_ref(node))


def _has_body(tag: Tag) -> bool:
    return isinstance(tag, Tag) and tag.contents is not None and bool(str(tag.contents).strip())


def named_ref_tags(wikicode: object) -> dict[str, Tag]:
    """name -> the ``<ref>`` tag that defines it (the first definition with a body wins)."""
    index: dict[str, Tag] = {}
    for tag in _refs(_code(wikicode)):
        name = _ref_name(tag)
        if name and name not in index and _has_body(tag):
            index[name] = tag
    return index


def build_ref_index(wikicode: object) -> dict[str, Citation]:
    """name -> Citation for every named ``<ref>`` with a body (the first definition wins)."""
    return {name: citation_from_ref(tag) for name, tag in named_ref_tags(wikicode).items()}


def citations_in(value: object, ref_index: dict[str, Citation] | None = None) -> list[Citation]:
    """The citations of a value's refs; named references resolved through ``ref_index``."""
    code = _code(value)
    index = ref_index if ref_index is not None else {}
    result: list[Citation] = []
    for node in _walk(code.nodes):
        if _is_ref(node):
            if _has_body(node):
                result.append(citation_from_ref(node))
            elif _ref_name(node) in index:
                result.append(index[_ref_name(node)])
        elif isinstance(node, Template) and _tname(node) == "r":
            names = (plain_text(a).strip("\"' ") for a in _positional(node))
            result.extend(index[n] for n in names if n in index)
    return list(dict.fromkeys(result))
