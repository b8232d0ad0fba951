"""History extractor, round 9 of issue 14: precision. Rule groups for causes of wrong events
seen in at least three articles of at least two development sets, each on sentences written
for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _roles, _summary

# ---------------------------------------------------------------- the lead's summary told again


def test_the_leads_summary_is_the_one_event_the_body_tells_that_year():
    # the summary was read with a party of its own (the founder), the body with another
    text = ("'''Acme Corp''' is a maker of widgets. Founded in 1950 by [[Otto Lindqvist]], the company took "
            "its present form after its 1987 merger with a sister firm.\n\n"
            "== History ==\n"
            "On 1 May 1987 Acme merged with [[Nordventil]].\n")
    evs = _events(text, lead="")
    assert [(e.type, e.date.iso) for e in evs if e.type == "merger"] == [("merger", "1987-05-01")]


def test_two_events_of_a_kind_in_the_body_keep_the_leads_summary_apart():
    text = ("'''Acme Corp''' is a maker of widgets. It bought [[Nordventil]] in 1999.\n\n"
            "== History ==\n"
            "In March 1999 Acme bought [[Brenta Valvole]].\n\n"
            "In October 1999 it bought [[Kessler Armaturen]].\n")
    evs = _events(text, lead="")
    assert len([e for e in evs if e.type == "acquisition"]) == 3


# ---------------------------------------------------------------- what came to nothing


def test_a_deal_called_off_abandoned_or_only_discussed_is_no_event():
    history = ("A planned merger with [[Kessler Armaturen]] was called off in 2003 over the price.\n\n"
               "A merger with [[Brenta Valvole]] was discussed in 2006 but abandoned.\n\n"
               "Talks to merge with [[Nordventil]] in 2009 ended without agreement.\n\n"
               "Reports in 2012 that Acme was preparing an initial public offering were not confirmed.\n\n"
               "In 2014 it merged with [[Valvex]].\n")
    assert _summary(_events(history)) == [("merger", "2014")]


def test_a_cancellation_in_another_clause_leaves_the_event():
    # the orders were cancelled, not the lay-offs
    assert _summary(_events("In 1945 it let go about 3,000 workers as wartime orders were cancelled.\n")) == [
        ("layoffs", "1945")]


# ---------------------------------------------------------------- a holder's shares


def test_a_holder_selling_its_shares_is_no_divestiture_of_the_company():
    history = ("In 1994 the founding family sold 25 per cent of the capital for 90 million francs.\n\n"
               "The buyout firm [[Harbour Capital]] sold the last of its shares in 2001.\n\n"
               "[[Nordfond]] received 30 per cent of the shares and sold the last of them in 2008.\n\n"
               "In 2011 it sold its shares in [[Valvex]].\n")
    assert _summary(_events(history)) == [("divestiture", "2011")]


def test_shares_sold_to_the_public_or_introduced_on_an_exchange_are_a_listing():
    assert _summary(_events("Its shares were first sold to the public in 1972.\n")) == [("ipo", "1972")]
    assert _summary(_events("Its shares were introduced on the [[Paris Bourse]] in June 1981.\n")) == [
        ("ipo", "1981-06")]
    assert _summary(_events("The shares moved to the main board of the [[Taiwan Stock Exchange]] in 2003.\n")) == [
        ("ipo", "2003")]


def test_a_family_selling_a_decimal_stake_to_a_buyer_is_the_company_bought():
    [ev] = _events("In 2006 the family sold a 24.9 per cent stake to [[Harbour Capital]].\n")
    assert ev.type == "acquisition" and ev.date.iso == "2006"


# ---------------------------------------------------------------- a rename of what it bought


def test_a_rename_after_a_purchase_is_the_name_of_what_was_bought():
    history = ("In 2013 Acme bought [[Brenta Valvole]] for €40 million and renamed it Acme Italia.\n\n"
               "[[Kessler Armaturen]] was acquired in 2016 and renamed Acme Deutschland.\n\n"
               "In 2019 it bought [[Valvex]] and renamed itself Acme Flow.\n")
    assert _summary(_events(history)) == [("acquisition", "2013"), ("acquisition", "2016"),
                                          ("acquisition", "2019"), ("rename", "2019")]


# ---------------------------------------------------------------- another party's deal


def test_another_partys_deal_told_as_background_is_not_the_companys():
    history = ("[[Harbour Capital]] had bought [[Nordventil]] the previous year, in 1997.\n\n"
               "[[Kessler Armaturen]] had been spun out of a larger Bremen group in 2004.\n\n"
               "In 2008 [[Valvex]], whose pump business was bought by [[Grundfos]], became its main supplier.\n\n"
               "[[Brenta Valvole]] was bought by a consortium of its managers in 2010.\n\n"
               "[[Lindqvist]] had earlier sold a foundry to [[Sandvik]] in 2012.\n\n"
               "In 2015 Acme bought [[Ostrava Ventil]].\n")
    assert _summary(_events(history)) == [("acquisition", "2015")]


def test_a_company_bought_in_the_pluperfect_by_the_company_stays_its_purchase():
    [ev] = _events("[[Nordventil]] had been bought by Acme in 1997.\n")
    assert (ev.type, ev.date.iso) == ("acquisition", "1997")


# ---------------------------------------------------------------- new shares


def test_a_stake_taken_through_new_shares_is_a_funding_round():
    history = ("In March 2011 [[Harbour Capital]] acquired 12.5 per cent of Acme through a capital increase "
               "reserved for it.\n\n"
               "In 2015 [[Nordfond]] bought 9 per cent of the company in a capital increase of €80 million.\n\n"
               "In 2018 [[Kessler Holding]] subscribed to new shares equal to 10 per cent of the enlarged capital.\n")
    evs = _events(history)
    assert _summary(evs) == [("funding_round", "2011-03"), ("funding_round", "2015"), ("funding_round", "2018")]
    assert ("Harbour Capital", "investor") in _roles(evs[0])


def test_a_stake_bought_from_a_holder_stays_an_acquisition_of_a_stake():
    [ev] = _events("In 2009 [[Nordfond]] bought a 20 per cent stake from [[Harbour Capital]].\n")
    assert ev.type == "acquisition"
