"""One reader of former names (review33): ``kg.text.former_names`` reads "X, formerly Y", "X,
previously called Y", "X, the fund known until 2022 as the Y," for both the history date reader
(the year a name was borne until dates no act) and the relations reader (the former name is no
party, and its year dates no relation). Each sentence is written for the test (invented companies).
"""

from __future__ import annotations

import re

import pytest

from kg.text import former_names
from tests.test_hist32a import _read
from tests.test_rel28a import _facts
from tests.test_relation_cues_unseen import _pairs


def _year_at(text: str, year: str) -> bool:
    return former_names.dates_a_name(text, text.index(year))


@pytest.mark.parametrize("text, year", [
    ("In 2019 Halvorsen Kapital, a fund known until 2015 as Nordvik Invest, lent it NOK 40 million.", "2015"),
    ("In 2019 Halvorsen Kapital, a fund called before 1 March 2011 simply as Nordvik, lent it money.", "2011"),
    ("Known until 1994 as the Tarn Valley Creamery, the company was bought by Lactel in 2001.", "1994"),
    ("In 2020 Pellow Timber, trading up to 2016 as Pellow and Sons, bought the sawmill.", "2016"),
    ("In 2018 the bank, styled until the end of 2009 as the Savings Bank of Ostrava, lent it CZK 9 million.", "2009"),
])
def test_the_year_a_name_was_borne_until_dates_the_name(text, year):
    assert _year_at(text, year)
    assert not _year_at(text, re.findall(r"\b(?:19|20)\d\d\b", text)[-1 if text.startswith("Known") else 0])


@pytest.mark.parametrize("text, year", [
    ("The mill kept trading until 2009, when Hollis Grain bought it.", "2009"),  # no name follows
    ("The plant was known before 2004 for its cheese.", "2004"),
    ("In 2012 it bought a stake in Saren Foods, formerly Saren Dairy.", "2012"),
])
def test_a_year_with_no_former_name_after_it_dates_no_name(text, year):
    assert not _year_at(text, year)


@pytest.mark.parametrize("text, former", [
    ("Pellow Timber, formerly Pellow and Sons, bought", "Pellow and Sons"),
    ("Halvorsen Kapital, a Norwegian fund previously called Nordvik Invest, lent", "Nordvik Invest"),
    ("Halvorsen Kapital, the fund known until 2015 as the Nordvik Invest, lent", "Nordvik Invest"),
    ("Halvorsen Kapital, a fund styled up to 2015 as the Nordvik Invest, lent", "Nordvik Invest"),
])
def test_an_apposition_gives_a_former_name(text, former):
    # the apposition runs from the comma after the name to the comma before the verb
    first = text.index(",")
    assert re.compile(former_names.APPOSITION).match(text, first).end() == text.index(",", first + 1) + 1
    # and the former name is no name of its own
    assert former_names.BEFORE_NAME.search(text, 0, text.index(former))


def test_an_apposition_of_no_former_name_is_none():
    apposition = re.compile(former_names.APPOSITION)
    assert apposition.match("Halvorsen Kapital, a fund based in Bergen, lent", len("Halvorsen Kapital")) is None
    assert former_names.BEFORE_NAME.search("a loan from the ", 0) is None


def test_the_year_a_lender_traded_under_an_earlier_name_dates_no_loan():
    # history: the year of the old name is not the loan's
    assert _read("In May 2019 Halvorsen Kapital, a Norwegian fund trading until 2015 as Nordvik Invest, "
                 "lent it NOK 40 million to build a new silo.") == [("funding_round", "2019-05")]


@pytest.mark.parametrize("verb", ["known", "styled"])
def test_a_name_styled_until_a_year_is_no_lender_and_its_year_dates_no_loan(verb):
    sentence = (f"In June 2017 [[Halvorsen Kapital]], the Norwegian fund {verb} until 2012 as the Nordvik "
                "Invest Trust, lent it NOK 40 million for a new silo.")
    pairs = _pairs(sentence)
    assert ("lender", "Halvorsen Kapital") in pairs, pairs
    assert not any("Nordvik" in name for _, name in pairs), pairs
    facts = _facts("== History ==\n" + sentence + "\n")
    assert facts[("lender", "Halvorsen Kapital")].iso == "2017-06", facts
