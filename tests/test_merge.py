"""One event per sentence when the history and controversies extractors both see it."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from corpus import wiki

from kg.extractors import merge
from kg.model import DateValue, Entity, Event, Fact, Participant, Provenance
from kg.pipeline import Options, extract_page
from kg.sources.files import read_wiki_file

ROOT = Path(__file__).resolve().parent.parent


def test_entity_list_sanction_is_one_event_reached_by_both_properties():
    _, _, facts = extract_page(read_wiki_file(wiki("SenseTime")), Options())
    entity_list = [f for f in facts if f.provenance.sentence and "Entity List" in f.provenance.sentence
                   and f.prop in ("significantEvent", "controversy")]
    assert {f.prop for f in entity_list} == {"significantEvent", "controversy"}
    events = {f.value for f in entity_list}
    assert len(events) == 1
    [event] = events
    assert (event.type, event.date.iso, event.category) == ("fine", "2019", "controversy")
    assert "Bureau of Industry and Security" in {p.entity.title for p in event.participants}


def test_history_alone_is_unchanged_by_the_merge():
    from kg.extractors import history

    article, _, alone = extract_page(read_wiki_file(wiki("SenseTime")), Options(extractors=("history",)))
    assert alone == list(history.extract(article))


def _fact(prop: str, sentence: str, event_type: str, category: str = "event", party: str = "Acme") -> Fact:
    event = Event(event_type, f"{event_type} of {party}", DateValue("2016", "year"),
                  (Participant(Entity(party, party)),), category=category)
    extractor = "controversies" if prop == "controversy" else "history"
    return Fact("Kestrel", prop, event, Provenance("Kestrel", sentence=sentence, extractor=extractor))


def test_two_readings_of_a_sentence_that_disagree_stay_two_events():
    s = "In 2016 the suit was withdrawn and the two companies signed a supply agreement."
    partnership, lawsuit = _fact("significantEvent", s, "partnership"), _fact("controversy", s, "lawsuit", "controversy")
    assert merge([partnership, lawsuit]) == [partnership, lawsuit]
    # two controversy readings that disagree stay apart too: the timeline keeps the history's type
    court = _fact("significantEvent", s, "lawsuit", "controversy")
    fine = _fact("controversy", s, "fine", "controversy")
    assert [f.value.type for f in merge([court, fine])] == ["lawsuit", "fine"]


def test_a_controversy_pairs_with_one_history_event_of_its_sentence():
    s = "In 2016 it sold its stake in Borealis to Vantage and paid a fine of €2 million."
    sale = _fact("significantEvent", s, "divestiture", party="Borealis")
    fined = _fact("significantEvent", s, "fine", "controversy", party="Competition Authority")
    controversy = _fact("controversy", s, "fine", "controversy", party="Competition Authority")
    out = merge([sale, fined, controversy])
    assert out[0] == sale  # the sale keeps its own event
    assert out[1].value is out[2].value and out[1].value.type == "fine"
    assert out[1].value.category == "controversy"
    # "other" on either side still merges, taking the more specific type
    vague = _fact("controversy", s, "other", "controversy", party="Competition Authority")
    assert merge([sale, vague])[0].value == merge([sale, vague])[1].value


def test_a_built_graph_keeps_every_type_the_history_extractor_read():
    # what the timeline shows is what the history extractor read: the controversies
    # extractor never retypes a history event it disagrees with
    for folder in ("blind6", "blind8"):
        for path in sorted((ROOT / "tests" / "fixtures" / folder).glob("*.wiki")):
            page = read_wiki_file(path)
            _, _, alone = extract_page(page, Options(extractors=("history",)))
            _, _, built = extract_page(page, Options())
            read = Counter((f.provenance.sentence, f.value.type) for f in alone
                           if f.prop == "significantEvent" and f.value.type != "other")
            shown = Counter((f.provenance.sentence, f.value.type) for f in built if f.prop == "significantEvent")
            assert not read - shown, path.name


def test_a_fatal_accident_does_not_take_the_type_of_a_strike_told_in_its_sentence():
    """A history event of a variant row of "other" (the fatal accident) names what happened,
    so it stays itself; the plain "other" event (label "Event") still takes the controversy's
    type. Read end to end: the accident stays in the timeline as an accident."""
    text = """{{Infobox company|name=Morvik Verft|industry=[[Shipbuilding]]}}
'''Morvik Verft''' is a Norwegian shipbuilder.

==History==
Morvik Verft was founded in 1921 in [[Ulsteinvik]]. In 2017 a strike over pay stopped work at the yard for three weeks, and in 2020 a fire aboard a trawler under construction killed two workers.
"""
    from kg.sources.files import page_from_text

    _, _, facts = extract_page(page_from_text(text, "Morvik_Verft.wiki", "Morvik Verft"), Options())
    events = [f.value for f in facts if f.prop == "significantEvent" and "fire aboard" in (f.provenance.sentence or "")]
    accident = [e for e in events if e.label == "Fatal accident"]
    assert accident and {e.type for e in accident} == {"other"}
    s = "In 2020 a strike stopped work, and a fire killed two workers."
    plain = _fact("significantEvent", s, "other")
    plain = replace(plain, value=replace(plain.value, label="Event"))
    strike = _fact("controversy", s, "strike", "controversy")
    assert [f.value.type for f in merge([plain, strike])] == ["strike", "strike"]
    fatal = replace(plain, value=replace(plain.value, label="Fatal accident"))
    assert merge([fatal, strike]) == [fatal, strike]
