"""The dates of relations (issue 14, round 27): which date of a sentence is a party's own. Each
sentence is written for the test; the names are invented."""

from __future__ import annotations

import pytest
from test_reldates22 import _dates

from kg.sources import Page
from kg.text.parse import parse_article

RESPECTIVE = [
    # one date per party, in their order, after the last party (a participle)
    ("== History ==\nLong-term contracts with [[Norland Foods]] (now Norland) and [[Tolten Paper]], signed in "
     "2009 and 2013, made it a supplier of the two groups.",
     {("customer", "Norland Foods"): "2009", ("customer", "Tolten Paper"): "2013"}),
    # ... in a relative clause of the enumeration
    ("== Suppliers ==\nWool is bought from 12 cooperatives, among them the Uliastai cooperative and the "
     "Khovd Valley cooperative, which have supplied it since 2011 and 2015.",
     {("supplier", "Uliastai cooperative"): "2011", ("supplier", "Khovd Valley cooperative"): "2015"}),
]


@pytest.mark.parametrize(("body", "want"), RESPECTIVE)
def test_dates_written_after_an_enumeration_go_one_to_each_party(body, want):
    got = _dates(body)
    for key, date in want.items():
        assert got.get(key) == date


def test_a_period_after_an_enumeration_is_not_one_date_per_party():
    got = _dates("== History ==\nAcme signed supply contracts with [[Norland Foods]] and [[Tolten Paper]] "
                 "between 2010 and 2012.")
    assert got.get(("customer", "Tolten Paper")) == "2010"


SEMICOLON = [
    # a state told now, before the clause that writes the sentence's only year
    ("== Operations ==\n[[Brenta Retail]] buys trays from the Osorno plant; Acme Packaging Inc. has supplied "
     "[[Quillota Fresh]] in Peru since 2018.", ("customer", "Brenta Retail")),
    # ... and after it
    ("== Customers ==\n[[Halcon Lines]] has been the largest customer since 2004 and renewed its contract in 2014; "
     "[[Marisol Shipping]] and [[Tordera Line]] also call weekly.", ("customer", "Marisol Shipping")),
]


@pytest.mark.parametrize(("body", "key"), SEMICOLON)
def test_a_state_told_now_is_not_dated_by_another_clause_past_a_semicolon(body, key):
    assert _dates(body).get(key) is None


def test_a_clause_told_in_the_past_keeps_the_sentences_date():
    body = ("== History ==\nAcme was listed in Santiago on 18 March 2011, raising US$90 million; [[Banco Lirio]] "
            "and [[Andes Securities]] were the joint bookrunners.")
    assert _dates(body).get(("supplier", "Banco Lirio")) == "2011-03-18"


def test_a_line_after_a_bullet_is_a_paragraph_of_its_own():
    body = ("== Customers ==\nThe main buyers are:\n* [[Norland Foods]] – trays since 2012\n"
            "* [[Tolten Paper]] – boxes since 2020\n"
            "Cartons are sold in Peru mainly through the wholesaler [[Quillota Fresh]], which has bought "
            "them from the company since 2005.")
    article = parse_article(Page(title="Acme", revision=1, wikitext=body))
    texts = {s.text: s.list_item for sec in article.sections for s in sec.sentences}
    assert texts.get("Tolten Paper – boxes since 2020") is True
    assert any(t.startswith("Cartons are sold") and not item for t, item in texts.items())
    got = _dates(body)
    assert got.get(("customer", "Quillota Fresh")) == "2005"
    assert got.get(("customer", "Tolten Paper")) == "2020"


@pytest.mark.parametrize("body", [
    "== History ==\nAcme raised US$5 million in 2009. A second round of US$20 million, from the growth investor "
    "[[Pehuen Capital]] and the pension fund [[Fondo Austral]], followed in 2013.",
    "== History ==\n[[Banco Lirio]] lent the group US$60 million in 2011 to build a plant, and a syndicated loan "
    "arranged by [[Pehuen Capital]] and [[Fondo Austral]] followed in 2013.",
])
def test_followed_after_the_last_party_dates_every_party(body):
    got = _dates(body)
    assert got.get(("investor", "Pehuen Capital"), got.get(("lender", "Pehuen Capital"))) == "2013"


def test_a_stake_bought_in_the_offering_takes_the_listings_date():
    body = ("== History ==\nOn 12 May 2016 Acme's shares began trading on the Santiago Stock Exchange, after an "
            "offering that raised US$80 million. [[Banco Lirio]] managed the offering. The founders sold a third of "
            "their shares, and the pension fund [[Fondo Austral]] bought 5 per cent of the company as a cornerstone "
            "investor.")
    assert _dates(body).get(("investor", "Fondo Austral")) == "2016-05-12"


def test_the_banks_of_an_offering_take_the_date_of_shares_sold_to_the_public():
    body = ("== History ==\nOn 14 July 1999 about 30 per cent of the shares were sold to the public on the Santiago "
            "Stock Exchange. The offering, arranged by [[Banco Lirio]], brought in US$55 million.")
    assert _dates(body).get(("supplier", "Banco Lirio")) == "1999-07-14"


def test_a_shareholder_row_takes_the_date_of_its_stake_bought_in_the_offer():
    body = ("== History ==\nIn May 2018 Acme's shares were listed on the Santiago Stock Exchange after an offering "
            "that raised US$8 million. The offering was managed by [[Banco Lirio]], and the fund [[Pehuen Capital]] "
            "took US$1 million as a cornerstone investor.\n\n"
            "== Ownership ==\nIts largest shareholders are:\n* [[Pehuen Capital]] – 6.5%\n")
    assert _dates(body).get(("investor", "Pehuen Capital")) == "2018-05"
