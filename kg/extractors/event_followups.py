"""Follow-up sentences of the history extractor: an undated sentence that goes on about the
event the sentence before it told.

"The 1990 merger with Maasstad created Verbond Assurantie N.V. Maasstad's chairman, Frans de
Bruijn, became chief executive of the combined group." The second sentence writes no date and
its subject is a person, not the company, so the rule that carries a date to a sentence about
the company (``history._carried``) does not take it. A change of leadership told right after an
event, in the same paragraph, is part of that event's story: it takes the event's date (a
weaker date, ``dated_by`` "carried"). Only a sentence that a leadership trigger types, and only
after a sentence that told a dated event: a sentence about a person after background ("Hale
Avionics, which Eleanor Hale had started in 1952, made radar. Tremont became chairman ...")
takes no date.

So does a sentence that tells how the event just told was paid for: "In 1998 it bought the
Kivu estate. The purchase was financed by a loan from X." The loan is the company's only when
the event before it is the company's own (no other party bought: "In 2006 it sold 26 per cent
to X. The purchase was financed by a loan from Y" is the buyer's loan).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from kg.extractors.event_cues import classify, gated_types
from kg.model import DateValue
from kg.text import narrative

# the types whose undated follow-up sentence takes the date of the event before it
_FOLLOW_UP_TYPES = frozenset({"leadership_change"})
_ALLOWED = frozenset({"event", "controversy"})
_BUYERS = frozenset({"acquirer", "buyer"})
# a funding told as the means of paying for the purchase the sentence before told (not for a
# plant or a project: blind15 reads "The Tema plant was partly paid for with a loan" as undated)
_FINANCE_TYPES = frozenset({"loan", "funding_round"})
_FINANCING = re.compile(
    r"(?:The|This|That|Its|Their) (?:[\w-]+ ){0,2}(?:purchase|acquisition|takeover|buyout|deal)s? (?:was|were) "
    r"(?:\w+ ){0,2}?(?:financed|funded|paid for)\b")


# a listing's offer told in the sentence after the listing: "Its shares were listed on the Oslo
# Stock Exchange in 1997. The offering, managed by DNB and Pareto, raised kr 410 million."
_LISTING_TYPES = frozenset({"ipo"})
_OFFER_TOLD = re.compile(r"(?:The|This|That|Its|Their) (?:[\w-]+ ){0,3}?(?:offer|offering|placing|flotation|float|IPO)s?\b")


# a death told in the sentence before: the change of leadership that follows it is of its date
# ("Emeka Okonkwo died in 1984. He was succeeded as chairman by his son.")
_DIED = re.compile(r"\b(?:died|passed away)\b")


class _Told(Protocol):
    """An event found earlier in the article with the sentence it was read from (``history.Found``)."""

    @property
    def ds(self) -> narrative.DatedSentence: ...

    @property
    def event(self): ...


def follow_up(ds: narrative.DatedSentence, previous: narrative.DatedSentence | None,
              told: Sequence[_Told], company: frozenset[str]) -> narrative.DatedSentence | None:
    """``ds`` dated by the event that ``previous`` (the dated sentence before it, same paragraph
    and section) told, when ``ds`` is an undated history sentence of a follow-up type; else None."""
    if (ds.role != "history" or previous is None or not previous.explicit
            or previous.sentence.section != ds.sentence.section
            or previous.sentence.paragraph != ds.sentence.paragraph):
        return None
    financing = _FINANCING.match(ds.sentence.text) is not None
    # (one clause: "...; the fund sold a third of its stake" would take the listing's date too)
    offer = (_OFFER_TOLD.match(ds.sentence.text) is not None and ";" not in ds.sentence.text
             and _told_type(previous, told) in _LISTING_TYPES)
    types = [t for t in gated_types(ds.folded)
             if t.type in _FOLLOW_UP_TYPES or financing and t.type in _FINANCE_TYPES or offer and t.type in _LISTING_TYPES]
    if not types:
        return None
    date = _told_date(previous, told, own=financing)
    if date is None and not financing and not offer and _DIED.search(previous.sentence.text):
        date = previous.last_date(relative=False)  # "X died in 1984. He was succeeded as chairman by ..."
        date = date if date is not None and date.end is None else None
    if date is None:
        return None
    found = classify(ds.sentence.text, _ALLOWED, ds.folded, types, company)
    if found is None:
        return None
    return replace(ds, date=date, explicit=False)


def _told_type(previous: narrative.DatedSentence, told: Sequence[_Told]) -> str | None:
    """The type of the last event read from ``previous``, or None."""
    return next((f.event.type for f in reversed(told) if f.ds.sentence is previous.sentence), None)


def _told_date(previous: narrative.DatedSentence, told: Sequence[_Told], own: bool = False) -> DateValue | None:
    """The date of the last event read from ``previous`` (not a range); with ``own``, only of an
    event no other party bought in (nor one the company sold)."""
    for f in reversed(told):
        if f.ds.sentence is previous.sentence:
            if own and (f.event.type == "divestiture" or any(p.role in _BUYERS for p in f.event.participants)):
                return None
            date = f.event.date
            return date if date is not None and date.end is None else None
    return None
