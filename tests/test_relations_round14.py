"""Round 14: gates against families of wrong relations read on blind15 and blind14 and counted
over blind4-blind15 (docs/relations.md, "Round 14"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _found(text: str, section: str = "History") -> set[tuple[str, str]]:
    page = Page(title="Acme", revision=1,
                wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== {section} ==\n{text}")
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


_TABLE = """{| class="wikitable"
|+ Major shareholders (2024)
! Holder !! Stake
|-
| [[Norvane Capital]] || 21.0%
|-
| %s || 44.5%%
|}"""


@pytest.mark.parametrize("holder", ["Public", "[[Public company|Public]]", "Public float", "General public", "Free float"])
def test_the_free_float_is_no_investor(holder):
    found = _found(_TABLE.replace("%s", holder).replace("%%", "%"), "Ownership")
    assert ("investor", "Norvane Capital") in found
    assert not {p for p in found if p[0] == "investor" and p[1] != "Norvane Capital"}


def test_a_fund_whose_name_opens_with_public_stays():
    found = _found(_TABLE.replace("%s", "[[Public Pension Reserve Fund]]").replace("%%", "%"), "Ownership")
    assert ("investor", "Public Pension Reserve Fund") in found
