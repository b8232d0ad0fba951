"""The dated steps of a named affair told without a cue (round 8 of issue 14): inside a
Controversies section, a subsection named after one affair is the case, and a sentence there
that writes its date and tells an authority's step in it (a court reduces a fine, an agency
finds, a ministry suspends an approval) or its end (the parties settled) is an item of it.
The sentences are written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article

AFFAIR = """'''Acme''' is a maker of industrial pumps.

== History ==
Acme was founded in 1950.

== Controversies ==
=== Pricing cartel ===
In 2015 the Federal Cartel Office fined Acme €40 million for fixing the prices of valves.
{step}
"""


def _steps(text: str, template: str = AFFAIR) -> list[tuple[str, str, str | None]]:
    page = Page(title="Acme", revision=1, wikitext=template.format(step=text))
    return [(f.value.type, f.provenance.sentence, f.value.date.iso if f.value.date else None)
            for f in controversies.extract(parse_article(page)) if "fined Acme" not in f.provenance.sentence]


@pytest.mark.parametrize("sentence, type_, date", [
    ("On appeal, the Higher Regional Court reduced the fine to €31 million in 2018.", "lawsuit", "2018"),
    ("The court of appeals upheld the decision in March 2019.", "lawsuit", "2019-03"),
    ("The Environment Agency found in 2016 that the plant had leaked solvents into the river.", "investigation", "2016"),
    ("The agency's report in 2017 blamed a faulty weld at the Leeds works.", "investigation", "2017"),
    ("In May 2017 the Ministry of Transport suspended the approval of two pump models.", "fine", "2017-05"),
    ("The Commission accepted the company's commitments in June 2020.", "fine", "2020-06"),
    ("The parties settled in 2021, with Acme paying €5 million.", "lawsuit", "2021"),
    ("The company settled the action for $9 million in April 2022 without admitting liability.", "lawsuit", "2022-04"),
])
def test_a_dated_step_of_the_affair_is_an_item(sentence, type_, date):
    found = _steps(sentence)
    assert len(found) == 1
    assert found[0][0] == type_ and found[0][1] == sentence and found[0][2] == date


@pytest.mark.parametrize("sentence", [
    "The court reduced the fine to €31 million.",  # no date written: a detail of the case
    "Acme said that the court had reduced the fine in 2018.",  # a reply
    "In 2019 Acme lodged a complaint about a rival, and the Commission accepted it in 2020.",  # its own case
    "The Higher Regional Court is in Düsseldorf, and the company opened a plant there in 2019.",
])
def test_not_a_step_of_the_affair(sentence):
    assert _steps(sentence) == []


def test_a_step_counts_only_in_a_named_affair_subsection():
    # a step that names no case after it ("the fine" would tie it to its case since round 10's
    # second pass: tests/test_controversies_round10b.py)
    step = "On appeal, the Higher Regional Court reduced it to €31 million in 2018."
    plain = AFFAIR.replace("=== Pricing cartel ===\n", "")  # the section names no affair
    history = AFFAIR.replace("== Controversies ==\n=== Pricing cartel ===\n", "== Later years ==\n")
    assert _steps(step, plain) == []
    assert _steps(step, history) == []


def test_a_step_has_its_own_evidence_feature():
    page = Page(title="Acme", revision=1, wikitext=AFFAIR.format(
        step="The Tax Appeals Commission upheld the assessment in October 2024."))
    found = [ev for f, ev in controversies.extract_with_evidence(parse_article(page))
             if "upheld" in f.provenance.sentence]
    assert found and "cue.procedure" in found[0] and "section" in found[0]


@pytest.mark.parametrize("sentence, expected", [
    ("In November 2022 Acme cut 190 jobs and stopped work on its hydrogen pump.", []),  # a project halted
    ("In November 2022 about 300 workers stopped work for two days over pay.", ["strike"]),
    ("Dockers stopped work on 3 May 2021 over safety.", ["strike"]),
])
def test_stopping_work_on_a_project_is_no_strike(sentence, expected):
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is a pump maker.\n\n== History ==\n{sentence}\n")
    assert [f.value.type for f in controversies.extract(parse_article(page))] == expected


@pytest.mark.parametrize("sentence", [
    "A separate suit in which Acme accused a rival pump maker of copying its impeller was decided in 2022.",
    "Acme counter-sued the distributor for trademark infringement that April.",
])
def test_the_company_accusing_or_counter_suing_is_the_claimant(sentence):
    assert controversies.claimant(sentence, ("acme",))


def test_an_accusation_that_is_the_company_s_own_is_no_controversy():
    page = Page(title="Acme", revision=1, wikitext=AFFAIR.format(
        step="A separate suit in which Acme accused a rival pump maker of copying its impeller was decided in 2022."))
    assert not any("rival" in f.provenance.sentence for f in controversies.extract(parse_article(page)))
