"""Round 30 speed changes: the same answers with less work (invented company names)."""

from kg.extractors import event_cues
from kg.extractors.event_cues import classify, event_types
from kg.text import patterns
from kg.text.patterns import fold, passes


def test_classify_tries_only_the_types_whose_keywords_the_clause_holds(monkeypatch):
    tried = []
    real = event_cues._trigger_match

    def recording(etype, *args):
        tried.append(etype.key)
        return real(etype, *args)

    monkeypatch.setattr(event_cues, "_trigger_match", recording)
    types = [event_types()["layoffs"], event_types()["acquisition"]]
    text = "In 2015 Zentrova Kelbrook acquired Harlow Mills for $20 million"
    found = classify(text, None, None, types, frozenset({"zentrova kelbrook"}))
    assert found is not None and found[0].key == "acquisition"
    assert tried == ["acquisition"]  # no keyword of the layoffs in the clause: not tried


def test_classify_without_any_keyword_is_no_event(monkeypatch):
    tried = []
    monkeypatch.setattr(event_cues, "_trigger_match", lambda etype, *args: tried.append(etype.key))
    assert classify("Vorland is a maker of garden tools", None) is None
    assert tried == []


def test_classify_same_answer_as_each_type_in_turn():
    company = frozenset({"zentrova kelbrook", "zentrova"})
    for text in ("In 2015 Zentrova acquired Harlow Mills and cut 300 jobs at its Leeds plant",
                 "Zentrova opened a new plant in Ohio in 1998",
                 "The company was renamed Zentrova Kelbrook in 2001",
                 "Harlow Mills was acquired by Zentrova in 2009"):
        folded = fold(text)
        spans = event_cues._circumstances(text, folded, company)
        expected = next(((t.key, m.span()) for t in event_types().values()
                         if (m := event_cues._trigger_match(t, text, folded, company, spans, ())) is not None), None)
        found = classify(text, None, None, None, company)
        # (classify also applies its vetoes after the first match: none of these sentences holds one)
        assert (found[0].key, found[1].span()) == expected, text


def test_passes_finds_a_many_keyword_gate_by_its_identity():
    gate = tuple(f"keyword{i}" for i in range(20))
    assert passes(gate, "a text with keyword7 in it")
    assert id(gate) in patterns._GATE_BY_ID and patterns._GATE_BY_ID[id(gate)][0] is gate
    assert not passes(gate, "a text with none")
    assert passes(tuple(gate), "keyword19")  # an equal gate gives the same answer


def test_relation_cues_without_their_first_words_are_not_tried():
    from kg.extractors.relations import _candidates, _gates, cues

    table = cues()
    gates, _ = _gates(table)
    for text in ("In 2019 Quillmore signed a supply agreement with Brantwick Foods to supply oats",
                 "Quillmore has been a customer of Brantwick Steel since 2004 and buys coal from Ardley"):
        folded = fold(text)
        kept = _candidates(table, folded)
        gated = gates.passing(folded)
        dropped = [c for c in gated if c not in kept]
        assert [c for c in gated if c in kept] == kept  # the same cues, in the same order
        assert dropped, text  # some cue passes its keyword gate without its first words here
        assert all(c.pattern.search(text) is None for c in dropped)  # and has no match
