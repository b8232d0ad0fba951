"""The ``<ref>`` behind a value, as a Citation: from its ``{{cite ...}}`` template, else its
text and first URL. Named references (``<ref name=x/>``, ``{{r|x}}``) are resolved through
an index of the named refs with a body; one the index cannot resolve yields no citation.
"""

from __future__ import annotations

from collections.abc import Iterator

from mwparserfromhell.nodes import Comment, ExternalLink, Tag, Template
from mwparserfromhell.wikicode import Wikicode

from kg.model import Citation
from kg.text.render import plain_text
from kg.text.templates import CITE_FIELDS
from kg.text.wikicode import as_code, is_ref, positional_args, templates_in, tname, walk


def ref_name(tag: Tag) -> str | None:
    if isinstance(tag, Comment):
        return str(tag.contents)
    if not tag.has("name") or tag.get("name").value is None:  # <ref name> names nothing
        return None
    name = str(tag.get("name").value).strip().strip("\"'").strip()
    return name or None


def _cite_field(params: dict, keys: tuple[str, ...], render) -> str | None:
    for key in keys:
        text = render(params[key]) if key in params else ""
        if text:
            return text
    return None


def is_cite(name: str) -> bool:
    return name.startswith("cite") or name in ("citation", "vcite web", "vcite news")


def cite_template_citation(name: str | None, params: dict, render=plain_text) -> Citation:
    """The Citation of a ``{{cite ...}}`` template from its parameters (stripped, lower-case
    name -> value; only the names in CITE_FIELDS are read) and the ref's name. A value is
    wikicode, read by ``plain_text``; ``render`` reads values given in another form (the
    ``tidy`` of values known to be plain text)."""
    fields = {field: _cite_field(params, keys, render) for field, keys in CITE_FIELDS.items()}
    return Citation(name=name, **fields)


def citation_from_ref(tag: Tag) -> Citation:
    """A ``<ref>`` tag as a Citation (from its cite template, else its text and first URL)."""
    name = ref_name(tag)
    contents = tag.contents if tag.contents is not None else Wikicode([])
    for template_name, t in templates_in(contents):
        if is_cite(template_name):
            return cite_template_citation(name, {str(p.name).strip().lower(): p.value for p in t.params})
    links = [n for n in walk(contents.nodes) if isinstance(n, ExternalLink)]
    return Citation(url=str(links[0].url).strip() if links else None,
                    text=plain_text(contents) or None, name=name)


def _refs(code: Wikicode) -> Iterator[Tag]:
    return (node for node in walk(code.nodes) if is_ref(node))


def _has_body(tag: Tag) -> bool:
    return isinstance(tag, Tag) and tag.contents is not None and bool(str(tag.contents).strip())


def named_ref_tags(wikicode: object) -> dict[str, Tag]:
    """name -> the ``<ref>`` tag that defines it (the first definition with a body wins)."""
    index: dict[str, Tag] = {}
    for tag in _refs(as_code(wikicode)):
        name = ref_name(tag)
        if name and name not in index and _has_body(tag):
            index[name] = tag
    return index


def build_ref_index(wikicode: object) -> dict[str, Citation]:
    """name -> Citation for every named ``<ref>`` with a body (the first definition wins)."""
    return {name: citation_from_ref(tag) for name, tag in named_ref_tags(wikicode).items()}


def citations_in(value: object, ref_index: dict[str, Citation] | None = None) -> list[Citation]:
    """The citations of a value's refs; named references resolved through ``ref_index``."""
    code = as_code(value)
    index = ref_index if ref_index is not None else {}
    result: list[Citation] = []
    for node in walk(code.nodes):
        if is_ref(node):
            if _has_body(node):
                result.append(citation_from_ref(node))
            elif ref_name(node) in index:
                result.append(index[ref_name(node)])
        elif isinstance(node, Template) and tname(node) == "r":
            names = (plain_text(a).strip("\"' ") for a in positional_args(node))
            result.extend(index[n] for n in names if n in index)
    return list(dict.fromkeys(result))
