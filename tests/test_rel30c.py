"""Relations recall, round 30 second pass (rel30c): names. Each article is written for the test
(invented companies).

* A country, a region or a city in brackets in the lead's name ("Tavoru Springs (Fiji) Limited",
  "Kessaro Mills (Ghana) Limited") tells where the company is: it is no short name of the company,
  so other names that hold the place ("Fiji Development Bank") are other parties.
* An unlinked maker after a cue that asks for an organisation ("came from X", "come from X") is
  one when its name has a business's shape: a trade as its last word ("Kiln Works", "Packaging",
  "Mills", "Foundry") or family names joined by "&" ("Hallam Kerr & Gordon"); not a place.
* A short name written after the full one ("Tovarra" after "Tovarra Inflight", "Kessel Pacific"
  after "the garment maker Kessel Pacific Garments") is the party of the full name, when the article
  writes one longer name that begins with it (with or without a legal form); not when it writes two
  ("Kirimoto Beverage Group" and "Kirimoto Beverage Japan"), nor a place ("Fiji" before "Fiji Airways").
"""

from __future__ import annotations

import pytest

from kg.sources.page import Page
from kg.text.mentions import company_names
from kg.text.parse import parse_article
from tests.test_rel28a import _facts


def _lead(title: str, name: str, what: str) -> str:
    return (f"{{{{Infobox company\n| name = {title}\n}}}}\n'''{name}''' is {what}.\n\n== History ==\n")


def test_a_place_in_brackets_in_the_lead_name_is_no_alias():
    lead = _lead("Tavoru Springs", "Tavoru Springs (Fiji) Pte Limited", "a Fijian bottler of mineral water")
    body = ("In February 1996 the company borrowed FJ$4 million from the Fiji Development Bank to build a plant. "
            "Since 2019 it has supplied water to Fiji Airways for its flights.")
    facts = {(p.rsplit("#", 1)[-1].rsplit("/", 1)[-1], n) for p, n in _facts(body, title="Tavoru Springs", lead=lead)}
    assert ("lender", "Fiji Development Bank") in facts
    assert ("customer", "Fiji Airways") in facts
    names = company_names(parse_article(Page(title="Tavoru Springs", revision=1, wikitext=lead + body)))
    assert "fiji" not in names


def test_a_city_in_brackets_is_no_alias_but_a_short_name_is():
    lead = _lead("Kessaro Mills", "Kessaro Mills (Accra) Limited", "a Ghanaian flour miller")
    names = company_names(parse_article(Page(title="Kessaro Mills", revision=1, wikitext=lead)))
    assert "accra" not in names
    lead = _lead("Kessaro Mills", "Kessaro Mills Limited (KML)", "a Ghanaian flour miller")
    names = company_names(parse_article(Page(title="Kessaro Mills", revision=1, wikitext=lead)))
    assert "kml" in names


def _pairs(body: str) -> set[tuple[str, str]]:
    return {(p.rsplit("/", 1)[-1].rsplit("#", 1)[-1], n) for p, n in _facts(body)}


@pytest.mark.parametrize("body, name", [
    ("Its two kilns came from Hallam Kerr & Gordon of [[Kendal]], England.", "Hallam Kerr & Gordon"),
    ("Cartons and printed bags come from Ravan Thu Packaging of [[Ho Chi Minh City]].", "Ravan Thu Packaging"),
    ("Its kilns came from Jiaxing Dongrun Kiln Works.", "Jiaxing Dongrun Kiln Works"),
])
def test_a_maker_named_by_its_trade_or_by_joined_family_names_is_a_supplier(body, name):
    assert ("supplier", name) in _pairs(body)


def test_a_place_joined_by_an_ampersand_is_no_maker():
    assert not any(n == "Trinidad & Tobago" for _, n in _pairs("Its sugar came from Trinidad & Tobago."))


def test_a_short_name_after_the_full_one_is_the_full_name():
    body = ("In 1994 Orvella and the Hong Kong garment maker Kessel Pacific Garments set up a sewing unit. "
            "Kessel Pacific supplied the unit's cutting tables.")
    assert ("supplier", "Kessel Pacific Garments") in _pairs(body)
    body = ("In 2017 it sold its catering unit to Tovarra Inflight for $2 million; Tovarra has supplied "
            "its meals since.")
    assert ("supplier", "Tovarra Inflight") in _pairs(body)


def test_a_short_name_of_two_longer_names_stays_short():
    body = ("Kirimoto Beverage Group and Kirimoto Beverage Japan were formed in 2001. "
            "Since 2010 Orvella has bought its bottles from Kirimoto.")
    pairs = _pairs(body)
    assert not any(n.startswith("Kirimoto Beverage") for _, n in pairs)


def test_a_short_name_of_the_company_s_own_unit_is_no_party():
    lead = ("{{Infobox company\n| name = Orvella Foods\n| subsidiaries = Rasmund Spinning Mills Limited\n}}\n"
            "'''Orvella Foods''' is an Estonian maker of frozen vegetables.\n\n== History ==\n")
    body = ("In May 2006 Orvella bought Rasmund Spinning Mills, a mill at Valga. "
            "Rasmund supplies about a third of the yarn the knitting units use.")
    assert not any(n.startswith("Rasmund") for _, n in _facts(body, lead=lead))


def test_a_short_name_of_the_owner_is_no_party():
    lead = ("{{Infobox company\n| name = Orvella Foods\n| parent = Kastner Baustoffe AG\n}}\n"
            "'''Orvella Foods''' is an Estonian maker of frozen vegetables.\n\n== History ==\n")
    body = ("In 2006 the Austrian group Kastner Baustoffe AG bought 51 per cent of Orvella. "
            "In 2013 Orvella bought a quarry; the purchase was paid for with a €12 million loan from "
            "[[Raiffeisen Bank International]], Kastner's main bank.")
    pairs = {(p.rsplit("/", 1)[-1].rsplit("#", 1)[-1], n) for p, n in _facts(body, lead=lead)}
    assert not any(n.startswith("Kastner") and t == "lender" for t, n in pairs), pairs
