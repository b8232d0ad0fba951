"""History extractor, round 32 branch hist32c (issue 14): recall of partnership and `other`
events on new text; each rule on sentences written for the test (invented companies and people)."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- a distributor named with its town


def test_a_distributor_appointed_with_its_town_is_a_partnership():
    # "appointed X of Town as its distributor": the town after "of" is part of the party's name
    assert _types("In 2019 the company appointed Kestrel Trading of Mandalay as its distributor for "
                  "the north.") == [("partnership", "2019")]
    assert _types("In 2021 Acme appointed Sable Imports of Durban as its sole importer in South "
                  "Africa.") == [("partnership", "2021")]


def test_a_manager_appointed_of_a_place_is_no_distributor():
    assert "partnership" not in [t for t, _ in _types(
        "In 2019 the company appointed Mary Kestrel of Mandalay as its director for the north.")]


# ---------------------------------------------------------------- certification told as an event


def test_a_certification_in_the_passive_is_an_other_event_whatever_was_certified():
    assert _types("The company's cashews were certified by Fairtrade International in 2014.") == [
        ("other", "2014")]
    assert _types("All three washing stations were certified by the Rainforest Alliance in 2016.") == [
        ("other", "2016")]
    assert _types("In 2019 the new dyeing building at Tongi was certified LEED Gold.") == [
        ("other", "2019")]


def test_a_body_certifying_the_company_s_system_is_an_other_event():
    assert _types("In 1998 Lloyd's Register certified the company's quality management system under "
                  "ISO 9001.") == [("other", "1998")]


def test_a_class_action_certified_by_a_court_is_no_certification():
    assert "other" not in [t for t, _ in _types(
        "A class action on behalf of the depositors was certified by the High Court in 2022.")]
    assert "other" not in [t for t, _ in _types(
        "In 2022 the shareholders' case was certified as a class action.")]


# ---------------------------------------------------------------- another party's act told in the perfect


def test_another_party_s_order_told_in_the_pluperfect_is_a_partnership():
    # "X had ordered ... from it": the auxiliary between the name and the verb keeps X the subject
    assert _types("In 2011 Harbour Works had ordered 80,000 tonnes of cement from it for the new "
                  "breakwater.") == [("partnership", "2011")]
    assert _types("In 2015 Brenner Logistics had ordered 40 trailers from the company.") == [
        ("partnership", "2015")]


def test_the_company_s_own_order_in_the_pluperfect_stays_its_own():
    assert "partnership" not in [t for t, _ in _types(
        "In 2015 Acme had ordered 40 trailers from Brenner Trailers.")]


# ---------------------------------------------------------------- building work begun under a named contractor


def test_work_begun_under_a_named_contractor_is_a_partnership():
    assert _types("Construction of the mill began in March 2012 under the Polish contractor Budimex "
                  "Południe.") == [("partnership", "2012-03")]
    # an accented capital opens the contractor's name
    assert _types("Work on the second tunnel started in 2016 under the Slovene builder Živa Gradnje.") == [
        ("partnership", "2016")]


def test_work_begun_under_a_programme_or_a_supervisor_is_no_partnership():
    assert "partnership" not in [t for t, _ in _types(
        "Construction of the mill began in 2012 under the supervision of its chief engineer, Tomasz Wolny.")]
    assert "partnership" not in [t for t, _ in _types(
        "Work on the terminal began in 2012 under the contractor's own engineers.")]


def test_a_passive_certification_needs_a_thing_for_its_subject_not_another_company():
    # the passive reading takes a common noun's subject ("washing stations", "the building at Tongi");
    # another company named just before "was certified" keeps its own certification
    assert _types("Its rival Kenmare was certified under Fairtrade standards in 2010.") == []
    assert _types("The packhouse at Ruiru was certified under GlobalG.A.P. in 2012.") == [("other", "2012")]
