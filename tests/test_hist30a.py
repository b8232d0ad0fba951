"""History extractor, round 30 branch hist30a (issue 14): precision and types on new text; each
rule on sentences written for the test (invented companies and people)."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- a law's year dates no trigger


def test_the_year_in_a_law_s_name_is_not_the_date_of_the_trigger():
    # the date reader already reads "the Water Act 1973" as a name; the trigger's date now does too
    assert _types("On 1 January 2016, under the Companies Act 2015, the company was re-registered as Acme "
                  "(Brisk) Pte Limited.") == [("rename", "2016-01-01")]
    assert _types("In March 2016, under the Water Act 1973, the regulator fined Acme.") == [("fine", "2016-03")]
    assert _types("In May 2019, under Law 31 of 1996, the ministry fined Acme.") == [("fine", "2019-05")]
    # a year of its own after the law still dates the event
    assert _types("Under the Orrin Act 1998, Acme was renamed Brisk Holdings in 1999.") == [("rename", "1999")]


# ---------------------------------------------------------------- an activity taken over is no purchase


def test_an_activity_taken_over_from_another_party_is_no_acquisition():
    assert _types("It took over the Australian distribution of its water from Orrin Traders in 2009.") == []
    assert _types("In 2011 the Danish group Quarrow took over distribution of the company's brands in Europe.") == []
    assert "acquisition" not in [t for t, _ in _types(
        "In May 2009 Acme set up its own marketing company, Acme Fruit Limited, which took over the sale of its "
        "avocados in Japan from the exporter Orrin Produce.")]
    # a contract to do the work for a client is the agreement it tells
    assert _types("In 2012 Acme took over the cleaning and maintenance of Brisk General Hospital under a five-year "
                  "contract.") == [("partnership", "2012")]


def test_a_business_or_company_taken_over_stays_an_acquisition():
    assert _types("In 2009 Acme took over Orrin Foods, a distributor in Brisk.") == [("acquisition", "2009")]
    assert _types("In 2009 Acme took over the Brisk sales company of Orrin.") == [("acquisition", "2009")]
    assert _types("In 2009 Acme took over the distribution business of Orrin.") == [("acquisition", "2009")]
