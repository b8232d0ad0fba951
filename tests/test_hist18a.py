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


def test_the_year_after_at_the_end_of_a_clause_is_the_next_year():
    evs = _history("The company opened a plant in Graz in 2009. [[Kessler Haus]] became a customer the year after, "
                   "buying ovens for its hotels.")
    assert ("partnership", "2010") in _summary(evs)


def test_the_year_after_an_event_named_is_no_date():
    assert ("partnership", "2010") not in _summary(
        _history("The company opened a plant in Graz in 2009. The year after the flood [[Kessler Haus]] became a "
                 "customer."))


def test_a_party_that_became_a_client_is_a_partner():
    evs = _history("[[Meridia Hotels]] became a client in 2014.")
    assert _summary(evs) == [("partnership", "2014")]
    assert ("Meridia Hotels", "partner") in _roles(evs[0])
    assert _summary(_history("In 2014 Meridia Hotels became a client in Spain.")) == []
