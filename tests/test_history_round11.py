"""History extractor, round 11 (issue 14): causes of wrong events read from blind8 to blind10,
each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ---------------------------------------------------------------- a listing "since" a year


def test_shares_that_have_traded_since_a_year_are_listed_in_that_year():
    assert _types("Between 2001 and 2004 it opened nine depots, and its shares have traded on the "
                  "Oslo Stock Exchange since 2012.") == [("ipo", "2012")]
    assert _types("It was set up in 1977, and its shares have been traded on the Vienna Stock Exchange "
                  "since 1994.") == [("ipo", "1994")]
    # the forms that were right before stay so
    assert _types("The firm was founded in 1961 by two chemists and has been listed on the Warsaw Stock "
                  "Exchange since 1998.") == [("founding", "1961"), ("ipo", "1998")]
    assert _types("Listed on the Oslo Stock Exchange since 1988, it fought off a bid from Nordventil in 1995.") == []


# ---------------------------------------------------------------- a unit or venture the company sets up


def test_a_unit_or_venture_the_company_sets_up_is_not_its_founding():
    # a unit named after the company, set up by it
    assert "founding" not in [t for t, _ in _types("In 2012 Acme set up Acme Polska.")]
    assert "founding" not in [t for t, _ in _types("In 1990 the company established Acme Inc. in New Jersey.")]
    # the company and a partner set up a venture
    assert "founding" not in [t for t, _ in _types(
        "In 2009 it and the Danish brewer Nordkorn set up Nordacme Brewing, in which Acme holds 55 per cent.")]
    assert "founding" not in [t for t, _ in _types(
        "In March 2011 Acme and Nordwind, a maker of pumps, agreed to set up Acme Nordwind Pumps.")]


def test_a_founder_who_bears_the_company_name_still_founds_it():
    assert _types("In 1962 Acme Jones, a clerk, set up Acme Trading at Onitsha.") == [("founding", "1962")]
    # "the founding family" is no act of the company
    assert _types("The company began in 1955 as a repair shop and is controlled by the founding Jones family.") == [
        ("founding", "1955")]


# ---------------------------------------------------------------- a subsidiary named in an apposition


def test_a_subsidiary_named_in_an_apposition_is_an_expansion():
    assert _types("A Brazilian subsidiary, Acme do Brasil Ltda., was set up in Curitiba in 2007.") == [
        ("expansion", "2007")]
    assert _types("A subsidiary, Acme (Suzhou) Precision Co., Ltd., was established in 2016 to serve carmakers.") == [
        ("expansion", "2016")]
    # the subsidiary of another party, sold, is no opening
    assert "expansion" not in [t for t, _ in _types("In 2016 it sold a subsidiary, Nordwind Pumps, to Valvex.")]


def test_a_site_named_with_a_chained_legal_form_opened_in_a_year():
    # "Pte. Ltd." ends no sentence, and its dots do not cut the description of the site
    assert _types("A trading office in Singapore, Acme Trading (Singapore) Pte. Ltd., opened in 2013.") == [
        ("expansion", "2013")]


# ---------------------------------------------------------------- goods the company bought


def test_ships_rigs_or_a_fleet_bought_are_no_acquisition():
    for sentence in (
        "In 2008 it bought seven second-hand Panamaxes from Nordwind Shipping for $180 million.",
        "In 2015 the company bought eight dry bulk ships for $200 million.",
        "Its first two drilling rigs were bought at auction in 1981.",
        "In 2012 the company bought its first hydraulic fracturing fleet.",
    ):
        assert "acquisition" not in [t for t, _ in _types(sentence)], sentence


def test_a_company_that_owns_ships_bought_is_an_acquisition():
    assert _types("In 2011 it bought Nordwind Shipping, the owner of six tankers.") == [("acquisition", "2011")]
    assert _types("In 2009 it bought two companies, Valvex and Nordkorn.") == [("acquisition", "2009")]


# ---------------------------------------------------------------- a year of another part of the sentence


def test_a_founder_described_with_other_years_founds_in_the_year_of_the_founding():
    # an American date: its comma is no end of the trigger's part
    assert _types("Hugo Brandt (1902–1977), a former clerk, founded Brandt & Sons on May 3, 1931.") == [
        ("founding", "1931-05-03")]
    # a range in the founder's description, the founding's own date in its part
    assert _types("Li Wen, a chemist who had worked at Valvex from 1995 to 2003, founded Acme Batteries on "
                  "9 April 2004 with two colleagues.") == [("founding", "2004-04-09")]
    # a range that dates the trigger stays its date
    assert _types("Between 2010 and 2014 it opened nine stores in Norway.") == [("expansion", "2010")]


# ---------------------------------------------------------------- a unit merged into the company's own


def test_a_unit_merged_into_the_company_own_is_no_merger():
    assert _types("Nordwind, a maker of wool socks, was merged into Acme's own sock range in 2016.") == []
    assert _types("In 2016 Nordwind was merged into its own hosiery division.") == []
    # the company merged into another, or with another, is
    assert _types("In 1998 Acme was merged into Valvex Holdings.") == [("merger", "1998")]
    assert _types("In 2004 Acme merged with Nordkorn to form Nordacme.") == [("merger", "2004")]


# ---------------------------------------------------------------- a closure for a time


def test_a_closure_for_a_time_is_no_divestiture():
    assert _types("The plant was temporarily closed in 2011 after a flood.") == []
    assert _types("The Hull depot was shut for six weeks in 2018 during a strike.") == []
    # its job losses stay an event; a closure for good stays one
    assert [t for t, _ in _types("All its cafes were closed during the lockdown of April 2020, and 90 jobs were "
                                  "cut that year.")] == ["layoffs"]
    assert _types("In 2011 the company closed its Leeds plant.") == [("divestiture", "2011")]


def test_an_event_table_row_matches_the_gold_quote_of_its_stripped_cells():
    """The scorer reads a table row's cell separators (" – ") as spaces, as the gold quotes a
    row by its stripped cells; a quote of another row still misses."""
    from kg.evaluation.events import match
    from kg.evaluation.predictions import Prediction

    row = Prediction(type="acquisition", date="2008", sentence="2008 – Cairnhill Outfitters – United Kingdom – £14 million",
                     section="History > Acquisitions", participants=())
    item = {"type": "acquisition", "date": "2008", "evidence": "Cairnhill Outfitters  United Kingdom  £14 million"}
    assert match([row], [item], strict=True) == [(0, 0)]
    other = dict(item, evidence="Cairnhill Outfitters  United Kingdom  £15 million")
    assert match([row], [other], strict=False) == []
