"""A linked name written in lower case (a brand's own spelling: "imec", "voestalpine") is read
as a counterparty where the sentence uses it as an organisation: after an organisation noun
("the steel maker [[voestalpine]]") or between "the" and a body's head noun ("the [[imec]]
programme"); a lower-case link elsewhere stays a common noun. Each sentence is written for the
test."""

from __future__ import annotations

import pytest

from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, expected", [
    ("Since 2019 the steel maker [[voestalpine]] has supplied its plate.", {("supplier", "Voestalpine")}),
    ("In 2015 Acme signed a partnership with the research institute [[imec]].", {("researchCollaborator", "Imec")}),
    ("Acme has taken part in the [[imec]] programme on lithography since 2021.", {("partner", "Imec")}),
])
def test_a_lower_case_linked_name_used_as_an_organisation(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Acme has been a member of the [[ransomware]] alliance since 2014.",
    "In 2019 Acme partnered with [[nonprofit]] groups.",
    "Its cables have been supplied by [[steel wire]] makers since 2010.",
    "Acme has taken part in the [[steel]] industry programme since 2012.",
])
def test_a_lower_case_common_noun_link_is_no_counterparty(sentence):
    assert not {p for p in _pairs(sentence) if p[1][:1].islower() or p[1] in ("Ransomware", "Nonprofit", "Steel")}
