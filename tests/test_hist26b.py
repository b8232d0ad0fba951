"""History extractor, round 26 branch hist26b (issue 14): a second event in a sentence where
another was found; each rule on sentences written for the test (invented companies and people)."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- a closure cut off by a relative clause, with its job cuts


def test_a_site_closed_after_a_relative_clause_keeps_its_closure_beside_the_job_cuts():
    # the splitter cuts "The Leeds studio" off its predicate; the job cuts after it must not hide the closure
    assert _types("The Leeds studio, which had never released a game, was closed in November 2020, and its "
                  "48 employees were made redundant.") == [("divestiture", "2020-11"), ("layoffs", "2020-11")]
    assert _types("The Hove mill, which had made paper since 1890, was shut down in 2011, and 120 workers "
                  "lost their jobs.") == [("divestiture", "2011"), ("layoffs", "2011")]


def test_a_relative_clause_before_a_predicate_without_a_site_changes_nothing():
    # the clause's own event stays when the subject and predicate tell none
    assert _types("The Brantwood family, which had run Acme since 1950, cut 300 jobs in 2012.") == [
        ("layoffs", "2012")]


# ---------------------------------------------------------------- a product that reached the shops


def test_a_product_that_reached_the_shops_is_a_launch_also_after_another_event():
    assert _types("The first Corvo scent, Ivy, reached shops in June 2005.") == [("product_launch", "2005-06")]
    assert _types("In 2005 the Corvo brand first appeared in shops in Leeds.") == [("product_launch", "2005")]
    assert _types("The EBRD lent Acme US$8 million in 2000 for a bottling line, and the first Acme water in cans "
                  "reached shops in June 2001.") == [("funding_round", "2000"), ("product_launch", "2001-06")]


# ---------------------------------------------------------------- an award named in quotes or with its amount


def test_an_award_named_in_quotes_or_with_its_amount_is_an_award_also_after_another_event():
    assert _types('In 2019 the company won the "Retailer of the Year" award of the Retail Guild.') == [
        ("award", "2019")]
    assert _types("In December 2005 it received the US$10 million Export Star award on Trade Day.") == [
        ("award", "2005-12")]
    assert _types("A second depot, in Leeds, followed a year later, and in 2019 the company won the "
                  "“Retailer of the Year” award.") == [("expansion", "2019"), ("award", "2019")]


# ---------------------------------------------------------------- a venture's plant that opened later


def test_the_plant_a_venture_was_to_work_at_opening_later_is_an_expansion_of_its_own():
    assert _types("In 2017 Acme and the Turkish food group Boots Holding formed a joint venture to bake biscuits "
                  "for the Middle East at a plant in Bursa, which opened two years later.") == [
        ("joint_venture", "2017"), ("expansion", "2019")]
    # no unit before the relative clause: nothing more
    assert _types("In 2017 Acme formed a joint venture with Boots at a trade fair in Bursa, which opened in 2019.") \
        == [("joint_venture", "2017")]


def test_a_contest_won_is_an_award_but_a_competition_for_a_contract_is_not():
    assert _types("Boots became its first large customer in 2016, and in the same year the company won the "
                  "Start-up Sandbox contest at the Web Summit in Lisbon.") == [("partnership", "2016"), ("award", "2016")]
    assert "award" not in [t for t, _ in _types("In 2012 Acme won a competition to build the new Leeds bridge.")]
