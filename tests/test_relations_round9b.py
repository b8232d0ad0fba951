"""Round 9, second pass: relation rules read from the missed relations of blind4-blind8 and
grouped by cause. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round9 import _pairs


@pytest.mark.parametrize("sentence, expected", [
    # the company agrees to supply goods to a buyer: a customer, whatever the amount says
    ("In 2011 Acme signed a seven-year agreement to supply rolled steel to [[Scania]] for its truck frames.",
     {("customer", "Scania")}),
    ("In May 2020 the company agreed to supply 80,000 tonnes of cement a year to [[Lafarge]] for six years.",
     {("customer", "Lafarge")}),
    ("In 2015 it agreed to supply US$40.5 million of valves over four years to the Omani utility group [[Nama Group]].",
     {("customer", "Nama Group")}),
    # another company's supply, and a business sold by its name, are no customer of the company
    ("In 2010 [[Globex]] agreed to supply coal to [[Initech]].", set()),
    ("In 2012 Acme agreed to sell Northfield Foods to [[Nestlé]].", set()),
    ("In 2012 Acme agreed to supply Northfield Foods to [[Nestlé]].", set()),
])
def test_an_agreement_to_supply_goods_makes_a_customer(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the board or the company's sale advised by a firm: the firm is a supplier
    ("The board, advised by [[Lazard]], turned the approach down.", {("supplier", "Lazard")}),
    ("The 2019 sale was advised by [[Houlihan Lokey]].", {("supplier", "Houlihan Lokey")}),
    ("The directors rejected the proposal on the advice of [[Goldman Sachs]].", {("supplier", "Goldman Sachs")}),
    ("The board rejected the proposal on the advice of [[Goldman Sachs]].", {("supplier", "Goldman Sachs")}),
    # the bidder's adviser is not the company's
    ("[[Globex]], advised by [[Lazard]], made a bid for Acme.", set()),
    ("[[Globex]]'s board, advised by [[Lazard]], raised its bid for Acme.", set()),
    # an adviser who is a person is no supplier
    ("The board, advised by its founder John Smith, rejected the offer.", set()),
])
def test_the_companys_adviser_is_a_supplier(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a buyer awards the company a contract or orders from it: a customer
    ("In 2018 the [[Royal Navy]] awarded the company a twelve-year contract to refit its frigates.",
     {("customer", "Royal Navy")}),
    ("In 2003 [[Amtrak]] awarded Acme a US$90 million contract for new bogies.", {("customer", "Amtrak")}),
    ("[[Stena Line]] ordered four ferries from it in 2011.", {("customer", "Stena Line")}),
    ("The [[Ministry of Defence (United Kingdom)|Ministry of Defence]] hired it in 2004 to refit its tankers.",
     {("customer", "Ministry of Defence (United Kingdom)")}),
    ("In 2020 [[Ørsted (company)|Ørsted]] chose the company to build two substations.", {("customer", "Ørsted (company)")}),
    ("The [[Royal Air Force]] placed its first large order with the company in 1938.", {("customer", "Royal Air Force")}),
    # between two other companies, or hired to buy something: nothing
    ("In 2003 [[Amtrak]] awarded [[Bombardier]] a contract for new trains.", set()),
    ("In 2020 [[Ørsted (company)|Ørsted]] chose [[Siemens Energy]] to build two substations.", set()),
    ("In 2005 [[Globex]] hired it to buy shares in the market.", set()),
    ("[[Stena Line]] ordered four ferries from [[Damen Group]] in 2011.", set()),
])
def test_a_contract_awarded_or_an_order_placed_with_the_company_makes_a_customer(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # buyers named after their kind and "among them": customers; shareholders: investors
    ("Abroad it works through importers, among them [[Sojitz]] and [[Marubeni]].",
     {("customer", "Sojitz"), ("customer", "Marubeni")}),
    ("The wallet is accepted at 30,000 merchants, among them Carrefour and the Polish grocery chain [[Biedronka]].",
     {("customer", "Carrefour"), ("customer", "Biedronka")}),
    ("Pressed by shareholders, among them the hedge fund [[Elliott Management]], the board split the group.",
     {("investor", "Elliott Management")}),
    # rivals, or a group the company is not among, are no relation
    ("Its rivals, among them [[Siemens]] and [[ABB]], cut their prices.", set()),
    ("Several packers were raided; Acme was not among them.", set()),
])
def test_buyers_or_shareholders_among_them_are_customers_or_investors(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a round's other investors: "joined by", or named "with" the one that led it
    ("Index Ventures led a US$9 million Series A round in May 2016, joined by the [[Y Combinator]] fund.",
     {("investor", "Index Ventures"), ("investor", "Y Combinator")}),
    ("In 2014 it raised a Series B financing led by [[Accel (company)|Accel]] and joined by [[Temasek Holdings|Temasek]].",
     {("investor", "Accel (company)"), ("investor", "Temasek Holdings")}),
    ("The 2018 round was led by [[Sequoia Capital]] with [[Tiger Global Management]] and [[Naspers]].",
     {("investor", "Sequoia Capital"), ("investor", "Tiger Global Management"), ("investor", "Naspers")}),
    # "with" an amount, or a person who joined, adds no investor
    ("The 2018 round was led by [[Sequoia Capital]] with $5 million of its own.", {("investor", "Sequoia Capital")}),
    ("The 2018 round was led by [[Sequoia Capital]], joined by its partner John Smith.",
     {("investor", "Sequoia Capital")}),
])
def test_the_other_investors_of_a_round(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the company makes goods for a buyer: a customer
    ("Since 2012 Acme has made frozen pizzas for [[Tesco]].", {("customer", "Tesco")}),
    ("Acme also makes private-label yoghurt for the supermarket chain [[Lidl]].", {("customer", "Lidl")}),
    # an apposition of another's name and a noun tells who the buyer is, it is no second buyer
    ("Since 2010 Acme has made buns for [[Arcos Dorados]], the [[McDonald's]] franchisee in Latin America.",
     {("customer", "Arcos Dorados")}),
    # a bid, a name, a loss made "for" are no sale
    ("In 2015 Acme made a takeover bid for [[Globex]].", set()),
    ("Acme made a name for itself in [[Europe]].", set()),
    ("Acme made a loss for the year.", set()),
    # another company's goods
    ("[[Globex]] makes private-label yoghurt for [[Lidl]].", set()),
])
def test_goods_made_for_a_buyer(sentence, expected):
    assert _pairs(sentence) == expected
