"""Parse an article once: infoboxes, the section tree, sentences with links and citations.

``parse_article(page)`` runs mwparserfromhell a single time; everything the extractors need
is derived from that one tree. The sentence splitter works on a flattened view of each
section in which links, refs and templates keep their positions, so a sentence knows its
wikilinks (entity mentions) and the ``<ref>`` citations placed after it.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import mwparserfromhell
from mwparserfromhell.nodes import Comment, Heading, HTMLEntity, Tag, Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode

from kg import normalize
from kg.model import Citation, Entity
from kg.sources import Page
from kg.titles import canonical_title

# ---------------------------------------------------------------- model


@dataclass
class Infobox:
    name: str  # normalised template name, lower case with spaces ("infobox company")
    template: Template
    params: dict[str, Wikicode]  # parameter name (stripped, lower case) -> value


@dataclass
class Mention:
    entity: Entity
    start: int  # character offsets into the sentence text
    end: int


@dataclass
class Sentence:
    text: str
    section: str | None  # heading path "History > 2017"; None in the lead
    index: int  # position in the article
    mentions: list[Mention] = field(default_factory=list)
    paragraph: int = 0  # paragraph number within its section
    list_item: bool = False  # from a bullet/numbered list item or table cell
    refs: list = field(default_factory=list, repr=False)  # the <ref> / {{r}} nodes after it
    ref_index: dict = field(default_factory=dict, repr=False)

    @property
    def citations(self) -> list[Citation]:
        """The citations of the refs that close this sentence (resolved on first use:
        most sentences never become facts, and reading a citation template is not free)."""
        cached = self.__dict__.get("_citations")
        if cached is None:
            cached = []
            for node in self.refs:
                for cit in normalize.citations_in(Wikicode([node]), self.ref_index):
                    if cit not in cached:
                        cached.append(cit)
            self.__dict__["_citations"] = cached
        return cached


@dataclass
class Section:
    title: str  # "" for the lead
    level: int  # 1 for the lead, 2 for ==H==, ...
    path: str | None  # "History > 2017"; None for the lead
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Article:
    title: str
    revision: int | None
    wikitext: str
    code: Wikicode
    infoboxes: list[Infobox]
    sections: list[Section]
    categories: list[str]
    ref_index: Mapping[str, Citation]
    source: str = ""
    # canonical title -> label for every entity linked anywhere in the article, and
    # label (lower case) -> canonical title, so unlinked repeats resolve to the same entity
    links: dict[str, str] = field(default_factory=dict)
    label_index: dict[str, str] = field(default_factory=dict)

    @property
    def sentences(self) -> list[Sentence]:
        return [s for sec in self.sections for s in sec.sentences]

    def templates_named(self, *names: str) -> list[Template]:
        wanted = {n.lower() for n in names}
        return [t for t in self.code.ifilter_templates(recursive=False) if template_name(t) in wanted]


def template_name(t: Template) -> str:
    return re.sub(r"[\s_]+", " ", str(t.name).split("<!--")[0]).strip().lower()


# ---------------------------------------------------------------- parsing


def parse_article(page: Page) -> Article:
    masked, raw_refs = mask_refs(page.wikitext)
    code = mwparserfromhell.parse(masked)
    ref_index = RefIndex(raw_refs)
    infoboxes = [_infobox(t) for t in code.ifilter_templates(recursive=False) if template_name(t).startswith("infobox")]
    categories: list[str] = []
    sections = _sections(code, ref_index, categories)
    art = Article(
        title=page.title,
        revision=page.revision,
        wikitext=page.wikitext,
        code=code,
        infoboxes=infoboxes,
        sections=sections,
        categories=categories,
        ref_index=ref_index,
        source=page.source,
    )
    links = [m.entity for sec in sections for s in sec.sentences for m in s.mentions]
    for box in infoboxes:  # founders, owners... linked only in the infobox
        for link in Wikicode([box.template]).ifilter_wikilinks():
            title = canonical_title(str(link.title))
            if title:
                links.append(Entity(label=normalize.plain_text(link.text) if link.text else title, title=title))
    for ent in links:
        art.links.setdefault(ent.title, ent.label)
        for name in (ent.label, ent.title):
            if name:
                art.label_index.setdefault(name.lower(), ent.title)
    return art


# <ref>...</ref> with a body; self-closing <ref name=x /> are left in place.
_REF_WITH_BODY = re.compile(r"<ref(\s[^>]*?)?(?<!/)>(.*?)</ref\s*>", re.S | re.I)
_REF_NAME = re.compile(r"""\bname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))""", re.I)
MASK_PREFIX = normalize.REF_PLACEHOLDER


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
    tags = mwparserfromhell.parse(raw).filter_tags(recursive=False)
    ref = next(t for t in tags if str(t.tag).lower() == "ref")
    return normalize.citation_from_ref(ref)


# ------------------------------------------------- the {{cite ...}} fast path
#
# Most refs are <ref name=...>{{cite web |url=... |title=... |access-date=...}}</ref>, and
# building the whole node tree of the ref is most of the cost of reading its citation, while
# only a few of the template's parameters are ever read. So the ref is tokenised by
# mwparserfromhell as usual, and when its contents start with a cite template whose name and
# parameter names are plain text, only the ref tag's attributes and the values of the
# parameters in CITE_FIELDS are built (by mwparserfromhell's Builder, from their tokens).
# Anything else returns None and takes the full path. tests/test_fast_paths.py checks both
# paths agree on every ref of the corpus.

try:
    from mwparserfromhell.parser import Parser as _Parser
    from mwparserfromhell.parser import tokens as _tk
    from mwparserfromhell.parser.builder import Builder as _Builder

    _TOKENIZER = _Parser()._tokenizer
    _OPENERS = frozenset({_tk.TemplateOpen, _tk.ArgumentOpen, _tk.WikilinkOpen, _tk.ExternalLinkOpen,
                          _tk.HTMLEntityStart, _tk.HeadingStart, _tk.CommentStart, _tk.TagOpenOpen})
    _CLOSERS = frozenset({_tk.TemplateClose, _tk.ArgumentClose, _tk.WikilinkClose, _tk.ExternalLinkClose,
                          _tk.HTMLEntityEnd, _tk.HeadingEnd, _tk.CommentEnd, _tk.TagCloseSelfclose,
                          _tk.TagCloseClose})
except (ImportError, AttributeError):  # pragma: no cover - another mwparserfromhell layout
    _TOKENIZER = None

_CITE_KEYS = frozenset(k for keys in normalize.CITE_FIELDS.values() for k in keys)


@lru_cache(maxsize=512)
def _is_cite_name(text: str) -> bool:
    return normalize._is_cite(normalize._tname(Template(text)))


def _all_text(toks) -> bool:
    return all(type(t) is _tk.Text for t in toks)


def cite_ref_fast(raw: str) -> Citation | None:
    """``ref_citation(raw)`` for a ref whose contents open with a cite template, else None."""
    if _TOKENIZER is None:
        return None
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
        head = _Builder().build([*toks[: close_open + 1], _tk.TagOpenClose(), _tk.Text(text="ref"), _tk.TagCloseClose()])
        tag = head.nodes[0]
        if not isinstance(tag, Tag) or str(tag.tag).lower() != "ref":
            return None  # the full path reads the first top-level <ref>, which is not this one
        name = normalize._ref_name(tag)
    params = {key: _Builder().build(list(value)) for key, value in wanted.items()}
    return normalize.cite_template_citation(name, params)


def _plain_ref_name(toks, close_open: int) -> str | None | bool:
    """``normalize._ref_name`` of the tag ``toks[:close_open + 1]`` opens when its name is
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
    if value is False:
        return None
    return str(value).strip().strip("\"'").strip() or None


def _infobox(t: Template) -> Infobox:
    params: dict[str, Wikicode] = {}
    for p in t.params:
        key = re.sub(r"\s+", " ", str(p.name)).strip().lower().replace(" ", "_")
        if key and key not in params:
            params[key] = p.value
    return Infobox(name=template_name(t), template=t, params=params)


# ---------------------------------------------------------------- flattening

# Templates whose first positional parameter is running text in the sentence.
_TEXT_TEMPLATES = {
    "nowrap", "nobr", "small", "smaller", "big", "lang", "nobold", "noitalic", "sic",
    "abbr", "em", "strong", "keypress", "linktext", "not a typo", "proper name",
}
# Templates that render a short literal string.
_LITERAL_TEMPLATES = {"snd": " – ", "ndash": "–", "mdash": "—", "nbsp": " ", "spaced ndash": " – "}
_CURRENCY_TEMPLATES = {"us$": "US$", "usd": "US$", "gbp": "£", "£": "£", "€": "€", "eur": "€",
                       "jpy": "¥", "cny": "CN¥", "rmb": "RMB", "hk$": "HK$", "inr": "₹", "krw": "₩"}


@dataclass
class _Flat:
    """A section flattened to text with the positions of links, refs and breaks."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    links: list[tuple[int, int, Entity]] = field(default_factory=list)
    refs: list[tuple[int, object]] = field(default_factory=list)  # (offset, ref node)
    breaks: list[tuple[int, bool]] = field(default_factory=list)  # (offset, list item?)

    def add(self, s: str) -> None:
        if s:
            self.parts.append(s)
            self.length += len(s)

    def brk(self, list_item: bool = False) -> None:
        self.add("\n")
        self.breaks.append((self.length, list_item))

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _flatten(nodes, flat: _Flat, ref_index: dict[str, Citation], categories: list[str]) -> None:
    for node in nodes:
        if isinstance(node, Text):
            value = str(node.value)
            if "\n\n" in value:
                chunks = re.split(r"\n\s*\n", value)
                for i, chunk in enumerate(chunks):
                    if i:
                        flat.brk()
                    flat.add(chunk.replace("\n", " "))
            else:
                flat.add(value.replace("\n", " ") if not value.startswith("\n") or flat.length else value.strip("\n"))
        elif isinstance(node, Wikilink):
            _flatten_link(node, flat, ref_index, categories)
        elif isinstance(node, Tag):
            _flatten_tag(node, flat, ref_index, categories)
        elif isinstance(node, Template):
            _flatten_template(node, flat, ref_index, categories)
        elif isinstance(node, HTMLEntity):
            flat.add(html.unescape(str(node)).replace("\xa0", " "))
        elif isinstance(node, Comment):
            if str(node.contents).startswith(MASK_PREFIX):
                flat.refs.append((flat.length, node))
        elif isinstance(node, Heading):
            continue
        else:  # external links, arguments
            text = normalize.plain_text(Wikicode([node]))
            flat.add(text)


def _flatten_link(node: Wikilink, flat: _Flat, ref_index, categories) -> None:
    target = str(node.title).strip()
    low = target.lower().lstrip(":")
    if low.startswith("category:"):
        if not target.startswith(":"):
            categories.append(target.split(":", 1)[1].strip())
            return
    if low.startswith(("file:", "image:")):
        return
    label = normalize.plain_text(node.text) if node.text is not None else target.lstrip(":")
    title = canonical_title(target)
    start = flat.length
    flat.add(label)
    if title and label:
        flat.links.append((start, flat.length, Entity(label=label, title=title)))


def _flatten_tag(node: Tag, flat: _Flat, ref_index, categories) -> None:
    tag = str(node.tag).lower()
    if tag == "ref":
        flat.refs.append((flat.length, node))
        return
    if tag in ("br",):
        flat.add(" ")
        return
    if tag in ("li", "dt", "dd"):
        flat.brk(list_item=True)
        return
    if tag == "table":
        _flatten_table(node, flat, ref_index, categories)
        return
    if tag in ("gallery", "math", "score", "timeline", "syntaxhighlight", "source", "references", "nowiki", "hr"):
        if tag == "nowiki" and node.contents:
            flat.add(str(node.contents))
        return
    if node.contents is not None:
        _flatten(node.contents.nodes, flat, ref_index, categories)


def _flatten_table(node: Tag, flat: _Flat, ref_index, categories) -> None:
    """Each table row becomes its own line so a timeline table yields one 'sentence' a row."""
    if node.contents is None:
        return
    for row in node.contents.nodes:
        if isinstance(row, Tag) and str(row.tag).lower() == "tr":
            flat.brk(list_item=True)
            cells = [c for c in row.contents.nodes if isinstance(c, Tag) and str(c.tag).lower() in ("td", "th")]
            for i, cell in enumerate(cells):
                if i:
                    flat.add(" – ")
                if cell.contents is not None:
                    _flatten(cell.contents.nodes, flat, ref_index, categories)
    flat.brk()


def _flatten_template(node: Template, flat: _Flat, ref_index, categories) -> None:
    name = template_name(node)
    if name in _LITERAL_TEMPLATES:
        flat.add(_LITERAL_TEMPLATES[name])
    elif name in _CURRENCY_TEMPLATES:
        flat.add(_CURRENCY_TEMPLATES[name])
        if node.has(1):
            _flatten(node.get(1).value.nodes, flat, ref_index, categories)
    elif name in _TEXT_TEMPLATES or name.startswith("lang-"):
        positional = [p for p in node.params if not p.showkey]
        if name == "lang" and len(positional) >= 2:
            value = positional[1].value
        elif positional:
            value = positional[0].value
        else:
            return
        _flatten(value.nodes, flat, ref_index, categories)
    elif name in ("as of",):
        flat.add("as of " + " ".join(str(p.value).strip() for p in node.params if not p.showkey))
    elif name in ("convert", "cvt") and node.has(1):
        unit = str(node.get(2).value).strip() if node.has(2) else ""
        flat.add(f"{str(node.get(1).value).strip()} {unit}".strip())
    elif name in ("increase", "decrease", "steady", "efn", "sfn", "refn", "r", "rp"):
        if name in ("refn", "efn") and node.has(1):
            return
        if name == "r":
            flat.refs.append((flat.length, node))
    elif name.startswith("start date") or name in ("start date", "end date", "birth date", "date"):
        date = normalize.parse_date(Wikicode([node]))
        if date:
            flat.add(date.raw or date.iso)
    # every other template (citation needed, main, see also, infobox, ...) renders nothing here


# ---------------------------------------------------------------- sections


def _sections(code: Wikicode, ref_index, categories) -> list[Section]:
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    current = Section(title="", level=1, path=None)
    nodes: list = []
    counter = [0]

    def close() -> None:
        current.sentences = _sentences(nodes, current.path, ref_index, categories, counter)
        sections.append(current)

    for node in code.nodes:
        if isinstance(node, Heading):
            close()
            title = normalize.plain_text(node.title)
            level = node.level
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, title))
            current = Section(title=title, level=level, path=" > ".join(t for _, t in stack))
            nodes = []
        elif isinstance(node, Template) and template_name(node).startswith("infobox"):
            continue
        else:
            nodes.append(node)
    close()
    return sections


# ---------------------------------------------------------------- sentences

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = {
    "u.s", "u.k", "u.n", "e.u", "inc", "ltd", "co", "corp", "no", "nos", "st", "mr", "mrs", "ms",
    "dr", "prof", "jr", "sr", "vs", "v", "etc", "e.g", "i.e", "approx", "est", "gen", "gov",
    "sgt", "lt", "col", "capt", "rev", "hon", "mt", "ft", "dept", "univ", "assn", "bros",
    "plc", "llc", "s.a", "n.v", "a.g", "ag", "p.l.c", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "pp", "ch", "art", "ca",
    "c", "cf", "al", "op", "ed", "eds", "ave", "blvd", "rd", "hwy", "pty", "bhd", "s.p.a",
    "d.c", "l.a", "n.y", "p.m", "a.m", "ph.d", "b.a", "m.a", "u.s.a", "r.o.c", "p.r.c",
}
_BOUNDARY = re.compile(r"([.!?])([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]*[A-Z0-9À-ÖØ-Þ])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_SUFFIXES = {"inc", "ltd", "corp", "co", "plc", "llc", "ag", "bros"}
_OPENER = re.compile(
    r"(?:In|On|Later|By|During|After|Before|Since|However|Following|The|This|These|It|Its|They|"
    r"Their|He|She|In addition|Also|Meanwhile|Today|Currently|From|As of)\b(?! Inc\b)"
)
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_WORD_WINDOW = 64


def _word_before(text: str, end: int) -> re.Match | None:
    """``_WORD_BEFORE.search(text, 0, end)`` without scanning the text from its start.

    A match is the run of word characters and dots that ends at ``end`` and does not depend
    on where the search starts, so searching the last ``_WORD_WINDOW`` characters finds the
    same match unless the run fills the whole window (then the full search decides).
    """
    lo = end - _WORD_WINDOW
    if lo > 0:
        m = _WORD_BEFORE.search(text, lo, end)
        if m is None or m.start() > lo:
            return m
    return _WORD_BEFORE.search(text, 0, end)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans in ``text``; abbreviations ("U.S.", "Inc.", "No.") do not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(1) == ".":
            word = _word_before(text, m.start(1))
            w = word.group(1).lower() if word else ""
            w = w.rstrip(".")
            if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                # "... it acquired SPSS Inc. Later in 2009, ...": after a company suffix, a
                # word that opens sentences opens one
                if not (w in _SUFFIXES and _OPENER.match(text, m.end(3))):
                    continue
            if _INITIALS.fullmatch(w):  # initials such as "J.R.R"
                continue
        end = m.end(2)
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end(3)
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _sentences(nodes, section_path, ref_index, categories, counter) -> list[Sentence]:
    flat = _Flat()
    _flatten(nodes, flat, ref_index, categories)
    text = flat.text
    bounds = sorted({0, *[b for b, _ in flat.breaks], len(text)})
    list_starts = {b for b, is_item in flat.breaks if is_item}
    placed: list[tuple[int, int, Sentence]] = []
    links = flat.links
    link_starts = [l0 for l0, _, _ in links]  # links are appended in text order
    for para_no, (p0, p1) in enumerate(zip(bounds, bounds[1:], strict=False)):
        for s0, s1 in split_sentences(text[p0:p1]):
            raw = text[p0 + s0 : p0 + s1]
            a = p0 + s0 + (len(raw) - len(raw.lstrip()))
            b = p0 + s0 + len(raw.rstrip())
            if a >= b or not _is_prose(text[a:b]):
                continue
            sent = Sentence(
                # text[a:b] is stripped, so this is re.sub(r"\s+", " ", ...): str.split and \s
                # agree on what whitespace is (str.isspace), and splitting is much faster
                text=" ".join(text[a:b].split()),
                section=section_path,
                index=counter[0],
                paragraph=para_no,
                list_item=p0 in list_starts,
            )
            counter[0] += 1
            cursor = 0
            for k in range(bisect.bisect_left(link_starts, a), len(links)):  # no copy of the tail
                l0, l1, ent = links[k]
                if l0 >= b:
                    break
                if l1 <= b:
                    pos = sent.text.find(ent.label, cursor)
                    if pos < 0:
                        pos = sent.text.find(ent.label)
                    if pos >= 0:
                        sent.mentions.append(Mention(ent, pos, pos + len(ent.label)))
                        cursor = pos + len(ent.label)
            placed.append((a, b, sent))
    # A ref belongs to the last sentence that starts before it: the one it closes.
    starts = [a for a, _, _ in placed]
    for pos, node in flat.refs:
        i = bisect.bisect_left(starts, pos) - 1
        if i >= 0:
            owner = placed[i][2]
            owner.refs.append(node)
            owner.ref_index = ref_index
    return [s for _, _, s in placed]


_THREE_LETTERS = re.compile(r"[^\W\d_](?:[^a-zA-Z]*[^\W\d_]){2}")


def _is_prose(text: str) -> bool:
    """At least three letters: drops separators, bare numbers and leftover punctuation."""
    return _THREE_LETTERS.search(text) is not None


__all__ = ["Article", "Infobox", "Mention", "Section", "Sentence", "parse_article", "split_sentences", "template_name"]
