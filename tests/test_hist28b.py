"""History extractor, round 28 branch hist28b (issue 14): precision and fields on new text; each
rule on sentences written for the test (invented companies and people)."""

from __future__ import annotations

from kg.text.narrative import explicit_date
from tests.test_history_round10 import _types

# ---------------------------------------------------------------- a year after "since" is a state's start


def test_a_relative_phrase_dates_a_clause_whose_one_year_follows_since():
    assert _types("In 1997 Tolvane opened a plant at Brisk. The following year the operator Marrowline ordered "
                  "80 Tolvane coaches, its largest order since 1990.") == [("expansion", "1997"), ("partnership", "1998")]
    assert _types("Tolvane cut 60 jobs in 1988, and the following year it sold its half of Quarrow Cartons, a box "
                  "plant it had owned jointly with Pellum Paper since 1982, to its partner.") == [
        ("layoffs", "1988"), ("divestiture", "1989")]


def test_a_state_since_a_year_with_no_other_date_keeps_that_year():
    assert _types("Tolvane has been listed on the Brisk Stock Exchange since March 2007.") == [("ipo", "2007-03")]


def test_a_later_name_told_in_parentheses_dates_nothing():
    assert explicit_date("lines from Quarrow Packaging (since 2020 Pellum) were installed") is None
    assert explicit_date("paid for with a loan from Brisk Bank (since 2019 Bank of Orr), opened in May 2007").iso == "2007-05"
    assert _types("The plant was built at Brisk by the contractor Orrin Works, with filling lines from Quarrow "
                  "Packaging (since 2020 Pellum), and was opened on 14 October 2002.") == [("expansion", "2002-10-14")]


# ---------------------------------------------------------------- another party's new name


def test_another_party_named_without_a_link_renamed_is_not_the_company_renamed():
    assert _types("In 2019 [[Brisk Group]] lent the company US$20 million; Brisk was renamed Orrin Investment "
                  "two years later.") == [("funding_round", "2019")]
    assert _types("Tolvane entered Barbados in 1991, buying Quarrow Assurance Company of Bridgetown; Quarrow was "
                  "renamed Tolvane Life (Barbados) two years later.") == [("acquisition", "1991")]
    assert _types("Pellum Holding took the name Pellum Mobility Holding in 2019.") == []


def test_the_company_renamed_by_its_own_name_or_a_pronoun_stays_a_rename():
    assert _types("In 1950 the firm was renamed Tolvane Works.") == [("rename", "1950")]
    assert _types("Acme Widgets was renamed Acme Corp in 1950.") == [("rename", "1950")]
    assert _types("It was renamed Tolvane Works in 1950.") == [("rename", "1950")]


# ---------------------------------------------------------------- a plant built by a contractor, an opening done with a partner


def test_a_site_built_by_a_contractor_is_no_founding_of_the_company():
    assert _types("The company's second packhouse opened at Brisk in March 1998. It was built by the local firm "
                  "Orrin Construction and fitted with graders made in Auckland.") == [("expansion", "1998-03")]
    assert _types("The terminal opened in 1998. It was built by a joint venture of the contractor Quarrow S.A. and "
                  "the dredging firm Pellum Dredging.") == [("expansion", "1998")]


def test_a_company_built_or_started_by_its_founders_is_still_a_founding():
    assert _types("Acme was started in 1921 by the brothers Aarne and Eino Tolvanen.") == [("founding", "1921")]
    assert _types("The company was built by the carpenter Aarne Tolvanen in 1921.") == [("founding", "1921")]


def test_an_opening_in_partnership_with_another_party_is_the_opening():
    assert _types("In September 2022 the company opened its first shop in Japan, in Osaka's Kita ward, in "
                  "partnership with [[Quarrow Trading]].") == [("expansion", "2022-09")]
    assert _types("In 2015 Tolvane signed a partnership with [[Quarrow Trading]].") == [("partnership", "2015")]


# ---------------------------------------------------------------- goods bought are no acquisition


def test_goods_bought_in_cargoes_from_growers_second_hand_or_by_the_company_are_no_acquisition():
    assert _types("[[Quarrow Fertiliser]], a cooperative that would later become its partner, bought its first "
                  "cargo of urea from [[Pellum Phosphates]] in 1989.") == []
    assert _types("In 2012 the company bought grapes from other growers to fill its contracts.") == []
    assert _types("Grinding began in May 1998 on a second-hand line able to process 9,000 tonnes of beans a year, "
                  "bought from a closed factory in Zaandam.") == []
    assert _types("In March 2017 the forestry board opened an investigation into logs bought by Acme from "
                  "contractors who had felled timber without permits.") == [("investigation", "2017-03")]


def test_goods_bought_from_a_year_onwards_or_every_year_since_are_a_trade_not_a_purchase():
    assert _types("Its maps were at first drawn in-house but were bought from [[Quarrow Survey]] from 2011 "
                  "onwards.") == []
    assert [t for t, _ in _types("[[Tolvane Stores]] placed its first order in October 1992; the retailer has bought "
                                 "from Acme every year since.")] == ["partnership"]


def test_a_business_or_a_mill_bought_is_still_an_acquisition():
    assert _types("In 2004 Acme bought the Orrin mill from [[Quarrow Group]].") == [("acquisition", "2004")]
    assert _types("In 2009 Acme bought [[Tolvane Cargo]], a freight forwarder.") == [("acquisition", "2009")]


# ---------------------------------------------------------------- the offering that raised a sum is the listing's


def test_the_offering_that_raised_a_sum_is_the_listing():
    assert _types("Its shares were listed on the [[Brisk Stock Exchange]] on 3 August 2007 after a public offer of "
                  "42 million new shares. Priced at ¢9,500 a share, the offer raised GH₵39.9 million.") == [
        ("ipo", "2007-08-03")]
    assert _types("[[Quarrow Capital]] sold half of its holding when Acme's shares began trading on the [[Brisk Stock "
                  "Exchange]] on 17 October 2018; together with new shares, the offering at CZK 420 a share raised "
                  "CZK 2.3 billion.") == [("ipo", "2018-10-17")]
    assert _types("Acme moved to the main board of the [[Brisk Exchange]] on 27 September 2010, selling new shares "
                  "in an offering underwritten by [[Quarrow Securities]] that raised NT$1.02 billion.") == [
        ("ipo", "2010-09-27")]


def test_a_rights_or_follow_on_offering_that_raised_a_sum_stays_a_funding_round():
    assert _types("In March 2021 a rights offering raised ฿3.2 billion.") == [("funding_round", "2021-03")]
    assert _types("A follow-on offering managed by [[Quarrow Securities]] raised ₱6.8 billion in 1996.") == [
        ("funding_round", "1996")]


# ---------------------------------------------------------------- a leased asset handed back to its owner


def test_a_building_or_aircraft_handed_back_to_its_owner_is_a_divestiture_not_state_control():
    assert _types("A second mill, at Brisk, opened in 2008; the Orrin building was handed back to its owner the "
                  "following year and its machines were moved to Brisk.") == [("expansion", "2008"), ("divestiture", "2009")]
    assert _types("In 2014 the two Dash 8s were returned to their owner.") == [("divestiture", "2014")]


def test_the_company_handed_back_to_its_owners_stays_the_end_of_state_control():
    assert _types("In 1953 the company was handed back to its owners.") == [("other", "1953")]
    assert _types("The works were placed under state control in 1940 and were returned to the family in 1946.") == [
        ("other", "1940"), ("other", "1946")]


def test_a_former_name_that_took_the_company_s_name_is_the_company_renamed():
    assert _types("Redding-Quarrow took the name Acme Corp in 1981.") == [("rename", "1981")]
    assert _types("Quarrow Haulage was renamed Acme Corp in 1981.") == [("rename", "1981")]


def test_a_named_person_who_turned_the_business_into_a_new_form_is_no_other_party_renamed():
    assert _types("On 2 May 1908 Orrin turned the brewery into a limited partnership, Acme Brewing Goshi-gaisha.") == [
        ("rename", "1908-05-02")]
