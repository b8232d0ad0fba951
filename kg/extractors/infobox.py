"""Infobox extractor: company-like infobox parameters -> typed facts.

Which parameter maps to which property, and which value parser reads it, is data
(``kg/data/infobox_params.tsv``); this module only holds the parsers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from importlib.resources import files

from mwparserfromhell.nodes import Heading, Tag, Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode

from kg.model import Citation, Entity, Fact, Link, Provenance, Role
from kg.model import Text as LangText
from kg.text.citations import citations_in
from kg.text.countries import (
    COUNTRY_PARAMS,
    company_country,
    country_code,
    country_name,
    is_continent,
    place_country,
)
from kg.text.entities import entity_of, is_organization_label, parse_people, persons_of
from kg.text.items import split_items
from kg.text.money import linked_signs, parse_money, parse_quantity, with_linked_sign
from kg.text.parse import Article, Infobox
from kg.text.render import plain_text
from kg.text.values import (
    FORMER,
    current_items,
    is_period,
    name_and_period,
    names_from_templates,
    parse_date,
    parse_index_memberships,
    parse_listings,
    parse_names,
    parse_urls,
)
from kg.text.wikicode import as_code
from kg.titles import canonical_title

NAME = "infobox"

# The head of the management board of a two-tier board ("President of the Management Board",
# "Chairman of the Executive Board") is the chief executive, as is an Indonesian company's
# "President Director"; the head of the supervisory board, or an Indonesian "President
# Commissioner" (who chairs the board of commissioners), is the chairperson.
_HEAD_OF_MANAGEMENT = (r"(?:chair(?:man|woman|person)?|president|head)\s+of\s+the\s+"
                       r"(?:(?:management|executive)\s+board|board\s+of\s+management)")
# A deputy, vice, honorary or former holder is not the holder ("Vice Chairman", "Deputy CEO").
_NOT_THE_HOLDER = r"(?<!vice )(?<!vice-)(?<!deputy )(?<!honorary )(?<!former )(?<!incoming )"
_CEO = re.compile(rf"\b{_NOT_THE_HOLDER}(ceo|chief executive|managing director|md|president and ceo|"
                  # the general director of a company of the former Soviet Union and its neighbours
                  r"general director|director[\s-]general|"
                  rf"president[\s-]director|{_HEAD_OF_MANAGEMENT})\b(?![\s-]designate|[\s-]elect)", re.I)
_CHAIR = re.compile(rf"\b{_NOT_THE_HOLDER}(?!{_HEAD_OF_MANAGEMENT})chair(man|woman|person)?\b(?!\s+emeritus)"
                    r"|\bpresident[\s-]commissioner\b", re.I)
# "chairman and CEO of INGKA Holding": a role in another organisation (not "of the Board",
# "of the Supervisory Board", "of the Board of Directors")
_OTHER_ORG = re.compile(
    r"\bof\s+(?:the\s+)?(?!(?i:the\s+)?(?i:(?:[a-z-]+\s+)?board|directors|company|group|management)\b)[A-Z]")
# A role that names the chief executive in so many words; beside one, a managing director or
# president director of another item is not the chief executive ("Managing Director" and
# "Group CEO" held by two people).
_EXPLICIT_CEO = re.compile(rf"\b{_NOT_THE_HOLDER}(ceo|chief executive)\b(?![\s-]designate|[\s-]elect)", re.I)
_ENDED = re.compile(r"\b(?:1[5-9]|20)\d\d\s*(?:[–—-]|to)\s*\d{2,4}\b")  # "CEO, 2009–2021"
_COPULA = re.compile(r"\n\n|\s(is|was|are|were)\s")
_COMMONS = "https://commons.wikimedia.org/wiki/Special:FilePath/"


# ---------------------------------------------------------------- tables


def _rows(name: str) -> list[list[str]]:
    text = files("kg.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def param_table() -> dict[str, tuple[str, str, str | None]]:
    """param -> (property, parser, year parameter)."""
    table: dict[str, tuple[str, str, str | None]] = {}
    for row in _rows("infobox_params.tsv"):
        param, prop, parser = row[0], row[1], row[2]
        year = row[3] if len(row) > 3 and row[3] else None
        if param in table:
            raise ValueError(f"infobox_params.tsv: parameter {param!r} is listed twice")
        if parser not in PARSERS:
            raise ValueError(f"infobox_params.tsv: {param!r} uses unknown parser {parser!r}")
        table[param] = (prop, parser, year)
    return table


@lru_cache(maxsize=1)
def template_classes() -> dict[str, str]:
    return {row[0]: row[1] for row in _rows("infobox_templates.tsv")}


def company_infobox(article: Article, any_infobox: bool = False) -> Infobox | None:
    """The first company-like infobox of the article (or, with any_infobox, the first one)."""
    classes = template_classes()
    for box in article.infoboxes:
        if box.name in classes:
            return box
    if any_infobox and article.infoboxes:
        return article.infoboxes[0]
    return None


# ---------------------------------------------------------------- value parsers
# Each parser takes (value, context) and yields (value, citations, qualifiers).

Parsed = tuple[object, list[Citation], tuple[tuple[str, object], ...]]


class _Ctx:
    def __init__(self, article: Article, box: Infobox, year_param: str | None):
        self.article = article
        self.box = box
        self.year_param = year_param
        self._signs: dict[str, tuple[str, str]] | None = None

    def currency_signs(self) -> dict[str, tuple[str, str]]:
        """The signs the infobox links to a currency's article (``[[Lebanese pound|LL]]``): a
        figure after such a sign, linked there or not, is in that currency."""
        if self._signs is None:
            self._signs = linked_signs(list(self.box.params.values()))
        return self._signs

    def cites(self, value: Wikicode) -> list[Citation]:
        return citations_in(value, self.article.ref_index)

    def year_hint(self) -> str | None:
        if not self.year_param:
            return None
        raw = self.box.params.get(self.year_param)
        if raw is None:
            return None
        m = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", plain_text(raw))
        return m.group(1) if m else None

    def qualifier_text(self) -> str | None:
        raw = self.box.params.get(self.year_param) if self.year_param else None
        return plain_text(raw) or None if raw is not None else None


# A value written wholly inside quotation marks ('"Ukraine is protected!"', a slogan): the
# words inside them.
_QUOTED = re.compile(r'["“„«]([^"“”„«»]+)["”»]')


def _text(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    text = plain_text(value)
    quoted = _QUOTED.fullmatch(text)
    if quoted:
        text = quoted.group(1).strip()
    if text:
        yield LangText(text, "en"), ctx.cites(value), ()


def _texts(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    for item in split_items(value):
        yield from _text(item, ctx)


def _former_names(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    """Former names, each without the years it was used ("Tarnwater plc (1996–2006)"), which
    become the statement's start and end dates."""
    names: list[tuple[str, object, object, list[Citation]]] = []
    for item in split_items(value):
        text = plain_text(item)
        if names and is_period(text):  # "Acme Ltd., 1921–1958": the period of the name before
            _, start, end = name_and_period(f"{names[-1][0]} ({text})")
            names[-1] = (names[-1][0], start, end, names[-1][3] + ctx.cites(item))
            continue
        name, start, end = name_and_period(text)
        if name and not is_period(name):
            names.append((name, start, end, ctx.cites(item)))
    for name, start, end, cites in names:
        quals = (("startDate", start),) if start else ()
        yield LangText(name, "en"), cites, quals + ((("endDate", end),) if end else ())


# Text before an item's first link that ends in a preposition: the link names what the item
# is for or of, not the item ("Battery packs for [[electric bicycle]]s").
_BEFORE_OBJECT = re.compile(r"[^\W\d_]{2,}.*\s(?:for|of|to|with|from)\s*$", re.I)


def _head_before_link(item: Wikicode) -> bool:
    before = []
    for node in item.nodes:
        if isinstance(node, Wikilink):
            return bool(_BEFORE_OBJECT.search(plain_text(as_code(before))))
        before.append(node)
    return False


# The last word of an unlinked name that is a part of an organisation: "Laser Research Center
# workshop, [[Vilnius University]]" is the workshop of the university, one item.
_PART_OF = re.compile(r"\b(?:workshops?|divisions?|departments?|laborator(?:y|ies)|labs?|units?|branch(?:es)?|"
                      r"arm|plants?|works|office|bureau|faculty|section|wing)\s*$", re.I)


def _parts_joined(value: Wikicode) -> list[tuple[Wikicode, bool]]:
    """The items of a value, each with whether it is an unlinked part of an organisation
    joined to the linked organisation after its comma (then the item names no page)."""
    text: str | None = None  # the value's plain text, made only when a join is possible
    joined: list[tuple[Wikicode, bool]] = []
    for item in split_items(value):
        last = joined[-1][0] if joined else None
        # the cheap tests first (a link opens the item, none is in the one before), then the
        # part's word, then the texts: the same tests as one condition, most values stop early
        if (last is not None and item.nodes and isinstance(item.nodes[0], Wikilink)
                and not last.filter_wikilinks() and _PART_OF.search(plain_text(last))):
            if text is None:
                text = plain_text(value)
            if f"{plain_text(last)}, {plain_text(item)}" in text:
                joined[-1] = (as_code([*last.nodes, Text(", "), *item.nodes]), True)
                continue
        joined.append((item, False))
    return joined


# A count of things written as the value ("177 countries", "6 branches ([[Kiev]], ...)",
# "over 30 subsidiaries"): how many, not which; no item of a list of areas, divisions or products.
_COUNT_OF = re.compile(r"(?:(?i:over|more\s+than|about|around|approximately|nearly|almost|some|c\.)\s+)?"
                       r"\d[\d,.]*\+?\s+[a-z][a-z\s-]*")


def _is_count(ent: Entity) -> bool:
    return ent.title is None and bool(_COUNT_OF.fullmatch(ent.label))


def _entities(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    for item, part_of in _parts_joined(value):
        ent = entity_of(item)
        if ent is not None and _is_count(ent):
            continue
        if ent is not None and ent.title is not None and (part_of or _head_before_link(item)):
            ent = Entity(label=plain_text(item))
        # a link back into the article itself ("[[Asda#Brands|Brands]]") names no entity
        if ent is not None and ent.title != ctx.article.title and not _links_home(item, ctx.article.title):
            for one in _places_named(ent) or [ent]:
                yield one, ctx.cites(item), ()


# The "type" of a newspaper's or magazine's infobox is the kind of publication ("[[Daily
# newspaper]]", "Weekly magazine"), not a legal form.
_PUBLICATION_KIND = re.compile(r"\b(?:newspapers?|magazines?|journals?|periodicals?|tabloids?|broadsheets?|"
                               r"newsletters?)\b", re.I)


def _legal_forms(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    """Legal forms: the entity of each item, and a form linked in parentheses after it:
    "[[Public company|Public]] ([[Aktiengesellschaft|AG]])" is a public company and an
    Aktiengesellschaft."""
    for item in split_items(value):
        yield from (p for p in _entities(item, ctx) if not _PUBLICATION_KIND.search(p[0].label))
        depth = 0
        for node in item.nodes:
            if isinstance(node, Text):
                depth += str(node).count("(") - str(node).count(")")
            elif isinstance(node, Wikilink) and depth > 0:
                ent = entity_of(as_code(node))
                if ent is not None and ent.title and ent.title != ctx.article.title:
                    yield ent, ctx.cites(item), ()


_AND_PLACES = re.compile(r"\s*,\s*|\s+(?:and|&)\s+(?:the\s+)?")
_PROPER_NAME = re.compile(r"(?:[A-Z][\w'’.-]*)(?:\s+(?:of|and|the|[A-Z][\w'’.-]*))*")


def _is_place(text: str) -> bool:
    return bool(place_country(text, cities=False)) or is_continent(text)


def _places_named(ent: Entity, areas: bool = False) -> list[Entity]:
    """The places of an unlinked "Canada and the United States" (not of "Bosnia and
    Herzegovina", one country): every part must be a country, a region or a continent; in
    an area served, a proper name beside one ("Ireland and the Channel Islands") counts too."""
    if ent.title is not None or " and " not in ent.label and "&" not in ent.label or country_code(ent.label):
        return []
    parts = [p.removeprefix("the ") for p in _AND_PLACES.split(ent.label) if p]
    known = [_is_place(p) for p in parts]
    if len(parts) > 1 and (all(known) or (areas and any(known) and all(
            k or _PROPER_NAME.fullmatch(p) for p, k in zip(parts, known, strict=True)))):
        return [Entity(p, kind="place") for p in parts]
    return []


def _areas(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    """Areas served: entities, and the places of "Ireland and the Channel Islands"."""
    for item in split_items(value):
        ent = entity_of(item)
        if ent is not None and ent.title != ctx.article.title and not _links_home(item, ctx.article.title) \
                and not _is_count(ent):
            for one in _places_named(ent, areas=True) or [ent]:
                yield one, ctx.cites(item), ()


# An organisation marked as gone: "Nordic Foods AB (defunct)", "[[Acme]] (sold in 2019)".
_GONE = re.compile(r"\([^()]*\b(?:defunct|dissolved|closed|liquidated|sold|divested|bankrupt)\b[^()]*\)", re.I)
# An organisation's own former name: "Lund Logistics (formerly Lund Transport)" is current.
_RENAMED = re.compile(r"\(\s*(?:formerly|previously)(?:\s+(?:known\s+as|called|named))?\s+[^()]*[A-Z][^()]*\)")


def _current_organizations(value: Wikicode) -> Iterator[Wikicode]:
    for item in split_items(value):
        text = plain_text(item)
        if not FORMER.search(_RENAMED.sub("", text)) and not _GONE.search(text):
            yield item


def _organizations(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    """Owners, parents, subsidiaries: entities that can be organisations (not "Independent",
    "Publicly traded" or a count), and current (not "[[Acme]] (1998–2012)", "formerly",
    "(defunct)"; "[[Acme]] (formerly Acme Transport)" is current, under its new name)."""
    for item in _current_organizations(value):
        for ent, cites, quals in _entities(as_code(item), ctx):
            if is_organization_label(ent.label):
                yield ent, cites, quals


# A year after a founder's name and a comma ("Ingrid Lund, 1925"): when, not who.
_TRAILING_YEAR = re.compile(r"\s*,\s*(?:c\.\s*|circa\s+)?(?:1[5-9]|20)\d\d\s*$")


def _persons(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    """Founders: people, each without honorifics or a year after a comma; "A and B"
    unlinked is two people."""
    for item in split_items(value):
        for ent in persons_of(item):
            if ent.title is None and _TRAILING_YEAR.search(ent.label):
                ent = replace(ent, label=_TRAILING_YEAR.sub("", ent.label))
            if ent.title != ctx.article.title:
                yield ent, ctx.cites(item), ()


def _links_home(item: Wikicode, title: str) -> bool:
    """Whether the item's only link leads into the article itself."""
    links = item.filter_wikilinks()
    return len(links) == 1 and canonical_title(str(links[0].title)) == title


def _location(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    """The most specific linked place: "[[Science Park]], [[Hong Kong]]" -> Science Park.

    An address without links ("5, Tvirska street, Kyiv") stays one unlinked place.
    """
    entities = [e for e in map(entity_of, split_items(value)) if e is not None]
    linked = [e for e in entities if e.title and e.title != ctx.article.title]
    if linked and entities[0].title is None and (_STREET.search(linked[0].title or "") or (
            not _HAS_DIGIT.search(entities[0].label) and not place_country(entities[0].label))
            or country_code(linked[0].title or "") is not None):
        # a building before a linked street ("Saengdao Tower, [[Sathon Road]]") or before a
        # linked area ("Bay House, [[Docklands]]"): the address as written is more specific
        # than the link. A street address ("94A, Povitroflotskyi Av., [[Kiev]]") or a known
        # town, region or country before the link leaves the link the place.
        # a town before a linked country ("Oslo, [[Norway]]") is the town, as written
        text = plain_text(value)
        if not _NO_PLACE.search(text):
            yield Entity(label=_without_country(text), kind="place"), ctx.cites(value), ()
    elif linked:
        yield linked[0], ctx.cites(value), ()
    elif entities:
        text = plain_text(value)
        if not _NO_PLACE.search(text):
            yield Entity(label=_without_country(text), kind="place"), ctx.cites(value), ()


def _without_country(text: str) -> str:
    """An unlinked "Kyiv, Ukraine" is the town, as "[[Kyiv]], [[Ukraine]]" is: the country after
    the last comma is dropped, except from a street address ("5 Main Street, Kyiv, Ukraine") and
    from a country alone."""
    head, comma, tail = text.rpartition(",")
    if comma and head.strip() and not _HAS_DIGIT.search(text) and country_code(tail) \
            and not country_code(head.split(",")[0]):
        return head.strip()
    return text


# a linked street ("[[Sathon Road]]", "[[Rue de Rivoli]]")
_STREET = re.compile(r"\b(?:road|street|avenue|boulevard|lane|drive|square|place|way|highway|rue|strasse|"
                     r"straße|calle|avenida|via|jalan|thanon)\b", re.I)
_HAS_DIGIT = re.compile(r"\d")
# "Multiple (see Offices)", "Various": no place
_NO_PLACE = re.compile(r"^(?:multiple|various|several|none|n/?a)\b|\bsee\b", re.IGNORECASE)


def _country(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    """The country a country parameter names: "England, United Kingdom" is the United
    Kingdom (the part that is a country), "[[Hong Kong]]" Hong Kong; else as a place."""
    entities = [e for e in map(entity_of, split_items(value)) if e is not None]
    countries = [e for e in entities if country_code(e.title or e.label)]
    if countries:
        found = countries[-1]
        label = found.label
        if found.title is None and len(label.replace(".", "")) <= 4:  # "U.S.", "UK", "UAE"
            label = country_name(country_code(label))
        yield Entity(label, found.title, kind="place"), ctx.cites(value), ()
    else:
        yield from _location(value, ctx)


def _first_text(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    """The first line of a name ("Ukrainian Railways<br>{{lang|uk|...}}" -> the English one),
    without its abbreviation in parentheses ("Helsinki Rights Union (HRU)")."""
    items = split_items(value)
    if items:
        for text, cites, quals in _text(items[0], ctx):
            yield LangText(_without_abbreviation(text.text), text.lang), cites, quals


_ABBREVIATION = re.compile(r"(.+?)\s*\(([A-Z][A-Z&]{1,7})\)")


def _without_abbreviation(name: str) -> str:
    """"Ukrainian Helsinki Human Rights Union (UHHRU)" -> the name: the letters in parentheses are
    the name's capitals in order, beginning with its first ("(Shanghai)", "(AG)" of a name
    without those capitals stay)."""
    m = _ABBREVIATION.fullmatch(name)
    if not m:
        return name
    head, abbreviation = m.groups()
    capitals = iter(c for c in head if c.isupper())
    if head[:1] == abbreviation[:1] and all(any(c == a for c in capitals) for a in abbreviation):
        return head
    return name


def _date(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    date = parse_date(value)
    if date is not None:
        yield date, ctx.cites(value), ()


# A founding place is a link right after the date, a comma or a line break, or after "in",
# "at" or "near"; a link after "as", "by", "merger of"... names a company or a person.
_PLACE_CUE = re.compile(r"(?:^|\b(?:in|at|near))[\s,;]*$", re.I)
# the words of a date written as text ("1 January 1992; 32 years ago, [[Zagreb]]")
_DATE_WORDS = re.compile(r"\b(?:\d{1,4}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
                         r"july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
                         r"c\.|circa|years?|ago)\b\.?", re.I)


def _founded(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    """Founding date, and the founding place when the value links one after the date.

    "{{Start date and age|1911|06|16}} (as [[CTR]])<br />[[Endicott, New York]], U.S." gives
    1911-06-16 and Endicott, New York; links inside parentheses (former names) are skipped.
    """
    yield from _date(value, ctx)
    depth = 0
    before = ""  # the text since the date or the line break before the link
    for node in value.nodes:
        if isinstance(node, Text):
            depth += str(node).count("(") - str(node).count(")")
            before += str(node)
        elif isinstance(node, (Tag, Template)):
            before = ""
        elif isinstance(node, Wikilink) and depth <= 0:
            title = canonical_title(str(node.title))
            if title and title != ctx.article.title and _PLACE_CUE.search(_DATE_WORDS.sub("", before)):
                label = plain_text(node.text) if node.text else title
                yield Entity(label=label, title=title, kind="place"), ctx.cites(value), (("as", "foundingLocation"),)
                return
            before += plain_text(node)


def _money(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    """A figure, or one per list item: "{{ubl|US$ 50 million (2014)|US$ 53 million (2013)}}"
    is two years of the same measure."""
    items = split_items(value)
    for item in items if len(items) > 1 else [value]:
        money = parse_money(item, year_hint=ctx.year_hint(), accounting=True)
        if money is not None:
            yield with_linked_sign(money, plain_text(item), ctx.currency_signs()), ctx.cites(item), ()


# A range of figures before any parenthesis ("2,000–3,000 (2022)", "40 to 50"): no one count.
_RANGE = re.compile(r"\d\s*(?:[–—-]|to)\s*\d")


def _quantity(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    if _RANGE.search(plain_text(value).split("(")[0]):
        return
    q = parse_quantity(value, year_hint=ctx.year_hint())
    if q is not None:
        yield q, ctx.cites(value), ()


# When a role began, after it ("CEO, since 2019", "Chair from March 2015", "CEO, 2019–present"):
# a date of the role, not part of its name.
_ROLE_START = re.compile(r"[,;]?\s*(?:(?:since|from)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+)?(?:1[89]|20)\d\d"
                         r"|(?:1[89]|20)\d\d\s*[–—-]\s*(?:present|now|today)?)\s*$")


# A role written with a word that makes another holder than the office's ("Deputy", "Assistant"):
# the office its link names is not the person's (an interim or acting holder holds it).
_QUALIFIED_ROLE = re.compile(r"\b(?:vice|deputy|honorary|former|incoming|assistant|associate"
                             r"|designate|elect|emeritus|co)\b", re.I)


def _office(role: Role, links: list[Wikilink]) -> str | None:
    """The office a role's link names where the shown text names none the infobox knows:
    "[[Chief executive officer|Executive director]]" is the chief executive. Not where the
    shown text is qualified ("[[Chief executive officer|Deputy CEO]]") or itself a head."""
    shown = (role.role or "").strip()
    if not shown or _CEO.search(shown) or _CHAIR.search(shown) or _QUALIFIED_ROLE.search(shown):
        return None
    for link in links:
        if link.text is not None and plain_text(as_code(link.text)).strip() == shown:
            target = canonical_title(str(link.title))
            return target if target.lower() != shown.lower() else None
    return None


def _people(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    """Key people with their roles, each without when it began; each keeps the citation of
    its own list item, and the office its role links to (``_office``) as an "office" qualifier."""
    items = [(plain_text(item), ctx.cites(item), item.filter_wikilinks()) for item in split_items(value)]
    for role in parse_people(value):
        cites, links = next(((c, k) for text, c, k in items if role.holder.label in text), ([], []))
        if role.role and _ROLE_START.search(role.role):
            role = Role(role.holder, _ROLE_START.sub("", role.role).strip() or None)
        office = _office(role, links)
        yield role, cites, ((("office", office),) if office else ())


def _leader(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    role = ctx.qualifier_text()
    for person in parse_people(value):
        yield Role(person.holder, person.role or role), ctx.cites(value), ()


# {{OMX}} names Nasdaq Nordic; a company of one of its markets' countries is listed on that
# market ("{{OMX|SOLV B}}" of a Danish company is on Nasdaq Copenhagen).
_NASDAQ_NORDIC_MARKETS = {
    "DK": "Nasdaq Copenhagen", "SE": "Nasdaq Stockholm", "FI": "Nasdaq Helsinki",
    "IS": "Nasdaq Iceland", "EE": "Nasdaq Tallinn", "LV": "Nasdaq Riga", "LT": "Nasdaq Vilnius",
}


def _company_country(ctx: _Ctx) -> str | None:
    for name, raw in ctx.box.params.items():
        if _param_key(name) in COUNTRY_PARAMS:
            code = country_code(plain_text(raw))
            if code:
                return code
    return None


def _listings(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    """Current listings: an item marked as ended ("Formerly {{LSE|TWR}} (1989–2006)") is none."""
    found = company_country(ctx.box.params)
    country = found[0] if found else None
    for listing in dict.fromkeys(x for item in current_items(value) for x in parse_listings(item, country)):
        if listing.exchange_entity is not None and listing.exchange_entity.title == "Nasdaq Nordic":
            market = _NASDAQ_NORDIC_MARKETS.get(_company_country(ctx) or "")
            if market:
                listing = replace(listing, exchange_entity=Entity(market, market, kind="organization"))
        yield listing, ctx.cites(value), ()
    for index in parse_index_memberships(value):
        yield index, [], (("as", "indexMembership"),)


def _codes(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    for code in re.findall(r"\b[A-Z]{2}[A-Z0-9]{9}\d\b", plain_text(value)):
        yield LangText(code), ctx.cites(value), ()


def _url(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    for link in parse_urls(value):
        yield link, ctx.cites(value), ()


def _image(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    text = plain_text(value) or str(value).strip()
    name = re.sub(r"^(file|image)\s*:", "", text.split("|")[0].strip(" []"), flags=re.I).strip()
    if name and "." in name and "{" not in name:
        yield Link(_COMMONS + name.replace(" ", "_")), [], ()


def _native_name(value: Wikicode, ctx: _Ctx) -> Iterator[Parsed]:
    lang_raw = ctx.box.params.get("native_name_lang")
    lang = plain_text(lang_raw).strip() or None if lang_raw is not None else None
    names = parse_names(value)
    if not names:
        text = plain_text(value)
        names = [LangText(text, lang)] if text else []
    for name in names:
        yield (LangText(name.text, name.lang or lang), ctx.cites(value), ())


PARSERS: dict[str, Callable[[Wikicode, _Ctx], Iterator[Parsed]]] = {
    "text": _text,
    "texts": _texts,
    "former_names": _former_names,
    "first_text": _first_text,
    "entities": _entities,
    "legal_forms": _legal_forms,
    "persons": _persons,
    "organizations": _organizations,
    "areas": _areas,
    "location": _location,
    "country": _country,
    "date": _date,
    "founded": _founded,
    "money": _money,
    "quantity": _quantity,
    "people": _people,
    "leader": _leader,
    "listings": _listings,
    "codes": _codes,
    "url": _url,
    "image": _image,
    "native_name": _native_name,
}


# ---------------------------------------------------------------- extractor


def _param_key(name: str) -> str:
    return re.sub(r"[\s_]+", "_", name.strip().lower())


def extract(article: Article, any_infobox: bool = False) -> Iterator[Fact]:
    """Facts from the article's company-like infobox and its language-name templates.

    A value stated twice (a native name in the infobox and in {{Chinese}}, also when one of
    them has the narrower language tag) is one fact.
    """
    facts = list(dict.fromkeys(_extract(article, any_infobox)))
    seen: set[tuple[str, object]] = set()
    tagged = {(f.prop, f.value.text, f.value.lang) for f in facts if isinstance(f.value, LangText) and f.value.lang}
    for fact in facts:
        key = (fact.prop, fact.value)
        if key in seen or _less_specific(fact, tagged):
            continue
        seen.add(key)
        yield fact


def _less_specific(fact: Fact, tagged: set[tuple[str, str, str]]) -> bool:
    """A name stated again with a narrower language tag ("zh" beside "zh-Hans") is that name."""
    value = fact.value
    if not isinstance(value, LangText) or not value.lang:
        return False
    return any(p == fact.prop and t == value.text and lang.startswith(value.lang + "-") for p, t, lang in tagged)


def _extract(article: Article, any_infobox: bool) -> Iterator[Fact]:
    box = company_infobox(article, any_infobox)
    if box is None:
        return
    table = param_table()
    section = f"Infobox {box.name.removeprefix('infobox ').strip()}"
    for raw_name, value in box.params.items():
        key = _param_key(raw_name)
        if key not in table or not str(value).strip():
            continue
        prop, parser, year_param = table[key]
        ctx = _Ctx(article, box, year_param)
        parsed_all = list(PARSERS[parser](value, ctx))
        ceo_named = any(isinstance(p, Role) and _heads(p, _EXPLICIT_CEO) for p, _, _ in parsed_all)
        for parsed, cites, quals in parsed_all:
            prov = Provenance(
                article=article.title,
                revision=article.revision,
                section=section,
                citations=tuple(cites),
                extractor=NAME,
                param=key,
            )
            actual = dict(quals).get("as", prop)
            office = dict(quals).get("office")
            quals = tuple(q for q in quals if q[0] not in ("as", "office"))
            yield Fact(article.title, actual, parsed, prov, quals)
            if isinstance(parsed, Role):
                head = Role(parsed.holder, office) if office else parsed
                # beside an item that names the chief executive, an office read from a link is not one
                if _heads(head, _CEO) and (not ceo_named or (not office and _EXPLICIT_CEO.search(head.role or ""))):
                    yield Fact(article.title, "chiefExecutiveOfficer", parsed.holder, prov)
                if _heads(head, _CHAIR):
                    yield Fact(article.title, "chairperson", parsed.holder, prov)
    # language-tagged names from {{Chinese}}, {{Infobox Korean name}} and the first paragraph
    for name in names_from_templates(_name_zone(article)):
        yield Fact(
            article.title,
            "nativeName",
            name,
            Provenance(article=article.title, revision=article.revision, section=None, extractor=NAME),
        )


def _heads(role: Role, pattern: re.Pattern[str]) -> bool:
    """Whether the role is a current one of this company that the pattern names: a role in
    another organisation or one that ended ("CEO, 2009–2021") makes no chief executive or chair."""
    text = role.role
    return bool(text and pattern.search(text) and not _OTHER_ORG.search(text)
                and not FORMER.search(text) and not _ENDED.search(text))


def _name_zone(article: Article) -> Wikicode:
    """Where an article states the subject's names: the lead up to its first copula.

    In Samsung, {{lang-ko|...}} before " is " names the company; {{lang|ko-Latn|chaebol}}
    after it names a kind of company; templates further down name other things.
    """
    nodes = []
    seen_text = False
    for node in article.code.nodes:
        if isinstance(node, Heading):
            break
        if isinstance(node, Text) and seen_text:
            m = _COPULA.search(str(node))
            if m:
                nodes.append(Text(str(node)[: m.start()]))
                break
        if isinstance(node, Text) and str(node).strip():
            seen_text = True
        nodes.append(node)
    return Wikicode(nodes)


def subject_class(article: Article) -> str | None:
    box = company_infobox(article)
    return template_classes().get(box.name) if box else None


__all__ = ["Entity", "NAME", "company_infobox", "extract", "param_table", "subject_class"]
