"""History extractor, round 31 branch hist31d (issue 14): recall on expansion and other events;
each rule on sentences written for the test (invented companies and people)."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- licences and concessions of any kind


def test_a_licence_or_concession_the_company_obtained_is_a_licence_event():
    # scored as `other` (the licence variant), whatever adjective names its kind
    assert _types("In March 1991 the company obtained a twenty-year state concession over 40 hectares of "
                  "tidal flats.") == [("other", "1991-03")]
    assert _types("Orrin Bet received a Danish licence for its online casino from the gaming authority in "
                  "June 2015.") == [("other", "2015-06")]


def test_a_licence_to_make_another_partys_goods_is_no_licence_event():
    assert "other" not in [t for t, _ in _types(
        "In 2001 Acme obtained a licence from Valvex to build tractors.")]
    assert "other" not in [t for t, _ in _types(
        "In 2004 Acme received a licence for Valvex's braking technology.")]


def test_a_concession_agreement_signed_is_a_licence_event_not_a_partnership():
    assert _types("A 25-year concession agreement was signed in May 2009.") == [("other", "2009-05")]
    assert _types("The company signed a concession agreement in June 2017 for the Orrin river plant.") == [
        ("other", "2017-06")]


def test_the_companys_licences_renewed_or_its_concession_extended_is_a_licence_event():
    assert _types("In 2020 the port authority renewed the company's towage licences at Brisk for ten "
                  "years.") == [("other", "2020")]
    assert _types("In 2014 the government agreed to extend the concession by 20 years.") == [("other", "2014")]
    # a licence agreement renewed with a brand owner stays an agreement
    assert _types("In 2003 Acme renewed its licence agreement with Valvex.") == [("partnership", "2003")]


# ---------------------------------------------------------------- sales to a market that began or resumed


def test_sales_to_a_country_that_began_or_resumed_are_an_expansion():
    assert _types("Sales to Canada began under a new trade law in 1996.") == [("expansion", "1996")]
    assert _types("Sales to Egypt resumed in 2004 after the embargo was lifted.") == [("expansion", "2004")]


def test_the_year_a_concession_is_extended_to_after_a_comma_does_not_date_the_extension():
    # "agreed to extend ... by N years, to 2041": the year the term runs to, the event's date the context's
    assert _types("The new berths opened in 2015. In the same year the government agreed to extend the "
                  "concession by 20 years, to 2045.") == [("expansion", "2015"), ("other", "2015")]


def test_a_licence_for_patents_named_after_its_licensor_is_no_licence_event():
    assert _types("In 2006 Acme received a licence from Valvex for its pump patents.") == []
