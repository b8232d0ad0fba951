"""Rules of the history extractor written for text it was not tuned on (issue 14, second
round): each on sentences written for the test, never copied from the development articles."""

from __future__ import annotations

from kg.extractors.history import events
from kg.sources import Page
from kg.text.mentions import company_names
from kg.text.parse import parse_article

LEAD = "'''Acme Corp''' is a maker of widgets.\n\n== History ==\n"


def _events(history: str, title: str = "Acme Corp", lead: str = LEAD):
    return [e for e, _ in events(parse_article(Page(title, lead + history)))]


def _summary(evs):
    return [(e.type, e.date.iso) for e in evs]


def _roles(event):
    return {(p.entity.label, p.role) for p in event.participants}


# ---------------------------------------------------------------- the company's names


def test_a_short_name_that_a_link_also_uses_for_a_place_is_still_the_company():
    lead = ("'''Wattle Systems Ltd''' is a software company.\n\n== History ==\n"
            "Wattle was set up in 1990 in an office in the town of [[Wattle, Queensland|Wattle]]. "
            "Wattle floated on the [[Australian Securities Exchange|ASX]] in 1996. "
            "In 2001 Wattle bought [[Gumtree Data]] for $12 million.\n")
    art = parse_article(Page("Wattle Systems", lead))
    assert "wattle" in company_names(art)
    evs = [e for e, _ in events(art)]
    assert ("ipo", "1996") in _summary(evs)
    [buy] = [e for e in evs if e.type == "acquisition"]
    assert _roles(buy) == {("Gumtree Data", "target")}  # not the town
    # a place that only grows and lies somewhere is not the company
    toronto = parse_article(Page("Toronto Star", "The '''Toronto Star''' is a newspaper in [[Toronto|the city]]. "
                                 "Toronto is a city. Toronto grew. Toronto is big. Toronto lies on a lake.\n"))
    assert "toronto" not in company_names(toronto)


def test_the_title_last_word_after_the_only_where_the_article_capitalises_it():
    star = parse_article(Page("Harbour Star", "The '''Harbour Star''' is a newspaper. The Star was first printed "
                              "in 1901.\n"))
    assert "the star" in company_names(star)
    steel = parse_article(Page("Kanto Steel", "'''Kanto Steel''' is a steelmaker. It sells the steel it makes.\n"))
    assert "the steel" not in company_names(steel)


# ---------------------------------------------------------------- hedges and failures


def test_a_failure_before_the_trigger_counts_only_in_the_trigger_stretch():
    [buy] = _events("When [[Zeta Telecom]] collapsed in May 2001, Acme bought 5,000 of its customers from the "
                    "administrators for $3 million.\n")
    assert (buy.type, buy.date.iso) == ("acquisition", "2001-05")
    assert _events("In 2010 Acme abandoned its acquisition of [[Foo Widgets]].\n") == []
    assert _events("In 2011, Acme's attempted takeover of [[Bar Gears]] was blocked by regulators.\n") == []
