"""Round 13 of the infobox: forms of writing a field that hold on any company infobox (the Gulf
currencies written as their articles write them, ``total_assets`` and ``total_equity`` as the
fields' other names). Every infobox here is written for the test."""

from __future__ import annotations

from decimal import Decimal

from infoboxes import infobox as _infobox
from infoboxes import money as _money
from infoboxes import page_facts as _facts


def test_the_gulf_currencies_are_read_before_a_sum():
    box = _infobox(name="Jazan Polymers Company", hq_location_country="Saudi Arabia",
                   revenue="{{decrease}} SR 11.6&nbsp;billion (2024)",
                   net_income="{{decrease}} SR 182&nbsp;million (2024)",
                   assets="{{increase}} SR31.2&nbsp;billion (2024)")
    facts = _facts("Jazan Polymers", box + "'''Jazan Polymers''' is a Saudi chemical maker.")
    assert _money(facts, "revenue") == [(Decimal(11600000000), "SAR")]
    assert _money(facts, "netIncome") == [(Decimal(182000000), "SAR")]
    assert _money(facts, "totalAssets") == [(Decimal(31200000000), "SAR")]
    gulf = _infobox(name="Dafna Holding", revenue="QR 2.4&nbsp;billion (2023)",
                    operating_income="KD 310&nbsp;million (2023)", net_income="BD 41.5&nbsp;million (2023)",
                    assets="RO 1.2&nbsp;billion (2023)", equity="Dhs 880&nbsp;million (2023)")
    facts = _facts("Dafna Holding", gulf + "'''Dafna Holding''' is a holding company.")
    assert _money(facts, "revenue") == [(Decimal(2400000000), "QAR")]
    assert _money(facts, "operatingIncome") == [(Decimal(310000000), "KWD")]
    assert _money(facts, "netIncome") == [(Decimal(41500000), "BHD")]
    assert _money(facts, "totalAssets") == [(Decimal(1200000000), "OMR")]
    assert _money(facts, "totalEquity") == [(Decimal(880000000), "AED")]


def test_a_letter_sign_without_a_sum_is_no_money_and_sr_is_seychellois_in_seychelles():
    # a bare small number after the letters reads as no sum (a model name, a code)
    box = _infobox(name="Kettle Ltd", revenue="SR 71 (2024)")
    assert _money(_facts("Kettle", box + "'''Kettle''' is a firm."), "revenue") == []
    sc = _infobox(name="Mahé Fisheries Ltd", hq_location_country="Seychelles",
                  revenue="SR 412&nbsp;million (2024)")
    facts = _facts("Mahé Fisheries", sc + "'''Mahé Fisheries''' is a fishing company of the Seychelles.")
    assert _money(facts, "revenue") == [(Decimal(412000000), "SCR")]


def test_total_assets_and_total_equity_are_the_assets_and_equity_fields():
    box = _infobox(name="Pesquera Austral S.A.", total_assets="{{increase}} US$905&nbsp;million (2024)",
                   total_equity="US$512&nbsp;million (2024)")
    facts = _facts("Pesquera Austral", box + "'''Pesquera Austral''' is a Chilean fishing company.")
    assert _money(facts, "totalAssets") == [(Decimal(905000000), "USD")]
    assert _money(facts, "totalEquity") == [(Decimal(512000000), "USD")]
