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
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from kg.extractors.event_cues import classify, gated_types
from kg.model import DateValue
from kg.text import narrative

# the types whose undated follow-up sentence takes the date of the event before it
_FOLLOW_UP_TYPES = frozenset({"leadership_change"})
_ALLOWED = frozenset({"event", "controversy"})


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
    types = [t for t in gated_types(ds.folded) if t.type in _FOLLOW_UP_TYPES]
    if not types:
        return None
    date = _told_date(previous, told)
    if date is None:
        return None
    found = classify(ds.sentence.text, _ALLOWED, ds.folded, types, company)
    if found is None:
        return None
    return replace(ds, date=date, explicit=False)


def _told_date(previous: narrative.DatedSentence, told: Sequence[_Told]) -> DateValue | None:
    """The date of the last event read from ``previous`` (not a range)."""
    for f in reversed(told):
        if f.ds.sentence is previous.sentence:
            date = f.event.date
            return date if date is not None and date.end is None else None
    return None
