"""Controversy fields, round 30 (second wave): a currency linked on an amount is no party, and a
state body named without a link is a party when the sentence tells it acting against the company.
Every sentence here is written for the test (invented company, body and place names)."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _labels(text: str) -> set[str]:
    page = Page(title="Velmora Foods", revision=1,
                wikitext="'''Velmora Foods''' makes canned fish.\n\n== Controversies ==\n" + text)
    (fact,) = list(controversies.extract(parse_article(page)))
    return {p.entity.label for p in fact.value.participants}


# The currency an amount is written in, linked on the amount, is no party.
@pytest.mark.parametrize("sentence, expected", [
    ("In March 2019 the [[Norland Fisheries Authority]] fined Velmora Foods [[Mozambican metical|MT]] 3.1 million "
     "for landing undersized fish.", {"Norland Fisheries Authority"}),
    ("In 2016 a court ordered the company to pay 42 former workers [[Hungarian forint|Ft]] 95 million in back pay.",
     set()),
    ("In 2021 the company was fined [[Jordanian dinar|JD]] 40,000 for mislabelling its tuna.", set()),
    ("In 2014 the company paid [[Egyptian pound|E£]] 2 million to settle a suit over a late shipment.", set()),
])
def test_a_linked_currency_is_no_party(sentence, expected):
    assert _labels(sentence) == expected


# A state body written without a link, as the subject of an authority's act or after "by": a party.
@pytest.mark.parametrize("sentence, expected", [
    ("In May 2020 the Coastal Fisheries Inspection Service opened an investigation into the company's catch "
     "records.", "Coastal Fisheries Inspection Service"),
    ("In October 2018 the Ministry of Maritime Affairs and Ports fined the company $200,000 for dumping brine.",
     "Ministry of Maritime Affairs and Ports"),
    ("In June 2016 the Regional Council of Health closed the company's cannery at Port Sella for 12 days after "
     "its inspectors found spoiled fish.", "Regional Council of Health"),
    ("An investigation by the Directorate of Labour Safety found in 2017 that the company had removed a guard "
     "from the line.",
     "Directorate of Labour Safety"),
    ("In 2022 the Prosecutor General's Office charged the plant manager over the ammonia leak.",
     "Prosecutor General's Office"),
])
def test_an_unlinked_state_body_acting_against_the_company_is_a_party(sentence, expected):
    assert expected in _labels(sentence)


# Not a court (read two ways by the sets), not a body that only stands in the sentence without
# acting, not the company's own office, not a body the article links elsewhere (the link's title).
@pytest.mark.parametrize("sentence, expected", [
    ("In 2019 the Marlow District Court fined the company $50,000 for a breach of safety rules.", set()),
    ("In 2020 workers complained to the Ministry of Labour about unpaid overtime at the cannery, and the company "
     "was fined.", set()),
    ("In 2021 the company was fined after the Velmora Foods Compliance Office found mislabelled tins.", set()),
])
def test_no_unlinked_party_without_an_act(sentence, expected):
    assert _labels(sentence) == expected


def test_a_body_the_article_links_keeps_its_title():
    page = Page(title="Velmora Foods", revision=1, wikitext=(
        "'''Velmora Foods''' makes canned fish. It is regulated by the [[Norland Fisheries Authority]].\n\n"
        "== Controversies ==\nIn 2018 the Fisheries Authority fined the company for landing undersized fish."))
    facts = [f for f in controversies.extract(parse_article(page)) if f.value.date]
    assert [{(p.entity.label, p.entity.title) for p in f.value.participants} for f in facts] == [
        {("Norland Fisheries Authority", "Norland Fisheries Authority")}]
