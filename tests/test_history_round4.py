"""Rules of the history extractor from the fourth round of issue 14 (causes counted across
the blind, held-out and synthetic sets): each on sentences written for the test."""

from __future__ import annotations

from kg.extractors.event_tense import present_of, with_present
from tests.test_history_rules import _events, _summary

# ---------------------------------------------------------------- the historical present


def test_present_forms_come_from_the_inflection_dictionary():
    assert present_of("sold") == "sells" and present_of("became") == "becomes" and present_of("took") == "takes"
    assert present_of("was") is None and present_of("had") is None  # auxiliaries stay past
    assert present_of("company") is None
    # a word of the pattern, not the letters of an escape or a group name
    assert with_present(r"\bsold (?:off |\d)") == r"\b(?:sold|sells) (?:off |\d)"
    assert with_present(r"(?P<self>x)\w+ed") == r"(?P<self>x)\w+ed"


def test_a_timeline_told_in_the_present_gives_its_events():
    history = ("== Timeline ==\n"
               "* '''1987''' – Becomes a public limited company, Acme Holdings plc.\n"
               "* '''1995''' – Sells 30 per cent of its packaging business to [[Borrowdale Group]] for £40 million.\n"
               "* '''2004''' – Signs a ten-year supply agreement with [[Kestrel Foods]].\n")
    assert sorted(_summary(_events(history))) == [("divestiture", "1995"), ("partnership", "2004"),
                                                  ("rename", "1987")]


def test_a_present_form_that_is_also_a_noun_needs_a_verbs_place():
    # "purchases" and "Partners" are nouns here: no acquisition, no partnership
    history = ("== History ==\n"
               "In 2011 two retailers suspend purchases from Acme after a report on its suppliers.\n"
               "In 2013 Acme was bought by Harrow Infrastructure Partners.\n")
    assert _summary(_events(history)) == [("acquisition", "2013")]


def test_month_items_under_a_bare_year_take_that_year():
    from kg.sources import Page
    from kg.text.narrative import dated_sentences
    from kg.text.parse import parse_article
    text = ("'''Acme Corp''' is a maker of widgets.\n\n== Timeline ==\n"
            "* '''2014''' – Acme opens a plant in [[Leeds]].\n"
            "* '''2015'''\n"
            "** March – Acme sells its paper business to [[Borrowdale Group]].\n"
            "** November – The regulator fines Acme £2 million.\n"
            "* '''2016''' – Acme buys [[Kestrel Foods]].\n"
            "\nIn September it hired a new auditor.\n")
    dated = {ds.sentence.text[:8]: ds.date.iso if ds.date else None for ds in dated_sentences(parse_article(Page("Acme Corp", text)))}
    assert dated["March – "] == "2015-03" and dated["November"] == "2015-11"
    assert dated["2016 – A"] == "2016"
    assert dated["In Septe"] == "2016-09"  # prose after the list: the running context, not the item year
    assert ("divestiture", "2015-03") in _summary(_events(text[text.index("== Timeline =="):]))


def test_the_later_sentences_of_a_dated_list_item_take_its_year():
    history = ("== Timeline ==\n"
               "* '''2016''' – The ministry sues a subsidiary over the fires. Jane Moss becomes chief executive.\n"
               "* '''2017''' – Acme opens a plant in [[Leeds]].\n")
    assert ("leadership_change", "2016") in _summary(_events(history))


# ---------------------------------------------------------------- the history's extent by structure


def test_a_time_heading_after_a_run_of_era_sections_is_history():
    from kg.text.sections import article_roles
    roles = article_roles([(None, 1), ("Origins (1883–1930)", 2), ("Exports and expansion (1989–2010)", 2),
                           ("Exports and expansion (1989–2010) > Argentina", 3), ("Since 2010", 2),
                           ("Recent developments", 2), ("Operations", 2), ("Later projects", 2)])
    assert roles["Since 2010"] == "history" and roles["Recent developments"] == "history"
    assert roles["Operations"] == "other"
    assert roles["Later projects"] == "other"  # after an ordinary section: the run has ended
    # without era siblings a time word alone says nothing
    assert article_roles([(None, 1), ("Products", 2), ("Since 2010", 2)])["Since 2010"] == "other"


def test_events_of_a_section_that_continues_the_eras_are_read():
    text = ("'''Acme Corp''' is a maker of widgets.\n\n== Beginnings (1950–1990) ==\nAcme was founded in 1950.\n"
            "== Growth (1990–2010) ==\nIn 1995 Acme opened a plant in [[Leeds]].\n"
            "== After 2010 ==\nIn 2012 it signed an agreement with [[Kestrel Foods]] to supply widgets.\n")
    from kg.extractors.history import events
    from kg.sources import Page
    from kg.text.parse import parse_article
    assert ("partnership", "2012") in _summary([e for e, _ in events(parse_article(Page("Acme Corp", text)))])


# ---------------------------------------------------------------- precision: what is not the company's event


def test_a_share_of_the_company_sold_by_its_owners_is_its_acquisition():
    [ev] = _events("In 1979 the Harlow family sold 40 per cent of the company to [[Tanner Capital]].\n")
    assert _summary([ev]) == [("acquisition", "1979")]
    assert ("Tanner Capital", "acquirer") in {(p.entity.label, p.role) for p in ev.participants}


def test_savings_invested_in_the_companys_funds_are_no_funding_round():
    evs = _events("In 1990 Acme launched the Yieldplan, a policy whose savings were invested in the company's "
                  "own funds.\n")
    assert _summary(evs) == [("product_launch", "1990")]


def test_talks_on_a_merger_are_no_merger():
    assert _events("Talks on a merger with [[Borrowdale Group]], confirmed in 2015, ended without agreement.\n") == []


def test_taking_over_rights_is_no_acquisition():
    evs = _events("In 2012 Acme took over the European distribution rights to the Zephyr range from [[Kestrel Foods]].\n")
    assert "acquisition" not in {e.type for e in evs}


def test_the_city_where_it_was_founded_is_no_founding():
    evs = _events("In 2021 Acme opened a depot in [[Leeds]], the city where it had been founded.\n")
    assert _summary(evs) == [("expansion", "2021")]


# ---------------------------------------------------------------- dates and repeats


def test_a_year_after_before_is_not_the_events_year():
    evs = _events("Acme bought its first plant abroad weeks before the currency crisis of December 1994.\n")
    assert evs == []
    evs = _events("It went bankrupt during the war and was run by its creditors for years before being "
                  "floated on the [[London Stock Exchange]] in 1996.\n")
    assert "bankruptcy" not in {e.type for e in evs}


def test_the_lead_restating_an_event_of_the_body_is_one_event():
    text = ("'''Acme Corp''' is a maker of widgets. In 2016 the competition authority fined it for its part in a cartel.\n\n"
            "== History ==\nIn October 2016 the [[Competition Commission]] fined Acme £30 million for price fixing.\n")
    from kg.extractors.history import events
    from kg.sources import Page
    from kg.text.parse import parse_article
    assert _summary([e for e, _ in events(parse_article(Page("Acme Corp", text)))]) == [("fine", "2016-10")]


def test_the_company_bought_twice_in_a_year_by_nobody_named_is_one_purchase():
    text = ("'''Acme Corp''' is a maker of widgets. It was owned by a conglomerate from 1969 to 1978, was listed "
            "from 1985 until 2011, when it was acquired by funds managed by [[Harrow Capital]].\n\n"
            "== History ==\nIn 1969 Acme was acquired by [[Dunmore Industries]] for $86 million.\n"
            "In 2011 Acme was acquired by funds managed by [[Harrow Capital]].\n")
    from kg.extractors.history import events
    from kg.sources import Page
    from kg.text.parse import parse_article
    got = sorted(_summary([e for e, _ in events(parse_article(Page("Acme Corp", text)))]))
    assert got == [("acquisition", "1969"), ("acquisition", "2011")]  # the lead's "when" clause is 2011, not 1969
