"""A chief who leaves, told without a title: "Subramaniam retired on 31 March 2014." opens a
History sentence with a person's name and "retired", "resigned" or "stepped down", and names no
post. It is a change of leadership when the article names that person elsewhere with a chief's
post ("handed the post of managing director to Subramaniam", "Denise Harlan ... chief
executive"): otherwise the name may be anyone's (a founder's partner, a director).

Only sentences that write such a verb are looked at, and the article's titled names are read
once, when the first one is found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extractors.event_cues import event_types
from kg.extractors.event_parties import written_in_full
from kg.model import Entity, Event, Participant
from kg.text import narrative
from kg.text.kinds import reads_as_person
from kg.text.mentions import names_company

if TYPE_CHECKING:
    from kg.extractors.history import Found

_VERBS = ("retired", "resigned", "stepped down")
# "Okafor resigned in November 2020", "Anna Berg stepped down" (not "... retired from the board")
_LEAVES = re.compile(r"^(?P<name>(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+) (?:retired|resigned|stepped down)\b"
                     r"(?! (?:from|as) (?:the |its )?(?:board|supervisory|director))")
_TITLE = re.compile(r"\b(?:chief executive|CEO|chairman|chairwoman|chairperson|president|managing director|"
                    r"managing partner|director general|general manager)\b", re.IGNORECASE)
_NEAR = 80  # how far from the name a post may be written
# the next sentence tells who took over: "Haldane retired at the end of 2014. His successor, X,
# took office on January 1, 2015." is one change of leadership, the successor's
_SUCCESSOR = re.compile(r"^(?:(?:His|Her|Their) successor\b|[^.;]{0,80}\bsucceeded (?:him|her)\b)")


def _titled(name: str, sentences: list[str]) -> str | None:
    """The person's name as the article writes it beside a post ("Daniel Okafor" for "Okafor"),
    when some sentence writes the surname ``name`` within ``_NEAR`` characters of a post."""
    word = re.compile(rf"(?:\b[A-Z][\w'’-]+ ){{0,2}}\b{re.escape(name)}\b")
    for text in sentences:
        for m in word.finditer(text):
            if _TITLE.search(text, max(0, m.start() - _NEAR), m.end() + _NEAR):
                full = m.group(0)
                return full if not full.startswith(("The ", "In ", "On ")) else name
    return None


_CAPITAL_PARTICLES = frozenset({"Du", "De", "Da", "Van", "Von", "Le", "La", "Al", "El"})


def _in_full(name: str, sentences: list[str]) -> str:
    """A person's family name (or a name opening with a particle, "Du Plessis") written in full as
    the article writes it elsewhere, when it writes one such person's name ("Nikos Fragkiadakis",
    "Pieter du Plessis"); else the name as it stands."""
    longer = {n for n in written_in_full(name, "\n".join(sentences)) if reads_as_person(n)}
    return longer.pop() if len(longer) == 1 else name


def leaving_chiefs(dated: list[narrative.DatedSentence], found: list[Found], company: frozenset[str],
                   make: type[Found]) -> list[Found]:
    """The leadership changes of chiefs who left, told without a title (``make``: the Found
    class, passed in to keep this module below the history extractor)."""
    etype = event_types()["leadership_change"]
    told = {(id(f.ds.sentence), f.event.date.year) for f in found
            if f.event.type == etype.type and f.event.date is not None}
    sentences: list[str] | None = None
    out = []
    for i, ds in enumerate(dated):
        if ds.role != "history" or ds.sentence.list_item or not any(v in ds.low for v in _VERBS):
            continue
        m = _LEAVES.match(ds.sentence.text)
        clause = ds.clauses[0] if ds.clauses else None
        date = clause.date if clause is not None and clause.date is not None and not clause.relative else None
        if m is None or date is None or (id(ds.sentence), date.year) in told:
            continue
        name = m.group("name")
        if names_company(name, company) or name.split()[0] in ("The", "It", "He", "She", "They"):
            continue
        if sentences is None:
            sentences = [d.sentence.text for d in dated]
        full = _titled(name.split()[-1], [s for s in sentences if s is not ds.sentence.text])
        if full is None:
            continue
        name = full if len(full) > len(name) else name
        if " " not in name or name.split()[0] in _CAPITAL_PARTICLES:
            name = _in_full(name, sentences)  # "Fragkiadakis" -> "Nikos Fragkiadakis", as the article writes him
        after = dated[i + 1] if i + 1 < len(dated) else None
        if (after is not None and after.sentence.paragraph == ds.sentence.paragraph
                and after.sentence.section == ds.sentence.section and _SUCCESSOR.match(after.sentence.text)):
            if any(f.ds.sentence is after.sentence and f.event.type == etype.type for f in found):
                continue  # the successor's sentence tells the change
            if after.explicit and after.date is not None and 0 <= after.date.year - date.year <= 1:
                date = after.date  # the change is made when the successor takes over
        event = Event(type=etype.type, label=etype.template[-1], date=date,
                      participants=(Participant(Entity(label=name), "person"),), category=etype.category)
        out.append(make(event, ds, "leadership_change", "written", "trigger"))
    return out
