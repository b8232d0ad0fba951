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


# ---------------------------------------------------------------- "fixed prices" as prices set in a contract


@pytest.mark.parametrize("sentence", [
    "In 2012 Brightwater agreed to supply the county's school kitchens at fixed prices for five years.",
    "Under the 2015 contract the company sold its pies to the army for a fixed price.",
])
def test_selling_at_fixed_prices_is_no_price_fixing(sentence):
    assert _found(sentence) == []
    assert _found(history=sentence) == []


def test_fixing_prices_with_rivals_stays_a_controversy():
    sentence = "In 2016 the Competition Authority fined Brightwater for fixing prices with two other bakeries."
    assert [t for t, _, _ in _found(sentence)] == ["fine"]
    sentence = "In 2016 two bakeries and Brightwater were found to have fixed prices for bread at fixed margins."
    assert len(_found(sentence)) == 1


def test_prices_fixed_illegally_stay_a_controversy():
    sentence = "In 2016 the Competition Authority fined Brightwater for illegally fixed prices of bread."
    assert [t for t, _, _ in _found(sentence)] == ["fine"]


# ---------------------------------------------------------------- a foreign authority suspends imports of the company's goods


@pytest.mark.parametrize("sentence", [
    "In May 2019 the Saudi Food and Drug Authority suspended imports from two of the company's plants.",
    "In March 2020 Japan banned imports of Brightwater's frozen pies after listeria was found in a shipment.",
    "In 2021 Chile and Peru suspended imports of its pies for a month.",
])
def test_imports_of_the_companys_goods_suspended_are_a_sanction(sentence):
    assert [t for t, _, _ in _found(sentence)] == ["fine"]
    assert [t for t, _, _ in _found(history=sentence)] == ["fine"]


@pytest.mark.parametrize("sentence", [
    "In 2003 Japan banned imports of Canada's beef after a case of BSE, and Brightwater switched to Irish suppliers.",
    "In 2010 the company suspended imports of palm oil.",
    "The European Union banned imports of whale meat in 1982.",
    "Within a week Chile and Peru had suspended imports of its pies.",  # no written date: a detail
])
def test_imports_of_another_partys_goods_or_the_companys_own_choice_are_no_sanction(sentence):
    assert _found(sentence) == []


@pytest.mark.parametrize("sentence", [
    "In August 2019 the Ministry of Commerce imposed anti-dumping duties on Brightwater's frozen pastry.",
    "The department opened its review in 2018 and set preliminary duties of 12 per cent on the company's shipments.",
])
def test_trade_duties_on_the_companys_goods_are_a_sanction(sentence):
    assert "fine" in [t for t, _, _ in _found(sentence)]


@pytest.mark.parametrize("sentence", [
    "In 2018 the European Union imposed anti-dumping duties on China's steel wire, and Brightwater switched suppliers.",
    "In 2019 Brightwater's exports to the United States were hit by tariffs in the trade war.",
    "The zone was used to evade anti-dumping duties on Chinese solar panels in 2021.",
    "In 2019 Brightwater imposed punitive tariffs of its own on late suppliers.",
])
def test_duties_on_another_partys_goods_or_general_tariffs_are_no_sanction(sentence):
    assert _found(sentence) == []
