"""History extractor, round 11 (issue 14): causes of wrong events read from blind8 to blind10,
each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ---------------------------------------------------------------- a listing "since" a year


def test_shares_that_have_traded_since_a_year_are_listed_in_that_year():
    assert _types("Between 2001 and 2004 it opened nine depots, and its shares have traded on the "
                  "Oslo Stock Exchange since 2012.") == [("ipo", "2012")]
    assert _types("It was set up in 1977, and its shares have been traded on the Vienna Stock Exchange "
                  "since 1994.") == [("ipo", "1994")]
    # the forms that were right before stay so
    assert _types("The firm was founded in 1961 by two chemists and has been listed on the Warsaw Stock "
                  "Exchange since 1998.") == [("founding", "1961"), ("ipo", "1998")]
    assert _types("Listed on the Oslo Stock Exchange since 1988, it fought off a bid from Nordventil in 1995.") == []
