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


# ---------------------------------------------------------------- the target of a purchase's label

def _labels(text: str, etype: str = "acquisition") -> list[str]:
    from tests.test_hist17a import _history
    return [e.label for e in _history(text) if e.type == etype]


def test_the_object_of_the_buying_verb_is_the_target_when_no_party_names_it():
    assert _labels("In 1984 the company bought the Tarnbeck brewery in Kendal from its founders for £2 million.") == [
        "Acquisition of the Tarnbeck brewery"]
    assert _labels("In 2016 Acme acquired Fábrica de Louça do Norte, a maker of tableware in Porto, for €9 million.") == [
        "Acquisition of Fábrica de Louça do Norte"]
    assert _labels("In 2003 the company took over the routes and aircraft of Aerolíneas del Sur, a regional carrier.") == [
        "Acquisition of the routes and aircraft of Aerolíneas del Sur"]


def test_the_subject_of_a_passive_purchase_is_the_target():
    assert _labels("The Keldholme paper mill in Otley was bought in 2011 for £3.5 million.") == [
        "Acquisition of the Keldholme paper mill"]
    assert _labels("In 2002 the company grew. The Ormsby quarry was acquired in 2004.") == [
        "Acquisition of the Ormsby quarry"]


def test_a_part_of_a_named_business_bought_names_the_stake_label():
    assert _labels("In 2012 Acme bought 60 per cent of Brindle Locks, a maker of padlocks, for €4 million.") == [
        "Acquisition of a stake in Brindle Locks"]
    assert _labels("In 2014 the company acquired a 35 per cent stake in Halvorsen Marine.") == [
        "Acquisition of a stake in Halvorsen Marine"]
    assert _labels("In 2019 Acme bought a majority stake in Tarnfield Dairies from the Ross family.") == [
        "Acquisition of a stake in Tarnfield Dairies"]


def test_the_company_itself_or_a_part_without_a_name_is_no_target():
    assert _labels("In 2005 the Vasco family bought 51 per cent of Acme from its founders.") != [
        "Acquisition of a stake in Acme"]
    assert _labels("In 2006 Acme bought 30 per cent from the state.") == ["Acquisition of a stake"]


# ---------------------------------------------------------------- what a sale handed over

def test_what_a_sale_handed_over_names_the_label_with_a_count_an_aside_or_no_buyer():
    assert _labels("In 2014 Acme sold 40 petrol stations to the Dublin investor group Corrib Capital for €30 million.",
                   "divestiture")[0].startswith("Divestiture of 40 petrol stations")
    assert _labels("In 2018 Acme sold its marine coatings unit, which made antifouling paints, to the Dutch group "
                   "Verfhuis for €55 million.", "divestiture")[0].startswith("Divestiture of the marine coatings unit")
    assert _labels("In 2009 Acme sold its 1,200 telecom masts to the tower company Helios Towers.", "divestiture") == [
        "Divestiture of the 1,200 telecom masts to Helios Towers"]


def test_a_sale_in_the_present_of_a_timeline_names_what_was_sold():
    assert _labels("2016 – Acme sells its bakery division to Greggs.", "divestiture")[0].startswith(
        "Divestiture of the bakery division")
