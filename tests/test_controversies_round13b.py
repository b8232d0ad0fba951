"""Round 13, second pass: the company's reply under its own name (docs/relations.md,
"Controversies", "Round 13"). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.test_controversies_round9 import _found

# ---------------------------------------------------------------- the company's reply under its own name


@pytest.mark.parametrize("sentence", [
    'In March 2021 a short seller accused the company of inflating its orders. Brightwater called the report "misleading and false", and its shares fell 9 per cent.',
    "In March 2021 a short seller accused the company of inflating its orders. Brightwater rejected the accusations the same day.",
    "In March 2021 a short seller accused the company of inflating its orders. Brightwater has disputed the report's claims of fraud.",
])
def test_the_companys_reply_under_its_own_name_is_no_controversy(sentence):
    found = _found(sentence)
    assert [t for t, s, _ in found if s.startswith("Brightwater")] == []
    assert len(found) == 1  # the accusation itself stays


@pytest.mark.parametrize("sentence", [
    'The Competition Authority called the pricing "abusive" and fined Brightwater £2 million in 2019.',
    "Brightwater contested the fine before the Competition Appeal Tribunal in 2020.",
    "Brightwater rejected the union's offer; in May 2021 the Competition Authority fined it £1 million.",
])
def test_another_partys_words_or_the_companys_step_in_court_stay(sentence):
    assert len(_found(sentence)) == 1
