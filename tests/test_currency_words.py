"""The English names of currencies after a figure, from the CLDR table (kg/data/currency_words.tsv)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.text.money import AMBIGUOUS_CURRENCIES, CURRENCY_WORDS, parse_money
from tests.test_fields17b import _currencies

ROOT = Path(__file__).resolve().parents[1]


def test_the_table_is_what_cldr_gives():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "currency_words.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("2.4 billion Chilean pesos (2021)", "2400000000", "CLP"),
    ("61 million Estonian kroons", "61000000", "EEK"),
    ("18 million kroons", "18000000", "EEK"),
    ("4.5 million Latvian lati", "4500000", "LVL"),
    ("310 million leva (2008)", "310000000", "BGN"),
    ("96 million Peruvian soles", "96000000", "PEN"),
    ("1.2 billion New Taiwan dollars", "1200000000", "TWD"),
    ("7.3 billion Egyptian pounds", "7300000000", "EGP"),
])
def test_a_currency_named_after_the_figure(text, amount, currency):
    money = parse_money(text, accounting=True)
    assert (format(money.amount, "f"), money.currency) == (amount, currency)


def test_the_short_list_decides_where_both_name_a_word():
    # "pounds" alone is sterling, as the short list reads it; CLDR's pounds are ten currencies
    assert CURRENCY_WORDS["pounds"] == "GBP" and "pounds" not in AMBIGUOUS_CURRENCIES
    assert parse_money("3 million pounds").currency == "GBP"


def test_a_bare_singular_that_is_an_english_word_is_no_currency():
    assert "mark" not in CURRENCY_WORDS and "sol" not in CURRENCY_WORDS and "real" not in CURRENCY_WORDS
    assert parse_money("the share price passed the 1,000 mark").currency is None


def test_a_plural_of_several_currencies_is_read_by_the_companys_country():
    tunisian = "'''Acme''' is a Tunisian olive-oil producer based in [[Sfax]], Tunisia.\n"
    assert _currencies(tunisian, "In 2011 Acme bought the Sousse bottler Zitouna for 38 million dinars.\n") == [
        ("38000000", "TND")]
    jordanian = "'''Acme''' is a Jordanian pharmaceutical maker based in [[Amman]], Jordan.\n"
    assert _currencies(jordanian, "In 2011 Acme bought the Irbid packager Petra for 12 million dinars.\n") == [
        ("12000000", "JOD")]
    # a country without a dinar decides nothing: no currency rather than a guess
    assert _currencies("'''Acme''' is a maker of tiles.\n",
                       "In 2011 Acme bought the tile maker Zellige for 12 million dinars.\n") == [("12000000", None)]
