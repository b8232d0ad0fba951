"""History extractor, round 25 (issue 14): partnerships told as a sales channel (distribution
handed to a distributor, sales begun through an agent) and a customer agreeing to buy a number
of the company's goods; each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _roles


def _deals(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.date.iso) for e in _events("==History==\n" + text + "\n")]


def test_distribution_passed_to_a_named_party_is_a_partnership():
    assert ("partnership", "2009") in _deals(
        "Its distribution in Canada passed in 2009 to Norvale Beverage Agencies.")
    assert ("partnership", "2015") in _deals(
        "In 2015 the marketing of its tractors in Chile passed to Agrosur Maquinaria.")


def test_control_or_a_plain_place_after_passed_is_no_partnership():
    assert _deals("In 1990 control of the firm passed to the Brenner family.") == []
    assert [t for t, _ in _deals("Its distribution in Canada passed in 2009 to its own sales office.")] \
        != ["partnership"]


def test_sales_handled_by_a_distributor_after_an_aside_are_a_partnership():
    events = [e for e in _events(
        "==History==\nSales in Poland, by then half of its exports, were handled from 2004 by the "
        "Warsaw distributor Wisła Trade.\n") if e.type == "partnership"]
    assert [e.date.iso for e in events] == ["2004"]
    assert ("Wisła Trade", "partner") in _roles(events[0])


def test_sales_begun_through_a_named_intermediary_are_a_partnership():
    assert ("partnership", "2003") in _deals(
        "Sales to German garden centres began in 2003, through Hollmann Pflanzen, a grower cooperative.")
    assert ("partnership", "2018-04") in _deals("Home delivery from its shops began in April 2018 through Quickbasket.")
    assert ("partnership", "2004") in _deals(
        "In 2004 it began shipping frozen fillets through the Rotterdam trader Van Dijk Vis.")


def test_sales_begun_in_a_named_market_through_a_party_are_no_partnership():
    # the market entered is the event (an expansion), the agent a detail of it
    assert "partnership" not in [t for t, _ in _deals(
        "Exports to the United Kingdom began in 1999 through Harwell Wine Agencies, a London importer.")]
    assert "partnership" not in [t for t, _ in _deals(
        "The company began selling in Norway through Fjellhandel in 2020.")]


def test_a_customer_agreeing_to_buy_a_number_of_goods_is_a_partnership():
    assert ("partnership", "2021") in _deals(
        "Brannock Timber agreed in 2021 to buy 40 harvesters over five years for its forests in Maine.")
    assert ("partnership", "2019") in _deals(
        "In 2019 Tovarna Kovin agreed to take 20,000 tonnes a year for three years.")


def test_agreeing_to_buy_a_share_a_unit_or_from_another_seller_is_no_customer_order():
    for text in ("Brannock Timber agreed in 2021 to buy 40 per cent of the company.",
                 "Brannock Timber agreed in 2021 to buy 12 stores from the company.",
                 "In 2021 the company agreed in March 2021 to buy 40 harvesters from Deere."):
        assert ("partnership", "2021") not in _deals(text), text


def test_a_right_signed_with_a_named_party_is_a_partnership():
    assert ("partnership", "1997") in _deals(
        "In 1997 the company signed a 50-year grazing right with the Tuhoe Land Trust.")
    assert _deals("In 1997 the company signed the rights to the film.") == []


def test_becoming_a_tier_of_a_named_partner_programme_is_a_partnership():
    assert ("partnership", "2016") in _deals("In 2016 it became a Salesforce Platinum Consulting Partner.")
    assert ("partnership", "2019") in _deals("Norbridge became an Oracle gold partner in 2019.")


def test_a_person_made_partner_of_a_firm_is_no_partnership():
    assert _deals("In 2015 Smith became a Goldman Sachs partner.") == []


def test_goods_first_made_or_begun_for_a_named_customer_are_a_supply_partnership():
    assert ("partnership", "2014") in _deals("From 2014 it also made lipsticks for brands of the Corvelle Group.")
    assert ("partnership", "2020") in _deals("In 2020 the Polish venture began packing butter for Lidl.")


def test_a_profit_a_plant_or_wartime_output_made_for_someone_is_no_supply():
    assert _deals("In 2005 it also made a profit for the first time.") == []
    assert "partnership" not in [t for t, _ in _deals("In 2005 it began building a plant for Toyota.")]
    assert "partnership" not in [t for t, _ in _deals("In 1941 it made parts for the Wehrmacht.")]


def test_goods_sold_through_a_named_trading_house_are_a_partnership():
    assert ("partnership", "1998") in _deals(
        "In 1998 its milk powder was sold through the Wellington trading house Harbour Dairy Traders.")
    assert "partnership" not in [t for t, _ in _deals(
        "In 1996 its shares were sold through a public offering on the Nasdaq.")]


def test_a_retailer_listing_or_stocking_some_of_the_companys_goods_is_a_partnership():
    assert ("partnership", "2008") in _deals("In 2008 Ashcombe Stores listed four of its ciders.")
    assert ("partnership", "2012") in _deals("Hallbrook Markets stocked two of its cheeses from 2012.")


def test_listing_its_units_or_taking_its_staff_is_no_customer_deal():
    assert _deals("In 2001 the company listed three of its subsidiaries on the Nasdaq.") == []
    assert _deals("In 2001 Ashcombe Stores took two of its managers.") == []
