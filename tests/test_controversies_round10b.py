"""Round 10, second pass, controversies: the step of a case told without a cue outside a
named-affair subsection, tied to its case when it writes its date and names the case after the
step (``controversies.tied_to_a_case``), and an authority that opened
or closed "its" investigation. The sentences are written for the test."""

from __future__ import annotations

from tests.test_controversies_round9 import _found as _found_in

ARTICLE = """'''Brightwater Foods''' is a maker of frozen meals.

== History ==
Brightwater Foods was founded in 1962 in Leeds. Brightwater opened a second plant in 1971.
{history}

== Controversies ==
{controversy}
"""


def _found(controversy: str = "", history: str = "") -> list[tuple[str, str, str | None]]:
    # no named-affair subsection: a step must tie itself to its case
    return _found_in(controversy, history, article=ARTICLE)


def _sentences(found) -> set[str]:
    return {s for _, s, _ in found}


def test_a_dated_step_that_names_its_case_after_the_step_is_an_item_in_a_history_section():
    step = "In March 2019 the Court of Appeal reduced the company's fine to £2 million."
    found = _found(history=step)
    assert ("lawsuit", step, "2019-03") in found


def test_a_step_whose_case_is_its_own_subject_is_no_item():
    # "after the suit was filed": the case is the subject of the step, told as background
    sentence = "Two years after the suit was filed in 2016, Brightwater bought a bakery in York."
    assert sentence not in _sentences(_found(history=sentence))


def test_an_undated_step_that_names_no_case_outside_a_named_affair_is_no_item():
    sentence = "The court cancelled the hearing of the planning appeal for the new depot."
    assert sentence not in _sentences(_found(history="Brightwater opened a depot in Hull in 2004. " + sentence))


def test_a_court_that_cancelled_part_of_the_assessment_is_a_step():
    step = "In May 2020 the court cancelled £3 million of the assessment."
    found = _found(history="In 2017 the tax authority assessed Brightwater £5 million in unpaid tax. " + step)
    assert ("lawsuit", step, "2020-05") in found


def test_an_undated_step_right_after_the_case_stays_a_detail():
    case = "In July 2016 forty people fell ill with salmonella after eating Brightwater pies."
    step = "The Department of Health took samples from the eggs at a farm in Yorkshire."
    assert step not in _sentences(_found(controversy=f"{case} {step}"))


def test_an_undated_tracing_of_the_outbreak_is_an_investigation():
    # (round 19) the gold of blind4 and blind20 reads an authority's tracing of an outbreak or a fire
    # as an investigation item of its own, dated or not (a strong cue, not a procedure step)
    case = "In July 2016 forty people fell ill with salmonella after eating Brightwater pies."
    step = "The Department of Health traced the outbreak to eggs from a farm in Yorkshire."
    assert step in _sentences(_found(controversy=f"{case} {step}"))


def test_a_dated_step_that_traced_the_outbreak():
    step = "In August 2016 the Department of Health traced the outbreak to eggs from a farm in Yorkshire."
    found = _found(controversy="=== Salmonella outbreak ===\nIn July 2016 forty people fell ill after eating Brightwater pies. " + step)
    assert ("investigation", step, "2016-08") in found


def test_the_company_settled_both_suits():
    case = "In 2021 two customers sued Brightwater over the labelling of its pies."
    step = "Brightwater settled both in May 2023 for £4 million."
    found = _found(controversy=f"=== Labelling ===\n{case} {step}")
    assert ("lawsuit", step, "2023-05") in found


def test_an_authority_that_opened_or_closed_its_investigation():
    opened = "The Food Standards Agency opened its investigation after a complaint by a customer."
    closed = "The regulator closed its investigation in 2022 and took no further action."
    found = _found(controversy=f"{opened} {closed}")
    assert {opened, closed} <= _sentences(found)
    assert all(t == "investigation" for t, s, _ in found if s in (opened, closed))


def test_an_internal_investigation_closed_is_no_item():
    sentence = "The company closed its internal investigation in 2022."
    assert sentence not in _sentences(_found(controversy=sentence))


def test_its_investigation_outside_a_controversy_section_is_no_item():
    sentence = "A charity opened its inquiry in 2022 into the welfare of hens on farms in Yorkshire."
    assert sentence not in {s for t, s, _ in _found(history=sentence) if t == "investigation"}


def test_an_authority_that_ruled_against_the_company_in_its_dispute():
    step = "In May 2021 the Revenue Commission ruled against the company in its dispute over the 2015 tax return."
    found = _found(history=step)
    assert ("lawsuit", step, "2021-05") in found


def test_a_plea_bargain_closes_a_criminal_case():
    sentence = "The labelling case was closed in March 2019 with a plea bargain under which Brightwater paid £1 million."
    assert ("fine", sentence, "2019-03") in _found(history=sentence)


def test_a_plea_agreement_alone_reaches_the_cues():
    sentence = "In 2018 Brightwater entered a plea agreement over mislabelled fish."
    assert sentence in _sentences(_found(history=sentence))
