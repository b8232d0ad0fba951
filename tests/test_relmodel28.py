"""The learned relation reader refitted on every development gold set with relations (round 28):
the fit tool's sets and its set-by-set check, the sparse fit, and sentences written for the test
that the refitted reader reads (and does not read) where no cue relates the counterparty."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from kg.extractors import relation_model, relations
from kg.sources import Page
from kg.text.parse import parse_article

ROOT = Path(__file__).resolve().parent.parent
LEAD = "'''Acme''' is a Danish maker of hearing aids."
# the check sets, scored by their totals only: never in the reader's fit
CHECK_SETS = ("blind23", "blind24", "blind25", "blind26")


def _tool():
    spec = importlib.util.spec_from_file_location("fit_relation_model", ROOT / "tools" / "fit_relation_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _model_facts(body: str) -> set[tuple[str, str]]:
    article = parse_article(Page(title="Acme", revision=1, wikitext=f"{LEAD}\n\n{body}"))
    return {(f.prop, f.value.label) for f, ev in relations.extract_with_evidence(article) if "cue.model" in ev}


def test_the_reader_is_fitted_on_every_development_set_with_relations_and_on_no_check_set():
    sets = _tool().DEFAULT_SETS
    assert len(sets) == len(set(sets)) >= 27
    assert {"tests/gold/blind5", "tests/gold/blind22", "tests/gold/blind29"} <= set(sets)
    assert not [s for s in sets if s.rsplit("/", 1)[-1] in CHECK_SETS]
    assert all((ROOT / s).is_dir() for s in sets)
    header = (ROOT / "kg" / "data" / "relation_model.tsv").read_text(encoding="utf-8").splitlines()[2]
    assert "tests/gold/blind29" in header  # the shipped weights are the refit's


def test_the_check_of_the_fit_tool_runs_on_a_small_set_left_out():
    tool = _tool()
    fitted = tool.samples(ROOT / "tests" / "gold" / "blind2")
    assert fitted and {r["y"] for r in fitted} >= {relation_model.NONE, "customer"}
    table = tool.fit(fitted, l2=1.0, min_count=2, steps=50)
    right, wrong, total, counts = tool.check(ROOT / "tests" / "gold" / "blind2_holdout", table, curve=(0.95, 0.99))
    assert total == 38  # the gold relations of the three articles left out
    assert right >= 0 and wrong >= 0
    assert len(counts) == 2 and all(r + w <= right + wrong for r, w in counts)


def test_the_sparse_fit_weighs_a_present_feature_as_the_dense_sum_would():
    sys.path.insert(0, str(ROOT / "tools"))
    from softmax_fit import fit_softmax

    rows = [{"x": {"b:own", "share_after"}, "y": "investor"}] * 5 + [{"x": {"b:compete"}, "y": "none"}] * 5 \
        + [{"x": {"w:rare"}, "y": "none"}]
    table = fit_softmax(rows, relation_model.CLASSES, l2=0.1, min_count=2, steps=200,
                        scale=lambda f: 0.5 if f.startswith("w:") else 1.0)
    assert "w:rare" not in table  # seen once, under the cut-off
    assert set(table) == {"bias", "b:own", "share_after", "b:compete"}
    assert relation_model.probabilities({"b:own", "share_after"}, table)["investor"] > 0.9
    assert relation_model.probabilities({"b:compete"}, table)["none"] > 0.9


def test_a_customer_told_by_its_share_of_sales_is_read_as_a_customer():
    facts = _model_facts("== Customers ==\nIn 2023 [[Volvano]] accounted for about 30 per cent of sales.")
    assert ("customer", "Volvano") in facts


def test_the_second_customer_of_a_share_of_sales_is_no_investor():
    # "and Y for 12 per cent": the share is of the company's sales, not of its shares
    facts = _model_facts("== Customers ==\nIn 2023 [[Volvano]] accounted for about 30 per cent of sales and "
                         "[[Agrotek]] for 12 per cent.")
    assert ("investor", "Agrotek") not in facts


def test_a_certification_scheme_is_read_as_a_partner():
    facts = _model_facts("== Operations ==\nAll of its farms and packhouses have been certified under "
                         "[[FairCrop]] since 2008.")
    assert ("partner", "FairCrop") in facts


def test_rivals_neighbours_and_founders_employers_are_not_read():
    for body in ("== History ==\nIn 2015 [[Globex]] opened a plant in Aarhus, next to the company's head office.",
                 "== History ==\nAcme was founded in 1950 by former engineers of [[Globex]].",
                 "== History ==\nIn 1990 [[Globex]], its main rival, cut prices by a fifth."):
        assert not _model_facts(body), body
