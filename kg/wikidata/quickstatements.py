"""QuickStatements for the facts Wikidata lacks, each with its references.

One command per fact: the company's QID, the property, the value in QuickStatements syntax
(an item ``Q42``, a date at its precision ``+2014-10-00T00:00:00Z/10``, an amount with its
unit item ``73620000000U4917``, a number, a string ``"..."``, a text ``zh:"..."``), the
qualifiers P585 (point in time of an amount or a count) and P249 (ticker of a P414 listing),
and one reference: S854 reference URL and S1476 title when the fact has a citation, S143
imported from English Wikipedia (Q328), S4656 Wikimedia import URL (the article at its
revision) and S813 retrieved.

Two formats, as the QuickStatements documentation describes them: ``v1`` (one command per
line, tab-separated; the source pairs of a line form one reference) and ``csv`` (a header
``qid,P...,qal...,S...,s...``; a capital ``S`` column starts a reference and the lowercase
``s`` columns after it add to it; cells hold values in v1 syntax). In the CSV each row is one
statement: it fills its own property's column and leaves the others empty.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from urllib.parse import quote

from kg.wikidata.properties import POINT_IN_TIME, TICKER, currency_units
from kg.wikidata.values import MONTH, YEAR, Value, When, commons_file, plain

ENGLISH_WIKIPEDIA = "Q328"
REFERENCE_URL = "P854"
TITLE = "P1476"
IMPORTED_FROM = "P143"
IMPORT_URL = "P4656"
RETRIEVED = "P813"
# The language of a citation title is not known (the graph does not keep it): "und" is
# Wikidata's code for an undetermined language.
TITLE_LANGUAGE = "und"
FORMATS = ("v1", "csv")


@dataclass(frozen=True)
class Command:
    qid: str
    pid: str
    value: str  # in v1 syntax
    qualifiers: tuple[tuple[str, str], ...] = ()
    sources: tuple[tuple[str, str], ...] = ()


def unwritable(value: Value) -> str | None:
    """Why ``value`` cannot be written as a QuickStatements value, or None."""
    if value.kind in ("item", "listing") and not value.qid:
        return "the value is not linked to a Wikidata item"
    if value.kind == "money":
        if not value.currency:
            return "the currency is not known"
        if value.currency not in currency_units():
            return f"no unit item for {value.currency} in kg/data/currency_units.tsv"
    if value.kind == "time" and value.when is None:
        return "the date could not be read"
    if value.kind == "monolingualtext" and not value.lang:
        return "the language of the text is not known"
    if value.kind in ("money", "count") and value.amount is None:
        return "the amount could not be read"
    return None


def string(text: str) -> str:
    """A QuickStatements string: in double quotes, on one line (tabs and line breaks, which
    separate fields and commands, become spaces)."""
    return '"' + re.sub(r"\s+", " ", text).strip() + '"'


def time_value(when: When) -> str:
    """``+2014-10-00T00:00:00Z/10``: the parts beyond the precision are zero."""
    month = when.month if when.precision >= MONTH else 0
    day = when.day if when.precision > MONTH else 0
    sign = "-" if when.year < 0 else "+"
    return f"{sign}{abs(when.year):04d}-{month:02d}-{day:02d}T00:00:00Z/{when.precision}"


def value_syntax(value: Value) -> str:
    """The main value of a command (call :func:`unwritable` first)."""
    kind = value.kind
    if kind in ("item", "listing"):
        return value.qid or ""
    if kind == "time":
        return time_value(value.when)  # type: ignore[arg-type]
    if kind == "money":
        return f"{plain(value.amount)}U{currency_units()[value.currency][1:]}"  # type: ignore[index,arg-type]
    if kind == "count":
        return plain(value.amount)  # type: ignore[arg-type]
    if kind == "commonsMedia":
        return string(commons_file(value.text or ""))
    if kind == "monolingualtext":
        return f"{value.lang}:{string(value.text or '')}"
    return string(value.text or "")


def import_url(title: str, revision: int | None) -> str:
    """The article at its revision, the value of S4656."""
    url = "https://en.wikipedia.org/w/index.php?title=" + quote(title.replace(" ", "_"), safe=";@$!*(),/~:")
    return f"{url}&oldid={int(revision)}" if revision else url


def command_for(
    qid: str,
    pid: str,
    value: Value,
    *,
    title: str,
    revision: int | None,
    citation_url: str | None,
    citation_title: str | None,
    retrieved: dt.date,
) -> Command:
    """The command that adds ``value`` to item ``qid`` with its qualifiers and reference."""
    qualifiers: list[tuple[str, str]] = []
    if value.kind in ("money", "count") and value.year:
        qualifiers.append((POINT_IN_TIME, time_value(When(value.year, 1, 1, YEAR))))
    if value.kind == "listing" and value.ticker:
        qualifiers.append((TICKER, string(value.ticker)))
    sources: list[tuple[str, str]] = []
    if citation_url:
        sources.append((REFERENCE_URL, string(citation_url)))
        if citation_title and citation_title.strip():
            sources.append((TITLE, f"{TITLE_LANGUAGE}:{string(citation_title)}"))
    sources += [
        (IMPORTED_FROM, ENGLISH_WIKIPEDIA),
        (IMPORT_URL, string(import_url(title, revision))),
        (RETRIEVED, time_value(When(retrieved.year, retrieved.month, retrieved.day, 11))),
    ]
    return Command(qid, pid, value_syntax(value), tuple(qualifiers), tuple(sources))


def to_v1(commands: list[Command]) -> str:
    """One tab-separated command per line: item, property, value, qualifier pairs, then the
    ``S`` pairs of the reference."""
    lines = []
    for c in commands:
        cells = [c.qid, c.pid, c.value]
        for pid, value in c.qualifiers:
            cells += [pid, value]
        for pid, value in c.sources:
            cells += ["S" + pid[1:], value]
        lines.append("\t".join(cells))
    return "".join(line + "\n" for line in lines)


# The reference columns of the CSV: the sources every command has come first, so the capital
# S column that starts the reference is never empty.
_CSV_SOURCES = (IMPORTED_FROM, IMPORT_URL, RETRIEVED, REFERENCE_URL, TITLE)


def to_csv(commands: list[Command]) -> str:
    """The QuickStatements CSV form: ``qid``, one column per property, the qualifier columns
    (``qal585``, ``qal249``), then the reference: ``S143,s4656,s813,s854,s1476``."""
    pids = sorted({c.pid for c in commands}, key=lambda p: int(p[1:]))
    qualifiers = sorted({q for c in commands for q, _ in c.qualifiers}, key=lambda p: int(p[1:]))
    sources = [s for s in _CSV_SOURCES if any(s == p for c in commands for p, _ in c.sources)]
    header = ["qid", *pids, *("qal" + q[1:] for q in qualifiers)]
    header += [("S" if i == 0 else "s") + s[1:] for i, s in enumerate(sources)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for c in commands:
        quals, srcs = dict(c.qualifiers), dict(c.sources)
        row = [c.qid]
        row += [c.value if p == c.pid else "" for p in pids]
        row += [quals.get(q, "") for q in qualifiers]
        row += [srcs.get(s, "") for s in sources]
        writer.writerow(row)
    return buf.getvalue()


def render(commands: list[Command], fmt: str) -> str:
    if fmt == "csv":
        return to_csv(commands)
    return to_v1(commands)
