"""Relations recall, round 32 (rel32d). Each sentence is written for the test (invented companies).

* A named ship or aircraft of a carrier (a shipowner, ship manager or airline) that "was chartered
  to X", also "on delivery", makes X a customer: a company is never chartered *to* anyone, so the
  name is a vessel's, and a carrier's named vessel is its own or one it manages. Not in the article
  of a company that carries nothing, and not a company sold to X.
"""

from __future__ import annotations

import pytest

from tests.test_rel28a import _facts

_CARRIER = ("{{Infobox company\n| name = Pelagos Bulk\n| industry = [[Maritime transport|Shipping]]\n}}\n"
            "'''Pelagos Bulk''' is a Greek shipowner and ship manager based in [[Piraeus]].\n\n== History ==\n")
_MAKER = ("{{Infobox company\n| name = Pelagos Foods\n| industry = [[Food processing]]\n}}\n"
          "'''Pelagos Foods''' is a Greek maker of olive oil and canned fish based in [[Volos]].\n\n== History ==\n")


def _pairs(body: str, lead: str = _CARRIER, title: str = "Pelagos Bulk") -> set[tuple[str, str]]:
    return {(p.rsplit("/", 1)[-1].rsplit("#", 1)[-1], n) for p, n in _facts(body, title=title, lead=lead)}


@pytest.mark.parametrize("body, name", [
    ("The ''Kythira'' was chartered on delivery to [[Bunge Global|Bunge]] for three years.", "Bunge Global"),
    ("The ''Aegean Dawn'' was chartered to the Italian operator [[Grimaldi Lines]] for the summer of 2011.",
     "Grimaldi Lines"),
    ("''Milos Trader'' was chartered to [[Cargill]] for five years.", "Cargill"),
])
def test_carrier_vessel_chartered_to(body, name):
    assert ("customer", name) in _pairs(body)


@pytest.mark.parametrize("body, lead, title, name", [
    # a company that carries nothing: whose the named thing is, the sentence does not say
    ("The ''Kythira'' was chartered on delivery to [[Bunge Global|Bunge]] for three years.", _MAKER,
     "Pelagos Foods", "Bunge Global"),
    # a company sold, not a vessel let out
    ("Pelagos Tankers was sold to [[Cargill]] in 2006.", _CARRIER, "Pelagos Bulk", "Cargill"),
])
def test_named_subject_not_a_vessel(body, lead, title, name):
    assert ("customer", name) not in _pairs(body, lead, title)
