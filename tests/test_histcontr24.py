"""History extractor, round 24 (issue 14): controversies told in the lead and History. History
takes the controversies extractor's reading of a sentence that gave its rules no event; each
rule on sentences written for the test."""

from __future__ import annotations

from kg.extractors.history import found_events
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_history_rules import LEAD


def _read(history: str) -> list[tuple[str, str, str]]:
    found = found_events(parse_article(Page("Acme Corp", LEAD + "==History==\n" + history + "\n")))
    return [(f.event.type, f.event.date.iso, f.cue) for f in found]


# ---------------------------------------------------------------- one reading of a controversy for both extractors


def test_a_data_breach_the_controversies_extractor_reads_is_a_history_event():
    assert _read("In August 2019 attackers stole the card details of about 80,000 customers from its web shop.") == [
        ("data_breach", "2019-08", "controversy")]
    assert _read("In March 2021 a ransomware attack shut down the company's ordering systems for a week.") == [
        ("data_breach", "2021-03", "controversy")]
    assert _read("In 2017 it disclosed that hackers had copied the e-mail addresses of two million users.") == [
        ("data_breach", "2017", "controversy")]


def test_an_investigation_a_boycott_or_a_tax_assessment_read_by_the_controversy_cues_is_a_history_event():
    assert _read("In 2020 the company received a subpoena from the Department of Justice.") == [
        ("investigation", "2020", "controversy")]
    assert _read("In 2015 two supermarket chains suspended purchases from the company.") == [
        ("boycott", "2015", "controversy")]
    assert _read("The tax authority assessed it for back taxes in 2011.") == [("fine", "2011", "controversy")]


def test_a_sentence_the_history_rules_read_keeps_their_event_alone():
    # the rules' own reading (a trigger) is not doubled by the controversy reading
    assert _read("In 2013 a group of farmers sued the company over polluted wells.") == [("lawsuit", "2013", "trigger")]
    assert _read("In October 2018 the union called a strike at its two mills.") == [("strike", "2018-10", "trigger")]
    assert _read("In 2016 it bought Bolt Industries, and hackers stole the data of its customers that year.") == [
        ("acquisition", "2016", "trigger")]


def test_no_history_event_from_a_denial_or_sanctions_on_another_party():
    assert _read("In 2022 the company said it had denied all the accusations.") == []
    assert _read("In January 2021 its chip supplier stopped deliveries after the United States imposed sanctions "
                 "on the national procurement agency.") == []
    assert _read("In 2018 the company won a contract from the city, which was later questioned by the press.") in (
        [], [("other", "2018", "trigger")], [("partnership", "2018", "trigger")])


def test_an_undated_sentence_that_goes_on_with_a_case_tells_no_event_of_its_own():
    # a date taken from a sentence that tells no controversy
    assert ("fine", "2012", "controversy") not in _read(
        "In 2012 Acme opened a plant in Leeds. The order requires it to pay a penalty within weeks.")
    # the same kind of step as the case told just before: that case told on
    assert [t for t, *_ in _read("In May 2014 the regulator fined the company for false labels. "
                                 "The fine requires it to pay a penalty to the state within a month.")] == ["fine"]
    # a new kind of step after the case told just before is an event, dated by that sentence
    assert ("boycott", "2019", "controversy") in _read(
        "In 2019 a court fined the company for selling adulterated oil. A French retailer suspended its orders after "
        "the ruling.")
