"""Figures in a currency replaced since: read by the event's date (kg/data/currency_eras.tsv)."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kg.model import Money
from kg.text.currency import redenominated
from kg.text.money import parse_money

ROOT = Path(__file__).resolve().parents[1]


def test_the_table_is_what_cldr_gives():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "currency_eras.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(("text", "when", "currency"), [
    ("a capital of 8 million lira", "1971", "TRL"),          # the old Turkish lira
    ("raised TL 95 billion in the offering", "1998-05", "TRL"),
    ("bought it for ₺40 million", "2016", "TRY"),             # after 2005: the new lira
    ("invested TL 120 million", "2009-03-02", "TRY"),
    ("a loan of 3 million lira", "2005", "TRY"),               # the year of the change: left
    ("sold for 80 million Mexican pesos", "1975", "MXP"),
    ("sold for 80 million Mexican pesos", "1999", "MXN"),
    ("paid 600 million Argentine pesos", "1962-04", "ARM"),    # peso moneda nacional
    ("paid 600 million Argentine pesos", "1977", "ARL"),       # peso ley
    ("paid 600 million Argentine pesos", "1988", "ARS"),       # the austral's years: left
    ("worth 7 billion Romanian lei", "1999-10-01", "ROL"),
    ("worth 7 billion Ghanaian cedis", "2001", "GHC"),
    ("worth 7 million Ghanaian cedis", "2015", "GHS"),
])
def test_a_figure_is_in_the_currency_of_its_date(text, when, currency):
    money = parse_money(text)
    assert redenominated(money, when).currency == currency


@pytest.mark.parametrize(("text", "when"), [
    ("TRY 4 billion", "1995"),            # an ISO code as written is kept
    ("R$ 60 million", "1980"),            # the real did not succeed the cruzeiro by name
    ("€30 million", "1996"),              # a figure converted to euros
    ("US$5 million", "1970"),
])
def test_a_written_code_or_another_currency_is_kept(text, when):
    money = parse_money(text)
    assert redenominated(money, when) == money


def test_no_date_keeps_the_figure():
    money = Money(amount=Decimal(5), currency="TRY", raw="5 lira")
    assert redenominated(money, None) is money


@pytest.mark.parametrize(("text", "amount"), [
    ("TL 370 billion (about US$88 million)", "370000000000"),
    ("a budget of TL 1,250 million", "1250000000"),
    ("TL 2.5 trillion", "2500000000000"),
])
def test_the_lira_letters(text, amount):
    money = parse_money(text)
    assert (str(money.amount), money.currency) == (amount, "TRY")


@pytest.mark.parametrize("text", ["the TL 2 trim", "a TL 5 engine"])
def test_the_lira_letters_need_a_sum(text):
    assert parse_money(text) is None or parse_money(text).currency != "TRY"


@pytest.mark.parametrize("text", ["¢45 billion", "¢3.2 billion (about US$2 million)", "¢120,000"])
def test_the_cedi_sign_is_left_to_the_country(text):
    money = parse_money(text)
    assert money.currency is None and money.note.endswith("¢")


@pytest.mark.parametrize(("text", "amount"), [
    ("410 billion old pesos", "410000000000"),
    ("9 million old pesos (about US$3,000)", "9000000"),
    ("25 trillion old lira", "25000000000000"),
])
def test_old_money_named_so(text, amount):
    assert str(parse_money(text).amount) == amount


@pytest.mark.parametrize(("text", "currency"), [
    ("a loan of 300 million australes", "ARA"),
    ("sold for 45 million australs in 1987", "ARA"),
    ("a capital of 2 billion cruzados", "BRC"),
    ("raised 900 million new cruzados", "BRN"),
    ("fined 12 million intis", "PEI"),
])
def test_the_names_of_one_replaced_currency(text, currency):
    assert parse_money(text).currency == currency


def _event_amounts(country: str, history: str) -> list[tuple[str, str | None]]:
    from kg.model import Event
    from tests.infoboxes import infobox, page_facts

    text = (infobox(name="Test Company", hq_location_country=country, industry="Cement")
            + "'''Test Company''' is a company.\n\n== History ==\n" + history + "\n")
    facts = page_facts("Test Company", text)
    return sorted((str(m.amount), m.currency) for f in facts if isinstance(f.value, Event)
                  for m in f.value.amounts)


def test_pesos_of_a_mexican_company_before_1993():
    found = _event_amounts("Mexico", "In 1985 the company bought Cementos Norte for 300 billion pesos.")
    assert ("300000000000", "MXP") in found


def test_the_cedi_sign_in_a_ghanaian_company():
    found = _event_amounts("Ghana", "In March 1998 the company acquired Volta Foods for ¢6.5 billion.")
    assert ("6500000000", "GHC") in found


def test_the_cedi_sign_elsewhere_is_not_read():
    found = _event_amounts("United States", "In March 1998 the company acquired Volta Foods for ¢6.5 billion.")
    assert all(currency is None for _, currency in found)


def test_lira_letters_after_the_change():
    found = _event_amounts("Turkey", "In 2012 the company acquired Ege Makina for TL 85 million.")
    assert ("85000000", "TRY") in found
