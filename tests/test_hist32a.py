"""History recall of money events, round 32 (issue 14, branch hist32a): loans, bonds and new
shares told in shapes the loan and funding rows missed; each rule on sentences written for the
test (invented companies)."""

from __future__ import annotations

from tests.test_history_rules import _events


def _read(text: str, title: str = "Brenholt Mills", kind: str = "a maker of flour") -> list[tuple[str, str]]:
    lead = f"'''{title}''' is {kind}.\n\n== History ==\n"
    return [(e.type, e.date.iso) for e in _events(text + "\n", title=title, lead=lead)]


def test_an_amount_with_decimals_paid_for_new_shares_is_a_funding_round():
    assert _read("In March 2014 Tamsin Capital paid US$7.5 million (about KSh650 million) for new shares "
                 "equal to 20 per cent of the enlarged company.") == [("funding_round", "2014-03")]


def test_new_shares_bought_in_the_company_are_a_funding_round_not_a_stake():
    assert _read("In June 2008 Orlen Partners bought new shares giving it 35 per cent of the company, "
                 "paying €5 million.") == [("funding_round", "2008-06")]
    # new shares of another named company stay the company's purchase of a stake
    assert ("funding_round", "2012") not in _read("In 2012 Brenholt bought new shares in Kessler Mühle for "
                                                 "€4 million.")


def test_bonds_issued_for_an_amount_with_decimals_are_a_loan():
    assert _read("In April 2021 it issued L3.4 billion (about €28 million) of seven-year bonds to local "
                 "pension funds.") == [("funding_round", "2021-04")]


def test_a_loan_of_an_amount_glossed_in_parentheses_from_a_bank_is_a_loan():
    assert _read("In 2006 it took a five-year loan of MK80 million (about US$0.6 million) from the "
                 "Commercial Bank of Lilongwe.") == [("funding_round", "2006")]
    assert _read("A US$12 million pre-export facility from Harwick Trade Finance followed in May 2011.") \
        == [("funding_round", "2011-05")]


def test_money_lent_in_an_old_currency_named_by_its_word_is_a_loan():
    assert _read("In 1993 the Dutch fund Graanfonds lent it 600,000 guilders, free of interest.") \
        == [("funding_round", "1993")]


def test_money_lent_to_the_company_for_loans_to_its_clients_is_a_loan():
    assert _read("The Nordic Development Fund lent the company €8 million in May 2018 for loans to "
                 "small farmers.") == [("funding_round", "2018-05")]
    # the company lending to its own clients stays no event
    assert _read("In 2015 Brenholt lent €2 million to small farmers in the valley.") == []
    assert _read("In 2016 it opened a credit line of €3 million for loans to farmers in the valley.") == []


def test_the_year_a_lender_bore_an_earlier_name_does_not_date_the_loan():
    assert _read("In April 2023 Proparco, the French development finance institution known until 2016 as "
                 "the Société de Promotion, lent it €12 million to finance grain silos.") \
        == [("funding_round", "2023-04")]
