"""Relations extractor: partners, customers, suppliers, investors, joint-venture partners and
research collaborators named anywhere in the article.

A relation needs a cue (``kg/data/relation_cues.tsv``) and a counterparty that is an
organisation-like name next to it: the names enumerated right after the cue ("partnered with
A, B and C"), or right before it ("A and B formed a joint venture"), as the cue's ``side``
says. Enumerations split on commas and "and" only *between* names, never inside a linked name.
The company itself (and its own units, "Samsung SDI") is never its own counterparty; lower-case
links ("strategic alliance", "nonprofit") and generic words are not counterparties.

Dates and entity mentions come from the narrative layer (``kg.text.narrative.dated_sentences``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property, lru_cache
from importlib.resources import files

from kg.model import DateValue, Entity, Fact
from kg.text import kinds, mentions
from kg.text.cue_dates import date_by_cue
from kg.text.items import split_items
from kg.text.narrative import DatedSentence, dated_sentences, literal_index, sentence_provenance
from kg.text.parse import Article, Mention
from kg.text.patterns import passes, required_literals
from kg.text.render import plain_text

NAME = "relations"

TYPES = ("partner", "customer", "supplier", "investor", "jointVenturePartner", "researchCollaborator")
SIDES = ("object", "subject", "either", "reverse", "joint", "selfobj", "stakes", "passive", "buyer")
STRENGTHS = ("strong", "weak")


# ---------------------------------------------------------------- tables


def _rows(name: str) -> list[list[str]]:
    text = files("kg.data").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]  # the first row names the columns


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern
    type: str
    side: str
    gate: tuple[str, ...] | None = None  # the pattern's required_literals: a cheap first test
    strength: str = "strong"  # strong | weak: how directly the cue states the relation
    known: bool = False  # the counterparty must be linked or called an organisation by the article
    channel: bool = False  # a sales channel: a customer of a maker, a partner of a retailer


@dataclass(frozen=True)
class Cues:
    cues: tuple[Cue, ...]
    refine: tuple[tuple[re.Pattern, str], ...]
    veto: tuple[tuple[re.Pattern, str], ...]
    sections: tuple[tuple[re.Pattern, str], ...]
    notname: frozenset[str]
    orgnouns: frozenset[str]
    generic: frozenset[str]
    prefilter: tuple[str, ...]  # keywords every cue contains: a cheap first test per sentence
    retailer: tuple[re.Pattern, ...] = ()  # infobox industries of companies that sell to consumers


@lru_cache(maxsize=1)
def cues() -> Cues:
    """Load and check ``relation_cues.tsv`` once."""
    cue_rows: list[Cue] = []
    refine, veto, sections, notname, orgnouns, generic, retailer = [], [], [], set(), set(), set(), []
    prefilter = None
    for n, row in enumerate(_rows("relation_cues.tsv"), start=2):
        row = row + [""] * (6 - len(row))
        kind, pattern, type_, side, strength, flags = (c.strip() for c in row[:6])
        where = f"relation_cues.tsv row {n}"
        if kind in ("cue", "refine", "section", "veto") and type_ not in TYPES:
            raise ValueError(f"{where}: unknown relation type {type_!r}")
        if kind == "cue":
            if side not in SIDES:
                raise ValueError(f"{where}: unknown side {side!r}")
            if strength not in ("", *STRENGTHS):
                raise ValueError(f"{where}: unknown strength {strength!r}")
            flagset = {f.strip() for f in flags.split(",") if f.strip()}
            if flagset - {"known", "channel"}:
                raise ValueError(f"{where}: unknown flags {sorted(flagset - {'known', 'channel'})}")
            compiled = re.compile(pattern, re.IGNORECASE)
            cue_rows.append(Cue(compiled, type_, side, required_literals(compiled), strength or "strong",
                                "known" in flagset, "channel" in flagset))
        elif kind == "refine":
            refine.append((re.compile(pattern, re.IGNORECASE), type_))
        elif kind == "veto":
            veto.append((re.compile(pattern, re.IGNORECASE), type_))
        elif kind == "section":
            sections.append((re.compile(pattern, re.IGNORECASE), type_))
        elif kind == "notname":
            notname.add(pattern)
        elif kind == "prefilter":
            prefilter = tuple(k for k in pattern.lower().split("|") if k)
        elif kind == "orgnoun":
            orgnouns.add(pattern)
        elif kind == "generic":
            generic.add(pattern.lower())
        elif kind == "retailer":
            retailer.append(re.compile(pattern, re.IGNORECASE))
        else:
            raise ValueError(f"{where}: unknown kind {kind!r}")
    if prefilter is None:
        raise ValueError("relation_cues.tsv: no prefilter row")
    return Cues(tuple(cue_rows), tuple(refine), tuple(veto), tuple(sections), frozenset(notname), frozenset(orgnouns),
                frozenset(generic), prefilter, tuple(retailer))


# ---------------------------------------------------------------- names

# An unlinked organisation name: capitalised words, with "of", "for", "&"... inside.
_WORD = r"[A-Z][\w'’&.-]*+(?![$€£¥])"
_NAME = re.compile(
    rf"{_WORD}(?:(?:\s+(?:of|for|de|du|des|del|la|le|von|van|und)(?:\s+the)?)?\s+{_WORD}|\s*&\s*{_WORD})*"
)
_THE = re.compile(r"the\s+", re.IGNORECASE)
# descriptors before a linked name: "the UK-based BP", "the brewing company Heineken"
_DESCRIPTOR = re.compile(r"(?:[a-z][\w-]*\s+){1,4}")
_BASED = re.compile(r"(?:[A-Z][\w.]*-based|[A-Z][\w.]*\s+[A-Z][\w.]*-based)\s+")
_POSSESSIVE = re.compile(r"['’]s\s+(?=[A-Z])")
_UNIT_OF = re.compile(r"\s+(?:subsidiary|unit|division|arm)(?:\s+of)?\s+(?:the\s+)?(?=[A-Z])")
_SUFFIX = re.compile(r",?\s*(?:Ltd|Inc|LLC|Co|Corp|plc|S\.A|AG|GmbH|B\.V|N\.V)\.?(?=[\s,;.]|$)")
_FUNCTION_WORDS = frozenset("in at on of to from by with for or the a an into over under near its their his her was were is are".split())
_PAREN = re.compile(r"\s*\([^()]*\)")
_SEPARATOR = re.compile(
    r"\s*(?:,?\s+and,\s+(?:for|in|on|at|since|until|from|through)\b[^,;.]{1,60},\s+|"  # "A and, for its network, B"
    r",\s*(?:and\s+|&\s+)?|\s+and(?:/or)?\s+|\s+&\s+|\s+as well as\s+)(?:(?:by|from|with|through)\s+(?=\S))?")
# a relative clause or a share between two items of an enumeration
_ASIDE = re.compile(r",\s+(?:which|who|whose|with)\b[^,;()]{1,120}?(?=,\s+(?:and\s+)?(?:by\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[A-Z])")
# a share written after an owner: "X (55 per cent)", "X, with 6.1 per cent"
_STAKE_AFTER = re.compile(r"\s*(?:\(|,\s+with\s+)(?:about |around |some |nearly |almost )?\d+(?:\.\d+)?\s?(?:per ?cent|percent|%)")
_KEEP_DOT = re.compile(r"(?:Inc|Co|Ltd|Corp|Bros|Pte|plc|L\.P|S\.A|N\.V|A\.G)\.$")
_TAIL = re.compile(r"\s*(?:,\s*)?(?:(?:together|jointly|also|have|has|had|both|all|then|later|would|will|did)\s+)*$")


@dataclass(frozen=True)
class Counterparty:
    entity: Entity
    start: int
    end: int


class _Sent:
    """A sentence's text with its mentions indexed by start offset."""

    def __init__(self, ds: DatedSentence):
        self.ds = ds
        self.text = ds.sentence.text

    @cached_property
    def by_start(self) -> dict[int, Mention]:
        by_start: dict[int, Mention] = {}
        for m in sorted(self.ds.mentions, key=lambda m: (m.start, -(m.end - m.start))):
            by_start.setdefault(m.start, m)
        return by_start


# infobox parameters that name the company's own side: its units and its earlier names
_OWN_PARAMS = ("subsid", "divisions", "former_name", "former name", "predecessor")
_LEGAL_TAIL = re.compile(r"(?:,?\s+(?:Limited|Ltd\.?|plc|PLC|Inc\.?|LLC|AG|GmbH|S\.A\.|Authority))+$")
_NAMES: list = [None, None]  # (article, names): the extractors of one article share them


def company_names(article: Article) -> tuple[str, ...]:
    """Lower-case names that denote the company's side: the company itself ("samsung",
    "ikea", "upc"; ``mentions.company_names``), the short name the article calls it by
    ("Tianlan" for Tianlan Auto), and the subsidiaries, divisions, former names and
    predecessors its infobox lists ("Lune and Eden Water Limited" is "lune and eden water")."""
    if _NAMES[0] is article:
        return _NAMES[1]
    names = set(mentions.company_names(article))
    for box in article.infoboxes:
        for param, value in box.params.items():
            if not param.startswith(_OWN_PARAMS):
                continue
            for item in split_items(value):
                text = _PAREN.sub("", plain_text(item)).strip(" ,;")
                text = _LEGAL_TAIL.sub("", text).strip()
                if len(text) > 2 and text[:1].isupper():
                    names.add(text.lower())
    short = _short_name(article)
    if short:
        names.add(short)
    result = tuple(sorted(names))
    _NAMES[0], _NAMES[1] = article, result
    return result


def _short_name(article: Article) -> str | None:
    """The title's first word when the article calls the company by it alone, at least three
    times ("Tianlan signed ..." in Tianlan Auto): not followed or preceded by another
    capitalised word, so "General" in General Motors never qualifies."""
    words = re.sub(r"\s*\(.*\)$", "", article.title).split()
    if len(words) < 2 or not words[0][:1].isupper() or len(words[0]) < 4 or words[0] in cues().notname:
        return None
    if kinds.is_place_adjective(words[0]):
        return None  # "Ukrainian" in Ukrainian Railways
    if kinds.place_by_name(words[0]) and not _acts_as_subject(words[0], article):
        return None  # "Toronto" in Toronto Star: the city, written after "in"
    alone = re.compile(rf"(?<![A-Z][\w.]\s)(?<![\w-]){re.escape(words[0])}(?![\w-])(?!\s+[A-Z&])")
    count = 0
    for sentence in article.sentences:
        if words[0] in sentence.text:
            count += len(alone.findall(sentence.text))
            if count >= 3:
                return words[0].lower()
    return None


_ACTS = ("has|had|was|is|signed|bought|sold|acquired|announced|opened|launched|agreed|formed|became|said|began|"
         "started|entered|closed|raised|cut|won|floated|moved|offered|introduced|reported|expanded|chose|paid")


def _acts_as_subject(word: str, article: Article) -> bool:
    """A place's name that the article uses as the subject of the company's acts ("Boronia
    signed ...", for a company named after its suburb) at least five times, and more than
    twice as often as after a preposition of place ("in Boronia")."""
    w = re.escape(word)
    acts = re.compile(rf"(?<![\w-]){w}\s+(?:{_ACTS})\b")
    place = re.compile(rf"\b(?:in|at|near|from|to|of|around|outside|across)\s+{w}(?![\w-])")
    n_acts = n_place = 0
    for sentence in article.sentences:
        if word in sentence.text:
            n_acts += len(acts.findall(sentence.text))
            n_place += len(place.findall(sentence.text))
    return n_acts >= 5 and n_acts > 2 * n_place


@lru_cache(maxsize=256)
def _joined_names(names: tuple[str, ...]) -> re.Pattern | None:
    """The company's own names that hold a separator ("lune and eden water"), as one pattern."""
    joined = [n for n in names if " and " in n or ", " in n or " & " in n]
    if not joined:
        return None
    return re.compile("|".join(rf"{re.escape(n)}(?![\w-])" for n in sorted(joined, key=len, reverse=True)))


@lru_cache(maxsize=256)
def _self_pattern(names: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(rf"(?<![\w-]){re.escape(n)}(?![\w-])" for n in names) or r"(?!)")


def is_self(entity: Entity, names: tuple[str, ...], article: Article) -> bool:
    """The company itself or one of its own units ("Samsung SDI" in the Samsung article)."""
    if entity.title and entity.title == article.title:
        return True
    pat = _self_pattern(names)
    return bool(pat.search(entity.label.lower()) or (entity.title and pat.search(entity.title.lower())))


def as_organization(entity: Entity, article: Article) -> Entity | None:
    """The entity as a counterparty, or None when it is a place or a person (a partner,
    customer, supplier or investor is an organisation). A piped link whose text names an
    organisation and whose target is a place or a person (``[[Shanghai|Shanghai Municipal
    Government]]``) stands for the organisation, without the target's title."""
    known = kinds.kinds(article)
    kind = known.kind(entity)
    if kind in (kinds.PLACE, kinds.PERSON, kinds.EVENT):
        return None
    if entity.title and entity.label != entity.title and known.kind(Entity(entity.title, entity.title)) in (
            kinds.PLACE, kinds.PERSON, kinds.EVENT):
        return Entity(entity.label) if known.label_kind(entity) == kinds.ORGANIZATION else None
    return entity


_PREFIXES: list = [None, None]  # (article, {first words: titles}): one article at a time
_DISAMBIGUATOR = re.compile(r"\s*\([^)]*\)$")


def _prefix_titles(article: Article) -> dict[str, set[str]]:
    """The first words of the names the article links, lower case, and the titles they begin
    ("itaú" -> Itaú Unibanco, "chalmers" -> Chalmers University of Technology)."""
    if _PREFIXES[0] is article:
        return _PREFIXES[1]
    found: dict[str, set[str]] = {}
    for title, label in article.links.items():
        if not title or title.startswith(("File:", "Image:", "Category:")):
            continue
        for name in {label, _DISAMBIGUATOR.sub("", title)}:
            words = name.split()
            if not name[:1].isupper():
                continue
            for n in range(1, len(words)):
                found.setdefault(" ".join(words[:n]).lower(), set()).add(title)
    _PREFIXES[0], _PREFIXES[1] = article, found
    return found


def _resolve(label: str, article: Article) -> Entity:
    """The entity an unlinked name stands for: the link of the same name, else the one linked
    organisation whose name it begins ("Itaú" for an article that links Itaú Unibanco, "JFE"
    for JFE Steel), when it begins only one and is not itself a place."""
    title = article.label_index.get(label.lower())
    if title is None and len(label) >= 3:
        titles = _prefix_titles(article).get(label.lower())
        if titles is not None and len(titles) == 1 and not _place_word(label, article):
            title = next(iter(titles))
    return Entity(label=label, title=title)


def _place_word(name: str, article: Article) -> bool:
    """A place or a place's adjective ("Gothenburg", "Portuguese"), by the name alone or by
    what the article says of it."""
    return bool(kinds.is_place_adjective(name) or kinds.place_by_name(name)
                or kinds.kinds(article).kind(Entity(name)) == kinds.PLACE)


def valid_name(name: str, table: Cues) -> bool:
    words = name.split()
    if not words or words[0] in table.notname or name.lower() in table.generic or name.endswith("-based"):
        return False
    if all(w in table.notname for w in words):
        return False
    if len(words) == 1 and kinds.is_place_adjective(name):
        return False  # "Portuguese" in "the Portuguese retailer Sonae"
    return any(ch.isalpha() for ch in name)


def _item_at(s: _Sent, pos: int, article: Article, table: Cues) -> tuple[Entity, int] | None:
    """The name starting at ``pos`` (after "the", a possessor, "X-based" or a descriptor)."""
    text = s.text
    m = _THE.match(text, pos)
    if m:
        pos = m.end()
    m = _BASED.match(text, pos)
    if m:
        pos = m.end()
    got = _name_at(s, pos, article, table)
    if got is None or _place_word(got[0].label, article) or kinds.kinds(article).kind(got[0]) == kinds.PLACE:
        # a place or its adjective that qualifies a descriptor: "the American steelmaker
        # Armco", "the Gothenburg football club BK Häcken"
        q = got[1] if got is not None else _qualifier_end(text, pos, article)
        if q is not None:
            named = _described(s, q + 1, article, table, qualified=True) if text[q : q + 1] == " " else None
            if named is not None:
                return named
    if got is None:
        got = _described(s, pos, article, table)
    if got is not None:
        poss = _POSSESSIVE.match(text, got[1])
        if poss and kinds.kinds(article).kind(got[0]) == kinds.PLACE:
            # "Japan's Toray Industries": a place that possesses is not the item
            return _item_at(s, poss.end(), article, table) or got
        unit = _UNIT_OF.match(text, got[1])
        if unit:  # "the GE Lighting subsidiary of General Electric", "Wacker subsidiary Siltronic"
            return _item_at(s, unit.end(), article, table) or got
        if poss:  # "the University of Basel's Biozentrum": the organisation that owns the unit
            return got[0], poss.end() - len(poss.group(0).lstrip("'’s"))
    return got


_QUALIFIER = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?=\s+[a-z])")


def _qualifier_end(text: str, pos: int, article: Article) -> int | None:
    """Where a place's name or adjective written at ``pos`` ends ("American", "South Korean")."""
    m = _QUALIFIER.match(text, pos)
    return m.end() if m and _place_word(m.group(0), article) else None


def _orgnoun(words: list[str], table: Cues) -> bool:
    """The descriptor ends with an organisation noun ("hedge fund", "tire makers", "asset manager")."""
    last = words[-1]
    nouns = table.orgnouns
    return last in nouns or (last.endswith("s") and last[:-1] in nouns) or " ".join(words[-2:]) in nouns


def _described(s: _Sent, pos: int, article: Article, table: Cues, qualified: bool = False) -> tuple[Entity, int] | None:
    """The name after a lower-case descriptor at ``pos``: before a linked name any descriptor
    will do; before an unlinked one it must end with an organisation noun ("the hedge fund
    Bridgepoint"); a plural one may be followed by a comma ("the three grocery groups, A, B
    and C"). "the school kitchens of the [[X]]": the linked X that owns what is described."""
    text = s.text
    d = _DESCRIPTOR.match(text, pos)
    words = d.group(0).split() if d else []
    if not words or words[0] == "and":
        return None
    if words[0].endswith(("ed", "ing")) and not qualified and not _ARTICLE_BEFORE.search(text, 0, pos):
        return None  # "... and toured supporting [[X]]": a verb, not a descriptor
    if not _FUNCTION_WORDS.intersection(words):
        if d.end() in s.by_start or _orgnoun(words, table):
            return _name_at(s, d.end(), article, table)
    plural = _PLURAL_APPOSITION.match(text, pos)
    if plural:
        words = plural.group(1).split()
        if not _FUNCTION_WORDS.intersection(words) and _orgnoun(words, table):
            return _name_at(s, plural.end(), article, table)
    of = _OF_OWNER.match(text, pos) if text[max(0, pos - 4) : pos].lower() == "the " else None
    if (of and of.end() in s.by_start and not _FUNCTION_WORDS.intersection(of.group(1).split())
            and not set(of.group(1).split()) & set(kinds.vocabulary().personroles)):
        mention = s.by_start[of.end()]
        if kinds.kinds(article).kind(mention.entity) != kinds.PLACE:
            return _name_at(s, of.end(), article, table)
    return None


_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)|['’]s)\s+$", re.IGNORECASE)
_OF_OWNER = re.compile(r"((?:[a-z][\w-]*\s+){1,3})of\s+(?:the\s+)?")
_PLURAL_APPOSITION = re.compile(r"((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s),\s+(?=[A-Z])")


def _name_at(s: _Sent, pos: int, article: Article, table: Cues) -> tuple[Entity, int] | None:
    text = s.text
    joined = _joined_names(company_names(article))
    if joined is not None:  # "Lune and Eden Water" is one of the company's own names, not two
        own = joined.match(s.ds.low, pos)
        if own:
            return Entity(text[pos : own.end()]), own.end()
    mention = s.by_start.get(pos)
    if mention is not None:
        label = mention.entity.label
        if label.islower() or label.lower() in table.generic:
            return None  # a common-noun link ("nonprofit", "strategic alliance")
        return mention.entity, mention.end
    m = _NAME.match(text, pos)
    if not m:
        return None
    name = m.group(0)
    if name.endswith(".") and not _KEEP_DOT.search(name):
        name = name[:-1]
    name = name.rstrip("'’")
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    if not valid_name(name, table):
        return None
    return _resolve(name, article), pos + len(name)


def enumeration(s: _Sent, pos: int, article: Article, table: Cues, limit: int | None = None) -> tuple[list[Counterparty], int]:
    """Names enumerated from ``pos``: "A, B (BB), and the C"; returns them and where they end."""
    text = s.text
    limit = len(text) if limit is None else limit
    items: list[Counterparty] = []
    end = pos
    while True:
        p = pos
        while p < limit and text[p] == " ":
            p += 1
        got = _item_at(s, p, article, table)
        if got is None or got[1] > limit:
            break
        entity, stop = got
        items.append(Counterparty(entity, p, stop))
        suffix = _SUFFIX.match(text, stop)
        if suffix and suffix.end() <= limit:
            stop = suffix.end()
        paren = _PAREN.match(text, stop)
        if paren and paren.end() <= limit:
            stop = paren.end()
        end = stop
        aside = _ASIDE.match(text, stop)
        if aside and aside.end() < limit:  # "A, which buys wire, and B"; "A, with 6 per cent, and B"
            stop = aside.end()
        sep = _SEPARATOR.match(text, stop)
        if not sep or sep.end() >= limit:
            break
        pos = sep.end()
    return items, end


def _starts(text: str, lo: int, hi: int, s: _Sent) -> list[int]:
    out = {lo} | {m for m in s.by_start if lo <= m < hi}
    for m in re.finditer(r"(?<![\w'’-])[A-Za-z]", text[lo:hi]):
        out.add(lo + m.start())
    return sorted(out)


def subject_enumeration(s: _Sent, clause_start: int, cue_start: int, article: Article, table: Cues) -> list[Counterparty]:
    """The longest enumeration that ends right before the cue (modulo "together", commas)."""
    text = s.text
    for start in _starts(text, clause_start, cue_start, s):
        items, end = enumeration(s, start, article, table, limit=cue_start)
        if items and _TAIL.fullmatch(text[end:cue_start]):
            return items
    return []


# what follows an enumeration and tells the date of all its parties ("A and B, signed in 2016")
_OF_ALL = re.compile(r",?\s+(?:signed|agreed|announced|concluded|formed|made|struck|reached|renewed|extended)\b")
# a new clause of the same sentence that tells another act: ", and it conducts research ..."
_NEXT_ACT = re.compile(r",?\s+and\s+(?:it|the company|they|he|she)\s+(?=[a-z])")
_PRONOUN = re.compile(r"(?:^|\s)(?:it|the company)\s")
_CLAUSE = re.compile(r";|\s+(?:while|whereas)\s+")


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in _CLAUSE.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


# ---------------------------------------------------------------- extraction


_GAP = re.compile(r"[^.;]{0,80}?,?\s+and,?\s+(?:(?:until|since|for|in|from|after|before)\b[^,.;]{1,60},\s+)?"
                  r"(?:(?![\w-]+ed\b)[\w-]+\s+){0,3}?(from|through|to)\s+(?=\S)")


_BUYS = re.compile(r"[^.;]{0,30}?\b(?:agreed to (?:buy|acquire|take over)|bought|acquired|took over|offered to buy|"
                   r"made an offer for|bid for|took private)\s+")


@lru_cache(maxsize=256)
def _buys_self(names: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join([r"the company\b", r"it\b", *(rf"{re.escape(n)}(?![\w-])" for n in names)]))


_UNDER_CONTRACT = re.compile(r"\bunder (?:a|an|its|the|their)\b[^.;]{0,40}?\b(?:contract|agreement|licen[cs]e|deal)\b")
_DETERMINER = re.compile(r"(?:the|a|an|this|these|that|those)\b")
_POSSESSIVE_SELF = re.compile(r"\b(?:its|their|the company['’]s|the group['’]s)\b")


def _the_companys(low: str, c0: int, m: re.Match, c1: int, names) -> bool:
    """What a passive cue says is made or run by someone is the company's: its subject is
    possessed by the company ("Its distribution centres are run by X", "Acme's packaging ...")
    or a bare noun ("Packaging is made by X", "Distribution is handled by X"); after "which"
    or a comma (a relative clause) the clause before names what the company owns or does;
    or the clause says it is done under a contract ("the magazines are printed by X under a
    long-term contract")."""
    if _UNDER_CONTRACT.search(low, m.end(), c1):
        return True
    before = low[c0 : m.start()]
    subject = before[before.rfind(",") + 1 :].strip()
    if not subject or subject in ("which", "that") or m.group(0).startswith(","):
        return bool(_POSSESSIVE_SELF.search(before) or _self_pattern(names).search(before)
                    or re.search(r"\b(?:it|the company)\b", before))
    if _POSSESSIVE_SELF.match(subject) or any(subject.startswith(f"{n}'s") or subject.startswith(f"{n}’s") for n in names):
        return True
    return not _DETERMINER.match(subject)


def _ends_with_self(before: str, names) -> bool:
    """The subject right before a passive cue is the company ("Acme was run by", "it is owned by")."""
    head = re.sub(r"\s*\b(?:is|are|was|were|has been|have been|had been)\b.*$", "", before).strip()
    return bool(re.search(r"(?:^|\s)(?:it|the company|the group|the firm)$", head) or (
        head and any(head.endswith(n) for n in names)))


def _gapped(s: _Sent, cue: Cue, m: re.Match, obj: list[Counterparty], limit: int, article: Article,
            table: Cues) -> list[Counterparty]:
    """More counterparties of a cue that ends with "from", "through" or (a supplier's) "to", after "and" and the same
    preposition later in its clause: "bought from A under long-term contracts, and coal from
    B"; "bought from its joint venture and, until 2023, from C"."""
    prep = re.search(r"\b(from|through|to)$", m.group(0))
    if prep is not None and prep.group(1) == "to" and cue.type != "supplier":
        return []  # "contracted to A in X and, since 2020, to B"; not "sold to A and to B" (sales)
    if prep is None:
        return []
    start = obj[-1].end if obj else m.end()
    g = _GAP.match(s.text, start)
    if g is None or g.group(1) != prep.group(1) or g.end() >= limit:
        return []
    more, _ = enumeration(s, g.end(), article, table, limit=limit)
    return more


def _stakeholders(s: _Sent, lo: int, hi: int, article: Article, table: Cues) -> list[Counterparty]:
    """The names between ``lo`` and ``hi`` that a share follows: "owned by Holdco, a company
    controlled by funds of A (55 per cent) and by B (45 per cent)" gives A and B."""
    found: list[Counterparty] = []
    after = lo
    for start in _starts(s.text, lo, hi, s):
        if start < after:
            continue
        got = _item_at(s, start, article, table)
        if got is None or got[1] > hi:
            continue
        stop = got[1]
        suffix = _SUFFIX.match(s.text, stop)
        if suffix:
            stop = suffix.end()
        if _STAKE_AFTER.match(s.text, stop):
            found.append(Counterparty(got[0], start, got[1]))
            after = stop
    return found


def _counterparties(s: _Sent, cue: Cue, m: re.Match, article: Article, table: Cues, names) -> list[Counterparty]:
    c0, c1 = _clause_bounds(s.text, m.start())
    obj, _ = enumeration(s, m.end(), article, table, limit=c1)
    side = cue.side
    if side in ("object", "selfobj"):
        obj = obj + _gapped(s, cue, m, obj, c1, article, table)
    if side == "object":
        return obj
    if side == "stakes":
        return _stakeholders(s, m.end(), c1, article, table)
    if side == "buyer":
        # "a consortium of A and B agreed to buy Acme": A and B buy the company itself
        buys = _BUYS.match(s.ds.low, obj[-1].end) if obj else None
        return obj if buys and _buys_self(names).match(s.ds.low, buys.end()) else []
    if side == "passive":
        # "its packaging is made by X", not "Acme was run by X" (the company's own owners or managers)
        if _ends_with_self(s.ds.low[c0 : m.start()], names):
            return []
        if obj and _self_pattern(names).search(s.ds.low, obj[-1].end, c1):
            return []  # "built by X with technology licensed by Acme": Acme is the one that supplies
        if not _the_companys(s.ds.low, c0, m, c1, names):
            return []  # "The audio logo was produced by X": whose logo, the sentence does not say
        return obj + _gapped(s, cue, m, obj, c1, article, table)
    if side == "selfobj":
        before = s.text[c0 : m.start()].lower()
        if _self_pattern(names).search(before) or _PRONOUN.search(before):
            return obj
        return []
    subj = subject_enumeration(s, c0, m.start(), article, table)
    obj_self = bool(obj) and all(is_self(c.entity, names, article) for c in obj)
    if side == "subject":
        return subj
    if side == "either":
        others = [c for c in obj if not is_self(c.entity, names, article)]
        return others if others else (subj if obj_self or not obj else [])
    if side == "reverse":
        return subj if obj_self else []
    if side == "joint":
        return subj if any(is_self(c.entity, names, article) for c in subj) else []
    return []


def relations_in(s: _Sent, article: Article, table: Cues, names, candidates=None) -> list[tuple[str, Counterparty, Cue, re.Match]]:
    """(type, counterparty, cue, its match) stated by one sentence, in text order, without
    repeats. ``candidates``: the cues whose keyword gate the sentence passes, when known."""
    text = s.text
    if candidates is None:
        if not any(k in s.ds.low for k in table.prefilter):
            return []
        candidates = [cue for cue in table.cues if passes(cue.gate, s.ds.folded)]
    taken: list[tuple[int, int]] = []
    found: list[tuple[str, Counterparty, Cue, re.Match]] = []
    seen: set[tuple[str, str]] = set()
    for cue in candidates:
        for m in cue.pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            parties = []
            for c in _counterparties(s, cue, m, article, table, names):
                if is_self(c.entity, names, article) or m.start() <= c.start < m.end():
                    continue
                entity = as_organization(c.entity, article)
                if entity is not None and cue.known and not (
                        entity.title or kinds.kinds(article).kind(entity) == kinds.ORGANIZATION):
                    continue
                if entity is not None:
                    parties.append(Counterparty(entity, c.start, c.end))
            if not parties:
                continue
            taken.append((m.start(), m.end()))
            type_ = cue.type
            if cue.channel and sells_to_consumers(article, table):
                type_ = "partner"  # "a supermarket chain sells through a delivery app": a partner
            c0, c1 = _clause_bounds(text, m.start())
            if type_ == "partner":
                # the cue's own conjunct: not "..., and it conducts research with Y" after it
                nxt = _NEXT_ACT.search(text, m.end(), c1)
                r1 = nxt.start() if nxt else c1
                for pat, new in table.refine:
                    if pat.search(text, c0, r1):
                        type_ = new
                        break
            if any(_family(type_) == _family(t) and pat.search(text, c0, c1) for pat, t in table.veto):
                continue
            for c in parties:
                key = (type_, c.entity.title or c.entity.label.lower())
                if key not in seen:
                    seen.add(key)
                    found.append((type_, c, cue, m))
    return found


def relation_date(s: _Sent, found: list[tuple[str, Counterparty, Cue, re.Match]], k: int) -> DateValue | None:
    """The date of the ``k``-th relation ``relations_in`` found: the one its cue gives; for a
    party named after the cue, read up to that party and no further than the next party of the
    same cue ("customers include A, which signed in 2016, and B" dates A only)."""
    _, c, _, m = found[k]
    end, stop, fallback = m.end(), None, s.ds.date
    if c.start >= m.end():
        end = c.end
        later = [o for _, o, _, om in found if om is m and o.start > c.start]
        stop = min(o.start for o in later) if later else None
        if later and _OF_ALL.match(s.text, max(o.end for o in later)):
            stop = None  # "the agreements with A and B, signed in 2016": the date is of both
        if stop is not None and fallback is not None and fallback.iso[:4] in s.text[stop:] \
                and fallback.iso[:4] not in s.text[:stop]:
            fallback = None  # the sentence's date is written by a later party of the enumeration
    return date_by_cue(s.text, m.start(), end, fallback, stop)


_RETAILER: list = [None, False]  # (article, answer)


def sells_to_consumers(article: Article, table: Cues) -> bool:
    """The company sells to consumers itself (its infobox industry matches a `retailer` row:
    retail, supermarkets, restaurants): what it sells through is a partner, not a customer."""
    if _RETAILER[0] is not article:
        industries = " ".join(plain_text(v) for box in article.infoboxes for k, v in box.params.items()
                              if k in ("industry", "industries", "type"))
        _RETAILER[0], _RETAILER[1] = article, any(p.search(industries) for p in table.retailer)
    return _RETAILER[1]


def _family(type_: str) -> str:
    return "partner" if type_ in ("partner", "jointVenturePartner", "researchCollaborator") else type_


def _section_type(path: str | None, table: Cues) -> tuple[str, int] | None:
    """The relation type of a counterparty section on the path, and its depth."""
    if not path:
        return None
    parts = [p.strip() for p in path.split(">")]
    for depth, part in enumerate(parts):
        for pat, type_ in table.sections:
            if pat.search(part.lower()):
                return type_, depth
    return None


# Confidence of a relation (``Provenance.confidence``) from its evidence: the cue (a strong
# cue names the relation, "partnered with", "customers include", "joint venture between"; a
# weak one implies it, "has supplied", "ordered ... from", "owned by X (40 per cent)"), and
# what the counterparty is (an organisation by its name or by what the article says, or an
# unlinked name of unknown kind). Calibrated on the dev gold (docs/relations.md).
BASE_CONFIDENCE = {"strong": Decimal("0.90"), "weak": Decimal("0.70")}
KNOWN_ORGANIZATION = Decimal("0.05")
UNLINKED_UNKNOWN = Decimal("-0.10")


def confidence(strength: str, entity: Entity, article: Article) -> Decimal:
    """The confidence of a relation with ``entity`` stated by a cue of ``strength``."""
    value = BASE_CONFIDENCE[strength]
    if kinds.kinds(article).kind(entity) == kinds.ORGANIZATION:
        value += KNOWN_ORGANIZATION
    elif not entity.title:
        value += UNLINKED_UNKNOWN
    return min(max(value, Decimal("0.10")), Decimal("0.95"))


_SENTENCE_DATE = object()  # the date the narrative layer gives the sentence


def _fact(article: Article, prop: str, entity: Entity, ds: DatedSentence, strength: str = "strong",
          date=_SENTENCE_DATE) -> Fact:
    s = ds.sentence
    prov = replace(sentence_provenance(article, s, NAME), confidence=confidence(strength, entity, article))
    date = ds.date if date is _SENTENCE_DATE else date
    quals = (("date", date),) if date else ()
    return Fact(subject=article.title, prop=prop, value=Entity(entity.label, entity.title, "organization"), provenance=prov, qualifiers=quals)


def extract(article: Article) -> Iterator[Fact]:
    table = cues()
    names = company_names(article)
    headed: set[str] = set()
    section_types: dict[str | None, tuple[str, int] | None] = {}
    # the prefilter, for all sentences in one pass; the keyword gates of the cues for the few it keeps
    prefiltered = literal_index(article, folded=False).any_of(table.prefilter)
    for i, ds in enumerate(dated_sentences(article)):
        s = _Sent(ds)
        found = relations_in(s, article, table, names, [c for c in table.cues if passes(c.gate, ds.folded)]) if i in prefiltered else ()
        for k, (type_, c, cue, _) in enumerate(found):
            yield _fact(article, type_, c.entity, ds, cue.strength, relation_date(s, found, k))
        path = ds.sentence.section
        if path not in section_types:
            section_types[path] = _section_type(path, table)
        sect = section_types[path]
        if sect is None:
            continue
        type_, depth = sect
        parts = [p.strip() for p in ds.sentence.section.split(">")]
        # a sub-heading of a "Major clients" section names a client
        if len(parts) > depth + 1 and parts[depth + 1] not in headed:
            headed.add(parts[depth + 1])
            entity = as_organization(_resolve(parts[depth + 1], article), article)
            if entity is not None and not is_self(entity, names, article) and valid_name(entity.label, table):
                yield _fact(article, type_, entity, ds)
        # a list item that is only a name ("; Royal Dutch Shell")
        if ds.sentence.list_item or len(s.text.split()) <= 6:
            items, end = enumeration(s, 0, article, table)
            if items and end >= len(s.text.rstrip(". ")):
                for c in items:
                    entity = as_organization(c.entity, article)
                    if entity is not None and not is_self(entity, names, article):
                        yield _fact(article, type_, entity, ds)
