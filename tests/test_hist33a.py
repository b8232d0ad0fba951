"""History extractor, round 33 (hist33a): precision of event types, each rule on sentences
written for the test: a pluperfect relative clause without a year of its own, a thing sold to
the company's customer ("sold it its whey"), an investor's share "of the company", a purchase of
goods by weight or of a bare commodity, a plot of land bought, and the deal an events table tells
in a party cell's note or an "Event" column."""

from __future__ import annotations

from kg.extractors.history import events
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_history_round10 import _types

# ---------------------------------------------------------------- a pluperfect relative clause


def test_an_undated_pluperfect_relative_clause_tells_no_event_of_the_sentence_date():
    # the sale is the event; the purchase "which it had bought" has no date of its own
    assert _types("The company sold its cheese plant at Gorna, which it had bought with the Vratsa dairy, "
                  "to the Sofia food group Balkanmilk in May 2012 for €4 million.") == [("divestiture", "2012-05")]
    assert _types("In 2009 the state stopped the export of barley, and the company, which had bought "
                  "barley forward for its malting customers, made a loss.") == []
    assert _types("On 4 March 1981 he founded the company in Ciudad Bolívar, and started with three "
                  "tugs that he had bought in Trinidad.") == [("founding", "1981-03-04")]


def test_a_pluperfect_relative_clause_with_a_year_of_its_own_keeps_its_purchase():
    assert ("acquisition", "2004") in _types(
        "In 2015 the company sold Tarnow Foods, a bakery which it had bought in 2004, to Orlen Foods.")


def test_that_after_a_verb_of_saying_opens_no_relative_clause():
    assert _types("In July 2011 the company announced that it had acquired the sensor maker Kelvix Inc.") == [
        ("acquisition", "2011-07")]


# ---------------------------------------------------------------- "sold it its ...": the company bought


def test_selling_goods_to_the_company_is_no_sale_of_the_company():
    assert _types("The company sold its whey plant to Danfeed of Aarhus in 2019 and has since sold it "
                  "its whey under contract.") == [("divestiture", "2019")]


def test_selling_the_company_itself_stays_its_acquisition():
    assert _types("In 2016 Harbour Holdings sold it to the Oslo fund Nordkapital.") == [("acquisition", "2016")]
    assert _types("Harbour Holdings sold it the following year to Nordkapital.") == []  # no year written
    assert _types("In 2016 Harbour Holdings sold it the following year to Nordkapital, after a bidding war.") \
        in ([("acquisition", "2016")], [("acquisition", "2017")])


# ---------------------------------------------------------------- "it bought N per cent of the company"


def test_an_investor_told_as_it_buying_a_share_of_the_company_is_a_funding_round():
    assert _types("The Nordic Investment Bank lent US$20 million in May 2008. A year later it bought "
                  "12 per cent of the company for US$7 million, in new shares.") == [
        ("funding_round", "2008-05"), ("funding_round", "2009")]


def test_the_company_buying_a_share_of_another_named_company_stays_an_acquisition():
    assert _types("In 2011 it bought 12 per cent of the company Tervo Mills Oy for €3 million.") == [
        ("acquisition", "2011")]


# ---------------------------------------------------------------- goods, commodities and plots bought


def test_goods_bought_by_weight_or_a_bare_commodity_bought_is_no_acquisition():
    assert _types("In the 2021 season it bought about 30 million kilograms, a fifth of the crop.") == []
    assert _types("A frost in 2019 cut its own harvest by half, and it bought coffee from Honduras "
                  "and Peru to supply its roasters.") == []


def test_a_quota_or_a_business_bought_by_weight_stays_an_acquisition():
    assert _types("In 2014 the company bought 2,000 tonnes of cod quota from Nordfisk for NOK 90 million.") == [
        ("acquisition", "2014")]
    assert _types("In 2012 Acme bought Kandy Hills Factory, a factory that bought leaf from "
                  "2,000 smallholders, for Rs. 300 million.") == [("acquisition", "2012")]


def test_a_plot_of_land_bought_is_no_acquisition():
    assert _types("In 1992 the company bought a riverside plot at Tema.") == []
    assert _types("In 1994 the company bought land at Kumasi.") == []


# ---------------------------------------------------------------- the deal a table row tells


def _table(header: str, rows: list[str], heading: str = "Acquisitions and disposals") -> list:
    body = "\n".join(f"|-\n{row}" for row in rows)
    text = (f"'''Harrow Freight Group''' is a trucking company.\n\n== {heading} ==\n{{| class=\"wikitable\"\n"
            f"{header}\n{body}\n|}}\n")
    page = Page(title="Harrow Freight Group", revision=1, wikitext=text)
    return sorted((e.type, e.date.iso) for e, _ in events(parse_article(page)))


def test_a_note_in_the_party_cell_names_the_deal_of_the_row():
    assert _table("! Date !! Company or asset !! Counterparty !! Price",
                  ["| 2012 || Kestrel Haulage Ltd (sold) || Transmar || €4 million",
                   "| 2014 || Moss Depots Ltd (acquired) || Vik family || €2 million"]) == [
        ("acquisition", "2014"), ("divestiture", "2012")]


def test_an_event_column_names_the_deal_of_the_row():
    assert _table("! Year !! Company !! Event !! Amount",
                  ["| 1998 || Tarn Cargo (fleet) || Acquired || US$6 million",
                   "| 2005 || Harrow Logistics Ltd || Founded in Leeds || –",
                   "| 2020 || Harrow Iberia S.L. || Sold to Transportes Ebro || €8 million"],
                  heading="Subsidiaries and disposals") == [("acquisition", "1998"), ("divestiture", "2020")]


# ---------------------------------------------------------------- a sanction dated by the incident before it


def test_a_fine_with_no_year_after_a_spill_or_strikes_is_not_dated_by_them():
    assert _types("A tanker of the company spilled crude oil into the Orinoco near Caicara in 2014, "
                  "and it was fined in Colombia for the accident.") == []
    assert _types("Disputes over overtime have led to strikes in 2003 and 2019, and the company has been "
                  "fined for dumping ash into the bay.") == []


def test_a_fine_with_a_year_of_its_own_after_a_spill_stays():
    assert ("fine", "2016") in _types("A tanker of the company spilled crude oil into the Orinoco in 2014, "
                                      "and it was fined US$2 million in 2016 for the accident.")
