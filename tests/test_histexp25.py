"""History extractor, round 25 (issue 14): openings, capacity additions and first exports told with the
facility, the project or the exports as the subject; each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- a unit that starts up or starts work


def test_a_unit_that_starts_up_or_a_works_that_starts_work_after_an_apposition_is_an_expansion():
    assert _types("The Morvane smelter, built for US$300 million, started up in March 2011.") == [
        ("expansion", "2011-03")]
    assert _types("A small sawmill at Tollund, with two saws brought from Sweden, started work in 1951.") == [
        ("expansion", "1951")]


def test_a_person_who_started_work_or_a_plan_to_start_up_is_no_opening():
    assert _types("In 1990 Ferrand started work as a clerk at the company.") == []
    assert _types("The Morvane smelter was due to start up in 2012.") == []


def test_a_site_that_came_into_production_as_a_mine_or_plant_is_an_expansion():
    assert _types("Ostrava Deep came into production as a copper mine in 1979.") == [("expansion", "1979")]
    assert _types("In 1966 the old sugar works went into operation as a bioethanol plant.") == [
        ("expansion", "1966")]


# ---------------------------------------------------------------- capacity added


def test_capacity_raised_or_doubled_is_an_expansion():
    assert _types("A second furnace, lit in May 2004, doubled the capacity of the Harnby works.") == [
        ("expansion", "2004-05")]
    assert _types("In 2015 an upgrade raised the annual capacity of the refinery by a fifth.") == [
        ("expansion", "2015")]
    assert _types("In 1999 the company increased its milling capacity to 400 tonnes a day.") == [
        ("expansion", "1999")]


def test_capacity_planned_or_raised_by_another_party_is_no_expansion():
    assert _types("In 2016 the company planned to double its capacity by 2020.") == []
    assert _types("In 2016 [[Northfield Cement]], its largest rival, doubled its capacity.") == []


# ---------------------------------------------------------------- a unit completed by the company


def test_a_unit_completed_by_the_company_is_an_expansion():
    assert _types("In 2018 the group completed a 12-megawatt solar plant at Kelso.") == [
        ("expansion", "2018")]
    assert _types("In 1974 Brisca completed its second dryer at the port.") == [("expansion", "1974")]


def test_a_sale_or_purchase_of_a_unit_completed_is_no_opening():
    assert "expansion" not in [t for t, _ in _types("In 2018 the group completed the sale of its warehouse "
                                                    "at Kelso.")]
    assert "expansion" not in [t for t, _ in _types("In 2019 it completed the purchase of a plant in Ghent.")]


# ---------------------------------------------------------------- exports to a country began


def test_exports_to_a_country_that_began_are_an_expansion():
    assert _types("Exports to Japan began in 1988 through a Tokyo trading house.") == [("expansion", "1988")]
    assert _types("Exports of frozen fillets to the United States started in 2003.") == [("expansion", "2003")]


def test_exports_that_began_to_fall_or_another_partys_exports_are_no_expansion():
    assert _types("In 2009 exports to Russia fell by half.") == []
    assert _types("In 2012 the government banned exports to Iran, which began in 2009.") == []


# ---------------------------------------------------------------- a unit named with a dotted legal form


def test_a_unit_whose_name_in_the_apposition_has_a_dotted_legal_form_is_an_expansion():
    assert _types("In 2016 a service company, Halvard Service (Slovakia) s.r.o., was set up in Bratislava to "
                  "maintain them.") == [("expansion", "2016")]
    assert _types("In 2005 a packhouse opened at Eldoret. A sales office in Aalsmeer, Halvard Flowers B.V., "
                  "followed two years later.") == [("expansion", "2005"), ("expansion", "2007")]


def test_a_unit_with_a_dotted_legal_form_that_was_sold_is_no_unit_set_up():
    assert "expansion" not in [t for t, _ in _types("In 2016 a service company, Halvard Service (Slovakia) s.r.o., "
                                                    "was sold to a local group.")]
