"""Relations recall, round 32 (rel32d). Each sentence is written for the test (invented companies).

* A named ship or aircraft of a carrier (a shipowner, ship manager or airline) that "was chartered
  to X", also "on delivery", makes X a customer: a company is never chartered *to* anyone, so the
  name is a vessel's, and a carrier's named vessel is its own or one it manages. Not in the article
  of a company that carries nothing, and not a company sold to X.
* A scheme, roundtable or initiative named before a relative clause of the company joining it
  ("the X Programme, which it joined in 2016") is a partner, as "joined the X Programme" is.
* "The company agreed with X to <do something>" is a partner, not when the infinitive is a
  payment, a settlement, a sale or a purchase, nor when X is an authority.
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


@pytest.mark.parametrize("body, name", [
    ("It reports on crew welfare under the industry's Sustainable Shipping Programme, which it joined in 2016.",
     "Sustainable Shipping Programme"),
    ("Its fuel is bought under the [[Clean Cargo Initiative]] (CCI), which the company joined in 2021.",
     "Clean Cargo Initiative"),
])
def test_scheme_which_it_joined(body, name):
    assert ("partner", name) in _pairs(body)


def test_company_which_it_joined_is_no_partner():
    # a firm before the relative clause: no scheme
    assert ("partner", "Kessler Agro") not in _pairs("Its nets are bought from Kessler Agro, which it joined in 2016.")


@pytest.mark.parametrize("body, name", [
    ("In March 2015 the company agreed with [[Tigo Money]] to let charterers pay freight through its mobile wallet.",
     "Tigo Money"),
    ("It agreed with [[Wallenius Wilhelmsen]] in 2019 to run a joint crewing office in Manila.", "Wallenius Wilhelmsen"),
])
def test_agreed_with_to(body, name):
    assert ("partner", name) in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("In 2019 Pelagos Bulk agreed with [[Maersk]] to pay US$2 million to end the dispute.", "Maersk"),
    ("In 2020 the company agreed with the [[Hellenic Competition Commission]] to run its pool separately.",
     "Hellenic Competition Commission"),
    ("Under the programme agreed with the [[World Bank]] in 1991, the port was to be run by private operators.",
     "World Bank"),
])
def test_agreed_with_not_partner(body, name):
    assert ("partner", name) not in _pairs(body)
