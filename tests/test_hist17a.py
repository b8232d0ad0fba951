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


# ------------------------------------------------ an order or a customer the company won


def test_the_first_order_that_came_from_a_party_is_an_agreement():
    assert _summary(_history("Its first large order came from [[Bolt Motoren]] in 1931.")) == [("partnership", "1931")]
    assert _summary(_history("Its first export order, a packing line for the Chilean winery [[Viña Sol]], was "
                             "signed in 1972.")) == [("partnership", "1972")]


def test_a_party_that_placed_the_companys_first_order_is_a_partner():
    evs = _history("In 1991 [[Hartwell Medical]] placed the company's first export order, for 5 million syringes.")
    assert _summary(evs) == [("partnership", "1991")]
    assert ("Hartwell Medical", "partner") in _roles(evs[0])


def test_a_party_that_became_a_customer_is_a_partner():
    assert _summary(_history("In 2004 [[Norland Retail]] became the company's largest customer.")) == [
        ("partnership", "2004")]


def test_a_customer_in_a_where_clause_leaves_the_opening_alone():
    assert _summary(_history("A plant in [[Gävle]] opened in May 2003 to serve the Nordic market, where "
                             "[[Norland Retail]] became its largest customer.")) == [("expansion", "2003-05")]


def test_falling_first_orders_are_no_agreement():
    assert _summary(_history("In 2001 the company's first orders fell sharply.")) == []
