"""History extractor, round 19 (issue 14): a customer or supplier relationship told as an event
(goods bought by a named buyer, the company chosen or approved as a supplier, a customer's first
orders, a ship chartered to an operator); each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_hist17a import _history
from tests.test_history_rules import _roles, _summary


def test_goods_bought_by_a_named_buyer_are_a_sale_not_an_acquisition():
    evs = _history("From 2006 most of the copper concentrate was bought by [[Norsmelt]].")
    assert _summary(evs) == [("partnership", "2006")]
    assert ("Norsmelt", "partner") in _roles(evs[0])
    evs = _history("The first shipment of pears left for Hamburg in March 1972, bought by the wholesaler "
                   "[[Obsthaus Nord]].")
    assert _summary(evs) == [("partnership", "1972-03")]
    assert ("Obsthaus Nord", "partner") in _roles(evs[0])
    evs = _history("In 1988 the mill sent its first cargo of pulp to Italy, where it was bought by the "
                   "[[Cartiera Alta]] group.")
    assert _summary(evs) == [("partnership", "1988")]


def test_goods_sold_to_a_named_buyer_are_a_sale():
    evs = _history("In June 2015 the first cargo of bauxite, 30,000 tonnes, left the jetty, sold to the "
                   "smelter [[Qilu Aluminium]].")
    assert _summary(evs) == [("partnership", "2015-06")]
    assert ("Qilu Aluminium", "partner") in _roles(evs[0])


def test_the_company_bought_stays_an_acquisition():
    assert _summary(_history("In 2011 the company was bought by [[Norsmelt]].")) == [("acquisition", "2011")]
    assert _summary(_history("In 2011 [[Norsmelt]] bought the company's mine.")) != [("partnership", "2011")]


def test_output_sold_to_unnamed_buyers_is_no_sale():
    assert _summary(_history("In 2021 a refinery was opened at Pisco, its output sold to supplement makers in "
                             "the United States.")) == [("expansion", "2021")]


def test_a_party_choosing_the_company_as_a_supplier_is_a_partnership():
    evs = _history("In 2012 [[Halvorsen Foods]] chose the company as one of its two suppliers of smoked salmon.")
    assert _summary(evs) == [("partnership", "2012")]
    assert ("Halvorsen Foods", "partner") in _roles(evs[0])
    evs = _history("[[Brightwear]] approved the plant in 2004 as a denim supplier.")
    assert _summary(evs) == [("partnership", "2004")]
    evs = _history("[[Segawa]] selected it as the sole developer for its handheld console in 1999.")
    assert _summary(evs) == [("partnership", "1999")]


def test_a_choice_as_something_else_is_no_partnership():
    assert _summary(_history("In 2012 [[Forbes]] chose the company as one of its best employers.")) == []


def test_a_customer_placing_orders_is_a_partnership():
    evs = _history("In 2015 [[Marlin Sports]] placed its first orders, for running shoes.")
    assert _summary(evs) == [("partnership", "2015")]
    assert ("Marlin Sports", "partner") in _roles(evs[0])
    evs = _history("[[Velora Group]] placed an initial order for 40 trams in 2019.")
    assert _summary(evs) == [("partnership", "2019")]
    evs = _history("In 2003 [[Kessel Rail]] placed its orders with the company.")
    assert _summary(evs) == [("partnership", "2003")]


def test_a_ship_chartered_to_an_operator_is_a_partnership():
    evs = _history("In 2009 the Nordic Dawn was chartered to the Greek operator [[Aegean Seaways]] for the summer.")
    assert _summary(evs) == [("partnership", "2009")]
    assert ("Aegean Seaways", "partner") in _roles(evs[0])
    evs = _history("In 1917 two of its steamers were chartered by the [[Royal Navy]].")
    assert _summary(evs) == [("partnership", "1917")]
    assert ("Royal Navy", "partner") in _roles(evs[0])
    evs = _history("In 1995 the company chartered three of its tankers to [[Statoil]].")
    assert _summary(evs) == [("partnership", "1995")]


def test_a_bank_chartered_by_a_state_is_no_charter():
    assert ("partnership", "1822") not in _summary(
        _history("The bank was chartered by the [[New York State Legislature]] in 1822."))


def test_a_maker_licensing_the_company_to_make_its_goods_is_a_partnership():
    evs = _history("In 2001 [[Novapharm]] licensed the company to produce its insulin pens.")
    assert _summary(evs) == [("partnership", "2001")]
    assert ("Novapharm", "partner") in _roles(evs[0])
    evs = _history("The company opened a plant in Izmir in 1990. The Swiss group [[Helvetia Chemie]] licensed it "
                   "two years later to make its dyes.")
    assert ("partnership", "1992") in _summary(evs)
    evs = _history("In 2016 the company was among the five firms licensed by [[Merova Biotech]] to make its "
                   "vaccine.")
    assert _summary(evs) == [("partnership", "2016")]
    evs = _history("In 1984 [[Taito]] licensed its arcade characters to the company.")
    assert _summary(evs) == [("partnership", "1984")]


def test_a_licence_from_an_authority_is_no_partnership():
    assert ("partnership", "2008") not in _summary(
        _history("In 2008 it was licensed by the [[Ministry of Health]] to manufacture vaccines."))


def test_a_contract_agreed_renewed_or_signed_with_a_party_is_an_agreement():
    evs = _history("In 2019 the mill agreed a four-year contract with [[Nordpapier]] for 20,000 tonnes of pulp a year.")
    assert _summary(evs) == [("partnership", "2019")]
    assert ("Nordpapier", "partner") in _roles(evs[0])
    evs = _history("In June 2021 [[Petrovia]] renewed the company's drilling contract for three more years.")
    assert _summary(evs) == [("partnership", "2021-06")]
    evs = _history("In 2007 it signed a ten-year time charter with the steelmaker [[Acerbras]] for two of its ships.")
    assert _summary(evs) == [("partnership", "2007")]
    evs = _history("In 2012 the miner signed a gold stream with [[Aurum Royalties]].")
    assert _summary(evs) == [("partnership", "2012")]


def test_a_contract_or_order_that_followed_is_an_agreement():
    assert _summary(_history("A contract for radar systems for the [[Hellenic Navy]] followed in 2001.")) == [
        ("partnership", "2001")]
    assert _summary(_history("The first export orders, for twelve locomotives, came in 1968.")) == [
        ("partnership", "1968")]
    assert _summary(_history("A second licence, for [[Roche]]'s vitamins, followed in 1977.")) == [
        ("partnership", "1977")]


def test_an_agreement_to_sell_stays_no_agreement():
    assert _summary(_history("In 2005 it agreed to sell the plant.")) == []
    assert ("partnership", "2010") not in _summary(_history("Growth came in 2010 with new stores in Lyon."))


def test_a_customer_that_began_buying_taking_or_serving_the_goods_is_a_partnership():
    evs = _history("In 2015 [[Baosteel]] began buying nickel pig iron from the company for its mill at Ningde.")
    assert _summary(evs) == [("partnership", "2015")]
    assert ("Baosteel", "partner") in _roles(evs[0])
    evs = _history("In 1968 the Swiss airline [[Swissair]] started serving its chocolates on its flights.")
    assert _summary(evs) == [("partnership", "1968")]
    evs = _history("In 1980 the Dutch chain [[Blokker]] began to take enamel pans for resale in its shops.")
    assert _summary(evs) == [("partnership", "1980")]


def test_the_company_shipping_to_a_described_buyer_is_a_supply():
    evs = _history("In 2004 it began shipping frozen fillets to the Danish importer [[Nordfisk]].")
    assert _summary(evs) == [("partnership", "2004")]
    assert ("Nordfisk", "partner") in _roles(evs[0])
    evs = _history("In 1999 the mill started making cartons for the Swiss chocolate maker [[Lindor]].")
    assert _summary(evs) == [("partnership", "1999")]


def test_buying_shares_or_exporting_to_a_country_is_no_customer():
    assert _summary(_history("In 2003 [[Tesco]] began buying shares in the company.")) != [("partnership", "2003")]
    assert _summary(_history("In 1999 it began exporting to [[Japan]].")) != [("partnership", "1999")]
