"""``kg eval --min-confidence X``: the scores of the facts ``kg build --min-confidence X`` keeps,
in every mode, and the graph-side filter behind ``--graph``/``--store``."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.graph.query import drop_weak_statements, get_query, in_memory, run_query
from kg.graph.rdf import Mapper
from kg.model import Entity, Fact, Provenance

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools import confidence_curve  # noqa: E402

GOLD = "tests/gold/blind17/Cernavia_Software.json"
ARTICLE = "tests/fixtures/blind17/Cernavia_Software.wiki"


def _fact(partner: str, confidence: str | None, sentence: str, prop: str = "partner") -> Fact:
    prov = Provenance(article="Acme", section="History", sentence=sentence, extractor="relations",
                      confidence=None if confidence is None else Decimal(confidence))
    return Fact("Acme", prop, Entity(label=partner, title=partner), prov)


def _store(facts) -> ox.Store:
    store = ox.Store()
    quads = Mapper("https://w3id.org/company-kg/resource/").page_quads("Acme", None, "Company", facts)
    store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    return store


def _partners(store) -> dict[str, tuple[str, str]]:
    columns, rows = run_query(store, get_query("partners"), {"company": "Acme"})
    return {r["partnerLabel"]: (r["confidence"], r["sentence"]) for r in (dict(zip(columns, row, strict=True)) for row in rows)}


def test_a_weak_statement_goes_with_its_triple_unless_another_statement_tells_it():
    facts = [
        _fact("Strong Co", "0.9", "Acme partnered with Strong Co in 2010."),
        _fact("Twice Co", "0.9", "Acme and Twice Co signed a deal in 2011."),
        _fact("Twice Co", "0.3", "Twice Co was said to work with Acme."),
        _fact("Weak Co", "0.2", "Acme may have worked with Weak Co."),
        _fact("Plain Co", None, "Acme's partners include Plain Co."),
        _fact("Edge Co", "0.8", "Acme teamed up with Edge Co in 2012."),
    ]
    store = _store(facts)
    drop_weak_statements(store, 0.8)
    found = _partners(store)
    assert set(found) == {"Strong Co", "Twice Co", "Plain Co", "Edge Co"}  # X itself is kept
    assert found["Twice Co"] == ("0.9", "Acme and Twice Co signed a deal in 2011.")
    assert found == _partners(_store([f for f in facts if f.provenance.confidence is None
                                      or f.provenance.confidence >= Decimal("0.8")]))


def test_threshold_zero_keeps_everything_and_one_keeps_only_certain_facts():
    facts = [_fact("Sure Co", "1", "Acme owns a stake in Sure Co."), _fact("Likely Co", "0.95", "Acme supplies Likely Co.")]
    store = _store(facts)
    drop_weak_statements(store, 0.0)
    assert set(_partners(store)) == {"Sure Co", "Likely Co"}
    drop_weak_statements(store, 1.0)
    assert set(_partners(store)) == {"Sure Co"}


def test_in_memory_copies_the_default_graph_and_leaves_the_original_alone():
    store = _store([_fact("Weak Co", "0.1", "Acme may work with Weak Co.")])
    copy = in_memory(store)
    drop_weak_statements(copy, 0.5)
    assert set(_partners(store)) == {"Weak Co"} and not _partners(copy)


@pytest.mark.parametrize("value", ["1.01", "-0.5", "often", "nan"])
def test_kg_eval_min_confidence_must_be_from_0_to_1(value, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["eval", GOLD, "--min-confidence", value])
    assert exc.value.code == 2
    assert "between 0 and 1" in capsys.readouterr().err


def _eval(capsys, *args) -> dict:
    capsys.readouterr()
    main(["eval", GOLD, "-f", "json", *args])
    return json.loads(capsys.readouterr().out)


def _without_threshold(data: dict) -> dict:
    return {k: {f: v for f, v in s.items() if f != "min_confidence"} for k, s in data.items()}


def test_build_with_the_flag_scores_as_eval_with_the_flag_in_every_mode(capsys, tmp_path):
    full, kept = tmp_path / "full.nq", tmp_path / "kept.nq"
    assert main(["build", ARTICLE, "-q", "-o", str(full)]) == 0
    assert main(["build", ARTICLE, "-q", "-o", str(kept), "--min-confidence", "0.8"]) == 0
    built = _eval(capsys, "--graph", str(kept))
    filtered = _eval(capsys, "--graph", str(full), "--min-confidence", "0.8")
    assert _without_threshold(filtered) == built
    assert {s["min_confidence"] for s in filtered.values()} == {0.8}
    queried = _eval(capsys, "--through-queries", "--min-confidence", "0.8")
    assert {k: s["lenient"] for k, s in queried.items()} == {k: s["lenient"] for k, s in built.items()}
    # direct mode: 0 keeps every fact; a higher threshold never adds a right or a wrong fact
    everything = _eval(capsys)
    assert _without_threshold(_eval(capsys, "--min-confidence", "0")) == everything
    direct = _eval(capsys, "--min-confidence", "0.8")
    for name, s in direct.items():
        assert s["lenient"]["tp"] <= everything[name]["lenient"]["tp"]
        assert s["lenient"]["fp"] <= everything[name]["lenient"]["fp"]
    assert direct["infobox"]["lenient"] == everything["infobox"]["lenient"]
    assert "min_confidence" not in everything["infobox"]


def test_curve_gives_precision_and_the_share_of_right_facts_kept_per_threshold():
    pairs = [(0.95, True), (0.85, True), (0.82, False), (0.6, True), (0.4, False), (0.1, True)]
    rows = confidence_curve.curve(pairs, (0.0, 0.5, 0.8, 0.9, 0.99))
    assert [(x, kept, right) for x, kept, right, _, _ in rows] == [
        (0.0, 6, 4), (0.5, 4, 3), (0.8, 3, 2), (0.9, 1, 1), (0.99, 0, 0)]
    assert [round(p, 3) for _, _, _, p, _ in rows] == [0.667, 0.75, 0.667, 1.0, 0.0]
    assert [share for *_, share in rows] == [1.0, 0.75, 0.5, 0.25, 0.0]


def test_curve_table_lists_every_threshold_from_0_to_0_9():
    lines = confidence_curve.table("relations", [(0.9, True), (0.3, False)])
    assert lines[0].startswith("== relations: 2 first-sight facts, 1 right")
    assert len(lines) == 2 + 10
    assert lines[2].split() == ["0.0", "2", "1", "0.500", "1.000"]
    assert lines[-1].split() == ["0.9", "1", "1", "1.000", "1.000"]
    assert confidence_curve.curve([]) == [(x, 0, 0, 0.0, 0.0) for x in confidence_curve.THRESHOLDS]
