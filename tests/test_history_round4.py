"""Rules of the history extractor from the fourth round of issue 14 (causes counted across
the blind, held-out and synthetic sets): each on sentences written for the test."""

from __future__ import annotations

from kg.extractors.event_tense import present_of, with_present
from kg.extractors.history import events
from kg.sources import Page
from kg.text.narrative import dated_sentences
from kg.text.parse import parse_article
from kg.text.sections import article_roles
from tests.test_history_rules import _events, _summary


def _article_events(text: str, title: str = "Acme Corp"):
    """The events of a whole article (its own lead and infobox)."""
    return [e for e, _ in events(parse_article(Page(title, text)))]

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
    # "purchases" and "Partners" are nouns here: no acquisition, no partnership; retailers that
    # suspend purchases from the company after a report on it boycott it (a history event)
    history = ("== History ==\n"
               "In 2011 two retailers suspend purchases from Acme after a report on its suppliers.\n"
               "In 2013 Acme was bought by Harrow Infrastructure Partners.\n")
    assert sorted(_summary(_events(history))) == [("acquisition", "2013"), ("boycott", "2011")]


def test_month_items_under_a_bare_year_take_that_year():
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
    assert ("partnership", "2012") in _summary(_article_events(text))


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
    assert _summary(_article_events(text)) == [("fine", "2016-10")]


def test_the_company_bought_twice_in_a_year_by_nobody_named_is_one_purchase():
    text = ("'''Acme Corp''' is a maker of widgets. It was owned by a conglomerate from 1969 to 1978, was listed "
            "from 1985 until 2011, when it was acquired by funds managed by [[Harrow Capital]].\n\n"
            "== History ==\nIn 1969 Acme was acquired by [[Dunmore Industries]] for $86 million.\n"
            "In 2011 Acme was acquired by funds managed by [[Harrow Capital]].\n")
    got = sorted(_summary(_article_events(text)))
    assert got == [("acquisition", "1969"), ("acquisition", "2011")]  # the lead's "when" clause is 2011, not 1969


# ---------------------------------------------------------------- families of phrasing without the usual trigger


def test_listing_depositary_receipts_and_quotations_are_listings():
    assert _summary(_events("In May 2001 Acme listed American depositary receipts on the [[New York Stock Exchange]].\n")) \
        == [("ipo", "2001-05")]
    assert _summary(_events("Acme shares were first quoted on the [[Oslo Stock Exchange]] on 3 June 1996.\n")) \
        == [("ipo", "1996-06-03")]
    assert _summary(_events("In 2009 the company moved its listing to the main market.\n")) == [("ipo", "2009")]


def test_delisting_depositary_shares_and_ending_a_listing_are_delistings():
    for sentence in ("In March 2019 Acme voluntarily delisted its American depositary shares from the Nasdaq.\n",
                     "Acme ended its Frankfurt listing in 2019.\n"):
        [ev] = _events(sentence)
        assert ev.type == "other" and ev.date.iso.startswith("2019") and ev.label.startswith("Delisting")


def test_handing_over_and_naming_a_chief_are_leadership_changes():
    assert [e.type for e in _events("In 2004 Jan Smit handed the post of chief executive to his son Piet.\n")] == [
        "leadership_change"]
    assert [e.type for e in _events("In 2012 the board named Ana Ruiz, the finance director, as chief executive.\n")] == [
        "leadership_change"]
    assert [e.type for e in _events("When the founder died in 1950 his son took over as general manager.\n")] == [
        "leadership_change"]


def test_products_released_or_come_out_are_launches():
    assert _summary(_events("Its first console game, Ironfall, was released worldwide on 4 May 2018.\n")) == [
        ("product_launch", "2018-05-04")]
    assert _summary(_events("The company's first phone app, Tidewatch, came out in June 2013.\n")) == [
        ("product_launch", "2013-06")]
    assert _summary(_events("In 1931 Acme built its first diesel locomotive, for the state railway.\n")) == [
        ("product_launch", "1931")]
    assert _events("The report was released in June 2013.\n") == []


def test_orders_won_and_agreements_signed_are_partnerships():
    assert [e.type for e in _events("In 1925 Acme received its first large order, for 300 wagons, from the "
                                    "[[Northern Railway]].\n")] == ["partnership"]
    assert [e.type for e in _events("An agreement signed in 2011 made Acme the sole distributor of "
                                    "[[Kestrel Foods]] in Chile.\n")] == ["partnership"]


def test_capital_received_and_sums_in_other_currencies_are_funding():
    assert [e.type for e in _events("During the 2008 crisis Acme received €1.5 billion of capital from the state.\n")] == [
        "funding_round"]
    assert [e.type for e in _events("In 2005 Acme raised ₦12.4 billion through a public offer.\n")] == ["funding_round"]


def test_a_facility_told_in_apposition_opens():
    assert _summary(_events("A second plant, at [[Leeds]], opened in 1950.\n")) == [("expansion", "1950")]


def test_reorganised_as_a_company_and_adopting_a_name_are_renames():
    assert _summary(_events("The partnership was reorganised as a joint-stock company, Acme Corp S.A., in 1931.\n")) == [
        ("rename", "1931")]
    assert _summary(_events("It adopted its present name on 1 April 1902.\n")) == [("rename", "1902-04-01")]


def test_a_successor_in_a_relative_clause_is_a_leadership_change():
    assert _summary(_events("Maria Olsen, who succeeded Per Dahl in 2003, expanded the bank's lending.\n")) == [
        ("leadership_change", "2003")]
    assert [e.type for e in _events("In 1950 Jan Kos was removed as director.\n")] == ["leadership_change"]
    assert [e.type for e in _events("In 2009 Ravi Menon left the board.\n")] == ["leadership_change"]


def test_absorbing_a_rival_is_an_acquisition_and_a_gerund_after_after_is_its_own_event():
    assert _summary(_events("In 1921 Acme absorbed the Northern Widget Company, a small rival.\n")) == [
        ("acquisition", "1921")]
    got = sorted(_summary(_events("The company was renamed Acme Mines in 1937 after absorbing two smaller neighbours.\n")))
    assert got == [("acquisition", "1937"), ("rename", "1937")]


def test_the_date_of_a_law_does_not_set_the_running_year():
    evs = _events("Acme was nationalised on 1 March 1948 under the nationalisation law of 3 January 1946. "
                  "Jan Kos was removed as director the same year.\n")
    assert ("leadership_change", "1948") in _summary(evs)


def test_buying_ships_and_machines_is_no_acquisition():
    assert _events("The partnership bought its first steamer, the Mary Ann, in 1851.\n") == []
    # the kiln's firing is the opening of a works (round 6), never the purchase of a company
    assert _summary(_events("The company's first kiln, bought from a Danish engineering firm, was fired in 1908.\n")) == [
        ("expansion", "1908")]
    assert _summary(_events("In 1999 Acme bought the shipping line [[Borrowdale Steam]].\n")) == [("acquisition", "1999")]


def test_a_year_before_the_event_noun_dates_it():
    evs = _events("The mutual was listed in Amsterdam in 1968, and took its present name after the 1990 merger "
                  "with the insurer [[Borrowdale Assurantie]].\n")
    assert ("merger", "1990") in _summary(evs) and ("merger", "1968") not in _summary(evs)


def test_a_listing_that_has_held_since_a_year_dates_from_it():
    evs = _events("It was a state enterprise until its privatisation in 1997, and its shares have been listed on "
                  "the [[Warsaw Stock Exchange]] since 1998.\n")
    assert ("ipo", "1998") in _summary(evs) and ("ipo", "1997") not in _summary(evs)


def test_an_owner_selling_its_stake_is_the_companys_change_of_hands():
    [ev] = _events("In 2008 [[Harrow Holdings]], which needed cash, sold its 51 per cent stake to the private equity "
                   "firm [[Tanner Capital]] for £41 million.\n")
    assert _summary([ev]) == [("acquisition", "2008")]
    assert ("Tanner Capital", "acquirer") in {(p.entity.label, p.role) for p in ev.participants}
    # the company selling its stake in something named stays a divestiture
    [own] = _events("In 2010 Acme sold its 40 per cent stake in [[Kestrel Foods]] to [[Tanner Capital]].\n")
    assert own.type == "divestiture"


# ---------------------------------------------------------------- tables of deals


def test_a_deals_table_types_each_row_by_its_transaction_column():
    history = ("=== Major acquisitions and divestitures ===\n"
               "{| class=\"wikitable\"\n! Year !! Business !! Transaction !! Counterparty !! Value\n|-\n"
               "| 2007 || Harrow Block Ltd || Purchase || Dunmore family || US$58 million\n|-\n"
               "| 2011 || Acme Concretes || Sale || [[Tanner Group]] || US$74 million\n|}\n")
    evs = {(e.type, e.date.iso): e for e in _events(history)}
    assert set(evs) == {("acquisition", "2007"), ("divestiture", "2011")}
    assert ("Dunmore family", "seller") in {(p.entity.label, p.role) for p in evs["acquisition", "2007"].participants}
    assert ("Tanner Group", "buyer") in {(p.entity.label, p.role) for p in evs["divestiture", "2011"].participants}


def test_an_acquisitions_table_without_a_party_header_takes_its_first_other_column():
    history = ("=== Abroad ===\n{| class=\"wikitable\"\n|+ Acquisitions of wineries in Chile\n"
               "! Year !! Winery !! Location !! Price\n|-\n| 2003 || Bodega Alta || Maipo || US$9.5 million\n|}\n")
    [ev] = _events(history)
    assert _summary([ev]) == [("acquisition", "2003")] and ev.participants[0].entity.label == "Bodega Alta"


def test_contracts_extended_awarded_and_orders_placed_are_partnerships():
    for sentence in ("In 2018 the [[Northern Potash]] contract was extended to 2033.\n",
                     "In April 2015 Acme awarded a five-year, £450 million maintenance contract to [[Costwell]].\n",
                     "In March 2021 Acme placed a US$245 million order with [[Wabash Motors]] for 60 locomotives.\n",
                     "In January 2024 Acme agreed with [[Microsoft]] to add its games to a subscription service.\n"):
        assert [e.type for e in _events(sentence)] == ["partnership"], sentence


def test_a_party_selling_to_the_company_is_the_companys_purchase():
    [ev] = _events("[[Harrow Cement]] sold its half of the white-cement venture to Acme in 1989.\n")
    assert _summary([ev]) == [("acquisition", "1989")] and ev.label == "Acquisition of a stake from Harrow Cement"


def test_an_obligation_is_no_event():
    assert _events("In March 2011 Acme approved a restructuring plan that required it to sell its Belgian business.\n") == []


def test_a_clause_with_an_irregular_past_verb_is_no_repeat_of_the_event_before():
    evs = _events("Acme cut about 1,100 jobs in 2010, mostly in its life business, and repaid the state aid in "
                  "full in December 2011.\n")
    assert _summary(evs) == [("layoffs", "2010")]


def test_a_year_after_as_of_dates_no_event():
    assert _events("Acme Motors was sold to [[Tanner Group]] at a loss. as of 2010, Tanner owns 80 per cent of it.\n") == []


def test_incorporating_the_business_under_a_name_after_the_founding_is_a_rename():
    text = ("{{Infobox company\n| name = Acme Wines\n| founded = 1883\n}}\n'''Acme Wines''' is a winery.\n\n"
            "== History ==\nIn 1920 the brothers incorporated the business as a sociedad anónima under the name "
            "Acme Wines.\n")
    assert _summary(_article_events(text, "Acme Wines")) == [("rename", "1920")]


# ---------------------------------------------------------------- where the history is read

_LEAD = "{{Infobox company\n| name = Acme Corp\n}}\n'''Acme Corp''' is a British maker of boilers.\n\n"


def _years(text: str) -> list[tuple[str, str]]:
    return sorted((e.type, e.date.iso[:4]) for e in _article_events(_LEAD + text) if e.date)


def test_with_a_history_section_events_told_in_passing_elsewhere_are_not_the_timeline():
    # a dated event told in "Operations" or "Controversies" beside a History section is left out
    article = ("== History ==\nAcme Corp was founded in 1921 in [[Leeds]]. In 1998 it acquired [[Northway Boilers]].\n\n"
               "== Operations ==\nIn 2015 Acme Corp opened a new factory in [[Hull]].\n\n"
               "== Controversies ==\nIn 2019 Acme Corp sold its Wakefield plant after a fatal accident there.\n")
    assert _years(article) == [("acquisition", "1998"), ("founding", "1921")]


def test_without_a_history_section_a_dated_sentence_naming_the_company_is_read_anywhere():
    article = ("== Operations ==\nAcme Corp was founded in 1921 in [[Leeds]]. In 2015 Acme Corp opened a new factory"
               " in [[Hull]].\n\n== Controversies ==\nIn 2019 Acme Corp sold its Wakefield plant after a fatal accident there.\n")
    assert _years(article) == [("expansion", "2015"), ("founding", "1921")]


def test_a_history_subsection_goes_on_in_its_sibling_subsections():
    # "Business > History" with "Business > Markets" beside it: one telling, in several subsections
    article = ("== Business ==\n=== History ===\nAcme Corp was founded in 1921 in [[Leeds]].\n\n"
               "=== Markets ===\nIn 2015 Acme Corp opened a new factory in [[Hull]].\n\n"
               "== Products ==\nIn 2016 Acme Corp launched the Heatwave boiler.\n")
    assert _years(article) == [("expansion", "2015"), ("founding", "1921")]
