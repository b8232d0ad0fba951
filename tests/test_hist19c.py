"""History extractor, round 19 (issue 14): loans told with their sum and lender in more wordings,
each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ------------------------------------------------ a loan's sum with a decimal point, a sum in trillions


def test_a_loan_of_a_sum_with_a_decimal_point_from_a_lender_is_a_funding_round():
    assert _types("In 1974 the dairy got a loan of 2.5 million marks from the [[Landesbank Hessen]].") == [
        ("funding_round", "1974")]
    assert _types("A loan of US$1.25 billion from [[Mizuho Bank]] followed in March 2016.") == [
        ("funding_round", "2016-03")]
    assert ("funding_round", "1988") in _types(
        "In 1988 it opened a plant at Tema, paid for with a loan of 4.2 million cedis from the [[Ghana Commercial Bank]].")


def test_a_sum_in_trillions_lent_or_sold_as_bonds_is_a_funding_round():
    assert _types("In 2019 [[Bank Mandiri]] lent the company Rp 2.1 trillion for its smelter.") == [
        ("funding_round", "2019")]
    assert _types("In May 2021 it borrowed ₩1.4 trillion from a group of Korean banks.") == [
        ("funding_round", "2021-05")]
    assert _types("In June 2018 the group sold Rp 3 trillion (US$210 million) of seven-year bonds to local funds.") == [
        ("funding_round", "2018-06")]
    assert _types("In 2020 it issued ¥1 trillion of bonds.") == [("funding_round", "2020")]
