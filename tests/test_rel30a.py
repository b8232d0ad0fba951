"""Relations precision, round 30 (rel30a). Each article is written for the test (invented companies).

* A linked unit told with its owner in an apposition ("[[Velmar Generics]], the generics division of
  [[Velmar Pharma]]", "[[Koru Holding]], the direct-investment arm of the [[Koru Investment Authority]],
  has held 10 per cent") is the party; the owner only says whose unit it is.
"""

from __future__ import annotations

import pytest

from tests.test_rel28a import _facts
from tests.test_rel29a import _LEAD, _pairs


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


def test_a_name_with_its_abbreviation_that_opens_a_clause_ends_the_list():
    """", and the pension fund X (XF) bought ...": X opens a clause of its own, as without the
    abbreviation (the list of the offering's managers ends before it); a subject list whose last
    name carries an abbreviation before the cue's verb stays whole."""
    pairs = _pairs("The offering of 2019 was managed by [[Tallin Capital]] and [[Harju Finance]], and the pension "
                   "fund [[Eesti Pensionikassa]] (EPK) bought 6 per cent of the company in it.")
    assert ("supplier", "Tallin Capital") in pairs and ("supplier", "Harju Finance") in pairs, pairs
    assert ("supplier", "Eesti Pensionikassa") not in pairs, pairs
    pairs = _pairs("In 2018 Orvella, [[Harju Foods]] and the [[Tartu Science Park Foundation]] (TSPF) partnered "
                   "together to form a food research laboratory in Tartu.")
    assert any(name == "Tartu Science Park Foundation" for _, name in pairs), pairs


@pytest.mark.parametrize("sentence, buyer", [
    ("In February 2024 it sold its industrial laundry at Maardu to the linen-hire company Harju Linen Services "
     "for QR 38 million.", "Harju Linen Services"),
    ("The Tallinn building in which the company began, which had been used as a warehouse since 1991, was sold to "
     "the housing developer Kesklinna Kodud in 2022 for Tk 45 crore.", "Kesklinna Kodud"),
])
def test_a_sale_for_a_price_in_a_currency_code_is_no_customer(sentence, buyer):
    """A sale "for QR 38 million" or "for Tk 45 crore" is of a thing the company owned, as one "for
    $38 million" is: its buyer is no customer."""
    assert ("customer", buyer) not in _pairs(sentence)


@pytest.mark.parametrize("sentence, seller", [
    ("Diesel has been bought under a supply contract with [[Harju Kütus]] since 2017, and the trucks are washed "
     "at Maardu.", "Harju Kütus"),
    ("Plastic trays are still made for it by Tartu Plast under a supply agreement with [[Kesko Pakend]].", "Kesko Pakend"),
])
def test_goods_bought_under_a_supply_deal_name_a_supplier(sentence, seller):
    """Goods told in the passive as bought, sourced or made for the company "under a supply contract with
    X": X supplies the company, it buys nothing from it."""
    pairs = _pairs(sentence)
    assert ("supplier", seller) in pairs, pairs
    assert ("customer", seller) not in pairs, pairs


def test_a_supply_agreement_told_plainly_stays_a_sale():
    assert ("customer", "Kesko Pakend") in _pairs("In 2016 Orvella signed a five-year supply agreement with "
                                                  "[[Kesko Pakend]] for frozen peas.")


def test_an_unlinked_name_with_its_linked_present_name_in_brackets_is_the_linked_one():
    """"a loan from Harju Pank (since 2019 [[Luminor Bank|Luminor]])" names Luminor Bank, dated by the
    loan, not by the year of the new name; "(now [[X]])" reads the same."""
    facts = _facts("== History ==\nA second freezing hall, paid for with a €2 million loan from Harju Pank (since 2019 "
                   "[[Luminor Bank|Luminor]]), opened at Tartu in September 2007.\n"
                   "The packing lines came from Packtech Maschinen (now [[Syntegra]]).\n", lead=_LEAD)
    assert ("lender", "Harju Pank") not in facts and ("lender", "Luminor Bank") in facts, facts
    assert facts[("lender", "Luminor Bank")] is not None and facts[("lender", "Luminor Bank")].iso.startswith("2007"), facts
    assert ("supplier", "Syntegra") in facts and ("supplier", "Packtech Maschinen") not in facts, facts


_UNIT_LEAD = ("{{Infobox company\n| name = Orvella Foods\n| subsidiaries = Kallaste Cold Stores Limited\n}}\n"
              "'''Orvella Foods''' is an Estonian maker of frozen vegetables.\n\n")


def test_a_short_name_of_an_own_unit_is_no_counterparty():
    """"Kallaste supplies about a third of the peas" where the infobox lists Kallaste Cold Stores Limited
    as a subsidiary: the company's own unit, no supplier; another firm written alone stays one."""
    pairs = _pairs("Kallaste supplies about a third of the peas the freezing lines use, and Voru Agro "
                   "supplies the rest.", lead=_UNIT_LEAD)
    assert not any(name.startswith("Kallaste") for _, name in pairs), pairs


def test_a_venture_named_after_both_parents_keeps_its_partner():
    lead = ("{{Infobox company\n| name = Orvella Foods\n| subsidiaries = Lumiere Orvella Frozen\n}}\n"
            "'''Orvella Foods''' is an Estonian maker of frozen vegetables.\n\n")
    pairs = _pairs("In September 2017 Orvella and the French freezer Lumiere formed Lumiere Orvella Frozen, an equally "
                   "owned joint venture, to build a freezing plant in Brittany.", lead=lead)
    assert any(name == "Lumiere" for _, name in pairs), pairs
