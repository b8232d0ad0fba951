"""History extractor, round 19 (issue 14): precision rules, each on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types


def test_the_end_of_an_agreement_is_an_other_event_not_a_new_partnership():
    assert _types("The distribution agreement with Halvorsen ended in 2016, when the company set up its own sales arm.") == [
        ("other", "2016")]
    assert _types("In 2011 Acme ended its licence agreement with Bolt Motors.") == [("other", "2011")]
    assert _types("The supply contract with the national railway expired in 1999.") == [("other", "1999")]
    assert _types("Its franchise with Cara was terminated in March 2004.") == [("other", "2004-03")]
    assert _types("Its contract with Telenor expired in 2019.") == [("other", "2019")]


def test_an_agreement_signed_or_renewed_and_an_end_told_as_a_circumstance_stay_as_they_were():
    assert _types("In 2005 Acme signed a distribution agreement with Halvorsen.") == [("partnership", "2005")]
    assert _types("The contract was renewed in 2013.") == [("partnership", "2013")]
    assert ("other", "2013") not in _types(
        "A branch was set up in 2012 to drill wells; it was closed the following year when the contract ended.")
    assert _types("After the licence expired in 1998, the company built its own engines.") == []


def test_a_year_after_since_at_least_is_a_state_not_the_date_of_a_later_act():
    assert _types("The company admitted on 12 March 2021 that its laboratory had misreported test results since at "
                  "least 2014, and recalled the affected batches.") == [("recall", "2021-03-12")]
    assert _types("In May 2019 Acme said that rice from other regions had been blended into its premium range since "
                  "as early as 2011, and withdrew the range from sale.") == [("recall", "2019-05")]
    assert _types("Acme has made its own engines since 1962, and it recalled 4,000 of them in June 2020.") == [
        ("recall", "2020-06")]


def test_a_month_written_in_the_trigger_part_dates_it_over_a_range_that_opens_the_sentence():
    assert _types("In the crisis years 2008–09, when sales fell by a third, it borrowed US$20 million from the Hanse Bank "
                  "in May 2009.") == [("funding_round", "2009-05")]
    assert _types("Between 2004 and 2008, when the market grew fast, Acme bought Bolt Foods in June 2006.") == [
        ("acquisition", "2006-06")]
    # a range that is the trigger's own stays the date
    assert _types("The company was listed on the Oslo Stock Exchange from 1996 to 2007.") == [("ipo", "1996")]


def test_the_year_a_state_began_does_not_date_the_act_after_until_that_ended_it():
    assert _types("It was controlled by the private-equity firm Bolt Capital from 2011 until its shares were listed on "
                  "the Oslo Stock Exchange in May 2016, the largest flotation in Oslo that year.") == [("ipo", "2016-05")]
    assert _types("It was owned by the state from 1991 until it was bought by Bolt Holdings in March 1998.") == [
        ("acquisition", "1998-03")]
    assert _types("The family ran the mill from 1921 until 1960, when it was sold to Bolt Foods.") == [
        ("acquisition", "1960")]
