"""Round 15 of issue 14, controversies: a sentence that tells two steps of one affair, each with
its own date, gives a fact per step (tests/gold/README.md, "Two steps in one sentence";
docs/relations.md, "Round 15: two steps in one sentence"). Every sentence here is written for
the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_controversies_round9 import _found


def _steps(sentence: str) -> list[tuple[str, str | None]]:
    return [(t, d) for t, _, d in _found(sentence)]


# ---------------------------------------------------------------- two clauses, each a step with a year


@pytest.mark.parametrize("sentence,expected", [
    # "; " between a suit and its end
    ("A group of bakers sued the company in 2015; the suit was settled in 2017 for £2 million.",
     [("lawsuit", "2015"), ("lawsuit", "2017")]),
    # ", and" between two courts' steps
    ("The county court upheld the award in 2018, and the Court of Appeal overturned it in March 2020.",
     [("lawsuit", "2018"), ("lawsuit", "2020-03")]),
    # "and" before the second verb: an authority's inquiry and its fine
    ("The Food Standards Agency opened an investigation in May 2019 and fined the company £40,000 in June 2021.",
     [("investigation", "2019-05"), ("fine", "2021-06")]),
    # a participle clause and its finite verb: "filed in 2021 was dismissed in 2023"
    ("A class action filed over the pies in the High Court in 2021 was dismissed in 2023.",
     [("lawsuit", "2021"), ("lawsuit", "2023")]),
    # a relative clause: "..., which dismissed it in 2022"
    ("The company challenged the order in the Court of Session in April 2021, which dismissed the challenge in 2022.",
     [("lawsuit", "2021-04"), ("lawsuit", "2022")]),
    # an inquiry and its close without charges
    ("In 2016 prosecutors opened an inquiry into the pie contracts; they closed the case without charges in 2018.",
     [("investigation", "2016"), ("investigation", "2018")]),
])
def test_two_dated_steps_give_a_fact_each(sentence, expected):
    assert _steps(sentence) == expected


def test_each_step_keeps_its_own_sum_and_party():
    page = Page(title="Brightwater Foods", revision=1, wikitext=(
        "'''Brightwater Foods''' is a maker of frozen meals.\n\n== Controversies ==\n"
        "In 2015 the [[Food Standards Agency]] fined the company £30,000; the [[High Court]] cut the fine "
        "to £10,000 in 2016.\n"))
    facts = [f.value for f in controversies.extract(parse_article(page))]
    assert [(f.type, f.date.iso) for f in facts] == [("fine", "2015"), ("lawsuit", "2016")]
    assert [p.entity.label for p in facts[0].participants] == ["Food Standards Agency"]
    assert [p.entity.label for p in facts[1].participants] == ["High Court"]
    assert [str(a.amount) for a in facts[0].amounts] == ["30000"]
    assert [str(a.amount) for a in facts[1].amounts] == ["10000"]


# ---------------------------------------------------------------- one date told: one fact


@pytest.mark.parametrize("sentence,expected", [
    # one date: one step
    ("A group of bakers sued the company in 2015, and the case was later settled.", [("lawsuit", "2015")]),
    # a year that names another event is no date of a step
    ("The Information Commissioner's Office investigated the 2018 leak and in June 2020 fined the company £90,000.",
     [("fine", "2020-06")]),
    # a case still open is no second step
    ("Bakers sued the company in 2017; the case was still pending as of 2024.", [("lawsuit", "2017")]),
    # a year of a period, not of a step
    ("In 2019 the regulator fined the company for overcharging between 2012 and 2016.", [("fine", "2019")]),
])
def test_one_dated_step_stays_one_fact(sentence, expected):
    assert _steps(sentence) == expected


def test_a_lead_summary_of_two_affairs_stays_one_telling_each():
    """A lead sentence that sums up two affairs told below ("fined in 2016, and in 2018 it recalled")
    is not cut: the affairs are read in their own sections."""
    page = Page(title="Brightwater Foods", revision=1, wikitext=(
        "'''Brightwater Foods''' is a maker of frozen meals. In 2016 the regulator fined Brightwater for "
        "misleading labels, and in 2018 it recalled its fish pies.\n\n== History ==\nBrightwater was founded in 1962.\n"))
    facts = [f.value for f in controversies.extract(parse_article(page))]
    assert len(facts) == 1


def test_two_steps_reads_the_clauses_alone():
    t = controversies.table()
    two = controversies.two_steps("Farmers sued the company in 2011; the suit was dismissed in 2013.", t)
    assert [(c.type, part.strip()) for c, part in two] == [
        ("lawsuit", "Farmers sued the company in 2011"), ("lawsuit", "the suit was dismissed in 2013.")]
    assert controversies.two_steps("Farmers sued the company in 2011 and 2013.", t) is None
