"""The fields of matched history events (issue 14, round 20): a founding's place is its
location, and founders named in a list are all founders."""

from __future__ import annotations

from tests.test_fields18 import _events


def _roles(sentence, kind, title="Brevik Haulage"):
    return [(p.entity.label, p.role) for e, _ in _events(sentence, title) if e.type == kind for p in e.participants]


# ---------------------------------------------------------------- a founding's place is its location


def test_the_place_a_company_was_founded_in_is_its_location():
    roles = _roles("Brevik Haulage was founded in [[Tromsø]] in 1931 by the carter Ole Brevik.", "founding")
    assert ("Tromsø", "location") in roles, roles
    roles = _roles("On 3 May 1952 Ole Brevik set up the firm in a rented shed at [[Narvik]].", "founding")
    assert ("Narvik", "location") in roles, roles
    roles = _roles("The brothers established Brevik Transport in [[Bodø]] in 1931.", "founding")
    assert ("Bodø", "location") in roles, roles


def test_incorporated_in_a_place_is_where_the_founding_happened():
    # the founding's own verb: the place is no description of a party
    roles = _roles("The company was incorporated in [[Harstad]] on 2 June 1966 by Kari Brevik.", "founding")
    assert ("Harstad", "location") in roles, roles
    roles = _roles("The firm was incorporated in [[Alta, Norway|Alta]] on 12 March 1990 as Brevik Transport Ltd.", "founding")
    assert ("Alta", "location") in roles, roles


def test_a_place_that_describes_a_party_is_still_no_participant():
    # "based in" describes the partner, not where the founding happened
    roles = _roles("In 1931 Ole Brevik founded the company with Nordfrakt, a carrier based in [[Bergen]].", "founding")
    assert not any(name == "Bergen" for name, _ in roles), roles


def test_a_place_of_another_type_stays_out():
    roles = _roles("In 2004 Brevik Haulage acquired Tarrow Frakt, a haulier in [[Molde]].", "acquisition")
    assert not any(name == "Molde" for name, _ in roles), roles
    roles = _roles("In 2009 it sold its depot in [[Molde]] to Nordfrakt.", "divestiture")
    assert not any(name == "Molde" for name, _ in roles), roles


# ---------------------------------------------------------------- founders and investors named in a list


def test_every_founder_of_a_list_after_by_is_a_founder():
    roles = _roles("The company was incorporated in [[Harstad]] on 2 June 1966 by Kari Brevik, Ole Nilsen and Per Lund.",
                   "founding")
    assert {("Kari Brevik", "founder"), ("Ole Nilsen", "founder"), ("Per Lund", "founder")} <= set(roles), roles
    roles = _roles("Brevik Haulage was founded in 1931 by Ole Brevik, a carter from Tromsø, and the engineer Kari Lund.",
                   "founding")
    assert {("Ole Brevik", "founder"), ("Kari Lund", "founder")} <= set(roles), roles
    roles = _roles("Brevik Haulage was set up in 1931 by Ole Brevik and his wife Marit Brevik.", "founding")
    assert {("Ole Brevik", "founder"), ("Marit Brevik", "founder")} <= set(roles), roles


def test_every_investor_of_a_list_after_led_by_is_an_investor():
    roles = _roles("In 2015 it raised $20 million in a round led by Nordic Capital and Arctic Ventures.", "funding_round")
    assert {("Nordic Capital", "investor"), ("Arctic Ventures", "investor")} <= set(roles), roles


def test_a_list_after_a_name_of_another_role_adds_nobody():
    # a target's list is no list of founders: the rule is for founders and investors
    roles = _roles("In 2004 Brevik Haulage bought Tarrow Frakt, and Molde Transport closed its depot.", "acquisition")
    assert not any(name == "Molde Transport" for name, _ in roles), roles


# ---------------------------------------------------------------- the company bought, told before a passive verb


def _targets(sentence):
    return [(p.entity.label, p.role) for e, _ in _events(sentence) if e.type == "acquisition" for p in e.participants]


def test_a_passive_purchase_after_a_date_without_a_comma_names_what_was_bought():
    assert ("Tarrow Frakt GmbH", "target") in _targets(
        "In 2008 Tarrow Frakt GmbH, a haulier in Bremen, was acquired for €62 million.")
    assert ("Molde Transport", "target") in _targets("In May 2011 Molde Transport was bought for NOK 80 million.")


def test_a_passive_purchase_after_what_the_company_bought_is():
    assert ("Tarrow Frakt", "target") in _targets(
        "In March 2010 the Bremen freight firm Tarrow Frakt was acquired for €5 million.")
    assert ("Molde Transport", "target") in _targets(
        "The Danish haulier Molde Transport was bought by Brevik Haulage in 2011.")


def test_a_passive_purchase_after_a_colon():
    assert ("Tarrow Frakt GmbH", "target") in _targets(
        "The first purchase abroad came in 2008: Tarrow Frakt GmbH, a haulier, was acquired for €62 million.")


def test_a_name_ends_before_of_and_a_linked_place():
    assert ("Tarrow Frakt AS", "target") in _targets(
        "The Norwegian ferry operator Tarrow Frakt AS of [[Bodø]] was acquired in May 2011 for NOK 80 million.")
    assert ("Tarrow Frakt AS", "target") in _targets("In 2011 Brevik Haulage bought Tarrow Frakt AS of [[Bodø]].")
    assert ("Molde Transport", "target") in _targets(
        "In 2014 Brevik Haulage bought the ferry operator Molde Transport of [[Kristiansund]] for NOK 30 million.")


def test_a_closure_in_the_passive_names_no_seller():
    assert not [p for e, _ in _events("The Molde plant was closed in 2011.") for p in e.participants]


# ---------------------------------------------------------------- people of the family that named the company


def test_a_person_of_the_family_that_named_the_company_is_a_person():
    roles = _roles("Konrad Ebeling retired in 2006 and was succeeded as chief executive by Andreas Brühl.",
                   "leadership_change", "Ebeling")
    assert ("Konrad Ebeling", "person") in roles, roles
    roles = _roles("The firm was founded in 1901 by Harlan Marlowe and Josiah Marlowe.", "founding", "Marlowe")
    assert {("Harlan Marlowe", "founder"), ("Josiah Marlowe", "founder")} <= set(roles), roles
    roles = _roles("Maria Tavares succeeded Andreas Brühl as chief executive in 2015.", "leadership_change", "Tavares")
    assert ("Maria Tavares", "person") in roles, roles


def test_the_company_itself_is_still_no_party():
    roles = _roles("In 2005 Marlowe Lines bought Northstar Freight.", "acquisition", "Marlowe")
    assert not any("Marlowe" in name for name, _ in roles), roles


# ---------------------------------------------------------------- the one a post is handed to; a former employer


def test_the_one_a_post_is_handed_to_is_a_person_of_the_change():
    roles = _roles("In 2000 Ole Brevik handed the post of chief executive to Kari Lund, the chief operating officer.",
                   "leadership_change")
    assert ("Kari Lund", "person") in roles, roles
    roles = _roles("In 1978 Paul Ebeling handed the management to his son Konrad Ebeling.", "leadership_change", "Ebeling")
    assert ("Konrad Ebeling", "person") in roles, roles
    roles = _roles("Ole Brevik handed the running of the company to Per Dahl in 1996.", "leadership_change")
    assert ("Per Dahl", "person") in roles, roles


def test_a_former_employer_is_no_party_of_the_change():
    for sentence in ("In 2009 Kari Lund, formerly of [[Maersk]], became chief executive.",
                     "Per Dahl, previously of [[Maersk]], was appointed chief executive in 2016.",
                     "Kari Lund succeeded Ole Brevik as chief executive in 2018 after years formerly at [[Maersk]]."):
        roles = _roles(sentence, "leadership_change")
        assert not any(name == "Maersk" for name, _ in roles), (sentence, roles)
