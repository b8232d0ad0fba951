"""Round 14 of the infobox: forms of writing a field that hold on any company infobox (a
currency sign after its country's letters, a legal form after a comma, a building before a
linked area, a managing director beside a named chief executive, one ticker row per listing).
Every infobox here is written for the test."""

from __future__ import annotations

from decimal import Decimal

from infoboxes import infobox as _infobox
from infoboxes import infobox_values as _infobox_facts
from infoboxes import money as _money
from infoboxes import page_facts as _facts

from kg.evaluation.profile import profile_rows


def _labels(facts, prop: str) -> list[str]:
    return [getattr(v, "label", None) or getattr(v, "holder", v).label for v in _infobox_facts(facts, prop)]


def test_a_currency_sign_after_its_country_letters_is_that_currency():
    box = _infobox(name="Volta Shea Processors", revenue="{{increase}} GH₵2.71&nbsp;billion (2024)",
                   net_income="GH¢ 84&nbsp;million (2024)", operating_income="J$1.4&nbsp;billion (2023)",
                   assets="TSh 96.5&nbsp;billion (2024)", equity="N$ 410&nbsp;million (2024)")
    facts = _facts("Volta Shea Processors", box + "'''Volta Shea Processors''' is a food company.")
    assert _money(facts, "revenue") == [(Decimal(2710000000), "GHS")]
    assert _money(facts, "netIncome") == [(Decimal(84000000), "GHS")]
    assert _money(facts, "operatingIncome") == [(Decimal(1400000000), "JMD")]
    assert _money(facts, "totalAssets") == [(Decimal(96500000000), "TZS")]
    assert _money(facts, "totalEquity") == [(Decimal(410000000), "NAD")]


def test_the_letters_written_for_dinars_birr_and_kwacha_are_those_currencies():
    box = _infobox(name="Qatrana Salts", revenue="{{decrease}} JD&nbsp;312.5&nbsp;million (2024)",
                   net_income="Br&nbsp;2.6&nbsp;billion (2024)", operating_income="DT 41.2 million (2023)",
                   assets="MK 88,400 million (2024)", equity="KM 1.05 billion (2024)")
    facts = _facts("Qatrana Salts", box + "'''Qatrana Salts''' is a mining company.")
    assert _money(facts, "revenue") == [(Decimal(312500000), "JOD")]
    assert _money(facts, "netIncome") == [(Decimal(2600000000), "ETB")]
    assert _money(facts, "operatingIncome") == [(Decimal(41200000), "TND")]
    assert _money(facts, "totalAssets") == [(Decimal(88400000000), "MWK")]
    assert _money(facts, "totalEquity") == [(Decimal(1050000000), "BAM")]


def test_a_letter_sign_of_dinars_without_a_sum_is_no_money():
    # "JD 71" could be a model or a road: a letter sign needs a sum (multiplier, grouping, decimals)
    box = _infobox(name="Kettle Ltd", revenue="JD 71 (2024)")
    assert _money(_facts("Kettle", box + "'''Kettle''' is a firm."), "revenue") == []


def test_a_letter_sign_of_shillings_without_a_sum_is_no_money():
    box = _infobox(name="Kettle Ltd", revenue="TSh 71 (2024)")
    assert _money(_facts("Kettle", box + "'''Kettle''' is a firm."), "revenue") == []


def test_a_legal_form_after_a_comma_stays_with_its_name():
    box = _infobox(name="Mondego Papeis, S.A.",
                   owner="Ribeiro Participações, SGPS (61.0%)<br />Harbor Crest Partners, L.P. (9.5%)",
                   parent="Ribeiro Participações, SGPS, S.A.",
                   subsidiaries="Mondego Trust Bank, N.A.<br />Papeis do Norte, Lda.")
    facts = _facts("Mondego Papeis", box + "'''Mondego Papeis''' is a paper maker.")
    assert _labels(facts, "owner") == ["Ribeiro Participações, SGPS", "Harbor Crest Partners, L.P."]
    assert _labels(facts, "parentOrganization") == ["Ribeiro Participações, SGPS, S.A."]
    assert _labels(facts, "subsidiary") == ["Mondego Trust Bank, N.A.", "Papeis do Norte, Lda."]


def test_formats_written_as_two_letters_still_split():
    box = _infobox(name="Kallio Records", products="CD, LP, cassette")
    facts = _facts("Kallio Records", box + "'''Kallio Records''' is a record label.")
    assert _labels(facts, "product") == ["CD", "LP", "cassette"]


def test_a_building_before_a_linked_area_is_the_headquarters_as_written():
    box = _infobox(name="Meghna Cables", hq_location="Jamuna Bhaban, [[Motijheel]]")
    facts = _facts("Meghna Cables", box + "'''Meghna Cables''' is a cable maker.")
    assert _labels(facts, "headquarters") == ["Jamuna Bhaban, Motijheel"]
    # a known place before the link is a place of its own: the link is read as before
    box = _infobox(name="Meghna Wires", hq_location="[[Motijheel]], Dhaka")
    assert _labels(_facts("Meghna Wires", box + "'''Meghna Wires''' is a wire maker."), "headquarters") == ["Motijheel"]
    box = _infobox(name="Meghna Tubes", hq_location="Bangladesh, [[Motijheel]]")
    assert _labels(_facts("Meghna Tubes", box + "'''Meghna Tubes''' is a tube maker."), "headquarters") == ["Motijheel"]
    box = _infobox(name="Meghna Cords", hq_location="12, Dilkusha Avenue, [[Motijheel]]")
    assert _labels(_facts("Meghna Cords", box + "'''Meghna Cords''' is a cord maker."), "headquarters") == ["Motijheel"]


def test_a_managing_director_beside_a_named_chief_executive_is_not_the_chief_executive():
    box = _infobox(name="Karnaphuli Cement", key_people="{{ubl|Rafiq Ahmed ([[Chairman]])|"
                   "Tanvir Ahmed ([[Managing director|Managing Director]])|Lubna Karim (Group CEO)}}")
    facts = _facts("Karnaphuli Cement", box + "'''Karnaphuli Cement''' is a cement maker.")
    assert _labels(facts, "chiefExecutiveOfficer") == ["Lubna Karim"]
    assert len(_infobox_facts(facts, "keyPerson")) == 3
    # alone, or in one role with "CEO", the managing director is the chief executive
    box = _infobox(name="Karnaphuli Steel", key_people="Rafiq Ahmed (Chairman)<br />Tanvir Ahmed (Managing Director)")
    assert _labels(_facts("Karnaphuli Steel", box + "'''Karnaphuli Steel''' is a steel maker."),
                   "chiefExecutiveOfficer") == ["Tanvir Ahmed"]
    box = _infobox(name="Karnaphuli Jute", key_people="Rafiq Ahmed (Chairman)<br />Tanvir Ahmed (Managing Director and CEO)")
    assert _labels(_facts("Karnaphuli Jute", box + "'''Karnaphuli Jute''' is a jute mill."),
                   "chiefExecutiveOfficer") == ["Tanvir Ahmed"]


def test_a_ticker_shared_by_two_listings_is_a_row_of_each():
    box = _infobox(name="Padma Jute Mills", traded_as="{{ubl|[[Dhaka Stock Exchange|DSE]]: PADMAJUTE|"
                   "[[Chittagong Stock Exchange|CSE]]: PADMAJUTE}}")
    facts = [f for f in _facts("Padma Jute Mills", box + "'''Padma Jute Mills''' is a jute maker.")
             if f.provenance.extractor == "infobox"]
    rows = profile_rows(facts)
    assert sorted(r.shown for r in rows if r.property == "ticker") == ["PADMAJUTE", "PADMAJUTE"]
    assert sorted(r.shown for r in rows if r.property == "exchange") == [
        "Chittagong Stock Exchange", "Dhaka Stock Exchange"]
    assert len([r for r in rows if r.property == "stockListing"]) == 2
