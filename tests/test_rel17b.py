"""Round 17 (rel17b): recall of investors, partners, joint ventures and research collaborators
on new text. Each sentence and table is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found


def _typed(found: set[tuple[str, str]], prop: str) -> set[str]:
    return {name for p, name in found if p == prop}


_HOLDERS = """{| class="wikitable"
! %s !! %s
|-
| Tarvo Family Holdings || 61.0
|-
| [[Norvane Capital]] || 8.2
|-
| [[Keldor Pension Fund]] (through a unit trust) || 4.4
|-
| Public || 26.4
|}"""


@pytest.mark.parametrize("section", ["Corporate affairs", "Ownership", "Finances"])
def test_a_shareholder_table_with_a_percent_header_gives_its_holders(section):
    found = _found(_HOLDERS % ("Shareholder", "Stake (%)"), section)
    assert _typed(found, "investor") == {"Norvane Capital", "Keldor Pension Fund"}


def test_a_shareholder_table_under_any_heading_gives_its_holders():
    table = (_HOLDERS % ("Shareholder", "Stake")).replace(" || 8.2", " || 8.2%").replace(" || 4.4", " || 4.4%")
    found = _found(table, "Corporate affairs")
    assert _typed(found, "investor") == {"Norvane Capital", "Keldor Pension Fund"}


@pytest.mark.parametrize("headers", [("Subsidiary", "Stake (%)"), ("Shareholder", "Votes"), ("Year", "Stake (%)")])
def test_no_holders_from_a_table_of_another_kind(headers):
    found = _found(_HOLDERS % headers, "Corporate affairs")
    assert not _typed(found, "investor")
