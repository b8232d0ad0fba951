"""History extractor, round 17 (issue 14): the structure of timeline rows, each rule on sentences
written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types


def test_a_timeline_row_without_subject_that_enters_a_place_is_an_expansion():
    assert _types("* '''2010''' – Enters Western Australia with a depot in Welshpool.") == [("expansion", "2010")]
    assert _types("* '''1995''': Entered Chile with a store in Santiago.") == [("expansion", "1995")]
    assert _types("In 2015 it entered Peru with a store in Lima.") == [("expansion", "2015")]


def test_entering_a_place_with_another_named_business_is_no_opening():
    # the entry came with a business of another party (bought, or a partner): not an opening
    assert _types("* '''1967''' – Enters Ohio with the Miller's Foods stores in Akron.") == []
    assert _types("In 2001 the company entered Chile with Cementos Andinos of Santiago.") == []
    # an agreement with a named party is the way in, not the business taken over
    assert _types("The chain entered Canada in 2001 through a franchise agreement with Cara Operations.") == [
        ("expansion", "2001")]


def test_a_row_that_enters_something_else_keeps_its_type():
    assert _types("* '''2010''' – Enters administration.") == [("bankruptcy", "2010")]
    assert _types("* '''2010''' – Entered the Fortune 500.") == []
