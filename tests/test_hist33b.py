"""History extractor, round 33 (hist33b): expansion and other recall, each rule on sentences written for the
test: a unit that began work or began to generate, a room added, first exports abroad or that followed,
licences in the passive. (A unit that "began <-ing>" and sales begun "in <Place>" were taken out at the
round's end: "the mill began pressing from olives bought from the cooperative" and "began selling coffee
roasted in Bergen", which earlier rounds' tests keep as no opening and a launch.)"""

from __future__ import annotations

from tests.test_history_round10 import _types


def test_a_unit_that_began_work_or_began_to_generate_is_an_expansion():
    assert _types("The mill, built by the Accra contractor Nyame Works and fitted with a sorting line from "
                  "the Dutch maker Kivo, began work in June 2014.") == [("expansion", "2014-06")]
    assert _types("A 9-megawatt biogas unit supplied by the Danish firm Norvind Energi began to generate "
                  "in March 2021.") == [("expansion", "2021-03")]
    assert _types("Trained in Kassel, the new dryer at Tema started work in 2009.") == [("expansion", "2009")]


def test_work_begun_on_a_unit_is_no_opening():
    assert _types("In 2011 the mill began work on a new warehouse.") == []
    assert _types("Work on the plant began in 2010.") == []


def test_a_room_added_is_an_expansion():
    assert _types("A drying room was added at the Kumasi works in 2008.") == [("expansion", "2008")]


def test_first_exports_abroad_or_that_followed_are_an_expansion():
    assert _types("In 1971 the co-operative shipped its first cheese abroad, 40 tonnes sent to a "
                  "wholesaler in Lyon.") == [("expansion", "1971")]
    assert _types("In 1955 it began making oak tables, and its first exports, to Sweden, followed two "
                  "years later.") == [("product_launch", "1955"), ("expansion", "1957")]


def test_a_licence_told_by_the_passive_of_license_is_other():
    assert _types("In 1994 it was licensed to sell life insurance.") == [("other", "1994")]
    assert _types("When the banking act of 1971 came into force, Kestrel Trust was licensed that May for "
                  "all classes of business.") == [("other", "1971-05")]
    assert _types("In March 2009 the central bank licensed Umoja Credit as a deposit-taking "
                  "microfinance institution.") == [("other", "2009-03")]


def test_a_licence_given_to_something_else_is_no_event():
    assert _types("In 1990 the company was licensed to the Ministry.") == []


def test_a_unit_built_then_opened_by_it_after_a_semicolon_is_an_expansion_of_its_own():
    assert _types("In 2011 they formed Porto Sul S.A., a joint venture owned in equal shares, to build a quay "
                  "where lorries could unload soya straight into ships; it opened in 2013.") == [
        ("joint_venture", "2011"), ("expansion", "2013")]
    assert _types("In 2015 the company built a line at Blida to pack tablets; it was inaugurated by the "
                  "prime minister on 4 June 2017.") == [("expansion", "2017-06-04")]


def test_a_unit_sold_after_a_semicolon_is_no_opening():
    assert "expansion" not in [t for t, _ in _types("In 2011 they formed Porto Sul S.A., a joint venture, to "
                                                  "build a quay at Itajaí; it was sold in 2013.")]


def test_an_opening_by_a_person_is_still_dated_by_its_date():
    assert _types("The new bottling line at Sfax was inaugurated by the prime minister in 2004.") == [
        ("expansion", "2004")]


def test_a_disaster_told_with_an_apposition_or_an_eruption_that_buried_a_unit_is_other():
    assert _types("The earthquake of 3 May 2011, centred near Korçë, cracked the walls of the company's "
                  "mill at Pogradec.") == [("other", "2011-05-03")]
    assert _types("The eruption of Mount Kanaga on 2 March 1998 buried the company's warehouse at Adak "
                  "in ash.") == [("other", "1998-03-02")]


def test_a_cyclone_that_flooded_the_company_s_branches_is_other():
    assert _types("Cyclone Idai struck central Mozambique in March 2019, flooding the branches at Beira "
                  "and Dondo.") == [("other", "2019-03")]


def test_a_disaster_that_struck_no_unit_of_the_company_is_no_event():
    assert _types("The earthquake of 3 May 2011, centred near Korçë, killed 40 people.") == []
