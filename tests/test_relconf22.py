"""Round 22: the confidence of relations on unseen text. A customer or an investor read from a
sentence that passes the goods or the stake through a go-between (``relations.text_evidence``,
"text.through"), and the first-sight records of table rows the gold holds now
(tools/fit_confidence.py)."""

import sys
from pathlib import Path

import pytest

from kg.extractors.relations import text_evidence

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import fit_confidence  # noqa: E402


@pytest.mark.parametrize(("text", "family"), [
    ("Its mobile games are sold through the app stores of Orchard Inc. and Pinewood Labs.", "customer"),
    ("In Canada the range is marketed via the Toronto distributor Maple Trade.", "customer"),
    ("The cooperative bought its fertiliser through a Rotterdam importer until 2015.", "customer"),
    ("The pension fund Aldercrest holds 6 per cent through two of its index funds.", "investor"),
    ("In 2011 the state holding company took a 20 per cent stake through a rights issue.", "investor"),
])
def test_a_go_between_is_read(text, family):
    assert "text.through" in text_evidence(text, family)


@pytest.mark.parametrize(("text", "family"), [
    ("Its largest customers are Orchard Inc. and Pinewood Labs.", "customer"),
    ("The pension fund Aldercrest bought 6 per cent of the company in 2014.", "investor"),
    # a span of years is no go-between
    ("It supplied rails to the state railway from 2004 through 2011.", "customer"),
    ("It sold rolling stock to the city of Brno (through 2012, then to its operator).", "customer"),
])
def test_no_go_between(text, family):
    assert "text.through" not in text_evidence(text, family)


@pytest.mark.parametrize("family", ["supplier", "partner", "lender"])
def test_a_go_between_reads_customers_and_investors_only(family):
    assert "text.through" not in text_evidence("Parts are bought through the Hamburg importer Nordhandel.", family)


@pytest.mark.parametrize(("text", "family"), [
    ("In 2019 the company and Norrland Steel formed a joint venture, Norrland Rail, in which Norrland holds 60 per cent.", "investor"),
    ("A smelter that it owns jointly with Aldercrest Mining has supplied Japan since 2012.", "supplier"),
    ("Lithium comes from the Salar joint-venture with Pinewood Chemicals.", "supplier"),
    ("The co-owned terminal at Gdynia is run by Baltic Port Services.", "investor"),
])
def test_a_joint_venture_is_read(text, family):
    assert "text.venture" in text_evidence(text, family)


def test_a_venture_capital_firm_is_no_joint_venture():
    assert "text.venture" not in text_evidence("Lightspeed Venture Partners led a $35 million round in 2017.", "investor")
    assert "text.venture" not in text_evidence("In 2019 it formed a joint venture with Norrland Steel.", "partner")


ITEMS = [
    {"type": "investor", "counterparty": "Aldercrest Capital", "evidence": ["Aldercrest Capital  12.4%"]},
    {"type": "investor", "counterparty": "Lindqvist Mutual Pension Insurance Company", "evidence": ["Lindqvist  5.1%"]},
    {"type": "customer", "counterparty": "Pinewood Labs", "evidence": ["Pinewood Labs  handsets since 2019"]},
]
ROW = frozenset({"side.section", "type.investor", "cue.strong"})


@pytest.mark.parametrize("row", ["Aldercrest Capital – 12.4%", "Lindqvist – 5.1%"])
def test_a_row_the_gold_holds_now_is_right(row):
    assert fit_confidence._row_held(row, ROW, ITEMS)


def test_a_row_the_gold_does_not_hold_stays_wrong():
    assert not fit_confidence._row_held("Norrland Bank – 3.0%", ROW, ITEMS)
    # the same holder in another family, or a sentence rather than a row
    assert not fit_confidence._row_held("Pinewood Labs – handsets since 2019", ROW, ITEMS)
    prose = frozenset({"side.object", "type.investor", "cue.strong"})
    assert not fit_confidence._row_held("Aldercrest Capital – 12.4%", prose, ITEMS)
