"""Relations precision, round 32 (rel32a). Each sentence is written for the test (invented companies).

* A firm named after its partners, written as one-word names joined by commas and ending in an
  "X & Y" name ("the law firm Marsh, Okoro & Partners"), is one counterparty, not one per name; an
  enumeration that ends with "and" before an ampersand name stays an enumeration.
* "supplier" in the descriptor of a party the company sells to ("sold gas to the regional supplier
  X") does not make X the company's supplier.
* A court or tribunal that "ordered 12 of them reinstated" orders no goods: no customer.
* A former name in an apposition between the subject and its verb ("X, the fund known until 2019 as
  the Y, lent it ...") is not the subject: X is.
"""

from __future__ import annotations

import pytest

from tests.test_rel28a import _facts
from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, firm", [
    ("Its accounts are audited by [[KPMG]], and the Lagos law firm Marsh, Okoro & Partners has advised it "
     "on its licences since 2011.", "Marsh, Okoro & Partners"),
    ("In 2014 the company hired the consultancy Brandt, Lisle, Varga & Co. to review its pricing.",
     "Brandt, Lisle, Varga & Co."),
])
def test_a_partners_firm_written_with_commas_is_one_party(sentence, firm):
    pairs = _pairs(sentence)
    assert ("supplier", firm) in pairs, pairs
    assert not any(name in ("Marsh", "Okoro & Partners", "Brandt", "Varga & Co.") for _, name in pairs), pairs


def test_an_enumeration_that_ends_with_and_stays_an_enumeration():
    pairs = _pairs("Its auditors have been [[Deloitte]], [[KPMG]] and [[Ernst & Young]].")
    assert {("supplier", "Deloitte"), ("supplier", "KPMG"), ("supplier", "Ernst & Young")} <= pairs, pairs


@pytest.mark.parametrize("sentence, buyer", [
    ("From March 2021 the company also sold power to the Serbian supplier Voltaris under a two-year contract.",
     "Voltaris"),
    ("In 2018 it began to sell gas to the regional supplier Nordgas Vertrieb under a ten-year contract.",
     "Nordgas Vertrieb"),
])
def test_a_supplier_the_company_sells_to_is_no_supplier_of_it(sentence, buyer):
    pairs = _pairs(sentence)
    assert ("supplier", buyer) not in pairs, pairs


def test_a_supplier_named_by_its_noun_still_reads():
    pairs = _pairs("In 2016 it signed a ten-year contract with the Norwegian supplier Fjordkraft Komponent for its turbines.")
    assert ("supplier", "Fjordkraft Komponent") in pairs, pairs


def test_a_tribunal_that_orders_workers_reinstated_is_no_customer():
    pairs = _pairs("The company dismissed 40 members of the union in 2013, and the Industrial Relations Council ordered "
                   "12 of them reinstated that December.")
    assert not any(name == "Industrial Relations Council" for _, name in pairs), pairs


def test_an_order_of_goods_still_reads():
    pairs = _pairs("In 2015 [[Maersk]] ordered 12 reefer containers from the company.")
    assert ("customer", "Maersk") in pairs, pairs


@pytest.mark.parametrize("sentence, lender, former", [
    ("In June 2021 [[Norfund]], the Norwegian development finance institution known until 2019 as the Nordic "
     "Investment Trust, lent it US$20 million for new branches.", "Norfund", "Nordic Investment Trust"),
    ("In 2018 [[Proparco]], a French lender formerly called the Caisse Centrale de Crédit, lent it "
     "EUR 10 million.", "Proparco", "Caisse Centrale de Crédit"),
])
def test_a_former_name_in_an_apposition_is_not_the_subject(sentence, lender, former):
    pairs = _pairs(sentence)
    assert ("lender", lender) in pairs, pairs
    assert not any(former in name for _, name in pairs), pairs


def test_the_year_of_a_former_name_dates_no_loan():
    facts = _facts("== History ==\nIn June 2021 [[Norfund]], the Norwegian development finance institution known until "
                   "2019 as the Nordic Investment Trust, lent it US$20 million for new branches.\n")
    assert facts[("lender", "Norfund")].iso == "2021-06", facts
