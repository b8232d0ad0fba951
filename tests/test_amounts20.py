"""History amounts, round 20 (issue 14): the sum a listing raised told in the next sentence
("The offering raised ..."), a valuation or a part of the sum that is not the amount, and a
company's founding capital; each rule on sentences written for the test."""

from __future__ import annotations

from decimal import Decimal

from tests.test_hist17a import _history


def _amounts(text: str, etype: str) -> list[tuple[Decimal, str | None]]:
    return [(m.amount, m.currency) for e in _history(text) if e.type == etype for m in e.amounts]


# ---------------------------------------------------------------- the sum a listing raised, told next

def test_the_offering_of_the_next_sentence_gives_the_listing_its_sum():
    assert _amounts("Acme was listed on the Oslo Stock Exchange in May 2004. The offering raised NOK 900 million "
                    "and was twice oversubscribed.", "ipo") == [(Decimal(900000000), "NOK")]
    assert _amounts("The company's shares began trading on the Warsaw Stock Exchange on 3 March 2011. The IPO, "
                    "managed by a local broker, raised 210 million złoty.", "ipo") == [(Decimal(210000000), "PLN")]
    assert _amounts("Acme floated on the London Stock Exchange in October 1995. The placing raised £42 million.",
                    "ipo") == [(Decimal(42000000), "GBP")]


def test_the_valuation_and_the_price_a_share_are_not_the_sum_raised():
    assert _amounts("Acme listed on the ASX on 2 May 2016. The offer raised A$80 million at A$1.50 a share and "
                    "valued the company at A$400 million.", "ipo") == [(Decimal(80000000), "AUD")]
    assert _amounts("Acme was listed on Nasdaq Stockholm in June 2019. The offering raised SEK 600 million, "
                    "valuing the company at SEK 2.4 billion.", "ipo") == [(Decimal(600000000), "SEK")]


def test_a_part_of_the_sum_raised_is_not_a_second_amount():
    assert _amounts("Acme was listed on Euronext Brussels in April 2008. The offering raised €150 million, of "
                    "which €90 million went to the company.", "ipo") == [(Decimal(150000000), "EUR")]
    assert _amounts("Acme was listed on Nasdaq Helsinki on 5 May 2018. The offering raised €70 million, €25 "
                    "million of it in new shares.", "ipo") == [(Decimal(70000000), "EUR")]


def test_a_clause_after_a_semicolon_of_the_next_sentence_does_not_stop_the_sum():
    assert _amounts("Acme was listed on the Vienna Stock Exchange in June 2007. The offering raised €120 million; "
                    "the founders sold a quarter of their stake in it.", "ipo") == [(Decimal(120000000), "EUR")]


def test_a_next_sentence_about_another_event_gives_the_listing_no_sum():
    assert _amounts("Acme was listed on the Oslo Stock Exchange in May 2004. The offering was followed by the "
                    "purchase of Bolt Industries for NOK 300 million.", "ipo") == []
    assert _amounts("Acme was listed on the Oslo Stock Exchange in May 2004. Bolt Industries bought a rival "
                    "for NOK 300 million.", "ipo") == []


# ---------------------------------------------------------------- founding capital

def test_the_capital_a_company_was_founded_with_is_its_founding_amount():
    assert _amounts("Acme Corp was founded in Porto on 2 May 1978 with a capital of 40 million escudos.",
                    "founding") == [(Decimal(40000000), "PTE")]
    assert _amounts("Acme Corp was incorporated in Nairobi on 9 June 1999 with a paid-up capital of KSh 120 "
                    "million, most of it from local investors.", "founding") == [(Decimal(120000000), "KES")]
    assert _amounts("Two engineers founded Acme Corp in Leeds in 1985 with start-up capital of £250,000 from "
                    "a regional fund.", "founding") == [(Decimal(250000), "GBP")]


def test_a_sum_put_in_as_share_capital_is_the_founding_amount():
    assert _amounts("Acme Corp was founded in Tampere in 2004 by three programmers, with €40,000 of their own "
                    "savings as share capital.", "founding") == [(Decimal(40000), "EUR")]


def test_a_founding_with_no_capital_or_a_firm_named_capital_has_no_amount():
    assert _amounts("Acme Corp was founded in 1990 by [[Macquarie Capital]] and two engineers.", "founding") == []
    assert _amounts("Acme Corp was founded in Lyon in 1921 and bought a mill for 2 million francs in 1925.",
                    "founding") == []
