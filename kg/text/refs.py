"""``<ref>`` masking and on-demand citations.

Citation templates are half the bytes of a well-cited article and most of mwparserfromhell's
tree-building time, yet only the refs behind extracted facts are ever read. ``mask_refs``
replaces every ref that has a body by ``<!--kg:ref:N-->`` before the article's one parse;
``RefIndex`` reads a ref's citation when it is first asked for, through the ``{{cite ...}}``
fast path below when it applies, else a full parse of the ref.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from mwparserfromhell.nodes import Tag, Template

from kg.model import Citation
from kg.text.citations import citation_from_ref, cite_template_citation, is_cite, ref_name
from kg.text.render import tidy
from kg.text.templates import CITE_FIELDS
from kg.text.treebuild import build, parse
from kg.text.wikicode import REF_PLACEHOLDER, tname

_REF_WITH_BODY = re.compile(r"<ref(\s[^>]*?)?(?<!/)>(.*?)</ref\s*>", re.S | re.I)
_REF_NAME = re.compile(r"""\bname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))""", re.I)
MASK_PREFIX = REF_PLACEHOLDER


def mask_refs(text: str) -> tuple[str, dict[str, str]]:
    """Replace every ``<ref>`` that has a body by the comment ``<!--kg:ref:N-->``.

    Citation templates are half the bytes of a well-cited article and most of
    mwparserfromhell's tree-building time, yet only the refs behind extracted facts are
    ever read. So the article is parsed with its refs masked, and each ref's own text is
    parsed on demand (once) when its citation is asked for. Returns the masked text and
    name -> raw ref text, holding both the synthetic names and the article's own names
    (the first definition of a name wins, as in MediaWiki).
    """
    raw: dict[str, str] = {}

    def replace(m: re.Match) -> str:
        key = f"{MASK_PREFIX}{len(raw)}"
        raw[key] = m.group(0)
        name = _REF_NAME.search(m.group(1) or "")
        if name:
            own = (name.group(1) or name.group(2) or name.group(3) or "").strip()
            if own and m.group(2).strip():
                raw.setdefault(own, m.group(0))
        return f"<!--{key}-->"

    return _REF_WITH_BODY.sub(replace, text), raw


class RefIndex(Mapping):
    """Refs of the article by name (own names and masked ones) -> Citation, read on demand."""

    def __init__(self, raw: dict[str, str]):
        self._raw = raw
        self._done: dict[str, Citation] = {}

    def __getitem__(self, name: str) -> Citation:
        cit = self._done.get(name)
        if cit is None:
            raw = self._raw[name]
            cit = self._done[name] = cite_ref_fast(raw) or ref_citation(raw)
        return cit

    def __contains__(self, name: object) -> bool:
        return name in self._raw

    def __iter__(self):
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def ref_citation(raw: str) -> Citation:
    """The Citation of one ``<ref>...</ref>`` text: parse it, read its ref tag."""
    tags = parse(raw).filter_tags(recursive=False)
    ref = next(t for t in tags if str(t.tag).lower() == "ref")
    return citation_from_ref(ref)


# ------------------------------------------------- the {{cite ...}} fast path
#
# Most refs are <ref name=...>{{cite web |url=... |title=... |access-date=...}}</ref>, and
# building the whole node tree of the ref is most of the cost of reading its citation, while
# only a few of the template's parameters are ever read. So the ref is tokenised by
# mwparserfromhell as usual, and when its contents start with a cite template whose name and
# parameter names are plain text, only the ref tag's attributes and the values of the
# parameters in CITE_FIELDS are built (by kg.text.treebuild's builder, from their tokens).
# Anything else returns None and takes the full path. tests/test_fast_paths.py checks both
# paths agree on every ref of the corpus.

try:
    from mwparserfromhell.parser import Parser as _Parser
    from mwparserfromhell.parser import tokens as _tk

    _TOKENIZER = _Parser()._tokenizer
    _OPENERS = frozenset({_tk.TemplateOpen, _tk.ArgumentOpen, _tk.WikilinkOpen, _tk.ExternalLinkOpen,
                          _tk.HTMLEntityStart, _tk.HeadingStart, _tk.CommentStart, _tk.TagOpenOpen})
    _CLOSERS = frozenset({_tk.TemplateClose, _tk.ArgumentClose, _tk.WikilinkClose, _tk.ExternalLinkClose,
                          _tk.HTMLEntityEnd, _tk.HeadingEnd, _tk.CommentEnd, _tk.TagCloseSelfclose,
                          _tk.TagCloseClose})
except (ImportError, AttributeError):  # pragma: no cover - another mwparserfromhell layout
    _TOKENIZER = None

_CITE_KEYS = frozenset(k for keys in CITE_FIELDS.values() for k in keys)


@lru_cache(maxsize=512)
def _is_cite_name(text: str) -> bool:
    return is_cite(tname(Template(text)))


def _all_text(toks) -> bool:
    return all(type(t) is _tk.Text for t in toks)


# The plainest refs, <ref name="x">{{cite web |url=https://... |title=...}}</ref> on one line
# with no markup at all in the template (no braces, brackets, tags, comments, entities or
# bold/italic quotes), need no tokenising: the template's parameters are its text split at
# "|" and at each parameter's first "=", and a value's plain text is its own text tidied (a
# bare URL the tokeniser would read as a link renders as its text). tests/test_fast_paths.py
# checks this path against the full one on every corpus ref it takes and on awkward refs.
_PLAIN_CITE_REF = re.compile(
    r"""<ref(?:\s+name=(?:"([^"<>]*)"|([^\s"'<>/=]+)))?\s*>\s*"""
    r"""\{\{([^{}\[\]<>&|]+)\|([^{}\[\]<>&]*)\}\}\s*</ref\s*>"""
)


def _plain_cite_ref(raw: str) -> Citation | None:
    m = _PLAIN_CITE_REF.fullmatch(raw) if "\n" not in raw else None
    if m is None or "''" in m.group(4) or not _is_cite_name(m.group(3)):
        return None
    wanted: dict[str, str] = {}
    for part in m.group(4).split("|"):
        key, eq, value = part.partition("=")
        if eq:
            key = key.strip().lower()
            if key in _CITE_KEYS:
                wanted[key] = value  # a repeated parameter: the last one wins, as in the tree
    name = m.group(1) if m.group(1) is not None else m.group(2)  # None: no name= at all
    if name is not None:
        name = name.strip().strip("\"'").strip() or None  # as ref_name reads it
    return cite_template_citation(name, wanted, render=tidy)


def cite_ref_fast(raw: str) -> Citation | None:
    """``ref_citation(raw)`` for a ref whose contents open with a cite template, else None."""
    plain = _plain_cite_ref(raw)
    if plain is not None or _TOKENIZER is None:
        return plain
    toks = _TOKENIZER.tokenize(raw, 0, False)
    if not toks or type(toks[0]) is not _tk.TagOpenOpen:
        return None
    # the opening tag ends at the TagCloseOpen of depth 1
    depth, i, n = 1, 2, len(toks)
    while i < n:
        ty = type(toks[i])
        if ty in _OPENERS:
            depth += 1
        elif ty in _CLOSERS:
            depth -= 1
            if depth == 0:
                return None  # <ref ... /> or a broken tag
        elif depth == 1 and ty is _tk.TagCloseOpen:
            break
        i += 1
    else:
        return None
    close_open = i
    i += 1
    while i < n and type(toks[i]) is _tk.Text:  # text before the template is not a template
        i += 1
    if i >= n or type(toks[i]) is not _tk.TemplateOpen:
        return None
    # split the template at its own depth: name, then parameters
    parts: list[list] = [[]]
    equals: list[int | None] = [None]
    depth = 0
    i += 1
    while True:
        if i >= n:
            return None
        tok = toks[i]
        ty = type(tok)
        if depth == 0:
            if ty is _tk.TemplateClose:
                break
            if ty is _tk.TemplateParamSeparator:
                parts.append([])
                equals.append(None)
                i += 1
                continue
            if ty is _tk.TemplateParamEquals:
                if equals[-1] is not None:
                    return None
                equals[-1] = len(parts[-1])
                i += 1
                continue
        if ty in _OPENERS:
            depth += 1
        elif ty in _CLOSERS:
            depth -= 1
        parts[-1].append(tok)
        i += 1
    name_toks = parts[0]
    if not name_toks or not _all_text(name_toks) or not _is_cite_name("".join(t.text for t in name_toks)):
        return None
    wanted: dict[str, list] = {}
    for part, eq in zip(parts[1:], equals[1:], strict=True):
        if eq is None:
            continue  # positional: named "1", "2"..., never a citation field
        key_toks = part[:eq]
        if not _all_text(key_toks):
            return None
        key = "".join(t.text for t in key_toks).strip().lower()
        if key in _CITE_KEYS:
            wanted[key] = part[eq:]  # a repeated parameter: the last one wins, as in the tree
    name = _plain_ref_name(toks, close_open)
    if name is False:  # attributes that are not plain text: read them from the built tag
        head = build([*toks[: close_open + 1], _tk.TagOpenClose(), _tk.Text(text="ref"), _tk.TagCloseClose()])
        tag = head.nodes[0]
        if not isinstance(tag, Tag) or str(tag.tag).lower() != "ref":
            return None  # the full path reads the first top-level <ref>, which is not this one
        name = ref_name(tag)
    params = {key: build(list(value)) for key, value in wanted.items()}
    return cite_template_citation(name, params)


def _plain_ref_name(toks, close_open: int) -> str | None | bool:
    """``ref_name`` of the tag ``toks[:close_open + 1]`` opens when its name is
    "ref" and its attributes are plain text; False when it cannot tell."""
    if close_open < 2 or type(toks[1]) is not _tk.Text or toks[1].text.lower() != "ref":
        return False
    value: str | None | bool = False  # the last name= attribute's value, as Tag.get reads it
    i = 2
    while i < close_open:
        if type(toks[i]) is not _tk.TagAttrStart:
            return False
        j = i + 1
        while j < close_open and type(toks[j]) is not _tk.TagAttrStart:
            j += 1
        attr = toks[i + 1 : j]
        kinds = [type(t) for t in attr]
        if _tk.TagAttrEquals in kinds:
            eq = kinds.index(_tk.TagAttrEquals)
            rest = attr[eq + 1 :]
            if rest and type(rest[0]) is _tk.TagAttrQuote:
                rest = rest[1:]
            if eq == 0 or not _all_text(attr[:eq]) or not _all_text(rest):
                return False
            key, val = "".join(t.text for t in attr[:eq]), "".join(t.text for t in rest)
            if not key:
                return False
        else:
            if not attr or not _all_text(attr):
                return False
            key, val = "".join(t.text for t in attr), None
        if key == "name":
            value = val
        i = j
    if value is False or value is None:  # no name=, or a bare <ref name> that names nothing
        return None
    return str(value).strip().strip("\"'").strip() or None
