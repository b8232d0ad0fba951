"""Round 12, third pass: the other investors of the company's round told in a trailing "with"
clause (docs/relations.md, "Round 12", third pass). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _dated(text: str) -> set[tuple[str, str, str | None]]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is a Chilean software company.\n\n== History ==\n{text}")
    return {(f.prop, f.value.title or f.value.label, d.iso if (d := dict(f.qualifiers).get("date")) else None)
            for f in relations.extract(parse_article(page))}


@pytest.mark.parametrize("text, expected", [
    ("A seed round of US$2 million followed in 2016, with [[Harbour Ventures]] and the bank [[Tidewell Bank]] "
     "among the investors.",
     {("investor", "Harbour Ventures", "2016"), ("investor", "Tidewell Bank", "2016")}),
    ("The largest of its rounds, a Series C of US$90 million, was led by [[Northgate Capital]] in May 2019, "
     "with [[Harbour Ventures]] participating.",
     {("investor", "Northgate Capital", "2019-05"), ("investor", "Harbour Ventures", "2019-05")}),
    ("In March 2021 it raised US$15 million in a round led by [[Northgate Capital]], with [[Harbour Ventures]] "
     "investing again.",
     {("investor", "Northgate Capital", "2021-03"), ("investor", "Harbour Ventures", "2021-03")}),
])
def test_the_other_investors_of_a_round_in_a_trailing_with_clause(text, expected):
    assert _dated(text) == expected


@pytest.mark.parametrize("text", [
    # the company invests in another's round: the others in it are that company's investors
    "In 2018 Acme invested in a Series B round of [[Brightline Robotics]], with [[Harbour Ventures]] participating.",
    "In 2018 Acme invested in [[Brightline Robotics]]' Series B round, with [[Harbour Ventures]] participating.",
    # no round: a "with" clause of another kind
    "In 2020 Acme opened an office in Lima, with [[Harbour Ventures]] among the tenants.",
    # people are no counterparties
    "In 2020 the company raised US$10 million in a seed round, with the founders participating.",
])
def test_no_investor_from_a_with_clause_outside_the_company_s_round(text):
    assert not {p for p in _dated(text) if p[1] == "Harbour Ventures" or p[0] == "investor"}
