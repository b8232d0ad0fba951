"""History extractor, round 27 branch hist27c (issue 14): recall on new text, a second pass; each rule on
sentences written for the test (invented companies and places)."""

from __future__ import annotations

from kg.extractors.event_segments import _second_participle
from tests.test_history_round10 import _types

# ---------------------------------------------------------------- a subject, two participles in apposition, the predicate


def test_an_apposition_of_two_participles_joined_by_and_does_not_hide_the_predicate():
    # the "and" between the participles is not a clause of its own: the opening is the subject's
    assert _types("The Varnhem mill, built by the Orebro contractor Lindqvist Bygg and fitted with carding, "
                  "spinning and weaving lines by Textima, opened in March 2014 at a cost of SEK 400 million.") \
        == [("expansion", "2014-03")]
    assert _types("The Kessel plant in Ruritania, paid for by a state grant and powered mainly by wind, "
                  "was opened in October 2019.") == [("expansion", "2019-10")]


def test_two_participles_without_the_apposition_commas_are_left_as_they_were():
    # no comma after the subject: the first participle is not an apposition, nothing new is read
    assert _types("Acme's cloth, woven by hand and dyed with indigo, sold well in 1920.") == []


def test_a_year_inside_the_participle_apposition_is_not_read_as_the_opening_by_this_rule():
    head = "The Varnhem mill, built by Lindqvist Bygg "
    assert _second_participle(head, "fitted with lines by Textima, opened in 2014.") is not None
    assert _second_participle(head, "sold to Textima in 2019, opened in 2014.") is None
