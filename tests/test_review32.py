"""Round 32 review: the legal forms of companies' names read from the one table of
``kg.text.items``, and the currency check of the relation reader through ``kinds.is_unit_name``."""

from __future__ import annotations

from kg.evaluation.gold import party
from kg.extractors import event_merge, relation_names
from kg.model import Entity, Participant
from kg.text import kinds, ventures
from kg.text.items import LEGAL_TAIL


def test_legal_tail_strips_forms_that_end_a_name():
    assert LEGAL_TAIL.sub("", "Harwell Foundry Co., Ltd.") == "Harwell Foundry"
    assert LEGAL_TAIL.sub("", "Ostrava Mills, a.s.") == "Ostrava Mills"
    assert LEGAL_TAIL.sub("", "Bremner Holdings plc") == "Bremner Holdings"
    # a form inside a name stays: only the end is cut
    assert LEGAL_TAIL.sub("", "Ltd Logistics Group") == "Ltd Logistics Group"


def test_gold_party_ignores_the_case_of_the_form():
    assert party("Harwell Foundry INC.") == party("Harwell Foundry")


def _key(name: str) -> str:
    return event_merge._party_key(Participant(entity=Entity(label=name), role="acquirer"))


def test_event_party_key_leaves_out_forms_and_company_words():
    assert _key("Dunmore Textiles Inc.") == _key("Dunmore Textiles") == "dunmore textiles"
    assert _key("Dunmore Textiles Corporation") == "dunmore textiles"
    assert _key("Dunmore Textiles Company") == "dunmore textiles"
    assert _key("Dunmore Textiles, S.A.") == "dunmore textiles"
    assert _key("Dunmore Textiles INC") == "dunmore textiles"
    assert _key("Dunmore Textiles Lanes") == "dunmore textiles lanes"


def test_venture_name_takes_the_place_and_the_forms_after_it():
    text = "In 2014 it formed Harwell Lighting (Wuxi) Co., Ltd. with a local partner."
    m = ventures._MORE.search(text)
    assert m is not None and m.group(0) == " (Wuxi) Co., Ltd."
    m = ventures._MORE.search("It set up Harwell (Deutschland) GmbH in Essen.")
    assert m is not None and m.group(0) == " (Deutschland) GmbH"
    # a comma after the bracket ends the name: what follows is the next item
    m = ventures._MORE.search("Harwell (Wuxi), AB Torsten and others")
    assert m is not None and m.group(0) == " (Wuxi)"


def test_infobox_tail_leaves_out_forms_and_authority():
    tail = relation_names._LEGAL_TAIL
    assert tail.sub("", "Tarn Valley Water Authority") == "Tarn Valley Water"
    assert tail.sub("", "Tarn Valley Water Limited") == "Tarn Valley Water"
    # fewer forms than the shared table: "Pty" stays with the unit's name
    assert tail.sub("", "Quenda Mobile Pty Ltd") == "Quenda Mobile Pty"
    assert tail.sub("", "Tarn Valley Water Services") == "Tarn Valley Water Services"


def test_currency_of_one_word_only_when_asked():
    assert kinds.is_unit_name("Won", cldr=True, one_word=True)
    assert kinds.is_unit_name("Renminbi", cldr=True, one_word=True)
    assert not kinds.is_unit_name("Renminbi", cldr=True)
    assert kinds.is_unit_name("Egyptian pound", cldr=True)
    assert not kinds.is_unit_name("Harwell Foundry", cldr=True, one_word=True)
