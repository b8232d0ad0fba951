"""History extractor, round 24 (issue 14): the company's change of state and of premises, read as
`other` events; each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- privatisation of the company


def test_the_company_privatised_is_an_other_event():
    assert _types("It was privatised under the voucher programme in 1993.") == [("other", "1993")]
    assert _types("The company was fully privatised in 2004 under the state's sell-off law.") == [("other", "2004")]
    assert _types("In 1992, 61 per cent of its shares were distributed in the first wave of voucher "
                  "privatisation.") == [("other", "1992")]


def test_a_planned_or_a_past_privatisation_or_one_of_another_party_is_no_event():
    assert _types("The mill was to be privatised in 1996, but the sale failed.") == []
    assert _types("The government planned to privatise the company in 2001.") == []
    assert _types("In 1995 the state privatised the Ruse port.") == []
    assert _types("It was the largest company in the region until it was privatised in 1994.") == []


def test_a_privatisation_told_again_as_the_sale_to_a_buyer_is_the_sale():
    assert _types("It was privatised in 1996. In March 1996 the state fund sold 51 per cent of the company "
                  "to Kornet Holding.") == [("acquisition", "1996-03")]


def test_a_founding_in_the_sentence_of_a_privatisation_stays_the_founding():
    assert ("founding", "1951") in _types("Founded in 1951 as the state enterprise Borsodi, the company was "
                                          "privatised in the 1990s.")


# ---------------------------------------------------------------- the company's premises moved


def test_the_company_or_its_offices_moved_to_new_premises_is_a_relocation():
    assert _types("In 1991 the firm moved to the Mervue Business Park.") == [("other", "1991")]
    assert _types("Its offices moved from Leeds to York in 1951.") == [("other", "1951")]
    assert _types("In 1988 the company moved to the former Rank building in Hove.") == [("other", "1988")]


def test_a_move_to_a_market_or_an_exchange_or_a_plan_is_no_relocation():
    assert _types("In 2012 the firm moved to the AIM market.") == []
    assert _types("In 2003 the company moved into new markets in Asia.") == []
    assert _types("The company plans to move to the Docklands in 2025.") == []


# ---------------------------------------------------------------- a unit of the company told as the subject


def test_a_unit_that_begins_operation_or_is_added_or_put_up_is_an_expansion():
    assert _types("The plant's two units were synchronised with the grid on 14 April 2013.") == [
        ("expansion", "2013-04-14")]
    assert _types("The upper plant did not begin commercial operation until October 2020.") == [
        ("expansion", "2020-10")]
    assert _types("The Kivu plant began commercial production in 2011.") == [("expansion", "2011")]
    assert _types("A second production building was added in 1971.") == [("expansion", "1971")]
    assert _types("Two hectares of greenhouses went up in 1988.") == [("expansion", "1988")]
    assert _types("In 1987 a third borehole was sunk.") == [("expansion", "1987")]


def test_a_unit_expected_to_begin_or_burnt_is_no_expansion():
    assert _types("The plant was expected to begin commercial operation in 2015.") == []
    assert _types("In 1990 the warehouse went up in flames.") == []
    assert _types("The mill was to start production in 1962, but the money ran out.") == []


# ---------------------------------------------------------------- a natural disaster that strikes the company's site


def test_a_disaster_that_strikes_the_companys_site_is_an_other_event():
    assert _types("The Ardahan earthquake of 12 March 1979 cracked the roof of the bottling hall.") == [
        ("other", "1979-03-12")]
    assert _types("Hurricane Ivo wrecked the company's drying sheds in 2002.") == [("other", "2002")]
    assert _types("In 2004 a flood hit the firm's mill at Ravensworth.") == [("other", "2004")]
    assert _types("Floods in June 2016 put its Lowell warehouse out of action for a month.") == [("other", "2016-06")]


def test_a_disaster_that_strikes_no_site_of_the_company_is_no_event():
    assert _types("Cyclone Ivo struck the north coast on 3 March 1994, cutting the harvest by a third.") == []
    assert _types("Demand rose after the 1966 Tashkent earthquake destroyed much of the old city.") == []
    assert _types("Engineers warned in 2011 that a flood could damage the plant.") == []


# ---------------------------------------------------------------- the company licensed, certified or handed to a ministry


def test_the_company_or_its_site_certified_or_licensed_is_an_other_event():
    assert _types("It began exporting tea in 2008. A year later the company was certified under Fairtrade "
                  "standards.") == [("other", "2009")]
    assert _types("In 2019 the Nyeri estate was accredited by Rainforest Alliance.") == [("other", "2019")]
    assert _types("It received a certificate of compliance from Lloyd's Register in May 2017.") == [
        ("other", "2017-05")]
    assert _types("In 2005 it was awarded ISO 14001 certification.") == [("other", "2005")]


def test_a_licence_told_as_following_or_an_export_licence_granted_is_an_other_event():
    assert _types("The dam was finished in 2011. The generation licence followed that December.") == [
        ("expansion", "2011"), ("other", "2011-12")]
    assert _types("The first mining permit followed in 2003.") == [("other", "2003")]
    assert _types("In 1981 the government granted Cafexa an export licence.") == [("other", "1981")]


def test_a_certification_of_another_company_or_a_hope_is_no_event():
    assert _types("Its rival Kenmare was certified under Fairtrade standards in 2010.") == []
    assert _types("The company hoped to be certified under Fairtrade standards by 2012.") == []


def test_the_company_handed_to_a_ministry_is_an_other_event():
    assert _types("In 1958 the combine was transferred to the ministry of industry.") == [("other", "1958")]
    assert _types("In 1931 the works was subordinated to the people's commissariat of heavy industry.") == [
        ("other", "1931")]
    assert _types("In 1994 it was handed over to the state property fund.") == [("other", "1994")]


# ---------------------------------------------------------------- a unit's start told in a relative clause


def test_a_relative_clause_that_starts_the_unit_a_loan_or_a_purchase_was_for_is_an_expansion():
    assert ("expansion", "2013-09") in _types(
        "The World Bank lent it US$40 million in 2012 for a soluble-coffee plant at Pitalito, which went into "
        "production in September 2013.")
    assert ("expansion", "2012") in _types(
        "In 2010 the company signed a contract with Valmet for a new tissue line, which started production in 2012.")
    assert ("expansion", "2016-05") in _types(
        "In 2014 it bought land at Kalamata for a bottling plant, which opened in May 2016.")
    assert ("expansion", "2008") in _types(
        "In 2005 it raised €20 million to pay for a biomass boiler, which came on stream in 2008.")


def test_a_relative_clause_after_another_companys_unit_is_no_expansion():
    assert "expansion" not in [t for t, _ in _types("In 2012 it won a contract for a Siemens plant, which opened in 2015.")]
    assert "expansion" not in [t for t, _ in _types(
        "In 2009 it supplied turbines for the Kariba plant, which opened in 2013.")]
