"""History extractor, round 18 (issue 14): a customer or supplier relationship told as an event
with another party as subject ("X became a client", "X began selling its products"); each rule on
sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _roles, _summary


def _history(text: str):
    return _events("==History==\n" + text + "\n")


def test_a_customer_after_a_colon_is_the_subject_of_its_clause():
    evs = _history("Sales abroad grew quickly: [[Nordmarkt]] began to stock the kettles across Sweden in 2012.")
    assert _summary(evs) == [("partnership", "2012")]
    assert ("Nordmarkt", "partner") in _roles(evs[0])
    assert _summary(_history("The works turned to rail: [[Ferrovia Nord]] ordered twelve railcars in May 2004.")) == [
        ("partnership", "2004-05")]
