"""Round 26 (relrecall26b): relation types read from the clause. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found
from tests.test_relations_round16b import _typed


@pytest.mark.parametrize("sentence", [
    "Since 2018 the company has worked with [[Quarnvale Agritech]] on drought-tolerant barley.",
    "It has worked with [[Tarnbrook Agency]] since 2019 on recyclable wool fabrics.",
    "Acme works with the [[Borvik Marine Centre]] in Valparaíso on low-protein latex.",
])
def test_work_with_a_body_on_a_subject_is_research(sentence):
    found = _found(sentence)
    assert _typed(found, "researchCollaborator") and not _typed(found, "partner")


@pytest.mark.parametrize("sentence", [
    "Since 2017 the company has worked with [[Tarnbrook Agency]] on a training school for machine operators.",
    "Since 2018 it has worked with the [[Borvik Marine Centre]] on music teaching in the port district.",
    "It has worked with [[Quarnvale Agritech]] on the marketing of its wines in Asia.",
    "Acme has worked with [[Quarnvale Agritech]] since 2015.",
])
def test_work_on_teaching_marketing_or_no_subject_stays_a_partnership(sentence):
    found = _found(sentence)
    assert _typed(found, "partner") and not _typed(found, "researchCollaborator")


def test_a_second_body_worked_with_on_a_subject_is_research_too():
    found = _found("Acme has worked with [[Tarvo University]] on low-protein latex since 2010, and with the "
                   "[[Quarnvale Rubber Board]] on nitrile gloves since 2018.")
    assert _typed(found, "researchCollaborator") == {"Tarvo University", "Quarnvale Rubber Board"}
