"""Relations recall, round 31 (rel31c). Each article is written for the test (invented companies).

* The maker or builder of a ship or a machine the article tells of, in the passive, by its name or
  after a descriptor ("The newer tugs were built by the Dutch group X", "its bottling equipment was
  made by the East German works X", "four trawlers built in South Korea by X Shipbuilding", "the
  dredger Orvella II, built by X") is a supplier; not a ship built by one and later bought from
  another, nor an offer "made by" a group.
* "works" announces an unlinked organisation after a descriptor ("the East German works X").
* An unlinked name whose last word is a trade ("Kenji Machinery", "Marta Packaging") is no person's
  name, whatever given name opens it.
* The company's insurer is a supplier, as its reinsurers are: "the ships are insured with the X P&I
  club", "the company's insurer, X, paid ..." (one name in the apposition, not the words after it);
  not "its insurer X" after another party, which may be that party's. A linked title qualified
  "(insurance)" is an organisation, though its label is a place's name.
* Trade nouns that announce an unlinked firm after a place ("the Kingston stockbrokers X", "the
  Santiago compounder X", "the Bavarian upholsterer X", "the Austrian coachbuilder X"), and "Alloys"
  as a trade that ends a firm's name ("Norwood Alloys").
"""

from __future__ import annotations

import pytest

from tests.test_rel28a import _facts

_LEAD = ("{{Infobox company\n| name = Orvella Foods\n| founders = Henrik Maasing\n}}\n"
         "'''Orvella Foods''' is an Estonian maker of frozen vegetables and a shipowner.\n\n== History ==\n")


def _pairs(body: str) -> set[tuple[str, str]]:
    return {(p.rsplit("/", 1)[-1].rsplit("#", 1)[-1], n) for p, n in _facts(body, lead=_LEAD)}


@pytest.mark.parametrize("body, name", [
    ("The two newer tugs were built by the Dutch group Valmora.", "Valmora"),
    ("The cold-store tug Orvella II, built by Kaitong Shipbuilding in China for US$8 million, joined the fleet in 2019.",
     "Kaitong Shipbuilding"),
    ("In 1995 fishing began with four stern trawlers built in South Korea by Hanul Shipbuilding.", "Hanul Shipbuilding"),
    ("In 2019 solar panels built by Sunvale Energy were installed on the roofs of the freezing plants.", "Sunvale Energy"),
    ("In 1983 the bank lent it money for two vessels built by [[Kelt Marine|Kelt Holland]] at Kinderdijk.", "Kelt Marine"),
])
def test_maker_of_a_ship_or_machine_in_the_passive(body, name):
    assert ("supplier", name) in _pairs(body), _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("Its first blanching kiln, made by the East German works VEB Tallmek Artern, was fired in 1956.", "VEB Tallmek Artern"),
    ("Its packing equipment was made by the East German works Kelterhof Dessau.", "Kelterhof Dessau"),
])
def test_works_announces_a_maker(body, name):
    assert ("supplier", name) in _pairs(body), _pairs(body)


@pytest.mark.parametrize("body", [
    "The freezer ship Valga, built in 1970 by Harland Shipbuilding, was bought from Valmora Lines in 1992.",
    "In 2004 the offer made by the Dutch group Valmora for the company was rejected.",
])
def test_no_maker_of_a_thing_bought_or_an_offer(body):
    names = {n for _, n in _pairs(body)}
    assert not names & {"Harland Shipbuilding", "Valmora"}, names


@pytest.mark.parametrize("body, name", [
    ("In 1995 fishing began with four stern trawlers built in South Korea by Daesung Shipbuilding.", "Daesung Shipbuilding"),
    ("In 2001 the packing hall was equipped with freezing tunnels from Kenji Machinery.", "Kenji Machinery"),
])
def test_a_trade_last_is_no_persons_name(body, name):
    assert ("supplier", name) in _pairs(body), _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("Fuel is bought from [[Nordoil]], and the freezer ships are insured with the [[Tallmark Mutual]] P&I club.",
     "Tallmark Mutual"),
    ("The freezer ships are insured with the [[Somme (insurance)|Somme]] club of Oslo.", "Somme (insurance)"),
    ("After repairs paid for by the company's insurer, [[Valmora Insurance|VALIN]], the [[Tartu]] plant reopened in 2010.",
     "Valmora Insurance"),
])
def test_insurer_is_a_supplier(body, name):
    assert ("supplier", name) in _pairs(body), _pairs(body)


def test_insurer_apposition_names_one_party():
    body = ("After repairs paid for by the company's insurer, [[Valmora Insurance|VALIN]], the Kelt Foods plant "
            "reopened in 2010.")
    assert {n for _, n in _pairs(body)} == {"Valmora Insurance"}, _pairs(body)


def test_another_partys_insurer_is_none():
    body = ("When the Kelt conglomerate and its insurer [[Valmora Insurance|VALIN]] collapsed in 2009, "
            "Orvella lost its deposits.")
    assert not any(n == "Valmora Insurance" for _, n in _pairs(body)), _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("In 1999 the company's share offer was managed by the Jamaican stockbrokers Barnett Kelt.", "Barnett Kelt"),
    ("The company buys its tray films from the Chilean compounder Polímeros Kelt.", "Polímeros Kelt"),
    ("In 2012 Orvella Foods and the Bavarian upholsterer Kelt Rieger GmbH formed Rieger Valga d.o.o. in Vitez, owned equally.",
     "Kelt Rieger GmbH"),
    ("In 1985 Orvella Foods signed a licence with the Austrian coachbuilder Kelt Karosseriebau of [[Linz]] to build "
     "the body of Kelt's PL12 van.", "Kelt Karosseriebau"),
    ("The company buys the alloy for its cans from Norwood Alloys.", "Norwood Alloys"),
])
def test_trade_nouns_and_trade_last_names(body, name):
    assert any(n == name for _, n in _pairs(body)), _pairs(body)
