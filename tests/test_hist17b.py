"""History extractor, round 17 (issue 14): openings of routes, services and units told without an
opening verb of the table, counted on the blind and synthetic sets, each rule on sentences written
for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types
from tests.test_history_rules import _events, _summary

# ------------------------------------------------ a route or a service opened


def test_a_route_or_service_opened_is_an_expansion():
    assert _types("In 1931 the line opened a weekly service to Havana.") == [("expansion", "1931")]
    assert _types("In 1987 it began a daily service from Dover to Ostend.") == [("expansion", "1987")]
    assert _types("Flights to Lisbon and Madrid, its first outside France, started in 2004.") == [
        ("expansion", "2004")]
    assert _types("Its first scheduled service, from Oslo to Bergen, began in 1952.") == [("expansion", "1952")]
    assert _types("A route from Genoa to Tunis followed in 1977.") == [("expansion", "1977")]


def test_a_service_that_is_not_a_route_is_no_opening():
    assert _types("In 2003 it began a consulting service for hospitals.") == []
    assert _types("Services to the oil industry began to decline in 1986.") == []


# ------------------------------------------------ a unit completed, put into operation, on stream


def test_a_unit_completed_or_put_into_operation_is_an_expansion():
    assert _types("A new slipway was completed in 1958.") == [("expansion", "1958")]
    assert _types("The fertiliser complex at Ruwais was completed in 2011.") == [("expansion", "2011")]
    assert _types("In 2012 a gas-fired kiln, the largest in the region, was put into operation at Aveiro.") == [
        ("expansion", "2012")]
    assert _types("The second smelter came on stream in 1999.") == [("expansion", "1999")]
    assert _types("Commercial production at the new pit began in May 2007.") == [("expansion", "2007-05")]


def test_a_unit_added_for_a_purpose_is_an_expansion():
    assert _types("A kiln for firing roof tiles was added in 1921.") == [("expansion", "1921")]
    assert _types("A slipway for wooden trawlers was added at Hull in 1949.") == [("expansion", "1949")]


def test_a_plan_completed_is_no_opening():
    assert _types("The takeover was completed in 2014.") != [("expansion", "2014")]


def test_a_unit_added_before_the_founding_is_no_founding():
    lead = ("{{Infobox company\n| name = Acme Wool\n| founded = 1995\n}}\n"
            "'''Acme Wool''' is a Mongolian wool company.\n")
    history = ("==History==\nThe state combine built a scouring hall in 1972. A carding line for wool, "
               "bought from Italy, was added in 1984.\n")
    types = _summary(_events(history, "Acme Wool", lead))
    assert ("founding", "1984") not in types
    assert ("expansion", "1984") in types


# ------------------------------------------------ a unit paid for, opened in a relative clause


def test_a_unit_paid_for_that_opened_later_is_an_expansion():
    assert _types("It raised €40 million in a rights issue in 2015 to pay for a new bottling plant at "
                  "Tarragona, which opened in 2017.") == [("funding_round", "2015"), ("expansion", "2017")]
    assert _types("A loan of £30 million from Barclays was signed in 2009 to finance a new depot at Leeds, "
                  "which opened in 2011.") == [("funding_round", "2009"), ("expansion", "2011")]


def test_a_unit_bought_that_had_opened_earlier_is_no_expansion():
    assert _types("In 2004 the company bought the Grand Hotel in Brighton, which opened in 1889.") == [
        ("acquisition", "2004")]


def test_a_unit_built_that_opened_later_is_one_expansion():
    assert _types("With a loan from a state bank, the company built a bottling plant at Pilsen, "
                  "which began production in 1961.") == [("expansion", "1961")]


# ------------------------------------------------ units the opening rules did not name


def test_an_agency_workshop_resort_farm_or_line_opened_is_an_expansion():
    assert _types("The insurer opened agencies in Utrecht and Arnhem in 1881.") == [("expansion", "1881")]
    assert _types("In 1999 it opened a glass-cutting workshop at Jablonec.") == [("expansion", "1999")]
    assert _types("Its first resort outside Bali, at Lombok, opened in 2009.") == [("expansion", "2009")]
    assert _types("A tulip farm near Lisse opened in 1977.") == [("expansion", "1977")]
    assert _types("In May 2020 it opened a second bottling line at Jerez.") == [("expansion", "2020-05")]


def test_a_unit_opened_told_in_the_present_of_a_timeline_is_an_expansion():
    assert _types("* 1988 – The first farm opens in Naivasha.") == [("expansion", "1988")]


def test_a_unit_that_followed_is_an_expansion():
    assert _types("A supply contract was signed with Rio Tinto in 1971, and a caustic soda plant followed in 1974.") == [
        ("partnership", "1971"), ("expansion", "1974")]
    assert _types("The hotel at Kandy, its largest at the time, followed in 1993.") == [("expansion", "1993")]


def test_a_strike_at_a_plant_that_followed_is_no_expansion():
    # no expansion at the plant; the sentence tells a new strike ("A strike ... followed in 1980"), a
    # history event of a controversy type
    assert _types("A strike at the plant followed in 1980.") == [("strike", "1980")]


def test_a_workshop_opened_by_the_founders_before_the_founding_is_the_founding():
    lead = ("{{Infobox company\n| name = Acme Lifts\n| founded = 1931\n}}\n"
            "'''Acme Lifts''' is an Austrian maker of cable cars.\n")
    history = ("==History==\nThe company grew out of a joinery workshop opened in 1931 by the brothers Karl and "
               "Josef Huber in Landeck.\n")
    types = _summary(_events(history, "Acme Lifts", lead))
    assert ("expansion", "1931") not in types


# ------------------------------------------------ a market entered, the company its subject


def test_the_company_entering_a_country_is_an_expansion():
    assert _types("The chain entered Poland in March 2011, starting in Warsaw.") == [("expansion", "2011-03")]
    assert _types("It entered the Slovak Republic in 2014 with a Slovak-language shop.") == [("expansion", "2014")]


def test_entering_a_country_by_buying_or_another_party_entering_is_no_expansion():
    assert _types("The group entered Chile in 2003, paying US$80 million for Cementos Andinos.") != [("expansion", "2003")]
    assert _types("In 1917 Brazil entered the First World War.") == []
    assert _types("The company entered the Fortune 500 in 1999.") == []
    assert _types("In 1962 Jansen entered Delft University of Technology.") == []


# ------------------------------------------------ a first product made or shown


def test_a_first_product_produced_or_presented_is_a_launch():
    assert _types("The first cobalt sulfate was produced at Kokkola in June 2019.") == [("product_launch", "2019-06")]
    assert _types("Its first electric tractor, the Feldmann E7, was presented in March 2022.") == [
        ("product_launch", "2022-03")]
    assert _types("The company's first gondola lift was presented at the Vienna fair in 1968.") == [
        ("product_launch", "1968")]


def test_a_first_phase_or_profit_is_no_launch():
    assert _types("The first phase was produced on time in 2010.") == []
    assert _types("Its first profit was presented to shareholders in 2012.") == []
