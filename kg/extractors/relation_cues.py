"""The cue table of the relations extractor (``kg/data/relation_cues.tsv``), loaded and
checked once: cues with the side their counterparties are on, type refinements, vetoes,
counterparty sections, words that never start a name, organisation nouns, generic words, the
keyword prefilter, the industries of companies that sell to consumers, the headings of
shareholder lists and the types of bare agreements and contracts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from kg.model import RELATION_TYPES
from kg.text.patterns import further_gates, required_literals

TYPES = RELATION_TYPES
SIDES = ("object", "subject", "either", "reverse", "joint", "selfobj", "stakes", "passive", "buyer")
STRENGTHS = ("strong", "weak")
FLAGS = frozenset({"known", "channel", "state", "events", "round", "body", "fallback"})

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
    state: bool = False  # tells a standing relation ("customers include"), not an occasion ("signed")
    events: bool = False  # a sponsorship: the counterparty may be an event ("sponsors the Dayton Air Show")
    round: bool = False  # holds only in a sentence that tells a funding round ("in which X also took part")
    body: bool = False  # the counterparty is the body the pattern's `body` group names ("joined the X Alliance")
    # where ``gate`` is made of words most sentences hold ("the", "its"): the other sets of words
    # every match holds one of (``further_gates``), tested before the pattern runs
    more: tuple[tuple[str, ...], ...] = ()
    # only a counterparty no earlier cue of the sentence gave a relation ("supplied by X under an
    # agreement signed in 2021": the supplier, no partner besides)
    fallback: bool = False


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
    stakesections: tuple[re.Pattern, ...] = ()  # headings whose rows "Name – 8.1%" name shareholders
    deals: tuple[tuple[re.Pattern, str], ...] = ()  # what a bare agreement or contract in a clause makes of a partner
    itemsections: tuple[tuple[re.Pattern, str], ...] = ()  # headings whose items "Name – what it does" name counterparties
    itemcues: tuple[tuple[re.Pattern, str], ...] = ()  # what such an item's description makes of its name
    itemleads: tuple[tuple[re.Pattern, str], ...] = ()  # sentences ending in a colon whose list items are such items
    carrier: tuple[re.Pattern, ...] = ()  # infobox industries of companies that carry goods or people


@lru_cache(maxsize=1)
def cues() -> Cues:
    """Load and check ``relation_cues.tsv`` once."""
    cue_rows: list[Cue] = []
    refine, veto, sections, notname, orgnouns, generic, retailer = [], [], [], set(), set(), set(), []
    carrier: list[re.Pattern] = []
    deals: list[tuple[re.Pattern, str]] = []
    stakesections: list[re.Pattern] = []
    itemsections: list[tuple[re.Pattern, str]] = []
    itemcues: list[tuple[re.Pattern, str]] = []
    itemleads: list[tuple[re.Pattern, str]] = []
    prefilter = None
    for n, row in enumerate(_rows("relation_cues.tsv"), start=2):
        row = row + [""] * (6 - len(row))
        kind, pattern, type_, side, strength, flags = (c.strip() for c in row[:6])
        where = f"relation_cues.tsv row {n}"
        if kind in ("cue", "refine", "section", "veto", "deal", "itemcue") and type_ not in TYPES or \
                kind in ("itemsection", "itemlead") and type_ not in ("", *TYPES):
            raise ValueError(f"{where}: unknown relation type {type_!r}")
        if kind == "cue":
            if side not in SIDES:
                raise ValueError(f"{where}: unknown side {side!r}")
            if strength not in ("", *STRENGTHS):
                raise ValueError(f"{where}: unknown strength {strength!r}")
            flagset = {f.strip() for f in flags.split(",") if f.strip()}
            if flagset - FLAGS:
                raise ValueError(f"{where}: unknown flags {sorted(flagset - FLAGS)}")
            compiled = re.compile(pattern, re.IGNORECASE)
            cue_rows.append(Cue(compiled, type_, side, required_literals(compiled), strength or "strong",
                                "known" in flagset, "channel" in flagset, "state" in flagset, "events" in flagset,
                                "round" in flagset, "body" in flagset, further_gates(compiled),
                                "fallback" in flagset))
        elif kind == "refine":
            refine.append((re.compile(pattern, re.IGNORECASE), type_))
        elif kind == "deal":
            deals.append((re.compile(pattern, re.IGNORECASE), type_))
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
        elif kind == "carrier":
            carrier.append(re.compile(pattern, re.IGNORECASE))
        elif kind == "stakesection":
            stakesections.append(re.compile(pattern, re.IGNORECASE))
        elif kind == "itemsection":
            itemsections.append((re.compile(pattern, re.IGNORECASE), type_))
        elif kind == "itemcue":
            itemcues.append((re.compile(pattern, re.IGNORECASE), type_))
        elif kind == "itemlead":
            itemleads.append((re.compile(pattern, re.IGNORECASE), type_))
        else:
            raise ValueError(f"{where}: unknown kind {kind!r}")
    if prefilter is None:
        raise ValueError("relation_cues.tsv: no prefilter row")
    return Cues(tuple(cue_rows), tuple(refine), tuple(veto), tuple(sections), frozenset(notname), frozenset(orgnouns),
                frozenset(generic), prefilter, tuple(retailer), tuple(stakesections), tuple(deals),
                tuple(itemsections), tuple(itemcues), tuple(itemleads), tuple(carrier))
