"""Round 34 (issue 14), the lead's changes: each on sentences written for the test (invented
companies and places)."""

from __future__ import annotations

from tests.test_history_round10 import _types


def test_one_year_written_twice_dates_the_act_by_its_own_fuller_date():
    """A sentence that writes one year twice, first coarse and then with a day ("slowed in the spring
    of 2012 ..., but it entered commercial operation on 1 September 2012"), dates the act by the date
    told with it, not by the sentence's first mention."""
    assert _types("Work was slowed in the spring of 2012 by floods at the site, but it entered commercial "
                  "operation on 1 September 2012.") == [("expansion", "2012-09-01")]
    assert _types("Construction was held up in early 2015 by a strike, but the Orrin plant began production "
                  "on 4 June 2015.") == [("expansion", "2015-06-04")]
    # a month named with the act keeps its month; the year alone stays the year
    assert _types("In June 2015 the company opened a plant at Orrin, its first outside the capital.") == [
        ("expansion", "2015-06")]
    assert _types("In 2015 the company opened a plant at Orrin, its first outside the capital.") == [
        ("expansion", "2015")]


def test_a_counterparty_matches_with_or_without_its_legal_form():
    """The relations score compares a counterparty as the field scores compare a party: a table row's
    "Productores de Tacuarembó S.A." is the gold's "Productores de Tacuarembó"; another name is not."""
    from kg.evaluation.predictions import Prediction
    from kg.evaluation.relations import matches

    row = "Productores de Tacuarembó S.A. – 12.5%"
    pred = Prediction("investor", None, row, "Ownership", participants=("productores de tacuarembó s.a.",))
    item = {"type": "investor", "counterparty": "Productores de Tacuarembó", "evidence": "Productores de Tacuarembó"}
    assert matches("relations", pred, item, strict=True) and matches("relations", pred, item, strict=False)
    other = {"type": "investor", "counterparty": "Productores del Norte", "evidence": "Productores de Tacuarembó"}
    assert not matches("relations", pred, other, strict=False)
    # the gold writing the form and the party read without it match too
    bare = Prediction("investor", None, row, "Ownership", participants=("productores de tacuarembó",))
    assert matches("relations", bare, {**item, "counterparty": "Productores de Tacuarembó S.A."}, strict=False)
