"""Round 24 (relrecall24): investors, lenders and suppliers on new text. Each sentence and table
row is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_relations_round14 import _found
from tests.test_relations_round16b import _typed

_HOLDERS = """{| class="wikitable"
! Shareholder !! Stake
|-
| [[Norvane Capital]] || 21.0%
|-
| HOLDER || 6.4%
|}"""


def _rows(holder: str) -> set[str]:
    return _typed(_found(_HOLDERS.replace("HOLDER", holder), "Ownership"), "investor")


@pytest.mark.parametrize("holder", [
    "Tarvo Holding Company",
    "Ilmari Minerals Holdings",
    "Association of Coffee Growers of Huila",
    "Sorvik Holding PLC",
])
def test_an_unlinked_organisation_in_a_shareholder_table_is_an_investor(holder):
    assert holder in _rows(holder)


@pytest.mark.parametrize("holder", [
    "Lindqvist family interests",
    "Morwen Investments Ltd. (Karras family)",
    "Employee share trust",
    "Jane Roe",
])
def test_a_familys_or_the_staffs_holding_in_a_shareholder_table_is_no_investor(holder):
    assert _rows(holder) == {"Norvane Capital"}


def test_the_founders_holding_company_in_a_shareholder_table_is_no_investor():
    text = ("{{Infobox company\n| name = Acme\n| founders = Omar Nasser Al Hadid\n}}\n"
            "'''Acme''' is a logistics company.\n\n== Ownership ==\n" + _HOLDERS.replace("HOLDER", "Al Hadid Holding"))
    found = {(f.prop, f.value.title or f.value.label)
             for f in relations.extract(parse_article(Page(title="Acme", revision=1, wikitext=text)))}
    assert _typed(found, "investor") == {"Norvane Capital"}
