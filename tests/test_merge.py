"""One event per sentence when the history and controversies extractors both see it."""

from __future__ import annotations

from corpus import wiki

from kg.pipeline import Options, extract_page
from kg.sources.files import read_wiki_file


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
