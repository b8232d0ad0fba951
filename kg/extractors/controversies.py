"""Controversies extractor: sanctions, fines, lawsuits, investigations, recalls, strikes,
boycotts, human-rights, privacy and environmental cases.

A sentence is a controversy when it carries a *strong* cue anywhere in the article (fined,
sued, Entity List, recalled...) or, inside a controversy section (Controversies, Criticism,
Legal issues, Labour practices...; ``controversy_sections.tsv``), a *weak* cue as well
(criticised, accused, complaints...). Replies and background ("X denied...", "Y said...") are
vetoed. Cues, section aliases, party roles, outcomes and aspects are data
(``controversy_cues.tsv``). Each controversy keeps its type, the date the narrative layer
resolved, its parties with roles, its amounts (``parse_money_all``), the outcome
when stated, a short label, the source sentence and its citations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files

from kg.extractors.relation_cues import cues as relation_cues
from kg.extractors.relation_names import company_names, is_self, self_pattern, valid_name
from kg.extractors.text_confidence import confidence as model_confidence
from kg.model import Entity, Event, Fact, Participant
from kg.text import kinds
from kg.text.article_cache import slot
from kg.text.cue_dates import date_by_cue
from kg.text.dates import MONTHS, SINCE_YEAR
from kg.text.money import ambiguous_sign, parse_money_all
from kg.text.narrative import (
    DatedSentence,
    dated_sentences,
    literal_index,
    sentence_provenance,
    told_before,
)
from kg.text.parse import Article
from kg.text.patterns import branch_search, fold, passes, required_literals

NAME = "controversies"

# Types a controversy may take: the controversy-category keys of the event-type scheme.
FALLBACK_TYPES = ("lawsuit", "fine", "investigation", "recall", "data_breach", "strike", "boycott", "other")


def _rows(name: str) -> list[list[str]]:
    text = files("kg.data").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]


@lru_cache(maxsize=1)
def event_types() -> dict[str, str]:
    """Controversy-capable event types (key -> label) from the event-type scheme."""
    try:
        rows = _rows("event_types.tsv")
    except FileNotFoundError:
        return {k: k.replace("_", " ") for k in FALLBACK_TYPES}
    out = {r[0]: r[1] for r in rows if len(r) > 3 and r[3] == "controversy"}
    out.setdefault("other", "other event")
    for r in rows:
        if r[0] == "other":
            out["other"] = r[1]
    return out


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern
    type: str
    aspect: str
    gate: tuple[str, ...] | None = None  # the pattern's required_literals: a cheap first test
    topic: bool = False  # names what a case is about: needs a date or a party (see extract)
    strong: bool = False  # a controversy anywhere in the article
    procedure: bool = False  # an authority's step in a case: only in a named-affair subsection, dated
    replaces: tuple[str, ...] = ()  # a ``first`` row: the types of the cues it takes the place of


@dataclass(frozen=True)
class Table:
    strong: tuple[Cue, ...]
    weak: tuple[Cue, ...]
    veto: tuple[re.Pattern, ...]
    aspects: tuple[tuple[re.Pattern, str], ...]
    roles: tuple[tuple[re.Pattern, str], ...]
    agents: dict[str, str]
    amount: tuple[re.Pattern, ...]
    outcomes: tuple[tuple[re.Pattern, str], ...]
    business: tuple[re.Pattern, ...]
    claimant: tuple[str, ...]  # patterns with "{self}" (``claimant``)
    defendant: tuple[str, ...]
    self_words: str  # what stands for the company besides its names ("it|the company|...")
    sections: tuple[str, ...]
    prefilter: tuple[str, ...]
    any_strong: re.Pattern
    any_weak: re.Pattern
    procedure: tuple[Cue, ...] = ()
    disclaimer: tuple[str, ...] = ()  # patterns with "{self}" (``disclaimer``)
    won: tuple[re.Pattern, ...] = ()  # a business party's suit that a court dismissed (``won``)
    own: tuple[str, ...] = ()  # patterns with "{self}": the company's own claim, no controversy (``own``)
    other: tuple[str, ...] = ()  # patterns with "{other}": the act falls on another named party (``other``)
    background: re.Pattern | None = None  # phrases whose cue word is no act, blanked (``background``)
    case: re.Pattern | None = None  # a phrase that names a case told before ("the group's fine"; ``case``)
    won_self: tuple[str, ...] = ()  # patterns with "{self}": a suit the company brought and won (``won-self``)
    veto_self: tuple[str, ...] = ()  # ``veto`` patterns with "{self}": the company's reply under its own name
    opening: re.Pattern | None = None  # a case's opening step in court ("filed a suit", "sued"; ``opening``)
    retype: tuple[Cue, ...] = ()  # a step that types a sentence another cue found (``retype``)
    first: tuple[Cue, ...] = ()  # a step told before the cue that types the sentence (``first``)


@lru_cache(maxsize=1)
def table() -> Table:
    """Load and check ``controversy_cues.tsv`` and ``controversy_sections.tsv`` once."""
    types = event_types()
    strong, weak, veto, aspects, roles, amount, outcomes, business = [], [], [], [], [], [], [], []
    won: list[re.Pattern] = []
    procedure: list[Cue] = []
    retype: list[Cue] = []
    first: list[Cue] = []
    prefilter = None
    claimant: list[str] = []
    defendant: list[str] = []
    disclaimer: list[str] = []
    own: list[str] = []
    won_self: list[str] = []
    veto_self: list[str] = []
    other: list[str] = []
    background: list[str] = []
    case: list[str] = []
    opening: list[str] = []
    self_words = ""
    agents: dict[str, str] = {}
    for n, row in enumerate(_rows("controversy_cues.tsv"), start=2):
        row = [c.strip() for c in row] + [""] * (4 - len(row))
        kind, pattern, type_, value = row[:4]
        where = f"controversy_cues.tsv row {n}"
        if kind in ("strong", "weak", "topic", "agent", "procedure", "opening", "retype", "first") and type_ not in types:
            raise ValueError(f"{where}: {type_!r} is not a controversy type of event_types.tsv")
        if kind in ("claimant", "defendant", "disclaimer", "own", "won-self"):
            if "{self}" not in pattern:
                raise ValueError(f"{where}: a {kind} pattern needs {{self}}")
            {"claimant": claimant, "defendant": defendant, "disclaimer": disclaimer, "own": own,
             "won-self": won_self}[kind].append(pattern)
            continue
        if kind == "other":
            if "{other}" not in pattern:
                raise ValueError(f"{where}: an other pattern needs {{other}}")
            other.append(pattern)
            continue
        if kind in ("background", "case", "opening"):
            re.compile(pattern)
            {"background": background, "case": case, "opening": opening}[kind].append(pattern)
            continue
        if kind == "claimant-self":
            self_words = pattern
            continue
        if kind == "procedure":  # case-sensitive: an authority's name is capitalised or follows "the"
            pat = re.compile(pattern)
            procedure.append(Cue(pat, type_, value, required_literals(pat), strong=True, procedure=True))
            continue
        pat = re.compile(pattern, re.IGNORECASE) if pattern else None
        if kind == "strong":
            strong.append(Cue(pat, type_, value, required_literals(pat), strong=True))
        elif kind == "retype":
            retype.append(Cue(pat, type_, value, required_literals(pat), strong=True))
        elif kind == "first":
            replaces = tuple(value.split())
            if not replaces or any(r not in types for r in replaces):
                raise ValueError(f"{where}: a first row names the controversy types it replaces")
            first.append(Cue(pat, type_, "", required_literals(pat), strong=True, replaces=replaces))
        elif kind in ("weak", "topic"):
            weak.append(Cue(pat, type_, value, required_literals(pat), topic=kind == "topic"))
        elif kind == "business":
            business.append(pat)
        elif kind == "won":
            won.append(pat)
        elif kind == "prefilter":
            prefilter = tuple(k for k in pattern.lower().split("|") if k)
        elif kind == "veto" and "{self}" in pattern:
            veto_self.append(pattern)
        elif kind == "veto":
            veto.append(pat)
        elif kind == "aspect":
            aspects.append((pat, value))
        elif kind == "role":
            roles.append((pat, value))
        elif kind == "agent":
            agents[type_] = value
        elif kind == "amount":
            amount.append(pat)
        elif kind == "outcome":
            outcomes.append((pat, value))
        else:
            raise ValueError(f"{where}: unknown kind {kind!r}")
    if prefilter is None:
        raise ValueError("controversy_cues.tsv: no prefilter row")
    sections = tuple(r[0].strip().lower() for r in _rows("controversy_sections.tsv") if r and r[0].strip())

    def alternation(cues: list[Cue]) -> re.Pattern:
        return re.compile("|".join(f"(?:{c.pattern.pattern})" for c in cues), re.IGNORECASE)

    return Table(
        tuple(strong), tuple(weak), tuple(veto), tuple(aspects), tuple(roles), agents,
        tuple(amount), tuple(outcomes), tuple(business), tuple(claimant), tuple(defendant), self_words, sections,
        prefilter, alternation(strong), alternation(weak), tuple(procedure), tuple(disclaimer),
        tuple(won), tuple(own), tuple(other),
        re.compile("|".join(f"(?:{b})" for b in background), re.IGNORECASE) if background else None,
        re.compile("|".join(f"(?:{c})" for c in case), re.IGNORECASE) if case else None,
        tuple(won_self),
        tuple(veto_self),
        re.compile("|".join(f"(?:{o})" for o in opening), re.IGNORECASE) if opening else None,
        tuple(retype),
        tuple(first),
    )


def is_controversy_heading(heading: str, aliases: tuple[str, ...]) -> bool:
    """The heading is an alias, starts with one ("Controversies and legal issues"), ends
    with one after "and" ("Safety and legal issues", "Environmental and social issues"), or
    shares an alias's noun with a modifier before "and" ("Legal and regulatory issues")."""
    h = heading.strip().lower()
    if any(h == a or (h.startswith(a) and h[len(a)] in " :(") or h.endswith(f" and {a}") for a in aliases):
        return True
    # two modifiers sharing the alias's noun: "Legal and regulatory issues" is "legal issues" too
    first, _, rest = h.partition(" and ")
    return bool(rest) and " " not in first and " " in rest and f"{first} {rest.rsplit(' ', 1)[1]}" in aliases


def controversy_heading(path: str | None, aliases: tuple[str, ...]) -> tuple[bool, str | None]:
    """Whether the section path is a controversy section, and its specific sub-heading."""
    if not path:
        return False, None
    parts = [p.strip() for p in path.split(">")]
    for i, part in enumerate(parts):
        if is_controversy_heading(part, aliases):
            below = [p for p in parts[i + 1 :] if not is_controversy_heading(p, aliases)]
            return True, (below[-1] if below else None)
    return False, None


# ---------------------------------------------------------------- parts of a controversy

_LOCATIVE = re.compile(r"(?:\b(?:in|at|near|off|across|throughout|into|outside|to|of)\s+(?:the\s+)?|,\s+)$")
_CHAIN = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?")
_POSSESSED = re.compile(r"['’]s\s+$")
_CURRENCY_WORD = re.compile(r"[$€£¥₩]|\b(?:dollars?|euros?|pounds sterling|francs?|kronor|krona|rupees?)\b", re.IGNORECASE)
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")


# The name of a law, a regulation or a treaty ("False Claims Act", "Oil Pollution Act of 1990",
# "Labor Standards Act (Taiwan)", "General Data Protection Regulation"), not of the body that
# makes or enforces it ("State Administration for Market Regulation").
_LAW = re.compile(r"\b(?:Act|Acts|Regulations?|Directive|Convention|Treaty|[Aa]greement|Protocol)(?:\s+(?:of\s+)?\d{4})?"
                  r"(?:\s*\([^)]*\))?$|^(?:Act|Law)\s+(?:to|on|for)\s")
_ACRONYM = re.compile(r"[A-Z]{2,8}")
_LAW_BODY = re.compile(r"\b(?:Administration|Agency|Authority|Commission|Office|Ministry|Department|Bureau|Council|Board)\b")


def is_law(label: str, title: str | None = None) -> bool:
    """Whether a name is a law's (``_LAW``) rather than a body's (``_LAW_BODY``): by its label,
    or by the title an acronym links to ("[[Companies' Creditors Arrangement Act|CCAA]]")."""
    names = (label, title) if title and _ACRONYM.fullmatch(label) else (label,)
    return any(bool(_LAW.search(name)) and not _LAW_BODY.search(name) for name in names)


# What a case is about or happened in, not who takes part in it: an event or an incident, by the
# noun that ends its name or title ("Marikana massacre", "2014 South African platinum strike",
# "Rana Plaza collapse", "COVID-19 pandemic") or by a year that opens its title ("2022 Optus data
# breach"); a pathogen or a contaminant, by the words around it ("tested positive for COVID-19",
# "after Listeria was found"); a product, by the noun after it ("the MOVEit file-transfer
# software", "PW1100G engines", "the Google Play store").
_INCIDENT = re.compile(
    r"(?:\b(?:massacre|strike|rebellion|collapse|struggle|breach|haze|pandemic|epidemic|lockdown|outbreak|"
    r"disaster|spill|uprising|riot|war|crisis|scandal|revolution|explosion|earthquake|tsunami|famine|"
    r"genocide|bombing|shooting)s?|^\d{4}\s.*)$", re.IGNORECASE)
_PATHOGEN_BEFORE = re.compile(
    r"\b(?:positive for|ill with|sick with|infected with|contaminated with|outbreak of|traces of|"
    r"presence of|strain of|cases of)\s+(?:the\s+)?$", re.IGNORECASE)
_PATHOGEN_AFTER = re.compile(r"\s+(?:was|were|had been|has been)\s+(?:found|detected)\b")
# A contaminant a test found or detected in a product, or that the product contained ("detected
# Cronobacter sakazakii in a batch", "was found to contain Listeria", "contained the plasticiser DEHP",
# "found ochratoxin A above the legal limit", "found E. coli in samples from the batch"): what the
# case is about, not a party. After "found" only with a limit or a sample after the name.
_CONTAMINANT_BEFORE = re.compile(
    r"\b(?:detected|to contain|contained|containing)\s+(?:the\s+)?(?:(?:plastici[sz]er|chemical|bacteri(?:um|a)|toxin|"
    r"mycotoxin|pesticide|fungicide|herbicide|preservative|dye|additive|compound|substance|solvent|metal)\s+)?$",
    re.IGNORECASE)
_FOUND_BEFORE = re.compile(r"\bfound\s+(?:the\s+)?$")
_CONTAMINANT_AFTER = re.compile(
    r"\s+(?:(?:above|over|exceeding|beyond)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:limits?|levels?|thresholds?|maximum)\b"
    r"|in\s+(?:the\s+|a\s+|an\s+|its\s+|two\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:samples?|batch(?:es)?|lots?|kernels|cans|"
    r"packs|bottles|tins|jars|consignments?)\b)", re.IGNORECASE)
_PRODUCT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:software|engines?|tablets?|turbines?|store|app|apps|platform|drugs?|vaccines?|"
    r"devices?|models?|vehicles?|aircraft|trams?|brand|line|series|visas?)\b", re.IGNORECASE)


# A feature of the land or the sea, or a list, by the word that opens or ends its name ("Dead Sea",
# "River Lune", "Colchagua Valley", "Sunshine Coast", "the Entity List", "the SDN list"): where a
# case happened or what it was about, never who took part in it.
_FEATURE = re.compile(
    r"^(?:River|Lake|Mount|Gulf of|Bay of|Sea of)\s|\s(?:River|Sea|Lake|Bay|Creek|Valley|Coast|Islands?|Gulf|"
    r"Ocean|Strait|Peninsula|Mountains|Forest|Desert|Reef|[Ll]ist)$")
# A name written as the modifier of a common noun after a determiner ("the Chimbote plant", "its
# Lyon studio", "the Leipzig labour court", "two MPK Łódź managers", "the Tết bonus", "14 Boeing
# 737s"): the noun's place, maker or owner, not a party. Not when the noun is the body the name
# is ("the Teamsters union"), or a case, an act or a report that the name's owner brought or
# made ("an Oracle lawsuit", "a Greenpeace report"), nor a word that reads as a verb.
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|his|her|an?|two|three|four|five|several)|(?<![\d,])\d{1,3}(?:,\d{3})*)\s+$", re.IGNORECASE)
_FIRST_AFTER = re.compile(r"\s+([a-z0-9][\w-]*)(?:\s+([a-z][\w-]*))?")
# The nouns of a body ("the Fair Work Australia tribunal"): the name is the body, unless it is a
# place's ("the Leipzig labour court", "the Zhanaozen city court").
_BODY_NOUNS = frozenset("court tribunal commission authority agency regulator board council ministry".split())
_NOT_A_MODIFIED_NOUN = frozenset((
    "and or of in on at to for with by from as than which who whom whose that was were is are be been has had have "
    "will would could can may might must did does do said says also then later now not agreed "
    "began brought took won lost made sent sought gave found held paid left led told wrote went ran fought struck "
    "withdrew became kept met set put cut shut got came saw bought sold alleges accuses argues "
    "names fines sues opens files rules finds charges suspends launches begins arrests convicts indicts upholds "
    "rejects dismisses imposes issues announces calls "
    "over against about after before under into since until during through between among per via "
    "a an the its their his her").split())
# Nouns (first or second after the name) that the name's owner is, acts by or stands with as a
# party: the body itself, its case, report or act, its insurers or lenders.
_NAME_HEADS = frozenset((
    "insurers underwriters lenders creditors bondholders shareholders investors owners partners rivals competitors "
    "union unions group company companies firm consortium family government authorities team party people "
    "lawsuit lawsuits suit suits case cases claim claims complaint complaints dispute litigation action actions "
    "investigation inquiry probe report reports documentary study survey audit review campaign boycott protest "
    "protests strike strikes ruling order orders fine fines settlement allegations accusations petition injunction "
    "verdict decision raid raids sanctions ban challenge bid offer takeover").split())


def _modifies_a_noun(name: str, before: str, after: str) -> bool:
    """The name is the modifier of a common noun (``_DETERMINER_BEFORE``, ``_FIRST_AFTER``)."""
    if not _DETERMINER_BEFORE.search(before):
        return False
    m = _FIRST_AFTER.match(after)
    if m is None:
        return False
    word, second = m.group(1), m.group(2)
    if word in _NOT_A_MODIFIED_NOUN or word.endswith("ed") or word.endswith("ly") or word in _NAME_HEADS \
            or second in _NAME_HEADS:
        return False
    return not ((word in _BODY_NOUNS or second in _BODY_NOUNS) and kinds.place_by_name(name) is None)


def no_party(label: str, title: str | None, before: str, after: str) -> bool:
    """A name a controversy sentence writes that is what the case is about, not a party to it:
    an event or an incident, a pathogen or a contaminant, a product (``_INCIDENT``,
    ``_PATHOGEN_BEFORE``, ``_PATHOGEN_AFTER``, ``_PRODUCT_AFTER``), a feature of the land or a
    list (``_FEATURE``), the modifier of a common noun (``_modifies_a_noun``), a contaminant found in a
    product (``_CONTAMINANT_BEFORE``, ``_FOUND_BEFORE`` with ``_CONTAMINANT_AFTER``)."""
    base = re.sub(r"\s*\([^()]*\)$", "", title) if title else None
    return bool(_INCIDENT.search(label) or (base and _INCIDENT.search(base)) or _PATHOGEN_BEFORE.search(before)
                or _PATHOGEN_AFTER.match(after) or _PRODUCT_AFTER.match(after) or _CONTAMINANT_BEFORE.search(before)
                or (_FOUND_BEFORE.search(before) and _CONTAMINANT_AFTER.match(after))
                or _FEATURE.search(label) or (base and _FEATURE.search(base)) or _modifies_a_noun(base or label, before, after))


# A customer or a client the case's goods or work were for ("40 trams for the city's transit
# company", "a ferry under construction for Fjord1"): no party, unless its name is a body's.
# Not the side a court or a judgment was for ("the court found for Trumpf").
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$")
_VERDICT_FOR = re.compile(r"\b(?:found|ruled|decided|judge?ment|sided|awarded|verdict|favou?r)\s+for\s+(?:the\s+)?$")


def _parties(ds: DatedSentence, type_: str, t: Table, article: Article, names) -> tuple[Participant, ...]:
    text = ds.sentence.text
    out: list[Participant] = []
    seen: set[str] = set()
    previous_place = -1
    rtable = relation_cues()
    known = kinds.kinds(article)
    for m in sorted(ds.mentions, key=lambda m: m.start):
        ent = m.entity
        if ent.label.islower() or is_self(ent, names, article) or not valid_name(ent.label, rtable):
            continue
        before = text[max(0, m.start - 40) : m.start]
        role = _table_role(t, ent.label)
        tabled = role is not None  # a body by its name's word, not by the words around it
        if not tabled and _FOR_BEFORE.search(before) and not _VERDICT_FOR.search(before):
            continue  # a customer the goods or the work were for ("under construction for Fjord1")
        if role is None:
            loc = _LOCATIVE.search(before)
            chained = _CHAIN.fullmatch(text[previous_place : m.start]) if previous_place >= 0 else None
            if (loc and not loc.group(0).startswith(",")) or chained:
                previous_place = m.end
                continue  # a place ("in Huizhou, Guangdong", "in Belgium and the Netherlands")
            if _POSSESSED.search(before):
                continue  # owned by what precedes it ("the Bureau's Entity List", "Deliveroo's London drivers")
            if _BY.search(before):
                role = t.agents.get(type_)
        if known.is_place(ent):
            continue  # a place is where it happened, not a party ("fined by Dartford": the town's council)
        if is_law(ent.label, ent.title):
            continue  # the law a case is brought under, not a party ("under the False Claims Act")
        if kinds.is_unit_name(ent.title or ent.label, cldr=True):
            continue  # the currency an amount is written in ("[[Mozambican metical|MT]] 2.4 million")
        if not tabled and no_party(ent.label, ent.title, before, text[m.end : m.end + 40]):
            continue  # an event, a pathogen, a product or a site the case is about ("the Marikana massacre",
            # "upheld by the Lyon court of appeal")
        key = ent.title or ent.label.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(Participant(Entity(ent.label, ent.title), role or "party"))
    return tuple(out)


# A body written by a shorter name than its link elsewhere in the article ("the Department of
# Justice" after "[[United States Department of Justice]]", "the Communications Authority" after
# "[[Communications Authority of Kenya]]"): a capitalised run after "the" that holds a body's word.
_SHORT_BODY = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+)?)*[A-Z][\w'’-]*)")
_BODY_WORD = re.compile(r"\b(?:Administration|Agency|Authority|Commission|Office|Ministry|Department|Bureau|Council|"
                        r"Board|Court|Tribunal|Inspectorate|Directorate|Regulator|Ombudsman|Prosecutor)\b")
_NAME_WORDS = re.compile(r"[\w'’-]+")
_GLUE = frozenset({"of", "for", "and", "the"})
_OWNER_MARK = re.compile(r"['’]s?$")
# A place written after the shorter name ("the High Court in Shah Alam"): the body of that place.
_PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+(?!(?i:" + "|".join(MONTHS) + r")\b)([A-Z][\w'’-]*)")


def _words(name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _NAME_WORDS.findall(name)) - _GLUE


class LinkedNames:
    """The names the article links (a capitalised label), not the company nor a place, one per
    title: of a title's mentions, the first whose label and title are neither. Whether a name is
    the company or a place is asked only of a title that one of its labels lets through the test
    a caller filters by (``where``): what filtering every decided name by it gives (in another
    order), without deciding the article's other links."""

    def __init__(self, dated: list[DatedSentence], names, article: Article):
        self._names, self._article = names, article
        self._by_title: dict[str, list[Entity]] = {}  # title -> its capitalised mentions' entities, in order, once each
        seen: set[Entity] = set()
        for ds in dated:
            for m in ds.mentions:
                ent = m.entity
                if ent.title and ent not in seen and ent.label[:1].isupper():
                    seen.add(ent)
                    self._by_title.setdefault(ent.title, []).append(ent)
        self._chosen: dict[str, Entity | None] = {}

    def _decided(self, title: str) -> Entity | None:
        if title not in self._chosen:
            place = kinds.kinds(self._article).is_place
            self._chosen[title] = next(
                (Entity(e.label, e.title) for e in self._by_title[title]
                 if not is_self(e, self._names, self._article) and not place(e)), None)
        return self._chosen[title]

    def where(self, test) -> tuple[Entity, ...]:
        """The linked names (label and title) that pass ``test``, one per title."""
        out = []
        for title, ents in self._by_title.items():
            if any(map(test, ents)):
                ent = self._decided(title)
                if ent is not None and test(ent):
                    out.append(ent)
        return tuple(out)


def linked_parties(dated: list[DatedSentence], names, article: Article) -> LinkedNames:
    """The names the article links (a capitalised label), not the company nor a place, one per
    title (``LinkedNames``, decided as they are asked for)."""
    return LinkedNames(dated, names, article)


def _a_body(e: Entity) -> bool:
    return bool(_BODY_WORD.search(e.label) or _BODY_WORD.search(e.title or ""))


def linked_bodies(linked: LinkedNames | tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The bodies among the linked names (a label or title holding a body's word, ``_BODY_WORD``)."""
    return linked.where(_a_body) if isinstance(linked, LinkedNames) else tuple(filter(_a_body, linked))


def linked_by_words(words: frozenset[str], linked: LinkedNames | tuple[Entity, ...]) -> Entity | None:
    """The one linked name whose label or title holds every word of ``words``, else None."""
    def holds(e: Entity) -> bool:
        return words <= _words(e.label) or words <= _words(e.title or "")
    found = {e.title: e for e in (linked.where(holds) if isinstance(linked, LinkedNames) else filter(holds, linked))}
    return next(iter(found.values())) if len(found) == 1 else None


def short_bodies(ds: DatedSentence, bodies: tuple[Entity, ...]) -> list[tuple[int, Entity]]:
    """The bodies a sentence names by a shorter name than the article's link to them
    (``_SHORT_BODY``: "the Department of Justice", "the Justice Department", "the
    Communications Authority"), outside its own mentions: the one linked body (``bodies``)
    whose label or title holds every word of the shorter name, with where the name starts."""
    text = ds.sentence.text
    if "the " not in ds.low or not bodies:
        return []
    out = []
    for m in _SHORT_BODY.finditer(text):
        run = _OWNER_MARK.sub("", m.group(1))  # "the Justice Department's claims": the body whose claims they are
        if not _BODY_WORD.search(run) or len(_NAME_WORDS.findall(run)) < 2 \
                or any(x.start < m.end(1) and m.start(1) < x.end for x in ds.mentions):
            continue
        words = _words(run)
        place = _PLACE_AFTER.match(text, m.end(1))
        if place:
            words |= {place.group(1).casefold()}  # the body of that place, if the article links it
        body = linked_by_words(words, bodies)
        if body is not None:
            out.append((m.start(1), body))
    return out


# A state body named without a link, as the one that acts against the company: the subject of
# an authority's act ("the State Labour Inspection Service opened an inquiry", "the Supreme Council
# of Health closed the kitchen") or the agent after "by" ("an investigation by the General
# Directorate of Civil Defence"). Its name holds a body's word; a court's is left out (whether a
# court is a party is read two ways by the sets), and so is a body the article links (``short_bodies``).
_UNLINKED_BODY_WORD = re.compile(
    r"\b(?:Administration|Agency|Authority|Commission|Committee|Office|Ministry|Department|Bureau|Council|Board|"
    r"Inspectorate|Inspection|Directorate|Regulator|Ombudsman|Prosecutor|Prosecution|Service|Superintendence|"
    r"Commissioner)\b")
_BODY_RUN = r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|de|del|do|da|dos)\s+)?)*[A-Z][\w'’-]*)"
_A_COURT = re.compile(r"\b(?:Court|Tribunal)\b")  # a court's name: a court is no body of these readings
_UNLINKED_BODY = re.compile(
    rf"\b(?:[Tt]he|by(?:\s+the)?)\s+{_BODY_RUN}(?=(?:\s+\([A-Z][A-Z&]{{1,7}}\))?\s+(?:(?:also|later|then|subsequently|has|had)\s+)?"
    r"(?:opened|launched|began|started|fined|imposed|closed|shut|suspended|ordered|found|charged|banned|revoked|"
    r"raided|seized|investigated|inspected|sanctioned|penali[sz]ed|prosecuted|blocked|barred|froze|assessed|"
    r"cancell?ed|halted|detained|arrested|indicted)\b)"
    rf"|\bby\s+the\s+{_BODY_RUN}")


def unlinked_bodies(ds: DatedSentence, names, article: Article, bodies: tuple[Entity, ...]) -> list[Entity]:
    """The state bodies a sentence names without a link as acting against the company
    (``_UNLINKED_BODY``), outside its mentions, not the company, not a body the article links
    (``linked_by_words``), not a court."""
    text = ds.sentence.text
    if "the " not in ds.low and "by " not in ds.low:
        return []
    out = []
    for m in _UNLINKED_BODY.finditer(text):
        g = 1 if m.group(1) else 2
        run = _OWNER_MARK.sub("", m.group(g))
        if not _UNLINKED_BODY_WORD.search(run) or len(_NAME_WORDS.findall(run)) < 2 \
                or _A_COURT.search(run) \
                or any(x.start < m.end(g) and m.start(g) < x.end for x in ds.mentions):
            continue
        if linked_by_words(_words(run), bodies) is not None or is_self(Entity(run, None), names, article):
            continue
        out.append(Entity(run, None))
    return out


# A body's acronym, written in brackets after its name ("the National Maritime Safety Authority
# (NMSA)", "[[Rwanda Environment Management Authority]] (REMA)") or as the label of its link
# ("[[Instituto de Fomento do Caju|INCAJU]]"): a later sentence that writes the acronym alone ("The
# NMSA fined the company") names that body.
_DEFINED_ACRONYM = re.compile(rf"{_BODY_RUN}\s+\(([A-Z][A-Z&]{{1,7}})\)")
_ACRONYM_WORD = re.compile(r"(?<![\w'’&(-])[A-Z][A-Z&]{1,7}(?![\w'’&-])")
_ACRONYMS: list = slot(None, {})  # (article, its bodies by acronym): read once per article


def body_acronyms(dated: list[DatedSentence], names, article: Article, bodies: tuple[Entity, ...]) -> dict[str, Entity]:
    """The bodies of the article by their acronyms (``_DEFINED_ACRONYM``, or a link to a body
    labelled by an acronym): a body's name holds a body's word, is not a court's nor the
    company's, and stands for the linked body it is short for (``linked_by_words``) where there is
    one. An acronym given to two bodies is left out."""
    if _ACRONYMS[0] is article:
        return _ACRONYMS[1]
    found: dict[str, set[Entity]] = {}
    for ds in dated:
        text = ds.sentence.text
        if "(" in text:
            for m in _DEFINED_ACRONYM.finditer(text):
                run = _OWNER_MARK.sub("", m.group(1))
                run = run[4:] if run.startswith("The ") else run
                if not (_UNLINKED_BODY_WORD.search(run) or _BODY_WORD.search(run)) or len(_NAME_WORDS.findall(run)) < 2 \
                        or _A_COURT.search(run):
                    continue
                ent = linked_by_words(_words(run), bodies) or Entity(run, None)
                found.setdefault(m.group(2), set()).add(ent)
        for x in ds.mentions:
            e = x.entity
            if e.title and _ACRONYM.fullmatch(e.label) and _a_body(e) and not _A_COURT.search(e.title):
                found.setdefault(e.label, set()).add(Entity(e.label, e.title))
    out = {}
    for acronym, ents in found.items():
        if len({e.title or e.label for e in ents}) == 1:
            ent = next(iter(ents))
            if not is_self(ent, names, article) and not is_self(Entity(acronym, None), names, article):
                out[acronym] = ent
    _ACRONYMS[0], _ACRONYMS[1] = article, out
    return out


def acronym_bodies(ds: DatedSentence, acronyms: dict[str, Entity]) -> list[Entity]:
    """The bodies a sentence names by their acronyms alone (``body_acronyms``), outside its mentions."""
    if not acronyms:
        return []
    text = ds.sentence.text
    return [acronyms[m.group()] for m in _ACRONYM_WORD.finditer(text)
            if m.group() in acronyms and not any(x.start < m.end() and m.start() < x.end for x in ds.mentions)]


# The party that brought a case, named without a link: the subject of "sued", "filed a lawsuit",
# "brought a damages claim" (past an apposition: "Jane Roe, a former engineer, filed a suit"), or
# the name after "sued by", "filed by", "brought by".
_NAME_RUN = r"[^\W\d_a-z][\w.&'’-]*(?:\s+(?:(?:de|del|della|do|da|dos|och|of|van|von|y)\s+)?[^\W\d_a-z][\w.&'’-]*)*"
_SUIT_NOUN = r"(?:[\w-]+\s+){0,3}?(?:lawsuit|suit|claim|complaint|class action|action|case)s?"
_BROUGHT = re.compile(
    rf"(?<![\w'’-])(?P<subject>{_NAME_RUN})(?:,\s+(?:a|an|the)\s+[^,;]{{3,80}},)?\s+"
    rf"(?:sued|(?:filed|brought)\s+(?:a|an)\s+{_SUIT_NOUN})\b"
    rf"|\b(?:sued|filed|brought)\s+by\s+(?:the\s+)?(?P<agent>{_NAME_RUN})")
# Before the name: what owns it or where it is ("the owners of Meerwijk sued", "holders of the
# company's ADRs"), so the name is not the one who sued.
_HEAD_BEFORE = re.compile(r"(?:\b(?:of|in|at)\s+(?:the\s+)?|['’]s\s+)$")
_NOT_A_SUBJECT = frozenset({"it", "they", "he", "she", "this", "that", "these", "those", "in", "on", "its", "their"})


def brought_by(ds: DatedSentence, names, article: Article,
               linked: LinkedNames | tuple[Entity, ...] = ()) -> list[tuple[int, Entity]]:
    """The parties that brought a case, named without a link (``_BROUGHT``: "In 2017 Aerion
    Windsystems sued Acme", "a class action filed by Usuarios del Aire"), with where they stand:
    not the company itself, not a place, not a name a mention of the sentence covers, not a name
    that something before it owns or places (``_HEAD_BEFORE``), not a name of one word (a noun
    that opens the sentence or follows "the": "Shareholders sued", "the Commonwealth sued",
    or a name that is short for another). A shorter name of
    one name the article links (``linked``: "Crestmark" for "[[Crestmark Health]]") is that name."""
    text = ds.sentence.text
    if not any(w in ds.low for w in ("sued", "filed", "brought")):
        return []
    rtable = relation_cues()
    self_ = self_pattern(names)
    out = []
    for m in _BROUGHT.finditer(text):
        key = "subject" if m.group("subject") else "agent"
        name, start, end = m.group(key), m.start(key), m.end(key)
        name = _OWNER_MARK.sub("", name)
        if name.startswith("The "):
            name, start = name[4:], start + 4  # "The Tarn Valley Anglers sued ..."
        if " " not in name \
                or _HEAD_BEFORE.search(text, 0, start) \
                or name.split()[0].casefold() in _NOT_A_SUBJECT or not valid_name(name, rtable) \
                or self_.search(name.lower()) or any(x.start < end and start < x.end for x in ds.mentions):
            continue
        ent = linked_by_words(_words(name), linked) or Entity(name, None)
        if not kinds.kinds(article).is_place(ent):
            out.append((start, ent))
    return out



# "the court dismissed the case"): the one of that kind named in a sentence before it.
_BODY_BY_KIND = re.compile(
    r"\bthe\s+(commission|authority|court|tribunal|agency|ministry|bureau|ombudsman|inspectorate|"
    r"autorité|regulator|office|board|directorate|department|service|council|prosecutor's office)\b"
    r"(?!\s+(?:of|for)\s+[A-Z])",
    re.IGNORECASE)
# How far back the body named by its kind is looked for: sentences of the same section.
_BODY_REACH = 4
# A body told of by "it" that sanctions, charges or sues the company ("In 2019 it fined the
# company", "it charged Acme and the contractor under the act"): the company is the object, so
# "it" is the body of a sentence before.
_IT_ACTS = re.compile(r"\bit\s+(?:also\s+|then\s+|later\s+)?(?:fined|charged|assessed|sanctioned|penali[sz]ed|"
                      r"prosecuted|indicted|ordered|sued)\s+(?:the\s+(?:company|group|firm|bank|chain|operator|maker|"
                      r"airline|mill|miner|insurer)\b|\ue000)")
_BODY_ROLES = frozenset({"regulator", "court"})


def _of_kind(kind: str, ent: Entity, role: str | None) -> bool:
    """Whether a name is of the kind a sentence writes ("the agency", "the court"): its label
    or the title it links to holds the kind's word ("[[National Agency for Food and Drug
    Administration and Control|NAFDAC]]"); "the regulator" is any body the role table makes one."""
    if kind == "regulator":
        return role == "regulator"
    return kind in ent.label.casefold() or kind in (ent.title or "").casefold()


def body_named_before(dated: list[DatedSentence], i: int, parties: tuple[Participant, ...],
                      t: Table, article: Article, names, bodies: tuple[Entity, ...] = ()) -> Participant | None:
    """The body a controversy sentence names by its kind alone ("In June 2021 the commission
    opened a formal investigation"; ``_BODY_BY_KIND``), when the sentence names no party of that
    kind: the nearest party of that kind (its label holds the kind's word: "European Commission",
    "Valparaíso Court of Appeals") named in one of the ``_BODY_REACH`` sentences before it in the
    same section (a link, or a shorter name of a linked body: ``short_bodies``), with its role by
    the role table. Else None."""
    ds = dated[i]
    m = _BODY_BY_KIND.search(ds.sentence.text)
    if m is None:
        return body_told_as_it(dated, i, parties, t, article, names, bodies) if "it " in ds.low else None
    kind = m.group(1).casefold().split()[-1] if m.group(1).casefold() != "prosecutor's office" else "prosecutor"
    if any(_of_kind(kind, p.entity, p.role) for p in parties):
        return None
    for before in _told_before_in_section(dated, i):
        named = [(x.start, x.entity) for x in before.mentions] + short_bodies(before, bodies) \
            + [(before.sentence.text.find(e.label), e) for e in unlinked_bodies(before, names, article, bodies)]
        for _, ent in sorted(named, key=lambda x: -x[0]):
            role = _table_role(t, ent.label)
            titled = role or _table_role(t, ent.title or "")  # "[[...|SEBI]]"
            if _of_kind(kind, ent, titled) and _may_be_a_body(ent, names, article):
                return Participant(Entity(ent.label, ent.title), role or "party")
    return None


def body_told_as_it(dated: list[DatedSentence], i: int, parties: tuple[Participant, ...],
                    t: Table, article: Article, names, bodies: tuple[Entity, ...] = ()) -> Participant | None:
    """The body a controversy sentence tells of as "it" that sanctions, charges or sues the
    company (``_IT_ACTS``), when the sentence names no body: the one body (a linked name, or a state
    body acting without a link: ``unlinked_bodies``, whose role by the role table is a regulator's
    or a court's) of the nearest sentence before it, in
    the same section, that names a body. Else None (none, or two bodies)."""
    ds = dated[i]
    if any(p.role in _BODY_ROLES for p in parties) or not _IT_ACTS.search(_marked(ds.sentence.text, names)):
        return None
    for before in _told_before_in_section(dated, i):
        found: dict[str, Participant] = {}
        for ent in [*(x.entity for x in before.mentions), *unlinked_bodies(before, names, article, bodies)]:
            role = _table_role(t, ent.label)
            if role in _BODY_ROLES and _may_be_a_body(ent, names, article):
                found.setdefault(ent.title or ent.label, Participant(Entity(ent.label, ent.title), role))
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _table_role(t: Table, name: str) -> str | None:
    """The role the role table gives a name by its words ("Commission": regulator), or None."""
    return next((r for pat, r in t.roles if pat.search(name)), None)


def _told_before_in_section(dated: list[DatedSentence], i: int) -> Iterator[DatedSentence]:
    """The ``_BODY_REACH`` sentences before the ``i``-th, nearest first, while they stand in its section."""
    for j in range(i - 1, max(-1, i - 1 - _BODY_REACH), -1):
        if dated[j].sentence.section != dated[i].sentence.section:
            return
        yield dated[j]


def _may_be_a_body(ent: Entity, names, article: Article) -> bool:
    """A capitalised name that is neither the company nor a place: a body a sentence may refer back to."""
    return ent.label[:1].isupper() and not is_self(ent, names, article) and not kinds.kinds(article).is_place(ent)


def _may_match(pattern: re.Pattern, folded: str) -> bool:
    """The keyword gate of a table pattern (``required_literals`` is cached per pattern)."""
    return passes(required_literals(pattern), folded)


# A year before the verb "won" ("in 2023 won an arbitration award"), which the money reader
# takes for a sum in won: a year with no sign, no multiplier and no thousands separator.
_YEAR_WON = re.compile(r"(?:1[6-9]|20)\d\d\s+won\b", re.IGNORECASE)


def _amounts(text: str, t: Table) -> tuple:
    """The sums of a sentence that speaks of money paid or claimed (``t.amount``): those with a
    currency, a currency's word, or a local sign the article's country decides ("K 250,000",
    "RF 2 million": ``ambiguous_sign``, resolved by ``kg.text.currency`` after the extractors)."""
    if not any(p.search(text) for p in t.amount):
        return ()
    return tuple(m for m in parse_money_all(text)
                 if (m.currency or _CURRENCY_WORD.search(m.raw or "") or ambiguous_sign(m))
                 and not _YEAR_WON.match(m.raw or ""))


def _label(type_: str, aspect: str | None, heading: str | None, parties: tuple[Participant, ...]) -> str:
    base = event_types().get(type_, type_.replace("_", " "))
    if type_ == "other":
        base = "controversy"
    if aspect:
        base = f"{base} ({aspect})"
    if heading and heading.lower() != base.split(" (")[0].lower():
        return f"{heading}: {base}"
    agent = next((p.entity.label for p in parties if p.role not in ("party", "affected group")), None)
    return f"{base}: {agent}" if agent else base


_QUOTED = re.compile(r'"([^"]{2,80})"|“([^”]{2,80})”')


def _in_title(m: re.Match, text: str) -> bool:
    """The match is a capitalised word of a quoted title ("The Quiet Scandal", a campaign, a
    documentary, a book): the name of a work, not an act."""
    if not m.group(0)[:1].isupper() or ('"' not in text and "“" not in text):
        return False
    return any(q.start() < m.start() and m.end() < q.end() and text[q.start() + 1].isupper() for q in _QUOTED.finditer(text))


def _hit(cue: Cue, text: str, named: tuple[tuple[int, int], ...]) -> bool:
    """The cue matches ``text`` outside a quoted title (``_in_title``); a general cue
    ("scandal") must also match outside the ``named`` spans: a linked name of another affair
    ("[[Air Mail scandal]]") is background."""
    spans = named if cue.type == "other" else ()
    return any(not _in_title(m, text) and not any(a <= m.start() and m.end() <= b for a, b in spans)
               for m in cue.pattern.finditer(text))


def _classify(text: str, in_section: bool, t: Table, strong, weak, named: tuple[tuple[int, int], ...] = ()) -> Cue | None:
    """``classify`` for a text that passed the prefilter, given the cues whose keyword gate
    it passes (in table order)."""
    found = next((cue for cue in strong if _hit(cue, text, named)), None)
    if found is None and in_section:  # an act or an accusation before a mere topic
        found = next((cue for cue in weak if not cue.topic and _hit(cue, text, named)), None) or next(
            (cue for cue in weak if cue.topic and _hit(cue, text, named)), None)
    if found is not None and any(_vetoes(v, found, text) for v in t.veto):
        return None
    if found is not None and not found.topic:  # a step that types the case the cue found (``retype``)
        at = found.pattern.search(text)
        at = at.start() if at is not None else len(text)
        step = next((c for c in t.retype if c.type != found.type and c.pattern.search(text)), None)
        if step is not None:
            found = replace(found, type=step.type)
            at = min(at, step.pattern.search(text).start())
        found = _told_first(found, text, at, t)
    elif found is not None:  # a topic: a step told before it types the case all the same (still a topic)
        at = found.pattern.search(text)
        step = _told_first(found, text, at.start() if at is not None else len(text), t)
        found = found if step is found else replace(step, topic=True)
    return found


def _told_first(found: Cue, text: str, at: int, t: Table) -> Cue:
    """The cue of a step told before ``at`` or at it (where the sentence's cue, or the step that
    retyped it, starts: "complained to the Labour Commissioner" is found by its "complained") that types the sentence by its first step (``first`` rows: an accident that
    opens the sentence and the fine, conviction or recall that follows it, "A worker was killed
    at the plant in 2018, and the company was fined", is one incident, `other`), in place of
    ``found`` with its aspect kept when the row has none; else ``found``. The earliest such
    step wins. A row replaces the cues of the types it names (an incident before a strike is no
    step of the strike)."""
    best = None
    folded = fold(text) if t.first else ""
    for c in t.first:
        if found.type not in c.replaces or not passes(c.gate, folded):
            continue
        m = c.pattern.search(text)
        if m is not None and m.start() <= at and (best is None or m.start() < best[0]):
            best = (m.start(), c)
    if best is None:
        return found
    return replace(best[1], aspect=found.aspect, replaces=())


# An opening phrase that refers to a case told elsewhere ("Apart from the 2010 strike, ..."): a
# cue inside it is a retelling, not an act of this sentence (blanked before the cues are tried).
_ASIDE = re.compile(r"^(?:Apart from|Aside from|Except for|Other than|Besides)\s+(?:the|its|a|an|this|that)\s+[^,;]{0,60},")


def _aside_blanked(text: str) -> str:
    """``text`` with an opening "Apart from the 2010 strike," phrase and the ``background``
    phrases of the table ("complying with the sanctions", "anti-bribery policies", "a thriller
    set during a political scandal") blanked (same length): a cue word there is no act."""
    if text.startswith(("Apart", "Aside", "Except", "Other", "Besides")):
        text = _ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    bg = table().background
    if bg is not None and passes(required_literals(bg), fold(text)):  # the keyword gate: most have none
        text = bg.sub(lambda m: " " * len(m.group(0)), text)
    return text


_OWN_ACT = re.compile(r"(?:;\s*|\band\s+(?:has\s+|have\s+|had\s+|then\s+|later\s+|also\s+)?)$")
# A step in court that a reply goes on to (or is): "X denied wrongdoing and challenged the ruling
# with an amparo", "The group, which said ..., appealed.", "The company contested the assessment
# before the Court of Tax Appeals": the company's appeal is a step of the case, not a reply.
_STEP_IN_COURT = re.compile(r"\b(?:appealed|challenged|contested)\b(?:[^.;]{0,60}?\b(?:court|tribunal|amparo)\b|\s*\.?\s*$)",
                            re.IGNORECASE)


def _vetoes(veto: re.Pattern, cue: Cue, text: str) -> bool:
    """The veto holds for the cue: not when the act a strong cue names is told after the reply,
    in a clause of its own ("X denied the charges and has sued Y"; "...; the court ruled ..."),
    nor when the sentence tells the company's appeal or challenge in court (``_STEP_IN_COURT``)."""
    v = veto.search(text)
    if v is None:
        return False
    if ("appeal" in text or "challeng" in text or "contest" in text) and _STEP_IN_COURT.search(text, v.start()):
        return False
    if not cue.strong:
        return True  # an accusation in a reply is the reply's ("called the report misleading")
    for m in cue.pattern.finditer(text):
        if m.start() >= v.end() and (_OWN_ACT.search(text, 0, m.start()) or ";" in text[v.end() : m.start()]):
            return False
    return True


@lru_cache(maxsize=64)
def _self_vetoes(names: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """The ``veto`` rows that name the company ("{self}" its own names, as written in the
    article: "Acme called the report false"), compiled once per article's names."""
    alt = "|".join(re.escape(n) for n in sorted((n for n in names if n), key=len, reverse=True))
    if not alt:
        return ()
    return tuple(re.compile(r.replace("{self}", rf"(?:{alt})(?![\w-])"), re.IGNORECASE) for r in table().veto_self)


def replies(text: str, cue: Cue, names: tuple[str, ...]) -> bool:
    """The sentence is the company's reply under one of its own names ("Acme called the report
    false and misleading", "Acme rejected the findings"), vetoed as the rows that say "the
    company" or "it" are (``_vetoes``: not when an act of its own clause or the company's step in
    court follows)."""
    return any(_vetoes(v, cue, text) for v in _self_vetoes(names))


def step_of_a_case(text: str, cues, t: Table, names: tuple[str, ...] = ()) -> Cue | None:
    """The ``procedure`` cue of a sentence that tells an authority's step in a case or the end
    of a case without a cue of its own ("The Paris Court of Appeal reduced the fine in 2022",
    "The parties settled in 2021"). ``extract`` asks only for the sentences of a named-affair
    subsection (Controversies > Price fixing) that write their date: there the subsection is the
    case, and each dated step of it is an item; a reply that holds one is vetoed as for a strong cue."""
    found = next((cue for cue in cues if (m := cue.pattern.search(text)) and not acronym_of_self(m, names)), None)
    if found is not None and any(_vetoes(v, found, text) for v in t.veto):
        return None
    return found


def acronym_of_self(m: re.Match, names: tuple[str, ...]) -> bool:
    """The authority of a ``procedure`` row that names it by its acronym ("The NIRC ordered",
    "(PROFEPA) ordered") is the company itself ("ZTM ordered ..."): its own act, no step of a case."""
    if "acronym" not in m.re.groupindex or m.group("acronym") is None or not names:
        return False
    return _SELF in _marked(m.group("acronym"), names)


def tied_to_a_case(ds: DatedSentence, step: Cue, heading: str | None, t: Table) -> bool:
    """Whether a sentence that tells an authority's ``step`` in a case (``step_of_a_case``)
    belongs to a case of the company: it writes its date, and it stands in a named-affair
    subsection (Controversies > Price fixing) or names the case after the step with a ``case``
    phrase ("reduced the group's fine", "cancelled part of the assessment"; not "after the suit
    was filed", where the case is the step's own subject). An undated step is a detail."""
    if not ds.explicit:
        return False
    if heading is not None:
        return True
    m = step.pattern.search(ds.sentence.text) if t.case is not None else None
    return m is not None and t.case.search(ds.sentence.text, m.end()) is not None


def classify(text: str, in_section: bool, t: Table) -> Cue | None:
    """The cue that makes ``text`` a controversy (None when it is not one)."""
    low = text.lower()
    if not any(k in low for k in t.prefilter):
        return None
    folded = fold(text)
    return _classify(text, in_section, t, [c for c in t.strong if passes(c.gate, folded)],
                     [c for c in t.weak if passes(c.gate, folded)])


# ---------------------------------------------------------------- confidence


_SELF = "\ue000"  # stands for a name of the company in a sentence marked by ``claimant``


@lru_cache(maxsize=64)
def _marked(text: str, names: tuple[str, ...]) -> str:
    """``text`` in lower case with the company's names replaced by ``_SELF``: what the
    claimant, defendant, disclaimer, own-claim and other-party rows read. One sentence is
    marked once for all of them (a sentence with a cue is asked up to four times)."""
    return self_pattern(names).sub(_SELF, text.lower())


@lru_cache(maxsize=1)
def _sides() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The ``claimant``, ``defendant``, ``disclaimer`` and ``own`` rows of the table as four
    alternations, compiled once, with "{self}" standing for a marked name of the company or the
    table's words for it."""
    t = table()
    return _joined(t.claimant), _joined(t.defendant), _joined(t.disclaimer), _joined(t.own)


def _joined(rows: tuple[str, ...]) -> re.Pattern:
    """``rows`` as one case-insensitive alternation, "{self}" standing for a marked name of the
    company or the table's words for it."""
    self_ = r"(?<![\w-])(?:" + "|".join([_SELF, *(w for w in table().self_words.split("|") if w)]) + r")(?![\w-])"
    return re.compile("|".join(f"(?:{r.replace('{self}', self_)})" for r in rows) or r"(?!)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _won_self() -> re.Pattern:
    """The ``won-self`` rows as one alternation (see ``won_own_suit``)."""
    return _joined(table().won_self)


def won_own_suit(text: str, names: tuple[str, ...]) -> bool:
    """A suit the company brought and won, told as a ruling for it against another party ("the
    court ruled in Acme's favour in a suit against a copier", "ruled for Acme in its trademark
    suit against a brewer") or as a finding that another party infringed its rights ("found
    that a developer had infringed the group's trademark"): no controversy of the company, even
    when a pronoun of the sentence ("ordered it to pay") reads like a ``defendant`` row. A ruling
    for the company in a suit against it (a class action dismissed) is no such row: it stays one."""
    return _gated_search(_won_self(), _marked(text, names))


# A capitalised name of up to four words ("Arçelik", "Sud Import Distribution", "Estadio BBVA").
_OTHER = r"(?P<other>[A-Z][\w'’.&-]*(?:\s+(?:de\s+|of\s+)?[A-Z][\w'’.&-]*){0,3})"


@lru_cache(maxsize=1)
def _others() -> re.Pattern:
    """The ``other`` rows as one case-sensitive alternation, "{other}" a capitalised name."""
    rows = table().other
    return re.compile("|".join(f"(?:{r.replace('{other}', _OTHER.replace('?P<other>', f'?P<other{n}>'))})"
                               for n, r in enumerate(rows)) or r"(?!)")


def another_party(text: str, names: tuple[str, ...]) -> bool:
    """The sentence's act falls on another named party, not the company ("The authority
    cleared Arçelik of similar accusations", "fined a former Castellane executive", "issued a
    warning letter to Lakeview", "the ticket-resale scandal at the Estadio BBVA"), and no
    ``defendant`` row makes the company the one sued, fined or accused as well."""
    self_ = self_pattern(names)
    for m in _others().finditer(text):
        name = next(g for g in m.groups() if g)
        if not self_.search(name.lower()):
            _, defends, _, _ = _sides()
            return not _gated_search(defends, _marked(text, names))
    return False


def _gated_search(pattern: re.Pattern, marked: str) -> bool:
    """Whether ``pattern`` matches in ``marked``, tried only when ``marked`` holds one of the
    pattern's keywords (``required_literals``: a big case-insensitive alternation costs a
    match attempt of every row at every position); then only the rows whose own keywords it holds
    are searched (``branch_search``)."""
    folded = fold(marked)
    return passes(required_literals(pattern), folded) and branch_search(pattern, marked, folded) is not None


def own_claim(text: str, names: tuple[str, ...]) -> bool:
    """The company's own claim is no controversy of it: a claim it won ("the court ruled in its
    favour", "ordered the wholesaler to pay Acme damages"), a counter-suit in a case told as
    the suit against it, or a habit ("Acme is a frequent plaintiff")."""
    marked = _marked(text, names)
    return _gated_search(_sides()[3], marked)


def disclaims(text: str, names: tuple[str, ...]) -> bool:
    """The sentence says that the company had no part in the case it tells ("Acme, which
    imports no fuel, was not among them", "Acme was not a party to the case", "it was never
    accused of any part in the scandal") or that the act never happened to it ("Acme has had no
    product recall"): another party's affair or a negation, no controversy of the company's."""
    marked = _marked(text, names)
    return _gated_search(_sides()[2], marked)


def claimant(text: str, names: tuple[str, ...]) -> bool:
    """The company brings the case or is awarded it ("Acme sued a distributor", "a court
    ordered the distributor to pay Acme damages", "Acme lodged a complaint about a rival"),
    and the sentence does not also make it the one accused, sued or fined: the case may be the
    company's claim against another rather than a case against the company."""
    claims, defends, _, _ = _sides()
    marked = _marked(text, names)
    return _gated_search(claims, marked) and not _gated_search(defends, marked)


_FOLLOW_UP = re.compile(r"(?:He|She|It|They|This|These|Those|The order|The decision|The ruling|The report)\b")
# words that deny a case or turn it away from the company: a negation ("has had no recall", "was
# not affected"), another party's case ("a separate suit", "an unrelated developer", "a rival",
# "a competitor") or a ruling for the company ("in its favour")
HEDGE = re.compile(r"\b(?:not|no|never|unrelated|separate|rival|competitors?|favou?r)\b", re.IGNORECASE)
# words of a wrong done to the company's goods or rights: a counterfeit, a forgery, a copy, an
# infringement ("a website that sold counterfeit tickets"): most often a case the company brings
INFRINGED = re.compile(r"\b(?:counterfeit\w*|forged|forger(?:y|ies)|fakes?|pirated|cop(?:ied|ying)|infring\w*)\b", re.IGNORECASE)
# words of a case brought by someone ("a suit brought by the airline", "as a plaintiff", "a suit
# against a Polish brewer"): a case told from the claimant's side, often the company's own
PLAINTIFF = re.compile(r"\b(?:brought by|plaintiffs?|against an?)\b", re.IGNORECASE)


def text_evidence(text: str) -> frozenset[str]:
    """The evidence features a sentence gives by its words alone: "followup" (it opens on a
    pronoun), "hedge" (``HEDGE``: it denies the case or turns it away from the company),
    "infringed" (``INFRINGED``: a counterfeit or an infringement of the company's goods or
    rights) and "plaintiff" (``PLAINTIFF``: a case told from the side of whoever brings it)."""
    found = set()
    if _FOLLOW_UP.match(text):
        found.add("followup")
    if HEDGE.search(text):
        found.add("hedge")
    if INFRINGED.search(text):
        found.add("infringed")
    if PLAINTIFF.search(text):
        found.add("plaintiff")
    return frozenset(found)


def evidence(cue: Cue, ds: DatedSentence, date, has_party: bool, in_section: bool,
             claims: bool = False) -> frozenset[str]:
    """The evidence features of a controversy (``kg.extractors.text_confidence``): the kind
    of cue ("cue.strong": an act anywhere, "fined", "sued"; "cue.weak": an accusation in a
    controversy section; "cue.topic": what a case is about; "cue.procedure": an authority's
    step in a named affair, ``step_of_a_case``), its type ("type.fine"), the date
    ("date.written" in the sentence, "date.carried" from another, "date.none"), whether it
    names a party ("party"), whether the sentence stands in a controversy section ("section")
    whether it opens on a pronoun, a follow-up ("followup": "He wrote ...", "The order ..."),
    whether its words deny the case or turn it away from the company ("hedge": ``HEDGE``), and
    whether the company is the claimant (``claims``, "claimant": see ``claimant``)."""
    kind = "procedure" if cue.procedure else "topic" if cue.topic else ("strong" if cue.strong else "weak")
    found = {f"cue.{kind}", f"type.{cue.type}", f"role.{ds.role}"}
    if date is None:
        found.add("date.none")
    else:
        found.add("date.written" if date.iso[:4] in ds.sentence.text else "date.carried")
    if has_party:
        found.add("party")
    if in_section:
        found.add("section")
    found |= text_evidence(ds.sentence.text)
    if claims:
        found.add("claimant")
    return frozenset(found)


def confidence(features: frozenset[str]) -> Decimal:
    """The confidence of a controversy with these evidence features."""
    return model_confidence(NAME, features)


def usable_topic(text: str, dated: bool, has_party: bool, t: Table) -> bool:
    """Whether a sentence whose only cue is a topic ("surveillance", "political prisoners")
    is a controversy: it must give a date or a party, and it must not tell a business event
    (a joint venture with a supplier of surveillance technology is a joint venture)."""
    if not (dated or has_party):
        return False
    return not any(p.search(text) for p in t.business)


def extract(article: Article) -> Iterator[Fact]:
    for fact, _ in readings(article):
        yield fact


_READ: list = slot(None, ())  # (article, its controversies with their evidence): read once per article


def readings(article: Article) -> tuple[tuple[Fact, frozenset[str]], ...]:
    """The controversies of the article with their evidence (``extract_with_evidence``), read once
    per article: the history extractor takes them for the sentences of the lead and History
    (``kg.extractors.history``), this extractor yields them."""
    if _READ[0] is not article:
        _READ[0], _READ[1] = article, tuple(extract_with_evidence(article))
    return _READ[1]


# A controversy told again (``told_again``) keeps a confidence of at most this: below the 0.8
# line, so a user who keeps the facts at 0.8 or more sees each case once (as relations do).
TOLD_AGAIN = Decimal("0.75")


def _same_time(a, b) -> bool:
    """Two dates of one case: the same, or one a coarser reading of the other (2014, 2014-08)."""
    return a is not None and b is not None and (a.iso.startswith(b.iso) or b.iso.startswith(a.iso))


def _sums(value) -> set[tuple[str, str]]:
    """The sums of money a controversy names, as (amount, currency)."""
    return {(str(a.amount), a.currency) for a in (getattr(value, "amounts", None) or ()) if getattr(a, "amount", None)}


def _same_sum(a, b) -> bool:
    """Two tellings that name the same sum of money ("paid $14.8 million to settle charges",
    "agreed to pay a civil penalty of $14.8 million"): one step of one case, whatever type
    each telling's cue gives it."""
    return bool(_sums(a) & _sums(b))


def told_again(found: list[tuple[Fact, frozenset[str]]]) -> set[int]:
    """The controversies that retell a case the article tells in another section: the same type
    (or the same sum of money, ``_same_sum``) at the same time (one date may be the coarser
    reading of the other), in a lead or history summary and again in detail ("In 2014 it
    recalled contaminated vegetable oil" in the lead, "In August 2014 NAFDAC ordered the recall
    of 14 batches ..." under Controversies). Of each such group the telling inside a controversy section is kept (else the one of highest
    confidence, else the first); the others are told again."""
    again: set[int] = set()
    for n, (fact, features) in enumerate(found):
        for m, (other, other_features) in enumerate(found):
            if m == n or fact.provenance.section == other.provenance.section:
                continue
            if fact.value.type != other.value.type and not _same_sum(fact.value, other.value):
                continue
            if not _same_time(fact.value.date, other.value.date):
                continue
            rank = ("role.controversy" in features, fact.provenance.confidence, -n)
            other_rank = ("role.controversy" in other_features, other.provenance.confidence, -m)
            if other_rank > rank:
                again.add(n)
                break
    return again


def case_tellings(found: list[tuple[Fact, frozenset[str]]], n: int) -> list:
    """The tellings of ``found[n]``'s case elsewhere in the article, as a summary and its
    detailed tellings pair: the controversies of another section at the same time (``_same_time``:
    one date the same as, or a coarser reading of, the other). ``finer_dates`` and
    ``summary_sums`` each filter these by what they carry over (a finer date, a sum)."""
    fact = found[n][0]
    return [other.value for m, (other, _) in enumerate(found)
            if m != n and other.provenance.section != fact.provenance.section
            and _same_time(fact.value.date, other.value.date)]


def finer_dates(found: list[tuple[Fact, frozenset[str]]]) -> dict[int, object]:
    """The finer date of a controversy told with a coarser one in another section: a summary that
    gives the year or the month of a case ("In 2014 it recalled contaminated vegetable oil" in the
    lead) takes the day or month the detailed telling gives ("In August 2014 NAFDAC ordered the
    recall ..." under Controversies), as the tellings of one case (``told_again``: the same type
    or the same sum, one date the coarser reading of the other) are of one time. Only when the
    finer dates of that time agree (each a coarser reading of the finest): two fines of one year
    told in detail on two days leave the summary's year as it is. An earlier step of another type
    in that period (the inquiry before the fine, the fire before the recall) does not: the summary
    tells the step its type names ("The commission fined it in 2021" is the fine of May 2021, not
    the inquiry of March). When a telling names the summary's sum (``_same_sum``), those tellings
    alone give the date (two fines of one year, the summary's €1.2 million one of them); when no
    telling has the summary's type or sum, one of another type that names a party of the summary
    does (a search by the anticorruption office told as a raid in one section, an investigation in
    the lead). By index of ``found``."""
    out: dict[int, object] = {}
    for n, (fact, _) in enumerate(found):
        date = fact.value.date
        if date is None or date.precision == "day":
            continue
        tellings = [v for v in case_tellings(found, n) if len(v.date.iso) > len(date.iso)]
        summed = [v for v in tellings if _same_sum(fact.value, v)]
        finer = [v.date for v in summed or [v for v in tellings if v.type == fact.value.type]]
        if not finer and _party_keys(fact.value):
            finer = [v.date for v in tellings if _party_keys(fact.value) & _party_keys(v)]
        if not finer:
            continue
        finest = max(finer, key=lambda d: len(d.iso))
        if not all(finest.iso.startswith(d.iso) for d in finer):
            if _SEVERAL_TIMES.search(fact.provenance.sentence or ""):
                continue  # "fined twice in 2019": a summary of several cases keeps its year
            finest = _most_told(finer)
        out[n] = finest
    return out


# A summary that tells several cases at once ("was fined twice in 2019", "several times").
_SEVERAL_TIMES = re.compile(r"\b(?:twice|thrice|(?:several|many|multiple|two|three|four|\d+)\s+times|repeatedly)\b",
                            re.IGNORECASE)


def _most_told(dates: list) -> object:
    """Of the finer dates the detailed tellings of one case give, when they disagree: the one told
    most often (a step retold in the history and in the controversy section; a coarser telling,
    "the agreement of August 2018", counts for "21 August 2018"), of equals the earliest (the
    case's first step: the inquiry of February before the one of July)."""
    count = {d.iso: sum(d.iso.startswith(e.iso) for e in dates) for d in dates}
    best = min(count, key=lambda iso: (-count[iso], iso))
    return next(d for d in dates if d.iso == best)


def _party_keys(value) -> set[str]:
    return {(p.entity.title or p.entity.label).casefold() for p in value.participants}


def _same_parties(a, b) -> bool:
    """Two tellings that may be of one case by their parties: one names none, or they share one."""
    x, y = _party_keys(a), _party_keys(b)
    return not x or not y or bool(x & y)


# A summary that says the company was fined, assessed or settled, and leaves out the sum ("was
# fined by the competition authority in 2016", "The 2024 settlement did not require it to admit
# the allegations", "signed a leniency agreement with prosecutors"); not a reprimand, a duty or
# an order to pay damages.
_FINED = re.compile(r"\b(?:fined?|fines|assess(?:ed|es|ment)|settle(?:d|s|ment)|(?:leniency|plea|consent) agreement)\b",
                    re.IGNORECASE)


# The types whose sum is the case itself, with the length of the date (as ISO) the summary and
# its telling must share: a fine of one year told twice is one fine, where two lawsuits of one
# year are often two cases, and only a suit of the same month is the one told again.
_SUMMED = {"fine": 4, "lawsuit": 7}
_SUMMED_GATE = {"fine": _FINED}


def summary_sums(found: list[tuple[Fact, frozenset[str]]]) -> dict[int, tuple]:
    """The sum of a controversy told without one in a summary and with one in another section:
    "The competition authority fined it in 2017 for its part in a cartel" in the lead takes the
    "€68.2 million" of "In March 2017 the European Commission fined the company €68.2 million"
    under Legal issues, as the tellings of one case (``case_tellings`` of the same type and
    parties, at the same time: the same year for a fine, the same month for a lawsuit) are of
    one sum. The sums every such telling names: two fines of one year with two sums leave the
    summary without one, and a telling that also names the bribes of the case ("admitted bribes
    of R$14 million and agreed to pay R$620 million" beside "agreed to pay R$620 million") adds
    none. By index of ``found``: the amounts to take."""
    out: dict[int, tuple] = {}
    for n, (fact, _) in enumerate(found):
        shared = _SUMMED.get(fact.value.type)
        if shared is None or fact.value.amounts or fact.value.date is None or len(fact.value.date.iso) < shared:
            continue
        gate = _SUMMED_GATE.get(fact.value.type)
        if gate is not None and not gate.search(fact.provenance.sentence or ""):
            continue
        tellings = [v for v in case_tellings(found, n)
                    if v.type == fact.value.type and v.amounts and len(v.date.iso) >= shared
                    and _same_parties(fact.value, v)]
        if not tellings:
            continue
        common = set.intersection(*(_sums(v) for v in tellings))
        amounts = tuple(a for a in tellings[0].amounts if (str(a.amount), a.currency) in common)
        if amounts:
            out[n] = amounts
    return out


def extract_with_evidence(article: Article) -> Iterator[tuple[Fact, frozenset[str]]]:
    """Each controversy of the article with its evidence features (``evidence``); a case told
    again in another section (``told_again``) carries "told.again" and a confidence of at most
    ``TOLD_AGAIN``."""
    found = list(_statements(article))
    again = told_again(found)
    finer = finer_dates(found)
    sums = summary_sums(found)
    for n, (fact, features) in enumerate(found):
        if n in finer:
            fact = replace(fact, value=replace(fact.value, date=finer[n]))
        if n in sums:
            fact = replace(fact, value=replace(fact.value, amounts=sums[n]))
        if n in again:
            features = features | {"told.again"}
            fact = replace(fact, provenance=replace(fact.provenance, confidence=min(fact.provenance.confidence, TOLD_AGAIN)))
        yield fact, features


# Where a sentence of a controversy section joins a second act to the first: "; " or ", and "
# before a new clause ("..., and in October 2022 its sanctions board fined the company").
_SECOND_ACT = re.compile(r";\s+|,\s+and\s+(?=(?:in|on|the|its|their|a|an)\s|[A-Z])")


# A date that opens a clause ("in August 2022 ", "On 3 May 2019, "), skipped to find its subject.
_LEADING_DATE = re.compile(r"^(?:(?:in|on|by|from)\s+)?(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4},?\s+", re.IGNORECASE)
# An act that falls on another named party: "opened an inquiry into Crestmark Health".
_ON_ANOTHER = re.compile(r"\b(?:investigation|inquiry|enquiry|probe|suit|lawsuit|charges|case|complaint)s?\s+(?:into|against)\s+"
                         r"(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*(?!['’]s)\b")


@lru_cache(maxsize=1)
def _own_step() -> re.Pattern:
    """A clause whose subject is the company (its step in the case: "Acme pleaded guilty")."""
    self_ = r"(?:" + "|".join([_SELF, *(w for w in table().self_words.split("|") if w)]) + r")"
    return re.compile(rf"^(?:{self_})(?![\w-])", re.IGNORECASE)


# The verb of a buyer's stop ("suspended its purchases from the company", "stopped ordering the
# company's bars"): a ``boycott`` row that reads a stop by its subject.
_STOP = re.compile(r"(?:suspended|stopped|halted|ended|cancell?ed|canceled|withh(?:eld|olding|olds))\b", re.IGNORECASE)


def own_stop(text: str, cue: Cue, names: tuple[str, ...]) -> bool:
    """A buyer's stop (``_STOP``) whose subject is the company itself ("In 2019 Acme stopped
    selling the vases pending a review", "The company stopped ordering from Hengli pending an
    audit"): its own decision, no boycott of it."""
    if cue.type != "boycott":
        return False
    m = cue.pattern.search(text)
    if m is None or not _STOP.match(m.group()):
        return False
    head = _LEADING_DATE.sub("", text[:m.start()].strip())
    return bool(_own_step().match(_marked(head, names)))


# Types whose act the company does itself ("in 2019 the company recalled 8,000 chairs"): a clause
# whose subject is the company is then a case of its own, not its step in the other act's case.
_OWN_ACTS = frozenset({"recall"})


# An incident (an accident, a leak, a data breach: ``other``, ``data_breach``) and the sanction or
# inquiry that follows it, or a fine or a ruling and the court's later step on it (an appeal
# rejected, a ruling upheld, the damages ordered in the suit): one case, typed by its first step.
_INCIDENTS = frozenset({"other", "data_breach"})
_RULINGS = frozenset({"fine", "lawsuit"})
# A dismissal of strikers or union officers and the court's later ruling on it ("Four union officers
# were dismissed in 2007, and a labour court ordered their reinstatement"): one case, the dismissal first.
_DISMISSALS = frozenset({"layoffs"})


# A clause whose subject, the company, undergoes the act ("in 2023 it was fined", "the company
# has since been investigated"): the other party's act on it, not a step of its own.
_PASSIVE = re.compile(r"\s+(?:(?:also|later|then|since|again)\s+)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been|"
                      r"is\s+being|was\s+being)\s+(?:(?:also|later|then|since|again|criminally|formally)\s+)?"
                      r"(?:[a-z]+ed|sued|fined|charged|found|brought|taken|hit|caught|held|put|sent|told)\b")


# A year written in a clause: an act told with one is a step in time, not a background state
# ("Effluent from the tannery has polluted the river, and the company was fined in 2018").
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def _one_case(first: str, second: str) -> bool:
    """The second act is a later step of the first act's case (``_INCIDENTS``, ``_RULINGS``, ``_DISMISSALS``)."""
    return first in _INCIDENTS or ((first in _RULINGS or first in _DISMISSALS) and second in _RULINGS)


def _two_acts(blanked: str, t: Table, strong, named: tuple[tuple[int, int], ...],
              names: tuple[str, ...]) -> list[tuple[Cue, str]] | None:
    """Two acts of one sentence inside a controversy section, each with a strong cue of its own
    and of another type ("The ombudsman opened an investigation the following month, and in
    October 2022 its sanctions board fined the company"; "the widow sued the company ..., and
    the federation called for a boycott of its ships"): each act with its text, the other part
    blanked (same length), or None. Cut at the first "; " or ", and" before a new clause. Not when
    either act is the company's own step (a recall is no step: the company recalls, ``_OWN_ACTS``) ("Acme pleaded guilty, and in 2022 the court fined it": one
    step of one case) or falls on another named party ("opened an inquiry into Crestmark Health,
    and Crestmark sued Acme"), nor when the second act is a later step of the first's case
    (``_one_case``: "A fire killed a welder in 2019, and the inspectorate fined the company"):
    then the sentence is one controversy, as before, typed by its first act in the last case."""
    cut = _SECOND_ACT.search(blanked)
    if cut is None:
        return None
    head = blanked[:cut.start()] + " " * (len(blanked) - cut.start())
    tail = " " * cut.end() + blanked[cut.end():]
    first = _classify(head, False, t, strong, (), named)
    second = _classify(tail, False, t, strong, (), named)
    if first is None or second is None or first.type == second.type:
        return None
    for part, cue in ((head, first), (tail, second)):
        text = part.strip()
        clause = _marked(_LEADING_DATE.sub("", text), names)
        own = cue.type not in _OWN_ACTS and (m := _own_step().match(clause)) and not _PASSIVE.match(clause, m.end())
        if own or _ON_ANOTHER.search(text):
            return None
    if _one_case(first.type, second.type):
        return [(first, blanked)] if _YEAR.search(head) else None  # an undated first act: a state, no step
    return [(first, head), (second, tail)]


# Where one act of a summary ends and the next begins: a comma, a semicolon or "and".
_LIST_BREAK = re.compile(r"[,;]|\band\b")


def _list_item_start(text: str, at: int) -> int:
    """Where the item of a list (``_LIST_BREAK``: a comma, ";" or "and") that holds ``at`` begins:
    after the last break before it, or at the text's start."""
    return max((b.end() for b in _LIST_BREAK.finditer(text, 0, at)), default=0)


def first_dated_act(text: str, found: Cue, t: Table, strong, named: tuple[tuple[int, int], ...] = ()) -> Cue | None:
    """The act a sentence outside a controversy section tells first when it sums up several cases
    ("Halvorsen recalled ... in 2008, was fined in 2018 for ..., and lost an arbitration in 2021"; "The
    company was accused in 1996 of ..., and repaid refunds with a penalty in 2020"): a strong cue of
    another type than ``found`` (the cue the table's order chose) whose match comes before it, in an
    earlier clause (a comma, ";" or "and" between them) that writes a year, when the clause of
    ``found`` writes a year of its own (each act dated: two cases, not the steps of one "In
    October 2016 the commission found that ... between 2009 and 2013, and fined it"). The sentence is one
    controversy, typed and dated by its first step (tests/gold/README.md); its ``first`` rows still
    apply. None when there is no such act, or when the veto holds for it."""
    at = found.pattern.search(text)
    if at is None:
        return None
    best: tuple[int, int, Cue] | None = None
    for c in strong:
        if c.type == found.type:
            continue
        m = next((m for m in c.pattern.finditer(text, 0, at.start()) if not _in_title(m, text)
                  and not (c.type == "other" and any(a <= m.start() and m.end() <= b for a, b in named))), None)
        if m is not None and (best is None or m.start() < best[0]):
            best = (m.start(), m.end(), c)
    if best is None:
        return None
    start, end, c = best
    brk = _LIST_BREAK.search(text, end, at.start())
    if brk is None:
        return None
    clause = text[_list_item_start(text, start):brk.start()]
    later = _LIST_BREAK.search(text, at.end())
    own = text[_list_item_start(text, at.start()):later.start() if later else len(text)]
    if not _YEAR.search(clause) or not _YEAR.search(own) or any(_vetoes(v, c, text) for v in t.veto):
        return None  # each act dated in its own clause: two cases, not the steps of one
    return _told_first(c, text, start, t)


def _statements(article: Article) -> Iterator[tuple[Fact, frozenset[str]]]:
    """Each controversy the cues find, with its evidence features."""
    t = table()
    names = company_names(article)
    dated = dated_sentences(article)
    # the prefilter and the keyword gates of the cues, sentence by sentence, in one pass
    index = literal_index(article)
    prefiltered = literal_index(article, folded=False).any_of(t.prefilter)
    strong = index.candidates(t.strong, lambda c: c.gate, prefiltered)
    weak = index.candidates(t.weak, lambda c: c.gate, prefiltered)
    procedure = literal_index(article, folded=False).candidates(t.procedure, lambda c: c.gate)
    headings: dict[str | None, tuple[bool, str | None]] = {}
    linked: LinkedNames | None = None  # the names the article links, for their shorter names: read
    bodies: tuple[Entity, ...] = ()  # once, when the first controversy of the article is told
    told: dict[int, object] = {}  # the date of the first dated controversy of a sentence, by its index
    for i, ds in enumerate(dated):
        if i not in prefiltered and i not in procedure:
            continue
        s = ds.sentence
        if s.section not in headings:
            headings[s.section] = controversy_heading(s.section, t.sections)
        in_section, heading = headings[s.section]
        blanked = _aside_blanked(s.text)  # the cues' text: an opening aside and background phrases blanked
        cue = None
        if i in prefiltered:
            named = tuple((m.start, m.end) for m in ds.mentions
                          if m.entity.title and m.entity.label[:1].isupper() and not is_self(m.entity, names, article))
            cue = _classify(blanked, in_section, t, strong.get(i, ()), weak.get(i, ()), named)
        if cue is None and i in procedure and ds.explicit:  # ``tied_to_a_case`` wants a written date
            step = step_of_a_case(s.text, procedure[i], t, names)
            if step is not None and tied_to_a_case(ds, step, heading, t):
                cue = step
        if cue is None:
            continue
        if own_stop(blanked, cue, names):
            continue  # the company's own stop of sales or orders, no boycott of it
        if t.veto_self and replies(blanked, cue, names):
            continue  # the company's reply under its own name ("Acme called the report false")
        acts = [(cue, blanked)]
        if cue.strong and not cue.procedure and i in prefiltered:
            two = _two_acts(blanked, t, strong.get(i, ()), named, names)
            if two is not None and in_section:
                acts = two
            elif two is not None and _YEAR.search(two[0][1]):
                acts = [(two[0][0], blanked)]  # one controversy outside a section: typed by its dated first act
            elif not in_section:
                told_first = first_dated_act(blanked, cue, t, (*strong.get(i, ()), *(c for c in weak.get(i, ()) if not c.topic)), named)
                if told_first is not None:
                    acts = [(told_first, blanked)]  # a summary of several cases: typed by the one told first
        if disclaims(s.text, names):
            continue  # another party's affair, or no such act ("Acme was not involved", "has had no recall")
        if any(_may_match(p, ds.folded) and p.search(s.text) for p in t.won):
            continue  # a commercial dispute the company won: a competitor's or distributor's suit dismissed
        if won_own_suit(s.text, names):
            continue  # a suit the company brought and won, or a finding that another infringed its rights
        if another_party(s.text, names):
            continue  # another named party's case ("cleared Arçelik of", "a warning letter to Lakeview")
        claims = claimant(s.text, names)
        if claims and own_claim(s.text, names):
            continue  # a claim the company won, a counter-suit, a habit: no case against it
        if claims and cue.procedure:
            continue  # the company's own case against another
        if claims and not cue.strong:
            continue  # the accusation or complaint is the company's own, against another
        if linked is None:
            linked = linked_parties(dated, names, article)
            bodies = linked_bodies(linked)
        carried = follow_up_date(dated, i, heading, in_section, told) if ds.date is None else None
        steps = (*strong.get(i, ()), *procedure.get(i, ())) if len(acts) == 1 and ds.explicit else ()
        for cue, cue_text in acts:
            for fact, features in _statement(article, ds, cue, cue_text, heading, in_section, claims, t, names,
                                             len(acts) > 1, carried, steps, dated, i, linked, bodies):
                if fact.value.date is not None:
                    told.setdefault(i, _last_told(ds, fact.value.date))
                yield fact, features


def _last_told(ds: DatedSentence, date):
    """The date a next sentence of the same case goes on from (``told``, ``follow_up_date``): the
    last date a clause of ``ds`` writes when it comes after ``date``, the controversy's own (dated
    by its first step: "Inspectors began examining its oil in February 2018, and the court fined
    it in October 2019. A retailer suspended its orders after the ruling." goes on from 2019),
    as the running date of a controversy section does; else ``date``."""
    last = ds.last_date()
    return last if last is not None and _earlier(date, last) else date


# "later" with no span of its own ("The authority later investigated ..."; not "two days later"):
# the step came some unknown time after the one told before, so it takes no date from it.
_LATER = re.compile(r"(?<!\bdays )(?<!\bday )(?<!\bweeks )(?<!\bweek )\blater\b")


def follow_up_date(dated: list[DatedSentence], i: int, heading: str | None, in_section: bool,
                   told: dict[int, object]):
    """The date a controversy sentence without one of its own takes when it goes on with a case
    told in a dated sentence before it: a next step of one case is dated by its first step ("In
    August 2015 ... fell ill after eating at its restaurants. The health department traced the
    outbreak to ..."; "That month the agency fined it. Additionally, it ordered the company to
    cease operations."). The dated sentence is the nearest before it in its section. In a
    controversy section it stands in the same named-affair subsection (Controversies > Oil spill:
    the subsection is the case) or in the same paragraph, and the sentence takes the running date
    of the section (``DatedSentence.context``); elsewhere it stands in the same paragraph and is
    itself a controversy (``told``: the date of the first controversy read in a sentence, by its
    index), whose date the sentence takes. Not when the sentence says the step came "later"
    (``_LATER``) without a span. Else None."""
    ds = dated[i]
    s = ds.sentence
    if "later" in ds.low and _LATER.search(ds.low):
        return None
    for j in range(i - 1, -1, -1):
        before = dated[j]
        if before.sentence.section != s.section:
            return None
        if not before.explicit:
            continue
        if in_section and (heading is not None or before.sentence.paragraph == s.paragraph):
            return ds.context
        return told.get(j) if before.sentence.paragraph == s.paragraph else None
    return None


def _earlier(a, b) -> bool:
    """Date ``a`` comes before date ``b`` at the precision both give."""
    n = min(len(a.iso), len(b.iso))
    return a.iso[:n] < b.iso[:n]


def first_step_date(text: str, blanked: str, m: re.Match, cue: Cue, steps: tuple[Cue, ...], date, fallback,
                    opening: re.Pattern | None = None):
    """The date of a sentence that tells two steps of one case, the cue's the later: its first
    step's ("About 900 drivers filed a claim in May 2021; the labour court found for them in
    2023" is May 2021; "The company challenged the fine in court in 2020, which upheld it in
    2021" is 2020), as a controversy is dated by its first step. The first step is the earliest
    cue of ``steps`` starting before ``m`` of the cue's type or, for a ruling (``_RULINGS``), of
    another ruling type (a charge before a conviction, a suspension before a fine) or a case's
    ``opening`` step in court ("filed a suit", "was charged with", "appealed"; the steps are read
    in the sentence's order, whether or not the step is a cue of its own), written in an earlier
    clause (a ";", ", and" or "which" between them, or inside the cue's own match when the two
    overlap: "challenged it in the Court of Appeal in 2021, which dismissed") with a date of its
    clause before ``date``; else ``date``. The cues are read in ``blanked`` (``text`` with
    background phrases blanked, same length)."""
    family = _RULINGS if cue.type in _RULINGS else frozenset({cue.type})
    found = [f for step in steps if step.type in family for f in step.pattern.finditer(blanked)]
    if opening is not None and cue.type in _RULINGS:
        found.extend(opening.finditer(blanked))
    first = min((f for f in found if f.start() < m.start()), key=lambda f: f.start(), default=None)
    if first is None:
        return date
    brk = _CLAUSE_BREAK.search(blanked, first.end(), m.start() if first.end() <= m.start() else m.end())
    if brk is None:
        return date
    earlier = date_by_cue(text, first.start(), first.end(), fallback, until=brk.start())
    return earlier if earlier is not None and _earlier(earlier, date) else date


def cue_date(ds: DatedSentence, text: str, m: re.Match, told: bool = False):
    """The date of the step the cue ``m`` tells in ``text`` (the sentence, or one act of it): that
    of its clause when the clause is counted from the telling before it and writes no year ("In
    2016 farmers protested ...; two years later the council ordered the venture to hand back the
    land" is 2018, not the year of the protest: ``DatedSentence.relative_at``); else the date
    written for the cue (``date_by_cue``), else the sentence's. ``told``: the telling before is
    a sentence of the same paragraph (``told_before``); else only an earlier clause of the
    sentence counts as one (not a heading's year)."""
    return ds.relative_at(m.start(), told) or date_by_cue(since_blanked(text), m.start(), m.end(), ds.date)


# A state's start told after "since" ("Northfield, a customer since 2009, recalled ..."; "admitted that
# rice had been mixed into the range since at least 2017"): background, not the date of the step,
# unless the phrase opens its clause ("Since 2015 the company has been in a dispute") or its
# clause is in the present perfect ("its fillets have carried duties since 2003"), where the state
# is what the clause tells.
_CLAUSE_OPEN = re.compile(r"(?:^|;|,\s+and\b|,\s+but\b)\s*$")
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:long|also|always|since|been)\s+)?(?:been|[a-z]+(?:ed|en|ne|wn|un|ht))\b")


def since_blanked(text: str) -> str:
    """``text`` with each "since YEAR" phrase that tells a state's start in the background
    (``kg.text.dates.SINCE_YEAR``) blanked, same length."""
    if "ince" not in text:
        return text
    out = text
    for m in SINCE_YEAR.finditer(text):
        start = text.rfind(";", 0, m.start()) + 1
        if _CLAUSE_OPEN.search(text, 0, m.start()) or _PRESENT_PERFECT.search(text, start, m.start()):
            continue
        out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


# Where a main clause ends before a later step: "; ", ", and", "which" (not the comma after an
# opening phrase: "After an audit of the years 2016 to 2019, the authority fined it").
_CLAUSE_BREAK = re.compile(r";|,\s+and\b|\bwhich\b")


def _undated_dismissal(dated: list[DatedSentence], i: int, blanked: str, m: re.Match, heading: str | None,
                       in_section: bool):
    """The date of a dismissal of strikers told in a first clause that writes no year, before a later
    step that writes one ("The company dismissed 14 workers it said had blocked the gates, and the
    tribunal ordered in June 2023 that eleven be reinstated"): the dismissal came in the dispute told
    before it, so it takes the running date of the controversy section (``follow_up_date``), as a
    controversy is dated by its first step; None outside such a section or when the clause has a date."""
    ds = dated[i]
    clause = next((c for c in ds.clauses if c.start <= m.start() < c.end), None)
    if not in_section or clause is None or clause.date is not None or _YEAR.search(blanked, clause.start, clause.end) \
            or not any(c.date is not None for c in ds.clauses if c.start >= clause.end):
        return None
    return follow_up_date(dated, i, heading, in_section, {})


def _statement(article: Article, ds: DatedSentence, cue: Cue, blanked: str, heading: str | None, in_section: bool,
               claims: bool, t: Table, names: tuple[str, ...], part: bool = False,
               carried=None, steps: tuple[Cue, ...] = (), dated: list[DatedSentence] | None = None,
               index: int = 0, linked: LinkedNames | tuple[Entity, ...] = (),
               bodies: tuple[Entity, ...] = ()) -> Iterator[tuple[Fact, frozenset[str]]]:
    """The controversy that ``cue`` reads in ``blanked`` (the sentence, or with ``part`` one of its
    two acts, ``_two_acts``, dated by its own part alone), with its evidence features; none for a
    topic cue that is not usable. A sentence that tells an earlier step of the same case before
    its cue is dated by that step (``first_step_date``: ``steps`` are the cues its keywords let
    through); one without a date of its own takes ``carried`` (``follow_up_date``)."""
    s = ds.sentence
    aspect = cue.aspect or next((a for pat, a in t.aspects if _may_match(pat, ds.folded) and pat.search(s.text)), None)
    parties = own = _parties(ds, cue.type, t, article, names)
    seen = {p.entity.title for p in parties}
    for _, ent in brought_by(ds, names, article, linked) if cue.type == "lawsuit" else ():
        if ent.label.casefold() not in {p.entity.label.casefold() for p in parties}:
            parties = own = (*parties, Participant(ent, t.agents.get("lawsuit", "party")))  # who brought the case
    for _, ent in short_bodies(ds, bodies):
        if ent.title not in seen:  # a linked body by a shorter name ("the Department of Justice")
            seen.add(ent.title)
            parties = own = (*parties, Participant(ent, _table_role(t, ent.label) or "party"))
    for ent in unlinked_bodies(ds, names, article, bodies):
        if ent.label.casefold() not in {p.entity.label.casefold() for p in parties}:
            parties = own = (*parties, Participant(ent, _table_role(t, ent.label) or t.agents.get(cue.type, "party")))
    for ent in acronym_bodies(ds, body_acronyms(dated, names, article, bodies)) if dated is not None else ():
        if ent.label.casefold() not in {p.entity.label.casefold() for p in parties} \
                and (ent.title is None or ent.title not in seen):
            seen.add(ent.title)
            parties = own = (*parties, Participant(ent, _table_role(t, ent.label) or _table_role(t, ent.title or "") or "party"))
    if dated is not None:
        body = body_named_before(dated, index, parties, t, article, names, bodies)
        if body is not None:
            parties = (*parties, body)  # a party named before: no evidence the sentence gives
    if cue.topic and not usable_topic(s.text, ds.date is not None, bool(own), t):
        return
    outcome = next((o for pat, o in t.outcomes if _may_match(pat, ds.folded) and pat.search(s.text)), None)
    m = cue.pattern.search(blanked)
    date = cue_date(ds, blanked if part else s.text, m, dated is not None and told_before(dated, index)) if m else ds.date
    if steps and m is not None and date is not None:
        date = first_step_date(s.text, blanked, m, cue, steps, date, ds.date, t.opening)
    if date is None:
        date = carried  # a next step of a case told before it (``follow_up_date``)
    elif dated is not None and m is not None and not part and cue.type in _DISMISSALS:
        date = _undated_dismissal(dated, index, blanked, m, heading, in_section) or date
    event = Event(
        type=cue.type,
        label=_label(cue.type, aspect, heading, parties),
        date=date,
        participants=parties,
        amounts=_amounts(s.text, t),
        outcome=outcome,
        category="controversy",
    )
    features = evidence(cue, ds, date, bool(own), in_section, claims)
    prov = replace(sentence_provenance(article, s, NAME), confidence=confidence(features))
    yield Fact(subject=article.title, prop="controversy", value=event, provenance=prov), features


__all__ = ["NAME", "LinkedNames", "is_law", "unlinked_bodies", "brought_by", "no_party", "linked_parties", "linked_bodies", "linked_by_words", "short_bodies", "body_named_before", "summary_sums", "another_party", "claimant", "own_stop", "own_claim", "won_own_suit", "disclaims", "classify", "step_of_a_case", "acronym_of_self", "tied_to_a_case", "confidence", "controversy_heading", "evidence", "extract", "extract_with_evidence", "readings", "table", "follow_up_date", "finer_dates", "first_step_date", "first_dated_act"]
