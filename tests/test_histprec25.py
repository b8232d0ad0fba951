"""History extractor, round 25 (issue 14): precision. Each rule on sentences written for the test,
about invented companies."""

from __future__ import annotations

from kg.extractors.history import found_events
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_history_rules import LEAD


def _read(history: str) -> list[tuple[str, str]]:
    found = found_events(parse_article(Page("Acme Corp", LEAD + "==History==\n" + history + "\n")))
    return [(f.event.type, f.event.date.iso) for f in found]


# ---------------------------------------------------------------- a step told "later" has no date of its own


def test_a_step_told_later_in_a_clause_without_a_year_is_not_dated_by_the_earlier_step():
    # the year is the leak's; the suit came later, undated
    assert ("lawsuit", "2016-08") not in _read(
        "In August 2016 a storage tank at the Tarvel works leaked acid into a stream, and more than a hundred "
        "farmers later sued the company.")
    assert ("fine", "2019") not in _read(
        "In 2019 a batch of its cheese was found to carry listeria and was withdrawn from shops; "
        "the company was later fined for failings in its testing.")
    assert ("acquisition", "1994") not in _read(
        "In 1994 Acme opened a warehouse at Dorvik, and it later bought Halden Freight.")


def test_a_later_step_with_a_date_of_its_own_is_kept():
    assert ("acquisition", "1998") in _read("Acme opened a warehouse at Dorvik in 1994, and it later bought "
                                            "Halden Freight in 1998.")
    assert ("acquisition", "1996") in _read("Acme opened a warehouse at Dorvik in 1994, and it bought "
                                            "Halden Freight two years later.")
    assert ("acquisition", "1994") in _read("In 1994 Acme bought Halden Freight, which later became its "
                                            "largest unit.")


# ---------------------------------------------------------------- a deal told as a plan after its noun


def test_a_deal_said_to_be_planned_or_proposed_is_no_event():
    assert not [t for t, _ in _read("A purchase of the Latvian software firm Ozolsoft was planned for the "
                                    "following year, but talks collapsed in October 2008.") if t == "acquisition"]
    assert not [t for t, _ in _read("In 2015 a merger with Brindle Logistics was proposed by its largest "
                                    "shareholder.") if t == "merger"]


def test_a_deal_told_as_done_is_kept():
    assert ("acquisition", "2009") in _read("In 2009 Acme bought the Latvian software firm Ozolsoft, as the "
                                            "board had decided.")
    assert ("acquisition", "2009") in _read("The purchase of the Latvian software firm Ozolsoft was completed "
                                            "in 2009.")


# ---------------------------------------------------------------- sales figures are no divestiture


def test_units_or_copies_sold_are_a_sales_figure_not_a_divestiture():
    assert ("divestiture", "2005") not in _read("Its first game, Nightwharf, was released in 2005 and sold "
                                                "1.4 million copies.")
    assert _read("In 2005 the company sold 40,000 cars in Spain.") == []
    assert ("divestiture", "2011") not in _read("In 2011 Acme sold more than 2 million bottles of its cider.")


def test_a_business_sold_is_still_a_divestiture():
    assert _read("In 2005 the company sold its Spanish car plant to Brindle Motors.") == [("divestiture", "2005")]
    assert ("divestiture", "2012") in _read("In 2012 Acme sold 60 per cent of its bottling unit to Harlow Drinks.")


# ---------------------------------------------------------------- a currency floated is no listing


def test_a_currency_floated_is_no_listing_of_the_company():
    assert _read("The flotation of the Egyptian pound in November 2016 cut its margins for two years.") == []


def test_the_company_floated_is_still_a_listing():
    assert _read("The flotation of the company on the Cairo exchange in November 2016 raised EGP 2 billion.") == [
        ("ipo", "2016-11")]
    assert _read("In 1996 Acme was floated on the London Stock Exchange.") == [("ipo", "1996")]
