"""Round 12: relation rules for kinds of sentence the extractor did not read, counted over
blind4-blind12 (docs/relations.md, "Round 12"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round9 import _pairs


def _under(heading: str, text: str) -> set[tuple[str, str]]:
    return _pairs(f"== {heading} ==\n{text}")


@pytest.mark.parametrize("lead, expected", [
    ("Its main customers are:", {("customer", "Vattenfall"), ("customer", "Statkraft")}),
    ("The largest clients include:", {("customer", "Vattenfall"), ("customer", "Statkraft")}),
    ("Other suppliers include:", {("supplier", "Vattenfall"), ("supplier", "Statkraft")}),
    ("Its codeshare and interline partners are:", {("partner", "Vattenfall"), ("partner", "Statkraft")}),
    # no lead-in that names a type: the items give nothing
    ("Its offices are:", set()),
    # a sentence that does not end in a colon leads no list
    ("Its main customers are listed below.", set()),
])
def test_a_sentence_ending_in_a_colon_types_the_described_items_after_it(lead, expected):
    items = "* [[Vattenfall]] – turbine servicing, since 2014\n* [[Statkraft]] – blade repairs\n"
    assert _under("Operations", f"Acme services wind farms in the Baltic. {lead}\n{items}") == expected


def test_the_lead_in_types_the_items_under_a_heading_that_names_two_kinds():
    items = "* [[Scania]] – gearboxes since 1999\n* [[Volvo Trucks]] – axles\n"
    got = _under("Customers and partners", f"Lorry makers buy most of its output. Its main customers are:\n{items}")
    assert got == {("customer", "Scania"), ("customer", "Volvo Trucks")}


def test_an_item_description_still_wins_over_the_lead_in():
    items = ("* [[Chalmers University of Technology]] – research on bearing wear, since 2018\n"
             "* [[IFK Göteborg]] – shirt sponsor since 2020\n* [[Tetra Pak]] – pre-installed in its packaging lines\n")
    got = _under("Operations", f"Other partners and collaborators include:\n{items}")
    assert got == {("researchCollaborator", "Chalmers University of Technology"), ("partner", "IFK Göteborg"),
                   ("partner", "Tetra Pak")}


def test_the_lead_in_ends_at_the_next_paragraph():
    text = ("Its main customers are:\n* [[Scania]] – gearboxes\n\nThe plant opened in 1961.\n"
            "* [[Volvo Trucks]] – visited the plant in 2001\n")
    assert _under("Operations", text) == {("customer", "Scania")}


def test_a_university_among_partners_with_no_kind_of_work_is_a_research_collaborator():
    items = "* [[Lund University]] – fish welfare, since 2020\n* [[IFK Göteborg]] – since 2016\n"
    got = _under("Operations", f"Its partners include:\n{items}")
    assert got == {("researchCollaborator", "Lund University"), ("partner", "IFK Göteborg")}


@pytest.mark.parametrize("sentence, expected", [
    # the banks that ran the company's share offering are suppliers (the blind2 convention)
    ("[[Nordea]] and [[Danske Bank]] led the offering.", {("supplier", "Nordea"), ("supplier", "Danske Bank")}),
    ("In 2004 it was listed in an offering sponsored by [[Investec]].", {("supplier", "Investec")}),
    ("The offering of 25 per cent of the shares, managed by [[Nomura]], raised ¥40 billion.",
     {("supplier", "Nomura")}),
    ("[[Mizuho]] and [[Daiwa Securities]] were the joint sponsors.",
     {("supplier", "Mizuho"), ("supplier", "Daiwa Securities")}),
    # another company's offering
    ("In 2019 [[Nordea]] led the offering of [[Tryg]].", set()),
])
def test_the_banks_of_an_offering_are_suppliers(sentence, expected):
    assert _pairs(sentence) == expected
