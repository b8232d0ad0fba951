"""History extractor, round 18 (issue 14): precision rules, each on sentences written for the test."""

from __future__ import annotations

from tests.test_history import _text_events
from tests.test_history_round10 import _types


def test_a_family_successor_taking_over_the_business_is_a_leadership_change():
    assert _types("Tomás Ferreira died in 1958, and his daughter Inês took over the business.") == [
        ("leadership_change", "1958")]
    assert _types("In 1964 his younger son Pieter took over the firm.") == [("leadership_change", "1964")]
    # a company taking over the business is still a purchase
    assert _types("In 1964 Bolt Industries took over the business.") == [("acquisition", "1964")]


def test_goods_bought_second_hand_or_under_a_supply_contract_are_no_acquisition():
    assert ("acquisition", "1921") not in _types("A first dyeing shed, with four looms bought second-hand in Lyon, opened in 1921.")
    assert _types("Three more tankers were bought second-hand in 2016.") == []
    assert _types("In 1983 the mill began pressing from maize bought from the state grain board.") == []
    assert _types("From 1971 the national railway bought Acme wagons under a framework contract.") == [
        ("partnership", "1971")]
    # a purchase of a company under an agreement stays one
    assert _types("In 1962 Bolt bought Acme under an agreement with its founders.") == [("acquisition", "1962")]
    assert _types("In 1962 Acme bought Bolt Tools under a share purchase agreement.") == [("acquisition", "1962")]


def test_an_owner_told_by_what_it_is_selling_its_stake_is_the_company_changing_hands():
    assert _types("In May 2004 the two banks sold their combined 55 per cent to Rotmann Holding for €30 million.") == [
        ("acquisition", "2004-05")]
    assert _types("In 1996 the agency sold the enterprise to Tana Group for Br 40 million.") == [
        ("acquisition", "1996")]
    assert _types("Rotmann Holding sold its remaining 30 per cent to Baltic Capital in 2011 for €12 million.") == [
        ("acquisition", "2011")]
    # the company selling its own stake in another business is still its divestiture
    assert _types("In 2011 Acme sold its 30 per cent stake in Bolt Tools to Baltic Capital for €12 million.") == [
        ("divestiture", "2011")]


def test_shares_sold_in_the_offering_are_the_listing():
    evs = _text_events("==History==\nAcme listed its shares on the Lisbon Stock Exchange on 4 May 1998. "
                       "It sold 20 per cent of its capital in the offering, which raised €40 million.\n")
    assert [(e.type, e.date.iso) for e in evs] == [("ipo", "1998-05-04")]
    assert _types("In June 2001 the Treasury sold 25 per cent of the company in a public offering.") == [
        ("ipo", "2001-06")]
    assert _types("In March 1999, 15 per cent of its shares were sold in a public auction.") == [("ipo", "1999-03")]
    # nothing sold, a sale to named buyers, or a takeover offer: no listing
    assert _types("In 2001 its founder sold none of her shares in the offer.") == []
    assert ("ipo", "2005") not in _types(
        "In 2005 the state sold 20 per cent of its remaining shares to pension funds in a placement.")
    assert ("ipo", "2005") not in _types("In 2005 minority holders sold 20 per cent of the shares in the takeover offer.")


def test_incorporated_as_a_form_under_a_new_name_is_a_rename():
    text = ("{{Infobox company\n| name = Acme\n| founded = 1921\n}}\n==History==\n"
            "Acme began as a workshop in 1921. The business was incorporated as a limited company in 1950 "
            "under the name Acme Tools.\n")
    assert [(e.type, e.date.iso) for e in _text_events(text)] == [("rename", "1950")]
    text = ("{{Infobox company\n| name = Acme\n| founded = 1921\n}}\n==History==\n"
            "Acme began as a workshop in 1921. The business was incorporated as a private company, Acme Tools Ltd, "
            "in 1950.\n")
    assert [(e.type, e.date.iso) for e in _text_events(text)] == [("rename", "1950")]


def test_a_thousands_separator_does_not_end_the_part_of_the_sentence_that_dates_a_trigger():
    # the recall is dated by its own clause's year, not by the strike's before the comma
    assert _types("Its drivers stopped work for a week in 1994, and the company recalled about 14,500 "
                  "heaters in 2008 after two fires.") == [("recall", "2008")]


def test_a_sale_at_the_time_of_a_listing_to_no_named_buyer_is_the_listing():
    assert _types("Shares in Acme were listed on the Lisbon Stock Exchange in 1972, when the Ferreira family "
                  "sold 35 per cent of the company.") == [("ipo", "1972")]
    # a sale to a named buyer at the same time is its own event
    assert ("acquisition", "1972") in _types("Acme was listed on the Lisbon Stock Exchange in 1972, when the Ferreira "
                                              "family sold 35 per cent of the company to Bolt Group.")


def test_a_stake_sold_by_an_owner_is_one_event_with_the_lead_that_tells_its_purchase():
    text = ("Acme is a Jordanian potash maker. It was listed on the Amman Stock Exchange in 1999; the Saudi miner "
            "Bolt Mining took over the stake of Kolmex in 2019.\n"
            "==History==\nIn June 2019 Kolmex sold its 26 per cent to Bolt Mining for US$410 million.\n")
    assert [(e.type, e.date.iso) for e in _text_events(text)] == [("ipo", "1999"), ("acquisition", "2019-06")]
