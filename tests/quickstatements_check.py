"""A checker for QuickStatements files, written from the QuickStatements documentation
(wikidata.org Help:QuickStatements, "Command sequence syntax" and "CSV file syntax"), not from
company-kg's writer, so that the tests can parse ``kg diff --quickstatements`` output back.

v1: one command per line; the parts are separated by TABs; a statement is an item, a property
and a value, then pairs of a qualifier property ``Pnnn`` or a source property ``Snnn`` and a
value; the source pairs of one command form one reference. CSV: the first row is a header
whose first cell is ``qid``; ``Pnnn`` columns start a statement, ``qalnnn`` columns add a
qualifier to it, ``Snnn`` columns start a reference on it and ``snnn`` columns add to that
reference; a cell holds a value in v1 syntax; empty cells are skipped.

Values: an item ``Q123``; a string ``"text"``; a text ``en:"text"``; a time
``+1967-01-17T00:00:00Z/11`` (precision 0-14, the parts finer than the precision zero); a
location ``@43.26/10.92``; a quantity ``10``, ``1.2~0.3`` or ``10U11573`` (with its unit
item); ``somevalue``/``novalue``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

ITEM = re.compile(r"^[QPL][1-9][0-9]*$")
PROPERTY = re.compile(r"^P[1-9][0-9]*$")
STRING = re.compile(r'^"([^"\t\n]*(?:"[^"\t\n]*)*)"$')
MONOLINGUAL = re.compile(r'^([a-z]{2,3}(?:-[a-z0-9]+)*):"([^\t\n]*)"$')
TIME = re.compile(r"^([+-])(\d{4,16})-(\d\d)-(\d\d)T00:00:00Z/(\d{1,2})$")
QUANTITY = re.compile(r"^([+-]?\d+(?:\.\d+)?)(?:~(\d+(?:\.\d+)?))?(?:U([1-9][0-9]*))?$")
LOCATION = re.compile(r"^@([+-]?\d+(?:\.\d+)?)/([+-]?\d+(?:\.\d+)?)$")


class QuickStatementsError(ValueError):
    pass


@dataclass(frozen=True)
class Parsed:
    type: str  # item, string, monolingualtext, time, quantity, location, somevalue, novalue
    value: str
    lang: str | None = None
    precision: int | None = None
    unit: str | None = None


@dataclass
class Statement:
    item: str
    property: str
    value: Parsed
    qualifiers: list[tuple[str, Parsed]] = field(default_factory=list)
    references: list[list[tuple[str, Parsed]]] = field(default_factory=list)

    def reference(self) -> dict[str, Parsed]:
        """The single reference of a statement, by property."""
        assert len(self.references) == 1, self.references
        return dict(self.references[0])


def parse_value(text: str) -> Parsed:
    v = text.strip()
    if v in ("somevalue", "novalue"):
        return Parsed(v, v)
    if ITEM.match(v):
        return Parsed("item", v)
    m = MONOLINGUAL.match(v)
    if m:
        return Parsed("monolingualtext", m.group(2), lang=m.group(1))
    m = STRING.match(v)
    if m:
        return Parsed("string", m.group(1))
    m = TIME.match(v)
    if m:
        precision = int(m.group(5))
        month, day = int(m.group(3)), int(m.group(4))
        if not 0 <= precision <= 14 or month > 12 or day > 31:
            raise QuickStatementsError(f"bad time {v!r}")
        if (precision < 10 and month) or (precision < 11 and day):
            raise QuickStatementsError(f"time {v!r}: a part finer than precision {precision} is set")
        if precision >= 10 and not month or precision >= 11 and not day:
            raise QuickStatementsError(f"time {v!r}: precision {precision} needs its month/day")
        return Parsed("time", v.rsplit("/", 1)[0], precision=precision)
    m = QUANTITY.match(v)
    if m:
        return Parsed("quantity", m.group(1), unit=f"Q{m.group(3)}" if m.group(3) else None)
    if LOCATION.match(v):
        return Parsed("location", v)
    raise QuickStatementsError(f"not a QuickStatements value: {v!r}")


def parse_v1(text: str) -> list[Statement]:
    """Every line of a v1 file as a statement; raises QuickStatementsError on any fault."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < 3:
            raise QuickStatementsError(f"line {n}: a statement needs an item, a property and a value")
        item, prop, value = cells[:3]
        if not ITEM.match(item) or not item.startswith("Q"):
            raise QuickStatementsError(f"line {n}: not an item: {item!r}")
        if not PROPERTY.match(prop):
            raise QuickStatementsError(f"line {n}: not a property: {prop!r}")
        st = Statement(item, prop, parse_value(value))
        rest = cells[3:]
        if len(rest) % 2:
            raise QuickStatementsError(f"line {n}: a qualifier or source without a value")
        reference: list[tuple[str, Parsed]] = []
        for key, val in zip(rest[::2], rest[1::2], strict=True):
            if re.fullmatch(r"P[1-9][0-9]*", key):
                st.qualifiers.append((key, parse_value(val)))
            elif re.fullmatch(r"S[1-9][0-9]*", key):
                reference.append(("P" + key[1:], parse_value(val)))
            else:
                raise QuickStatementsError(f"line {n}: not a qualifier or source property: {key!r}")
        if reference:
            st.references.append(reference)
        out.append(st)
    return out


def parse_csv(text: str) -> list[Statement]:
    """Every statement of a QuickStatements CSV; raises QuickStatementsError on any fault."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or not rows[0] or rows[0][0] != "qid":
        raise QuickStatementsError("the first header cell must be 'qid'")
    header = rows[0]
    seen_statement = seen_reference = False
    for name in header[1:]:
        if PROPERTY.match(name):
            seen_statement, seen_reference = True, False
        elif re.fullmatch(r"qal[1-9][0-9]*", name) or re.fullmatch(r"S[1-9][0-9]*", name):
            if not seen_statement:
                raise QuickStatementsError(f"column {name!r} comes before any property column")
            seen_reference = seen_reference or name.startswith("S")
        elif re.fullmatch(r"s[1-9][0-9]*", name):
            if not seen_reference:
                raise QuickStatementsError(f"column {name!r} comes before any S column")
        elif name != "#" and not re.fullmatch(r"[LDA][a-z-]+", name):
            raise QuickStatementsError(f"unknown column {name!r}")
    out = []
    for n, row in enumerate(rows[1:], 2):
        if len(row) != len(header):
            raise QuickStatementsError(f"row {n}: {len(row)} cells for {len(header)} columns")
        qid = row[0]
        if not re.fullmatch(r"Q[1-9][0-9]*", qid):
            raise QuickStatementsError(f"row {n}: not an item: {qid!r}")
        current: Statement | None = None
        reference: list[tuple[str, Parsed]] | None = None
        for name, cell in zip(header[1:], row[1:], strict=True):
            if not cell.strip():
                continue
            if PROPERTY.match(name):
                current = Statement(qid, name, parse_value(cell))
                out.append(current)
                reference = None
            elif name.startswith("qal"):
                if current is None:
                    raise QuickStatementsError(f"row {n}: qualifier {name} without a statement")
                current.qualifiers.append(("P" + name[3:], parse_value(cell)))
            elif name.startswith("S"):
                if current is None:
                    raise QuickStatementsError(f"row {n}: source {name} without a statement")
                reference = [("P" + name[1:], parse_value(cell))]
                current.references.append(reference)
            elif name.startswith("s"):
                if reference is None:
                    raise QuickStatementsError(f"row {n}: source {name} without an S column before it")
                reference.append(("P" + name[1:], parse_value(cell)))
    return out
