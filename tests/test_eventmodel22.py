"""The learned event reader, round 22 of issue 14: the clause-shape features it gained (the verb's
lemma, the subject's head, the kind of the names after the verb), on sentences written for the test.
The reader stays off (``event_model.THRESHOLD``): see docs/history.md."""

from __future__ import annotations

from kg.extractors import event_model
from kg.sources.page import Page
from kg.text import narrative
from kg.text.parse import parse_article
from tests.test_history_rules import LEAD


def _features(sentence: str) -> set[str]:
    article = parse_article(Page("Acme Corp", LEAD + "== History ==\n" + sentence + "\n"))
    ds = next(d for d in narrative.dated_sentences(article) if d.role == "history")
    return event_model.features(ds, company_subject=False, linked=False)


def test_the_lemma_joins_the_forms_of_a_verb():
    assert [event_model.stem(w) for w in ("acquired", "acquires", "acquiring")] == ["acquir"] * 3
    assert [event_model.stem(w) for w in ("opened", "opening", "opens")] == ["open"] * 3
    assert event_model.stem("stopped") == event_model.stem("stops") == "stop"
    assert event_model.stem("bought") == "buy" and event_model.stem("sold") == "sell"
    assert event_model.stem("carried") == event_model.stem("carries") == "carry"


def test_the_main_verb_and_the_subject_head():
    feats = _features("The Bergen route opened in 1994 after two years of delays.")
    assert {"mv:open", "s:route", "l:open"} <= feats
    feats = _features("In 2003 the brewery's new bottling line started production.")
    assert {"mv:start", "s:line", "l:start"} <= feats
    feats = _features("Its first Paris boutique was inaugurated in 1911.")
    assert {"mv:inaugurat", "s:boutique"} <= feats


def test_the_kind_of_the_names_after_the_verb():
    feats = _features("In 1998 the airline added flights to [[Oslo]].")
    assert "o:place" in feats or "o:name" in feats  # a linked name; its kind as the parser knows it
    assert any(f.startswith("ol:") for f in feats)
    feats = _features("In 2005 the shipyard delivered its last ferry.")
    assert not any(f.startswith(("o:", "ol:")) for f in feats)  # no name after the verb


def test_the_clause_features_can_be_left_out():
    try:
        event_model.EXTRA = False
        feats = _features("The Bergen route opened in 1994.")
        assert not any(f.startswith(("mv:", "s:", "l:", "o:")) for f in feats)
        assert "v:opened" in feats
    finally:
        event_model.EXTRA = True


def test_the_sparse_fit_equals_the_dense_gradient_descent():
    """The fit keeps its design matrix sparse; its weights are those of the plain dense descent."""
    import random
    import sys
    from pathlib import Path

    import numpy as np

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    from softmax_fit import fit_softmax

    rng = random.Random(3)
    names = [f"w{n}" for n in range(40)]
    rows = [{"x": set(rng.sample(names, 5)), "y": rng.choice(("none", "a", "b"))} for _ in range(120)]
    classes = ("none", "a", "b")
    got = fit_softmax(rows, classes, 0.5, 1, steps=50, scale=lambda f: 2.0 if f.endswith("7") else 1.0)
    cols = ["bias", *sorted({f for r in rows for f in r["x"]})]
    x = np.array([[1.0] + [(2.0 if f.endswith("7") else 1.0) if f in r["x"] else 0.0 for f in cols[1:]]
                  for r in rows])
    y = np.array([[1.0 if r["y"] == c else 0.0 for c in classes] for r in rows])
    w = np.zeros((len(cols), 3))
    m, v = np.zeros_like(w), np.zeros_like(w)
    pen = np.ones((len(cols), 1))
    pen[0] = 0.0
    for t in range(1, 51):
        z = x @ w
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        g = x.T @ (p - y) + 0.5 * pen * w
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    w *= np.array([[1.0 if n == 0 else (2.0 if f.endswith("7") else 1.0)] for n, f in enumerate(cols)])
    for n, f in enumerate(cols):
        if f in got:
            assert got[f] == tuple(round(float(w[n, k]), 4) for k in range(3))
    assert "bias" in got and len(got) > 30
