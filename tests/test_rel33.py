"""Relations precision, round 33 (rel33). Each sentence is written for the test (invented companies).

* "The company agreed with X and Y to reschedule (restructure, refinance) its loans": X and Y are
  its lenders (tests/gold/README.md, lenders), not partners.
* A passive of a service done for the company "under a contract with X" ("the vessels are fuelled
  under a contract with X", "are crewed", "are insured"): X is a supplier, not a customer.
* An enumeration after a cue stops at ", and the X handles its ...": X opens a clause of its own.
* A name that holds a Portuguese, Spanish or Italian particle ("Mineração Santa Cruz do Pantanal",
  "Carbonell y Compañía") is one name, not its last words; the learned reader does not read a
  linked word at the end of such a name ("Pantanal") as a party of its own.
* A carrier's bare contract "for the transport of" goods, or "to carry" them, with X: X is a
  customer (the shipper), as a bottler's with a railway makes the railway a supplier.
* A "joint venture" told in a relative clause of some other thing after the cue ("a contract for
  cartridges from the line, which made the joint venture profitable") does not make the
  counterparty a venture partner; a relative clause of the counterparty itself still does.
"""

from __future__ import annotations

import pytest

from tests.test_rel32d import _pairs as _pairs32

_CARRIER = ("{{Infobox company\n| name = Rio Verde Fluvial\n| industry = [[Maritime transport|Shipping]]\n}}\n"
            "'''Rio Verde Fluvial''' is a Paraguayan river shipping company based in [[Asunción]]. Its convoys "
            "carry grain and ore through the [[Pantanal]] region.\n\n== History ==\n")
_MAKER = ("{{Infobox company\n| name = Koro Seafoods\n| industry = [[Food processing]]\n}}\n"
          "'''Koro Seafoods''' is a Fijian tuna fishing and canning company based in [[Levuka]].\n\n== History ==\n")


def _pairs(body: str, lead: str = _MAKER, title: str = "Koro Seafoods") -> set[tuple[str, str]]:
    return _pairs32(body, lead=lead, title=title)


@pytest.mark.parametrize("body, names", [
    ("The fall of the kina doubled its dollar debts, and in March 2016 it agreed with the [[Asian Development Bank]] "
     "and [[Westpac]] to reschedule the repayment of its loans over three more years.",
     ("Asian Development Bank", "Westpac")),
    ("In 2009 the company agreed with [[Bank South Pacific]] to restructure its debt.", ("Bank South Pacific",)),
])
def test_agreed_with_banks_to_reschedule_loans(body, names):
    got = _pairs(body)
    for name in names:
        assert ("lender", name) in got
        assert ("partner", name) not in got


def test_agreed_with_to_run_stays_partner():
    # no loan or debt recast: the agreement is a partnership, as before
    got = _pairs("In 2015 the company agreed with [[Solander Fishing]] to run a joint crewing office in Suva.")
    assert ("partner", "Solander Fishing") in got
    assert ("lender", "Solander Fishing") not in got


@pytest.mark.parametrize("body, name", [
    ("The longliners are fuelled under a contract with [[Tasman Fuels]].", "Tasman Fuels"),
    ("Its longliners are crewed under an agreement with [[Kiribati Marine Manning]].", "Kiribati Marine Manning"),
])
def test_serviced_under_contract_with_is_supplier(body, name):
    got = _pairs(body)
    assert ("supplier", name) in got
    assert ("customer", name) not in got


def test_enumeration_stops_at_a_new_clause():
    got = _pairs("In Fiji its brand is distributed by Prasad Brothers Wholesale, which buys the cans for its own "
                 "shops, and the [[Suva Port Authority]] handles its containers at Suva.")
    assert ("customer", "Prasad Brothers Wholesale") in got
    assert ("customer", "Suva Port Authority") not in got


def test_enumeration_still_reads_a_list():
    got = _pairs("Its tuna is distributed by [[Prasad Brothers]], [[Lal Wholesale]] and [[Pacific Grocers]].")
    assert {("customer", "Prasad Brothers"), ("customer", "Lal Wholesale"), ("customer", "Pacific Grocers")} <= got


def test_name_with_a_particle_is_whole():
    got = _pairs("In 2006 Mineração Serra Azul do Pantanal signed a ten-year contract for the transport of up to "
                 "one million tonnes of ore a year.", lead=_CARRIER, title="Rio Verde Fluvial")
    assert ("customer", "Mineração Serra Azul do Pantanal") in got
    assert not any(name == "Pantanal" for _, name in got)


def test_tail_of_a_name_is_no_party_of_the_learned_reader():
    got = _pairs("The ore contract with Mineração Serra Azul do Pantanal was renewed in 2016 for five years.",
                 lead=_CARRIER, title="Rio Verde Fluvial")
    assert ("customer", "Mineração Serra Azul do Pantanal") in got
    assert not any(name == "Pantanal" for _, name in got)


@pytest.mark.parametrize("body, name", [
    ("It took on iron ore in 2006, when [[Mineração Corumbá]] signed a ten-year contract for the transport of up to "
     "one million tonnes a year.", "Mineração Corumbá"),
    ("It began to carry soybeans in 1995, when [[Cooperativa Tres Fronteras]] signed a five-year contract to carry "
     "its harvest to Rosario.", "Cooperativa Tres Fronteras"),
])
def test_carrier_contract_for_transport_is_customer(body, name):
    got = _pairs(body, lead=_CARRIER, title="Rio Verde Fluvial")
    assert ("customer", name) in got
    assert ("partner", name) not in got


def test_relative_clause_of_another_thing_no_venture():
    got = _pairs("Two months later the [[Hospital Supply Agency]] signed a three-year contract for canned tuna from the "
                 "Levuka line, which replaced part of its imports and made the joint venture profitable for the first time.")
    assert ("jointVenturePartner", "Hospital Supply Agency") not in got


def test_relative_clause_of_the_party_still_a_venture():
    got = _pairs("In 2010 it signed an agreement with [[Grupo Andes]], which holds 40 per cent of the joint venture.")
    assert ("jointVenturePartner", "Grupo Andes") in got


# --- recall (round 33): lenders, distributors, buyers and a firm's seat ---

@pytest.mark.parametrize("body, name", [
    # an amount and its currency's word before "was lent by"
    ("The mill cost 9 million pesetas, of which 4.2 million pesetas was lent by the state [[Banco Agrario]] over "
     "fifteen years.", "Banco Agrario"),
    # "made the company a loan"
    ("After the cyclone the [[Pacific Investment Bank]] made the company a loan of US$5 million that August.",
     "Pacific Investment Bank"),
    # "lent it a combined ..."
    ("The [[Baltic Development Fund]] and the [[Nordic Farm Fund]] lent it a combined US$9 million in June 2017.",
     "Baltic Development Fund"),
    # a facility named by its amount alone, to finance the company's purchases
    ("In September 2016 [[Banco Austral]] and [[Moza Bank]] arranged a MT 450 million facility to finance the "
     "company's nut purchases.", "Moza Bank"),
    # a bank that refinanced the company's assets with its own loan
    ("The following year [[Cyprus Trust Bank]] refinanced the two bulk carriers with a €22 million loan.",
     "Cyprus Trust Bank"),
])
def test_lender_told_in_other_words(body, name):
    assert ("lender", name) in _pairs(body)


@pytest.mark.parametrize("body, name", [
    # a loan the company made, to another
    ("The company made a loan of US$2 million to [[Nadi Growers]] in 2014.", "Nadi Growers"),
    # loans for others' purchases: not the company's
    ("In 2016 the [[Grain Bank]] provided loans to finance farmers' purchases of seed.", "Grain Bank"),
])
def test_no_lender(body, name):
    assert ("lender", name) not in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("The following year the company signed up [[Fergana Savdo]] as its distributor in Uzbekistan.", "Fergana Savdo"),
    ("In 2004 it took on [[Lusitano Foods]] as its importer for Portugal.", "Lusitano Foods"),
    ("In 1979 [[Pacifica Seafoods]] began to buy frozen precooked loins from the cannery.", "Pacifica Seafoods"),
])
def test_customer_signed_up_or_buying(body, name):
    assert ("customer", name) in _pairs(body)


def test_seat_after_of_is_no_part_of_the_name():
    got = _pairs("In 2012 it signed a three-year contract with Tarim Grain Trading of Ürümqi for 150,000 tonnes of "
                 "tuna loins a year.")
    assert ("customer", "Tarim Grain Trading") in got
    # an institution's place is its name's
    got = _pairs("In 2015 it signed a contract with the Province of Cádiz for school meals.")
    assert not any(name == "Province" for _, name in got)


def test_veto_before_but_stays_in_its_clause():
    body = ("Talks with [[Henan Grain]] about a long-term supply agreement ended without agreement in 2011, but in 2012 "
            "it signed a three-year contract with [[Tarim Grain Trading]] for 150,000 tonnes of tuna loins a year.")
    got = _pairs(body)
    assert ("customer", "Tarim Grain Trading") in got
    assert not any(name == "Henan Grain" for _, name in got)  # the failed talks stay vetoed


@pytest.mark.parametrize("body, name", [
    ("Since the 2015 season growers at the company's own stations have been paid through the [[M-Pesa]] mobile-money "
     "service of [[Vodacom]] Tanzania.", "Vodacom"),
    ("Since 2017 payments have been made through the MoMo mobile-money service of [[Airtel Uganda]].", "Airtel Uganda"),
    ("Outgrowers are paid each month through [[Airtel|Airtel]] Mobile Money.", "Airtel"),
])
def test_mobile_money_operator_is_supplier(body, name):
    assert ("supplier", name) in _pairs(body)
