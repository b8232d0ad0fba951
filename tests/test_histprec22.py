"""History extractor, round 22 (issue 14): precision; each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types


def test_a_unit_the_company_sets_up_in_a_coordinated_predicate_is_no_founding_of_its_own():
    # the company opens the sentence; the predicate after "and" has no subject of its own
    assert _types("In 2009 Acme opened a plant in Leeds and founded Acme Services, a repair business.") == [
        ("expansion", "2009")]
    assert _types("Acme opened a distribution centre in Katowice in 2005 and set up Acme Polska the same year.") == [
        ("expansion", "2005")]
    assert _types("Later in 2017 it opened an office in Jakarta and set up PT Acme Pembayaran Indonesia.") == [
        ("expansion", "2017")]


def test_a_founding_after_another_subjects_predicate_stays():
    # a person opens the sentence: the company is what was founded
    assert ("founding", "1938") in _types("Lee sold his bakery in 1937 and founded Acme Corp in 1938.")
    assert ("founding", "1938") in _types("In 1938 Lee left Dunlop and founded Acme Corp.")
    assert ("founding", "1921") in _types("The Hale brothers bought a mill in 1921 and founded Acme Corp.")
