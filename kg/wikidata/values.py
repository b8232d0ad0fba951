"""Values on both sides of ``kg diff``, and the rules that compare them.

A :class:`Value` is one fact's value, ours (read from the graph) or Wikidata's (read from a
statement), in the terms of the Wikidata datatype of its property: an item's QID, a date at
its precision, an amount with its currency and year, a URL, a Commons file name, a string or
a text with its language, a stock exchange with its ticker. :func:`match` says whether two
values agree: entities by QID; dates at the coarser of the two precisions; amounts within
1 % in the same currency; URLs after normalising scheme, ``www.`` and the trailing slash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from urllib.parse import unquote, urlsplit

# Wikidata time precisions (wikibase:timePrecision): 9 year, 10 month, 11 day.
YEAR, MONTH, DAY = 9, 10, 11
XSD = "http://www.w3.org/2001/XMLSchema#"
_PRECISION_OF_TYPE = {
    XSD + "gYear": YEAR,
    XSD + "gYearMonth": MONTH,
    XSD + "date": DAY,
    XSD + "dateTime": DAY,
}
_DATE = re.compile(r"^([+-]?\d{1,16})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:T.*)?$")

TOLERANCE = Decimal("0.01")  # amounts within 1 % are the same


@dataclass(frozen=True)
class When:
    """A date at a Wikidata precision. Months and days beyond the precision are 1."""

    year: int
    month: int
    day: int
    precision: int

    @classmethod
    def parse(cls, lexical: str, datatype: str | None = None, precision: int | None = None) -> When | None:
        """A date from its lexical form: ``2014`` (xsd:gYear), ``2014-10`` (xsd:gYearMonth),
        ``2014-10-15`` (xsd:date) or Wikidata's ``2014-01-01T00:00:00Z`` (xsd:dateTime) with the
        ``precision`` of its value node. Without a precision, the datatype decides."""
        m = _DATE.match((lexical or "").strip())
        if not m:
            return None
        year = int(m.group(1))
        month = int(m.group(2) or 0)
        day = int(m.group(3) or 0)
        if precision is None:
            if datatype in _PRECISION_OF_TYPE:
                precision = _PRECISION_OF_TYPE[datatype]
            else:
                precision = DAY if m.group(3) else MONTH if m.group(2) else YEAR
        precision = min(int(precision), DAY)
        month = month if precision >= MONTH and month else 1
        day = day if precision >= DAY and day else 1
        return cls(year, month, day, precision)

    @classmethod
    def from_wikidata(cls, lexical: str, datatype: str | None, precision: int | None) -> When | None:
        """A date of a Wikidata statement: ``2014-01-01T00:00:00Z`` at the precision of its
        value node. A statement without one (a store holding only ``ps:`` values) is read the
        way Wikidata pads dates: 1 January is a year, the 1st of a month is a month."""
        if precision is None and "T" in (lexical or ""):
            m = _DATE.match(lexical.strip())
            if m and m.group(2) and m.group(3):
                month, day = int(m.group(2)), int(m.group(3))
                precision = YEAR if (month, day) == (1, 1) else MONTH if day == 1 else DAY
        return cls.parse(lexical, datatype, precision)

    def key(self, precision: int) -> tuple[int, ...]:
        """The date cut to ``precision`` (decades, centuries and millennia too)."""
        if precision >= DAY:
            return (self.year, self.month, self.day)
        if precision == MONTH:
            return (self.year, self.month)
        if precision == YEAR:
            return (self.year,)
        if precision == 8:  # decade
            return (self.year // 10,)
        # century, millennium, ...: "the 20th century" is 1901-2000
        span = 10 ** (YEAR - precision)
        return ((self.year - 1) // span,)

    @property
    def iso(self) -> str:
        """The date at its precision: "2014", "2014-10", "2014-10-15"."""
        if self.precision >= DAY:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision == MONTH:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


@dataclass(frozen=True)
class Value:
    """One value in the terms of its property's Wikidata datatype (see the module doc).

    ``term`` is the value as written in the output's ``value``/``wikidataValue`` columns: the
    QID IRI of a linked item (our IRI when it is not linked), the date at its precision, the
    amount, the URL or the text. ``label`` is for people.
    """

    kind: str
    term: str
    label: str = ""
    qid: str | None = None
    when: When | None = None
    amount: Decimal | None = None
    currency: str | None = None  # ISO 4217; for Wikidata, also "Qnnn" for a unit not in our table
    year: int | None = None  # the point in time of an amount or a count
    text: str | None = None  # a URL, a Commons file name, a string or a text
    lang: str | None = None
    ticker: str | None = None


def decimal(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(str(text).strip())
    except (InvalidOperation, ValueError):
        return None


def plain(amount: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 73620000000, 1.5."""
    text = format(amount.normalize(), "f")
    return text


def normal_url(url: str) -> str:
    """A URL compared without its scheme, a leading ``www.``, the case of the host and a
    trailing slash: http://www.SenseTime.com/ and https://sensetime.com are the same."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return host + path + query


def commons_file(value: str) -> str:
    """A Wikimedia Commons file name from a Special:FilePath or File: URL, or as given:
    underscores read as spaces, the first letter upper case."""
    text = value.strip()
    for marker in ("Special:FilePath/", "/wiki/File:", "File:"):
        if marker in text:
            text = text.split(marker, 1)[1]
            break
    text = unquote(text).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def close(a: Decimal, b: Decimal) -> bool:
    """Amounts within 1 % of the larger one."""
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b))


def _same_entity(ours: Value, theirs: Value) -> bool:
    if ours.qid:
        return ours.qid == theirs.qid
    # a value without a QID can only be recognised by the English label of Wikidata's value
    return bool(ours.label) and ours.label.casefold() == (theirs.label or "").casefold()


def _same_year(ours: Value, theirs: Value) -> bool:
    return ours.year is None or theirs.year is None or ours.year == theirs.year


def match(ours: Value, theirs: Value) -> str | None:
    """How a Wikidata value relates to ours: "same", "more_precise" (our date is finer and
    agrees at Wikidata's precision), "conflict" (the same date, amount at the same time or
    listing on the same exchange disagrees) or None (another value)."""
    kind = ours.kind
    if kind == "item":
        return "same" if _same_entity(ours, theirs) else None
    if kind == "listing":
        if not _same_entity(ours, theirs):
            return None
        if ours.ticker and theirs.ticker and ours.ticker.casefold() != theirs.ticker.casefold():
            return "conflict"
        return "same"
    if kind == "time":
        if ours.when is None or theirs.when is None:
            return None
        precision = min(ours.when.precision, theirs.when.precision)
        if ours.when.key(precision) != theirs.when.key(precision):
            return "conflict"
        return "more_precise" if ours.when.precision > theirs.when.precision else "same"
    if kind in ("money", "count"):
        if ours.amount is None or theirs.amount is None or not _same_year(ours, theirs):
            return None
        if kind == "money" and (ours.currency is None or ours.currency != theirs.currency):
            return None
        return "same" if close(ours.amount, theirs.amount) else "conflict"
    if kind == "url":
        return "same" if normal_url(ours.text or "") == normal_url(theirs.text or "") else None
    if kind == "commonsMedia":
        return "same" if commons_file(ours.text or "") == commons_file(theirs.text or "") else None
    if kind in ("string", "monolingualtext"):
        return "same" if (ours.text or "").strip() == (theirs.text or "").strip() else None
    return None
