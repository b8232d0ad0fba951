"""The dates of relations carried from the sentence before (issue 14, round 24): an occasion
told without a date of its own, in the past tense, right after a dated sentence of the same
paragraph, is of that date; a state told now is not. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_reldates23 import _dates

CARRIED = [
    # a loan for the deal just told
    ("In May 2011 the founders sold 60 per cent of Acme to a management team for US$30 million. "
     "[[Banco Austral]] and [[Banco Pacífico]] provided US$12 million of debt for the deal.",
     {("lender", "Banco Austral"): "2011-05", ("lender", "Banco Pacífico"): "2011-05"}),
    # an adviser of the offer just told
    ("In October 2017 the Norland fund offered to buy all the shares of Acme for US$400 million. "
     "The board, advised by [[Lazard]], recommended the offer.",
     {("supplier", "Lazard"): "2017-10"}),
    # a time phrase that goes on with what the sentence before tells
    ("In March 2019 Acme entered a court-supervised reconstruction. During the reconstruction it raised "
     "US$20 million in a share issue to [[Norland Capital]].",
     {("investor", "Norland Capital"): "2019-03"}),
    # an investor that took part in the sale just told
    ("The state sold 40 per cent of Acme in a second privatisation in 2004. "
     "[[Grupo Lirio]] bought 15 per cent of it, and the rest was sold on the exchange.",
     {("investor", "Grupo Lirio"): "2004"}),
    # the last date the sentence before writes, not a date counted back in an aside
    ("Acme won a contract to ship pulp from Valparaíso in 2014, a port which had been closed the year before. "
     "Two ships were ordered from the Spanish yard [[Astilleros Gondán]].",
     {("supplier", "Astilleros Gondán"): "2014"}),
]


@pytest.mark.parametrize(("body", "want"), CARRIED)
def test_an_occasion_told_after_a_dated_sentence_takes_its_date(body, want):
    got = _dates(body)
    assert {k: got.get(k) for k in want} == want


NOT_CARRIED = [
    # a state told now
    ("Acme opened a plant in Arica in 2015. Its largest customers are [[Codelco]] and [[Anglo American]].",
     ("customer", "Codelco")),
    ("Acme opened a plant in Arica in 2015. The company buys its resin from [[Braskem]].",
     ("supplier", "Braskem")),
    # a time of the sentence's own
    ("Acme opened a plant in Arica in 2015. During the war it sold its trays to [[Codelco]].",
     ("customer", "Codelco")),
    ("Acme settled the last of the lawsuits in 2017. After the outbreak the company hired the testing firm [[Intertek]].",
     ("supplier", "Intertek")),
    ("Acme opened a plant in Arica in 2015. Later, [[Banco Austral]] lent the company US$12 million.",
     ("lender", "Banco Austral")),
    # the sentence before tells a state now: its year is background
    ("Gas is bought from [[Metrogas]] under a contract signed in 2021. The new furnace was built by [[Sorg]].",
     ("supplier", "Sorg")),
    # another paragraph
    ("Acme opened a plant in Arica in 2015.\n\n[[Banco Austral]] lent the company US$12 million.",
     ("lender", "Banco Austral")),
]


@pytest.mark.parametrize(("body", "key"), NOT_CARRIED)
def test_a_state_or_another_paragraph_keeps_no_date(body, key):
    got = _dates(body)
    assert key in got and got[key] is None


EARLIER_TELLING = [
    # the counterparty named at an earlier date elsewhere: the relation's earliest occasion
    ("In 2008 [[Banco Austral]] became the house bank of Acme.\n\n"
     "In May 2011 the founders sold 60 per cent of Acme to a management team for US$30 million. "
     "Banco Austral provided US$12 million of debt for the deal.",
     {("lender", "Banco Austral"): "2008"}),
    ("In March 2009 Acme opened an account with [[Banco Austral]] in Santiago.\n\n"
     "In May 2011 the founders sold 60 per cent of Acme for US$30 million. "
     "[[Banco Austral]] provided US$12 million of debt for the deal.",
     {("lender", "Banco Austral"): "2009-03"}),
    # a later naming does not move the carried date
    ("In May 2011 the founders sold 60 per cent of Acme for US$30 million. "
     "[[Banco Austral]] provided US$12 million of debt for the deal.\n\nIn 2014 Banco Austral opened a branch in Arica.",
     {("lender", "Banco Austral"): "2011-05"}),
]


@pytest.mark.parametrize(("body", "want"), EARLIER_TELLING)
def test_a_carried_date_gives_way_to_an_earlier_telling(body, want):
    got = _dates(body)
    assert {k: got.get(k) for k in want} == want
