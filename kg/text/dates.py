"""Dates written in text, at their precision: "2014", "October 2014", "20 September 2018".

Pure string functions (no wikicode): ``parse_date_text`` finds the first date of a text;
``make_date`` builds a ``DateValue`` at the precision its parts allow; ``format_date`` writes
one back as a date template renders it. A decade ("1990s") is a year-precision date with
``approximate=True``; a range ("1990–1995") keeps its end.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

from kg.model import DateValue
from kg.text.patterns import alternation

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

_MON = rf"(?P<{{g}}>{alternation(MONTHS)})\.?"
# Every form starts with a digit or a month name, and every month name (any case) with one of
# "adfjmnos" and then one of "aceopu": the lookahead after the lookbehind skips the other
# word starts at once, where the case-insensitive month alternations would each be tried.
_DATE = re.compile(
    r"(?<![\w.,$€£¥])(?=\d|[adfjmnos][aceopu])(?:"
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


def make_date(year: str, month: str | int | None = None, day: str | int | None = None,
               **kw: object) -> DateValue | None:
    y = int(year)
    m = int(month) if month else 0
    d = int(day) if day else 0
    if not 1 <= m <= 12:
        return DateValue(iso=f"{y:04d}", precision="year", **kw)
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return DateValue(iso=f"{y:04d}-{m:02d}", precision="month", **kw)
    return DateValue(iso=f"{y:04d}-{m:02d}-{d:02d}", precision="day", **kw)




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
        return make_date(g["iy"], g["im"], g["id"], **kw)
    for m, d, y in (("m1", "d1", "y1"), ("m2", "d2", "y2"), ("m3", None, "y3")):
        if g[m]:
            # re.I lets "Aprİl" match; a name the table does not know is no date
            month = MONTHS.get(g[m].lower())
            return make_date(g[y], month, g[d] if d else None, **kw) if month else None
    if g["dec"]:
        return make_date(g["dec"], raw=text.strip(), approximate=True)
    if g["r1"]:
        return _range(g["r1"], g["r2"], kw)
    return make_date(g["y"], **kw)


def _range(start: str, end: str, kw: dict) -> DateValue | None:
    end_year = start[:2] + end if len(end) == 2 else end
    first = make_date(start, **kw)
    if int(end_year) <= int(start):
        return first
    return replace(first, end=make_date(end_year))




MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))  # (longest first)
# two months or two days written before one year ("in June and July 2018", "on 22–23 November
# 2022", "on 12 and 13 February 2019"), or a day and month before another ("from 23 January to
# 24 June 2014"): the first counts, as the first year of "in 2017 and 2018" does
_PAIR_BEFORE_YEAR = re.compile(
    rf"\b(?:(?P<d>\d{{1,2}})(?:\s+(?P<dm1>(?i:{MONTH_ALT})))?\s*(?:and|to|until|through|[–-])\s*(?P<d2>\d{{1,2}})"
    rf"\s+(?P<dm>(?i:{MONTH_ALT}))"
    rf"|(?P<m>(?i:{MONTH_ALT}))\s*(?:[–-]|\s(?:and|to|until|through)\s)\s*(?P<m2>(?i:{MONTH_ALT})))"
    r"\s+(?P<y>1[6-9]\d\d|20\d\d)\b")


def first_of_pair(text: str, date: DateValue, end: int | None = None) -> DateValue:
    """``date`` (a month or day parsed from ``text``) moved to the first of a pair of months or
    days written before its year; else ``date``. With ``end``, only a pair whose year ends there
    counts (the year the date was read from)."""
    if " and " not in text and "–" not in text and "-" not in text and " to " not in text \
            and " until " not in text and " through " not in text:
        return date
    pairs = _PAIR_BEFORE_YEAR.finditer(text) if end is None else \
        (m for m in _PAIR_BEFORE_YEAR.finditer(text, max(0, end - 60), end) if m.end() == end)
    for m in pairs:
        if m.group("y") != date.iso[:4]:
            continue
        if m.group("d"):
            last = MONTHS[m.group("dm").lower()]
            first = MONTHS[m.group("dm1").lower()] if m.group("dm1") else last
            day, day2 = int(m.group("d")), int(m.group("d2"))
            if date.precision == "day" and date.iso[5:7] == f"{last:02d}" and 1 <= day <= 31 and day2 <= 31 \
                    and (first < last or first == last and day < day2):
                return DateValue(f"{date.iso[:4]}-{first:02d}-{day:02d}", "day", date.raw, date.approximate, date.end)
        elif m.group("m2") is not None:
            first, last = MONTHS[m.group("m").lower()], MONTHS[m.group("m2").lower()]
            if date.precision == "month" and date.iso[5:7] == f"{last:02d}" and first < last:
                return DateValue(f"{date.iso[:4]}-{first:02d}", "month", date.raw, date.approximate, date.end)
    return date


def format_date(dv: DateValue, day_first: bool) -> str:
    parts = dv.iso.split("-")
    if dv.precision == "year":
        return parts[0]
    month = MONTH_NAMES[int(parts[1])]
    if dv.precision == "month":
        return f"{month} {parts[0]}"
    day = int(parts[2])
    return f"{day} {month} {parts[0]}" if day_first else f"{month} {day}, {parts[0]}"


# "since YEAR": the year a state began, told in passing ("a customer since 2009", "has traded on
# the Nasdaq since 4 December 2007", "idle since at least mid-2015", "since the early 1990s"). The
# one reader of the phrase, for every extractor: the date it writes is background to what its
# clause tells (each caller says what that means for its clause). A qualifier ("at least", "as
# early as", "about", "around") and a part of the year ("early", "mid-") may stand before the date,
# and "the" before a year that names the event the state began with ("audited by X since the 2012
# conversion into a joint-stock company").
_SINCE_LEAD = r"\bsince(?:\s+(?:at\s+least|as\s+early\s+as|about|around))?\s+"
_SINCE = (_SINCE_LEAD + r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?"
          rf"(?:(?:\d{{1,2}}\s+)?(?:{MONTH_ALT})\.?\s+(?:\d{{1,2}},?\s+)?)?")
_SINCE_YEARS = r"(?:1[6-9]\d\d|20\d\d)"
_SINCE_THE_DECADE = _SINCE_LEAD + r"the\s+(?:(?:early|late|mid)[\s-]*)?(?:1[6-9]\d0|20\d0)s\b"
# the phrase up to its year, right before one ("since " of "since 2009", "since at least March ")
SINCE_BEFORE = re.compile(_SINCE + r"$", re.IGNORECASE)
# the phrase with its year ("since 2009", "since at least 12 March 2009")
SINCE_YEAR = re.compile(_SINCE + _SINCE_YEARS + r"\b", re.IGNORECASE)
# the phrase with a decade ("since the early 1990s")
SINCE_DECADE = re.compile(_SINCE_THE_DECADE, re.IGNORECASE)
# either, a decade written bare too ("since 1990s"): what blanks every date a "since" tells
SINCE_DATE = re.compile(rf"{_SINCE}{_SINCE_YEARS}s?\b|{_SINCE_THE_DECADE}", re.IGNORECASE)
_SINCE_REACH = 40  # characters "since at least 12 September " can take before its year


def since_before(text: str, at: int) -> bool:
    """Whether the year that starts at ``at`` in ``text`` is written after "since" (``SINCE_BEFORE``)."""
    return SINCE_BEFORE.search(text, max(0, at - _SINCE_REACH), at) is not None
