"""History extractor, round 14 second pass (issue 14): causes counted on blind4 to blind15, each
rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round14 import _types

# ------------------------------------------------ a change of legal form with no new name is no rename


def test_a_change_of_legal_form_without_a_name_is_other():
    assert _types("Acme was converted into a public company in 1998, a year before its listing.") == [
        ("other", "1998")]
    assert _types("In May 2006 the company was converted into a public joint-stock company.") == [
        ("other", "2006-05")]


def test_a_change_of_legal_form_with_a_name_stays_a_rename():
    assert _types("In 1994 the company was converted into a public limited company and renamed Acme Plc.") == [
        ("rename", "1994")]
    assert _types("On 2 May 1971 the cooperative was converted into a naamloze vennootschap, Acme N.V.") == [
        ("rename", "1971-05-02")]


def test_a_nameless_retelling_of_a_named_conversion_is_that_rename():
    assert _types("On 2 May 1971 the firm was converted into a joint-stock company, Acme AG. "
                  "The firm was converted into a public company and listed in Zurich in 1971.") == [
        ("rename", "1971-05-02")]


# ------------------------------------------------ "The bank, renamed ..." after a purchase


def test_the_thing_bought_renamed_in_the_next_sentence_is_no_rename_of_the_company():
    assert _types("In 2019 Acme bought 70 per cent of Bolt Savings Bank. The bank, renamed Acme Bank, "
                  "opened in Leeds in May 2020.") == [("acquisition", "2019")]
    assert _types("In 2011 Acme bought the Derby Dairy. The dairy was renamed Acme Milk in 2012.") == [
        ("acquisition", "2011")]


def test_the_company_renamed_after_a_purchase_stays_a_rename():
    assert _types("In 2011 Acme bought the Derby Dairy. The company was renamed Acme Foods in 2012.") == [
        ("acquisition", "2011"), ("rename", "2012")]
    # a noun the purchase did not use is not what was bought
    assert _types("In 2011 Acme bought the Derby Dairy. The bank was renamed Acme Bank in 2012.") == [
        ("acquisition", "2011"), ("rename", "2012")]


# ------------------------------------------------ a deal agreed, called off in a later sentence


def test_a_deal_called_off_in_a_later_sentence_is_no_event():
    assert _types("On 9 July 2018 Acme agreed to merge with Bolt Industries in an all-stock deal. "
                  "Regulators sued to block the merger in March 2019. "
                  "The companies called the deal off in August 2019.") == [("lawsuit", "2019-03")]
    assert _types("In November 2018 Acme agreed to merge with Bolt Industries in a share swap. "
                  "The two companies called the merger off in March 2020, after regulators objected.") == []
    assert _types("In 2015 Acme agreed to buy Bolt Industries for $2 billion. "
                  "Bolt's board rejected the offer a month later.") == []


def test_a_deal_completed_stays_though_a_later_plan_was_dropped():
    assert _types("In 2015 Acme agreed to buy Bolt Industries for $2 billion. The deal closed in 2016. "
                  "In 2018 a plan to sell Bolt was abandoned.") == [("acquisition", "2015")]
    # a call-off three sentences on, or in another section, is too far to be this deal's
    assert _types("In 2015 Acme agreed to buy Bolt Industries. It opened a plant in Leeds in 2016. "
                  "It opened a plant in Derby in 2017. The deal with Colt was called off in 2018.") == [
        ("acquisition", "2015"), ("expansion", "2016"), ("expansion", "2017")]
