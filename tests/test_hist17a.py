"""History extractor, round 17 (issue 14): joint ventures told as the company and a partner
forming a named company, and ventures whose legal form ends in an abbreviation ("S.p.A.",
"Co., Ltd."); each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _roles, _summary


def _history(text: str):
    return _events("==History==\n" + text + "\n")


def test_the_company_and_a_partner_forming_a_named_company_is_a_joint_venture():
    evs = _history("In 2009 Acme and the Korean steelmaker [[Hanbok Steel]] formed Acme Hanbok Coatings to make "
                   "painted sheet for the Asian market.")
    assert _summary(evs) == [("joint_venture", "2009")]
    assert ("Hanbok Steel", "partner") in _roles(evs[0])


def test_it_and_a_partner_setting_up_a_company_is_a_joint_venture():
    assert _summary(_history("The company opened a plant in Gdańsk in 1999. In 2004 it and the Danish dairy "
                             "Mejeri Nord set up Nordacme Foods, owned equally by the two.")) == [
        ("expansion", "1999"), ("joint_venture", "2004")]


def test_founders_forming_the_company_stay_its_founding():
    assert ("joint_venture", "1921") not in _summary(
        _history("In 1921 the brothers Karl and Hans Berger formed Acme Corp in Linz."))


def test_a_partner_that_had_formed_a_company_earlier_is_no_venture():
    assert ("joint_venture", "1990") not in _summary(
        _history("In 2010 Acme and Bolt Industries, which had founded Voltaro in 1990, signed a supply "
                 "agreement."))


def test_a_legal_form_abbreviation_does_not_end_the_clause_before_joint_venture():
    assert _summary(_history("In 2015 the company formed Acme Ibérica S.L., a joint venture with the "
                             "Spanish builder Obras Levante.")) == [("joint_venture", "2015")]
    assert _summary(_history("In 2018 the company set up Acme Pacific Co., Ltd. in Taipei, a joint venture "
                             "with Formosa Tools.")) == [("joint_venture", "2018")]
