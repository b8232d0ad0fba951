"""History extractor, round 12 (issue 14): causes of wrong and missed events counted on blind4 to
blind12, each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ---------------------------------------------------------------- an agreement with prosecutors to pay


def test_a_leniency_or_non_prosecution_agreement_is_a_sanction_not_a_partnership():
    assert _types("In May 2016 the company signed a leniency agreement with the Comptroller General, "
                  "agreeing to pay R$90 million.") == [("fine", "2016-05")]
    assert _types("In 2012 it paid US$40 million under a non-prosecution agreement with the Department of "
                  "Justice.") == [("fine", "2012")]
    assert _types("In 2020 Acme entered into a deferred prosecution agreement with the Serious Fraud "
                  "Office.") == [("fine", "2020")]
    # an application for leniency is no agreement
    assert _types("In 2019 it filed a leniency application with the competition authority.") == []
