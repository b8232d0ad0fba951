"""Relations precision, round 30 (rel30a). Each article is written for the test (invented companies).

* A linked unit told with its owner in an apposition ("[[Velmar Generics]], the generics division of
  [[Velmar Pharma]]", "[[Koru Holding]], the direct-investment arm of the [[Koru Investment Authority]],
  has held 10 per cent") is the party; the owner only says whose unit it is.
"""

from __future__ import annotations

import pytest

from tests.test_rel28a import _facts

_LEAD = ("{{Infobox company\n| name = Orvella Foods\n}}\n"
         "'''Orvella Foods''' is an Estonian maker of frozen vegetables.\n\n")


def _pairs(body: str, lead: str = _LEAD) -> set[tuple[str, str]]:
    return set(_facts(body + "\n", lead=lead + "== History ==\n"))


@pytest.mark.parametrize("sentence, party, owner", [
    ("In 2014 the company signed a ten-year agreement with [[Velmar Generics]], the generics division of "
     "[[Velmar Pharma]], to pack frozen peas for markets in Finland.", "Velmar Generics", "Velmar Pharma"),
    ("The founding family owns 51 per cent of the shares, and [[Koru Holding]], the direct-investment arm of the "
     "[[Koru Investment Authority]], has held 10 per cent since 2015.", "Koru Holding", "Koru Investment Authority"),
])
def test_a_linked_units_owner_is_no_party(sentence, party, owner):
    pairs = _pairs(sentence)
    assert any(name == party for _, name in pairs), pairs
    assert not any(name == owner for _, name in pairs), pairs
