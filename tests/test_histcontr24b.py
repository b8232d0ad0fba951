"""History and controversies extractors, round 24 (issue 14): the controversy reading that
history takes for the lead and History, its errors fixed where both extractors read it; each rule
on sentences written for the test."""

from __future__ import annotations

from kg.extractors import controversies
from kg.extractors.history import found_events
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_history_rules import LEAD


def _page(history: str):
    return parse_article(Page("Acme Corp", LEAD + "==History==\n" + history + "\n"))


def _read(history: str) -> list[tuple[str, str]]:
    return [(f.event.type, f.event.date.iso) for f in found_events(_page(history))]


def _cases(history: str) -> list[tuple[str, str]]:
    return [(f.value.type, f.value.date.iso if f.value.date else "") for f, _ in controversies.readings(_page(history))]


# ---------------------------------------------------------------- a year that dates a clause on a strike told before


def test_a_year_before_the_strike_named_before_is_no_strike_of_that_year():
    for text in ("In 1990 the strike left the company short of cash.",
                 "By 1987 this strike had cost the mill most of its export orders.",
                 "In 2004 the strikes were still weighing on the group's results."):
        assert _cases(text) == [], text
        assert _read(text) == [], text


def test_a_strike_named_by_its_year_or_told_new_stays_a_strike():
    assert _cases("The 1990 strike closed the Leeds plant for six weeks.") == [("strike", "1990")]
    assert _cases("In 1990 a pay strike closed the Leeds plant.") == [("strike", "1990")]
    assert _read("In 1996 a national strike of dockers halted its exports for a month.") == [("strike", "1996")]


# ---------------------------------------------------------------- retailers that take the company's goods off their shelves


def test_retailers_taking_the_company_s_goods_off_their_shelves_is_a_boycott_not_a_recall():
    assert _cases("In October 2015 the supermarket chains Kato and Brill withdrew Acme cheeses from their shelves.") == [
        ("boycott", "2015-10")]
    assert _cases("In 2019 several retailers, including Tesco and Asda, pulled its toys from their shelves.") == [
        ("boycott", "2019")]
    assert _read("In 2014 two pharmacy chains removed the company's vitamins from their stores.") == [("boycott", "2014")]


def test_the_company_withdrawing_its_goods_from_shelves_stays_a_recall():
    assert _cases("In 2014 the company withdrew the vitamins from sale.") == [("recall", "2014")]
    assert _cases("In 2016 Acme pulled its teething gel from the shelves of supermarkets.") == [("recall", "2016")]


# ---------------------------------------------------------------- the company's own technical investigation


def test_an_internal_investigation_by_the_company_s_own_scientists_is_no_probe():
    for text in ("In 2018 an internal investigation by Acme scientists traced the effect to a metabolite.",
                 "In 2016 an investigation by its own engineers found a faulty weld in the boiler.",
                 "In 2020 an internal review by the company's chemists traced the smell to a solvent."):
        assert _cases(text) == [], text
        assert _read(text) == [], text


def test_an_investigation_by_an_authority_stays_an_investigation():
    assert _cases("In 2016 the regulator opened an investigation into the company.") == [("investigation", "2016")]


# ---------------------------------------------------------------- a date counted from another event's year


def test_the_following_year_after_another_event_s_year_dates_the_case():
    assert _cases("Minority shareholders have been in court with Acme over the price of its 2017 buyout since the "
                  "following year.") == [("lawsuit", "2018")]
    assert _cases("Former staff sued the company over its 2012 restructuring two years later.") == [("lawsuit", "2014")]
    assert _cases("Tenants have been in court with the group over its 2015 rent rise since a year later.") == [
        ("lawsuit", "2016")]


def test_a_year_told_with_the_case_stays_its_date():
    assert _cases("In 2017 minority shareholders sued the company over its 2015 buyout.") == [("lawsuit", "2017")]


# ---------------------------------------------------------------- a year of a relative clause before "later"


def test_a_year_in_a_relative_clause_before_a_later_case_is_not_the_case_s_date():
    for text in ("A tender for 40 trams, which Acme won in 2013 with a bid of 34 million, later became the subject of "
                 "a bribery investigation.",
                 "The dam, which Acme built in 2001, was later the subject of a lawsuit by residents.",
                 "Its port contract, which it signed in 2009, was subsequently the subject of a bribery investigation."):
        assert [d for _, d in _cases(text)] in ([], [""]), text
        if "investigation" in text:  # (history's own lawsuit trigger dates its clause by the sentence)
            assert _read(text) == [], text
    assert _cases("The plant, which Acme opened in 1998, was subsequently fined by the regulator in 2004.") == [
        ("fine", "2004")]
