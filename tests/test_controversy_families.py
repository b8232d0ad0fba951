"""Controversy families that recur in company articles outside a "Controversies" section, each
shown on a sentence written for the test: strikes told by their kind or length, data stolen
by attackers, recalls told by their noun, spills and pollution, closures and permits ordered by a regulator, court
decisions and claims filed; headings that end with a controversy alias;
and the sentences that only refer back to an affair."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _types(text: str) -> list[str]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is a mining company.\n\n{text}")
    return [f.value.type for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("sentence, expected", [
    # a recall told by its noun: its reach, its kind or its month
    ("In 2019 a worldwide recall of its cordless drills cost it €40 million.", ["recall"]),
    ("The recall of May 2020 followed two fires in Sweden.", ["recall"]),
    ("* '''2018''': Battery recall in October.", ["recall"]),
    ("In 2012 the board called for a recall of the ambassador.", []),
    ("Product recalls are handled by the quality department.", []),
    # strikes: held, staged or joined; told by their length or kind
    ("In March 2021 about 900 workers held a two-hour warning strike over pay.", ["strike"]),
    ("The union staged the first strike at a major mining company on 12 May 2021.", ["strike"]),
    ("Workers at the smelter joined the August strikes in 1980.", ["strike"]),
    ("The union's three-day strike in May 2019 ended with a 6 per cent rise.", ["strike"]),
    ("In March 2012 about 300 pickers stopped work for four days during the harvest.", ["strike"]),
    ("In 2014 the mine was shut by the five-month strike of the miners' union.", ["strike"]),
    ("In 2015 it signed a deal with a union to avoid a strike price dispute.", []),
    ("In June 2008 a five-day strike was called off after the union reached an agreement.", []),  # no strike
    # data stolen by attackers
    ("In August 2015 it disclosed that attackers had gained access to a server holding client data.", ["data_breach"]),
    ("In June 2022 personal data of about 40,000 customers, including tax numbers, were stolen in an attack "
     "on a file-transfer tool.", ["data_breach"]),
    # spills and pollution
    ("On 3 March 1990 its ore carrier ran aground and spilled about 10,000 gallons of fuel oil.", ["other"]),
    ("Water pumped from its old shafts polluted the Ridge River with heavy metals in 2008.", ["other"]),
    # a regulator orders a closure or a remedy; permits suspended
    ("In 2013 the Ministry of Labour ordered the quarry closed.", ["fine"]),
    ("In 2011 the Department of Water issued a directive ordering Acme and two other mining companies to "
     "treat the water.", ["fine"]),
    ("In 2012 the forestry ministry suspended the company's logging permits.", ["fine"]),
    ("In 2009 Acme ordered the plant closed.", []),  # its own decision
    ("In 2011 Acme ordered 20 trucks.", []),
    # courts: decisions, claims filed, challenges, settlements of litigation, arraignments
    ("The Court of Appeals dismissed the case in 2017.", ["lawsuit"]),
    ("A claim by Acme for $9 million in damages was rejected by the Ridge Regional Court in 2018.", ["lawsuit"]),
    ("In 2015 a group of retailers filed a damages claim against the company in a civil court.", ["lawsuit"]),
    ("In December 2022 Acme agreed to pay $40 million to settle the pension litigation.", ["lawsuit"]),
    ("In 2019 prosecutors arraigned two former directors before the High Court.", ["lawsuit"]),
    # searches of offices
    ("In May 2019 investigators of the competition authority searched the offices of Acme and two rivals.",
     ["investigation"]),
    ("In 2020 federal agents raided Acme's headquarters in Leeds.", ["investigation"]),
    ("In 2016 rescuers searched the flooded shaft for two days.", []),
    # products taken off sale, by the company or by its buyers
    ("In 2014 a supermarket chain removed Acme's bottled water from its shelves for three months.", ["recall"]),
    ("In 2016 Acme withdrew the salad from all its restaurants for a month.", ["recall"]),
    ("Two retailers pulled the kettle from sale in 2018.", ["recall"]),
    ("In 2012 Acme's shares were removed from the London Stock Exchange.", []),
    # compensation and settlements
    ("In 2011 Acme agreed, after talks with the ombudsman, to compensate 4,000 savers with €20 million.", ["lawsuit"]),
    ("In March 2018 Acme agreed to pay $3 million to settle both cases.", ["lawsuit"]),
    ("In 2020 Acme agreed to pay $40 million for a rival's shipping arm.", []),  # a purchase
    ("== Legal issues ==\nIn 2020 Acme signed an agreement with the attorney general, agreeing to pay $4 million.",
     ["lawsuit"]),  # in a controversy section
    # a spill told by a participle
    ("In 2011 a fuel barge ran aground near the terminal, spilling 300 tonnes of oil into the bay.", ["other"]),
    # a sentence that only refers back to an affair is not one
    ("In the wake of the scandal the company appointed a compliance officer in 2023.", []),
    ("In 2015 the emissions scandal broke when regulators found defeat devices.", ["other"]),
])
def test_controversy_family(sentence, expected):
    assert _types(sentence) == expected


def test_heading_that_ends_with_an_alias():
    """"Safety and legal issues" and "Environmental and social issues" hold controversies: a
    weak cue (a report that found...) counts there, not under "History"."""
    aliases = controversies.table().sections
    assert controversies.is_controversy_heading("Safety and legal issues", aliases)
    assert controversies.is_controversy_heading("Environmental and social issues", aliases)
    assert not controversies.is_controversy_heading("History and operations", aliases)
    sentence = "The safety board's final report, released in 2018, found that the derailment was caused by a broken rail."
    assert _types(f"== Safety and legal issues ==\n{sentence}") == ["investigation"]
    assert _types(f"== History ==\n{sentence}") == []


@pytest.mark.parametrize("sentence, expected", [
    # accidents and illness, inside a controversy section, with a date or a party
    ("In May 2016 about 40 guests fell ill with salmonella after eating at an Acme hotel.", ["other"]),
    ("In 2012 an Acme ferry capsized off Crete.", ["other"]),
    # (round 24) "an outbreak ... was traced to its water tanks" is read in any section: tests/test_controther24.py
    ("After the outbreak Acme changed its supplier.", []),  # refers back to it
    ("In 1914 an outbreak of war closed the plant.", []),
    # campaigns and petitions against the company
    ("In 2019 consumer groups campaigned against Acme's fees.", ["other"]),
    ("In 2020 a petition signed by 30,000 customers asked Acme to restore free delivery.", ["other"]),
])
def test_families_of_a_controversy_section(sentence, expected):
    assert _types(f"== Controversies ==\n{sentence}") == expected
    assert _types(f"== History ==\n{sentence}") == []  # weak or topic cues: a controversy section only
