"""Round 12, second pass: relation rules for kinds of sentence counted over blind4-blind12
(docs/relations.md, "Round 12", second pass). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round9 import _pairs


def _under(heading: str, text: str) -> set[tuple[str, str]]:
    return _pairs(f"== {heading} ==\n{text}")


@pytest.mark.parametrize("item, expected", [
    # every name of an item that enumerates several, not only the first
    ("* [[Nordea]], [[Danske Bank]] and [[SEB Group|SEB]] – joint bookrunners of the 2019 listing",
     {("supplier", "Nordea"), ("supplier", "Danske Bank"), ("supplier", "SEB Group")}),
    ("* [[Lund University]] and [[Aarhus University]] – research on fish welfare",
     {("researchCollaborator", "Lund University"), ("researchCollaborator", "Aarhus University")}),
    ("* [[Scania]], [[Volvo Trucks]] – shirt sponsors", {("partner", "Scania"), ("partner", "Volvo Trucks")}),
    # the underwriters of an item are suppliers, under any lead-in
    ("* [[Carnegie Investment Bank|Carnegie]] – lead manager of the offering", {("supplier", "Carnegie Investment Bank")}),
])
def test_every_name_of_a_described_item_that_enumerates_several(item, expected):
    text = f"Acme farms salmon in Norway. Other partners and collaborators include:\n{item}\n"
    assert _under("Operations", text) == expected


def _dated(text: str) -> set[tuple[str, str, str | None]]:
    from kg.extractors import relations
    from kg.sources import Page
    from kg.text.parse import parse_article
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is a Norwegian salmon farmer.\n\n{text}")
    return {(f.prop, f.value.title or f.value.label, d.iso if (d := dict(f.qualifiers).get("date")) else None)
            for f in relations.extract(parse_article(page))}


@pytest.mark.parametrize("after, expected", [
    ("The offering, managed by [[Nordea]] and [[Danske Bank]], raised kr 900 million.",
     {("supplier", "Nordea", "2011-05-03"), ("supplier", "Danske Bank", "2011-05-03")}),
    ("[[Nordea]] and [[Danske Bank]] were the joint bookrunners.",
     {("supplier", "Nordea", "2011-05-03"), ("supplier", "Danske Bank", "2011-05-03")}),
    # the currency before the amount does not cut the sentence, and the listing is two sentences back
    ("The offering raised kr. 900 million. [[Nordea]] led the offering.", {("supplier", "Nordea", "2011-05-03")}),
])
def test_the_banks_of_an_offering_take_the_date_of_the_listing_the_sentence_before_tells(after, expected):
    text = f"== History ==\nAcme listed its shares on the Oslo Stock Exchange on 3 May 2011. {after}\n"
    assert _dated(text) == expected


def test_an_offering_sentence_after_no_listing_stays_undated():
    text = ("== History ==\nAcme opened a hatchery in Tromsø on 3 May 2011. The offering, managed by [[Nordea]], "
            "raised kr 900 million.\n")
    assert _dated(text) == {("supplier", "Nordea", None)}


def test_the_listing_of_another_section_gives_no_date():
    text = ("== History ==\nAcme listed its shares on the Oslo Stock Exchange on 3 May 2011.\n"
            "== Ownership ==\nThe offering, managed by [[Nordea]], raised kr 900 million.\n")
    assert _dated(text) == {("supplier", "Nordea", None)}


def test_a_short_name_is_not_the_longer_link_of_a_shareholder_table_row():
    table = ("== Ownership ==\n{| class=\"wikitable\"\n! Holder !! Share\n|-\n| [[Nordea Funds]] || 4.1%\n|-\n"
             "| [[Folketrygdfondet]] || 6.0%\n|}\n")
    text = "== History ==\nNordea and [[Danske Bank]] led the offering in 2011.\n" + table
    got = _dated(text)
    assert ("supplier", "Nordea", "2011") in got and not any(name == "Nordea Funds" and prop == "supplier"
                                                             for prop, name, _ in got)


def test_a_short_name_still_stands_for_a_longer_link_the_text_writes():
    text = "== History ==\n[[Nordea Markets]] advised it in 2009. Nordea and [[Danske Bank]] led the offering in 2011.\n"
    assert ("supplier", "Nordea Markets", "2011") in _dated(text)


@pytest.mark.parametrize("sentence, expected", [
    ("In 2019 Acme joined the Salmon Welfare Alliance.", {("partner", "Salmon Welfare Alliance")}),
    ("In 2019 it joined the [[Aquaculture Stewardship Council]].", {("partner", "Aquaculture Stewardship Council")}),
    ("The company has been a founding member of the Fish Feed Initiative since 2015.", {("partner", "Fish Feed Initiative")}),
    # an unlinked body whose first word the name reader would stop at is taken whole
    ("In 2020 the company joined the Getting to Net Zero Coalition.", {("partner", "Getting to Net Zero Coalition")}),
    # the owner of the body it joined
    ("In 2021 Acme joined [[Cargill]]'s SeaFeed Alliance as a supplier.", {("partner", "Cargill")}),
    # not the company: a person, an index, a listing, a body named only in part
    ("In 2019 [[Kari Nordmann]] joined the Norwegian Seafood Council.", set()),
    ("In 2019 its shares joined the OBX Index.", set()),
    ("In 2019 Acme joined the Oslo Stock Exchange.", set()),
    # a body named "on" its cause is read whole (round 17), no longer only in part
    ("In 2019 Acme joined the Coalition on Ocean Farming, Feed and Fisheries.",
     {("partner", "Coalition on Ocean Farming, Feed and Fisheries")}),
])
def test_a_company_that_joins_an_association_alliance_or_initiative_is_its_partner(sentence, expected):
    assert _under("History", f"Acme farms salmon in Norway. {sentence}\n") == expected


@pytest.mark.parametrize("sentence, expected", [
    # the buyer of a sale and leaseback leases the goods back to the company: a supplier
    ("In 2012 eight of its well boats were sold to [[Ocean Yield]] and leased back.", {("supplier", "Ocean Yield")}),
    ("In 2012 the owners sold its two hatcheries to [[Eiendomsspar]] for kr 400 million and leased them back.",
     {("supplier", "Eiendomsspar")}),
    ("Its main lessors are [[Ocean Yield]] and [[SFL Corporation]].",
     {("supplier", "Ocean Yield"), ("supplier", "SFL Corporation")}),
    # a sale without the lease back is no supply; the lessors of a rival are nobody's
    ("In 2012 eight of its well boats were sold to [[Ocean Yield]].", set()),
    ("The lessors are [[Ocean Yield]] and [[SFL Corporation]] in most of the industry.", set()),
])
def test_lessors_and_the_buyers_of_a_sale_and_leaseback_are_suppliers(sentence, expected):
    got = _under("History", f"Acme farms salmon in Norway. {sentence}\n")
    assert {p for p in got if p[0] == "supplier"} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2015 it won a contract to sink a shaft at [[Boliden]]'s Garpenberg mine.", {("customer", "Boliden")}),
    ("In 2016 Acme signed a service agreement for the turbines of [[Statkraft]]'s Fosen wind farm.",
     {("customer", "Statkraft")}),
    ("A contract to develop the deep levels of [[Boliden]]' Kankberg mine was awarded in 2019.", {("customer", "Boliden")}),
    # buying a mine, or working at one's own, is no contract for a customer
    ("In 2015 it signed an agreement to buy a stake in [[Boliden]]'s Garpenberg mine.", set()),
    ("In 2015 it built a hatchery at its own Frøya site.", set()),
    # the words before the owner's name are no name ("LNG carriers for Qatar's North Field")
    ("In 2015 it signed an agreement with [[Equinor]] reserving berths for LNG carriers for Norway's Troll field.",
     set()),
])
def test_a_contract_at_a_customers_mine_or_wind_farm_names_the_customer(sentence, expected):
    got = _under("History", f"Acme farms salmon in Norway. {sentence}\n")
    assert {p for p in got if p[0] == "customer"} == expected
