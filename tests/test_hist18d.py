"""History extractor, round 18 (issue 14): first exports to a new market, openings of units the
older triggers did not name (a tannery, a bakery, a brewhouse), subsidiaries named in an
apposition, and workers let go or sent home; each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ------------------------------------------------ a first cargo or shipment to a new market


def test_a_first_cargo_or_shipment_abroad_is_an_expansion():
    assert _types("The first cargo of frozen mutton sailed for London in March 1921.") == [("expansion", "1921-03")]
    assert _types("In 2003 the first container of frozen fish for Japan left Valparaíso.") == [("expansion", "2003")]
    assert _types("The first shipment, 200 boxes of roses, was flown to Amsterdam in 1985.") == [("expansion", "1985")]
    assert _types("The first tulips were flown from Schiphol to New York in May 1990.") == [("expansion", "1990-05")]
    assert _types("Acme shipped its first timber to Korea from the port of Napier in 2008.") == [("expansion", "2008")]
    assert _types("In 1981 the company made its first export shipment, of canned peas to Sweden.") == [
        ("expansion", "1981")]


def test_a_first_product_or_ship_is_no_first_export():
    assert ("expansion", "1975") not in _types("The first ship, a bulk carrier for a Greek owner, was launched in 1975.")
    # a shipyard's first ship leaving the yard is left unread (the sets type a first ship as the yard's start)
    assert _types("In 1990 the first container ship left the yard for its owner.") == []


# ------------------------------------------------ units the older triggers did not name


def test_a_tannery_bakery_brewhouse_or_works_opened_or_built_is_an_expansion():
    assert _types("A second tannery, at Debre Zeit on the road to Addis, was built in 1991 to process goat skins.") == [
        ("expansion", "1991")]
    assert _types("A second Oak Lane bakery, in Leeds, opened in April 2021.") == [("expansion", "2021-04")]
    assert _types("A biscuit works with four ovens opened on the same site in 1931.") == [("expansion", "1931")]
    assert _types("The state enterprise built a new brewhouse in 1972.") == [("expansion", "1972")]
    assert _types("Acme was founded in 1880. Eight years later it built the Glenmorra distillery on the River Spey.") == [
        ("founding", "1880"), ("expansion", "1888")]
    assert _types("A herring salting station at Siglufjörður was built in 1958.") == [("expansion", "1958")]


def test_a_bakery_destroyed_or_sold_is_no_opening():
    assert _types("The bakery was destroyed by shelling in October 1918.") == [("other", "1918-10")]
    assert "expansion" not in [t for t, _ in _types("In 1999 Acme sold its Leeds bakery to Greggs.")]


# ------------------------------------------------ a subsidiary named in an apposition


def test_a_subsidiary_named_in_an_apposition_is_an_expansion():
    assert _types("Acme Andina, a subsidiary in Lima, was set up in 2019 to serve Peru and Chile.") == [
        ("expansion", "2019")]
    assert _types("Kovo Smalt, an enamelling subsidiary, was founded in 2015.") == [("expansion", "2015")]
    assert _types("In 1981 the partners founded a fund-management subsidiary, Acme Asset Management, to run funds.") == [
        ("expansion", "1981")]
    assert _types("In 1905 it set up a life company, De Rijn Levensverzekering, to sell endowment policies.") == [
        ("expansion", "1905")]


def test_a_holding_company_above_the_company_is_no_subsidiary_opened():
    assert "expansion" not in [t for t, _ in _types(
        "In 2007 the family set up a holding company, Acme Holdings, registered in Luxembourg.")]


# ------------------------------------------------ workers let go or sent home, jobs lost


def test_workers_let_go_or_sent_home_and_jobs_lost_are_layoffs():
    assert _types("The Leeds plant was closed in 2004, and its 300 workers were let go.") == [
        ("divestiture", "2004"), ("layoffs", "2004")]
    assert _types("About 900 of its workers were sent home on short-time pay in 2009.") == [("layoffs", "2009")]
    assert _types("Some 1,200 seasonal workers were let go in 2020.") == [("layoffs", "2020")]
    assert _types("About 600 jobs were lost in March 2018.") == [("layoffs", "2018-03")]


def test_a_year_before_a_few_workers_or_a_crew_lost_at_sea_is_no_layoffs():
    assert _types("In 2010 three workers were sent home after an accident.") == []
    # no layoffs: the sinking is an accident (round 20 reads a ship that sank as one, as blind17's gold does)
    assert _types("In 2012 the crew were lost when the trawler sank.") == [("other", "2012")]


# ------------------------------------------------ a line of goods begun, added, or first made


def test_a_line_of_goods_begun_added_or_first_made_is_a_product_launch():
    assert _types("The company began canning corned beef in 1936.") == [("product_launch", "1936")]
    assert _types("In 1936 it began to make fuel pumps for lorries, and the workforce grew.") == [
        ("product_launch", "1936")]
    assert _types("The firm added Liège waffles to its range in 1974.") == [("product_launch", "1974")]
    assert _types("The first Acme washing machine left the Izmir line in 1975.") == [("product_launch", "1975")]
    assert _types("Coal-fired kitchen ranges followed in 1956.") == [("product_launch", "1956")]
    assert _types("Motor bus bodies followed from 1927.") == [("product_launch", "1927")]


def test_goods_sold_from_a_year_are_a_product_launch():
    assert _types("The Kesher software was sold from 2019 as Arbelon Trace, mainly to police forces.") == [
        ("product_launch", "2019")]
    assert _types("Its pea-protein burger was sold at farmers' markets from 2012.") == [("product_launch", "2012")]
    assert _types("Its synthetic red, sold as Rheinfels-Rot from 1889, became the firm's best-known product.") == [
        ("product_launch", "1889")]


def test_events_plants_losses_shares_and_repairs_are_no_product_launch():
    assert _types("Acquisitions followed in 1990.") == []
    assert _types("Further strikes followed in 1990.") == []
    assert _types("Its shares were sold from 1995 to private investors.") == []
    assert _types("In 2001 it began to build a new plant in Ohio.") == []
    assert _types("In 2001 it began to make losses.") == []
    assert _types("The first repaired goods wagons left the plant in December 1946.") == []
    assert _types("In 2022 the venture began packing oil for a Spanish retailer.") == []


# ------------------------------------------------ a unit destroyed, the company handed to an agency, a quota allotted


def test_a_unit_destroyed_by_war_or_fire_is_an_event():
    assert _types("The bakery was destroyed by shelling in September 1916.") == [("other", "1916-09")]
    assert _types("The works were largely destroyed in the air raid of 12 March 1945.") == [("other", "1945-03-12")]
    assert _types("A missile strike on 3 May 2023 destroyed two of its silos and a conveyor.") == [("other", "2023-05-03")]
    assert _types("Retreating troops blew up its slipways in October 1944.") == [("other", "1944-10")]
    assert _types("The Odesa terminal was hit by shelling on 10 April 2022.") == [("other", "2022-04-10")]


def test_the_company_transferred_to_a_state_agency_or_allotted_a_quota_is_an_event():
    assert _types("In 1996 it was transferred to the Ethiopian Privatization Agency.") == [("other", "1996")]
    assert _types("In 1998 the fisheries ministry allotted it a share of the national tuna quota.") == [("other", "1998")]
    assert _types("In 2009 the company was allotted 4.1 per cent of the southern anchovy catch.") == [("other", "2009")]


def test_records_destroyed_or_shares_moved_are_no_event():
    assert _types("In 2001 the documents were destroyed.") == []
    assert _types("In 2004 it transferred its shares to the main board.") == []


def test_a_unit_destroyed_by_a_flood_or_tsunami_is_left_to_the_sentence_that_tells_it_in_full():
    assert _types("Its hotel at Phuket was destroyed by the tsunami in 2004.") == []
