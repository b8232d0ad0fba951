"""History extractor, round 29 branch hist29b (issue 14): recall on new text; each rule on
sentences written for the test (invented companies, banks and people)."""

from __future__ import annotations

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

