"""History extractor, round 19 (issue 14): units put into service, licences granted or renewed,
and first exports to a market, each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ------------------------------------------------ a unit switched on or put into service


def test_a_unit_switched_on_or_put_into_service_is_an_expansion():
    assert _types("A wind farm substation on the Toller estate, built by Enercon, was switched on in 2017.") == [
        ("expansion", "2017")]
    assert _types("The new packing hall, fitted with sorting machines bought from a Danish maker in Aarhus, "
                  "was put into service in 1984.") == [("expansion", "1984")]
    assert _types("The Gdynia terminal was brought into operation in May 2003.") == [("expansion", "2003-05")]


def test_a_unit_that_went_or_came_into_service_is_an_expansion():
    assert _types("A roasting line for instant coffee went into production in March 1999.") == [
        ("expansion", "1999-03")]
    assert _types("Its third kiln came on stream in 1974.") == [("expansion", "1974")]
    assert _types("In 2010 a new pipeline to the coast went into use.") == [("expansion", "2010")]


def test_something_else_going_into_decline_is_no_expansion():
    assert _types("In 2005 prices went into decline at the plant.") == []


# ------------------------------------------------ a licence granted, awarded or renewed


def test_a_licence_granted_or_renewed_in_the_passive_is_a_licence_event():
    assert _types("The council received the application in 2003. The permit was granted the following year.") == [
        ("other", "2004")]
    assert _types("Its mobile licence was renewed for 15 years in June 2021.") == [("other", "2021-06")]
    assert _types("In 2015 the operating concession was extended for 25 years.") == [("other", "2015")]


def test_a_licence_granted_to_another_party_is_no_event_of_the_company():
    assert _types("In 2019 a licence was granted to Orange.") == []


def test_some_of_several_licences_awarded_and_kinds_of_licence():
    assert _types('In 2016 the firm was awarded three of the new "blue" permits.') == [("other", "2016")]
    assert _types("The ministry granted Halvard Timber a logging licence in 1958.") == [("other", "1958")]
    assert _types("In 1962 the state granted the company an import licence.") == [("other", "1962")]


# ------------------------------------------------ first exports to a market


def test_goods_first_shipped_or_exported_to_a_market_are_an_expansion():
    assert _types("Borsa cider was first shipped to Japan in 2011.") == [("expansion", "2011")]
    assert _types("From 1972 Tatra glass was exported to Sweden and Finland.") == [("expansion", "1972")]
    assert _types("In 1985 it began exporting its tractors to the United Kingdom.") == [("expansion", "1985")]
    assert _types("In 1990 it started to export to Mexico.") == [("expansion", "1990")]


def test_exports_through_a_named_importer_are_no_market_entry_of_this_rule():
    assert _types("In 1993 it began exporting to France through Vignobles Durand, a wine merchant.") != [
        ("expansion", "1993")]


# ------------------------------------------------ a unit told as the subject that opened or was completed


def test_a_unit_that_opened_or_was_completed_is_an_expansion():
    assert _types("A loading pier for barges of up to 3,000 tonnes opened in 1998.") == [("expansion", "1998")]
    assert _types("The new cold store, which holds frozen fish for export, was completed in March 2012.") == [
        ("expansion", "2012-03")]
    assert _types("In 1911 its branch line to the quarry was completed.") == [("expansion", "1911")]
    # a date carried from the sentence before
    assert _types("The lease on the Kinsale site was signed in 1880. A brewery on the site was opened two years later.") == [
        ("expansion", "1882")]


def test_a_unit_sold_closed_or_bought_is_no_opening():
    assert _types("The sale of the brewery was completed in 2005.") == []
    assert _types("The jetty was destroyed by a storm in 1990.") != [("expansion", "1990")]


# ------------------------------------------------ shares moved to another section of the exchange (a move to a
# board or market of its own stays as the earlier rounds read it)


def test_shares_moved_to_another_section_of_the_exchange_are_an_other_event_not_a_listing():
    assert _types("Its shares were promoted to the first section of the Osaka exchange in 1988.") == [("other", "1988")]
    assert _types("In 2003 the stock was transferred from the second section to the first section.") == [
        ("other", "2003")]
    assert _types("In 2012 it moved its listing to the first section of the Nagoya exchange.") == [("other", "2012")]


def test_a_move_with_an_offering_of_shares_stays_a_listing():
    assert _types("In May 2007 the shares moved to the first section of the Tokyo Stock Exchange, in an offering "
                  "that raised ¥4 billion.") == [
        ("ipo", "2007-05")]


# ------------------------------------------------ a unit or the company approved for export or authorised


def test_a_plant_approved_for_export_or_the_company_authorised_is_a_licence_event():
    assert _types("In 2014 Korean inspectors approved the Tacuarembó abattoir for export.") == [("other", "2014")]
    assert _types("The central bank authorised the company as an electronic money institution in May 2018.") == [
        ("other", "2018-05")]
    assert _types("In 2009 the Ostrava works was certified for export to Japan.") == [("other", "2009")]


def test_a_product_approved_by_name_is_not_read_by_this_rule():
    assert _types("In 2019 the regulator approved Lumaxia for sale in Brazil.") == []
