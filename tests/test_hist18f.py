"""History extractor, round 18 (issue 14): a line of goods or a market given up, units closed
that the older triggers did not name (a foundry, a hall), a unit closed told by 'it' in a clause
of its own, ships sold for scrap, and the court and creditor steps of an insolvency; each rule on
sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ------------------------------------------------ a line of goods or a market given up


def test_a_line_of_goods_given_up_is_a_divestiture():
    assert _types("In 1988 Acme stopped making typewriters.") == [("divestiture", "1988")]
    assert _types("The mill ceased spinning cotton yarn in 1971.") == [("divestiture", "1971")]
    assert _types("Television production was abandoned in 1979.") == [("divestiture", "1979")]


def test_a_market_given_up_is_a_divestiture():
    assert _types("In May 2014 the company stopped shipping its wines to Canada.") == [("divestiture", "2014-05")]
    assert _types("In 2003 Acme stopped all exports to Iran.") == [("divestiture", "2003")]
    assert _types("Exports to Libya, its largest market, ended in 2011 with the war.") == [("divestiture", "2011")]
    assert _types("In 1999 it stopped selling its paints in Japan.") == [("divestiture", "1999")]
    assert _types("The firm opened a depot in Lagos in 2008, but it ended its operations there in 2015.") == [
        ("expansion", "2008"), ("divestiture", "2015")]


def test_a_pause_or_a_product_dropped_is_no_divestiture():
    assert "divestiture" not in [t for t, _ in _types("In 2012 the plant stopped making engines for three weeks.")]
    assert "divestiture" not in [t for t, _ in _types("In 2017 Acme temporarily stopped shipping to Chile.")]
    assert "divestiture" not in [t for t, _ in _types("In 2020 Acme stopped selling new perpetual licences.")]


# ------------------------------------------------ units closed, ships scrapped


def test_a_foundry_or_a_hall_closed_is_a_divestiture():
    assert _types("The Brno foundry was shut in 1996.") == [("divestiture", "1996")]
    assert _types("In 2009 the company closed its assembly hall in Pilsen.") == [("divestiture", "2009")]


def test_a_unit_closed_in_a_clause_of_its_own_told_by_it():
    assert _types("A branch in Perth opened in 2001; it was closed three years later.") == [
        ("expansion", "2001"), ("divestiture", "2004")]
    assert _types("The smokehouse lost its supply when the cod failed, and it was closed in 1992.") == [
        ("divestiture", "1992")]


def test_one_closure_told_in_two_undated_clauses_is_one_event():
    assert _types("In 2004 the company stopped making shoes and closed its stitching hall.") == [
        ("divestiture", "2004")]


def test_ships_sold_for_scrap_are_a_divestiture():
    assert _types("The Acme Star was sold for scrap in 2011.") == [("divestiture", "2011")]
    assert _types("In 2009 the company sold its three oldest tankers for scrap.") == [("divestiture", "2009")]
