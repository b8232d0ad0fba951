"""Rules of the history extractor from the fifth round of issue 14 (causes counted across
blind4, blind3, blind2_holdout and the synthetic sets): each on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary

# ---------------------------------------------------------------- a listing that ends in a buyout


def test_the_clause_after_when_takes_the_end_of_the_range():
    lead = ("'''Acme Corp''' is a maker of widgets. It was listed on the [[London Stock Exchange]] from 1988 "
            "until 2012, when it was taken private by [[Harrow Capital]].\n")
    evs = [e for e in _events("== History ==\nIn 1990 Acme opened a plant in [[Leeds]].\n", lead=lead)
           if e.type == "acquisition"]
    assert _summary(evs) == [("acquisition", "2012")]
    assert {p.entity.label for p in evs[0].participants} == {"Harrow Capital"}


def test_a_company_that_agreed_to_be_bought_is_the_target():
    history = ("== History ==\n"
               "On 4 May 2015, Acme agreed to be acquired by [[Harrow Capital]] for £900 million.\n")
    [event] = _events(history)
    assert event.type == "acquisition" and event.label == "Acquired by Harrow Capital"
    assert {(p.entity.label, p.role) for p in event.participants} == {("Harrow Capital", "acquirer")}


def test_buyers_of_all_the_shares_take_the_company():
    history = ("== History ==\n"
               "In March 2019 [[Harrow Capital]] agreed to buy all the shares it did not already own "
               "for £4 a share.\n")
    [event] = _events(history)
    assert event.label == "Acquired by Harrow Capital"
    # "all the shares of" something else is that thing's purchase, not the company's
    history = "== History ==\nIn 2019 Acme bought all the shares of [[Kestrel Foods]].\n"
    [event] = _events(history)
    assert event.type == "acquisition" and not event.label.startswith("Acquired by")


def test_the_delisting_that_closes_a_buyout_is_part_of_it():
    history = ("== History ==\n"
               "On 4 May 2015, Acme agreed to be acquired by [[Harrow Capital]] for £900 million. "
               "A rival approach from [[Borrowdale Group]] had been dropped in April. "
               "The deal was completed in August, and the shares were delisted from the "
               "[[London Stock Exchange]].\n")
    assert _summary(_events(history)) == [("acquisition", "2015-05-04")]


def test_a_told_in_passing_purchase_between_two_other_parties_is_not_an_event():
    history = ("== History ==\n"
               "Competition grew after [[Borrowdale Group]] bought [[Kestrel Foods]] in 1984, and Acme "
               "opened its first shop in [[Leeds]] in 1985.\n"
               "The trade consolidated in the 1990s; [[Harrow Capital]] bought the Dutch maker Velmo in 1997.\n"
               "That year [[Brigg Holdings]] bought Tarrant's German business.\n"
               "In 1999 Acme bought [[Norland Widgets]].\n")
    assert _summary(_events(history)) == [("expansion", "1985"), ("acquisition", "1999")]


def test_a_short_or_former_name_of_the_company_is_still_the_company():
    lead = ("'''Acme Holdings plc''' (known until 1996 as '''Widget and Gear Works plc''') is a maker of widgets.\n")
    history = ("== History ==\n"
               "In September 1995, after a long bid, Widget and Gear acquired [[Norland Widgets]].\n"
               "In 1998 Acme Holdings bought [[Kestrel Foods]].\n")
    evs = [e for e in _events(history, lead=lead) if e.type == "acquisition"]
    assert _summary(evs) == [("acquisition", "1995-09"), ("acquisition", "1998")]


def test_a_subsidiary_of_the_company_buying_is_still_told():
    history = ("== History ==\n"
               "In 2003 its subsidiary [[Acme Foods]] bought [[Kestrel Foods]].\n")
    assert _summary(_events(history)) == [("acquisition", "2003")]


# ---------------------------------------------------------------- one event told twice


def test_a_timeline_bullet_that_repeats_the_prose_is_one_event():
    history = ("== History ==\n"
               "PayCo, the company's payments app, was launched in June 2010. "
               "Maria Lind, previously head of PayCo, succeeded Tom Berg as chief executive in January 2017.\n"
               "== Timeline ==\n"
               "* '''2010''' – PayCo launched.\n"
               "* '''2017''' – Lind becomes chief executive.\n"
               "* '''2018''' – Opens a plant in [[Leeds]].\n")
    assert sorted(_summary(_events(history))) == [("expansion", "2018"), ("leadership_change", "2017-01"),
                                                  ("product_launch", "2010-06")]


def test_a_bullet_that_names_something_else_is_another_event():
    history = ("== History ==\n"
               "PayCo, the company's payments app, was launched in June 2010.\n"
               "== Timeline ==\n"
               "* '''2010''' – SaveCo launched.\n")
    assert sorted(_summary(_events(history))) == [("product_launch", "2010"), ("product_launch", "2010-06")]


def test_the_same_sum_written_twice_is_one_event():
    history = ("== History ==\n"
               "In March 2019 the [[Office of Communications]] fined the company £3.1 million over unregistered lines.\n"
               "== Timeline ==\n"
               "* '''2019''' – Fined £3.1 million by the regulator; new data centre.\n")
    assert _summary(_events(history)) == [("fine", "2019-03")]


def test_a_table_row_is_the_prose_purchase_whose_sentence_holds_its_words():
    history = ("== History ==\n"
               "In 1991 Acme bought the state-owned Atoyac cement plant at auction.\n"
               "== Acquisitions ==\n"
               "{| class=\"wikitable\"\n! Year !! Company !! Seller\n|-\n| 1991 || Atoyac plant || Federal government\n|}\n")
    assert _summary([e for e in _events(history) if e.type == "acquisition"]) == [("acquisition", "1991")]


def test_the_lead_names_a_party_by_a_shorter_name():
    lead = ("'''Acme Corp''' is a maker of widgets. It was fined by the Competition Board in 2019 "
            "over its prices.\n")
    history = ("== History ==\n"
               "In July 2019 the [[Competition Board of Ruritania]] fined Acme for fixing resale prices.\n")
    assert _summary([e for e in _events(history, lead=lead) if e.type == "fine"]) == [("fine", "2019-07")]


# ---------------------------------------------------------------- confidence


def test_a_sentence_with_another_types_trigger_is_less_sure():
    from kg.extractors.event_confidence import Evidence, confidence
    from kg.extractors.event_cues import rival_types

    two = "Acme went public on the Paris Bourse in May 1980, when the founders sold a 20 per cent stake."
    one = "Acme sold its paper mill in Leeds to Borrowdale Group in 1980."
    assert rival_types(two, "ipo") and rival_types(two, "divestiture") and not rival_types(one, "divestiture")
    plain = Evidence("divestiture", named=True, subject_self=True, linked=True)
    assert confidence(Evidence("divestiture", named=True, subject_self=True, linked=True, rivals=True)) < confidence(plain)


# ---------------------------------------------------------------- strikes


def test_strikes_joined_held_or_told_as_stopped_work():
    history = ("== History ==\n"
               "In June 1976 about 800 workers at the Leeds plant joined the national dock strikes.\n"
               "Miners at its pits took part in the general strike of 1926.\n"
               "In March 2011 staff held a four-hour warning strike over pensions.\n"
               "In May 2014 drivers at its depots stopped work for six days over rosters.\n"
               "Workers at the Hull mill responded with a one-day unofficial strike in October 2016.\n")
    assert sorted(_summary(_events(history))) == [("strike", "1926"), ("strike", "1976-06"), ("strike", "2011-03"),
                                                  ("strike", "2014-05"), ("strike", "2016-10")]


def test_a_strike_told_of_the_weather_or_a_match_is_not_one():
    history = ("== History ==\n"
               "In 2012 Acme opened a plant in [[Leeds]]; lightning strikes stopped work for two hours in 2013.\n")
    assert ("strike", "2013") not in _summary(_events(history))


# ---------------------------------------------------------------- investigations and insolvency told in other words


def test_an_investigation_told_as_a_search_or_an_opened_investigation():
    history = ("== History ==\n"
               "In May 2012 tax inspectors searched the company's offices in [[Leeds]].\n"
               "The Competition Commission opened a formal investigation into its pricing in June 2014.\n"
               "In March 2016 investigators of the regulator carried out unannounced inspections at its plants.\n")
    assert sorted(_summary(_events(history))) == [("investigation", "2012-05"), ("investigation", "2014-06"),
                                                  ("investigation", "2016-03")]


def test_insolvency_proceedings_named_in_the_local_law_and_their_end():
    history = ("== History ==\n"
               "In April 1999 Acme applied to a civil court in Madrid for a suspensión de pagos.\n"
               "The moratorium was lifted in May 2001.\n"
               "Its mining arm was placed in business rescue in 2015.\n")
    evs = _events(history)
    assert _summary(evs) == [("bankruptcy", "1999-04"), ("bankruptcy", "2001-05"), ("bankruptcy", "2015")]
    assert evs[1].label.startswith("Emergence")


# ---------------------------------------------------------------- openings told with the place as subject


def test_a_facility_that_opened_and_a_country_entered():
    history = ("== History ==\n"
               "A bottling plant at [[Leeds]], later the group's largest, opened in 1962.\n"
               "A third restaurant opened in [[York]] in 1971.\n"
               "Its first Acme Diner opened in [[Dubai]] in March 2015.\n"
               "The chain entered [[Canada]] in 2001 through a franchise agreement.\n")
    assert sorted(_summary(_events(history))) == [("expansion", "1962"), ("expansion", "1971"),
                                                  ("expansion", "2001"), ("expansion", "2015-03")]


def test_entering_a_country_by_buying_a_company_is_not_told_as_an_opening_and_chapter_11_is_no_country():
    history = ("== History ==\n"
               "The company entered [[Chile]] in 1997 by buying Bodega Norte.\n"
               "The company entered Chapter 11 in 2009.\n")
    assert "expansion" not in {t for t, _ in _summary(_events(history))}


# ---------------------------------------------------------------- a venture that is the company, or a state


def test_the_company_set_up_as_a_joint_venture_is_its_founding_not_a_venture():
    lead = "'''Acme Telecom Limited''' is a Ruritanian mobile operator.\n"
    history = ("== History ==\n"
               "Acme Telecom Limited was incorporated in Strelsau on 3 May 2004 as a joint venture of "
               "[[Borrowdale Group]] and [[Kestrel Holdings]].\n"
               "In 2009 [[Widgetron]] was established as a joint venture between Acme Telecom and [[Norland]].\n")
    summary = _summary(_events(history, title="Acme Telecom", lead=lead))
    assert ("founding", "2004-05-03") in summary and ("joint_venture", "2004-05-03") not in summary
    assert ("joint_venture", "2009") in summary


def test_a_venture_run_since_a_sale_is_a_state():
    history = ("== History ==\n"
               "In 2001 Acme sold 40 per cent of its refining business to [[Norland Oil]] for $95 million; "
               "the two companies have run the refineries as a joint venture since.\n")
    assert _summary(_events(history)) == [("divestiture", "2001")]
