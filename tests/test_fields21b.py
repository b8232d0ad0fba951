"""History label targets and amounts, round 21 (issue 14): the signs and names of the
currencies the euro replaced, "kr." and "COL$", and a spaced dash that is no minus sign; each
rule on sentences written for the test."""

from __future__ import annotations

from decimal import Decimal

from kg.text.money import parse_money_all


def _sums(text: str) -> list[tuple[Decimal, str | None]]:
    return [(m.amount, m.currency) for m in parse_money_all(text)]


# ---------------------------------------------------------------- signs and names of replaced currencies

def test_the_signs_of_currencies_the_euro_replaced_are_read_before_a_figure():
    assert _sums("The brewery was bought in 1988 for ƒ35 million.") == [(Decimal(35000000), "NLG")]
    assert _sums("The offering raised Dr 12.5 billion.") == [(Decimal(12500000000), "GRD")]
    assert _sums("It borrowed Lt 8 million from a Vilnius bank.") == [(Decimal(8000000), "LTL")]
    assert _sums("The port was sold for Ls 4.2 million.") == [(Decimal(4200000), "LVL")]


def test_a_letter_sign_after_a_figure_or_without_a_sum_is_no_money():
    assert _sums("In 1985 Dr Jones joined the board.") == []
    assert _sums("The ferry Lt 3 sailed weekly.") == []


def test_the_names_of_replaced_currencies_after_a_figure():
    assert _sums("The yard was sold for 92 million kuna.") == [(Decimal(92000000), "HRK")]
    assert _sums("A loan of 30 million litas financed the plant.") == [(Decimal(30000000), "LTL")]
    assert _sums("It paid 5 million lats for the mill.") == [(Decimal(5000000), "LVL")]
    assert _sums("Shares worth 400 million kroons were sold.") == [(Decimal(400000000), "EEK")]


def test_kr_with_a_point_is_the_ambiguous_krone_and_col_dollar_the_colombian_peso():
    (money,) = parse_money_all("It sold the stake for kr. 2.3 billion.")
    assert (money.amount, money.currency, money.note) == (Decimal(2300000000), None, "ambiguous currency symbol kr.")
    assert _sums("The farm was bought for COL$120 million.") == [(Decimal(120000000), "COP")]


# ---------------------------------------------------------------- a spaced dash is punctuation

def test_a_dash_between_spaces_is_no_minus_sign():
    assert _sums("2015 – Fjordline AS – Norway – ferry booking – €12 million") == [(Decimal(12000000), "EUR")]
    assert _sums("Acme bought Brindle – a maker of locks – for £4 million.") == [(Decimal(4000000), "GBP")]
    assert _sums("Net income: −£41.7 million") == [(Decimal(-41700000), "GBP")]
    assert _sums("–US$112 million") == [(Decimal(-112000000), "USD")]
