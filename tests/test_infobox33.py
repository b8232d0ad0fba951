"""Round 33 of the infobox: a sign the infobox links to a currency's article names the currency
of its figures, linked there or written again bare ("[[Lebanese pound|LL]]13.3 trillion", then
"LL 806 billion"); the link decides an ambiguous sign too ("[[Hong Kong dollar|$]]"). Every
infobox here is written for the test."""

from __future__ import annotations

from decimal import Decimal

from infoboxes import infobox as _infobox
from infoboxes import money as _money
from infoboxes import page_facts as _facts

from kg.text.money import linked_signs, parse_money, with_linked_sign


def _box_money(name: str, **fields: str) -> dict[str, list[tuple[Decimal, str | None]]]:
    facts = _facts(name, _infobox(name=name, **fields) + f"'''{name}''' is a firm.")
    return {key: _money(facts, key) for key in ("revenue", "netIncome")}


def test_a_sign_linked_once_names_the_currency_of_every_figure_after_it():
    found = _box_money("Cedrus Mutual Insurance", revenue="{{increase}} [[Lebanese pound|LL]]9.6&nbsp;trillion (2023)",
                       net_income="{{increase}} LL&nbsp;512&nbsp;billion (2023)", hq_location_country="Lebanon")
    assert found == {"revenue": [(Decimal(9600000000000), "LBP")], "netIncome": [(Decimal(512000000000), "LBP")]}


def test_a_linked_dollar_is_the_dollar_of_the_article_linked():
    found = _box_money("Tai Hang Ferries", revenue="[[Hong Kong dollar|$]]4.2&nbsp;billion (2022)",
                       net_income="$310&nbsp;million (2022)")
    assert found == {"revenue": [(Decimal(4200000000), "HKD")], "netIncome": [(Decimal(310000000), "HKD")]}


def test_the_reason_is_kept_and_a_written_currency_is_left_alone():
    signs = linked_signs(["[[Lebanese pound|LL]]9.6 trillion", "[[Euro|€]]5 million"])
    money = with_linked_sign(parse_money("LL 512 billion"), "LL 512 billion", signs)
    assert (money.currency, money.inferred) == ("LBP", "sign LL linked to the article Lebanese pound")
    assert with_linked_sign(parse_money("US$5 million"), "US$5 million", signs).currency == "USD"


def test_a_link_whose_label_is_a_name_or_not_a_currency_gives_no_sign():
    assert linked_signs(["[[Lebanese pound|Lebanese pounds]] 9.6 trillion", "[[Beirut|BR]] 4 billion"]) == {}
    unknown = parse_money("XY 512 billion")
    assert with_linked_sign(unknown, "XY 512 billion", linked_signs(["[[Beirut|XY]]"])).currency is None
