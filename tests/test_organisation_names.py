"""Unlinked organisation names as mentions (``kg.text.mentions.OrganisationNames``): names with
an organisation word, names the article introduces as an organisation, never places, people,
currencies or the company's own names; and the learned relation reader reading them as
candidates when asked (``relation_model.candidates(..., unlinked=True)``). Sentences written
for the test."""

from __future__ import annotations

from kg.extractors import relation_model
from kg.extractors.relation_names import company_names
from kg.sources import Page
from kg.text.mentions import organisation_names
from kg.text.narrative import dated_sentences
from kg.text.parse import parse_article

ARTICLE = (
    "'''Tarnbeck Mills''' is a British textile company based in [[Bradford]].\n\n== History ==\n"
    "In 1988 the private equity firm Harwick Lane Capital bought 40 per cent of the company.\n"
    "The ride-hailing company Zapgo signed a payment contract with Tarnbeck Mills in 2019.\n"
    "Zapgo renewed the contract in 2022.\n"
    "Its start-up capital came partly from the Executive Council's Regional Growth Fund.\n"
    "A distribution agreement with the Hollis Fabric Import Corporation of New York opened the American market.\n"
    "It opened an office in Manchester in 1990, and Sir Peter Blake joined the board.\n"
    "Revenue reached Mex$9.8 billion, and a unit was sold for CHF 40 million.\n"
    "Tarnbeck Holdings, its parent, was listed in 1995; [[Lonza Group]] buys its yarn.\n"
    "Zapgo and Harwick were named in the press.\n"
)


def _names() -> dict[str, list[str]]:
    art = parse_article(Page("Tarnbeck Mills", ARTICLE))
    orgs = organisation_names(art)
    return {ds.sentence.text: [m.entity.label for m in orgs.find(ds.sentence.text, ds.mentions)]
            for ds in dated_sentences(art)}


def _found(names: dict[str, list[str]], start: str) -> list[str]:
    return next(v for k, v in names.items() if k.startswith(start))


def test_a_name_with_an_organisation_word_is_an_organisation():
    names = _names()
    assert _found(names, "In 1988") == ["Harwick Lane Capital"]
    # the possessor is not part of the name
    assert _found(names, "Its start-up capital") == ["Regional Growth Fund"]
    # the place a legal form is registered in is not part of the name
    assert _found(names, "A distribution agreement") == ["Hollis Fabric Import Corporation"]


def test_a_name_the_article_introduces_as_an_organisation_and_its_later_repeats():
    names = _names()
    assert _found(names, "The ride-hailing company") == ["Zapgo"]
    assert _found(names, "Zapgo renewed") == ["Zapgo"]
    # "Harwick" alone was never introduced and has no organisation word
    assert _found(names, "Zapgo and Harwick") == ["Zapgo"]


def test_places_people_currencies_links_and_the_company_itself_are_not_found():
    names = _names()
    assert _found(names, "It opened an office") == []  # Manchester, Sir Peter Blake
    assert _found(names, "Revenue reached") == []  # "Mex" of Mex$, the code CHF
    # the company's own unit, and a linked name (a mention already)
    assert _found(names, "Tarnbeck Holdings") == []


def test_the_relation_reader_reads_unlinked_organisations_only_when_asked():
    art = parse_article(Page("Tarnbeck Mills", ARTICLE))
    names = company_names(art)
    plain = {m.entity.label for _, m, _ in relation_model.candidates(art, names)}
    asked = {m.entity.label for _, m, _ in relation_model.candidates(art, names, unlinked=True)}
    assert "Harwick Lane Capital" not in plain
    assert {"Harwick Lane Capital", "Zapgo", "Regional Growth Fund"} <= asked
    assert "Lonza Group" in plain and "Lonza Group" in asked
    unlinked = [m for _, m, _ in relation_model.candidates(art, names, unlinked=True) if m.entity.label == "Zapgo"]
    assert all(m.entity.title is None and m.entity.kind == "organization" for m in unlinked)


def test_a_relation_read_of_an_unlinked_name_stays_below_the_line_of_precise_facts():
    from decimal import Decimal

    from kg.extractors import relations

    text = ("'''Tarnbeck Mills''' is a British textile company.\n\n== Ownership ==\n"
            "As of 2023 the largest shareholders were [[BlackRock]] (6.1 per cent) and the pension fund "
            "Harwick Lane Capital (5.2 per cent).\n")
    art = parse_article(Page("Tarnbeck Mills", text))
    names = company_names(art)
    plain = {f.value.label: f.provenance.confidence for f, _ in relations.model_statements(art, names, set())}
    asked = {f.value.label: f.provenance.confidence
             for f, _ in relations.model_statements(art, names, set(), unlinked=True)}
    assert relation_model.READ_UNLINKED is False  # switched off: see docs/relations.md, round 8
    assert set(plain) == {"BlackRock"} and plain["BlackRock"] >= Decimal("0.8")
    assert asked["BlackRock"] == plain["BlackRock"]
    assert asked["Harwick Lane Capital"] <= relation_model.UNLINKED_CONFIDENCE < Decimal("0.8")


def test_the_place_after_a_legal_form_is_not_part_of_an_unlinked_name():
    from kg.extractors import relations
    from kg.text.mentions import place_tail

    assert place_tail("Corvell Cloth Import Corporation of Boston") == len("Corvell Cloth Import Corporation")
    # a place after another word may belong to the name
    assert place_tail("Bank of China") is None
    assert place_tail("First Farmers Bank of Omaha") is None
    assert place_tail("Acme Company of Excellence") is None  # not a place
    text = ("'''Tarnbeck Mills''' is a British textile company.\n\n== History ==\n"
            "In 1951 Tarnbeck Mills signed a distribution agreement with the Corvell Cloth Import Corporation "
            "of Boston and Hollis Trading Ltd.\n")
    found = {f.value.label for f in relations.extract(parse_article(Page("Tarnbeck Mills", text)))}
    assert found == {"Corvell Cloth Import Corporation", "Hollis Trading Ltd."}


def test_the_count_of_unlinked_gold_counterparties_on_a_real_article(capsys):
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("unlinked_counterparties", root / "tools" / "unlinked_counterparties.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    counts = tool.count(root / "tests" / "gold" / "blind6" / "Dunmore_Fresh_Markets.json", verbose=True)
    # two investors and suppliers written without a link: Lakeview Prepared Foods is found since its
    # name stops before "of Erie" (round 10, second pass); Calder Ridge Capital is missed, a candidate
    # (round 15 added the linked lender of the buyout, Chase Manhattan Bank: 15 -> 16, 13 -> 14)
    assert counts == {"gold": 16, "mention": 14, "unlinked": 2, "another name": 0, "found": 1, "missed": 1,
                      "missed, candidate": 1}
    said = capsys.readouterr().out
    # round 28's refit of the learned reader reads it at 0.96 (0.71 with the round-6 weights), still a
    # candidate: an unlinked name the reader does not take without a link (tools/unlinked_counterparties.py)
    assert "Calder Ridge Capital (investor): read as investor at 0.96" in said
