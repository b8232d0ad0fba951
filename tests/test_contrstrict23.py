"""Round 23: a sentence outside a controversy section that tells two acts of different types,
joined by ", and", is one controversy typed and dated by its first act when that act writes its
year; a clause in which the company undergoes the act ("it was fined") is no step of its own."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _facts(body: str, section: str = "History") -> list:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles.\n== {section} ==\n{body}")
    return [f.value for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("body, type_, year", [
    ("In 2015 about 400 workers at the Leeds plant went on strike over pay, and in 2019 the company was "
     "fined £2 million by the regulator for dumping waste.", "strike", "2015"),
    ("In 2011 Acme recalled 40,000 kettles after a series of fires, and in 2014 it was sued by a group of "
     "shareholders.", "recall", "2011"),
    ("A three-week strike by its drivers halted deliveries in 2008, and in 2012 the company was fined by the "
     "competition authority.", "strike", "2008"),
    ("Two workers were killed in an explosion at the Gdańsk works in 2017, and the company has been investigated "
     "by the labour inspectorate over its safety record.", "other", "2017"),
])
def test_first_dated_act_types_the_sentence(body, type_, year):
    facts = _facts(body)
    assert len(facts) == 1
    assert facts[0].type == type_
    assert str(facts[0].date.iso).startswith(year)


@pytest.mark.parametrize("body, type_", [
    # the first clause writes no year: a state, not a step; the sentence keeps its cue's type
    ("Waste from the tannery has polluted the river for decades, and the company was fined by the "
     "environmental agency in 2018.", "fine"),
    ("Acme pleaded guilty, and in 2020 the district court fined it £300,000.", "fine"),
])
def test_undated_or_own_first_clause_keeps_the_type(body, type_):
    facts = _facts(body)
    assert [f.type for f in facts] == [type_]


def test_passive_second_act_splits_in_a_controversy_section():
    facts = _facts("In 2016 Acme recalled 12,000 heaters, and in 2018 it was fined by the safety "
                   "regulator for selling them.", section="Controversies")
    assert sorted(f.type for f in facts) == ["fine", "recall"]


@pytest.mark.parametrize("body", [
    "In 2019 the National Tax Administration (NTA) investigated the prices Acme charged its foreign units.",
    "In 2016 prosecutors in Munich investigated its role in the emissions affair.",
    "In 2021 the consumer agency investigated \"eco-friendly\" claims printed on Acme's kettles.",
])
def test_authority_that_investigated_is_an_investigation(body):
    facts = _facts(body)
    assert [f.type for f in facts] == ["investigation"]
