"""Wikitables as rows of cells under their headers.

``parse.py`` flattens a table into one line per row (the text extractors read it as a
sentence); a reader that needs to know which cell is the date and which the company reads
``wikitables(article)``: every table of the article at the top level of its section, with its
section path, caption, the header names (plain text, lower case) and the data rows whose cells
line up with the headers (a row with fewer cells is padded; one with more, or with spans, is
left out rather than misread).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mwparserfromhell.nodes import Heading, Tag
from mwparserfromhell.wikicode import Wikicode

from kg.model import DateValue
from kg.text.dates import parse_date_text
from kg.text.parse import Article
from kg.text.render import date_from_template, plain_text
from kg.text.wikicode import tname

# Templates a date cell of a sortable table is written with ({{dts|2014|1|13}}).
SORTABLE_DATE_TEMPLATES = frozenset({
    "dts", "date table sorting", "dtsort", "sort date", "sortdate", "start date", "date", "dst",
})


@dataclass
class Row:
    cells: list[Wikicode]  # one per header
    node: Tag  # the <tr>

    def text(self) -> str:
        """The row as the flattened text reads it: the cells' plain text joined by " – ", with
        a date written by a sorting template spelled out."""
        parts = []
        for cell in self.cells:
            text = plain_text(cell)
            if not text.strip():
                date = cell_date(cell)
                text = date.iso if date else ""
            parts.append(" ".join(text.split()))
        return " – ".join(p for p in parts if p)


@dataclass
class Table:
    section: str | None  # heading path, as Sentence.section has it; None in the lead
    caption: str
    headers: list[str]  # plain text, lower case
    rows: list[Row] = field(default_factory=list)


def cell_date(cell: Wikicode) -> DateValue | None:
    """The date of a table cell: a date template, else the first date written in it."""
    for t in cell.ifilter_templates(recursive=False):
        if tname(t) in SORTABLE_DATE_TEMPLATES:
            date = date_from_template(t)
            if date is not None:
                return date
    return parse_date_text(plain_text(cell))


def _cells(node: Tag) -> list[Tag]:
    return [c for c in node.contents.nodes if isinstance(c, Tag) and str(c.tag).lower() in ("td", "th")]


def _spans(cells: list[Tag]) -> bool:
    return any(c.has("rowspan") or c.has("colspan") for c in cells)


def _read(node: Tag, section: str | None) -> Table | None:
    if node.contents is None:
        return None
    caption, headers, rows = "", [], []
    loose: list[Tag] = []  # cells before the first |- : the implicit first row
    for child in node.contents.nodes:
        if not isinstance(child, Tag):
            continue
        tag = str(child.tag).lower()
        if tag in ("td", "th") and str(child).startswith("|+"):  # the caption
            caption = plain_text(child.contents).lstrip("+ ")
        elif tag in ("td", "th"):
            loose.append(child)
        elif tag == "tr":
            rows.append(_cells(child))
    all_rows = ([loose] if loose else []) + rows
    header_at = next((i for i, cells in enumerate(all_rows)
                      if cells and all(str(c.tag).lower() == "th" for c in cells)), None)
    if header_at is None:
        return None
    header_cells = all_rows[header_at]
    if _spans(header_cells):
        return None
    headers = [" ".join(plain_text(c.contents).split()).lower() for c in header_cells]
    table = Table(section, " ".join(caption.split()), headers)
    tr_nodes = [c for c in node.contents.nodes if isinstance(c, Tag) and str(c.tag).lower() == "tr"]
    offset = 1 if loose else 0
    for i, cells in enumerate(all_rows):
        if i <= header_at or not any(str(c.tag).lower() == "td" for c in cells) or _spans(cells):
            continue
        if len(cells) > len(headers):
            continue
        code = [c.contents if c.contents is not None else Wikicode([]) for c in cells]
        code += [Wikicode([])] * (len(headers) - len(code))
        table.rows.append(Row(code, tr_nodes[i - offset]))
    return table


def wikitables(article: Article) -> list[Table]:
    """The tables written at the top level of the article's sections, in order."""
    out: list[Table] = []
    stack: list[tuple[int, str]] = []
    path: str | None = None
    for node in article.code.nodes:
        if isinstance(node, Heading):
            while stack and stack[-1][0] >= node.level:
                stack.pop()
            stack.append((node.level, plain_text(node.title)))
            path = " > ".join(t for _, t in stack)
        elif isinstance(node, Tag) and str(node.tag).lower() == "table":
            table = _read(node, path)
            if table is not None and table.rows:
                out.append(table)
    return out


def header_index(headers: list[str], aliases: tuple[str, ...]) -> int | None:
    """The first header that is one of ``aliases`` or starts with one ("value (usd)" for
    "value"), ignoring a bracketed note."""
    for i, header in enumerate(headers):
        bare = re.sub(r"\s*[\[(].*$", "", header).strip()
        if any(bare == a or bare.startswith(a + " ") or header.startswith(a + " (") for a in aliases):
            return i
    return None
