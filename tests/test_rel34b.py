"""Relations, round 34 (rel34b): customers and suppliers. Each sentence is written for the test
(invented companies), in the article of a maker ("Koro Seafoods", tests/test_rel33.py).

* Goods the company buys under a contract, told in the passive with no other buyer ("Tinplate is
  imported under a ten-year contract with X"): X sells them, a supplier, not a customer; "imported
  by Y under a contract with X" and "imported into" say nothing of the kind.
* A party named after its trade as a "supplier" whose own verb says it buys or resells ("the Danish
  food supplier X distributes Koro tuna"): a customer (a distributor buys what it resells), not a
  supplier; "the tinplate supplier X" with no such verb stays a supplier.
* A loan's tranche ("a commercial tranche of US$90 million was provided by X and Y") is a loan: X
  and Y are lenders, not suppliers (tests/gold/README.md, lenders).
* A contract awarded to a builder, its initials in brackets and its value told before the party ("awarded
  an engineering, procurement and construction (EPC) contract of about US$120 million to X"), or a stage
  "contracted in March 2019 to X": X is a supplier. A name that opens with the company's own and goes on
  after "and" ("Koro Operation and Maintenance Company") is one name, not a party "Maintenance Company".
* Work that another named party subcontracts ("the dredging, which Tasman Civil had subcontracted to X"):
  X is that contractor's subcontractor, no supplier of the company.
* A party's owner in apposition after it ("audited by X, the Fijian member firm of [[Grant Thornton]]"): only
  X is the party; the network it belongs to is none (a venture arm's parent, "X, the venture arm of Y",
  stays Y's investment as blind12 reads it).
"""

from __future__ import annotations

import pytest

from tests.test_rel33 import _pairs


@pytest.mark.parametrize("body, name", [
    ("Tinplate for the cans is imported under a ten-year contract with [[Vantor Steel]], and the labels are printed "
     "in Suva.", "Vantor Steel"),
    ("Sunflower oil has been bought since 2011 under a framework contract with Kessel Oils Ltd.", "Kessel Oils Ltd."),
])
def test_bought_under_a_contract_is_a_supplier(body, name):
    got = _pairs(body)
    assert ("supplier", name) in got
    assert ("customer", name) not in got


def test_imported_by_another_under_a_contract_is_no_supply():
    got = _pairs("Its canned tuna is imported into Australia by Harbour Foods under a contract with [[Vantor Steel]].")
    assert ("supplier", "Vantor Steel") not in got


def test_trade_supplier_that_distributes_is_a_customer():
    got = _pairs("In Scandinavia the Danish food supplier Nordhavn Engros distributes Koro tuna, which it buys in "
                 "containers and resells to supermarkets.")
    assert ("customer", "Nordhavn Engros") in got
    assert ("supplier", "Nordhavn Engros") not in got


def test_trade_supplier_without_a_reseller_verb_stays_a_supplier():
    got = _pairs("Cans come from the tinplate supplier Vantor Steel of Lautoka.")
    assert ("supplier", "Vantor Steel") in got


def test_loan_tranche_provided_by_banks_is_a_loan():
    got = _pairs("At financial close in 2012 the [[Asian Development Bank]] lent US$60 million, and a commercial "
                 "tranche of US$90 million was provided by [[Westpac]] and [[Bank South Pacific]].")
    for name in ("Westpac", "Bank South Pacific"):
        assert ("lender", name) in got
        assert ("supplier", name) not in got


@pytest.mark.parametrize("body, name", [
    ("On the same day the company awarded an engineering, procurement and construction (EPC) contract of about "
     "US$120 million to Tasman Civil Ltd. of [[Auckland]].", "Tasman Civil Ltd."),
    ("The cold store's second stage was contracted in March 2019 to the Malaysian firm Perdana Refrigeration Sdn Bhd, "
     "which was chosen over two local builders.", "Perdana Refrigeration Sdn Bhd"),
])
def test_contract_awarded_or_contracted_to_a_builder(body, name):
    assert ("supplier", name) in _pairs(body)


def test_name_opening_with_the_companys_own_is_not_split():
    got = _pairs("In 2012 it awarded a ten-year contract to Koro Operation and Maintenance Company.")
    assert not any(name == "Maintenance Company" for _, name in got)


def test_partner_named_after_the_companys_own_name_is_kept():
    got = _pairs("In 2015 Koro Seafoods and Tasman Fishing Ltd formed a joint venture to run a cold store in Lautoka.")
    assert ("jointVenturePartner", "Tasman Fishing Ltd") in got


def test_work_subcontracted_by_another_party_is_no_supply():
    got = _pairs("The new wharf was built by [[Tasman Civil]] from 2015; the dredging, which Tasman Civil had "
                 "subcontracted to the Dutch firm [[Van Oord]], was delayed by a cyclone.")
    assert ("supplier", "Van Oord") not in got


def test_owner_in_apposition_is_no_party():
    got = _pairs("The accounts are audited by Lal, Naidu & Co., the Fijian member firm of [[Grant Thornton]].")
    assert ("supplier", "Lal, Naidu & Co.") in got
    assert not any(name == "Grant Thornton" for _, name in got)


def test_parent_of_a_venture_arm_is_kept():
    got = _pairs("A US$20 million Series B round was announced in May 2019, led by [[Temasek Holdings]] with "
                 "participation from Tasman Ventures, the venture arm of [[Tasman Foods]].")
    assert ("investor", "Tasman Foods") in got
