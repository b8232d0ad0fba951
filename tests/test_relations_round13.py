"""Round 13: gates that remove whole families of wrong relations read on blind13 and blind14
and counted over blind4-blind14 (docs/relations.md, "Round 13"). Each sentence is written for
the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _found(text: str) -> set[tuple[str, str]]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== History ==\n{text}")
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


@pytest.mark.parametrize("text, place", [
    ("In 1995 a group of investors from [[Marseille]] bought 40 per cent of Acme.", "Marseille"),
    ("In 2016 Acme launched a platform under a partnership with [[Microsoft]], which hosts it in its data "
     "centres in [[Sydney]], [[Wollongong]] and Ohio.", "Wollongong"),
    ("Its resin comes from its own plant and from [[Polyvant Chemicals]], whose plant in [[Thornbury Flats]] has supplied the company since 2014.",
     "Thornbury Flats"),
])
def test_a_place_where_the_sentence_writes_it_is_no_party(text, place):
    found = _found(text)
    assert not {p for p in found if p[1] == place}


@pytest.mark.parametrize("text, expected", [
    ("Its resin comes from its own plant and from [[Polyvant Chemicals]], whose plant in [[Thornbury Flats]] has supplied the company since 2014.",
     ("supplier", "Polyvant Chemicals")),
    ("In 2016 Acme launched a platform under a partnership with [[Microsoft]], which hosts it in its data "
     "centres in [[Sydney]], [[Wollongong]] and Ohio.", ("partner", "Microsoft")),
    # a company named after a town, where no place word comes before it, stays a party
    ("In 2021 Acme signed a supply agreement with [[Carrefour]] for its own-label trays.", ("customer", "Carrefour")),
])
def test_the_organisation_of_such_a_sentence_stays(text, expected):
    assert expected in _found(text)


def _typed(text: str) -> set[tuple[str, str]]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== Operations ==\n{text}")
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


@pytest.mark.parametrize("text, expected, not_expected", [
    ("In 2019 it signed a seven-year agreement with [[Harlow Dairies]] for the Lima plant. Its largest customers are "
     "[[Harlow Dairies]] and [[Kestrel Juice]].", ("customer", "Harlow Dairies"), ("partner", "Harlow Dairies")),
    ("Resin comes mainly from [[Polyvant Chemicals]], under a ten-year agreement with Polyvant Chemicals signed in 2021.",
     ("supplier", "Polyvant Chemicals"), ("partner", "Polyvant Chemicals")),
])
def test_a_bare_agreement_with_a_customer_or_supplier_of_the_article_is_that_relation(text, expected, not_expected):
    found = _typed(text)
    assert expected in found and not_expected not in found


@pytest.mark.parametrize("text, kept", [
    # a technology-transfer agreement is work done together, whatever else the firm is
    ("In 2018 it opened a plant under a technology-transfer agreement with [[Polyvant Chemicals]]. "
     "Resin is bought from [[Polyvant Chemicals]].", ("partner", "Polyvant Chemicals")),
    # a sales channel does not type an agreement
    ("In 2020 it signed a five-year agreement with [[Harlow Dairies]]. Its trays are sold "
     "through the stores of [[Harlow Dairies]].", ("partner", "Harlow Dairies")),
])
def test_an_agreement_of_joint_work_or_with_a_sales_channel_stays_a_partnership(text, kept):
    assert kept in _typed(text)


@pytest.mark.parametrize("text, expected, not_expected", [
    # the supply agreement does not say which way the goods go; "buys resin from X" does
    ("In June 2021 it signed a supply agreement with [[Polyvant Chemicals]]. Acme buys resin from "
     "[[Polyvant Chemicals]].", ("supplier", "Polyvant Chemicals"), ("customer", "Polyvant Chemicals")),
])
def test_an_agreement_of_either_direction_takes_the_direction_the_article_tells(text, expected, not_expected):
    found = _typed(text)
    assert expected in found and not_expected not in found


def test_both_directions_told_with_agreements_stay_as_they_are():
    found = _typed("In June 2021 it signed a supply agreement with [[Polyvant Chemicals]]. Under a contract of "
                   "2022 Acme buys resin from [[Polyvant Chemicals]].")
    assert ("supplier", "Polyvant Chemicals") in found


def test_a_shareholder_row_of_a_linked_name_without_an_organisation_word():
    """A linked holder of two words needs no organisation's word; a person's name does not pass,
    whether the article makes it a person's (the founder) or it opens with a given name."""
    page = Page(title="Acme", revision=1, wikitext=(
        "{{Infobox company\n| name = Acme\n| founder = [[Jane Roe]]\n}}\n'''Acme''' is a Chilean packaging company.\n\n"
        "== Ownership ==\n* [[Harbour Ventures]] – 12.1%\n* [[Halden Rutherford]] – 6.3%\n* [[Jane Roe]] – 17.9%\n* [[Maria Ostrova]] – 4.0%\n"))
    found = {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}
    assert ("investor", "Halden Rutherford") in found
    assert ("investor", "Jane Roe") not in found and ("investor", "Maria Ostrova") not in found
