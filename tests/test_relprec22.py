"""Relations precision on unseen text (round 22): a contract the company itself ended, cut or
cancelled was with a contractor it paid (a supplier), one it lost was a sale (a customer), and
one it replaced by working with another keeps the kind of the bond that replaced it (a partner).
Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relprec20 import _dated


@pytest.mark.parametrize("sentence, expected", [
    ("In March 2011 Acme cut its contract with [[Globex Components]] after an audit found forged safety records.",
     {("supplier", "Globex Components", "2011-03")}),
    ("The company terminated its cleaning contract with Velmar Services in 2019.",
     {("supplier", "Velmar Services", "2019")}),
    ("Acme cancelled its agreement with Ostrava Staffing in 2020 and moved the workers to new housing.",
     {("supplier", "Ostrava Staffing", "2020")}),
    ("In 2008 Acme ended its contract with the caterer Brixton Foods.", {("supplier", "Brixton Foods", "2008")}),
])
def test_a_contract_the_company_ended_was_with_a_supplier(sentence, expected):
    assert _dated(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2012 Acme lost its contract with the [[Royal Navy]] to a rival yard.", {("customer", "Royal Navy", "2012")}),
    ("The yard lost its maintenance contract with [[Initech Ferries]] in 2017.", {("customer", "Initech Ferries", "2017")}),
])
def test_a_contract_the_company_lost_was_with_a_customer(sentence, expected):
    assert _dated(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2016 Acme ended its contract with [[Globex]] and started working with [[Initech]] to sell solar panels.",
     {("partner", "Globex", "2016"), ("partner", "Initech", "2016")}),
    ("In May 2009 Acme terminated its agreement with [[Globex]] and switched to [[Initech]] for its card payments.",
     {("partner", "Globex", "2009-05")}),
    # a licence stays a partner whatever the verb
    ("In 1961 Acme signed its first licensing agreement, with Brixton Foods.", {("partner", "Brixton Foods", "1961")}),
])
def test_a_replaced_bond_or_a_licence_stays_a_partner(sentence, expected):
    assert _dated(sentence) == expected


# a joint venture the company formed is a unit of its own, not a counterparty
@pytest.mark.parametrize("sentence, expected", [
    ("In June 2016 Acme and the [[Lheidli T'enneh First Nation]] formed Dakelh Timber Limited Partnership, a joint "
     "venture 51 per cent owned by the Nation. Dakelh Timber supplies about a fifth of the logs used at its sawmill.",
     {("jointVenturePartner", "Lheidli T'enneh First Nation", "2016-06")}),
    ("In 2011 it formed a joint venture with [[Mitsui]], Harbour Cold Stores, to build a cold store at the port.",
     {("jointVenturePartner", "Mitsui", "2011")}),
    ("Two years later Acme formed Velmar Acme Foods, a joint venture with the trading house [[Mitsui]], which holds "
     "49 per cent. Velmar Acme Foods distributes its sauces in Japan.", {("jointVenturePartner", "Mitsui", None)}),
    ("In 2009 Acme and [[Initech]] set up a 50:50 joint venture, Initech Acme Rail, to sell trains in Asia. "
     "Its customers include Initech Acme Rail and [[Deutsche Bahn]].",
     {("jointVenturePartner", "Initech", "2009"), ("customer", "Deutsche Bahn", None)}),
])
def test_the_companys_own_joint_venture_is_no_counterparty(sentence, expected):
    assert _dated(sentence) == expected


def test_a_venture_other_companies_formed_stays_a_counterparty():
    found = _dated("In 2010 [[Siemens]] and [[Hitachi]] formed a joint venture, Globex Rail, to build metros. "
                   "Acme's customers include Globex Rail.")
    # (dated since round 28 by the earliest sentence that writes the unlinked name, as a linked one is)
    assert any(prop == "customer" and name == "Globex Rail" for prop, name, _ in found)


# a counterparty named by the company's joint venture with it is that venture's partner
@pytest.mark.parametrize("sentence, expected", [
    ("Cathode precursors come from [[Velmar Materials]] and from the [[Aneka Tambang|Antam]] joint venture.",
     {("jointVenturePartner", "Aneka Tambang", None), ("supplier", "Velmar Materials", None)}),
    ("Since 2015 its engines have been bought from the [[Weichai]] joint venture in Shandong.",
     {("jointVenturePartner", "Weichai", "2015")}),
])
def test_a_party_named_by_the_venture_with_it_is_its_partner(sentence, expected):
    assert _dated(sentence) == expected


def test_a_party_only_told_to_be_in_a_venture_keeps_its_type():
    found = _dated("In 2012 Acme signed a supply agreement with [[Globex]], its partner in a joint venture in Chile.")
    assert found and all(prop != "jointVenturePartner" for prop, _, _ in found)


@pytest.mark.parametrize("sentence, expected", [
    ("In 2020 it set up Acme Japan, a joint venture with [[NTT Data]] in which it holds 51 per cent.\n\n"
     "* NTT Data – partner in Acme Japan since 2024", {("jointVenturePartner", "NTT Data", "2020")}),
    ("Acme formed Acme Gulf, a joint venture with [[Barzan Holdings]], in 2019. "
     "Barzan Holdings, its partner in Acme Gulf, also works with it on naval radios.",
     {("jointVenturePartner", "Barzan Holdings", "2019")}),
    ("In 2010 Acme formed a joint venture with [[Mitsui]], Velmar Acme Foods, to sell sauces in Japan. "
     "[[Mitsui]] is a partner in Velmar Acme Foods.",
     {("jointVenturePartner", "Mitsui", "2010")}),
])
def test_a_partner_in_the_companys_venture_is_its_joint_venture_partner(sentence, expected):
    assert _dated(sentence) == expected
