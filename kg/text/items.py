"""The items of a list-valued infobox parameter.

Lists are split by their structure (``{{ubl}}``, ``{{plainlist}}``, bullets, ``<br>``, " • " and
``{{·}}`` separators,
newlines) and, only when a value has no structure, at top-level commas and semicolons, never
inside a link or a parenthesis (an "and" between two links splits in either case), and never before a legal form ("Alsea, S.A.B. de C.V.") or
inside a number or a date ("1,700", "October 28, 1992"). A ``<ref>`` stays with its item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mwparserfromhell.nodes import Comment, HTMLEntity, Node, Tag, Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode

from kg.text.dates import MONTHS
from kg.text.patterns import alternation
from kg.text.templates import LIST_TEMPLATES, SEPARATOR_TEMPLATES
from kg.text.wikicode import as_code, is_ref, positional_args, tname
from kg.titles import canonical_title

# The legal forms of companies' names, one table: each form as a pattern and the readings it
# has (``legal_forms``): COMMA, written after a comma ("Alsea, S.A.B. de C.V.", "Acme, s.r.o.":
# ``LEGAL_SUFFIXES``); DOTTED, a form whose full stop is its own, also at the end of a sentence
# ("Inc.", "Ltda.", the Hungarian "Zrt.", the Malaysian "Bhd.": ``mentions.DOTTED_SUFFIX``);
# LOWER, written in lower case after a space with its full stops ("Vestverk ehf.", "Torysa
# Holding s.r.o.", "Kovárna a.s.": ``mentions.LOWER_FORM``). A reading's forms keep the table's order.
COMMA, DOTTED, LOWER = "comma", "dotted", "lower"
LEGAL_FORMS: tuple[tuple[str, frozenset[str]], ...] = tuple((form, frozenset(readings.split())) for form, readings in (
    ("Inc", "comma dotted"), ("Ltd", "comma dotted"), ("LLC", "comma"), (r"L\.L\.C", "comma"), ("LLP", "comma"),
    ("plc", "comma dotted"), ("PLC", "comma"), (r"S\.A", "comma"), ("SA", "comma"), (r"S\.A\.B", "comma"),
    (r"S\.p\.A", "comma"), ("SpA", "comma"), ("AG", "comma"), ("GmbH", "comma"), (r"N\.V", "comma"), ("NV", "comma"),
    (r"B\.V", "comma"), ("BV", "comma"), ("Co", "comma dotted"), ("Corp", "comma dotted"), (r"K\.K", "comma"),
    (r"S\.L", "comma"), ("Pty", "comma"), ("A/S", "comma"), ("AB", "comma"), ("ASA", "comma"), ("Oy", "comma"),
    ("Oyj", "comma"), (r"S\.A\.S", "comma"), ("SAS", "comma"), ("Jr", "comma"), ("Sr", "comma"), ("II", "comma"),
    ("III", "comma"), ("IV", "comma"),
    # "Redwater de México, S. de R.L. de C.V.", "Olomoucké pivovary, národní podnik", "Acme, s.r.o."
    (r"S\.\s?de\s+R\.L", "comma"), (r"S\.\s?en\s+C", "comma"), (r"S\.R\.L", "comma"), ("SRL", "comma"),
    (r"S\.r\.l", "comma"), ("Srl", "comma"), ("SARL", "comma"), (r"S\.A\.R\.L", "comma"), ("Ltda", "comma dotted"),
    ("Lda", "comma"), ("KG", "comma"), ("OHG", "comma"), (r"a\.s", "comma lower"), (r"s\.r\.o", "comma lower"),
    ("spol", "comma"), (r"Sp\.\s?z\s?o\.o", "comma"), (r"n\.\s?p", "comma"), (r"národní\s+podnik", "comma"),
    (r"d\.o\.o", "comma lower"), (r"d\.d", "comma lower"), ("Kft", "comma dotted"), ("Zrt", "comma dotted"),
    ("Nyrt", "comma dotted"), ("ApS", "comma"), ("Sdn", "comma"), ("Bhd", "comma dotted"), ("Tbk", "comma"),
    ("JSC", "comma"), ("PJSC", "comma"), ("OJSC", "comma"), (r"A\.Ş", "comma"), (r"e\.V", "comma"),
    # a Portuguese holding company, a limited partnership, a US national bank: "Sonae, SGPS",
    # "Carlyle Group, L.P.", "Citibank, N.A." (only dotted: "CD, LP" is two formats)
    ("SGPS", "comma"), (r"L\.P", "comma"), (r"N\.A", "comma"),
    # the Dominican and Venezuelan companies by shares, dotted: "Almonte Hermanos, C. por A.",
    # "Cervecería Polar, C.A."; a limited company written out ("Acme, Limited")
    (r"C\.\s?por\s+A", "comma"), (r"C\.\s?A(?=\.(?!\s?[A-Z]))", "comma"), ("Limited", "comma"),
    ("Incorporated", "comma"),
    # dotted only: the Spanish "Cía.", "Bros.", the Singaporean "Pte."
    (r"C[ií]a", "dotted"), ("Bros", "dotted"), ("Pte", "dotted"),
    # lower case only: the Icelandic "ehf."/"hf.", the Czech and Slovak "spol. s r.o."
    ("e?hf", "lower"), (r"spol\.\s+s\s+r\.o", "lower"),
))


def legal_forms(reading: str) -> str:
    """The forms of ``LEGAL_FORMS`` that have ``reading`` (COMMA, DOTTED or LOWER), as an
    alternation in the table's order: "Inc|Ltd|LLC|..."."""
    return "|".join(form for form, readings in LEGAL_FORMS if reading in readings)


# a legal form after a comma, which an item does not split before ("Alsea, S.A.B. de C.V.")
LEGAL_SUFFIXES = re.compile(rf"({legal_forms(COMMA)})\b\.?")
# one legal form or more that end a name, after a space or a comma ("Grandis Inc.", "Solway
# Electricity plc", "Acme, S.A.", "Acme Co., Ltd."): what a name's key or a short name leaves out
LEGAL_TAIL = re.compile(rf"(?:,?\s+(?:{LEGAL_SUFFIXES.pattern}))+$")

_AND = re.compile(r"^\s*(?:and|&)(?:\s+the)?\s*$", re.IGNORECASE)
_LEADING_CONJ = re.compile(r"^\s*(?:and|or|&)\s+", re.IGNORECASE)

_MONTH_DAY_END = re.compile(rf"\b(?:{alternation(MONTHS)})\.?\s+\d{{1,2}}$", re.IGNORECASE)
_YEAR_START = re.compile(r"^\s*\d{4}\b")


# a partnership firm named by its partners' surnames: "Morvan, Baird & Co.", "Kuhn, Loeb & Co.",
# "Brown, Shipley & Co.": one word before the comma, surnames and "& Co."/"& Sons" after it
_FIRM_HEAD = re.compile(r"(?:^|[,;(]\s*)[A-Z][\w'’-]+$")
_FIRM_TAIL = re.compile(r"\s*(?:[A-Z][\w'’-]+,\s+)*[A-Z][\w'’-]+\s+(?:&|and)\s+(?:Co\b|Company\b|Sons?\b|Partners\b)")

_SEPARATOR_CHARS = ("•", "·")
# a bullet or a middle dot between spaces: "Retail • Wholesale"
_SEPARATOR_TEXT = re.compile(r"\s[•·]\s")


def _is_separator_tag(node: Node) -> bool:
    """A line break, a list item, a separator template ({{·}}) or entity (&bull;)."""
    if isinstance(node, Tag):
        return str(node.tag).strip().lower() in ("br", "li", "dt", "dd")
    if isinstance(node, Template):
        return tname(node) in SEPARATOR_TEMPLATES
    return isinstance(node, HTMLEntity) and node.normalize() in _SEPARATOR_CHARS


def template_items(t: Template) -> list[Wikicode]:
    items: list[Wikicode] = []
    for arg in positional_args(t):
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
        elif isinstance(node, Text) and ("\n" in node.value or _SEPARATOR_TEXT.search(node.value)):
            structured = True
            first, *rest = re.split(r"\n|\s[•·]\s", node.value)
            raw[-1].append(Text(first))
            for part in rest:
                raw.append([Text(part)])
        elif isinstance(node, Template) and tname(node) in LIST_TEMPLATES:
            structured = True
            raw.extend(list(item.nodes) for item in template_items(node))
            raw.append([])
        elif is_ref(node) and not has_text(raw[-1]) and len(raw) > 1:
            _last_with_text(raw).append(node)
        else:
            raw[-1].append(node)
    if commas and not structured:
        raw = _split_commas(raw[0])
    else:
        raw = [part for nodes in raw for part in _split_and(nodes)]
    return [as_code(nodes) for nodes in _clean_items(raw)]


def _strip_edges(nodes: list[Node]) -> list[Node]:
    """The nodes without the blank lines around a parameter value."""
    nodes = list(nodes)
    if nodes and isinstance(nodes[0], Text):
        nodes[0] = Text(nodes[0].value.lstrip())
    if nodes and isinstance(nodes[-1], Text):
        nodes[-1] = Text(nodes[-1].value.rstrip())
    return nodes


def has_text(nodes: list[Node]) -> bool:
    return any(
        not (isinstance(n, Text) and not n.value.strip()) and not isinstance(n, Comment)
        and not is_ref(n)
        for n in nodes
    )


def _last_with_text(raw: list[list[Node]]) -> list[Node]:
    for nodes in reversed(raw):
        if has_text(nodes):
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
        if depth == 0 and _AND.match(node.value) and _between_links(nodes, i):
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


def _split_and(nodes: list[Node]) -> list[list[Node]]:
    """Split an item at a top-level "and" between two links: "north [[Lancashire]] and the
    [[Furness]] peninsula" names two places."""
    items: list[list[Node]] = [[]]
    depth = 0
    for i, node in enumerate(nodes):
        if isinstance(node, Text):
            if depth == 0 and _AND.match(node.value) and _between_links(nodes, i):
                items.append([])
                continue
            depth = max(0, depth + node.value.count("(") - node.value.count(")"))
        items[-1].append(node)
    return items


def _splits_here(text: str, j: int) -> bool:
    rest = text[j + 1 :]
    if text[j] == ";":
        return True
    if rest[:1].isdigit():
        return False  # 1,700
    if _MONTH_DAY_END.search(text[:j]) and _YEAR_START.match(rest):
        return False  # October 28, 1992
    if _FIRM_HEAD.search(text[:j]) and _FIRM_TAIL.match(rest):
        return False  # Morvan, Baird & Co.
    return LEGAL_SUFFIXES.match(rest.lstrip()) is None


def _between_links(nodes: list[Node], i: int) -> bool:
    before = [n for n in nodes[:i] if not is_ref(n)]
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
    if not has_text(nodes) and not any(is_ref(n) for n in nodes):
        return []
    return nodes


def _is_heading(nodes: list[Node]) -> bool:
    """A bold-only line ("'''List of subsidiaries'''") or a pointer to a "List of" article."""
    solid = [n for n in nodes if has_text([n])]
    if len(solid) == 1 and isinstance(solid[0], Tag) and str(solid[0].tag) == "b":
        return True
    links = [n for n in solid if isinstance(n, Wikilink)]
    if len(solid) == 1 and links:
        return (canonical_title(str(links[0].title)) or "").startswith("List of ")
    return False


def split_items(value: object) -> list[Wikicode]:
    """The items of a list-valued parameter, each as wikicode (refs stay with their item)."""
    return _split(as_code(value), commas=True)


