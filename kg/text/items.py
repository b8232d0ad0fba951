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

LEGAL_SUFFIXES = re.compile(
    r"(Inc|Ltd|LLC|L\.L\.C|LLP|plc|PLC|S\.A|SA|S\.A\.B|S\.p\.A|SpA|AG|GmbH|N\.V|NV|B\.V|BV|"
    r"Co|Corp|K\.K|S\.L|Pty|A/S|AB|ASA|Oy|Oyj|S\.A\.S|SAS|Jr|Sr|II|III|IV|"
    # more legal forms written after a comma: "Redwater de México, S. de R.L. de C.V.",
    # "Olomoucké pivovary, národní podnik", "Acme, s.r.o."
    r"S\.\s?de\s+R\.L|S\.\s?en\s+C|S\.R\.L|SRL|S\.r\.l|Srl|SARL|S\.A\.R\.L|Ltda|Lda|KG|OHG|"
    r"a\.s|s\.r\.o|spol|Sp\.\s?z\s?o\.o|n\.\s?p|národní\s+podnik|d\.o\.o|d\.d|Kft|Zrt|Nyrt|"
    r"ApS|Sdn|Bhd|Tbk|JSC|PJSC|OJSC|A\.Ş|e\.V|"
    # a Portuguese holding company, a limited partnership, a US national bank: "Sonae, SGPS",
    # "Carlyle Group, L.P.", "Citibank, N.A." (only dotted: "CD, LP" is two formats)
    r"SGPS|L\.P|N\.A|"
    # the Dominican and Venezuelan companies by shares, dotted: "Almonte Hermanos, C. por A.",
    # "Cervecería Polar, C.A."; a limited company written out ("Acme, Limited")
    r"C\.\s?por\s+A|C\.\s?A(?=\.(?!\s?[A-Z]))|Limited|Incorporated)\b\.?"
)

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


