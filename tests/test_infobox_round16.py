"""Round 16 of the infobox: forms of writing a field that hold on any company infobox (the
Unicode sign of a currency, an unlinked part of an organisation before the linked
organisation). Every infobox here is written for the test."""

from __future__ import annotations

from decimal import Decimal

from infoboxes import infobox as _infobox
from infoboxes import money as _money
from infoboxes import page_facts as _facts

from kg.evaluation.profile import profile_rows


def _shown(facts, prop: str) -> list[str]:
    return sorted(r.shown for r in profile_rows(facts) if r.property == prop)


def test_the_sign_of_a_currency_of_its_own_is_that_currency():
    box = _infobox(name="Orkhon Felt LLC", revenue="{{increase}} ₮152.3&nbsp;billion (2024)",
                   net_income="{{decrease}} ₮9.8&nbsp;billion (2024)",
                   operating_income="₼41.2&nbsp;million (2023)", assets="₭1.9&nbsp;trillion (2024)",
                   equity="֏ 26&nbsp;billion (2024)")
    facts = _facts("Orkhon Felt", box + "'''Orkhon Felt LLC''' is a Mongolian textile company.")
    assert _money(facts, "revenue") == [(Decimal(152300000000), "MNT")]
    assert _money(facts, "netIncome") == [(Decimal(9800000000), "MNT")]
    assert _money(facts, "operatingIncome") == [(Decimal(41200000), "AZN")]
    assert _money(facts, "totalAssets") == [(Decimal(1900000000000), "LAK")]
    assert _money(facts, "totalEquity") == [(Decimal(26000000000), "AMD")]
    assert _shown(facts, "revenue") == ["152300000000 MNT (2024)"]


def test_the_tugrik_written_as_a_word_is_the_mongolian_currency():
    box = _infobox(name="Tuul Dairy", revenue="48.1 billion tögrögs (2024)")
    assert _money(_facts("Tuul Dairy", box + "'''Tuul Dairy''' is a dairy."), "revenue") == [
        (Decimal(48100000000), "MNT")]


def test_an_unlinked_part_of_a_linked_organisation_is_one_item():
    box = _infobox(name="Rasa Optics", predecessor="Thin Film Laboratory, [[Kaunas University of Technology]]",
                   successor="Marine division, [[Harland and Wolff]]")
    facts = _facts("Rasa Optics", box + "'''Rasa Optics''' is an optics maker.")
    assert _shown(facts, "predecessor") == ["Thin Film Laboratory, Kaunas University of Technology"]
    assert _shown(facts, "successor") == ["Marine division, Harland and Wolff"]


def test_a_list_of_names_and_links_still_splits_at_its_commas():
    box = _infobox(name="Rasa Optics", predecessor="Lumen Glass, [[Kaunas University of Technology]]",
                   subsidiaries="Baltic Coatings, [[Ekspla]], Optics unit")
    facts = _facts("Rasa Optics", box + "'''Rasa Optics''' is an optics maker.")
    assert _shown(facts, "predecessor") == ["Kaunas University of Technology", "Lumen Glass"]
    assert _shown(facts, "subsidiary") == ["Baltic Coatings", "Ekspla", "Optics unit"]
