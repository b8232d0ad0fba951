"""History extractor, round 20 (issue 14): the second event of one sentence, told without its
verb (the object of the verb before, with a date of its own), each rule on sentences written for
the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ------------------------------------------------ "... X in 2008 and Y the following year"


def test_an_object_after_and_dated_relative_to_the_first_repeats_its_event():
    assert _types("The bank entered Ghana in June 2011 and Liberia the following year.") == [
        ("expansion", "2011-06"), ("expansion", "2012")]
    assert _types("It opened a depot in Leeds in 1994 and one in Glasgow two years later.") == [
        ("expansion", "1994"), ("expansion", "1996")]
    assert _types("The retailer entered Austria in 2005 and Hungary three years later.") == [
        ("expansion", "2005"), ("expansion", "2008")]


def test_an_object_after_and_with_a_year_of_its_own_and_a_longer_name_repeats_its_event():
    assert _types("The group bought Harlow Mills in 2001 and the old Danish pet food maker Agrotek in 2003.") == [
        ("acquisition", "2001"), ("acquisition", "2003")]
    assert _types("It opened a plant in Ohio in 1988 and a much larger new plant near Monterrey in 1992.") == [
        ("expansion", "1988"), ("expansion", "1992")]
    assert _types("The firm bought Nordlys Data in 2006 and the small Swedish software consultancy Kvarn Partners in 2009.") == [
        ("acquisition", "2006"), ("acquisition", "2009")]


# ------------------------------------------------ "... Latvia in 2012, Lithuania in 2013 and Poland in 2019"


def test_a_list_of_names_each_with_its_year_repeats_the_event_for_each():
    assert _types("It entered Chile in 2010, Peru in 2012 and Colombia in 2015.") == [
        ("expansion", "2010"), ("expansion", "2012"), ("expansion", "2015")]
    assert _types("The chain opened stores in Denmark in 1999, Norway in 2001, Finland in 2004 and Iceland in 2006.") == [
        ("expansion", "1999"), ("expansion", "2001"), ("expansion", "2004"), ("expansion", "2006")]
    assert _types("The company acquired Brightline in 2014, Corvex Systems in 2016 and Maple Data in 2019.") == [
        ("acquisition", "2014"), ("acquisition", "2016"), ("acquisition", "2019")]


def test_a_name_with_a_year_after_a_comma_that_is_no_list_starts_no_event():
    # the subject of a new clause, not an object of the verb before
    assert _types("It entered Chile in 2010, a year after its listing.") == [("expansion", "2010")]
    assert _types("In 2010 it entered Chile, where it opened 12 stores.") == [("expansion", "2010")]


# ------------------------------------------------ "..., and a further loan of US$60 million from X followed in 2023"


def test_a_long_subject_before_followed_and_a_date_is_an_event_of_its_own():
    assert _types("In March 2016 the [[World Bank]] lent the utility US$80 million for new pipes, and a second "
                  "loan of US$45 million from the [[Asian Development Bank]] followed in 2018.") == [
        ("funding_round", "2016-03"), ("funding_round", "2018")]
    assert _types("The company opened its first mill at Ballarat in 1921, and a spinning plant at Geelong, "
                  "built for £40,000, followed three years later.") == [("expansion", "1921"), ("expansion", "1924")]
    assert _types("It took the name Nordhavn Shipping in March 2001, and a charter agreement with "
                  "[[Maersk Line]] for its four reefer ships followed in June.") == [
        ("rename", "2001-03"), ("partnership", "2001-06")]


def test_followed_by_names_what_came_next_and_starts_no_event():
    assert _types("In 2012 it bought [[Harlow Mills]], and the integration of the two businesses followed by a "
                  "reorganisation took two years.") == [("acquisition", "2012")]


# ------------------------------------------------ the object's own part ends at ", and" after its year


def test_a_predicate_after_the_dated_object_does_not_hide_the_object():
    assert _types("It bought Nordlys Data in 2006 and the Swedish consultancy Kvarn Partners in 2009, and by then "
                  "it had 300 staff.") == [("acquisition", "2006"), ("acquisition", "2009")]
    assert _types("The bank entered Ghana in 2011 and Liberia the following year, and its staff had doubled by 2014.") == [
        ("expansion", "2011"), ("expansion", "2012")]
    assert _types("The chain opened stores in Denmark in 1999 and the Faroe Islands in 2003, and sales had "
                  "tripled by the end of the decade.") == [("expansion", "1999"), ("expansion", "2003")]
