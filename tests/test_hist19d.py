"""History extractor, round 19: a second leadership step in one sentence, told after 'and' with a
date of its own ("... stepped down as chief executive in 2015 and was succeeded in March 2016 by
X"): the clause after the cut keeps no 'and', its replacement is still read; sentences written for
the test."""

from __future__ import annotations

from tests.test_hist17a import _history
from tests.test_history_rules import _roles, _summary


def test_a_successor_dated_after_and_is_a_second_leadership_change():
    evs = _history("Anna Berg retired as managing director in 2015 and was succeeded in March 2016 by "
                   "Lars Holm, the head of sales.")
    assert _summary(evs) == [("leadership_change", "2015"), ("leadership_change", "2016-03")]
    assert ("Lars Holm", "person") in _roles(evs[1])
    evs = _history("In 2009 Tomas Varga resigned as chairman, and was replaced on 4 May 2010 by Eva Szabo.")
    assert _summary(evs) == [("leadership_change", "2009"), ("leadership_change", "2010-05-04")]
    evs = _history("The bank opened a branch in Lagos in 2021. Its founder, Ada Obi, stepped down as chief "
                   "executive at the end of that year and was replaced in February 2022 by Musa Bello.")
    assert _summary(evs)[1:] == [("leadership_change", "2021"), ("leadership_change", "2022-02")]


def test_a_thing_replaced_after_and_is_no_leadership_change():
    assert _summary(_history("The old line was closed in 2009 and was replaced in 2011 by a new kiln.")) == [
        ("divestiture", "2009")]
    assert _summary(_history("In 2009 Tomas Varga resigned as chairman and was replaced by Eva Szabo.")) == [
        ("leadership_change", "2009")]
