"""History extractor, round 17 (issue 14): listings told as the first trading day of the shares,
investors paying for a share of the company, and a colon before a dated clause; each rule on
sentences written for the test."""

from __future__ import annotations

from kg.text.narrative import split_clauses
from tests.test_history_round10 import _types

# ------------------------------------------------ a listing told by the first trading of the shares


def test_shares_first_traded_or_admitted_to_trading_are_a_listing():
    assert _types("Its shares were first traded on the Lisbon Stock Exchange in June 1998.") == [("ipo", "1998-06")]
    assert _types("The shares were first traded over the counter on the Mexican market in 2001.") == [("ipo", "2001")]
    assert _types("In 2004 the shares were admitted to trading on the Oslo Stock Exchange.") == [("ipo", "2004")]
    assert _types("In 2012 the shares moved from the junior market to the Main Board of the Lima exchange.") == [
        ("ipo", "2012")]


def test_trading_that_is_not_the_shares_is_no_listing():
    assert _types("In 2004 the company was admitted to the chamber of commerce.") == []
    assert _types("In 2004 its coffee was first traded on the commodity market in Santos.") == []


# ------------------------------------------------ an investor paying for a share of the company


def test_an_investor_paying_for_a_share_of_the_company_is_a_funding_round():
    assert _types("In 2006 the Baltic Growth Fund invested €450,000 for a minority stake.") == [
        ("funding_round", "2006")]
    assert _types("In 2014 Andes Capital invested PEN 20 million for 15 per cent of the company.") == [
        ("funding_round", "2014")]
    assert _types("In 2003 a group of local angels invested 4 million kronor for a quarter of the shares.") == [
        ("funding_round", "2003")]
    assert _types("In 2017 Savanna Partners invested Ksh 2 billion (US$19 million) for 30 per cent of the "
                  "enlarged company.") == [("funding_round", "2017")]


def test_the_company_paying_for_a_share_of_another_is_no_funding_round():
    assert ("funding_round", "2012") not in _types("In 2012 the company invested US$12 million for 8 per cent of Brava Foods.")
    assert _types("In 2012 it invested €3 million for a 20 per cent stake in Bravo Mining.") == []
    assert _types("In 2016 Acme Ventures invested €4 million for 10 per cent of the shares of its subsidiary.") == []


# ------------------------------------------------ a colon before a clause with its own subject and year


def test_a_colon_before_a_dated_clause_breaks_the_clause():
    text = "Set up in 1962 as a state mill, the firm was privatised in the 1990s: its shares were listed on the Riga exchange in 1997."
    assert [text[s:e] for s, e, _ in split_clauses(text)][-1].startswith("its shares were listed")
    assert _types(text) == [("founding", "1962"), ("ipo", "1997")]
    assert len(split_clauses("It makes three products: cement, lime and gypsum.")) == 1


# ------------------------------------------------ land or a site bought is no acquisition


def test_a_site_acquired_in_the_passive_is_no_acquisition():
    assert _types("The Kerrow site near Perth was acquired from a farming family in 2009 for £4 million.") == []


# ------------------------------------------------ the purchase just told, paid for by a loan or a share issue


def test_a_loan_that_paid_for_the_purchase_just_told_takes_its_date():
    types = _types("In 1998 the company bought the Kivu tea estate from the Mbeki family. "
                   "The purchase was financed by a loan from the Standard Bank.")
    assert ("funding_round", "1998") in types
    types = _types("In March 2005 it bought the Orava mill for Sk 400 million. "
                   "The acquisition was paid for in part by a share issue.")
    assert ("funding_round", "2005-03") in types


def test_a_loan_that_paid_for_another_party_s_purchase_is_not_the_company_s():
    types = _types("In 2006 it sold 30 per cent of its shares to Ubuntu Holdings. "
                   "The purchase was financed by a loan from Nedbank.")
    assert not any(t == "funding_round" for t, _ in types)


def test_a_loan_told_without_a_date_after_an_opening_stays_undated():
    types = _types("A second mill was opened at Kumasi in 2009. The mill was paid for with a loan from Ecobank.")
    assert types == [("expansion", "2009")]


def test_a_unit_rebuilt_with_the_proceeds_of_a_capital_increase_is_a_funding_round():
    assert _types("The kiln was rebuilt in 2001 with the proceeds of a €12 million capital increase.") == [
        ("funding_round", "2001")]


# ------------------------------------------------ a holding raised to a share; a price paid to a seller


def test_the_company_raising_its_holding_to_a_share_is_a_stake_acquisition():
    assert _types("In 2011 it raised its holding to 45 per cent.") == [("acquisition", "2011")]
    assert _types("In 2007 the group raised its stake in Duna Glass to 75 per cent.") == [("acquisition", "2007")]
    # another shareholder raising its holding: read since round 18 as the acquisition of a stake, as
    # blind3, blind5, blind10, blind12, blind15 and blind19 annotate it (blind4 alone does not)
    assert _types("In 2011 Orlen Capital raised its holding to 45 per cent.") == [("acquisition", "2011")]
    assert _types("In 2015 it raised its prices by 10 per cent.") == []
    assert _types("In 2016 it raised its share of the market to 20 per cent.") == []


def test_a_price_paid_to_a_seller_for_a_company_is_an_acquisition():
    assert _types("In 2010 the company paid Rs. 300 million for 60 per cent of Kandy Mills Ltd.") == [
        ("acquisition", "2010")]
    assert _types("In 2018 the group paid US$90 million to Blackstone for Arden Logistics.") == [
        ("acquisition", "2018")]



# ------------------------------------------------ a named unit sold to a named buyer


def test_a_named_unit_sold_to_a_named_buyer_is_a_divestiture():
    assert _types("In 2016 the company sold Kestrel Software to the Dutch group Exact for €20 million.") == [
        ("divestiture", "2016")]
    assert _types("In 2011 it sold Lagoa Verde's Campos mill to Usina Santa Rita for R$90 million.") == [
        ("divestiture", "2011")]
    assert _types("Brennick Foods was sold in June 2019 to the American group Conagra.") == [
        ("divestiture", "2019-06")]
    assert _types("In May 2021 the company agreed to sell Norte Cables to Prysmian.") == [("divestiture", "2021-05")]


def test_goods_sold_to_a_customer_are_no_divestiture():
    assert _types("In 2015 the company sold Corolla cars to Hertz for $20 million.") == []
    assert _types("In 2015 it sold Boeing 737 aircraft to customers in China.") == []


# ------------------------------------------------ a unit that closed (intransitive) or was closed at the clause's end


def test_a_unit_that_closed_is_a_divestiture():
    assert _types("The Princes Street flagship closed in March 2018 after 60 years.") == [("divestiture", "2018-03")]
    assert _types("The remaining 14 shops had closed by the end of June 2012.") == [("divestiture", "2012-06")]
    assert _types("In 1979 the Glenmorven distillery was closed.") == [("divestiture", "1979")]
    assert _types("The whaling station was closed in 1951.") == [("divestiture", "1951")]


def test_a_unit_closed_for_a_while_is_no_divestiture():
    assert _types("The Leeds store closed for two weeks in 2004.") == []
    assert _types("The Leeds store was temporarily closed in 2004.") == []
