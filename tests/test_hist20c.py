"""History extractor, round 20 (issue 14): accidents told without a word of the type table (a
train derailed, a ship ran aground or sank, a fire broke out, a storm damaged a site, a tank
burst), and a site that reopened; each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_hist17a import _history
from tests.test_history_rules import _summary


def test_a_vehicle_accident_is_an_event():
    assert _summary(_history("In 2009 twelve wagons of a coal train derailed near Dunmore.")) == [("other", "2009")]
    assert _summary(_history("The company's ferry Island Star ran aground off Skye in March 1994.")) == [
        ("other", "1994-03")]
    assert _summary(_history("In 2003 one of its tankers, the Nordic Spirit, capsized in the Baltic.")) == [
        ("other", "2003")]
    assert _summary(_history("In 1987 one of its airliners crashed on approach to Lagos.")) == [("other", "1987")]


def test_an_accident_told_as_a_noun_is_an_event():
    assert _summary(_history("The sinking of the trawler Nordkap in 1998 led to new safety rules.")) == [
        ("other", "1998")]
    assert _summary(_history("The derailment of a freight train at Hallam in 2012 closed the line for a week.")) == [
        ("other", "2012")]
    assert _summary(_history("The grounding of the Sea Lark off Orkney in 2006 cost the line its licence.")) == [
        ("other", "2006")]


def test_a_fire_storm_or_burst_tank_at_a_site_is_an_event():
    assert _summary(_history("In 1998 a fire broke out in the warehouse at Leeds.")) == [("other", "1998")]
    assert _summary(_history("A storm damaged the jetty at Port Louis in 2004.")) == [("other", "2004")]
    assert _summary(_history("In 1971 a tank split at the Widnes works and acid ran into the river.")) == [
        ("other", "1971")]
    assert _summary(_history("In 2012 an explosion at the Tarragona plant killed three people.")) == [
        ("other", "2012")]


def test_deaths_of_passengers_or_crew_are_a_fatal_accident():
    evs = _history("Two passengers died when a cabin fell from one of its chairlifts in 2014.")
    assert _summary(evs) == [("other", "2014")]
    assert evs[0].label == "Fatal accident"
    evs = _history("The loss of the Hekla in 1977, in which six crew members died, ended the service.")
    assert _summary(evs) == [("other", "1977")]
    evs = _history("In May 2016 a fire broke out in the paint shop and two welders were killed.")
    assert evs and evs[0].label == "Fatal accident"


def test_figurative_wars_storms_and_fires_are_no_accident():
    assert _summary(_history("The 2008 price war damaged the company's margins.")) == []
    assert _summary(_history("In 2011 the company survived a storm of criticism over its prices.")) == []
    assert _summary(_history("In 1999 it sold its fire insurance business.")) != [("other", "1999")]
    assert _summary(_history("In 2015 the merger talks crashed over the price.")) == []


def test_a_site_that_reopened_is_an_opening():
    assert _summary(_history("The rebuilt Grand Hotel at Biarritz reopened in November 2006.")) == [
        ("expansion", "2006-11")]
    assert _summary(_history("The brewery was reopened in May 2022.")) == [("expansion", "2022-05")]
    assert _summary(_history("Production stopped in 1983; the mill reopened in 1995 to spin cotton yarn.")) == [
        ("expansion", "1995")]


def test_a_reopening_after_a_short_or_pandemic_closure_is_no_opening():
    assert _summary(_history("The hotel reopened in June 2020 after the COVID-19 lockdown.")) == []
    assert _summary(_history("The Leeds store, damaged by the flood, reopened after three months in 2007.")) == []
    assert _summary(_history("The mill was reopened in 2010 as a museum.")) == []
