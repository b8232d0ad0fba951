"""Infobox profile, round 22: a country's local currency signs (from the CLDR), a key person's
office read from the link of a role, and a legal form after a comma inside a name."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from infoboxes import infobox as _infobox
from infoboxes import infobox_values as _values
from infoboxes import money as _money
from infoboxes import page_facts as _facts

from kg.text.items import split_items
from kg.text.money import LOCAL_SIGNS, parse_money
from kg.text.render import plain_text
from tests.test_fields17b import _currencies

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- local currency signs


def test_the_signs_table_is_what_cldr_gives():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "currency_symbols.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_cfa_franc_sign_of_a_west_african_company_is_its_franc():
    box = _infobox(name="Pêcheries de Ziguinchor SA", revenue="FCFA 82.4&nbsp;billion (2023)",
                   net_income="F CFA 3.1&nbsp;billion (2023)", assets="96.7 billion FCFA (2023)")
    facts = _facts("Pêcheries de Ziguinchor", box + "'''Pêcheries de Ziguinchor SA''' is a Senegalese fishing "
                   "company based in [[Ziguinchor]], Senegal.")
    assert _money(facts, "revenue") == [(Decimal(82400000000), "XOF")]
    assert _money(facts, "netIncome") == [(Decimal(3100000000), "XOF")]
    assert _money(facts, "totalAssets") == [(Decimal(96700000000), "XOF")]


def test_the_cfa_franc_sign_of_a_central_african_company_is_the_other_franc():
    box = _infobox(name="Brasseries du Wouri", revenue="FCFA 210&nbsp;billion (2022)")
    facts = _facts("Brasseries du Wouri", box + "'''Brasseries du Wouri''' is a Cameroonian brewer based in "
                   "[[Douala]], Cameroon.")
    assert _money(facts, "revenue") == [(Decimal(210000000000), "XAF")]


def test_a_letter_sign_is_the_currency_of_the_companys_country_only():
    box = _infobox(name="Kalahari Feeds", hq_location_country="Botswana", revenue="P 1.84&nbsp;billion (2024)")
    facts = _facts("Kalahari Feeds", box + "'''Kalahari Feeds''' is an animal-feed maker.")
    assert _money(facts, "revenue") == [(Decimal(1840000000), "BWP")]
    # a Guatemalan company's "Q" is its quetzal, a Zambian company's "K" its kwacha
    box = _infobox(name="Café Atitlán", revenue="Q 612 million (2023)")
    assert _money(_facts("Café Atitlán", box + "'''Café Atitlán''' is a Guatemalan coffee roaster based in "
                         "[[Guatemala City]], Guatemala."), "revenue") == [(Decimal(612000000), "GTQ")]
    box = _infobox(name="Copperbelt Mills", revenue="K 2.3 billion (2024)")
    assert _money(_facts("Copperbelt Mills", box + "'''Copperbelt Mills''' is a Zambian miller based in "
                         "[[Kitwe]], Zambia."), "revenue") == [(Decimal(2300000000), "ZMW")]
    # the same sign in the article of a company of another country names no currency
    box = _infobox(name="Pine Feeds", revenue="P 1.84&nbsp;billion (2024)")
    facts = _facts("Pine Feeds", box + "'''Pine Feeds''' is a Canadian animal-feed maker based in [[Regina]], Canada.")
    assert _money(facts, "revenue") == [(Decimal(1840000000), None)]


def test_a_letter_sign_makes_money_only_of_a_sum_right_after_it():
    assert "P" in LOCAL_SIGNS and "K" in LOCAL_SIGNS
    assert parse_money("the P 51 locomotive") is None
    assert parse_money("Model K 7.5") is None
    assert parse_money("1.2 billion P") is not None and parse_money("1.2 billion P").note == "no currency given"
    assert parse_money("K 12,500,000").amount == Decimal(12500000)
    # a word after the figure names the currency: "Series D 20 million euros" is in euros
    assert parse_money("a Series D 20 million euros round").currency == "EUR"


def test_a_local_sign_in_the_history_of_a_company_of_that_country():
    lead = "'''Acme''' is a Motswana diamond polisher based in [[Gaborone]], Botswana.\n"
    assert _currencies(lead, "In 2016 Acme bought the Francistown cutter Lesedi for P 240 million.\n") == [
        ("240000000", "BWP")]
    lead = "'''Acme''' is an Ivorian cocoa trader based in [[Abidjan]], Ivory Coast.\n"
    assert _currencies(lead, "In 2019 Acme bought the San-Pédro warehouse operator Sodiport for "
                             "FCFA 18 billion.\n") == [("18000000000", "XOF")]


# ---------------------------------------------------------------- the office of a linked role


def _heads(box: str, prop: str) -> list[str]:
    return [e.label for e in _values(_facts("Acme", box + "'''Acme''' is a maker of tools."), prop)]


def test_a_role_shown_as_another_title_is_the_office_its_link_names():
    box = _infobox(name="Acme", key_people="Mira Osei ([[Chief executive officer|Executive director]])")
    assert _heads(box, "chiefExecutiveOfficer") == ["Mira Osei"]
    box = _infobox(name="Acme", key_people="Jon Berg ([[Chief executive officer|Director General]])<br>"
                                           "Ana Ruiz ([[Chairman|Presiding director]])")
    assert _heads(box, "chiefExecutiveOfficer") == ["Jon Berg"]
    assert _heads(box, "chairperson") == ["Ana Ruiz"]
    box = _infobox(name="Acme", key_people="Lena Vos ([[Chief executive officer|Managing partner]])")
    assert _heads(box, "chiefExecutiveOfficer") == ["Lena Vos"]


def test_a_qualified_or_named_role_keeps_its_shown_text():
    # a deputy is not the chief executive, whatever the link
    box = _infobox(name="Acme", key_people="Mira Osei ([[Chief executive officer|Deputy executive director]])")
    assert _heads(box, "chiefExecutiveOfficer") == []
    box = _infobox(name="Acme", key_people="Mira Osei ([[Chief executive officer|Assistant director]])")
    assert _heads(box, "chiefExecutiveOfficer") == []
    # an interim holder holds the office, as an "Interim CEO" does
    box = _infobox(name="Acme", key_people="Mira Osei ([[Chief executive officer|Interim director]])")
    assert _heads(box, "chiefExecutiveOfficer") == ["Mira Osei"]
    # beside an item that names the chief executive, a linked office makes no second one
    box = _infobox(name="Acme", key_people="Jon Berg ([[Chief executive officer|CEO]])<br>"
                                           "Mira Osei ([[Chief executive officer|Executive director]])")
    assert _heads(box, "chiefExecutiveOfficer") == ["Jon Berg"]


# ---------------------------------------------------------------- a legal form after a comma


def _items(text: str) -> list[str]:
    return [plain_text(item) for item in split_items(text)]


def test_a_legal_form_after_a_comma_belongs_to_the_name():
    assert _items("Hermanos Peña, C. por A. (1971–2005)") == ["Hermanos Peña, C. por A. (1971–2005)"]
    assert _items("Industrias Caribe, C.A.") == ["Industrias Caribe, C.A."]
    assert _items("Harbour Trading, Limited, Pacific Stores") == ["Harbour Trading, Limited", "Pacific Stores"]
    # initials of a person are no legal form
    assert _items("Jones, C. A. Smith") == ["Jones", "C. A. Smith"]


def test_a_former_name_with_its_legal_form_is_one_name():
    box = _infobox(name="Tabaquera Peña", former_name="Hermanos Peña, C. por A. (1971–2005)")
    facts = _facts("Tabaquera Peña", box + "'''Tabaquera Peña''' is a Dominican cigar maker.")
    assert [v.text for v in _values(facts, "formerName")] == ["Hermanos Peña, C. por A."]
