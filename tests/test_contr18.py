"""Round 18 of issue 14, controversies: causes of misses and wrong facts counted over blind3 to
blind19, and the general rules made from them. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.test_controversies_round9 import _found

# ---------------------------------------------------------------- one case told in two clauses


@pytest.mark.parametrize("sentence,expected", [
    # an incident and the sanction or inquiry that follows it: one controversy, typed by the incident
    ("A welder was killed in a fire at the Hull plant in May 2019, and the Health and Safety Executive "
     "fined Brightwater £80,000 the following year.", [("other", "2019-05")]),
    ("An explosion at the Hull plant killed two workers in June 2020; the police opened an inquiry.",
     [("other", "2020-06")]),
    # a fine and the court's later step on it: one controversy, typed by the fine
    ("The regulator fined the company £2 million in March 2018, and the High Court rejected its appeal in 2020.",
     [("fine", "2018-03")]),
])
def test_a_later_step_of_the_same_case_is_no_second_controversy(sentence, expected):
    assert [(t, d) for t, _, d in _found(sentence)] == expected


def test_an_inquiry_and_a_fine_of_one_sentence_stay_two_acts():
    found = _found("The Food Standards Agency opened an investigation in May 2018, and in October 2019 "
                   "its sanctions panel fined the company £40,000.")
    assert [t for t, _, _ in found] == ["investigation", "fine"]
