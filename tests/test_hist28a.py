"""History extractor, round 28 branch hist28a (issue 14): recall on new text, rules for classes of
sentences that recur across the development sets, each tested on sentences written for the test
(invented companies and people)."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- a post named with its holder's company and rank


def test_a_post_named_as_the_company_s_first_or_new_one_is_a_leadership_change():
    assert _types("Maren Holt, who had run the sourcing office of a Danish retailer, was appointed in May 2019 as "
                  "the company's first chief executive from outside the family.") == [("leadership_change", "2019-05")]
    assert _types("In 2011 Tolvane's founder retired, and the board appointed the company's first Norwegian "
                  "chief executive, Erik Sand.") == [("leadership_change", "2011")]
    assert _types("In March 2020 his deputy Ana Ruiz was appointed the bank's first female chief executive.") == [
        ("leadership_change", "2020-03")]


def test_a_first_director_counts_only_when_someone_is_named_as_it():
    assert _types("In 1975 the ministry named Oleg Brandt, an engineer who had studied in Riga, as the mill's "
                  "first director.") == [("leadership_change", "1975")]
    # a founding's first director told with "became" is the founding's staff, not a change of leader
    assert _types("Brandt became its chief engineer in 1951 and Ivo Kos, a former official, its first "
                  "director.") == []
    assert _types("In 2015 it named its first director of research.") == []


def test_a_rank_word_without_a_post_is_no_leadership_change():
    assert _types("In 2010 the Porto store became the company's first outlet in Spain.") != [
        ("leadership_change", "2010")]


# ---------------------------------------------------------------- someone left in charge


def test_one_who_leaves_or_dies_leaving_another_in_charge_is_a_leadership_change():
    assert _types("In June 2016 Keller returned to Austria, leaving Amira Haddad as sole managing director.") == [
        ("leadership_change", "2016-06")]
    assert _types("Tomas Brekke died in 1968, leaving the management to his nephew Arne.") == [
        ("leadership_change", "1968")]
    assert _types("Tomas Brekke died in 1968, leaving the running of the mill to Arne Brekke.") == [
        ("leadership_change", "1968")]


def test_leaving_a_place_or_a_thing_is_no_leadership_change():
    assert _types("In 2016 the ship sailed from Bergen, leaving Oslo as its only port of call.") == []


# ---------------------------------------------------------------- a customer that began buying the company's goods


def test_a_named_buyer_that_began_buying_goods_for_its_range_or_from_the_company_is_a_partnership():
    assert _types("In 2014 [[Morrisons]] began buying school shirts and jumpers for its Nutmeg range.") == [
        ("partnership", "2014")]
    assert _types("In 2016 [[Intersport]] began buying hockey sticks from the Wazirabad mill.") == [
        ("partnership", "2016")]


def test_the_company_buying_its_own_supplies_or_a_stake_is_no_customer():
    assert _types("In 2010 it began buying cotton yarn from Egypt.") == []
    assert _types("In 2010 [[Harlow Capital]] began buying shares from the founders.") != [("partnership", "2010")]


# ---------------------------------------------------------------- the first order shipped, or come from a buyer


def test_the_first_order_shipped_or_come_from_a_buyer_is_a_sale_to_a_customer():
    assert _types("The first export order, 12,000 jars of honey for the Bremen grocer Kessler Feinkost, was "
                  "shipped in May 1994.") == [("partnership", "1994-05")]
    assert _types("Its first export order came in 1961 from Holloway & Sons, a Bristol wholesaler that sold "
                  "the rackets to schools.") == [("partnership", "1961")]
    assert _types("Its first contract of its own came in 2008, when the Slovak bus maker Tatrabus ordered the "
                  "seat frames of its city bus.") == [("partnership", "2008")]


def test_a_first_order_that_was_neither_shipped_nor_came_from_a_buyer_is_no_sale():
    assert _types("In 2019 the company's first order of business was to sell the Leeds warehouse, which was "
                  "sent to auction.") != [("partnership", "2019")]
    assert _types("The first order books were kept by hand until 1961.") == []


# ---------------------------------------------------------------- a unit that began its work


def test_a_unit_that_began_doing_its_work_is_an_opening():
    assert _types("Its first spray dryer, at Tolvane, began taking milk in August 2001.") == [("expansion", "2001-08")]
    assert _types("The group's first pellet press started turning sawdust into fuel at Brenna in 2004.") == [
        ("expansion", "2004")]
    assert _types("Its factory, built by the local contractor Rahat Builders, began shipping in May 1997.") == [
        ("expansion", "1997-05")]


def test_a_unit_that_began_losing_money_or_being_built_is_no_opening():
    assert _types("In 2009 the mill began losing money.") == []
    assert _types("In 2012 the new plant began building up stocks of cement.") != [("expansion", "2012")]
    # a unit told without a rank or an aside is a state of work, no opening (tests/test_hist18p.py)
    assert _types("In 1991 the mill began pressing from olives bought from the cooperative.") == []
