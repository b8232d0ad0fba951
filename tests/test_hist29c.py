"""History extractor, round 29 branch hist29c (issue 14): recall on new text, second pass; each
rule on sentences written for the test (invented companies, banks and people)."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- loans told beside a joint venture already told


def test_a_loan_to_or_for_the_joint_venture_already_told_is_a_funding_round():
    # "the joint venture" (or "its joint venture") retells a venture: the loan is the event
    assert _types("The [[Orrin Development Bank]] lent Tolvane RO 6 million in 2004 to build four trawlers, "
                  "so that the joint venture no longer had to charter boats.") == [("funding_round", "2004")]
    assert _types("The [[Pellum Bank]] lent the company a further €30 million in April 2024 for a second "
                  "hall for the joint venture at Brisk.") == [("funding_round", "2024-04")]
    assert _types("In 2013 four banks led by [[Quarrow Bank]] lent the joint venture US$95 million.") == [
        ("funding_round", "2013")]


def test_a_loan_told_with_a_new_joint_venture_stays_the_ventures_detail():
    # a venture formed with the money is the event; the loan is no funding round of the company's own
    assert "funding_round" not in [t for t, _ in _types(
        "In 2011 Tolvane formed a joint venture with [[Brisk Foods]], which the [[Pellum Bank]] lent "
        "US$12 million.")]
