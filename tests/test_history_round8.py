"""History extractor, round 8 of issue 14: rule groups kept for causes seen in at least three
articles of at least two development sets, each on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _roles, _summary

# ---------------------------------------------------------------- a customer's order or choice


def test_another_partys_order_is_an_order_the_company_received():
    history = ("== History ==\n"
               "[[Nordbahn]] ordered 14 trams from it in 1998.\n\n"
               "In 2004 [[Ferrovia Sul]] ordered its first low-floor train.\n\n"
               "The [[Royal Danish Navy]] placed its first large order with the company in 1951.\n")
    evs = _events(history)
    assert _summary(evs) == [("partnership", "1998"), ("partnership", "2004"), ("partnership", "1951")]
    assert _roles(evs[0]) == {("Nordbahn", "partner")}
    assert evs[0].label == "Order from Nordbahn"


def test_a_customer_that_chose_the_company_is_a_partner():
    history = ("== History ==\n"
               "[[Vestavind]] chose Acme in 2015 to supply 40 turbines for two wind farms.\n\n"
               "In 2019 [[Statkraft]] chose the company to build three substations.\n")
    evs = _events(history)
    assert _summary(evs) == [("partnership", "2015"), ("partnership", "2019")]
    assert _roles(evs[1]) == {("Statkraft", "partner")}


def test_the_companys_own_order_and_an_order_from_another_maker_stay_apart():
    history = ("== History ==\n"
               "In 2012 it ordered 40 aircraft from [[Boeing]].\n\n"
               "In 2014 [[Lufthansa]] ordered 20 aircraft from [[Airbus]].\n\n"
               "In 2016 the [[Labour Inspectorate]] ordered its first inspection of the yard.\n")
    evs = _events(history)
    assert [(e.type, e.date.iso) for e in evs] == [("other", "2012")]  # its own order, not a customer's


# ---------------------------------------------------------------- rows of an event table


def test_a_row_and_its_prose_telling_are_one_event_whatever_the_legal_form():
    history = ("In 2003 Acme bought Nordhavn Stål, a steel stockholder in Esbjerg.\n\n"
               "=== Major acquisitions ===\n"
               "{| class=\"wikitable\"\n! Year !! Company !! Country !! Price\n|-\n"
               "| 2003 || Nordhavn Stål ApS || Denmark || DKK 40 million\n|-\n"
               "| 2009 || Fonderia Brenta S.p.A. || Italy || €12 million\n|}\n"
               "In 2009 it bought Fonderia Brenta, a foundry near Padua.\n")
    evs = [e for e in _events(history) if e.type == "acquisition"]
    assert sorted(e.date.iso for e in evs) == ["2003", "2009"]


def test_a_row_read_again_as_a_sentence_is_the_tables_event():
    # the row's notes read as prose ("Bought from the Lind family", "bought out Acme") are
    # the table's own event, typed by the table; a note about another year stays an event
    history = ("=== Divestitures ===\n"
               "{| class=\"wikitable\"\n! Year !! Business !! Buyer !! Price !! Notes\n|-\n"
               "| 2012 || 50% of Kestrel Sonar || [[Thales Group|Thales]] || $80 million || The partner bought out Acme\n|-\n"
               "| 2016 || Acme Test Systems || Management buyout || $20 million || Sold by Acme's managers in 2019\n|}\n")
    evs = _events(history)
    assert [(e.type, e.date.iso) for e in evs if e.date.iso in ("2012", "2016")] == [
        ("divestiture", "2012"), ("divestiture", "2016")]
    assert _roles(evs[0]) == {("Thales", "buyer")}
    assert _roles(evs[1]) == {("Acme Test Systems", "asset")}  # "Management buyout" names no buyer


def test_a_company_cell_with_its_town_names_the_company():
    history = ("=== Acquisitions ===\n"
               "{| class=\"wikitable\"\n! Date !! Company !! Business !! Price\n|-\n"
               "| 2011 || Boîtiers Rey SA, [[Le Brassus]] || Watch cases || CHF 8 million\n|}\n")
    evs = _events(history)
    assert [(e.type, e.label) for e in evs] == [("acquisition", "Acquisition of Boîtiers Rey SA")]  # its legal form kept


# ---------------------------------------------------------------- the company supplied or leased to a customer


def test_goods_supplied_or_leased_to_a_named_customer_are_a_supply_agreement():
    history = ("== History ==\n"
               "In 1971 it leased six tankers to [[Norsk Hydro]].\n\n"
               "From 1983 the company supplied the braking systems for [[Alstom]]'s high-speed trains.\n\n"
               "In May 2012 Acme agreed to supply 40,000 tonnes of copper over five years to the trader [[Trafigura]].\n")
    evs = _events(history)
    assert _summary(evs) == [("partnership", "1971"), ("partnership", "1983"), ("partnership", "2012-05")]
    assert [e.label for e in evs] == ["Supply agreement with Norsk Hydro", "Supply agreement with Alstom",
                                      "Supply agreement with Trafigura"]
    assert _roles(evs[2]) == {("Trafigura", "partner")}


def test_a_timeline_entry_that_begins_supplying_a_customer_is_a_supply_agreement():
    history = "== Timeline ==\n* '''1999''': Begins supplying displays for [[Nokia]] handsets.\n"
    assert [(e.type, e.date.iso, e.label) for e in _events(history)] == [
        ("partnership", "1999", "Supply agreement with Nokia")]


def test_a_sale_and_leaseback_or_a_suppliers_delivery_is_no_supply_agreement():
    history = ("== History ==\n"
               "In 2008 it sold 40 of its depots to [[Realty Income]] and leased them back.\n\n"
               "In 1990 [[Siemens]] supplied the turbines of its first power station to the group.\n\n"
               "Its first locomotives were supplied by [[Henschel]] in 1925.\n")
    assert [e for e in _events(history) if e.type == "partnership"] == []


# ---------------------------------------------------------------- a chief who left, told without a title


def test_a_chief_named_earlier_who_retired_is_a_leadership_change():
    history = ("== History ==\n"
               "In 2009 the founder handed the post of chief executive to Maria Lindgren, the head of sales.\n\n"
               "Lindgren retired on 30 June 2015.\n")
    evs = [e for e in _events(history) if e.date.iso == "2015-06-30"]
    assert [(e.type, e.label) for e in evs] == [("leadership_change", "Leadership change")]
    assert _roles(evs[0]) == {("Maria Lindgren", "person")}


def test_a_name_never_given_a_post_that_resigned_is_no_leadership_change():
    history = ("== History ==\n"
               "In 1990 the brothers hired the engineer Tom Kessler to design the first kiln.\n\n"
               "Kessler resigned in 1994.\n")
    assert [e for e in _events(history) if e.type == "leadership_change"] == []
