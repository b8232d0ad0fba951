"""How much to trust a history event: a confidence from the strength of its evidence.

The confidence starts from the prior of the type row whose trigger matched (column ``prior``
of ``kg/data/event_types.tsv``: narrow triggers such as "filed for Chapter 11" or "initial
public offering" score higher than broad ones such as "sold", "merged" or "established") and
moves by the table below for where the sentence stands and where its date comes from. An
event told twice (the lead and the history, or a list and the prose) gains. The result is a
Decimal with two digits, between 0.05 and 0.99.

Calibrated on the development gold (``kg eval`` prints "precision by confidence"): at 0.8 and
above the events were right 97% of the time or more, and most right events score 0.8 or more;
lead-only events, events outside the history sections and events dated only by a heading fall
below 0.8.
"""

from __future__ import annotations

from decimal import Decimal

from kg.extractors.event_cues import event_types

# where the sentence stands (the section's role, narrative.DatedSentence.role)
SECTION = {"history": 0.0, "controversy": -0.05, "lead": -0.2, "other": -0.15, "skip": -0.5}
# where the date comes from (history._Segment.dated_by)
DATED_BY = {
    "written": 0.0,  # written in the clause: "In March 2012 ..."
    "relative": -0.05,  # resolved against the running context: "the following year"
    "sentence": -0.05,  # written in another clause of the sentence
    "heading": -0.15,  # the year heading only (===2017===)
    "carried": -0.2,
    "range": -0.1,  # the ends of a range: "From 1910 to 1973, the Star published ..."  # the date of the sentence before: "In 1993, ... . It sold its ..."
    "table": 0.0,  # the date cell of a table row
    "parenthesis": -0.05,  # a year in parentheses after a name: "Norway (1963) and Denmark (1969)"
}
LIST_ITEM = -0.05  # a bullet or table row: terse, often without a verb
TOLD_TWICE = 0.1  # the same event in two sentences (merged): it survives the lead penalty
ELLIPSIS = -0.05  # no trigger of its own: "...; in 1984, a plant in New York"
RANGE = -0.1  # dated by a range ("2002–2020: Acquired ..."): the event's own date is unknown
ANNOUNCED = -0.15  # a decision reported ahead of the event: "announced that X would be replaced"
MEANS = -0.15  # the trigger tells how another event came about: "expanded into X by purchasing stores"


def confidence(kind: str, role: str, dated_by: str, list_item: bool = False, rows: int = 1,
               ellipsis: bool = False, ranged: bool = False, announced: bool = False,
               means: bool = False) -> Decimal:
    """The confidence of an event read by the type row ``kind`` in a sentence of a section
    with ``role``, dated as ``dated_by`` says; ``rows`` is how many sentences told it."""
    value = event_types()[kind].prior + SECTION.get(role, -0.15) + DATED_BY.get(dated_by, -0.1)
    value += (LIST_ITEM if list_item else 0) + (ELLIPSIS if ellipsis else 0) + (RANGE if ranged else 0)
    value += (ANNOUNCED if announced else 0) + (MEANS if means else 0)
    if rows > 1:
        value += TOLD_TWICE
    value = min(0.99, max(0.05, value))
    return Decimal(f"{value:.2f}")
