"""The fields of matched history events (issue 14, round 22): the joint venture a clause
forms is a party of its forming, named as the venture, not as a partner; a change of leader
names the one succeeded, the one who died and the one who handed the post on."""

from __future__ import annotations

import pytest

from tests.test_fields18 import _events


def _parts(sentence, kind, title):
    return [(p.entity.label, p.role) for e, _ in _events(sentence, title) if e.type == kind for p in e.participants]


# ---------------------------------------------------------------- the venture a clause forms

_VENTURES = [
    # after the forming verb
    ("In 2012 Kelvara and the Japanese trading house Itochu formed Kelvara Itochu Trading, a 50:50 joint venture.",
     [("Kelvara Itochu Trading", "venture"), ("Itochu", "partner")]),
    ("In 2015 Kelvara and [[Nestlé]] formed Kelvara Nestlé (Shanghai), a joint venture owned equally by the two.",
     [("Kelvara Nestlé (Shanghai)", "venture")]),
    ("In 2019 it set up Norsk Grain AS, a joint venture with [[Felleskjøpet]].",
     [("Norsk Grain AS", "venture"), ("Felleskjøpet", "partner")]),
    # set off by commas beside "joint venture"
    ("In 2005 it set up a joint venture with [[Mitsui & Co.|Mitsui]], Pacific Grain Terminals.",
     [("Pacific Grain Terminals", "venture"), ("Mitsui", "partner")]),
    ("In 2010 Kelvara formed a joint venture in Thailand, Kelvara Siam Co., with [[Charoen Pokphand]].",
     [("Kelvara Siam Co.", "venture")]),
    ("Norfjord Packaging GmbH, a joint venture with [[Stora Enso]] for carton board, was set up in 2001.",
     [("Norfjord Packaging GmbH", "venture"), ("Stora Enso", "partner")]),
]


@pytest.mark.parametrize(("sentence", "expected"), _VENTURES)
def test_the_venture_a_clause_forms_is_a_participant(sentence, expected):
    parts = _parts(sentence, "joint_venture", "Kelvara Foods")
    assert all(e in parts for e in expected), parts


@pytest.mark.parametrize("sentence", [
    "In 2008 the company formed a joint venture with [[Marubeni]], [[Mitsui]] and Sojitz.",
    "In 2009 the company set up a joint venture with Sojitz, Itochu and Marubeni to build a mill.",
    "In 2011 Kelvara formed a joint venture with [[Cargill]] in Brazil.",
])
def test_a_list_of_partners_or_a_place_is_no_venture(sentence):
    parts = _parts(sentence, "joint_venture", "Kelvara Foods")
    assert parts and not any(role == "venture" for _, role in parts), parts


def test_the_label_names_the_partner_not_the_venture():
    labels = [e.label for s, _ in _VENTURES[3:6:2] for e, _ in _events(s, "Kelvara Foods")]
    assert labels == ["Joint venture with Mitsui", "Joint venture with Stora Enso"], labels


# ---------------------------------------------------------------- the people of a change of leader

_PEOPLE = [
    # the one succeeded, by the family name alone (written in full from elsewhere) or in full
    ("Marta Olsen was finance director from 2001. In 2019 Per Moen succeeded Olsen as chief executive.",
     [("Marta Olsen", "person"), ("Per Moen", "person")]),
    ("Ole Brevik ran the haulier from 1950. Kari Lund, the head of sales, succeeded Brevik as chairman in 1988.",
     [("Ole Brevik", "person")]),
    ("In 2016 Nina Holm succeeded her father Jon Holm as chief executive.", [("Jon Holm", "person")]),
    ("Sara Vik became chair in 2022, succeeding the retiring chair Arne Solberg.", [("Arne Solberg", "person")]),
    # the one who died or handed the post on
    ("Tor Brevik died in 1975, and his son Arne Brevik became managing director.",
     [("Tor Brevik", "person"), ("Arne Brevik", "person")]),
    ("In 2010 Ingrid Haugen handed the post of chief executive to Lars Berg and became chair.",
     [("Ingrid Haugen", "person"), ("Lars Berg", "person")]),
    ("Erik Dahl led the firm from 1980. Dahl handed the post of chief executive to Sven Aas in 2001.",
     [("Erik Dahl", "person")]),
    ("When Jonas Lie died in 1962 his son Per Lie took over as general manager.", [("Jonas Lie", "person")]),
]


@pytest.mark.parametrize(("sentence", "expected"), _PEOPLE)
def test_the_people_of_a_change_of_leader(sentence, expected):
    people = _parts(sentence, "leadership_change", "Brevik Haulage")
    assert all(e in people for e in expected) and not any(n.startswith("When") for n, _ in people), people


def test_a_company_replacing_another_is_no_person():
    assert _parts("Brevik Haulage replaced Nordfrakt as the largest haulier in Troms in 1990.",
                  "leadership_change", "Brevik Haulage") == []
