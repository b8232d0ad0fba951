"""History extractor, round 16 (money and insolvency): each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ------------------------------------------------ a default or a debt restructuring is `other`


def test_a_debt_restructuring_or_a_default_is_other():
    assert _types("In 2011 the mill's bank loans were rescheduled over twelve years.") == [("other", "2011")]
    assert _types("The group restructured its bank debt with Nordea in May 2004.") == [("other", "2004-05")]
    assert _types("Acme failed to pay the interest due on its notes in October 2016.") == [("other", "2016-10")]
    assert _types("Payments to its creditors were suspended in February 2003.") == [("other", "2003-02")]
    assert _types("In June 2021 the noteholders agreed to extend the bonds by three years.") == [
        ("other", "2021-06")]


def test_a_refinancing_is_no_debt_restructuring():
    assert ("other", "2019") not in _types(
        "In 2019 the company refinanced its debt with a €90 million loan from Nordea.")


# ------------------------------------------------ a loan told by "borrowed" or a credit line


def test_borrowed_money_and_a_credit_line_are_funding_rounds():
    assert _types("In 2012 the company borrowed €30 million from Nordea to build a new kiln.") == [
        ("funding_round", "2012")]
    assert _types("Danske Bank granted it a credit line of DKK 50 million in March 2008.") == [
        ("funding_round", "2008-03")]


def test_new_shares_bought_for_a_sum_with_its_conversion():
    assert _types("In 2014 the fund Baltic Growth paid €9 million (about 31 million lei) for new shares.") == [
        ("funding_round", "2014")]


# ------------------------------------------------ insolvency steps in the active voice


def test_administration_by_a_court_a_voluntary_arrangement_and_leaving_it():
    assert _types("In May 2015 the High Court placed the company in administration.") == [
        ("bankruptcy", "2015-05")]
    assert _types("In October 2015 creditors approved a company voluntary arrangement.") == [
        ("bankruptcy", "2015-10")]
    assert _types("Acme left administration on 3 March 2016.") == [("bankruptcy", "2016-03-03")]


def test_negotiations_that_ended_before_the_event_do_not_make_it_a_plan():
    assert _types("After nine months of negotiations, its bank loans were rescheduled in May 2010.") == [
        ("other", "2010-05")]
    assert _types("In 2010 negotiations with the banks over its loans began.") == []
