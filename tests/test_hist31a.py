"""History extractor, round 31 branch hist31a (issue 14): recall on new text; each rule on
sentences written for the test (invented companies and people)."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- a buyer told by its class before its name


def test_a_buyer_described_by_a_hyphenated_word_or_as_a_brand_is_another_party():
    # "the Leeds-based importer X", "the Danish shoe brand X": the class of party before its name
    assert _types("In 2006 the Leeds-based importer Orrin Traders placed an order for wool coats.") == [
        ("partnership", "2006")]
    assert _types("Exports began in 2011, when the Oslo-based retailer Brisk Sport placed an order for ski "
                  "gloves.") == [("partnership", "2011")]
    assert _types("The Norwegian shoe brand Valvex began buying soles from Acme in 2014.") == [
        ("partnership", "2014")]


def test_the_company_described_before_its_own_name_places_no_customer_order():
    # the company's own order stays its own act, whoever the descriptor calls it
    assert "partnership" not in [t for t, _ in _types(
        "In 2015 the Leeds-based company Acme placed an order for two looms with Orrin Machines.")]


# ---------------------------------------------------------------- a distributor appointed with an apposition


def test_a_distributor_appointed_with_an_apposition_or_signed_on_is_a_partnership():
    assert _types("In 2009 Acme appointed Orrin Medical, a Lagos importer owned by the Bello family, as its "
                  "distributor in Nigeria.") == [("partnership", "2009")]
    assert _types("The Doha-based Brisk Trading signed on as its distributor in Qatar in 2016.") == [
        ("partnership", "2016")]
    # a person appointed with an apposition is no distributor
    assert "partnership" not in [t for t, _ in _types(
        "In 2011 Acme appointed Jane Orrin, a former banker, as its chief executive.")]


# ---------------------------------------------------------------- a closure of a unit the active lists lacked


def test_a_depot_or_station_closed_or_some_of_its_units_closed_is_a_divestiture():
    # the units the passive closure already read ("the depot was closed in ...") closed in the active
    assert _types("In 2019 Acme closed its distribution depot in Brisk.") == [("divestiture", "2019")]
    assert _types("In 2018 it closed the Orrin Creek station.") == [("divestiture", "2018")]
    # a count of its units with a word between "its" and the unit
    assert _types("In 2004 Acme closed six of its fourteen mills.") == [("divestiture", "2004")]
    assert _types("In 2016 Acme closed 31 of its smallest branches; 200 staff lost their jobs.") == [
        ("divestiture", "2016"), ("layoffs", "2016")]


def test_a_station_closed_by_another_party_or_for_a_while_is_no_divestiture():
    assert _types("In 2014 the council closed the station to road traffic.") == []
    assert _types("In 2012 Acme closed its Brisk depot for six weeks after a flood.") == []


# ---------------------------------------------------------------- a stake in the company built up or raised


def test_a_stake_built_up_or_a_holding_raised_in_the_named_company_is_an_acquisition():
    assert _types("In May 2019 the Doha fund Orrin Capital built up a stake of 6.4 per cent through purchases "
                  "on the exchange.") == [("acquisition", "2019-05")]
    assert _types("Brisk Power raised its holding in Acme to 14.5 per cent through block trades in 2021.") == [
        ("acquisition", "2021")]
    assert _types("In 2022 Brisk Power raised its stake in the company to 30 per cent.") == [("acquisition", "2022")]


def test_a_stake_built_up_in_nothing_counted_is_no_event():
    assert _types("In 2019 Orrin Capital built up a stake in the Brisk market.") == []
