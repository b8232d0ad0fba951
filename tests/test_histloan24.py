"""History extractor, round 24 (issue 14): loans told with the lender or the loan as the subject;
each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- a lender grants, provides or arranges a loan


def test_a_named_lender_that_provides_grants_or_arranges_a_loan_is_a_funding_round():
    assert _types("In 2013 Norfund provided a US$12 million term loan to the company.") == [("funding_round", "2013")]
    assert _types("In March 2016 the African Development Bank granted Acme a €20 million credit line.") == [
        ("funding_round", "2016-03")]
    assert _types("In 2012 Halvard Bank arranged a ₾60 million loan for the new plant.") == [("funding_round", "2012")]
    assert _types("In 2014 Barclays opened a US$2.5 million credit line for the company.") == [
        ("funding_round", "2014")]


def test_a_named_lender_that_provides_a_sum_of_debt_or_comes_back_with_a_loan_is_a_funding_round():
    assert _types("In 2015 Ulster Bank and Barclays provided €48 million of debt for the expansion.") == [
        ("funding_round", "2015")]
    assert _types("Ecobank advanced KSh 900 million in loans to the company in 2019.") == [("funding_round", "2019")]
    assert _types("Norfund came back in 2018 with a $15 million loan.") == [("funding_round", "2018")]


def test_the_company_lending_to_its_customers_a_guarantee_a_rescue_or_a_grant_is_no_loan():
    # the company is the lender (a named subject that is the company itself), or the borrowers are its customers
    assert _types("In 2012 Acme provided a US$2.5 million loan to its growers.") == []
    assert _types("In 2016 Equity Bank lent KSh 1.2 billion to its customers.") == []
    # a guarantee, a loan in a bankruptcy, money that is no loan
    assert _types("In 2014 the state development bank provided a loan guarantee for the new line.") == []
    assert _types("In 2020 Fairfax provided a C$35 million debtor-in-possession loan.") == []
    assert _types("The government provided €5 million in 2013 for the training centre.") == []


def test_a_loan_only_sought_or_under_talks_is_no_funding_round():
    assert _types("In 2015 the company sought a loan from the World Bank.") == []
    assert _types("In 2009 it held talks on a loan from the Export-Import Bank.") == []
    assert _types("In 2011 Acme was negotiating a credit line from Rabobank.") == []


# ---------------------------------------------------------------- the loan as the subject


def test_a_loan_or_facility_told_as_the_subject_of_its_signing_or_its_increase_is_a_funding_round():
    assert _types("A second Afreximbank loan, of FCFA 30 billion, was signed in 2011.") == [("funding_round", "2011")]
    assert _types("The term loan, worth Rs 2 billion, was approved by the bank in 2019.") == [
        ("funding_round", "2019")]
    assert _types("In 2015 the company's revolving credit facility of €200 million was refinanced.") == [
        ("funding_round", "2015")]
    assert _types("The credit line was extended in 2018 at €40 million.") == [("funding_round", "2018")]


def test_a_bare_facility_is_a_loan_only_with_a_sum_it_was_raised_by_or_refinanced_at():
    assert _types("The facility was raised by $50 million in 2015.") == [("funding_round", "2015")]
    assert _types("The facility was refinanced in 2016 at US$250 million.") == [("funding_round", "2016")]
    # a building: no sum, or a cost
    assert _types("The facility was extended in 2016 to 40,000 square metres.") == []
    assert _types("The facility was extended in 2016 at a cost of $12 million.") == []
    assert _types("The loans to its farmers were approved in 2017.") == []


# ---------------------------------------------------------------- financed by a facility


def test_something_financed_by_a_facility_or_a_credit_line_is_a_funding_round():
    assert _types("From 2003 its cocoa purchases were financed by yearly pre-export facilities from Rabobank.") == [
        ("funding_round", "2003")]
    assert _types("In 2010 the new fleet was funded by a revolving credit facility from HSBC.") == [
        ("funding_round", "2010")]
    assert _types("In 2018 the stock was paid for by a credit line from Banco Pichincha.") == [
        ("funding_round", "2018")]


# ---------------------------------------------------------------- a second act in the sentence does not kill the loan


def test_an_act_with_a_lenders_loan_told_in_a_clause_of_the_same_time_is_two_events():
    assert _types("A cold store opened in 2019, the same year in which Davivienda granted it a green credit line "
                  "of $40,000 million.") == [("expansion", "2019"), ("funding_round", "2019")]
    assert _types("In 2008 Acme opened a store in Leeds, when Barclays lent it £4 million.") == [
        ("expansion", "2008"), ("funding_round", "2008")]
    assert _types("The company borrowed US$18 million from Ecobank in June 2011 and built a new plant.") == [
        ("funding_round", "2011-06"), ("expansion", "2011-06")]
    assert _types("In 2017 Acme bought Bolt Ltd, after which Nordea lent it €6 million.") == [
        ("acquisition", "2017"), ("funding_round", "2017")]


def test_no_loan_of_its_own_after_an_act_paid_for_by_a_loan_a_guarantee_a_rescue_or_anothers_purchase():
    # the loan as the means of the act is left to the act (the gold sets disagree on it)
    assert _types("A new bottling line opened in October 2021, paid for in part by a second EBRD loan.") == [
        ("expansion", "2021-10")]
    assert _types("In 2012 Acme opened a plant, financed by a loan guarantee from the state.") == [("expansion", "2012")]
    assert _types("In 2009 the company opened a depot, paid for by an emergency loan from the state.") == [
        ("expansion", "2009")]
    assert _types("In 2014 Acme opened a mill in Leeds, financed largely by a bank loan.") == [("expansion", "2014")]
    assert "funding_round" not in [t for t, _ in _types("In 2010 Hanwa bought Acme, financed with a loan from Mizuho.")]
    assert "funding_round" not in [t for t, _ in _types(
        "In 2016 Acme bought Bolt, which had been financed by loans from Rabobank.")]


# ---------------------------------------------------------------- a lender's undated loan right after a dated sentence


def test_an_undated_loan_told_with_the_lender_as_subject_takes_the_date_of_the_sentence_before():
    assert _types("In June 2018 creditors approved a voluntary arrangement. "
                  "KCB Bank lent a further KSh 1.5 billion over seven years.") == [
        ("bankruptcy", "2018-06"), ("funding_round", "2018-06")]
    assert ("funding_round", "2007-02") in _types(
        "Harcourt Partners bought 72 per cent of the company in February 2007. "
        "Ulster Bank and Barclays provided €48 million of debt for the deal.")
    assert _types("In 2005 the company opened a mill in Tema. Barclays then granted it a US$3 million credit line.") == [
        ("expansion", "2005"), ("funding_round", "2005")]


def test_no_carried_loan_when_the_company_lends_or_the_sentence_tells_no_loan():
    assert _types("In 2005 the company opened a mill in Tema. Acme lent US$3 million to its farmers.") == [
        ("expansion", "2005")]
    assert _types("In 2005 the company opened a mill in Tema. Barclays provided a loan guarantee.") == [
        ("expansion", "2005")]
    assert _types("In 2005 the company opened a mill in Tema. The state provided the land.") == [("expansion", "2005")]
    # another paragraph: no date to carry
    assert _types("In 2005 the company opened a mill in Tema.\n\nBarclays granted it a US$3 million credit line.") == [
        ("expansion", "2005")]


# ---------------------------------------------------------------- money raised, written in any currency


def test_money_raised_in_any_currency_is_a_funding_round():
    assert _types("A rights offering raised ฿3.2 billion in March 2021.") == [("funding_round", "2021-03")]
    assert _types("In 2019 a share placement raised RM 450 million.") == [("funding_round", "2019")]
    assert _types("In 2014 the company raised KSh 2 billion in a rights issue.") == [("funding_round", "2014")]


def test_a_rise_of_output_or_prices_is_no_money_raised():
    assert _types("In 2012 the company raised its output to 3 million tonnes.") == []
    assert _types("In 2015 Acme raised prices by 4 per cent.") == []
    assert _types("In 2016 Acme raised capacity to 2 million hectolitres.") == []
