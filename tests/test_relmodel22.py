"""The fit tool of the learned relation reader (tools/fit_relation_model.py), round 22: the
threshold curve (which of the reader's relations a threshold keeps) and the fit on the mentions
the extractor asks the reader about (counterparties no cue relates)."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path

from kg.evaluation.predictions import Prediction
from kg.sources import Page
from kg.text.parse import parse_article

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("fit_relation_model", ROOT / "tools" / "fit_relation_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pred(conf: str) -> Prediction:
    return Prediction(type="investor", date=None, sentence="s", section=None, participants=("x",), confidence=Decimal(conf))


def test_a_threshold_keeps_the_relations_whose_confidence_reaches_it_written_to_two_decimals():
    tool = _tool()
    preds = [_pred("0.54"), _pred("0.72"), _pred("0.71"), _pred("0.81"), _pred("0.99")]
    # probability x 0.9: 0.6 -> 0.54 (a float 0.54 is above the decimal 0.54; it must still be kept)
    assert [p.confidence for p in tool.at_threshold(preds, 0.6)] == [Decimal(c) for c in ("0.54", "0.72", "0.71", "0.81", "0.99")]
    assert [p.confidence for p in tool.at_threshold(preds, 0.8)] == [Decimal("0.72"), Decimal("0.81"), Decimal("0.99")]
    assert [p.confidence for p in tool.at_threshold(preds, 0.9)] == [Decimal("0.81"), Decimal("0.99")]
    assert tool.at_threshold(preds, 1.2) == []


def test_the_counterparties_a_cue_relates_are_the_ones_left_out_of_the_unruled_fit():
    tool = _tool()
    article = parse_article(Page(title="Acme", revision=1, wikitext=(
        "'''Acme''' is a Danish maker of hearing aids.\n\n== History ==\n"
        "In 2012 Acme signed a distribution agreement with [[Globex Retail]]. "
        "Acme acquired [[Initech]] in 2015. "
        "[[Hooli]] sponsored a football stadium in Aarhus.")))
    keys = tool.ruled_keys(article)
    assert "Globex Retail" in keys
    assert "Hooli" not in keys
