"""Round 31 of the infobox: a register entry marked "updated" is an operating exchange, the
letters of the Chilean peso and the Mozambican metical, and a general director as the chief
executive. Every infobox here is written for the test."""

from __future__ import annotations

from decimal import Decimal

from infoboxes import infobox as _infobox
from infoboxes import infobox_values as _values
from infoboxes import money as _money
from infoboxes import page_facts as _facts

from kg.text.exchanges import register_exchange


def _listed(name: str, country: str, traded_as: str) -> list[tuple[str, str, str]]:
    facts = _facts(name, _infobox(name=name, traded_as=traded_as, hq_location_country=country)
                   + f"'''{name}''' is a firm.")
    return [(x.exchange, x.ticker, x.exchange_entity.title) for x in _values(facts, "stockListing")]


def test_an_exchange_the_register_marks_updated_is_read():
    # the register's Qatari exchange is "updated" in its latest release, not "active"
    assert register_exchange("QSE", "QA") == "Qatar Stock Exchange"
    assert _listed("Dukhan Pipe Coating", "Qatar", "{{QSE|DKPC}}") == [("QSE", "DKPC", "Qatar Stock Exchange")]
    # an expired entry is still no exchange (the register's New Zealand Stock Exchange)
    assert register_exchange("NZSE", "NZ") is None


def test_the_chilean_peso_written_ch_dollar():
    box = _infobox(name="Cerro Alto Cobre", revenue="{{increase}} Ch$455&nbsp;billion (2023)",
                   net_income="{{decrease}} Ch$-12.4&nbsp;billion (2023)", hq_location_country="Chile")
    facts = _facts("Cerro Alto Cobre", box + "'''Cerro Alto Cobre''' is a firm.")
    assert _money(facts, "revenue") == [(Decimal(455000000000), "CLP")]
    assert _money(facts, "netIncome") == [(Decimal(-12400000000), "CLP")]


def test_the_metical_written_mt_before_a_sum():
    box = _infobox(name="Lichinga Sisal", revenue="{{increase}} MT&nbsp;2.15&nbsp;billion (2024)",
                   operating_income="MT 96,500,000 (2024)", hq_location_country="Mozambique")
    facts = _facts("Lichinga Sisal", box + "'''Lichinga Sisal''' is a firm.")
    assert _money(facts, "revenue") == [(Decimal(2150000000), "MZN")]
    assert _money(facts, "operatingIncome") == [(Decimal(96500000), "MZN")]
    # after the figure, or before a figure that is no sum, "MT" is no metical
    box = _infobox(name="Lichinga Sisal", revenue="412 MT (2024)")
    assert [c for _, c in _money(_facts("Lichinga Sisal", box + "'''Lichinga Sisal''' is a firm."), "revenue")] != ["MZN"]
    box = _infobox(name="Lichinga Sisal", revenue="MT 12 (2024)")
    assert [c for _, c in _money(_facts("Lichinga Sisal", box + "'''Lichinga Sisal''' is a firm."), "revenue")] != ["MZN"]


def test_a_general_director_is_the_chief_executive():
    box = _infobox(name="Issyk Textiles",
                   key_people="Aibek Osmonov ([[Chairman]])<br />Gulnara Toktosunova ([[General director]])"
                              "<br />Ruslan Imanaliev (CFO)")
    facts = _facts("Issyk Textiles", box + "'''Issyk Textiles''' is a firm.")
    assert [p.label for p in _values(facts, "chiefExecutiveOfficer")] == ["Gulnara Toktosunova"]
    box = _infobox(name="Sarajka Mills", key_people="Edin Hodžić (Director General)<br />Mira Lukić (Chairwoman)")
    facts = _facts("Sarajka Mills", box + "'''Sarajka Mills''' is a firm.")
    assert [p.label for p in _values(facts, "chiefExecutiveOfficer")] == ["Edin Hodžić"]


def test_a_deputy_general_director_is_not_the_chief_executive():
    box = _infobox(name="Issyk Textiles",
                   key_people="Aibek Osmonov ([[Chairman]])<br />Timur Bekov (Deputy General Director)")
    facts = _facts("Issyk Textiles", box + "'''Issyk Textiles''' is a firm.")
    assert _values(facts, "chiefExecutiveOfficer") == []


def test_a_general_director_beside_a_named_chief_executive_is_a_key_person_only():
    box = _infobox(name="Issyk Textiles",
                   key_people="Gulnara Toktosunova ([[General director]])<br />Daniyar Asanov ([[Chief executive officer|CEO]])")
    facts = _facts("Issyk Textiles", box + "'''Issyk Textiles''' is a firm.")
    assert [p.label for p in _values(facts, "chiefExecutiveOfficer")] == ["Daniyar Asanov"]
    assert len(_values(facts, "keyPerson")) == 2
