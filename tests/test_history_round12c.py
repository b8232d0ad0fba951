"""History extractor, round 12 third pass (issue 14): kinds of text counted on the misses of
blind4 to blind12, each rule on sentences written for the test."""

from __future__ import annotations

from kg.model import DateValue
from kg.text.narrative import _relative
from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ---------------------------------------------------------------- an emergence told by its terms


def test_an_emergence_told_with_the_lenders_that_took_the_equity():
    assert _types("Acme filed for Chapter 11 in March 2012. The company emerged on June 3, 2013, with its "
                  "bondholders taking 90 per cent of the new shares.") == [
        ("bankruptcy", "2012-03"), ("bankruptcy", "2013-06-03")]
    assert _types("Acme filed for Chapter 11 in 1991. The company emerged in May 1992 with its lender, "
                  "Bank One, converting its loans into shares.") == [("bankruptcy", "1991"), ("bankruptcy", "1992-05")]
    # "emerged as" a leader is no emergence
    assert _types("Acme emerged in 1995 as the largest maker of tiles, with its banks behind it.") == []


def test_an_emergence_from_a_concurso():
    assert _types("In November 2003 the company emerged from the concurso.") == [("bankruptcy", "2003-11")]


# ---------------------------------------------------------------- a regulator's licence


def test_a_licence_received_from_a_regulator_is_other():
    assert _types("In 1981 it received a licence to fly passengers from the Civil Aviation Authority.") == [
        ("other", "1981")]
    assert _types("In May 2015 Acme obtained an e-money licence from the central bank.") == [("other", "2015-05")]
    assert _types("An operating permit was granted by the Ministry of Mines in March 2004.") == [
        ("other", "2004-03")]
    assert _types("The State Bank granted the family a banking licence in 1955.") == [("other", "1955")]
    assert _types("The company received Federal Maritime Commission authority to carry cargo in 1962.") == [
        ("other", "1962")]
    # a licence from a company (a licensor) is left alone: the gold sets disagree on it
    assert _types("In 2004 it received a licence from Philips for its DVD patents.") == []


def test_a_bullet_that_names_nobody_is_the_prose_event_of_that_year():
    assert _types("In April 2009 the Telecoms Authority awarded it a national mobile licence for US$30 million. "
                  "Two months later it signed a network contract with Nokia.\n"
                  "==Timeline==\n"
                  "* 2009 – Receives a mobile licence (April); Nokia contract (June).") == [
        ("other", "2009-04"), ("partnership", "2009-06")]


def test_the_following_month_by_name_dates_from_the_event_before():
    assert _relative("was named chief executive the following January", DateValue("2010-10-15", "day")).iso == "2011-01"
    assert _relative("was named chief executive the following January", DateValue("2010", "year")).iso == "2011-01"
    assert _relative("was named chief executive the following June", DateValue("2010-03", "month")).iso == "2010-06"
    assert _types("Acme opened a plant in Leeds in 2015. Jane Roe was named chief executive the following "
                  "February.") == [("expansion", "2015"), ("leadership_change", "2016-02")]


# ---------------------------------------------------------------- openings and closures of sites


def test_a_base_a_boutique_or_a_logistics_park_opened_is_an_expansion():
    assert _types("In 2014 the airline opened a base at Cancún airport.") == [("expansion", "2014")]
    assert _types("In 1999 it opened its first boutique on the Via Condotti in Rome.") == [("expansion", "1999")]
    assert _types("In March 2020 the company opened a logistics park near Riyadh.") == [("expansion", "2020-03")]


def test_an_office_a_brewery_or_counted_terminals_closed_is_a_divestiture():
    assert _types("In June 2021 it closed its sales office in Madrid.") == [("divestiture", "2021-06")]
    assert _types("In 2009 the company closed the brewery at Plzeň.") == [("divestiture", "2009")]
    assert _types("In 2002 it closed 14 terminals in the Midwest.") == [("divestiture", "2002")]
    # no office of a post, no closure for a time
    assert _types("In 2019 the board closed the office of the chairman.") == []
    assert _types("In 2020 it closed its offices for two weeks.") == []


def test_an_office_closed_with_job_cuts_is_left_to_the_layoffs():
    # the gold sets disagree on whether the office is an event of its own
    assert _types("In May 2023 it cut 60 jobs and closed its office in Oslo.") == [("layoffs", "2023-05")]
    # a plant closed with job cuts is still read
    assert _types("In May 2023 it cut 60 jobs and closed its plant in Oslo.") == [
        ("layoffs", "2023-05"), ("divestiture", "2023-05")]


# ---------------------------------------------------------------- a customer stocks the company's goods


def test_a_customer_that_stocks_or_accepts_the_goods_is_a_partnership():
    assert _types("[[Tesco]] began to stock the oat drinks across Britain in 2016.") == [("partnership", "2016")]
    assert _types("In 2019 the supermarket chain [[Carrefour]] began accepting the card at its French stores.") == [
        ("partnership", "2019")]
    assert _types("The Canadian outdoor retailer [[Mountain Equipment Co-op]] agreed in 2012 to stock its tents.") == [
        ("partnership", "2012")]
    # the company selling its own goods, or another party selling shares, is no order
    assert _types("In 2015 Acme began to sell its shoes in China.") == []
    assert _types("In 2016 [[Walmart]] began to sell its shares.") == []


def test_a_class_of_party_before_a_name_is_read_only_for_another_partys_act():
    # "the first London store": a place after a descriptor does not take the subject from the company
    assert _types("In 1982 the first [[London]] store opened, in Park Royal.") == [("expansion", "1982")]


def test_a_predicate_joined_to_a_dated_one_after_a_circumstance_shares_its_date():
    assert _types("After the regulator opened the market in 2004, the bank obtained a banking licence and "
                  "changed its name to Acme Bank in June 2004.") == [("other", "2004-06"), ("rename", "2004-06")]
    # the year written for the predicate itself stays its own
    assert _types("In 2004 it obtained a banking licence and changed its name to Acme Bank in June 2004.") == [
        ("other", "2004"), ("rename", "2004-06")]


def test_a_predicate_after_and_with_that_month_takes_that_month():
    assert _types("When the state carrier stopped flying in May 2012, Acme was given its slots at Lima, and it "
                  "opened a base there that September.") == [("expansion", "2012-09")]
