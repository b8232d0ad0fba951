"""History extractor, round 27 branch hist27a (issue 14): recall on sentences with a plain event
verb that a gate or a missing form kept out, and relative dates; each rule on sentences written for
the test (invented companies and people)."""

from __future__ import annotations

from kg.model import DateValue
from kg.text.narrative import explicit_date, relative_date
from tests.test_history_round10 import _types

# ---------------------------------------------------------------- counted and uncounted spans after a date


def test_months_and_years_counted_past_eleven_are_read():
    base = DateValue("2022-09", "month")
    assert relative_date("a second, in Leeds, followed thirteen months later", base).iso == "2023-10"
    assert relative_date("eighteen months later the plant closed", base).iso == "2024-03"
    assert relative_date("Fifteen years later it was sold", DateValue("1990", "year")).iso == "2005"
    assert _types("In September 2022 Brackwell opened its first shop in Japan, in Tokyo; a second, in Osaka, "
                  "followed thirteen months later.") == [("expansion", "2022-09"), ("expansion", "2023-10")]


def test_weeks_later_without_a_count_is_the_year_of_a_date_told_to_the_month():
    assert relative_date("Weeks later the company signed a supply contract", DateValue("2025-10-16", "day")).iso == "2025"
    assert relative_date("a few weeks later it signed", DateValue("2019-03", "month")).iso == "2019"
    assert _types("In March 2021 Brackwell opened a shop in Leeds. Weeks later the company agreed a five-year "
                  "supply contract with the retailer Tolvane.") == [("expansion", "2021-03"), ("partnership", "2021")]


def test_weeks_later_after_a_bare_year_gives_no_date():
    assert relative_date("Weeks later the company signed a supply contract", DateValue("2024", "year")) is None


def test_a_law_named_with_its_number_gives_no_date():
    date = explicit_date("The company was re-registered under the Companies Act No. 7 of 2007 in May 2008.")
    assert date is not None and date.iso == "2008-05"


# ---------------------------------------------------------------- a new legal form with a new name


def test_a_re_registration_with_a_new_name_is_a_rename():
    assert _types("In May 2007 the company re-registered as a public limited company, Brackwell Cocoa PLC.") == [
        ("rename", "2007-05")]
    assert _types("In June 2020 the company re-registered as a private company, Brackwell Cocoa Limited.") == [
        ("rename", "2020-06")]


def test_a_re_registration_without_a_name_or_a_first_registration_is_no_rename():
    assert _types("In May 2007 the company re-registered as a public limited company.") == [("other", "2007-05")]
    assert _types("The firm was registered as Brackwell Fiskeri A/S the same day in 1961.") == []


def test_a_conversion_dated_before_its_new_form_and_name_is_a_rename():
    assert _types("The partnership was converted in 1986 into a public limited company, Tolvane Cables S.A., "
                  "named after the river.") == [("rename", "1986")]


# ---------------------------------------------------------------- capacity added or installed


def test_units_and_machines_added_or_installed_are_an_expansion():
    assert _types("To fill the order, Brackwell installed 60 computerised knitting machines from Tolvane at its "
                  "Leeds mill in 2011.") == [("expansion", "2011")]
    assert _types("In 2009 the company installed a ring-spinning line supplied by Tolvane at the Hove site.") == [
        ("expansion", "2009")]
    assert _types("In 1983 the combine processed its first wool. A spinning shop with 2,400 spindles was added "
                  "three years later; it made yarn for export.") == [("product_launch", "1983"), ("expansion", "1986")]
    assert _types("Flights to Leeds, York and Hull were added in 2008.") == [("expansion", "2008")]


def test_a_name_added_to_a_list_an_officer_installed_or_a_purchase_is_no_added_capacity():
    assert _types("In 2014 Brackwell added a line of sweaters.") == []
    assert _types("In 2014 Brackwell was added to the FTSE 100 index.") == []
    assert _types("In 2015 Jan Tolvane was installed as chief executive.") == []
    assert _types("In 2016 Brackwell installed the core banking system of Tolvane.") == []
    assert "expansion" not in [t for t, _ in _types("In 1987 the Tolvane purchase added 41 shops in Scotland.")]


# ---------------------------------------------------------------- a strike told as the subject of what it did


def test_a_strike_that_lasted_ended_or_led_to_something_is_a_strike_also_after_another_event():
    assert _types("Brackwell was named in a British recall of tea in 2014; a strike at its Leeds estate lasted "
                  "more than three weeks in 2017.") == [("recall", "2014"), ("strike", "2017")]
    assert _types("In 2022 the competition authority fined Brackwell for overcharging, and a work-to-rule by its "
                  "pilots that July led to more than 200 cancelled flights.") == [("fine", "2022"), ("strike", "2022-07")]
    assert _types("A strike in 2019 ended with the dismissal of more than 200 workers.") == [("strike", "2019")]


def test_a_company_involved_in_a_strike_is_a_strike():
    assert _types("The company has been involved in a strike over unpaid wages in 2012, was fined for polluting "
                  "a river in 2016.") == [("strike", "2012"), ("fine", "2016")]


def test_the_end_of_a_strike_told_before_is_left_open():
    assert _types("The strike ended on 14 March 2019 when the union accepted a pay rise.") == []


# ---------------------------------------------------------------- one more unit that followed


def test_a_unit_or_route_that_followed_is_an_expansion_whatever_the_sentence_before_told():
    assert _types("In January 2016 Brackwell bought 60 per cent of Tolvane for US$3 million. A sales and repair centre in Suzhou "
                  "followed in 2017.") == [("acquisition", "2016-01"), ("expansion", "2017")]
    assert _types("Brackwell began flights to Istanbul in 2021. Flights to Tbilisi and Baku followed the next "
                  "year.") == [("expansion", "2021"), ("expansion", "2022")]
    assert ("expansion", "1998") in _types(
        "Its first spray dryer began taking milk in 1996. A second dryer, able to make base powder, followed two "
        "years later.")


def test_an_ordinal_told_with_its_name_that_followed_is_an_expansion():
    assert _types("In 2011 Brackwell opened two hotels. A third, Strathdon near Ella, followed in 2016.") == [
        ("expansion", "2011"), ("expansion", "2016")]


def test_a_contract_or_a_sale_that_followed_is_no_unit():
    assert _types("A heavy-maintenance contract with Tolvane's plant in Sofia followed in 2010.") == [
        ("partnership", "2010")]
    assert "expansion" not in [t for t, _ in _types("In 2009 Brackwell sold its Leeds plant. A second plant sale "
                                                    "followed in 2011.")]


# ---------------------------------------------------------------- the company's short name when its first word is short


def test_the_first_two_words_of_a_title_name_the_company_also_when_the_first_is_short():
    from kg.sources import Page
    from kg.text.mentions import company_names
    from kg.text.parse import parse_article

    text = ("'''Oru Tanvik Textiles''' is a maker of yarn.\n\n== History ==\nOru Tanvik opened a mill in 2001. "
            "Oru Tanvik bought a dye works in 2004. In 2020 Oru Tanvik cut 400 jobs at Leeds.\n")
    names = company_names(parse_article(Page("Oru Tanvik Textiles", text)))
    assert "oru tanvik" in names and "oru" not in names


def test_a_unit_named_after_at_or_in_is_the_place_of_what_followed_not_the_unit():
    assert "expansion" not in [t for t, _ in _types("A strike at the Leeds plant followed in 1980.")]
    assert "expansion" not in [t for t, _ in _types("A fire in the Leeds warehouse followed in 2011.")]
