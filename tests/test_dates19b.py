"""An event told in a clause before a relative date of its sentence ("X became chairman, and Y
stepped down the following year") takes the date that phrase counts from, not the shifted one."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.extractors.history import events
from kg.sources import Page
from kg.text.narrative import dated_sentences
from kg.text.parse import parse_article

_LEAD = ("'''Brennwald Tools''' is a German toolmaker.\n\n== History ==\n"
         "Brennwald Tools was founded in 1950. In 2006 Brennwald bought [[Kessler Werkzeug]]. ")


def _dated(text: str) -> list[tuple[str, str | None]]:
    art = parse_article(Page("Brennwald Tools", _LEAD + text + "\n"))
    return [(e.type, e.date.iso if e.date else None) for e, _ in events(art)]


@pytest.mark.parametrize(
    ("sentence", "first", "then"),
    [
        ("Jan Horak became chairman of Brennwald, and Otto Lenz stepped down as chief executive the following year.",
         ("leadership_change", "2006"), ("leadership_change", "2007")),
        ("Brennwald opened a plant in Poland, and two years later it closed its plant in Essen.",
         ("expansion", "2006"), ("divestiture", "2008")),
        ("Brennwald opened a warehouse in Lyon; a year later it closed its plant in Essen.",
         ("expansion", "2006"), ("divestiture", "2007")),
    ],
)
def test_clause_before_relative_date_takes_the_narrative_date(sentence, first, then):
    got = _dated(sentence)
    assert first in got and then in got


def test_written_date_later_in_the_sentence_still_dates_the_opening_clause():
    got = _dated("Brennwald opened a plant in Poland, and it closed its plant in Essen in March 2011.")
    assert ("expansion", "2011-03") in got or ("expansion", "2011") in got


def test_relative_date_without_a_date_before_it_is_unchanged():
    art = parse_article(Page("Brennwald Tools", "'''Brennwald Tools''' is a German toolmaker.\n\n== History ==\n"
                             "Brennwald opened a plant in Poland, and two years later it closed its plant in Essen.\n"))
    assert all(e.date is None for e, _ in events(art))


@pytest.mark.parametrize(
    ("sentence", "prop", "name"),
    [
        ("Brennwald signed a supply contract with [[Daimler]], and it opened a plant in Poland the following year.",
         "customer", "Daimler"),
        ("Brennwald received a €20 million loan from [[Commerzbank]]; a year later the company moved to Berlin.",
         "lender", "Commerzbank"),
    ],
)
def test_relation_told_before_a_relative_date_takes_the_narrative_date(sentence, prop, name):
    art = parse_article(Page("Brennwald Tools", _LEAD + sentence + "\n"))
    dates = {(f.prop, f.value.label): dict(f.qualifiers).get("date") for f in relations.extract(art)}
    assert dates[(prop, name)].iso == "2006"


def test_predicate_or_which_clause_keeps_its_date_for_the_subject_before_it():
    text = (_LEAD + "A placement of €40 million, arranged by [[Commerzbank]], followed in October. "
            "The company paid for a new press line, which was installed the following year.\n")
    art = parse_article(Page("Brennwald Tools", text))
    dated = dated_sentences(art)
    placement = next(ds for ds in dated if ds.sentence.text.startswith("A placement"))
    assert placement.date_at(0).iso == "2006-10"
    line = next(ds for ds in dated if ds.sentence.text.startswith("The company paid"))
    assert line.date_at(0).iso == "2007"
