"""History and controversies extractors, round 24 (issue 14): the controversy reading that
history takes for the lead and History, its errors fixed where both extractors read it; each rule
on sentences written for the test."""

from __future__ import annotations

from kg.extractors import controversies
from kg.extractors.history import found_events
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_history_rules import LEAD


def _page(history: str):
    return parse_article(Page("Acme Corp", LEAD + "==History==\n" + history + "\n"))


def _read(history: str) -> list[tuple[str, str]]:
    return [(f.event.type, f.event.date.iso) for f in found_events(_page(history))]


def _cases(history: str) -> list[tuple[str, str]]:
    return [(f.value.type, f.value.date.iso if f.value.date else "") for f, _ in controversies.readings(_page(history))]


# ---------------------------------------------------------------- a year that dates a clause on a strike told before


def test_a_year_before_the_strike_named_before_is_no_strike_of_that_year():
    for text in ("In 1990 the strike left the company short of cash.",
                 "By 1987 this strike had cost the mill most of its export orders.",
                 "In 2004 the strikes were still weighing on the group's results."):
        assert _cases(text) == [], text
        assert _read(text) == [], text


def test_a_strike_named_by_its_year_or_told_new_stays_a_strike():
    assert _cases("The 1990 strike closed the Leeds plant for six weeks.") == [("strike", "1990")]
    assert _cases("In 1990 a pay strike closed the Leeds plant.") == [("strike", "1990")]
    assert _read("In 1996 a national strike of dockers halted its exports for a month.") == [("strike", "1996")]
