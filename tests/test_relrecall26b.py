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


@pytest.mark.parametrize("sentence", [
    "In October 2006 Acme and [[Quarnvale Chemicals]] agreed to form Quarn-Acme Phosphates, a 50:50 joint venture.",
    "Acme and [[Quarnvale Chemicals]] agreed in March 2019 to form Quarnacme Probe K.K., a joint venture in Kumamoto.",
])
def test_partners_that_agreed_to_form_a_named_joint_venture(sentence):
    assert _typed(_found(sentence), "jointVenturePartner") == {"Quarnvale Chemicals"}


@pytest.mark.parametrize("sentence, lender", [
    ("The [[Tarnbrook Development Fund]] lent ₲42 billion to Acme in 2020.", "Tarnbrook Development Fund"),
    ("That June [[Quarn Bank]] lent the company ₫1.2 trillion for a second shrimp plant.", "Quarn Bank"),
    ("[[Quarn Bank]] lent the brothers E£180,000 three years later.", "Quarn Bank"),
    ("[[Quarn Bank]] lent its founders ₱2 million in 1961.", "Quarn Bank"),
])
def test_a_loan_in_any_currency_sign_or_to_the_founders_makes_a_lender(sentence, lender):
    assert _typed(_found(sentence), "lender") == {lender}


@pytest.mark.parametrize("descriptor", ["Cluj haulier", "Guatemalan mall developer", "Kazakh reseller", "Shandong trader",
                                        "Sinaloa grower", "Misiones miller", "Austrian dealer"])
def test_an_unlinked_name_after_a_trade_descriptor_is_read(descriptor):
    found = _found(f"In 2013 Acme formed a joint venture with the {descriptor} Quarnvale Tarnbrook.")
    assert _typed(found, "jointVenturePartner") == {"Quarnvale Tarnbrook"}


@pytest.mark.parametrize("verb", ["resumed", "cancelled", "reopened"])
def test_a_name_after_comma_and_with_a_past_verb_opens_a_clause_of_its_own(verb):
    found = _found(f"In 2024 Acme formed a joint venture with [[Quarnvale Haulage]], and [[Tarnbrook Stores]] {verb} "
                   "orders for a redesigned e-bike.")
    assert _typed(found, "jointVenturePartner") == {"Quarnvale Haulage"}


def test_a_list_closed_by_comma_and_still_reads_each_name():
    found = _found("In 2024 Acme formed a joint venture with [[Quarnvale Haulage]], [[Borvik Freight]], and "
                   "[[Tarnbrook Stores]] based in Lyon.")
    assert _typed(found, "jointVenturePartner") == {"Quarnvale Haulage", "Borvik Freight", "Tarnbrook Stores"}


@pytest.mark.parametrize("sentence", [
    "With the [[Quarnvale Agritech]] in [[Jelgava]] it runs trials of faster-growing hybrid aspen, begun in 2021.",
    "With the [[Tarnbrook Livestock Organization]] it has tested since 2018 how far irrigation can be cut.",
    "With [[Quarnvale Agritech]], the company has tested new rootstocks since 2015.",
])
def test_a_body_named_first_before_the_company_s_trials_or_tests_is_research(sentence):
    found = _found(sentence)
    assert _typed(found, "researchCollaborator") and not _typed(found, "partner")


def test_a_body_named_first_before_another_act_is_no_research():
    assert not _typed(_found("With [[Quarnvale Agritech]], the company opened a sales office in 2015."),
                      "researchCollaborator")
