"""Events told twice, merged into one: a timeline bullet or a table row told again in the prose,
the lead's summary of an event the body tells, the same deal agreed one year and completed the
next. ``merge`` keeps one telling of each event, with the more precise date, the sentence that
gives it, and the participants of both."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extractors.event_cues import EventType, event_types
from kg.model import DateValue, Event, Participant
from kg.text.items import LEGAL_SUFFIXES, LEGAL_TAIL

if TYPE_CHECKING:
    from kg.extractors.history import Found

MONTH_WORD = re.compile(r"(?i:January|February|March|April|May|June|July|August|September|October|November|December)$")

_PAREN = re.compile(r"\s*\([^()]*\)")
# then one more form in any case ("INC.", "Nokia OYJ") or the words "Corporation" and "Company"
_SUFFIX = re.compile(rf"[\s,]+(?:{LEGAL_SUFFIXES.pattern}|Corporation\b\.?|Company\b\.?)$", re.IGNORECASE)
# a legal form at the end of a name, as written ("Vestjysk Vindservice ApS", "Motori Brianza S.p.A.")
_LEGAL_FORM = LEGAL_TAIL
_RANK = {"year": 0, "month": 1, "day": 2}


def _party_key(p: Participant) -> str:
    """A participant as a name without a company suffix or a title's qualifier ("SPSS Inc." and
    "SPSS" are one)."""
    name = _LEGAL_FORM.sub("", _PAREN.sub("", p.entity.title or p.entity.label))  # "Lafarge (company)" is Lafarge
    return _SUFFIX.sub("", name.lower())


def _party_keys(event: Event) -> set[str]:
    return {_party_key(p) for p in event.participants}


def _same_time(a: DateValue, b: DateValue) -> bool:
    """The same date, or one a coarser reading of the other ("1961" and "1961-06-01")."""
    return a.iso.startswith(b.iso) or b.iso.startswith(a.iso)


def _sums(event: Event) -> set[tuple[Decimal, str | None]]:
    """The event's sums as values (the same sum written twice is one: "KSh 311 million" in a
    bullet and in a sentence)."""
    return {(m.amount, m.currency) for m in event.amounts}


# the kinds a change of owners is read as, from either side of the deal: the buyer's purchase, the
# seller's sale, the company's new shares ("X bought a majority stake", "the owner sold 51 per cent
# to X", "X invested KSh 5 billion for 52.4 per cent")
_DEAL_KINDS = frozenset({"acquisition", "stake", "stake_raise", "holding_raise", "divestiture", "disposal",
                         "buyout", "funding_round"})
_SIDES = frozenset({"acquisition", "divestiture"})
_SHARE = re.compile(r"\b(\d+(?:\.\d+)?)(?:\s*per\s*cent\b|\s*percent\b|\s*%)")
# a deal agreed or offered, to be completed later ("agreed to buy its accuser", "the cash offer was announced")
_AGREED = re.compile(r"\bagreed to\b|\bagreement to (?:buy|acquire|merge|sell|take over)\b|\boffer was (?:announced|made)\b")


def _shares(text: str) -> set[str]:
    """The shares of the company a sentence states ("26 per cent", "51%")."""
    return set(_SHARE.findall(text))


def _summary(found: Found, other: Found) -> Found | None:
    """Of two tellings, the one that sums up the other: the lead's against the body's, a table row
    or a bullet against the prose; None when neither is."""
    if (found.ds.role == "lead") != (other.ds.role == "lead"):
        return found if found.ds.role == "lead" else other
    if _terse(found) != _terse(other):
        return found if _terse(found) else other
    return None


def _one_deal(found: Found, other: Found) -> bool:
    """Whether two tellings of one year are one change of owners read as two kinds: a summary (the
    lead, a table row, a bullet) and the sentence of the body that details it, a purchase told from
    the other side ("Axcel bought a majority stake in 2010" and "In June 2010 SEAS-NVE sold 51 per
    cent of the company to Axcel for kr. 410 million"). The summary's named parties are all named
    by the detail, or, naming none, it states the same share of the company; their sums do not differ."""
    if found.kind == other.kind or not {found.kind, other.kind} <= _DEAL_KINDS:
        return False
    summary = _summary(found, other)
    if summary is None or found.event.date.year != other.event.date.year:
        return False
    detail = other if summary is found else found
    if summary.event.amounts and detail.event.amounts and not _sums(summary.event) & _sums(detail.event):
        return False
    keys = _party_keys(summary.event)
    if keys:  # named by the detail as a party or in its sentence ("when Tidewater invested ...")
        return all(k in _party_keys(detail.event) or k in detail.ds.low for k in keys)
    return bool(_shares(summary.ds.sentence.text) & _shares(detail.ds.sentence.text))


def _completed_later(found: Found, other: Found, types: dict[str, EventType],
                     told: frozenset[tuple[str, int]]) -> bool:
    """Whether the lead's telling of a deal is the body's deal agreed the year before ("Its 2018
    takeover of Hsinwei" and "Lumitek agreed to buy its accuser ... in May 2017"): the same kind,
    the body tells no such event in the lead's year, and the lead's parties are the body's."""
    if found.kind != other.kind or (found.ds.role == "lead") == (other.ds.role == "lead"):
        return False
    lead, body = (found, other) if found.ds.role == "lead" else (other, found)
    if (body.event.date.year + 1 != lead.event.date.year or types[body.kind].base not in _DEAL_BASES
            or (body.kind, lead.event.date.year) in told or not _AGREED.search(body.ds.sentence.text)):
        return False
    return all(k in _party_keys(body.event) or k in body.ds.low for k in _party_keys(lead.event))


_DEAL_BASES = frozenset({"acquisition", "merger", "divestiture"})


def _lead_money(found: Found, other: Found, types: dict[str, EventType], alone: frozenset[tuple[str, int]]) -> bool:
    """Whether the lead's telling of money put into the company (a stake bought, new shares, a
    loan, bonds) is the one such event the body tells that year, read as another kind: the lead's
    "The fund X took a minority stake in 2005" and the body's "In April 2005 X paid US$9 million for
    new shares"; its "has issued bonds since 2019" and the body's one bond issue of 2019. The lead
    states no sum and no other share of the company, and names no party the body's telling does not."""
    if found.kind == other.kind or (found.ds.role == "lead") == (other.ds.role == "lead"):
        return False
    lead, body = (found, other) if found.ds.role == "lead" else (other, found)
    if (lead.event.amounts or lead.event.date.year != body.event.date.year
            or not (_money(types, lead.kind) and _money(types, body.kind))
            or "funding_round" not in (types[lead.kind].type, types[body.kind].type)  # two stakes: _one_deal
            or (_MONEY, body.event.date.year) not in alone):
        return False
    shares, told = _shares(lead.ds.sentence.text), _shares(body.ds.sentence.text)
    if shares and told and not shares & told:
        return False  # "20 per cent" in the lead, "35 per cent" in the body: two deals
    return all(k in _party_keys(body.event) or k in body.ds.low for k in _party_keys(lead.event))


def _terse(found: Found) -> bool:
    """A table row or a bullet: a terse telling that may repeat the prose."""
    return found.cue == "table" or found.ds.sentence.list_item


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]{3,}")


def _told_in(row: Found, prose: str) -> bool:
    """Whether a terse telling's names are in the prose sentence ``prose`` (lower case): a party
    of a table row (its words), or every party of a bullet, or without parties every capitalised
    word of the bullet after its date (none: nothing to compare)."""
    keys = [_PAREN.sub("", _party_key(p)) for p in row.event.participants]
    if row.cue == "table":
        return any(k and all(w in prose for w in k.split()) for k in keys)
    if not keys:
        text = row.ds.sentence.text
        keys = [w.lower() for w in _CAPITALISED.findall(text.split("–", 1)[-1] if "–" in text[:12] else text)
                if not MONTH_WORD.match(w)]
    return bool(keys) and all(k in prose for k in keys)


# a bullet's verb in the historical present that opens it or its half: "Receives", "Opens"
_PRESENT_VERB = re.compile(r"[A-Z][a-z]+s")


def _names_in_bullet(row: Found, etype: EventType) -> bool:
    """Whether a bullet names something besides its parties, its months and its opening verbs
    ("2010 – SaveCo launched." names SaveCo: another thing than the prose's PayCo); of a bullet
    that tells two things, the half whose trigger it was read from."""
    text = row.ds.sentence.text
    text = text.split("–", 1)[-1] if "–" in text[:12] else text
    parties = {_PAREN.sub("", _party_key(p)) for p in row.event.participants}
    halves = text.split(";")
    own = [h for h in halves if etype.trigger(h) is not None]
    for half in own if len(own) == 1 else halves:
        words = _CAPITALISED.findall(half)
        for i, w in enumerate(words):
            if MONTH_WORD.match(w) or w.lower() in parties:
                continue
            if i == 0 and half.lstrip(" '").startswith(w) and _PRESENT_VERB.fullmatch(w):
                continue
            return True
    return False


def _other_half(row: Found) -> bool:
    """Whether every party of a bullet that tells two things ("2007 – Receives a mobile licence
    (February); Huawei contract (May).") is named after its ';', in the other half."""
    text = row.ds.sentence.text
    if ";" not in text:
        return False
    tail = text.split(";", 1)[1].lower()
    return all(k and k in tail for k in (_PAREN.sub("", _party_key(p)) for p in row.event.participants))


def _same_row(found: Found, other: Found) -> bool:
    """Whether one is a row of an event table and the other was read from that row's text."""
    if (found.cue == "table") == (other.cue == "table") or not (found.ds.sentence.list_item and other.ds.sentence.list_item):
        return False
    return " ".join(found.ds.sentence.text.split()) == " ".join(other.ds.sentence.text.split())


def _twins(found: Found, other: Found, types: dict[str, EventType],
           alone: frozenset[tuple[str, int]] = frozenset(), told: frozenset[tuple[str, int]] = frozenset()) -> bool:
    """Whether two events are one told twice: a once-only kind (founding, IPO) in the same
    year, or the same kind at the same time with the same amounts or a shared participant,
    or the company bought by the same party in two years that follow each other (the deal
    agreed in November 2020 and completed in April 2021)."""
    event, kind = found.event, found.kind
    if other.event.date is None or event.date is None:
        return False
    if _same_row(found, other) and event.date.year == other.event.date.year:
        return True  # a table row read again as a sentence: the table's columns tell it ("Buyer", "Price")
    if _one_deal(found, other) or _completed_later(found, other, types, told) or _lead_money(found, other, types, alone):
        return True
    if other.event.type != event.type:
        return False
    if _terse(found) != _terse(other) and event.date.year == other.event.date.year:
        # a row of an acquisitions table or a timeline bullet told in the prose too: the row's
        # company, or every name of the bullet, is in the sentence ("Atoyac plant" in "bought the
        # Atoyac cement plant"; "2010 – PayCo launched." and "PayCo ... was launched in June 2010")
        row, prose = (found, other) if _terse(found) else (other, found)
        if _told_in(row, prose.ds.low):
            return True
        if ((not row.event.participants or _other_half(row)) and not _names_in_bullet(row, types[row.kind])
                and (kind, event.date.year) in alone
                and kind == other.kind
                and _same_time(event.date, other.event.date)
                and not (row.event.amounts and prose.event.amounts and not _sums(row.event) & _sums(prose.event))):
            # a bullet that names nobody ("2007 – Receives a mobile licence (February)") and the
            # one sentence of the prose that tells that kind of event that year: one event
            return True
    if (found.cue == other.cue == "object" and abs(event.date.year - other.event.date.year) <= 1
            and (_party_keys(event) & _party_keys(other.event)
                 or (event.date.year == other.event.date.year and not (event.participants and other.event.participants)))):
        return True  # the company bought twice in a year, once by nobody named: one purchase
    if (found.ds.role == "lead") != (other.ds.role == "lead") and event.date.year == other.event.date.year:
        # the lead sums up the body: its telling without parties of its own is the body's event
        lead = event if found.ds.role == "lead" else other.event
        body = other.event if lead is event else event
        told = (other if lead is event else found).ds.low  # the body's sentence
        # its parties are the body's, or named in the body's sentence ("the Communications
        # Authority" of "the Communications Authority of Kenya")
        if other.kind == found.kind and not (lead.amounts and body.amounts and not _sums(lead) & _sums(body)) and (
                all(k in _party_keys(body) or k in told for k in _party_keys(lead))
                # the body tells one event of that kind that year: the lead's summary is it,
                # whatever parties the summary was read with ("its 1971 merger with the Lyon
                # laboratory X" and "The 1971 merger of the two family companies created ...")
                or (found.kind, event.date.year) in alone):
            return True
        if (other.kind != found.kind and other.kind in _DEAL_KINDS and found.kind in _DEAL_KINDS
                and types[other.kind].type == types[found.kind].type and not lead.amounts
                and all(k in _party_keys(body) or k in told for k in _party_keys(lead))):
            return True  # a deal of one type, its parties the body's: the lead's "bought drug makers in
            # ... Morocco in 2016" is the body's "paid 145 million dirhams for 60 per cent of X"
    if other.kind != kind and (types[kind].base != kind or types[other.kind].base != other.kind):
        return False  # a filing and an emergence are two events
    if types[kind].once and other.event.date.year == event.date.year:
        return True
    if event.date.iso != other.event.date.iso and not _same_time(event.date, other.event.date):
        return False
    if event.date.iso != other.event.date.iso and not (event.participants or event.amounts):
        return False  # a coarser date and nothing in common but the type: two events
    return bool(
        (event.amounts and _sums(event) == _sums(other.event))
        or not (event.amounts or event.participants or other.event.amounts or other.event.participants)
        or _party_keys(event) & _party_keys(other.event))


def _counts(found: list[Found], types: dict[str, EventType]
            ) -> tuple[frozenset[tuple[str, int]], frozenset[tuple[str, int]]]:
    """The (kind, year) pairs of which the body (not the lead) tells one event: one sentence of
    the prose, or without one a single bullet or table row (a bullet that repeats the prose is
    the same event); and those of which it tells any. Money put into the company (``_money``)
    is counted too, as the kind ``_MONEY``."""
    prose: dict[tuple[str, int], int] = {}
    terse: dict[tuple[str, int], int] = {}
    for f in found:
        if f.ds.role != "lead" and f.event.date is not None:
            counts = terse if _terse(f) else prose
            for key in ((f.kind, f.event.date.year),) + (((_MONEY, f.event.date.year),) if _money(types, f.kind) else ()):
                counts[key] = counts.get(key, 0) + 1
    told = frozenset(prose.keys() | terse.keys())
    return frozenset(k for k in told if prose.get(k, terse.get(k)) == 1), told


_MONEY = "(money)"  # the pseudo-kind ``_counts`` counts every stake in the company, share issue and loan as


# the kinds a stake in the company itself is read as (not its own purchases and sales: "acquisition",
# "divestiture" are also closures and the company's deals)
_STAKE_KINDS = frozenset({"stake", "stake_raise", "holding_raise", "buyout"})


def _money(types: dict[str, EventType], kind: str) -> bool:
    """Whether a kind is money put into the company: a stake in it bought, or a funding round of
    any kind (new shares, a loan, bonds)."""
    return kind in _STAKE_KINDS or types[kind].type == "funding_round"


# a party's role read from the other side of the deal: the seller's buyer is the acquirer
_SIDE_ROLES = {"acquisition": {"buyer": "acquirer", "asset": "target"},
               "divestiture": {"acquirer": "buyer", "target": "asset"}}


def _typed(f: Found, other: Found) -> Found:
    """Of two tellings of one deal read as two types, the one whose type the event takes: of a
    purchase and a sale, the summary's (the lead's one clause, the table's column: the detail
    names more parties and more ways to misread who sold what); of a stake and a funding round,
    the funding round (the stake was bought in new shares)."""
    if f.event.type == other.event.type:
        return f
    if {f.event.type, other.event.type} == _SIDES:
        return _summary(f, other) or f
    return f if f.event.type == "funding_round" else other


def _merge_pass(found: list[Found], twins) -> list[Found]:
    kept: list[Found] = []
    for f in found:
        twin = next((j for j, other in enumerate(kept) if twins(f, other)), None)
        if twin is None:
            kept.append(f)
            continue
        other = kept[twin]
        # the more precise date; of two as precise, the history's telling rather than the lead's
        better, worse = (f, other) if (_RANK[f.event.date.precision], other.ds.role == "lead") > (
            _RANK[other.event.date.precision], f.ds.role == "lead") else (other, f)
        if _same_row(f, other):  # the table's reading of its own row: its type, parties and sums
            better, worse = (f, other) if f.cue == "table" else (other, f)
        typed = _typed(better, worse)
        roles = _SIDE_ROLES.get(typed.event.type, {}) if typed is not better else {}
        first, second = (typed, better) if typed is not better else (better, worse)
        have = _party_keys(first.event)
        extra = tuple(p for p in second.event.participants if _party_key(p) not in have)
        parts = tuple(replace(p, role=roles.get(p.role, p.role)) for p in first.event.participants + extra)
        label_ = typed.event.label
        if label_ in _unnamed_labels() and typed is better and worse.event.label not in _unnamed_labels():
            label_ = worse.event.label  # "Acquisition" told better as "Acquisition of X" in the other telling
        event = replace(better.event, type=typed.event.type, participants=parts,
                        amounts=better.event.amounts or worse.event.amounts, label=label_)
        rows = better.rows if _same_row(f, other) else other.rows + f.rows  # one row is one telling
        kept[twin] = replace(better, event=event, rows=rows, kind=typed.kind)
    return kept


def merge(found: list[Found]) -> list[Found]:
    """Drop repeats (``_twins``); the event told twice keeps the more precise date and the
    sentence that gives it ("a 1961 merger with Cumberland Airways" in the lead, "On June 1,
    1961, Hartwell merged with Cumberland Airways" in History), and the participants of both.
    A table row and its own text read as a sentence are one telling first, before either is
    found again in the prose."""
    types = event_types()
    found = _merge_pass(found, lambda f, other: _same_row(f, other)
                        and f.event.date is not None and other.event.date is not None
                        and f.event.date.year == other.event.date.year)
    alone, told = _counts(found, types)
    return _merge_pass(found, lambda f, other: _twins(f, other, types, alone, told))


@lru_cache(maxsize=1)
def _unnamed_labels() -> frozenset[str]:
    """The labels that name no participant: each type's last alternative ("Acquisition", "Acquisition of a stake")."""
    return frozenset(t.template[-1] for t in event_types().values())


__all__ = ["MONTH_WORD", "merge"]
