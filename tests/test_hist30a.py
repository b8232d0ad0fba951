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


# ---------------------------------------------------------------- a first sale to a named trade buyer


def test_a_first_sale_or_export_to_a_named_trade_buyer_is_a_partnership():
    assert _types("The first harvest, 31 tonnes, was sold in early 1985 to the Brisk exporter Orrin Mariscos, which "
                  "froze it and shipped it to Miami.") == [("partnership", "1985")]
    assert _types("Exports to Japan began in 2004 through the Osaka food importer Orrin Shokuhin, which sold the "
                  "water to convenience-store chains.") == [("partnership", "2004")]
    assert _types("In 1988 the company exported under its own name, its first containers going to the Houston "
                  "importer Orrin Seafood.") == [("partnership", "1988")]
    assert _types("In 1988 the combine made its first sale abroad, 60 tonnes of cashmere, to the Japanese trading "
                  "house Quarrow & Co.") == [("partnership", "1988")]


def test_first_exports_to_a_place_stay_an_expansion_and_a_business_sold_a_divestiture():
    assert _types("The first container of frozen fillets left for the United States in October 1996.") == [
        ("expansion", "1996-10")]
    assert _types("In 2001 Acme sold its sugar business to Orrin Foods.") == [("divestiture", "2001")]
    assert _types("In 2001 the harvest business was sold to Orrin Foods.") == [("divestiture", "2001")]
    # a buyer named for another purpose, or far from the first sale, is not read as its buyer
    assert "partnership" not in [t for t, _ in _types(
        "In 1996 it opened its first shop in Brisk, selling its first harvest of the new wine there, and in 1998 "
        "it was bought by the Orrin wine merchant Quarrow Holdings.")]


# ---------------------------------------------------------------- a company formed with its owners' shares told


def test_a_company_formed_with_the_partners_shares_told_is_a_joint_venture():
    assert _types("In February 2020 Acme and the Brisk operator Orrin Juegos S.A.S. formed Acme Colombia S.A.S., in "
                  "which Acme holds 60 per cent, to run a betting site.") == [("joint_venture", "2020-02")]
    assert _types("In March 2012 the company and the resin maker Orrin Resins formed Quarrow Shell Oils, Lda., 60 per "
                  "cent owned by Acme, to extract oil from the shells.") == [("joint_venture", "2012-03")]
    # the partner named after a place the venture was formed in
    assert _types("In 2011 Acme formed Acme Oman L.L.C. in Muscat with the trading group Orrin Enterprises.") == [
        ("joint_venture", "2011")]


def test_a_unit_set_up_alone_stays_an_expansion():
    assert _types("In 2015 Acme set up Acme Logistics, a wholly owned subsidiary, in Brisk.") == [("expansion", "2015")]


# ---------------------------------------------------------------- "since <month> <year>" after a perfect


def test_a_state_since_a_month_dates_the_listing_by_that_month():
    assert _types("It was equitised in 2004 and has been listed on the Brisk Stock Exchange since December "
                  "2007.") == [("ipo", "2007-12")]
    assert _types("Acme began service in 2008 and has been listed on the Brisk Securities Exchange since June "
                  "2015.") == [("expansion", "2008"), ("ipo", "2015-06")]
    # a bare year after "since" already read so
    assert _types("It was equitised in 2004 and has been listed on the Brisk Stock Exchange since 2007.") == [
        ("ipo", "2007")]
