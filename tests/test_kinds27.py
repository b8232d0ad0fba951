"""Parties that are no organisations (issue 14, round 27): a currency or a unit of measure linked
on an amount, a feature of the land, and the company's own short name where its first word ends
in "-an" without being a demonym ("Glenmorvan") or is shorter than four letters ("Ikh Bogd").
Each rule on sentences written for the test."""

from __future__ import annotations

import pytest

from kg.sources import Page
from kg.text import kinds, mentions
from kg.text.parse import parse_article
from tests.test_history_rules import _events, _roles


def _names(wikitext: str, title: str) -> set[str]:
    return mentions.company_names(parse_article(Page(title=title, revision=1, wikitext=wikitext)))


def _labels(events) -> set[str]:
    return {p.entity.label for e in events for p in e.participants}


# ---------------------------------------------------------------- currencies and units


def test_a_currency_or_a_unit_is_named_by_its_title():
    assert kinds.is_unit_name("Jordanian dinar")
    assert kinds.is_unit_name("Euro")
    assert kinds.is_unit_name("British thermal unit")
    assert not kinds.is_unit_name("Arab Bank")
    assert not kinds.is_unit_name("Dinar Holdings")


@pytest.mark.parametrize("text", [
    "In 2004 the [[Zarqa Development Bank]] lent the company [[Kuwaiti dinar|KD]] 2 million for a new plant.\n",
    "In 2012 the company raised [[Tunisian dinar|TND]] 9 million in a rights issue.\n",
    "In 2016 Acme signed a gas supply agreement with [[Qatar Petroleum]] at US$3 per million "
    "[[British thermal unit|Btu]].\n",
])
def test_a_currency_or_a_unit_linked_on_an_amount_is_no_party(text):
    evs = _events(text)
    assert evs, text
    labels = _labels(evs)
    assert not labels & {"KD", "TND", "Btu"}, labels


def test_the_lender_stays_beside_the_currency():
    evs = _events("In 2004 the [[Zarqa Development Bank]] lent the company [[Kuwaiti dinar|KD]] 2 million "
                  "for a new plant.\n")
    assert ("Zarqa Development Bank", "investor") in set().union(*map(_roles, evs))


# ---------------------------------------------------------------- features of the land


@pytest.mark.parametrize("name", ["Marrow Lake", "Koro Island", "Tarsk Peninsula", "Uzen field"])
def test_a_name_ending_with_a_feature_word_is_a_place(name):
    assert kinds.name_kind(name) == kinds.PLACE
    assert kinds.is_feature_name(name)


@pytest.mark.parametrize("name", ["Hudson's Bay", "Silicon Valley Bank", "Lakeside Foods", "Fieldstone Ltd"])
def test_a_company_may_end_with_other_words(name):
    assert not kinds.is_feature_name(name)


def test_a_feature_of_the_land_is_no_partner():
    evs = _events("In 2014 Acme signed a ten-year contract with [[Caspian Operating Company]] for wells on the "
                  "[[Tarsk field]] and the [[Koro Island]] terminal.\n")
    labels = _labels(evs)
    assert "Caspian Operating Company" in labels, labels
    assert not labels & {"Tarsk field", "Koro Island"}, labels


# ---------------------------------------------------------------- the company's short name


_GLENMORVAN = ("'''Glenmorvan Plantations''' is a tea grower.\n\n== History ==\n"
               "Glenmorvan bought the [[Ratnapura Estate]] in 2001. In 2004 Glenmorvan opened a factory at "
               "[[Badulla]]. In 2008 Glenmorvan signed a contract with [[Lipton]].\n")


def test_a_first_word_ending_in_an_that_no_demonym_table_knows_is_a_short_name():
    assert "glenmorvan" in _names(_GLENMORVAN, "Glenmorvan Plantations")
    evs = [e for e in _events(_GLENMORVAN[_GLENMORVAN.index("== History"):].split("\n", 1)[1],
                              "Glenmorvan Plantations", _GLENMORVAN[:_GLENMORVAN.index("Glenmorvan bought")])
           if e.type == "acquisition"]
    assert evs and "Glenmorvan" not in _labels(evs), _labels(evs)


def test_a_demonym_ending_in_an_is_no_short_name():
    text = ("'''Mongolian Textiles''' is a maker of felt.\n\n== History ==\n"
            "Mongolian herders sold wool to it. Mongolian exports grew. Mongolian felt is known abroad.\n")
    assert "mongolian" not in _names(text, "Mongolian Textiles")


def test_an_unknown_word_ending_in_an_is_a_short_name_only_as_the_subject_of_its_acts():
    # "Andean" is written before nouns here, not as the subject of a company's acts
    text = ("'''Andean Copper Holdings''' is a miner.\n\n== History ==\n"
            "Andean towns grew. The Andean highlands are dry. Andean farmers keep llamas.\n")
    assert "andean" not in _names(text, "Andean Copper Holdings")


_IKH = ("'''Ikh Sarnai Cashmere''' is a maker of knitwear.\n\n== History ==\n"
        "In 2007 Ikh Sarnai bought [[Bayan Wool]]. Ikh Sarnai opened a shop in [[Tokyo]] in 2012. "
        "In 2015 Ikh Sarnai bought [[Harrow & Lyle]].\n")


def test_a_first_word_under_four_letters_gives_a_short_name_of_two_words():
    assert "ikh sarnai" in _names(_IKH, "Ikh Sarnai Cashmere")
    assert "ikh" not in _names(_IKH, "Ikh Sarnai Cashmere")


def test_two_words_that_end_a_persons_name_are_a_family_name_not_a_short_name():
    text = ("'''El Marwani Ceramics''' is a maker of tiles.\n\n== History ==\n"
            "Fathi El Marwani founded it in 1976. El Marwani opened a plant in 1980. "
            "In 1990 El Marwani bought [[Nile Glaze]]. El Marwani signed a contract in 1995.\n")
    assert "el marwani" not in _names(text, "El Marwani Ceramics")
