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

from mwparserfromhell.nodes import Comment, Heading, HTMLEntity, Tag, Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode

from kg.model import Citation, Entity
from kg.sources import Page
from kg.text.citations import citations_in
from kg.text.refs import MASK_PREFIX, RefIndex, mask_refs
from kg.text.render import plain_text, render_as_of
from kg.text.sentences import split_sentences
from kg.text.treebuild import parse as parse_wikitext
from kg.text.values import parse_date
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
    # the year of the list item above it when that item is a bare year ("* 2015" over
    # "** September – ..."): the year its month-only items speak of
    item_year: int | None = None
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
                for cit in citations_in(Wikicode([node]), self.ref_index):
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
    code = parse_wikitext(masked)
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
                links.append(Entity(label=plain_text(link.text) if link.text else title, title=title))
    for ent in links:
        art.links.setdefault(ent.title, ent.label)
        for name in (ent.label, ent.title):
            if name:
                art.label_index.setdefault(name.lower(), ent.title)
    return art


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
    # on the line of a bullet (``*``, ``#``, ``;``, ``:``): a line break ends the item, and the
    # next line that is not an item opens a paragraph of its own, as MediaWiki renders it
    bullet: bool = False
    pending: bool = False  # a bullet's line ended: the next text opens a paragraph

    def add(self, s: str) -> None:
        if s:
            if self.pending and s.strip():
                self.brk()
            self.parts.append(s)
            self.length += len(s)

    def brk(self, list_item: bool = False) -> None:
        self.bullet = self.pending = False
        self.add("\n")
        self.breaks.append((self.length, list_item))

    def text_of_line(self, value: str) -> None:
        """Add running text; on a bullet's line its first line break ends the item."""
        if self.bullet and "\n" in value:
            head, tail = value.split("\n", 1)
            self.add(head)
            self.bullet, self.pending = False, True
            value = tail
        self.add(value.replace("\n", " "))

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
                    flat.text_of_line(chunk)
            elif flat.bullet and "\n" in value:
                flat.text_of_line(value)
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
            text = plain_text(Wikicode([node]))
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
    label = plain_text(node.text) if node.text is not None else target.lstrip(":")
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
        flat.bullet = node.wiki_markup is not None  # (a bullet's line, not an HTML <li>)
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
        flat.add(render_as_of(node, lower=True))  # as the sentence text always read it
    elif name in ("convert", "cvt") and node.has(1):
        unit = str(node.get(2).value).strip() if node.has(2) else ""
        flat.add(f"{str(node.get(1).value).strip()} {unit}".strip())
    elif name in ("increase", "decrease", "steady", "efn", "sfn", "refn", "r", "rp"):
        if name in ("refn", "efn") and node.has(1):
            return
        if name == "r":
            flat.refs.append((flat.length, node))
    elif name.startswith("start date") or name in ("start date", "end date", "birth date", "date"):
        date = parse_date(Wikicode([node]))
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
            title = plain_text(node.title)
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


def _sentences(nodes, section_path, ref_index, categories, counter) -> list[Sentence]:
    flat = _Flat()
    _flatten(nodes, flat, ref_index, categories)
    text = flat.text
    bounds = sorted({0, *[b for b, _ in flat.breaks], len(text)})
    list_starts = {b for b, is_item in flat.breaks if is_item}
    placed: list[tuple[int, int, Sentence]] = []
    links = flat.links
    link_starts = [l0 for l0, _, _ in links]  # links are appended in text order
    # links whose text has a full stop before its last character: no sentence ends inside one
    dotted = [(l0, l1) for l0, l1, _ in links if "." in text[l0:l1 - 1]]
    item_year = None
    for para_no, (p0, p1) in enumerate(zip(bounds, bounds[1:], strict=False)):
        if p0 not in list_starts:
            item_year = None
        else:
            bare = _BARE_YEAR.match(text, p0, p1)
            if bare is not None:
                item_year = int(bare.group(1))
                continue
            if _YEAR_FIRST.match(text, p0, p1):
                item_year = None  # an item with its own year: the bare year above no longer holds
        keep = [(l0 - p0, l1 - p0) for l0, l1 in dotted if l0 < p1 and l1 > p0] if dotted else ()
        for s0, s1 in split_sentences(text[p0:p1], keep):
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
                item_year=item_year,
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


_BARE_YEAR = re.compile(r"\s*(1[6-9]\d\d|20\d\d)[\s:.]*$")
_YEAR_FIRST = re.compile(r"\s*(?:1[6-9]\d\d|20\d\d)\b")
_THREE_LETTERS = re.compile(r"[^\W\d_](?:[^a-zA-Z]*[^\W\d_]){2}")


def _is_prose(text: str) -> bool:
    """At least three letters: drops separators, bare numbers and leftover punctuation."""
    return _THREE_LETTERS.search(text) is not None


__all__ = ["Article", "Infobox", "Mention", "Section", "Sentence", "parse_article", "template_name"]

