"""The roles of another party buying a stake in the company (round 32): a subject set off from its
verb by an apposition is still the buyer, a second seller after "from A and B" is a seller too, and
an owner whose share is named alone ("Tasman's 35 per cent") sold it."""

from __future__ import annotations

from tests.test_fields18 import _events


def _roles(sentence, kind, title="Korvala Cement"):
    return [(p.entity.label, p.role) for e, _ in _events(sentence, title) if e.type == kind for p in e.participants]


def test_a_buyer_set_off_from_its_verb_by_an_apposition_is_the_acquirer():
    roles = _roles("In 2014 the firm became a public company. That March [[Pohjola Sementti]], a listed Finnish producer based in [[Lappeenranta]], agreed "
                   "to buy 30 per cent of it for €96 million, partly from the state.", "acquisition")
    assert ("Pohjola Sementti", "acquirer") in roles, roles
    assert not any(role == "target" for _, role in roles), roles


def test_a_subject_whose_legal_form_ends_in_a_full_stop_is_the_acquirer():
    roles = _roles("In 2014 the family's holding company, Inversiones Tarapacá S.A., bought back the 30 per cent "
                   "stake from [[Grupo Andino]].", "acquisition")
    assert ("Inversiones Tarapacá S.A.", "acquirer") in roles, roles
    assert ("Grupo Andino", "seller") in roles, roles


def test_the_second_of_two_sellers_is_a_seller():
    roles = _roles("In May 2008 the brewer [[Haldor Bryggeri]] bought 62 per cent of Korvala from Inversiones "
                   "Costeras del Sur and the [[International Finance Corporation|IFC]] for US$96 million.",
                   "acquisition")
    assert ("IFC", "seller") in roles, roles
    assert ("Inversiones Costeras del Sur", "seller") in roles, roles
    roles = _roles("In 2019 [[Haldor Bryggeri]] bought 24.9 per cent of Korvala Cement from its founding family "
                   "and the investment firm [[Nordlandsfonden]].", "acquisition")
    assert ("Nordlandsfonden", "seller") in roles, roles


def test_an_owner_whose_share_is_named_alone_sold_it():
    roles = _roles("In April 2015 [[Haldor Bryggeri]] agreed to buy the whole of Korvala Cement, acquiring "
                   "[[Tasmar Holdings|Tasmar]]'s 35 per cent, the [[Finnvera]]'s 20 per cent and the shares of "
                   "the founders.", "acquisition")
    assert ("Tasmar", "seller") in roles, roles
    assert ("Finnvera", "seller") in roles, roles
    assert ("Haldor Bryggeri", "acquirer") in roles, roles



def test_a_buyer_named_by_what_it_is_after_a_date_is_the_acquirer():
    roles = _roles("In May 2008 the Brazilian meat group Frigorífico Cambuí bought 62 per cent of Korvala Cement "
                   "for US$96 million.", "acquisition")
    assert ("Frigorífico Cambuí", "acquirer") in roles, roles


def test_a_place_set_off_after_a_name_is_no_party():
    roles = _roles("In May 2008 [[Frigorífico Cambuí]], of [[Passo Fundo]], bought 62 per cent of Korvala Cement "
                   "for US$96 million.", "acquisition")
    assert ("Frigorífico Cambuí", "acquirer") in roles, roles
    assert not any(name == "Passo Fundo" for name, _ in roles), roles


def test_an_apposition_after_a_qualifying_place_does_not_make_the_place_the_buyer():
    roles = _roles("Expansion abroad started in 2006 with Kestrel Bakeries of [[Mandeville]], Jamaica, a family firm "
                   "with some 300 staff, bought for J$1.4 billion.", "acquisition")
    assert not any(name == "Jamaica" and role == "acquirer" for name, role in roles), roles
