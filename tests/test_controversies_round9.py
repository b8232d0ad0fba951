"""Round 9 of issue 14, controversies: the causes of wrong facts and misses counted on blind4 to
blind8, and the general rules made from them. The sentences are written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article

ARTICLE = """'''Brightwater Foods''' is a maker of frozen meals.

== History ==
Brightwater Foods was founded in 1962 in Leeds. Brightwater opened a second plant in 1971.
Brightwater listed its shares in 1988. {history}

== Controversies ==
=== Other matters ===
{controversy}
"""


def _found(controversy: str = "", history: str = "", article: str = ARTICLE) -> list[tuple[str, str, str | None]]:
    """(type, sentence, date) of the controversies read from ``article`` (a Brightwater Foods
    page with ``{history}`` and ``{controversy}`` to fill)."""
    page = Page(title="Brightwater Foods", revision=1,
                wikitext=article.format(controversy=controversy, history=history))
    return [(f.value.type, f.provenance.sentence, f.value.date.iso if f.value.date else None)
            for f in controversies.extract(parse_article(page))]


# ---------------------------------------------------------------- another party's affair, a negation


@pytest.mark.parametrize("sentence", [
    "The horsemeat scandal of 2013 touched several frozen-food makers; Brightwater, which buys no beef abroad, was not among them.",
    "A price-fixing cartel among bakeries was fined in 2016; Brightwater was not a party to the case.",
    "The 2019 packaging scandal at a rival, Coldharbour Meals, led to calls for new rules; Brightwater, which used other suppliers, was not involved.",
    "Brightwater held no contracts with the council and was not a target of the 2014 protests against its waste contractor.",
    "Brightwater has had no product recall.",
    "Brightwater has faced no strike since 1990.",
])
def test_an_affair_the_company_had_no_part_in_is_no_controversy(sentence):
    assert _found(sentence) == []


def test_the_company_named_as_involved_is_still_a_controversy():
    sentence = "In 2016 the Competition Authority fined Brightwater £4 million for its part in a price-fixing cartel."
    assert [(t, d) for t, _, d in _found(sentence)] == [("fine", "2016")]


# ---------------------------------------------------------------- a commercial dispute the company won


@pytest.mark.parametrize("sentence", [
    "A suit in which a former franchisee accused the company of ending its contract unfairly was dismissed by the High Court in 2019.",
    "The Commercial Court rejected in 2021 a suit by a competitor, Coldharbour Meals, which had accused Brightwater of copying its packaging.",
])
def test_a_business_partys_suit_dismissed_is_no_controversy(sentence):
    assert _found(sentence) == []


@pytest.mark.parametrize("sentence", [
    "A class action filed by consumers over mislabelled allergens in 2020 was dismissed in 2022.",
    "In 2019 a former distributor sued Brightwater for £2 million over unpaid commissions.",
])
def test_a_class_action_dismissed_or_a_partys_suit_pending_stays_a_controversy(sentence):
    assert [t for t, _, _ in _found(sentence)] == ["lawsuit"]


# ---------------------------------------------------------------- misses read now: strikes, orders, inquiries


@pytest.mark.parametrize("sentence, type_", [
    ("Members of the Food Workers Union picketed the Leeds plant for ten days in June 2015.", "strike"),
    ("Workers at the Hull depot struck the company's cold stores from May to July 2009 over shift pay.", "strike"),
    ("Brightwater has been criticised for its shift patterns, which led to a strike in 2021.", "strike"),
    ("In 2017 the Environment Agency sealed the Leeds effluent plant for two weeks.", "fine"),
    ("In 2018 the Food Standards Agency ordered the temporary closure of the Hull kitchen.", "fine"),
    ("In 2020 the regulator issued an improvement notice requiring the company to repair its cold stores.", "fine"),
    ("In 2019 the county prosecutor began a criminal investigation into the deaths.", "investigation"),
    ("In 2014 the tax office began a transfer pricing audit of the group.", "investigation"),
    # a settlement of charges with an authority is a sanction since round 21 of issue 14
    ("In 2022 the company settled charges brought by the Serious Fraud Office, paying £9 million.", "fine"),
])
def test_an_act_told_by_its_kind_is_read(sentence, type_):
    assert [t for t, _, _ in _found(sentence)] == [type_]


@pytest.mark.parametrize("sentence", [
    "In 2016 the company struck a deal with Coldharbour Meals to share a distribution centre.",
    "In 2018 one of its delivery vans struck a parked car in Leeds.",
    "In 2019 the council issued a planning notice to Coldharbour Meals.",
])
def test_a_like_phrase_that_tells_no_case_is_not_read(sentence):
    assert _found(history=sentence) == []


# ---------------------------------------------------------------- a case referred to in an opening phrase


def test_a_case_named_in_an_opening_aside_is_a_retelling():
    assert _found("Apart from the 2012 strike, Brightwater's relations with the union have been calm.") == []


def test_an_act_after_the_aside_is_still_read():
    found = _found("Apart from the 2012 strike, workers at the Hull plant stopped work for two days in 2016 over pay.")
    assert [(t, d) for t, _, d in found] == [("strike", "2016")]


# ---------------------------------------------------------------- a case told again in another section


def _confidences(controversy: str, history: str) -> dict[str, float]:
    page = Page(title="Brightwater Foods", revision=1,
                wikitext=ARTICLE.format(controversy=controversy, history=history))
    return {f.provenance.sentence: float(f.provenance.confidence) for f in controversies.extract(parse_article(page))}


def test_a_summary_of_a_case_told_in_detail_elsewhere_stays_below_the_line():
    summary = "In 2014 it recalled frozen lasagne on the orders of the Food Standards Agency."
    detail = ("In March 2014 the Food Standards Agency ordered the recall of 40,000 packs of Brightwater lasagne "
              "after finding horsemeat in samples.")
    found = _confidences(detail, summary)
    assert found[summary] <= 0.75 < 0.8 <= found[detail]


def test_two_cases_of_one_year_in_one_section_are_both_kept():
    first = "In 2016 the Competition Authority fined Brightwater £4 million for price fixing."
    second = "In 2016 the Health and Safety Executive fined Brightwater £300,000 over a fall at the Hull plant."
    found = _confidences(first + " " + second, "")
    assert min(found.values()) >= 0.8
