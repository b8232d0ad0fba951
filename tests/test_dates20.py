"""A year inside a background clause (a relative clause or a participial apposition set off by
commas, or a past-perfect relative clause that ends the clause) does not date the clause's own
event when the clause tells a date of its own or one relative to the sentence before; an event
told inside the background clause keeps its year. Sentences written for the test."""

from __future__ import annotations

from tests.test_hist17a import _history
from tests.test_history_rules import _summary


def test_a_relative_date_of_the_main_clause_wins_over_an_apposition_year():
    assert _summary(_history(
        "In 2004 Acme opened a plant in Bergen. The same year the Nordic Farm Trust, set up in 1987 with "
        "gifts from the public, bought 60 per cent of the shares of Acme.")) == [
        ("expansion", "2004"), ("acquisition", "2004")]
    assert _summary(_history(
        "Acme opened a plant in Bergen in March 2011. Later that year the Halden Savings Bank, founded in 1862 "
        "by local merchants, acquired 30 per cent of Acme.")) == [("expansion", "2011-03"), ("acquisition", "2011")]


def test_a_relative_clause_year_does_not_date_the_main_event():
    assert _summary(_history(
        "Acme opened its first shop in 1990. Two years later its founder, whose family had farmed at Voss since "
        "1870, bought the Lindqvist bakery chain.")) == [("expansion", "1990"), ("acquisition", "1992")]
    assert _summary(_history(
        "Acme opened a plant in Oslo in 2001. The following year its chairman, who had run the firm since 1984, "
        "bought the Lindqvist bakery chain.")) == [("expansion", "2001"), ("acquisition", "2002")]


def test_the_main_clause_own_year_wins_over_a_past_perfect_relative_clause():
    assert _summary(_history(
        "In 2003 Acme took over the clients of Norda Data, a small cooperative in which Per Lund had worked "
        "since 1991.")) == [("acquisition", "2003")]
    assert _summary(_history(
        "Acme, which had been founded in 1922 by a cooperative, was listed on the Oslo Stock Exchange in 2012.")) == [
        ("ipo", "2012")]


def test_an_event_told_inside_the_background_clause_keeps_its_year():
    assert _summary(_history(
        "Pieter Maas, who became chief executive in 2001, moved the head office to Utrecht.")) == [
        ("leadership_change", "2001")]
    assert _summary(_history("In 2012 Acme bought Borvik, which had been founded in 1922 by a cooperative.")) == [
        ("acquisition", "2012")]
