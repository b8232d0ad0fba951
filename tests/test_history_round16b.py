"""History extractor, round 16 (issue 14): partnerships told without a partnership word, counted on
blind4 to blind17, each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ------------------------------------------------ another party chose the company or its product


def test_a_party_choosing_the_company_is_a_partnership():
    assert _types("In 1998 the Danish postal service chose the company to build its parcel-sorting "
                  "software.") == [("partnership", "1998")]
    assert _types("Helvetia Re chose Acme's claims platform for its Swiss business in 2014.") == [
        ("partnership", "2014")]
    assert _types("The company was chosen by Nordbank in 2011 as the bank's card processor.") == [
        ("partnership", "2011")]


def test_choosing_a_place_a_name_or_a_course_is_no_partnership():
    assert _types("In 2001 the company chose Vienna for its new headquarters.") == []
    assert _types("In 2005 the founders chose the name Acme for the business.") == []
    assert _types("It was selected by Fortune in 2012 as one of the best places to work.") == []


# ------------------------------------------------ joining a programme, an organisation, a coalition


def test_joining_a_programme_or_an_organisation_is_a_partnership():
    assert _types("Acme joined the SAP partner programme in 2005.") == [("partnership", "2005")]
    assert _types("In 2019 the company joined the Science Based Targets coalition.") == [
        ("partnership", "2019")]
    assert _types("In 2016 it joined the International Tin Organisation as a founding member.") == [
        ("partnership", "2016")]


def test_a_person_joining_the_board_or_a_graduate_programme_is_no_partnership():
    assert _types("In 1995 his son Peter joined the board.") == []
    assert _types("In 2003 she joined the company's graduate programme.") == []


# ------------------------------------------------ a distributor or an importer of the company's goods


def test_a_distributor_or_importer_appointed_is_a_partnership():
    assert _types("The Dutch firm Orvex became its distributor in Benelux in 2012.") == [
        ("partnership", "2012")]
    assert _types("In 2015 Acme appointed Kanto Shoji as its exclusive distributor in Japan.") == [
        ("partnership", "2015")]
    assert _types("The Brazilian firm Lumen was appointed its importer in Brazil in 2018.") == [
        ("partnership", "2018")]


def test_a_planned_delivery_year_is_no_anchor_for_the_same_year():
    assert _types("In May 2024 it ordered four bulkers from Oshima, for delivery in 2027 and 2028, and the "
                  "same year it joined the Blue Shipping Coalition, an industry group.") == [
        ("other", "2024-05"), ("partnership", "2024")]  # the company's own order is an event (round 17)


# ------------------------------------------------ a subsidiary or a branch set up


def test_a_named_subsidiary_or_a_branch_set_up_is_an_expansion():
    assert _types("In 2004 the company set up Kolm Yachts to build motor yachts.") == [("expansion", "2004")]
    assert _types("A Zambian branch was set up in 2012 to sink a shaft.") == [("expansion", "2012")]
    assert _types("A distribution company, Tavra Cork USA, was set up in Napa, California, in 2001.") == [
        ("expansion", "2001")]


def test_a_foundation_or_a_venture_with_a_partner_set_up_is_no_expansion():
    assert _types("In 2010 the company set up the Kolm Foundation to fund scholarships.") == []
    assert ("expansion", "2012") not in _types("In 2012 the company set up Kolm Steel with Hanwa to "
                                               "roll plate.")
