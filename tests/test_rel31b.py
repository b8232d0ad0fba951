"""Relations recall, round 31 (rel31b). Each article is written for the test (invented companies).

* Suppliers told one after another with a comma and no "and" ("bought from A, glass from B and strips
  from C"): each name after a lower-case thing and the same preposition is a supplier; not a name
  after a relative clause, a pronoun or a verb's participle.
* A third party selling a stake in the company with a time or an occasion between the stake and the
  buyer ("sold 40 per cent of the company in an investment tender in July 1997 to X", "sold a 30 per
  cent stake the following year to X") makes the buyer an investor.
* A bond issue "structured by" or "placed by" a bank names a supplier (tests/gold/README.md: an
  arranger of a share or bond issue is a supplier).
"""

from __future__ import annotations

import pytest

from tests.test_rel28a import _facts

_LEAD = ("{{Infobox company\n| name = Orvella Foods\n| founders = Henrik Maasing\n}}\n"
         "'''Orvella Foods''' is an Estonian maker of frozen vegetables.\n\n== History ==\n")


def _pairs(body: str) -> set[tuple[str, str]]:
    return {(p.rsplit("/", 1)[-1].rsplit("#", 1)[-1], n) for p, n in _facts(body, lead=_LEAD)}


@pytest.mark.parametrize("body, name", [
    ("Trays are bought from [[Kelterhof]], stretch film from [[Valmora Plastics]] and cartons from [[Rannapaber]].",
     "Valmora Plastics"),
    ("Seed comes mainly from [[Holmsted Seeds]], fertiliser from [[Agrolux]], and diesel from [[Nordoil]].", "Agrolux"),
    ("The freezers were supplied by [[Kerekes Hűtő]], the packing robots by [[Tallmek]].", "Tallmek"),
])
def test_comma_gapped_suppliers(body, name):
    assert ("supplier", name) in _pairs(body), _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("Peas are bought from [[Kelterhof]], with advice from [[Valmora Holdings]].", "Valmora Holdings"),
    ("Peas are bought from [[Kelterhof]], its shareholders from [[Valmora Holdings]] say.", "Valmora Holdings"),
    ("Peas are bought from [[Kelterhof]], acquired in 2010 by [[Valmora Holdings]].", "Valmora Holdings"),
])
def test_no_supplier_after_a_clause_of_another(body, name):
    assert ("supplier", name) not in _pairs(body), _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("The state fund sold 40 per cent of the company in an investment tender in May 1997 to Peipsi Invest, a Tartu "
     "trading firm, for 30 million kroons.", "Peipsi Invest"),
    ("The privatisation agency sold a 30 per cent stake the following year to [[Tarvik Capital]].", "Tarvik Capital"),
    ("The committee sold 51 per cent of the shares at an auction in June 2000 to [[Lindqvist Agro Group]].",
     "Lindqvist Agro Group"),
])
def test_stake_sold_to_a_buyer_after_an_occasion(body, name):
    assert ("investor", name) in _pairs(body), _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("In 2017 Orvella issued €40 million of seven-year bonds on the [[Nasdaq Tallinn]] exchange, structured by the "
     "brokerage [[Kuld Securities]].", "Kuld Securities"),
    ("In May 2023 Orvella issued €45 million of ten-year bonds on the local market, placed by [[Rahvapank]].",
     "Rahvapank"),
])
def test_bond_issue_structured_or_placed_by(body, name):
    assert ("supplier", name) in _pairs(body), _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("In 2012 the company sold a 30 per cent stake in its subsidiary Orvella Logistics to [[Tarvik Capital]].",
     "Tarvik Capital"),
    ("In 2012 the company sold 40 per cent of its output in Latvia to [[Tarvik Retail]].", "Tarvik Retail"),
])
def test_no_investor_for_a_stake_of_something_else(body, name):
    assert ("investor", name) not in _pairs(body), _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("Since 2014 its frozen berries have carried the [[Veritaste]] Standard 200 label.", "Veritaste"),
    ("The freezing plant has held the [[Nordcert]] quality label since 2011.", "Nordcert"),
    ("Its frozen peas have carried the monogram of the [[Baltic Frozen Food Institute]] since 2012.",
     "Baltic Frozen Food Institute"),
    ("Since 2016 its soups have carried the halal mark of the [[Muslim Board of Estonia]].", "Muslim Board of Estonia"),
])
def test_label_or_mark_of_a_body_is_a_partner(body, name):
    assert ("partner", name) in _pairs(body), _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("Its jam has carried the [[Kelterhof]] label since 2010.", "Kelterhof"),
    ("In 2018 the company received the national quality label of the [[Estonian Employers' Confederation]].",
     "Estonian Employers' Confederation"),
])
def test_no_partner_for_a_buyer_label_or_a_national_award(body, name):
    assert not any(n == name for _, n in _pairs(body)), _pairs(body)
