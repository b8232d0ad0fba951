"""The learned relation reader (kg/extractors/relation_model.py) and its fitting script
(tools/fit_relation_model.py): relations told in words no cue of the table knows, read on
sentences written for the test, and the sentences and names it never reads as a relation."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path

import pytest

from kg.extractors import relation_model, relations
from kg.extractors.relation_names import company_names
from kg.sources import Page
from kg.sources.files import read_wiki_file
from kg.text.parse import parse_article

ROOT = Path(__file__).resolve().parent.parent
LEAD = "'''Acme''' is a Danish maker of hearing aids."


def _fit_tool():
    spec = importlib.util.spec_from_file_location("fit_relation_model", ROOT / "tools" / "fit_relation_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _article(body: str):
    return parse_article(Page(title="Acme", revision=1, wikitext=f"{LEAD}\n\n{body}"))


def _facts(body: str):
    return list(relations.extract_with_evidence(_article(body)))


def test_shareholders_told_without_a_cue_are_read_with_the_model_probability_as_confidence():
    article = _article("== Ownership ==\nThe pension fund [[Storebrand]] held 4.2 per cent of the shares at "
                       "the end of 2023, and [[Allianz]] 2.1 per cent.")
    facts = [(f, ev) for f, ev in relations.extract_with_evidence(article) if "cue.model" in ev]
    assert ("investor", "Storebrand") in {(f.prop, f.value.title) for f, _ in facts}
    probs = {m.entity.title: relation_model.probabilities(relation_model.features(ctx, m.start, m.end, True))
             for _, m, ctx in relation_model.candidates(article, company_names(article))}
    for fact, features in facts:
        p = probs[fact.value.title]["investor"]
        assert p >= relation_model.THRESHOLD
        assert fact.provenance.confidence == Decimal(f"{p * relation_model.CALIBRATION:.2f}")
        assert fact.provenance.confidence <= Decimal("0.90")  # at most a strong cue's
        assert {"cue.model", "type.investor"} <= features
        assert fact.provenance.sentence.startswith("The pension fund")
        assert dict(fact.qualifiers)["date"].iso == "2023"


def test_the_model_adds_nothing_for_a_counterparty_a_cue_relates():
    facts = _facts("In 2012 Acme signed a distribution agreement with [[Globex Retail]]. "
                   "[[Globex Retail]] owns about 4 per cent of the shares.")
    assert [f.prop for f, _ in facts if f.value.title == "Globex Retail"]
    assert not [f for f, ev in facts if "cue.model" in ev]


@pytest.mark.parametrize("body", [
    # talks, plans and rumours state no relation
    "Talks with [[Globex Telecom]] on a network-sharing joint venture ended without agreement in 2019.",
    "In 2020 Acme planned to buy its chips from [[Globex Semiconductor]], which owns 4 per cent of the shares.",
    "Acme denied reports that [[Globex Capital]] would take 5 per cent of the shares.",
    # a stock exchange lists the shares; a lower-case link is no name
    "Since 1998 its shares have traded on the [[Copenhagen Stock Exchange]], which holds no stake.",
    # a Controversies section is the controversies extractor's
    "== Controversies ==\nIn 2019 [[Globex Capital]], which owns 5 per cent of the shares, sued Acme.",
    "Most of its chips have been made by [[semiconductor foundry|contract foundries]] since 2011.",
])
def test_what_the_model_never_reads_as_a_relation(body):
    article = _article(body)
    assert list(relation_model.candidates(article, company_names(article))) == []
    assert not [f for f, ev in relations.extract_with_evidence(article) if "cue.model" in ev]


def test_the_company_itself_is_never_a_candidate():
    article = _article("[[Acme]] owns about 4 per cent of [[Globex Hearing]], and Acme's hearing "
                       "centres are run by [[Initech Audiology]].")
    named = {m.entity.label for _, m, _ in relation_model.candidates(article, company_names(article))}
    assert named == {"Globex Hearing", "Initech Audiology"}


def _only_candidate(body: str):
    article = _article(body)
    (found,) = relation_model.candidates(article, company_names(article))
    return found


def test_probabilities_are_a_distribution_over_the_classes():
    _, m, ctx = _only_candidate("Its radios are made by [[Globex]].")
    probs = relation_model.probabilities(relation_model.features(ctx, m.start, m.end, True))
    assert set(probs) == set(relation_model.CLASSES)
    assert sum(probs.values()) == pytest.approx(1.0)
    family, p = relation_model.best(probs)
    assert family != relation_model.NONE and p == max(v for k, v in probs.items() if k != relation_model.NONE)


def test_features_read_the_words_around_the_name():
    _, m, ctx = _only_candidate("== Suppliers ==\n* Its bottles were supplied by [[Globex Glass]] (4 per cent).")
    assert ctx.text[m.start:m.end] == "Globex Glass"
    feats = relation_model.features(ctx, m.start, m.end, True)
    assert {"b:bottles", "b:supplied", "p1:by", "p2:supplied by", "a:per", "n1:4", "sec:suppliers",
            "share_after", "list", "role:other", "linked"} <= feats
    assert "b:globex" not in feats and "a:glass" not in feats and not any(f.startswith("w:") for f in feats)
    assert relation_model.tokens("It holds 4% of Globex") == ["it", "holds", "4", "%", "of", "globex"]


def test_the_fit_tool_labels_mentions_by_the_gold_quotes():
    tool = _fit_tool()
    items = [{"type": "jointVenturePartner", "counterparty": "Globex", "evidence": "formed a venture with Globex"}]
    assert tool.label(items, {"globex"}, "In 2001 Acme formed a venture with Globex.") == "partner"
    assert tool.label(items, {"globex"}, "Globex is based in Oslo.") == tool.AMBIGUOUS  # named, not quoted
    assert tool.label(items, {"initech"}, "Initech is based in Oslo.") == relation_model.NONE


def test_the_fit_tool_learns_a_separable_toy_sample():
    tool = _fit_tool()
    rows = [{"x": {"b:own": 1.0, "share_after": 1.0}, "y": "investor"}] * 6 + \
           [{"x": {"b:compete": 1.0}, "y": "none"}] * 6 + [{"x": {"b:own": 1.0}, "y": tool.AMBIGUOUS}]
    table = tool.fit(rows, l2=0.1, min_count=1, steps=200)
    assert relation_model.probabilities({"b:own": 1.0, "share_after": 1.0}, table)["investor"] > 0.9
    assert relation_model.probabilities({"b:compete": 1.0}, table)["none"] > 0.9


def test_the_shipped_weights_load_with_a_weight_per_class():
    table = relation_model.weights()
    assert len(table) > 1000
    assert all(len(row) == len(relation_model.CLASSES) for row in table.values())


def test_the_reader_gives_the_numbers_of_the_spelt_out_features_on_a_real_article():
    page = read_wiki_file(ROOT / "tests" / "fixtures" / "wikipedia" / "IKEA.wiki")
    article = parse_article(page)
    reader = relation_model.Reader()
    seen = 0
    for _, m, ctx in relation_model.candidates(article, company_names(article)):
        fast = reader.probabilities(ctx, m.start, m.end, bool(m.entity.title))
        slow = relation_model.probabilities(relation_model.features(ctx, m.start, m.end, bool(m.entity.title)))
        assert fast == pytest.approx(slow, abs=1e-9)
        seen += 1
    assert seen > 50


@pytest.mark.parametrize("body", [
    "== Ownership ==\n[[Globex Capital]] holds a 37 per cent stake in the joint venture.",
    "== Ownership ==\n[[Globex Capital]] holds about 30 per cent of the Danish market.",
])
def test_a_share_of_something_else_is_no_shareholding(body):
    assert not [f for f, ev in _facts(body) if "cue.model" in ev]
