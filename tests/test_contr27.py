"""Round 27 of issue 14, controversies. Every sentence here is written for the test (invented
company and place names)."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _read(body: str, section: str = "History") -> list[tuple[str, str]]:
    page = Page(title="Brannock Mills", revision=1,
                wikitext=f"'''Brannock Mills''' makes towels.\n== {section} ==\n{body}")
    return [(f.value.type, str(f.value.date)) for f in controversies.extract(parse_article(page))]


# A court named by its place or its instance before the verb: the order to pay is the suit's step.
@pytest.mark.parametrize("sentence", [
    "In 2019 a court in Arden ordered Brannock Mills to pay damages of MAD 46 million to 212 residents.",
    "In 2019 the court of first instance in Arden ordered the company to pay MAD 46 million to 212 residents.",
    "A labour court at Velling ordered it to pay R$3.2 million to 140 weavers in 2020.",
])
def test_a_court_named_by_its_place_that_orders_a_payment_is_a_lawsuit(sentence):
    assert [t for t, _ in _read(sentence)] == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "In 2019 a court in Arden ordered Brannock Mills to pay a fine of MAD 46 million.",
    "In May 2020 a labour court in Arden ordered the company's towel plant there to close for 14 days.",
    "In 2019 the environment agency ordered Brannock Mills to pay MAD 4 million for the clean-up.",
])
def test_a_fine_or_a_closure_ordered_stays_a_fine(sentence):
    assert [t for t, _ in _read(sentence)] == ["fine"]


# A debarment from tenders or contracts, or a place on a register of restricted suppliers: a sanction.
@pytest.mark.parametrize("sentence, section", [
    ("The Harlow Procurement Office barred the company from its tenders for a year from January 2019.", "History"),
    ("The treasury placed the company on its register of restricted suppliers in 2023.", "Controversies"),
    ("In 2020 Brannock Mills was debarred from public contracts for three years.", "History"),
    ("In 2020 the ministry suspended it from government tenders.", "Legal issues"),
])
def test_a_debarment_is_a_fine(sentence, section):
    assert [t for t, _ in _read(sentence, section)] == ["fine"]


@pytest.mark.parametrize("sentence", [
    "In 2015 Brannock Mills won a contract to supply the army with towels.",
    "Two former sales managers were barred from company directorships for five years.",
    "The company placed its new plant on a list of preferred sites in 2018.",
])
def test_contracts_won_and_other_bars_are_no_debarment(sentence):
    assert _read(sentence, "Controversies") == []
