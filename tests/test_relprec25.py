"""Relations precision on new text (round 25): a state body that funds something is a grant-giver,
not an investor, and a place named after "in" or "at" inside a subject's apposition is not the
subject of the verb. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found
from tests.test_relations_round16b import _typed


@pytest.mark.parametrize("sentence", [
    "Since 2018 it has run a research programme on coatings with the [[Halvorsen Institute]], "
    "part-funded by the [[Ministry of Industry and Trade]].",
    "Its pilot line, opened in 2019 with the [[Tarvik Institute]], was partly funded by the [[European Union]].",
    "The company's first plant was funded by the [[Department of Enterprise (Tarvia)|Department of Enterprise]].",
    "Since 2016 it has been an industry partner of a coatings centre at [[Halden University]], funded by the "
    "[[Tarvia Research Council]].",
])
def test_a_state_body_that_funds_is_no_investor(sentence):
    assert not _typed(_found(sentence), "investor")


def test_a_fund_or_investor_that_funds_stays_an_investor():
    assert _typed(_found("In 2012 the company was funded by [[Norvane Capital]]."), "investor") == {"Norvane Capital"}


@pytest.mark.parametrize("sentence", [
    "Belvane Trading, a dealer in [[Tarragona, Spain]], became its distributor for Spain in 2003.",
    "Korsholm Maskin, a dealer at [[Kristiansand]], became its distributor in Norway in 2008.",
])
def test_a_place_in_the_subjects_apposition_is_no_counterparty(sentence):
    found = _found(sentence)
    assert not {name for _, name in found if name in ("Tarragona, Spain", "Kristiansand")}


def test_a_linked_distributor_stays_the_subject():
    assert _typed(_found("[[Belvane Trading]] became its distributor for Spain in 2003."), "customer") \
        == {"Belvane Trading"}
