"""Participants and roles of history events (round 33): the arranger of a bond issue and the
exchange it is listed on, a legal form written with stops, a name of trades and a legal form after
"and", a river linked by its qualified title, a concept linked as an adjective, and a place of
several words before a description."""

from __future__ import annotations

from tests.test_fields32 import _roles as _roles32


def _roles(sentence, kind, title="Veldrana Cement"):
    return _roles32(sentence, kind, title)


def test_the_arranger_of_a_bond_issue_is_a_supplier():
    roles = _roles("In March 2021 Veldrana Cement issued €40 million of five-year bonds with a coupon of 6 per "
                   "cent; they were arranged by Kestrel Capital Markets.", "funding_round")
    assert ("Kestrel Capital Markets", "supplier") in roles, roles
    assert not any(role == "investor" for _, role in roles), roles
    roles = _roles("In May 2019 it issued US$60 million of seven-year bonds, structured by the brokerage "
                   "Valores Andinos Bursátiles.", "funding_round")
    assert ("Valores Andinos Bursátiles", "supplier") in roles, roles


def test_the_exchange_a_bond_issue_is_made_on_is_the_exchange():
    roles = _roles("In October 2018 it issued ₲ 90 billion of five-year bonds on the [[Bolsa de Valores de "
                   "Lorenza]], arranged by Merced Valores Casa de Bolsa.", "funding_round")
    assert ("Bolsa de Valores de Lorenza", "exchange") in roles, roles
    assert ("Merced Valores Casa de Bolsa", "supplier") in roles, roles


def test_the_arranger_of_a_syndicated_loan_lends():
    roles = _roles("In June 2022 the company signed a €90 million syndicated loan arranged by [[Banca Ostrava]] "
                   "with [[Erdhaus Bank]].", "funding_round")
    assert ("Banca Ostrava", "investor") in roles, roles
    assert ("Erdhaus Bank", "investor") in roles, roles


def test_a_legal_form_written_with_stops_keeps_its_last_stop():
    roles = _roles("In 2009 it bought Harbour Vermin Control W.L.L., a pest-control company in Doha, for "
                   "QR 9 million.", "acquisition", "Dunecrest Services")
    assert ("Harbour Vermin Control W.L.L.", "target") in roles, roles
    roles = _roles("In 2012 the company and the port operator Depósitos Santa Lucía S.A. formed Muelle Lucía "
                   "S.A., a joint venture owned in equal shares.", "joint_venture", "Naviera Cordillera")
    assert [name for name, role in roles if role == "venture"] == ["Muelle Lucía S.A."], roles


def test_trades_and_a_legal_form_after_and_end_the_name_before_it():
    roles = _roles("In 2005 it bought the Tavua Ice and Water Company, a maker of ice, from the Naidu family "
                   "for FJ$1.8 million.", "acquisition", "Koro Springs")
    assert ("Tavua Ice and Water Company", "target") in roles, roles
    assert ("Tavua Ice", "target") not in roles, roles


def test_a_river_linked_by_its_qualified_title_is_no_party():
    roles = _roles("In December 2012 the [[European Bank for Reconstruction and Development|EBRD]] lent it €20 "
                   "million for the Bistrica plant and a second one on the upper [[Drin (river)|Drin]].",
                   "funding_round", "Lumeni Energji")
    assert roles == [("EBRD", "investor")], roles


def test_a_concept_linked_as_an_adjective_is_no_party():
    roles = _roles("[[Kuwait Finance House]] and [[Ahli United Bank]] provided KD 40 million of [[Islamic "
                   "banking and finance|Islamic]] financing over seven years in May 2016.", "funding_round",
                   "Jaber Marine")
    assert not any(name == "Islamic" for name, _ in roles), roles
    assert ("Kuwait Finance House", "investor") in roles, roles
    roles = _roles("In April 2007 [[Stanbic Bank]] lent the company Z$30 billion to buy seed, a year before the "
                   "[[Zimbabwean dollar]] was redenominated.", "funding_round", "Mazowe Leaf")
    assert roles == [("Stanbic Bank", "investor")], roles


def test_a_place_of_several_words_before_a_description_is_not_the_party():
    roles = _roles("The company's shares were listed on the [[Port Moresby Stock Exchange]] in March 2003; the "
                   "offer, managed by the Port Moresby broker Wantok Securities, raised K 18 million.", "ipo",
                   "Sepik Coastal Freight")
    assert ("Wantok Securities", "supplier") in roles, roles
    assert not any(name == "Port Moresby" for name, _ in roles), roles


def test_the_lender_of_a_loan_repaid_is_no_party_of_the_new_one():
    roles = _roles("In 2022 [[Bank of Suva]] lent the company FJ$9 million to refinance the [[Westpac]] loan and pay "
                   "for two new longliners.", "funding_round", "Koro Tuna")
    assert roles == [("Bank of Suva", "investor")], roles
    roles = _roles("The [[International Finance Corporation]] lent the company US$3 million in 2019, alongside "
                   "US$1 million from the [[Bank of Lorenza]], to build drying beds and to repay the [[Bank of "
                   "Mirela]] loan early.", "funding_round", "Rusumo Coffee")
    assert ("Bank of Lorenza", "investor") in roles, roles
    assert not any(name == "Bank of Mirela" for name, _ in roles), roles


def test_an_unlinked_authority_after_a_date_is_the_subject():
    roles = _roles("In April 2019 the Market Oversight Authority began an inquiry into the company's tenders.",
                   "investigation", "Qaruh Dredging")
    assert ("Market Oversight Authority", "investigator") in roles, roles
    roles = _roles("In March 2021 the Reserve Bank fined the company MK 40 million for late reports.", "fine",
                   "Chiperoni Bank")
    assert ("Reserve Bank", "regulator") in roles, roles
    roles = _roles("In June 2023 the Commission fined the company £2 million.", "fine", "Chiperoni Bank")
    assert roles == [], roles  # a short name of one word stays out
    roles = _roles("In 2019 the Chiperoni Savings Bank bought Lilongwe Leasing for MK 900 million.", "acquisition",
                   "Chiperoni Savings Bank")
    assert not any(name == "Chiperoni Savings Bank" for name, _ in roles), roles
