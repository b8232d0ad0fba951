"""History extractor, round 29 branch hist29b (issue 14): recall on new text; each rule on
sentences written for the test (invented companies, banks and people)."""

from __future__ import annotations

from kg.text.narrative import explicit_date
from tests.test_history_round10 import _types

# ---------------------------------------------------------------- loans told as what paid for a thing


def test_a_loan_told_in_the_passive_with_its_lender_is_a_funding_round():
    assert _types("In 2009 the Brisk plant cost US$41 million, of which US$29 million was lent by the "
                  "[[Orrin Development Bank]].") == [("funding_round", "2009")]
    assert _types("In 1992 the cannery cost RO 6.8 million, of which RO 4.5 million was lent by the "
                  "[[Pellum Bank]] and the [[Quarrow Savings Bank]].") == [("funding_round", "1992")]
    # the active "of which X lent" after a cost stays the cost's detail, as before
    assert _types("In 2018 the Brisk plant cost about US$210 million, of which the [[Orrin Development Bank]] "
                  "lent US$95 million.") == []


def test_a_thing_financed_with_a_loan_mortgage_or_facility_from_a_lender_is_a_funding_round():
    assert _types("In 2009 the plant was financed with a US$45 million murabaha facility from the "
                  "[[Orrin Development Bank]].") == [("funding_round", "2009")]
    assert _types("In 1926 the estate was financed with a mortgage from the [[Bank of Brisk]].") == [
        ("funding_round", "1926")]
    assert _types("In 2013 it was financed in part with a US$55 million loan to the company from "
                  "[[Pellum Credit]] and [[Quarrow Bank]].") == [("funding_round", "2013")]
    # a building funded with a facility is no loan unless a lender gives it
    assert _types("In 2013 the hall was funded with a new storage facility beside the works.") == []


def test_the_loans_of_a_buyout_told_with_it_are_no_funding_round_of_their_own():
    assert "funding_round" not in [t for t, _ in _types(
        "On 14 March 2016 [[Orrin Capital]] agreed to buy the Tolvane family's 73 per cent for CZK 8.2 billion; "
        "the buyout valued the company at CZK 11.2 billion and was financed with loans from [[Brisk Bank]] "
        "and [[Pellum Bank]].")]


# ---------------------------------------------------------------- supply and offtake agreements told by "agreed to buy / sell"


def test_an_agreement_to_buy_or_sell_goods_for_a_term_or_a_yearly_quantity_is_a_partnership():
    assert _types("In 2012 [[Pellum Energy]] agreed to buy 300,000 tonnes of pellets a year for its power "
                  "station at Brisk.") == [("partnership", "2012")]
    assert _types("In 2014 Tolvane agreed to sell [[Quarrow Fertiliser]] 200,000 tonnes of urea a year for "
                  "five years.") == [("partnership", "2014")]
    assert _types("In July 2017 [[Orrin Trading]] agreed to buy at least a third of its cocoa exports for "
                  "ten years.") == [("partnership", "2017-07")]
    assert _types("In January 2023 [[Brisk Smelting]] agreed to supply Tolvane with green billets, made with "
                  "power from its new solar plant, for five years.") == [("partnership", "2023-01")]


def test_an_agreement_to_sell_a_plants_output_is_a_partnership():
    assert _types("In October 2021 Tolvane agreed to sell up to 30 MW of the Brisk plant's output to "
                  "[[Orrin Digital]], a data-centre operator.") == [("partnership", "2021-10")]
    assert _types("In 2008 [[Quarrow Power]] agreed to buy the plant's entire output at 5.6 cents per "
                  "kilowatt-hour.") == [("partnership", "2008")]


def test_an_agreement_to_buy_a_stake_a_business_or_a_site_stays_what_it_was():
    assert _types("In 2016 [[Orrin Capital]] agreed to buy a 40 per cent stake in Tolvane for "
                  "US$30 million.") == [("acquisition", "2016")]
    assert "partnership" not in [t for t, _ in _types(
        "In 2016 Tolvane agreed to buy the Brisk sawmill business of [[Pellum Timber]] for US$30 million, to be "
        "paid over five years.")]
    assert "partnership" not in [t for t, _ in _types(
        "In 2019 Tolvane agreed to sell its headquarters building to [[Quarrow Estates]] and lease it back for "
        "fifteen years.")]


# ---------------------------------------------------------------- a unit paid for, then opened in a relative clause


def test_a_unit_paid_for_after_and_or_towards_then_opened_in_a_relative_clause_is_an_expansion():
    assert _types("The [[Orrin Development Bank]] lent the company N$60 million in 2005 for sixty new trucks and a "
                  "depot at Brisk, which opened in March 2006.") == [("funding_round", "2005"), ("expansion", "2006-03")]
    assert _types("The [[Pellum Growth Fund]] lent the company $12 million in December 2019 towards a new packhouse "
                  "at Brisk, which opened in March 2021.") == [("funding_round", "2019-12"), ("expansion", "2021-03")]


def test_what_began_after_a_loan_is_no_opening_unless_it_is_a_unit():
    assert _types("The [[Orrin Development Bank]] lent the company N$60 million in 2005 for sixty new trucks and a "
                  "driver-training scheme, which began in 2006.") == [("funding_round", "2005")]


# ---------------------------------------------------------------- a decade after "since" is background (the shared date reader)


def test_a_decade_after_since_is_background_when_the_clause_gives_another_date():
    assert explicit_date("Pellum Orr, whose family had farmed at Brisk since the 1920s, registered Tolvane Wire "
                         "on 4 June 1952.").iso == "1952-06-04"
    assert explicit_date("Tolvane, a rope maker since the late 1940s, opened a plant at Brisk in May 1960.").iso == "1960-05"
    # with no other date the decade still dates the clause
    assert explicit_date("Tolvane has made rope at Brisk since the 1920s.").iso == "1920"


def test_the_following_year_counts_from_the_date_not_from_a_decade_after_since():
    assert _types("In 1951 Tolvane opened a works at Brisk. Pellum Orr, whose family had farmed there since the "
                  "1920s, became its manager on 4 June 1952. A rope-laying bench bought second-hand in Germany "
                  "began running there the following year.")[-1] == ("expansion", "1953")


# ---------------------------------------------------------------- a machine or unit put to work


def test_a_press_bench_or_machine_that_started_production_or_running_is_an_expansion():
    assert _types("The new 3,600-tonne press, built by the Italian maker [[Orrin Macchine]] and the largest in "
                  "Brisk, started production at Quarrow in September 2019.") == [("expansion", "2019-09")]
    assert _types("A wire-drawing bench bought second-hand in Germany began running at Brisk in 1953.") == [
        ("expansion", "1953")]


def test_a_plant_after_a_participle_phrase_that_began_its_work_is_an_expansion():
    assert _types("Built by the contractor Orrin Construcciones around three chambers from the French maker "
                  "Pellum, the plant began sterilising devices in October 2007.") == [("expansion", "2007-10")]
    # a plant that began losing money is no opening
    assert _types("Built by the contractor Orrin Construcciones in 2001, the plant began losing money in "
                  "October 2007.") == []
