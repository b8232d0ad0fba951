"""The fields of matched history events (issue 14, round 22): the joint venture a clause
forms is a party of its forming, named as the venture, not as a partner."""

from __future__ import annotations

from tests.test_fields18 import _events

_TITLE = "Kelvara Foods"


def _parts(sentence):
    return [(p.entity.label, p.role) for e, _ in _events(sentence, _TITLE) if e.type == "joint_venture"
            for p in e.participants]


def _labels(sentence):
    return [e.label for e, _ in _events(sentence, _TITLE) if e.type == "joint_venture"]


def test_the_venture_named_after_the_forming_verb():
    parts = _parts("In 2012 Kelvara and the Japanese trading house Itochu formed Kelvara Itochu Trading, a 50:50 joint venture.")
    assert ("Kelvara Itochu Trading", "venture") in parts and ("Itochu", "partner") in parts, parts
    parts = _parts("In 2015 Kelvara and [[Nestlé]] formed Kelvara Nestlé (Shanghai), a joint venture owned equally by the two.")
    assert ("Kelvara Nestlé (Shanghai)", "venture") in parts, parts
    parts = _parts("In 2019 it set up Norsk Grain AS, a joint venture with [[Felleskjøpet]].")
    assert ("Norsk Grain AS", "venture") in parts and ("Felleskjøpet", "partner") in parts, parts


def test_the_venture_set_off_by_commas_beside_joint_venture():
    parts = _parts("In 2005 it set up a joint venture with [[Mitsui & Co.|Mitsui]], Pacific Grain Terminals.")
    assert ("Pacific Grain Terminals", "venture") in parts and ("Mitsui", "partner") in parts, parts
    parts = _parts("In 2010 Kelvara formed a joint venture in Thailand, Kelvara Siam Co., with [[Charoen Pokphand]].")
    assert ("Kelvara Siam Co.", "venture") in parts, parts
    parts = _parts("Norfjord Packaging GmbH, a joint venture with [[Stora Enso]] for carton board, was set up in 2001.")
    assert ("Norfjord Packaging GmbH", "venture") in parts and ("Stora Enso", "partner") in parts, parts


def test_a_list_of_partners_is_no_venture():
    parts = _parts("In 2008 the company formed a joint venture with [[Marubeni]], [[Mitsui]] and Sojitz.")
    assert not any(role == "venture" for _, role in parts), parts
    parts = _parts("In 2009 the company set up a joint venture with Sojitz, Itochu and Marubeni to build a mill.")
    assert not any(role == "venture" for _, role in parts), parts
    parts = _parts("In 2011 Kelvara formed a joint venture with [[Cargill]] in Brazil.")
    assert parts == [("Cargill", "partner")], parts


def test_the_label_names_the_partner_not_the_venture():
    assert _labels("In 2005 it set up a joint venture with [[Mitsui & Co.|Mitsui]], Pacific Grain Terminals.") == [
        "Joint venture with Mitsui"]
    assert _labels("Norfjord Packaging GmbH, a joint venture with [[Stora Enso]] for carton board, was set up in 2001.") == [
        "Joint venture with Stora Enso"]
