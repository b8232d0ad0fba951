"""Controversies, round 17: a recall by the company after another act in one sentence of a
controversy section, and a strike or a sit-in told by its noun."""

from __future__ import annotations

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _found(text: str, title: str = "Brennholt") -> list[tuple[str, str | None, str]]:
    page = Page(title=title, revision=1, wikitext=text)
    return [(f.value.type, f.value.date.iso if f.value.date else None, f.provenance.sentence)
            for f in controversies.extract(parse_article(page))]


def _lead(sentence: str) -> str:
    return f"'''Brennholt''' is a Danish maker of garden furniture. {sentence}\n\n== Products ==\nChairs.\n"


def _section(sentence: str) -> str:
    return f"'''Brennholt''' is a Danish maker of garden furniture.\n\n== Controversies ==\n{sentence}\n"


def test_an_inquiry_and_the_company_s_recall_in_one_sentence_are_two_items():
    found = _found(_section("In 2019 the consumer agency opened an investigation into broken hinges, and in 2020 the "
                            "company recalled 8,000 folding chairs."))
    assert sorted((t, d) for t, d, _ in found) == [("investigation", "2019"), ("recall", "2020")]


def test_the_company_s_plea_after_a_fine_stays_one_item():
    found = _found(_section("In 2014 the competition authority fined Brennholt for sharing markets, and in "
                            "2015 the company pleaded guilty to the charges."))
    assert len(found) == 1


def test_a_strike_told_by_its_noun_is_a_strike():
    for sentence in ("A strike by its upholsterers stopped work at the Vejle plant for six days in 2016.",
                     "In 2016 production at Vejle was halted by a two-week strike.",
                     "About 300 workers went on an unofficial strike at Vejle in 2016.",
                     "A long sit-in by its workers at Vejle in 2016 ended with a new wage agreement."):
        found = _found(_lead(sentence))
        assert [(t, d) for t, d, _ in found] == [("strike", "2016")], sentence


def test_a_military_or_lightning_strike_is_no_strike():
    for sentence in ("An air strike on the port of Vejle in 1944 destroyed its first workshop.",
                     "A lightning strike at the Vejle warehouse in 2016 damaged its roof."):
        assert [t for t, _, _ in _found(_lead(sentence))] != ["strike"], sentence


def test_attackers_in_a_computer_system_are_a_data_breach():
    found = _found(_lead("In 2021 attackers used a stolen password to enter its ordering portal and copied "
                         "the addresses of dealers."))
    assert [(t, d) for t, d, _ in found] == [("data_breach", "2021")]


def test_attackers_of_a_site_are_no_data_breach():
    found = _found(_lead("In 1998 attackers set fire to a storage shed at its Vejle plant."))
    assert "data_breach" not in [t for t, _, _ in found]


def test_buyers_that_suspend_orders_are_a_boycott():
    for sentence in ("A campaign by an animal-welfare group in 2018 led three of its retailers to suspend orders.",
                     "In 2018 two garden chains suspend purchases from the company."):
        found = _found(_lead(sentence))
        assert [(t, d) for t, d, _ in found] == [("boycott", "2018")], sentence


def test_a_recall_that_covered_or_was_extended_is_a_recall():
    found = _found(_section("The March 2017 recall covered 3,000 sun loungers sold in Sweden. "
                            "The recall was extended in 2018 to a second model."))
    assert [t for t, _, _ in found] == ["recall", "recall"]


def test_a_breach_of_a_month_or_of_a_system_is_a_data_breach_but_not_of_a_contract():
    found = _found(_section("The breach of May 2020 affected about 40,000 customer accounts. "
                            "A breach of the ordering system exposed the addresses of dealers in 2021. "
                            "A dealer said in 2019 that the company was in breach of contract."))
    assert [t for t, _, _ in found][:2] == ["data_breach", "data_breach"]
    assert all("contract" not in s for t, _, s in found if t == "data_breach")
