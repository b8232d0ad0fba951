"""Per-fact confidence: kgo:confidence on the statement, SHACL range, ``kg build
--min-confidence``, the confidence columns of the bundled queries, and what ``kg eval``
reports about it (precision by confidence, participant precision, roles, label targets)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from corpus import wiki
from pyshacl import validate
from rdflib import Graph, Literal, URIRef

from kg import extractors
from kg.cli import main
from kg.evaluation.predictions import Prediction
from kg.evaluation.scoring import Score, score_block
from kg.graph.query import get_query, load_graphs, run_query
from kg.graph.rdf import Mapper
from kg.graph.sinks import serialize
from kg.graph.vocab import KGO, ontology_path
from kg.model import Entity, Event, Fact, Participant, Provenance
from kg.pipeline import Options, extract_page
from kg.sources.files import read_wiki_file


def _prov(confidence, sentence="SenseTime partnered with Honda in 2017."):
    return Provenance(article="SenseTime", section="History", sentence=sentence, extractor="test",
                      confidence=None if confidence is None else Decimal(confidence))


def _statement_confidences(facts) -> dict[str, list[str]]:
    quads = Mapper("https://w3id.org/company-kg/resource/").page_quads("SenseTime", None, "Company", facts)
    g = Graph().parse(data=serialize(quads, "ttl").decode(), format="turtle")
    out: dict[str, list[str]] = {}
    for stmt in g.subjects(URIRef(str(KGO.confidence)), None):
        obj = g.value(stmt, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#object"))
        out[str(obj)] = [str(v) for v in g.objects(stmt, URIRef(str(KGO.confidence)))]
    return out


def test_statement_carries_the_confidence_as_a_decimal():
    facts = [
        Fact("SenseTime", "partner", Entity("Honda", "Honda"), _prov("0.85")),
        Fact("SenseTime", "customer", Entity("Alibaba", "Alibaba"), _prov(None, "Alibaba is a customer.")),
    ]
    found = _statement_confidences(facts)
    assert found == {"https://w3id.org/company-kg/resource/entity/Honda": ["0.85"]}
    quads = Mapper("https://w3id.org/company-kg/resource/").page_quads("SenseTime", None, "Company", facts[:1])
    literal = next(q.object for q in quads if q.predicate == ox.NamedNode(str(KGO.confidence)))
    assert literal.datatype == ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")


def test_shapes_reject_a_confidence_outside_0_1():
    shapes = Graph().parse(str(ontology_path("shapes.ttl")), format="turtle")
    facts = [Fact("SenseTime", "partner", Entity("Honda", "Honda"), _prov("0.85"))]
    quads = Mapper("https://w3id.org/company-kg/resource/").page_quads("SenseTime", None, "Company", facts)
    good = Graph().parse(data=serialize(quads, "ttl").decode(), format="turtle")
    assert validate(good, shacl_graph=shapes, inference="none")[0]
    bad = Graph().parse(data=serialize(quads, "ttl").decode(), format="turtle")
    for stmt, _, _ in list(bad.triples((None, URIRef(str(KGO.confidence)), None))):
        bad.set((stmt, URIRef(str(KGO.confidence)), Literal(Decimal("1.5"))))
    assert not validate(bad, shacl_graph=shapes, inference="none")[0]


def _fake_extractor(article):
    sentence = "SenseTime partnered with Honda in 2017."
    yield Fact(article.title, "partner", Entity("Honda", "Honda"), _prov("0.9", sentence))
    yield Fact(article.title, "partner", Entity("Weak Co"), _prov("0.4", "Weak Co was mentioned."))


@pytest.fixture
def scored_extractor(monkeypatch):
    monkeypatch.setitem(extractors.EXTRACTORS, "scored", _fake_extractor)


def test_min_confidence_drops_weak_text_facts_and_keeps_the_infobox(scored_extractor):
    page = read_wiki_file(wiki("SenseTime"))
    _, _, every = extract_page(page, Options(extractors=("infobox", "scored")))
    _, _, kept = extract_page(page, Options(extractors=("infobox", "scored"), min_confidence=0.8))
    weak = [f for f in every if f.provenance.confidence is not None and f.provenance.confidence < Decimal("0.8")]
    assert weak and {f.value.label for f in weak} == {"Weak Co"}
    assert [f for f in every if f not in weak] == kept
    assert any(f.provenance.extractor == "infobox" for f in kept)
    assert Options(min_confidence=0.8).fingerprint() != Options().fingerprint()


def test_kg_build_min_confidence_through_the_cli(scored_extractor, tmp_path):
    out = tmp_path / "s.ttl"
    args = [str(wiki("SenseTime")), "-o", str(out), "-q", "--extractors", "infobox,scored"]
    assert main(["build", *args, "--min-confidence", "0.8"]) == 0
    assert _partners(out) == [("Honda", "0.9")]
    assert main(["build", *args]) == 0
    assert _partners(out) == [("Honda", "0.9"), ("Weak Co", "0.4")]


def _partners(path) -> list[tuple[str, str]]:
    columns, rows = run_query(load_graphs([str(path)]), get_query("partners"), {"company": "SenseTime"})
    found = [dict(zip(columns, row, strict=True)) for row in rows]
    return sorted((r["partnerLabel"], r["confidence"]) for r in found)


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_min_confidence_must_be_a_number_from_0_to_1(value, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["build", str(wiki("SenseTime")), "--min-confidence", value])
    assert exc.value.code == 2
    assert "between 0 and 1" in capsys.readouterr().err


def test_timeline_and_controversies_have_a_confidence_column(tmp_path):
    out = tmp_path / "s.ttl"
    assert main(["build", str(wiki("SenseTime")), "-o", str(out), "-q"]) == 0
    graph = load_graphs([str(out)])
    for name in ("timeline", "controversies", "partners"):
        columns, _ = run_query(graph, get_query(name), {"company": "SenseTime"})
        assert "confidence" in columns, name


def _event_pred(participants, label="Acquisition of Sony", confidence=None):
    event = Event("acquisition", label, participants=tuple(participants))
    parties = tuple(((p.entity.title or p.entity.label).lower(),) for p in event.participants)
    return Prediction("acquisition", "2011", "Samsung bought Sony's stake in S-LCD in 2011.", "History",
                      participants=tuple(n for names in parties for n in names),
                      parties=tuple((names, p.role) for names, p in zip(parties, event.participants, strict=True)),
                      label=label, confidence=None if confidence is None else Decimal(confidence))


def test_eval_scores_participant_precision_roles_label_target_and_confidence():
    item = {"type": "acquisition", "date": "2011", "evidence": "stake in S-LCD",
            "participants": ["Sony"], "roles": {"Sony": "seller"}, "target": "S-LCD"}
    pred = _event_pred([Participant(Entity("Sony", "Sony"), "target"), Participant(Entity("Narendra Modi", "Narendra Modi"))],
                       confidence="0.9")
    extra = Prediction("ipo", "2011", "an unrelated sentence", "History", confidence=Decimal("0.5"))
    score = Score("history")
    score_block(score, "Samsung", [pred, extra], [item], lambda strict: [(0, 0)])
    d = score.as_dict()
    assert d["participant_precision"] == 0.5  # Sony right, Modi a guest, not a party
    assert d["role_accuracy"] == 0.0  # Sony was the seller, not the target
    assert d["label_target_accuracy"] == 0.0  # the label names Sony, the target is S-LCD
    assert d["precision_at_confidence"]["0.8"] == {"predictions": 1, "precision": 1.0}
    assert d["precision_at_confidence"]["0.5"] == {"predictions": 2, "precision": 0.5}
    right = _event_pred([Participant(Entity("Sony", "Sony"), "seller")], label="Acquisition of S-LCD")
    score = Score("history")
    score_block(score, "Samsung", [right], [item], lambda strict: [(0, 0)])
    d = score.as_dict()
    assert (d["participant_precision"], d["role_accuracy"], d["label_target_accuracy"]) == (1.0, 1.0, 1.0)


def test_kg_eval_scores_several_gold_sets_one_by_one(capsys):
    root = Path(__file__).parent / "gold"
    assert main(["eval", str(root / "unseen"), str(root / "heldout"), "--extractors", "history"]) == 0
    out, err = capsys.readouterr()
    assert out.count("== ") == 2 and f"== {root / 'heldout'}" in out
    lines = [line for line in err.splitlines() if line.startswith("kg eval: ")]
    assert [line.split(":")[1].strip() for line in lines] == [str(root / "unseen"), str(root / "heldout")]
