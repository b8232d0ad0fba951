"""Rules of the history extractor from the sixth round of issue 14 (causes counted across
blind5, blind4, blind3, blind2_holdout and the synthetic sets): each on sentences written for the test."""

from __future__ import annotations

import re

from kg.extractors.event_tense import with_present
from kg.model import DateValue
from kg.text.narrative import resolve_date
from tests.test_history_rules import _events, _summary

# ---------------------------------------------------------------- a relocation of the head office


def test_a_move_of_the_head_office_is_a_relocation_not_an_opening():
    history = ("== History ==\n"
               "The head office moved from [[Leeds]] to [[York]] in 1962.\n"
               "In 1975 the company moved its headquarters to a tower in [[Manchester]].\n"
               "In 1980 Acme opened a plant in [[Hull]].\n")
    evs = _events(history)
    assert _summary(evs) == [("other", "1962"), ("other", "1975"), ("expansion", "1980")]
    assert evs[0].label.startswith("Head office moved")


def test_a_relocation_told_of_a_person_in_a_relative_clause_leaves_the_main_event():
    history = ("== History ==\n"
               "Tom Acme retired in 1934 and was succeeded by Jane Hart, the first president from outside "
               "the family, who moved the headquarters to [[York]].\n")
    assert [e.type for e in _events(history)] == ["leadership_change"]


# ---------------------------------------------------------------- a rename told by the present name


def test_the_present_name_adopted_or_given_is_a_rename():
    history = ("== History ==\n"
               "The present name was adopted in 1987, when sales passed £1 million.\n"
               "In June 2001 the company re-registered as a public company under its present name.\n")
    assert _summary(_events(history)) == [("rename", "1987"), ("rename", "2001-06")]
    lead = ("'''Acme Corp''' is a maker of widgets. The 1961 combination with [[Hale Radio]] gave it its "
            "present name.\n")
    assert ("rename", "1961") in _summary(_events("== History ==\nIn 1970 Acme opened a plant in [[Hull]].\n",
                                                  lead=lead))


# ---------------------------------------------------------------- an agreement or a round that "followed"


def test_an_agreement_or_a_licence_that_followed_is_a_partnership():
    history = ("== History ==\n"
               "Acme began exporting in 1999. A five-year supply agreement with the French retailer "
               "[[Borrow Stores]] followed in 2004.\n"
               "A licence with the fashion house [[Velmo]] followed in 2007, and its first Velmo pump sold well.\n")
    evs = _events(history)
    assert [(e.type, e.date.iso) for e in evs if e.type == "partnership"] == [("partnership", "2004"),
                                                                               ("partnership", "2007")]
    assert {p.entity.label for p in evs[-1].participants} == {"Velmo"}


def test_a_round_of_a_sum_is_a_funding_round_whoever_invested():
    history = ("== History ==\n"
               "A second round of US$40 million, from the growth investor Harrow Growth Partners and the "
               "pension fund [[Kestrel Super]], followed in 2012.\n")
    assert _summary(_events(history)) == [("funding_round", "2012")]


def test_a_present_form_that_is_also_a_noun_needs_a_whole_word_after_it():
    pattern = re.compile(with_present(r"\bpartnered with\b|\bpartnered\b"), re.IGNORECASE)
    assert pattern.search("In 2019 Acme partners the city of Leeds") is not None
    assert pattern.search("the investor Harrow Growth Partners and the fund") is None  # "and" is no article


# ---------------------------------------------------------------- changes of leadership


def test_leadership_changes_told_with_a_chairperson_a_successor_or_a_post_given_up():
    history = ("== History ==\n"
               "Jane Hart, a former banker, became chairperson in May 2014.\n"
               "Tom Reed retired in 1996, leaving Ann Wu as sole managing director.\n"
               "Ann Wu retired at the end of March 2019 and was succeeded the next day by Raj Patel.\n"
               "In 2001 Raj Patel gave up the post of chief executive to Lena Berg.\n")
    assert _summary(_events(history)) == [("leadership_change", "2014-05"), ("leadership_change", "1996"),
                                          ("leadership_change", "2019-03"), ("leadership_change", "2001")]


def test_a_leadership_change_told_after_an_event_takes_its_date():
    history = ("== History ==\n"
               "In 1990 Acme merged with [[Borrow Insurance]]. Borrow's chairman, Tom Reed, became chief "
               "executive of the combined group.\n")
    assert _summary(_events(history)) == [("merger", "1990"), ("leadership_change", "1990")]


def test_a_leadership_change_after_background_takes_no_date():
    history = ("== History ==\n"
               "Borrow Radio, which Tom Reed had started in [[Leeds]] in 1952, made radios for the navy. "
               "Reed became chairman of the combined company.\n")
    assert _summary(_events(history)) == []


# ---------------------------------------------------------------- layoffs told in the passive or as letting go


def test_layoffs_told_in_the_passive_or_as_letting_go():
    history = ("== History ==\n"
               "In December 2016 about 60 jobs were cut at the Leeds office.\n"
               "About 2,400 jobs in the widget division were eliminated in May 2020.\n"
               "Forty-two union members were dismissed in early 1982.\n"
               "In the autumn of 1945 Acme let go about 4,000 workers.\n"
               "Acme dismissed some 600 of the strikers in August 1987.\n")
    assert [e.type for e in _events(history)] == ["layoffs"] * 5


def test_a_timeline_entry_of_jobs_cut_is_layoffs():
    history = "== Timeline ==\n* '''2009''': 1,800 jobs cut at the Hull plant after sales fell.\n"
    assert _summary(_events(history)) == [("layoffs", "2009")]


def test_jobs_that_were_created_are_no_layoffs():
    history = ("== History ==\n"
               "In 2012 about 300 jobs were created at the new plant in [[Hull]]. The letters were cut in 1999.\n")
    assert [e.type for e in _events(history) if e.type == "layoffs"] == []


# ---------------------------------------------------------------- a unit closed, told in the passive


def test_a_plant_office_or_department_that_was_closed_is_a_divestiture():
    history = ("== History ==\n"
               "The old plant in Hull was closed in 2012.\n"
               "The racing department was closed at the end of the 1994 season.\n"
               "In 2023 Acme closed two Borrow hospitals, in [[Leeds]] and [[York]].\n")
    assert _summary(_events(history)) == [("divestiture", "2012"), ("divestiture", "1994"), ("divestiture", "2023")]


def test_a_closure_and_layoffs_joined_by_and_are_two_events():
    history = ("== History ==\n"
               "In December 2016 about 60 jobs were cut and the Leeds office was closed.\n"
               "The Hull plant was closed in 1989, and about 2,800 jobs were eliminated that year.\n")
    assert sorted(_summary(_events(history))) == [("divestiture", "1989"), ("divestiture", "2016-12"),
                                                  ("layoffs", "1989"), ("layoffs", "2016-12")]


def test_an_office_closed_for_days_is_no_divestiture():
    history = "== History ==\nIn 2014 the Leeds office was closed for three days after a flood.\n"
    assert [e.type for e in _events(history)] == []


# ---------------------------------------------------------------- dates told by a season or "N years earlier"


def test_a_season_after_a_dated_sentence_takes_its_year():
    history = ("== History ==\n"
               "Acme was floated on the [[London Stock Exchange]] in November 1998. The following spring the "
               "company won the tender for a 25-year lease of the Hull container terminal.\n"
               "Acme opened a plant in [[Leeds]] in March 2001. That autumn Tom Reed gave up the post of chief "
               "executive to Ann Wu.\n")
    assert ("partnership", "1999") in _summary(_events(history))
    assert ("leadership_change", "2001") in _summary(_events(history))


def test_years_earlier_count_back_from_the_sentence_before():
    history = ("== History ==\n"
               "Acme opened a plant in [[Leeds]] in 1938. Two years earlier its workers had struck for 41 days.\n")
    assert ("strike", "1936") in _summary(_events(history))


def test_a_sentence_opening_with_what_was_just_told_goes_on_about_the_company():
    history = ("== History ==\n"
               "Acme was floated on the [[London Stock Exchange]] in June 1997. With the proceeds it bought "
               "[[Borrow Pumps]] for £210 million.\n")
    assert ("acquisition", 1997) in [(e.type, e.date.year) for e in _events(history)]


def test_a_factory_shut_for_seven_weeks_is_no_divestiture():
    history = "== History ==\nIn 2020 the factory was shut for seven weeks during the lockdown.\n"
    assert [e.type for e in _events(history)] == []


def test_relative_dates_of_a_season_and_of_years_earlier():
    november, year = DateValue("1998-11", "month"), DateValue("1998", "year")
    march = DateValue("1998-03", "month")
    assert resolve_date("The following spring it won a tender", november).iso == "1999"
    assert resolve_date("The following autumn it won a tender", march).iso == "1998"
    assert resolve_date("The following spring it won a tender", year).iso == "1999"
    assert resolve_date("That autumn it won a tender", november).iso == "1998"
    assert resolve_date("Three years earlier it had won a tender", year).iso == "1995"


# ---------------------------------------------------------------- the state takes control (wartime)


def test_a_plant_requisitioned_seized_or_put_under_military_management_is_an_event():
    history = ("== History ==\n"
               "In September 1943 the Leeds plant was requisitioned by the army.\n"
               "The works were seized by rebel troops in 1914.\n"
               "On 14 December 1981 the plant was placed under military management.\n"
               "In January 1944 it was designated a munitions company.\n"
               "The plant was handed back to the family in August 1945.\n")
    evs = _events(history)
    assert _summary(evs) == [("other", "1943-09"), ("other", "1914"), ("other", "1981-12-14"),
                             ("other", "1944-01"), ("other", "1945-08")]
    assert evs[0].label == "Placed under state control"


def test_a_sale_to_the_army_is_no_state_control():
    history = "== History ==\nIn 1940 Acme sold 300 trucks to the army.\n"
    assert [e.label for e in _events(history) if e.type == "other"] == []


# ---------------------------------------------------------------- rulings, collective actions, settlements


def test_a_court_or_tribunal_ruling_a_collective_action_and_a_settlement_are_lawsuits():
    history = ("== History ==\n"
               "In July 2023 the Tax Appeals Tribunal upheld most of a £9 million assessment against Acme.\n"
               "In October 2022 the Court of Appeal reduced the company's damages to £1 million.\n"
               "In 2014 a consumer group began a collective action against Acme over its pension policies.\n"
               "In December 2022 Acme agreed to pay £395 million to settle the pension litigation.\n")
    assert [e.type for e in _events(history)] == ["lawsuit"] * 4


def test_a_criminal_case_settled_is_no_lawsuit_and_a_commission_ruling_is_none():
    history = ("== History ==\n"
               "In 2020 Acme paid £4 million to settle a criminal case over falsified emissions data.\n"
               "In 2019 the European Commission ruled that the state aid to Acme was lawful.\n")
    assert [e.type for e in _events(history) if e.type == "lawsuit"] == []


# ---------------------------------------------------------------- products begun; "the year" another event


def test_a_product_the_company_began_making_or_brought_out_is_a_launch():
    history = ("== History ==\n"
               "Acme began selling motor insurance in 1951.\n"
               "In 1931 the brothers brought out Lys Blanc, a scent that remains its best seller.\n"
               "In 1960 Acme began selling in [[Norway]] through a wholesaler.\n"
               "In 1995 it began selling off its hotels.\n")
    assert [(e.type, e.date.iso) for e in _events(history) if e.type == "product_launch"] == [
        ("product_launch", "1951"), ("product_launch", "1931")]


def test_the_year_after_a_dated_event_opens_an_event_of_its_own():
    history = "== History ==\nThe present name was adopted in 1987, the year the company began making pumps.\n"
    assert _summary(_events(history)) == [("rename", "1987"), ("product_launch", "1987")]


# ---------------------------------------------------------------- investors taking new shares or a stake


def test_an_investor_taking_a_stake_or_new_shares_is_a_funding_round():
    history = ("== History ==\n"
               "The development bank [[Harrow Finance]] invested US$50 million for a 6 per cent stake in March 2013.\n"
               "In 2009 [[Kestrel Capital]] invested US$85 million in loans and equity, taking a 7.5 per cent stake.\n"
               "In March 2012 [[Borrow Games]] paid £96 million for new shares equal to 15 per cent of Acme.\n"
               "In November 2005 Acme issued new shares equal to 15 per cent of its capital to [[Velmo Trust]].\n")
    assert _summary(_events(history)) == [("funding_round", "2013-03"), ("funding_round", "2009"),
                                          ("funding_round", "2012-03"), ("funding_round", "2005-11")]


def test_an_investment_for_a_stake_in_another_company_is_no_funding_round():
    history = ("== History ==\n"
               "In 2015 Acme invested US$20 million for a 10 per cent stake in [[Borrow Games]].\n")
    assert [e.type for e in _events(history) if e.type == "funding_round"] == []


# ---------------------------------------------------------------- a facility told by its own verb


def test_a_facility_that_opened_later_started_production_or_was_fired_is_an_opening():
    history = ("== History ==\n"
               "Acme opened its first clinic in [[Leeds]] in 1984. A second hospital, in [[York]], opened three "
               "years later.\n"
               "A new line at [[Hull]], supplied by a Danish firm, started production in 2008.\n"
               "The company's first rotary kiln, bought from a Danish firm, was fired in 1908.\n"
               "In 2006 it opened a pisco distillery in the Elqui Valley.\n")
    assert _summary(_events(history)) == [("expansion", "1984"), ("expansion", "1987"), ("expansion", "2008"),
                                          ("expansion", "1908"), ("expansion", "2006")]


# ---------------------------------------------------------------- a relative takes over


def test_a_son_or_widow_who_took_over_the_business_is_a_leadership_change():
    history = ("== History ==\n"
               "When Tom Reed died in 1969, his son Jon took over the management of the works.\n"
               "After Reed's death in 1904 his sons Tomás and Ignacio ran the estate.\n"
               "In 1990 his daughter opened a shop in [[York]].\n")
    assert [(e.type, e.date.iso) for e in _events(history) if e.type == "leadership_change"] == [
        ("leadership_change", "1969"), ("leadership_change", "1904")]


# ---------------------------------------------------------------- a first customer


def test_a_first_customer_signed_or_named_is_a_partnership():
    history = ("== History ==\n"
               "That year Acme signed its first banking customer, [[Borrow Bank]].\n"
               "Its first regular customer was [[Kestrel Line]], which moved its calls to Hull in 2003.\n"
               "* '''2018''': [[Velmo]] and [[Harrow]] added as sensor customers.\n"
               "In 1999 it built its first customer service centre in [[Leeds]].\n")
    evs = [e for e in _events(history) if e.type == "partnership"]
    assert [e.date.iso for e in evs] == ["2003", "2018"]
