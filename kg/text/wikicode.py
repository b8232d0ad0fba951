"""Small helpers on mwparserfromhell trees shared by the value parsers.

``as_code`` accepts wikicode, a node, a list of nodes or a str (parsed once) and never
mutates its input; ``walk`` visits every node without entering ``<ref>`` contents;
``tname`` is a template's name as the tables of ``kg.text.templates`` key it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from mwparserfromhell.nodes import Comment, ExternalLink, Node, Tag, Template, Wikilink
from mwparserfromhell.utils import parse_anything
from mwparserfromhell.wikicode import Wikicode

from kg.text.treebuild import code_of, parse

_WS = re.compile(r"\s+")

def as_code(value: object) -> Wikicode:
    """Wikicode for any accepted input, parsing a str once (``parse_anything``, with
    nodes and lists of nodes wrapped directly)."""
    if isinstance(value, Wikicode):
        return value
    if isinstance(value, Node):
        return code_of([value])
    if isinstance(value, list | tuple):
        if all(isinstance(n, Node) for n in value):
            return code_of(value)
        return parse_anything(list(value))
    return parse("" if value is None else str(value))


def tname(t: Template) -> str:
    """A template's name as a table key: lower case, spaces, no ``Template:`` prefix."""
    name = _WS.sub(" ", str(t.name).replace("_", " ")).strip().lower()
    if "<!--" in name:
        name = _WS.sub(" ", re.sub(r"<!--.*?-->", "", name, flags=re.S)).strip()
    return name[9:].strip() if name.startswith("template:") else name


def template_arg(t: Template, key: str) -> Wikicode | None:
    return t.get(key).value if t.has(key) else None


def positional_args(t: Template) -> list[Wikicode]:
    return [p.value for p in t.params if str(p.name).strip().isdigit()]


# kg.text.parse masks each <ref> that has a body as <!--kg:ref:N--> and reads it on demand.
REF_PLACEHOLDER = "kg:ref:"


def is_ref(node: Node) -> bool:
    if isinstance(node, Comment):
        return str(node.contents).startswith(REF_PLACEHOLDER)
    return isinstance(node, Tag) and str(node.tag).strip().lower() == "ref"


def _link_namespace(target: str) -> str:
    head, sep, _ = target.partition(":")
    return head.strip().lower() if sep and not target.startswith(":") else ""


def walk(nodes: Iterable[Node]) -> Iterator[Node]:
    """Every node, depth first, not entering ``<ref>`` contents."""
    for node in nodes:
        yield node
        if isinstance(node, Template):
            for p in node.params:
                yield from walk(p.value.nodes)
        elif isinstance(node, Tag) and not is_ref(node) and node.contents is not None:
            yield from walk(node.contents.nodes)
        elif isinstance(node, Wikilink) and node.text is not None:
            yield from walk(node.text.nodes)
        elif isinstance(node, ExternalLink) and node.title is not None:
            yield from walk(node.title.nodes)


def templates_in(code: Wikicode) -> Iterator[tuple[str, Template]]:
    for node in walk(code.nodes):
        if isinstance(node, Template):
            yield tname(node), node


