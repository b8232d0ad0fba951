"""Infobox values that are not lists of entities: dates, stock listings, web addresses and
language-tagged names.

* ``{{URL|example.com}}`` without a scheme becomes ``http://example.com`` (what the template
  renders); a given scheme is kept.
* Chinese name parameters map to BCP 47 tags: s -> zh-Hans, t -> zh-Hant, c -> zh,
  p -> zh-Latn-pinyin, j -> yue-Latn-jyutping, w -> zh-Latn-wadegile. Korean: hangul -> ko,
  hanja -> ko-Hani, rr -> ko-Latn (McCune-Reischauer has no valid BCP 47 subtag: skipped).
  An italic transliteration inside ``{{lang-xx|...}}`` becomes ``xx-Latn``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mwparserfromhell.nodes import ExternalLink, Node, Tag, Template, Wikilink
from mwparserfromhell.nodes import Text as TextNode

from kg.model import DateValue, Entity, Link, Listing
from kg.model import Text as LangText
from kg.text.dates import parse_date_text
from kg.text.entities import PLACEHOLDERS, clean_label, entity_of
from kg.text.exchanges import home_namesake, looks_like_ticker, register_exchange
from kg.text.items import split_items
from kg.text.patterns import alternation
from kg.text.render import date_from_template, plain_text
from kg.text.templates import (
    CHINESE_PARAMS,
    CHINESE_TEMPLATES,
    DATE_TEMPLATES,
    END_DATE_TEMPLATES,
    EXCHANGE_HOMES,
    EXCHANGES,
    KOREAN_PARAMS,
    KOREAN_TEMPLATES,
    URL_TEMPLATES,
)
from kg.text.wikicode import as_code, positional_args, template_arg, templates_in, tname, walk
from kg.titles import canonical_title

INDEX_WORDS = re.compile(r"\b(component|constituent|index|member)\b", re.IGNORECASE)
# A listing or index membership that has ended: "Formerly {{LSE|TWR}} (1989–2006)".
FORMER = re.compile(
    r"\b(?:formerly|former|previously|delisted|until|de-listed)\b"
    r"|\([^()]*?\b\d{4}\s*(?:[–—-]|to)\s*\d{2,4}\s*\)",  # "(1999–2008)", "(ADR, 1999 to 2008)"
    re.IGNORECASE,
)

# Language-name templates: {{Chinese}}/{{zh}} and Korean name parameters -> BCP 47 tag.

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$")
_TICKER_TEXT = re.compile(
    rf"(?<![\w-])(?P<ex>(?i:{alternation({v[0] for v in EXCHANGES.values()})}))\s*:\s*"
    r"(?P<ticker>[A-Z0-9][A-Z0-9.\-]*)"
)


def parse_date(value: object) -> DateValue | None:
    """A date with its precision from a date template or free text; raw = the plain text."""
    code = as_code(value)
    raw = plain_text(code)
    found = [(name, t) for name, t in templates_in(code) if name in DATE_TEMPLATES]
    dates = [(name, date_from_template(t)) for name, t in found]
    dates = [(name, dv) for name, dv in dates if dv is not None]
    if not dates:
        return parse_date_text(raw)
    first = replace(dates[0][1], raw=raw)
    ends = [dv for name, dv in dates[1:] if name in END_DATE_TEMPLATES]
    return replace(first, end=ends[0]) if ends else first



_MONTH_WORDS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
                "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
# The text of a period: years or decades, with months, days, "c.", "from", "until", dashes,
# "present"; several periods joined by ";" or ",".
_PERIOD_TEXT = re.compile(
    rf"(?:\s|[–—,;.-]|\d{{1,2}}(?:st|nd|rd|th)?\b|(?:1[5-9]\d\d|20\d\d)s?\b|\b(?:{_MONTH_WORDS})\b|"
    r"\b(?:c|ca|circa|from|since|until|till|to|present|now|today)\b)+", re.IGNORECASE)
_PERIOD_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_OPEN_END = re.compile(r"(?:[–—-]|\b(?:present|now|today))\s*$", re.IGNORECASE)
_NO_START = re.compile(r"^\s*(?:[–—-]|until|till|to)\b|^\s*[–—-]", re.IGNORECASE)
_TRAILING_PARENS = re.compile(r"\s*\((?P<inner>[^()]*)\)$")
# "Acme Ltd., 1950–1980": a full range after the name, without parentheses
_TRAILING_RANGE = re.compile(r"[\s,]+(?P<inner>(?:c\.\s*)?(?:1[5-9]\d\d|20\d\d)\s*[–—-]\s*(?:1[5-9]\d\d|20\d\d|present))$")


def is_period(text: str) -> bool:
    """Whether a text is only a period or a date ("1921–1958", "(until 2006)")."""
    inner = text.strip().removeprefix("(").removesuffix(")").strip()
    return bool(_PERIOD_YEAR.search(inner)) and _PERIOD_TEXT.fullmatch(inner) is not None


def name_and_period(text: str) -> tuple[str, DateValue | None, DateValue | None]:
    """A name with the years it was used: "Iselin Chemie AG (1921–1996)" -> the name, 1921,
    1996; "X (until 2006)" -> X, None, 2006; also "(March 1950 – June 1980)", "(c. 1900–1920)",
    "(1950s–1980)", "(1950–1980; 1985–1990)" and "X, 1950–1980". Without years in a closing
    parenthesis, the text is the name; one year alone ("Acme (1990)") is not a period."""
    m = _TRAILING_PARENS.search(text) or _TRAILING_RANGE.search(text)
    if m is None or not text[: m.start()].strip(" ,"):
        return text, None, None
    inner = m.group("inner").strip()
    years = _PERIOD_YEAR.findall(inner)
    if not years or not _PERIOD_TEXT.fullmatch(inner):
        return text, None, None
    cue = re.search(r"[–—-]|\b(?:since|from|until|till|to)\b", inner, re.IGNORECASE)
    if not cue:
        return text, None, None  # "Acme (1990)" is not a period
    no_start = bool(_NO_START.search(inner))
    open_end = bool(_OPEN_END.search(inner)) or (len(years) == 1 and re.search(r"\b(?:since|from)\b", inner, re.I))
    start = None if no_start else DateValue(years[0], "year")
    end = None if open_end or (len(years) == 1 and not no_start) else DateValue(years[-1], "year")
    return text[: m.start()].strip(" ,"), start, end


# ================================================================ listings and URLs


def _exchange_entity(title: str) -> Entity:
    return Entity(label=title, title=title, kind="organization")


_EXCHANGE_BY_SHORT = {short.upper(): (short, title) for short, title in EXCHANGES.values()}


def current_items(value: object) -> list:
    """The items of a listings value that are not marked as ended ("Formerly ...")."""
    return [item for item in split_items(value) if not FORMER.search(plain_text(item))]


def parse_listings(value: object, country: str | None = None) -> list[Listing]:
    """Stock listings from exchange templates ({{NYSE|IBM}}) or text ("LSE: ROO"). With the
    company's ``country``, a template the project does not know ({{ASE|HADP}} of a Jordanian
    company) is read from the ISO 10383 register (kg/text/exchanges.py)."""
    code = as_code(value)
    listings: list[Listing] = []
    for name, t in templates_in(code):
        if name in EXCHANGES:
            ticker = plain_text(template_arg(t, "1"))
            if ticker:
                short, title = EXCHANGES[name]
                title = home_namesake(short, EXCHANGE_HOMES.get(title), country) or title
                listings.append(Listing(short, ticker, _exchange_entity(title)))
        elif country and (found := _register_listing(name, t, country)) is not None:
            listings.append(found)
    if not listings:
        listings = _linked_listings(code)
        shown = {(x.exchange.upper(), x.ticker) for x in listings}
        for match in _TICKER_TEXT.finditer(plain_text(code)):
            if (match.group("ex").upper(), match.group("ticker")) in shown:
                continue
            short, title = _EXCHANGE_BY_SHORT[match.group("ex").upper()]
            listings.append(Listing(short, match.group("ticker"), _exchange_entity(title)))
    return list(dict.fromkeys(listings))


def _register_listing(name: str, t: Template, country: str) -> Listing | None:
    """{{ASE|HADP}}, {{BÉT|RICHTER}}: a short template name written in capitals (an acronym), one
    positional argument that is a ticker and no other argument, naming an exchange of the company's country in the register.
    A template the project lists keeps its own exchange ({{BSE}} is Bombay's, whatever the
    company's country), as it does on Wikipedia."""
    written = str(t.name).strip()
    if (not re.fullmatch(r"[^\W\d_][\w&-]{1,7}", name) or not written.isupper() or len(t.params) != 1
            or t.params[0].showkey):
        return None  # an exchange's acronym, as written: not {{nowrap|ABC}} nor {{Ubl|ABC}}
    ticker = plain_text(t.params[0].value).strip()
    if not looks_like_ticker(ticker):
        return None
    title = register_exchange(name, country)
    return Listing(name.upper(), ticker, _exchange_entity(title)) if title else None


_LINKED_TICKER = re.compile(r"^\s*:\s*(?P<ticker>[A-Z0-9][A-Z0-9.\-]*)(?![\w-])")


def _linked_listings(code: object) -> list[Listing]:
    """Listings written as a linked exchange, a colon and a ticker: "[[Nasdaq Copenhagen]]:
    VSERV", "[[Casablanca Stock Exchange|BVC]]: TNC". The link's page is the exchange (BVC
    is not the Colombian one here); the shown text is the listing's exchange name."""
    nodes = list(as_code(code).nodes)
    found = []
    for link, after in zip(nodes, nodes[1:], strict=False):
        if not isinstance(link, Wikilink) or not isinstance(after, TextNode):
            continue
        m = _LINKED_TICKER.match(str(after))
        title = canonical_title(str(link.title))
        if m and title and "#" not in title:
            short = plain_text(as_code(link.text)).strip() if link.text else title
            found.append(Listing(short or title, m.group("ticker"), _exchange_entity(title)))
    return found


def parse_index_memberships(value: object) -> list[Entity]:
    """Stock index memberships ("[[DJIA]] component") - not listings."""
    result = []
    for item in current_items(value):
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
    code = as_code(value)
    urls: list[str] = []
    for node in walk(code.nodes):
        if isinstance(node, Template) and tname(node) in URL_TEMPLATES:
            arg = template_arg(node, "1")
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
    main = clean_label(plain_text(as_code(other)))
    roman = clean_label(plain_text(as_code(italic)))
    if main and roman:
        return [LangText(main, lang), LangText(roman, f"{lang}-Latn")]
    text = clean_label(plain_text(as_code(nodes)))
    return [LangText(text, lang)] if text else []


def _names_of_template(name: str, t: Template) -> list[LangText]:
    if name in ("lang", "native name"):
        tag, text = template_arg(t, "1"), template_arg(t, "2")
        if tag is None or text is None:
            return []
        return _lang_texts(list(text.nodes), plain_text(tag))
    if name.startswith("lang-") and template_arg(t, "1") is not None:
        return _lang_texts(list(template_arg(t, "1").nodes), name[5:])
    if name == "nihongo":  # {{nihongo|English|kanji|romaji}}: the Japanese name and its romaji
        args = [plain_text(a).strip() for a in positional_args(t)[1:3]]
        return [LangText(text, lang) for text, lang in zip(args, ("ja", "ja-Latn"), strict=False) if text]
    if name == "transl" and len(positional_args(t)) >= 2:
        return [LangText(plain_text(positional_args(t)[-1]), plain_text(template_arg(t, "1")) + "-Latn")]
    table = CHINESE_PARAMS if name in CHINESE_TEMPLATES else (
        KOREAN_PARAMS if name in KOREAN_TEMPLATES else {})
    names = []
    for key, lang in table.items():
        text = plain_text(template_arg(t, key)) if template_arg(t, key) is not None else ""
        if text:
            names.append(LangText(text, lang))
    return names


def names_from_templates(wikicode: object) -> list[LangText]:
    """Language-tagged labels from {{lang}}, {{lang-xx}}, {{native name}}, {{zh}}, {{Chinese}},
    {{Infobox Korean name}}..., in document order, without duplicates."""
    names: list[LangText] = []
    for name, t in templates_in(as_code(wikicode)):
        names.extend(_names_of_template(name, t))
    return list(dict.fromkeys(n for n in names if n.text))


def parse_names(value: object) -> list[LangText]:
    """Names in a name parameter: tagged by their templates, untagged text as lang None.

    Items are split like ``split_items`` (so "The Pylon, The Golden Princess" is two names,
    while a legal form after a comma, "Alsea, S.A.B. de C.V.", stays in the name)."""
    names: list[LangText] = []
    for item in split_items(value):
        tagged = names_from_templates(item)
        text = clean_label(plain_text(item))
        if tagged:
            names.extend(tagged)
        elif text.lower() not in PLACEHOLDERS:
            names.append(LangText(text))
    return list(dict.fromkeys(names))


