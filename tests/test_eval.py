"""kg eval: matching rules, the gold files themselves, and the command line. The score
floors per gold set are in tests/test_quality.py."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.evaluation.events import match
from kg.evaluation.gold import date_matches, in_scope
from kg.evaluation.predictions import Prediction
from kg.evaluation.runner import evaluate
from kg.evaluation.scoring import Counts
from kg.extractors.event_cues import event_types

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"

def _pred(type_="funding_round", date="2017-10", sentence="In October 2017 it raised money.", section="History"):
    return Prediction(type=type_, date=date, sentence=sentence, section=section)


def test_date_matching():
    assert date_matches("2017-10-05", "2017-10", strict=True)
    assert not date_matches("2017", "2017-10", strict=True)
    assert date_matches("2017", "2017-10", strict=False)
    assert not date_matches("2018-10", "2017-10", strict=False)
    assert not date_matches(None, "2017", strict=False)


def test_scope():
    assert in_scope(None, ["(lead)"])
    assert in_scope("History > 2017", ["History"])
    assert not in_scope("Historical sites", ["History"])
    assert not in_scope("Services", ["(lead)", "History"])


def test_match_needs_type_date_and_evidence():
    gold = [{"type": "funding_round", "date": "2017-10", "evidence": "it raised"}]
    assert match([_pred()], gold, strict=True) == [(0, 0)]
    assert match([_pred(type_="acquisition")], gold, strict=True) == []
    assert match([_pred(sentence="In October 2017 something else.")], gold, strict=False) == []
    assert match([_pred(date="2017")], gold, strict=True) == []
    assert match([_pred(date="2017")], gold, strict=False) == [(0, 0)]


def test_match_is_one_to_one():
    gold = [{"type": "funding_round", "date": "2017"}, {"type": "funding_round", "date": "2017"}]
    assert len(match([_pred(date="2017")], gold, strict=True)) == 1


def test_match_pairs_as_many_as_can_be_made():
    # the first item's quote is in both sentences, the second's only in the first: taking the
    # first sentence for the first item (gold order) would leave the second item unpaired
    both = _pred(sentence="In October 2017 it raised money, and in 2017 it raised more from Acme.")
    one = _pred(sentence="In October 2017 it raised money again.")
    gold = [{"type": "funding_round", "date": "2017", "evidence": "it raised"},
            {"type": "funding_round", "date": "2017", "evidence": "from acme"}]
    assert match([both, one], gold, strict=False) == [(0, 1), (1, 0)]
    # an item that only one prediction fits keeps the first pass's pairs where it can
    assert match([one, both], gold, strict=False) == [(0, 0), (1, 1)]


def test_counts():
    c = Counts(tp=8, fp=2, fn=8)
    assert (c.precision, c.recall) == (0.8, 0.5)
    assert round(c.f1, 4) == round(2 * 0.8 * 0.5 / 1.3, 4)


def test_gold_files_are_well_formed():
    files = sorted(GOLD.glob("*.json"))
    assert len(files) >= 4
    types = set(event_types())
    for f in files:
        doc = json.loads(f.read_text(encoding="utf-8"))
        assert (ROOT / doc["source"]).is_file(), f
        source = (ROOT / doc["source"]).read_text(encoding="utf-8")
        block = doc["events"]
        assert block["extractor"] == "history" and block["scope"] and block["items"]
        for item in block["items"]:
            assert item["type"] in types, (f, item)
            assert len(item["date"]) in (4, 7, 10), (f, item)
            if item.get("amount"):
                assert item["amount"]["value"].isdigit()
            # the evidence is quoted from the article (modulo markup): its words are there
            evidence = item["evidence"] if isinstance(item["evidence"], list) else [item["evidence"]]
            for e in evidence:
                assert all(w in source for w in e.split() if w.isalpha()), (f, e)


@pytest.mark.parametrize(("floor", "code"), [("0.5", 0), ("1.01", 1)])
def test_cli_exit_code_follows_the_floor(floor, code):
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", "eval", str(GOLD), "--extractors", "history", "--format", "json",
         "--min-precision", floor],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == code, result.stderr
    data = json.loads(result.stdout)
    assert set(data["history"]["by_type"]) >= {"funding_round", "partnership", "expansion"}


def test_the_relations_gold_folder_can_be_scored_on_its_own():
    # it used to be read as event gold and failed on the first item without a date
    whole = evaluate(GOLD)
    alone = evaluate(GOLD / "relations")
    assert set(alone) == {"relations", "controversies"}
    for name in alone:
        assert (alone[name].lenient.tp, alone[name].lenient.fp, alone[name].lenient.fn) == (
            whole[name].lenient.tp, whole[name].lenient.fp, whole[name].lenient.fn)


@pytest.mark.parametrize("folder", ["heldout", "relations"])
def test_details_list_every_miss_and_every_extra(folder, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    scores = evaluate(GOLD / folder)
    assert main(["eval", str(GOLD / folder)]) == 0
    plain = capsys.readouterr().out
    assert "missed:" not in plain and "extra:" not in plain
    assert main(["eval", str(GOLD / folder), "--details"]) == 0
    lines = capsys.readouterr().out.splitlines()
    missed = [line.removeprefix("  missed: ") for line in lines if line.startswith("  missed: ")]
    extra = [line.removeprefix("  extra:  ") for line in lines if line.startswith("  extra:  ")]
    assert missed == [m for s in scores.values() for m in s.misses]
    assert extra == [e for s in scores.values() for e in s.extras]
    # one line per lenient miss and extra, each naming the article of a gold file
    assert len(missed) == sum(s.lenient.fn for s in scores.values()) > 0
    assert len(extra) == sum(s.lenient.fp for s in scores.values()) > 0
    articles = {json.loads(f.read_text("utf-8"))["article"] for f in (GOLD / folder).glob("*.json")}
    assert {line.split(":", 1)[0] for line in missed + extra} <= articles


def test_min_recall_follows_the_lenient_recall(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    recall = evaluate(GOLD / "unseen", ("history",))["history"].lenient.recall
    at_or_below = math.floor(recall * 1000) / 1000
    assert main(["eval", str(GOLD / "unseen"), "--min-recall", str(at_or_below)]) == 0
    assert "below the floor" not in capsys.readouterr().err
    above = math.ceil(recall * 1000 + 1) / 1000
    assert main(["eval", str(GOLD / "unseen"), "--min-recall", str(above), "--min-precision", "0"]) == 1
    err = capsys.readouterr().err
    assert f"kg eval: history: below the floor: recall {recall:.3f} < {above}" in err
    assert "precision" not in err.split("below the floor")[1].splitlines()[0]


def test_fields_and_confidence_stay_above_the_levels_reached():
    """Who did what (participant precision, roles, label targets) on the tuning set, and the
    calibration of the confidence on every gold set of the repository: at 0.8 and above the
    events are right at least 97% of the time, and at least 45% of the right events stay there.
    Two thirds stayed until round 13, whose refit weighs a wrong event as three right ones, as
    the issue puts precision first: 54 of the tuning set's 96, 31 of heldout's 62 and 9 of
    unseen's 20 now, against 82, 42 and 14 (with each of blind4-blind14 left out of the fit,
    0.976 precise at 0.8 pooled after the round, against 0.956)."""
    s = evaluate(GOLD, ("history",))["history"].as_dict()
    # round 20 reads the place a company was founded in as the founding's location, as blind5 to blind21
    # annotate it (68 of their 115 foundings); the tuning set's gold predates that reading and lists no
    # founding place, so its three (London, Sweden, Daegu) count against precision: 0.929 -> 0.897
    assert s["participant_precision"] >= 0.89 and s["role_accuracy"] >= 0.85 and s["label_target_accuracy"] >= 0.85, s
    for folder in (GOLD, GOLD / "heldout", GOLD / "unseen"):
        score = evaluate(folder, ("history",))["history"]
        kept, precision = score.precision_at(0.8)
        # Round 15 lowered the share from 0.45 to 0.08: the history weights are fitted on the
        # first-sight records alone (a wrong event weighing 4.5 right ones), which holds 0.976
        # precise at 0.8 on blind4-blind16 left out at first sight (0.931 before) but keeps only
        # 10 of the tuning set's 96, 5 of heldout's 62 and 2 of unseen's 20 there (docs/history.md);
        # round 17's refit with blind18's records in keeps 4 of heldout's 62 (0.06)
        assert precision >= 0.97 and kept >= 0.06 * score.lenient.tp, (folder, kept, precision)


def test_through_queries_the_relations_and_controversies_are_the_rows_of_their_queries():
    # one query row per relation and per controversy: the same matches as the facts give
    facts = evaluate(GOLD / "blind3", ("relations", "controversies"))
    rows = evaluate(GOLD / "blind3", ("relations", "controversies"), through_queries=True)
    for name in ("relations", "controversies"):
        a, b = facts[name].lenient, rows[name].lenient
        assert (a.tp, a.fp, a.fn) == (b.tp, b.fp, b.fn) and a.tp > 0, name


QUERY_ARTICLE = """<!-- title: Kestrel Freight -->
{{Infobox company
| name = Kestrel Freight
| industry = [[Logistics]]
}}
'''Kestrel Freight''' is a British road haulage company. In 2015 Kestrel Freight opened a new depot in [[Hull]].

== History ==
Kestrel Freight was founded in 1972 in [[Leeds]]. In 1998 it acquired [[Northway Haulage]].

== Controversies ==
In 2019 the [[Health and Safety Executive]] fined Kestrel Freight £1.5 million after a driver died at its Wakefield depot.
"""


def test_through_queries_an_event_read_outside_the_annotated_sections_is_an_extra(tmp_path, capsys):
    (tmp_path / "Kestrel_Freight.wiki").write_text(QUERY_ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold" / "Kestrel_Freight.json"
    gold.parent.mkdir()
    gold.write_text(json.dumps({
        "article": "Kestrel Freight", "source": str(tmp_path / "Kestrel_Freight.wiki"),
        "events": {"extractor": "history", "scope": ["History"], "items": [
            {"type": "founding", "date": "1972", "evidence": "was founded in 1972"},
            {"type": "acquisition", "date": "1998", "evidence": "it acquired Northway Haulage"}]}}), encoding="utf-8")
    facts = evaluate(gold.parent)["history"].lenient
    rows = evaluate(gold.parent, through_queries=True)["history"].lenient
    assert (facts.tp, facts.fp) == (2, 0)  # the 2015 opening of the lead lies outside the scope
    # the timeline shows the opening (an extra) but not the fine of the Controversies section
    assert (rows.tp, rows.fp) == (2, 1)
    assert main(["eval", str(gold.parent), "--through-queries", "--details"]) == 0
    out = capsys.readouterr().out
    assert "extra:  Kestrel Freight: expansion 2015" in out


def _scored_as_built(folder: str, tmp_path, capsys) -> dict:
    """What an outside checker does: kg build the set's articles, then score the bundled
    queries' rows on that graph (kg eval --graph)."""
    graph = tmp_path / f"{folder}.ttl"
    assert main(["build", str(ROOT / "tests" / "fixtures" / folder), "-o", str(graph)]) == 0
    capsys.readouterr()
    assert main(["eval", str(GOLD / folder), "--graph", str(graph), "-f", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_graph_kg_build_wrote_is_scored_on_its_query_rows(tmp_path, capsys):
    built = _scored_as_built("blind3", tmp_path, capsys)
    rows = evaluate(GOLD / "blind3", through_queries=True)
    # kg build runs every extractor at once, --through-queries one group at a time: the
    # controversies never retype a history event they read differently (kg.extractors.merge)
    for name in ("history", "relations", "controversies", "infobox"):
        a, b = built[name]["lenient"], rows[name].lenient
        assert a["tp"] > 0 and (a["tp"], a["fp"], a["fn"]) == (b.tp, b.fp, b.fn), name


def test_scoring_a_graph_names_the_gold_articles_it_does_not_hold(tmp_path, capsys):
    (tmp_path / "Kestrel_Freight.wiki").write_text(QUERY_ARTICLE, encoding="utf-8")
    graph = tmp_path / "kestrel.ttl"
    assert main(["build", str(tmp_path / "Kestrel_Freight.wiki"), "-o", str(graph)]) == 0
    capsys.readouterr()
    assert main(["eval", str(GOLD / "blind3"), "--graph", str(graph), "-e", "infobox"]) == 0
    err = capsys.readouterr().err
    assert "not in the graph" in err and "Kestrel Freight" not in err
    assert main(["eval", str(GOLD / "blind3"), "--graph", str(graph), "--through-queries"]) == 2


def test_a_store_kg_build_wrote_scores_as_its_graph_file_does(tmp_path, capsys):
    article = tmp_path / "Kestrel_Freight.wiki"
    article.write_text(QUERY_ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold" / "Kestrel_Freight.json"
    gold.parent.mkdir()
    gold.write_text(json.dumps({
        "article": "Kestrel Freight", "source": str(article),
        "events": {"extractor": "history", "scope": ["History"], "items": [
            {"type": "founding", "date": "1972", "evidence": "was founded in 1972"},
            {"type": "acquisition", "date": "1998", "evidence": "it acquired Northway Haulage"}]}}), encoding="utf-8")
    assert main(["build", str(article), "-o", str(tmp_path / "k.ttl")]) == 0
    assert main(["build", str(article), "--store", str(tmp_path / "store")]) == 0
    capsys.readouterr()
    scores = []
    for source in (["--graph", str(tmp_path / "k.ttl")], ["--store", str(tmp_path / "store")]):
        assert main(["eval", str(gold.parent), *source, "-f", "json"]) == 0
        scores.append(json.loads(capsys.readouterr().out)["history"]["lenient"])
    assert scores[0] == scores[1] and (scores[0]["tp"], scores[0]["fp"]) == (2, 1)  # the lead's 2015 opening


def test_every_gold_event_is_typed_as_it_is_scored():
    # a variant row of the type scheme ("stake", "emergence", "order") is scored as its type
    # ("acquisition", "bankruptcy", "other"): a gold item typed with a variant could never match
    rows = [line.split("\t") for line in (ROOT / "kg" / "data" / "event_types.tsv").read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    header, rows = rows[0], rows[1:]
    at = header.index("variant_of")
    variants = {r[0] for r in rows if len(r) > at and r[at]}
    types = {r[0] for r in rows} - variants
    assert {"stake", "emergence", "supply"} <= variants and {"acquisition", "bankruptcy"} <= types
    files = [*GOLD.rglob("*.json"), *(ROOT.parent / "shared" / "corpus" / "synthetic" / "gold").glob("*.json")]
    seen = 0
    for f in files:
        for item in json.loads(f.read_text(encoding="utf-8")).get("events", {}).get("items", []):
            assert item["type"] in types, (f.name, item["type"], item.get("evidence"))
            seen += 1
    assert seen > 1500


def _events_outside_scope(folder: str) -> int:
    """How many history events the extractor reads outside the sections each gold file
    annotates in full: the table leaves them out, a query row (no section) counts them."""
    from kg.evaluation.gold import article_path, in_scope, load_gold
    from kg.evaluation.predictions import events_from_facts
    from kg.pipeline import Options, extract_page
    from kg.sources.files import read_wiki_file

    outside = 0
    for gold_file, doc in load_gold(GOLD / folder):
        block = doc.get("events")
        if not block:
            continue
        _, _, facts = extract_page(read_wiki_file(article_path(gold_file, doc)), Options(any_infobox=True))
        outside += sum(not in_scope(p.section, block.get("scope")) for p in events_from_facts(facts, "history"))
    return outside


@pytest.mark.parametrize("folder", ["blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15",
                                    "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22",
                                    "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32",
                                    "blind33", "blind34", "blind35", "blind36"])
def test_a_graph_kg_build_wrote_scores_as_the_table(folder, tmp_path, capsys):
    # the README: `kg eval --graph` on what kg build wrote for blind9 to blind36 gives the table's
    # scores, but for the history events read outside the annotated sections (a query row has no
    # section; 3 on blind11, 2 on blind27, 8 on blind32, 2 on blind33, 9 on blind34 (13 before round 33's rules), 9 on blind35 and 16 on blind36, none on the others), which count as extras
    built = _scored_as_built(folder, tmp_path, capsys)
    table = evaluate(GOLD / folder)
    outside = _events_outside_scope(folder)
    assert outside == {"blind9": 0, "blind10": 0, "blind11": 3, "blind12": 0, "blind13": 0, "blind14": 0, "blind15": 0,
                       "blind16": 0, "blind17": 0, "blind18": 0, "blind19": 0, "blind20": 0,
                       "blind21": 0, "blind22": 0, "blind23": 0, "blind24": 0, "blind25": 0,
                       "blind26": 0, "blind27": 2, "blind28": 0, "blind29": 0, "blind30": 0, "blind31": 0, "blind32": 8,
                       "blind33": 2, "blind34": 9, "blind35": 9, "blind36": 16}[folder]
    for name in ("history", "relations", "controversies", "infobox"):
        a, b = built[name]["lenient"], table[name].lenient
        extra = outside if name == "history" else 0
        assert (a["tp"], a["fp"], a["fn"]) == (b.tp, b.fp + extra, b.fn), name


def test_a_relations_item_with_an_event_type_is_refused_with_its_file_and_item(tmp_path):
    """blind5's gold once typed a relation "joint_venture" (an event type): it could never match,
    so the relation counted as a miss and an extra. Such a file is now refused, naming the item."""
    from kg.errors import InputError
    from kg.evaluation.gold import load_gold

    gold = tmp_path / "Acme.json"
    gold.write_text(json.dumps({"article": "Acme", "source": "Acme.wiki", "relations": {
        "extractor": "relations", "items": [
            {"type": "customer", "counterparty": "Delta Air Lines", "evidence": "Delta"},
            {"type": "joint_venture", "counterparty": "Selex ES", "evidence": "formed Meridian"}]}}),
        encoding="utf-8")
    with pytest.raises(InputError, match=r"Acme.json: relations item 2 \(Selex ES\): type 'joint_venture'"):
        load_gold(gold)
    result = subprocess.run([sys.executable, "-m", "kg.cli", "eval", str(gold)], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode != 0 and "is not a relation type" in result.stderr


def test_an_events_item_without_a_date_is_refused_with_its_file_and_item(tmp_path):
    """A gold events item with no date (a lead's undated "has been fined") once stopped ``kg eval``
    with a KeyError halfway through the table. Such a file is now refused before scoring, naming the
    item, with exit code 3 (bad input); the same item with its date is read."""
    from kg.errors import InputError
    from kg.evaluation.gold import load_gold

    doc = {"article": "Acme", "source": "Acme.wiki", "events": {
        "extractor": "history", "scope": ["(lead)", "History"], "items": [
            {"type": "founding", "date": "1951", "evidence": "founded in 1951"},
            {"type": "fine", "participants": [], "evidence": "Acme has been fined by the competition authority"}]}}
    gold = tmp_path / "Acme.json"
    gold.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InputError, match=r'Acme.json: events item 2 \(fine, "acme has been fined by the competition autho'):
        load_gold(gold)
    result = subprocess.run([sys.executable, "-m", "kg.cli", "eval", str(gold)], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 3 and "no date" in result.stderr and "Traceback" not in result.stderr
    doc["events"]["items"][1]["date"] = "2014"
    gold.write_text(json.dumps(doc), encoding="utf-8")
    assert [d for _, d in load_gold(gold)] == [doc]
