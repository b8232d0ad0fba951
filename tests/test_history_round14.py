"""History extractor, round 14 (issue 14): causes counted on blind4 to blind15, each rule on
sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ---------------------------------------------------------------- a plan or a proposal is no event


def test_a_plan_told_with_had_planned_is_no_event():
    assert _types("Acme had planned an initial public offering in London for the spring of 2019.") == []
    assert _types("The company had planned a rights issue of £40 million in 2012; it was postponed.") == []
    assert _types("In 2016 Acme had long planned a merger with Bolt Industries.") == []


def test_a_deal_undone_in_the_next_clause_is_no_event():
    assert _types("In March 2024 Acme agreed to buy a 30 per cent stake in Bolt Ltd, subject to approval; "
                  "the deal had not been completed by 2025.") == []
    assert _types("Acme agreed to merge with Bolt Industries in 2019; it was called off a year later.") == []
    # a deal completed later stays
    assert _types("In 2012 Acme agreed to buy Bolt Industries; the deal was completed in 2013.") == [
        ("acquisition", "2012")]


def test_a_proposal_to_buy_is_no_event():
    assert _types("On 4 March 2021 Bolt Industries made an unsolicited proposal to buy Acme for $3 a share.") == []
    assert _types("In 2008 the board rejected a takeover proposal for the company from Bolt Industries.") == []


def test_what_was_done_stays_an_event():
    # the plan carried out, and a purchase that was planned before
    assert _types("In 2019 Acme planned and opened a new plant in Leeds.") == [("expansion", "2019")]
    assert _types("In 2014 Acme bought Bolt Industries, as it had planned since 2010.") == [
        ("acquisition", "2014")]


# ---------------------------------------------------------------- a minority taken with no seller is new money


def test_a_minority_taken_by_another_party_with_no_seller_is_a_funding_round():
    assert _types("The Halden Savings Bank took a 15 per cent stake in 1962 to pay for a new kiln.") == [
        ("funding_round", "1962")]
    assert _types("The Asian Development Bank bought 7 per cent of the company for US$30 million in 2018.") == [
        ("funding_round", "2018")]


def test_a_stake_from_a_holder_or_in_another_company_stays_an_acquisition():
    # a seller named, a stake in something else, the company buying, a majority
    assert _types("In 2011 Bolt Industries bought a 20 per cent stake from the founding family.") == [
        ("acquisition", "2011")]
    assert _types("In 2016 Acme bought a 30 per cent stake in Bolt Industries.") == [("acquisition", "2016")]
    assert _types("In 2019 Bolt Industries bought a majority of the company for $80 million.") == [
        ("acquisition", "2019")]


# ---------------------------------------------------------------- "It was renamed" after a purchase


def test_it_renamed_after_a_purchase_is_what_was_bought():
    assert _types("In May 2003 Acme bought Bolt Controls, a maker of relays in Derby. "
                  "It was renamed Acme Bolt Controls the following year.") == [("acquisition", "2003-05")]
    assert _types("In 2009 Acme acquired Lintel Software of Leeds. It was merged into Acme Digital Ltd in 2012.") == [
        ("acquisition", "2009")]


def test_it_renamed_after_anything_else_is_the_company():
    # the sentence before tells no purchase by the company, or the company was the one bought
    assert _types("In 2003 Acme opened a plant in Derby. It was renamed Acme Industries in 2005.") == [
        ("expansion", "2003"), ("rename", "2005")]
    assert _types("In 2003 Bolt Holdings bought Acme. It was renamed Bolt Acme in 2005.") == [
        ("acquisition", "2003"), ("rename", "2005")]


# ---------------------------------------------------------------- a works moved is a relocation


def test_a_mill_or_plant_moved_to_a_larger_site_is_a_relocation():
    # the README's convention: a move is a relocation (scored as other), an opening an expansion
    assert _types("The mill moved to a larger site at Kirkby in 1971.") == [("other", "1971")]
    assert _types("In 1988 the bakery moved to new premises on the edge of town.") == [("other", "1988")]
    assert _types("In 1990 Acme opened a second mill at Kirkby.") == [("expansion", "1990")]


# ---------------------------------------------------------------- a nationalisation of others is no event of the company


def test_a_nationalisation_of_an_industry_or_of_others_is_no_event():
    assert _types("The firm grew out of nationalised mills in the valley, reorganised in 1950.") == []
    assert _types("The private sawmills of the region were nationalised in 1948.") == []
    assert _types("They were nationalised under the Estates Law of 1972.") == []


def test_the_company_nationalised_stays_an_event():
    assert _types("Acme was nationalised on 1 May 1948.") == [("other", "1948-05-01")]
    assert _types("In 1975 the state nationalised the company and its two mills.") == [("other", "1975")]
