"""History events: dated sentences with a trigger from the event-type table become events.

An event needs a date (written, relative to the running context, or the year heading) and a
trigger of ``kg/data/event_types.tsv``. One event per sentence by default; a sentence whose
clauses each carry their own date and trigger ("In April 2018, Series C ..., followed in the
next month by a Series C+ round ...") yields one per clause, and an enumeration of openings
with years in parentheses ("Norway (1963) and Denmark (1969)") one per year. Participants are
the clause's entity mentions (links and resolved unlinked names) and unlinked proper nouns
after a cue ("led by Amazon", "from the hedge fund Bridgepoint"), with the role of the type;
the company itself is never a participant.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.extractors.event_cues import EventType, classify, event_types, gated_types, object_cue
from kg.model import DateValue, Entity, Event, Fact, Money, Participant
from kg.text import narrative
from kg.text.dates import MONTHS
from kg.text.mentions import (
    ABBREVIATED_PLACE,
    NOT_NAMES,
    company_names,
    is_demonym_link,
    is_office_link,
    names_company_itself,
)
from kg.text.money import parse_money_all
from kg.text.parse import Article, Mention

NAME = "history"

# After these words a clause gives a reason or a circumstance: no more participants there.
_REASON = re.compile(
    r"\b(?:because|due to|following|amid|in response to|"
    r"for (?:using|its|their|allegedly|violat\w*|fail\w*|breach\w*))\b",
    re.IGNORECASE,
)
# Text from which on sums of money are not the event's amount.
NOT_THE_AMOUNT = re.compile(
    r"\b(?:valuation|valued at|bringing (?:the|its) total|in total|to date|market capitali[sz]ation|"
    r"starting point|requested|revenue|sales of|loss(?:es)? of|profit)\b",
    re.IGNORECASE,
)
# Where an unlinked proper noun after these words names a participant.
_CUE = (
    r"(?:led by|from|with|by|acquir(?:ed|ing|e)|bought|purchased|sold to|partnered with|"
    r"participation from|investors? including|including)"
)
_NAME = r"[A-Z][\w&'.-]*[\w&](?:\s+(?:[A-Z][\w&'.-]*[\w&]|of|de|&)){0,4}"
_CUE_NAME = re.compile(
    rf"\b{_CUE}\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?P<name>{_NAME})"
    r"(?=\s*[,.;:()]|\s+(?:and|with|in|at|for|to|as|on|from|led|signed|worked)\b|\s*$)"
)
_OWNER_OF = re.compile(r"\s+(?:subsidiary|unit|division|arm|affiliate)\b", re.IGNORECASE)
_ROUND = re.compile(r"\b(series [a-h]\+?|seed)(?![a-z])", re.IGNORECASE)
_PAREN_YEAR = re.compile(r"\((1[6-9]\d\d|20\d\d)\)")
_LOCATIVE = re.compile(r"\b(?:in|at|across|into|throughout|near)\s+(?:the\s+)?$", re.IGNORECASE)
_OUTSIDE = re.compile(r"\b(?:outside|beyond|except)\s+(?:the\s+)?$", re.IGNORECASE)
_MONEYISH = re.compile(r"[$€£¥₩₹]|\b(?:million|billion|USD|EUR|GBP|won|yen|yuan)\b")
_DECADE = re.compile(r"\b(1[6-9]\d0|20\d0)s\b")
_NAME_AFTER = re.compile(
    rf"\s+(?:(?:its|their|a|an|the|new|first|own|latest|of)\s+){{0,3}}(?:(?!(?:in|at|on|for|to|with|by|from|into|across|and)\s)[a-z][\w-]*\s+){{0,2}}(?P<name>{_NAME})")
# a name after these words is a party of the launch, not the product ("for American Airlines")
_PARTY_BEFORE = re.compile(r"\b(?:for|to|with|by|from|and)\s+(?:the\s+)?$", re.IGNORECASE)
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})(?:\s+[a-z][\w-]*){{0,2}}\s+(?:(?:is|was|were|has been|have been)\s+)?$")
_BARE_NAME = re.compile(rf"(?P<name>{_NAME})")


# ---------------------------------------------------------------- segments


# Separators (narrative.split_clauses) after which a clause may tell an event of its own.
_COORDINATION = frozenset({";", "and", ", and", "and,", ", and,"})
# What a clause after ';' must name to repeat the event before it: a sum or a name.
_ELLIPSIS_OBJECT = re.compile(rf"[$€£¥₩₹]|\d\s*(?:million|billion|bn|m)\b|(?<!^)(?<!\. )\b{_NAME}")


@dataclass
class _Segment:
    start: int
    end: int
    date: DateValue | None
    etype: EventType
    trigger: re.Match


def _segments(ds: narrative.DatedSentence, allowed: frozenset[str],
              types: list[EventType] | None = None, company: frozenset[str] | None = None) -> list[_Segment]:
    """Clauses grouped into event segments: a clause with its own date and trigger starts one;
    after ';' a dated clause without a trigger repeats the previous type (ellipsis)."""
    segs: list[_Segment] = []
    for clause in ds.clauses:
        if segs and clause.date is None:
            # "...; the Allied Carpets chain was sold to Carpetland": an undated clause after a
            # ';' or an 'and' that tells another kind of event is one more event of that time
            found = classify(clause.text, allowed, ds.folded[clause.start: clause.end], types, company) \
                if clause.separator in _COORDINATION else None
            if found is not None and found[0] is not segs[-1].etype:
                segs.append(_Segment(clause.start, clause.end, segs[-1].date, *found))
            else:
                segs[-1].end = clause.end
            continue
        found = classify(clause.text, allowed, ds.folded[clause.start: clause.end], types, company)
        if (found is None and segs and clause.separator in (";", "and") and clause.date is not None
                and _ELLIPSIS_OBJECT.search(clause.text)):
            prev = segs[-1]
            segs.append(_Segment(clause.start, clause.end, clause.date, prev.etype, prev.trigger))
            continue
        if found is None:
            if segs:
                segs[-1].end = clause.end
            continue
        etype, m = found
        if segs and not (clause.date is not None and segs[-1].date is not None):
            segs[-1].end = clause.end
            continue
        date = clause.date
        if date is None and not segs:
            date = ds.date if not ds.explicit else next((c.date for c in ds.clauses if c.date), None)
        segs.append(_Segment(clause.start, clause.end, date, etype, m))
    return segs


# ---------------------------------------------------------------- participants


def _is_company(entity: Entity, names: frozenset[str]) -> bool:
    return (entity.title or "").lower() in names or entity.label.lower() in names


_PREP_BEFORE = re.compile(r"\b(to|from|for|with|by)\s+(?:[\w.'-]+\s+){0,4}$", re.IGNORECASE)


def _role_by_preposition(text: str, lo: int, at: int, default: str | None,
                         preps: tuple[tuple[str, str], ...]) -> str | None:
    """The role of a name at ``at``: the one its preposition gives ("sold ... to Lenovo",
    "for American Airlines"), else ``default``; ``lo`` bounds the look-back."""
    if preps:
        m = _PREP_BEFORE.search(text, max(lo, at - 60), at)
        if m:
            word = m.group(1).lower()
            for prep, role in preps:
                if prep == word:
                    return role
    return default


def _participants(text: str, start: int, end: int, mentions: list[Mention], etype: EventType,
                  company: frozenset[str], trigger: tuple[int, int] = (0, 0),
                  voice: tuple[str | None, tuple[tuple[str, str], ...]] | None = None) -> list[Participant]:
    """The clause's participants with their roles; ``voice`` (role, prepositions) replaces the
    type's when the company is what was bought or sold."""
    out: list[Participant] = []
    default, preps = voice if voice is not None else (etype.role, etype.preps)
    if default is None and not preps:
        return out
    seen: set[str] = set()
    reason = _REASON.search(text, max(start, trigger[1]), end)
    if reason:
        end = reason.start()
    prev_end = start
    for k, m in enumerate(mentions):
        if m.start < start or m.end > end or (m.start < trigger[1] and trigger[0] < m.end):
            continue
        lo, prev_end = prev_end, m.end
        following = mentions[k + 1] if k + 1 < len(mentions) else None
        if following is not None and following.start == m.end + 1 and text[m.end] == " ":
            continue  # a modifier of the next name: "United States Bureau of ..."
        if _OWNER_OF.match(text, m.end):
            continue  # "a Dubai World subsidiary": the owner of a party, not a party
        ent = m.entity
        if _OUTSIDE.search(text[max(0, m.start - 10): m.start]):
            continue
        if (not ent.label or ent.label[0].islower() or _is_company(ent, company) or is_demonym_link(ent)
                or is_office_link(ent)):
            continue
        key = (ent.title or ent.label).lower()
        if key in seen:
            continue
        role = _role_by_preposition(text, lo, m.start, default, preps)
        if default != "location" and _LOCATIVE.search(text[max(0, m.start - 14): m.start]):
            role = "location"
        if role is None:
            continue
        seen.add(key)
        out.append(Participant(Entity(label=ent.label, title=ent.title, kind=ent.kind), role))
    taken = [(m.start, m.end) for m in mentions]
    cued = list(_CUE_NAME.finditer(text, start, end))
    for pattern in _company_pairs(company):
        cued.extend(pattern.finditer(text, start, end))
    for m in cued:
        name = re.sub(r"'s$", "", m.group("name"))
        a, b = m.start("name"), m.start("name") + len(name)
        if any(a < y and x < b for x, y in taken) or not _plausible_name(name, company):
            continue
        role = _role_by_preposition(text, start, a, default, preps)
        if name.lower() not in seen and role is not None:
            seen.add(name.lower())
            out.append(Participant(Entity(label=name), role))
    return out


@lru_cache(maxsize=256)
def _company_pairs(company: frozenset[str]) -> tuple[re.Pattern, ...]:
    """"Honda and SenseTime signed ...", "SenseTime and Honda ...": the other name is a party."""
    alt = "|".join(re.escape(c) for c in sorted(company, key=len, reverse=True))
    return (
        re.compile(rf"(?<![\w-])(?P<name>{_NAME})\s+and\s+(?i:{alt})\b"),
        re.compile(rf"\b(?i:{alt})\s+and\s+(?P<name>{_NAME})(?=\s+(?:signed|announced|agreed|formed|partnered|launched|created)\b)"),
    )


def _plausible_name(name: str, company: frozenset[str]) -> bool:
    first = name.split()[0].lower()
    low = name.lower()
    if low in company or any(c in low for c in company if len(c) > 3):
        return False
    if first in NOT_NAMES or first in MONTHS or _ROUND.match(name):
        return False
    if ABBREVIATED_PLACE.fullmatch(name.rstrip(".")):
        return False  # "acquired U.S. air conditioner distributor Quietside"
    return len(name) >= 3 and not name.isdigit()


# ---------------------------------------------------------------- amounts and labels


def _amounts(text: str) -> tuple[Money, ...]:
    cut = NOT_THE_AMOUNT.search(text)
    text = text[: cut.start()] if cut else text
    if not _MONEYISH.search(text):
        return ()
    found = parse_money_all(text)
    return tuple(m for m in found if m.note != "no currency given")


_FORMATTER = string.Formatter()


def _label(etype: EventType, text: str, participants: list[Participant], company: frozenset[str],
           trigger: re.Match | None = None, template: tuple[str, str] | None = None) -> str:
    """The event label from the type's template: ``{p}`` the participants, ``{round}``,
    ``{product}``, or a role ("{buyer}", "{acquirer}") the participants in that role; the
    template without participants when a field has no value."""
    with_p, without_p = template or etype.template
    fields = {f for _, f, _, _ in _FORMATTER.parse(with_p) if f}
    names = [p.entity.label for p in participants if p.role != "location" or etype.role == "location"]
    values: dict[str, str] = {"p": _join(names[:3])}
    if "round" in fields:
        m = _ROUND.search(text)
        word = m.group(1) if m else ""
        values["round"] = ("Series " + word[7:].upper() if word.lower().startswith("series") else "Seed") if m else ""
    if "product" in fields:
        values["product"] = _product_name(text, trigger, company) if trigger else ""
    for f in fields - values.keys():
        values[f] = _join([p.entity.label for p in participants if p.role == f][:3])
    return (with_p if all(values[f] for f in fields) else without_p).format(**values)


def _product_name(text: str, trigger: re.Match, company: frozenset[str]) -> str:
    """The name right after the trigger ("introduced Deliveroo Plus") or right before it
    ("The Galaxy Note 7 smartphone went on sale")."""
    for m in (_NAME_AFTER.match(text, trigger.end()), _NAME_BEFORE.search(text, 0, trigger.start())):
        if m is None:
            continue
        name = m.group("name")
        first = name.split()[0].lower()
        if _PARTY_BEFORE.search(text, max(0, m.start("name") - 12), m.start("name")):
            continue
        if name.lower() not in company and first not in NOT_NAMES and first not in MONTHS:
            return name
    return ""


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------- extraction




def _usable_date(date: DateValue | None, text: str) -> bool:
    if date is None:
        return False
    return not (date.approximate and _DECADE.search(text) and date.precision == "year"
                and f"{date.iso}s" in text)


def _split_years(seg: _Segment, text: str, mentions: list[Mention], company) -> list[tuple[DateValue, list[Participant]]]:
    """An enumeration "Norway (1963) and Denmark (1969)": one (date, participants) per year."""
    years = list(_PAREN_YEAR.finditer(text, seg.start, seg.end))
    if len({m.group(1) for m in years}) < 2:
        return []
    by_year: dict[str, list[Participant]] = {}
    prev = seg.start
    for m in years:
        parts = _participants(text, prev, m.start(), mentions, seg.etype, company)
        linked = [(x.start, x.end) for x in mentions]
        for n in _BARE_NAME.finditer(text, prev, m.start()) if seg.etype.role == "location" else ():
            name = n.group("name")
            if not any(n.start() < y and x < n.end() for x, y in linked) and _plausible_name(name, company):
                parts.append(Participant(Entity(label=name), seg.etype.role))
        by_year.setdefault(m.group(1), [])
        for p in parts:
            if p not in by_year[m.group(1)]:
                by_year[m.group(1)].append(p)
        prev = m.end()
    return [(DateValue(y, "year", raw=f"({y})"), ps) for y, ps in by_year.items()]


def _refine(date: DateValue, following: narrative.DatedSentence | None, current) -> DateValue:
    """A month-precision event followed, in the same paragraph, by a sentence without a trigger
    that gives a day of that month ("The ceremony was held on 29 June 2018"), takes the day."""
    if (date.precision != "month" or following is None or not following.explicit
            or following.sentence.paragraph != current.sentence.paragraph
            or following.sentence.section != current.sentence.section):
        return date
    nd = following.date
    if (nd is None or nd.precision != "day" or nd.iso[:7] != date.iso
            or classify(following.sentence.text, None, following.folded)):
        return date
    return replace(nd, raw=nd.raw)


def events(article: Article) -> list[tuple[Event, narrative.DatedSentence]]:
    """The history events of an article with the dated sentence each comes from."""
    company = company_names(article)
    found: list[tuple[Event, narrative.DatedSentence]] = []
    dated = narrative.dated_sentences(article)
    for i, ds in enumerate(dated):
        if ds.role == "skip" or ds.date is None and not any(c.date for c in ds.clauses):
            continue
        if ds.role == "other" and (not ds.explicit or not names_company_itself(ds.sentence.text, company)):
            continue  # outside the history, a sentence must name the company (not an affiliate)
        text = ds.sentence.text
        folded = ds.folded
        types = gated_types(folded)
        if not types:
            continue  # no keyword of any type
        allowed = frozenset({"event"}) if ds.role == "controversy" else frozenset({"event", "controversy"})
        for seg in _segments(ds, allowed, types, company):
            seg_text = text[seg.start: seg.end]
            etype, voice, template, lo = seg.etype, None, None, seg.start
            obj = object_cue(etype, seg_text, company, folded[seg.start: seg.end])
            if obj is not None:  # the company itself was bought or sold
                etype = event_types()[seg.etype.object_type]
                voice = (seg.etype.object_role, seg.etype.object_preps)
                template = seg.etype.object_template
                if "self" in obj.re.groupindex and obj.start("self") == obj.start():  # passive: the buyers come after the cue
                    lo = seg.start + obj.end()
            split = obj is None and (etype.role is not None or etype.preps)
            pieces = _split_years(seg, text, ds.mentions, company) if split else []
            if not pieces and not _usable_date(seg.date, text):
                continue
            if not pieces:
                date = _refine(seg.date, dated[i + 1] if i + 1 < len(dated) else None, ds)
                span = (seg.start + seg.trigger.start(), seg.start + seg.trigger.end())
                pieces = [(date, _participants(text, lo, seg.end, ds.mentions, seg.etype, company, span, voice))]
            amounts = _amounts(seg_text) if etype.amounts else ()
            trigger = seg.etype.trigger(seg_text, folded[seg.start: seg.end])
            for date, parts in pieces:
                event = Event(
                    type=etype.key,
                    label=_label(etype, seg_text, parts, company, trigger, template),
                    date=date,
                    participants=tuple(parts),
                    amounts=amounts,
                    category=etype.category,
                )
                found.append((event, ds))
    return _merge(found)


_SUFFIX = re.compile(r"[\s,]+(?:inc|ltd|corp|co|plc|llc|ag|sa|corporation|limited|company)\.?$")


def _party_key(p: Participant) -> str:
    """A participant as a name without a company suffix ("SPSS Inc." and "SPSS" are one)."""
    return _SUFFIX.sub("", (p.entity.title or p.entity.label).lower())


def _party_keys(event: Event) -> set[str]:
    return {_party_key(p) for p in event.participants}


def _merge(found: list[tuple[Event, narrative.DatedSentence]]) -> list[tuple[Event, narrative.DatedSentence]]:
    """Drop repeats: a once-only type (founding, IPO) seen again in the same year, or the same
    type on the same date with the same amounts or shared participants."""
    types = event_types()
    kept: list[tuple[Event, narrative.DatedSentence]] = []
    for event, ds in found:
        twin = None
        for j, (other, _) in enumerate(kept):
            if other.type != event.type or other.date is None or event.date is None:
                continue
            if types[event.type].once and other.date.year == event.date.year:
                twin = j
                break
            if other.date.iso == event.date.iso and (
                (event.amounts and set(event.amounts) == set(other.amounts))
                or not (event.amounts or event.participants or other.amounts or other.participants)
                or _party_keys(event) & _party_keys(other)
            ):
                twin = j
                break
        if twin is None:
            kept.append((event, ds))
            continue
        other, ods = kept[twin]
        rank = {"year": 0, "month": 1, "day": 2}
        date = event.date if rank[event.date.precision] > rank[other.date.precision] else other.date
        have = _party_keys(other)
        extra = tuple(p for p in event.participants if _party_key(p) not in have)
        kept[twin] = (replace(other, date=date, participants=other.participants + extra), ods)
    return kept


def extract(article: Article) -> Iterator[Fact]:
    for event, ds in events(article):
        s = ds.sentence
        yield Fact(
            subject=article.title,
            prop="significantEvent",
            value=event,
            provenance=narrative.sentence_provenance(article, s, NAME),
        )
