"""Fit the learned event reader (``kg/extractors/event_model.py``) on the history gold, and check it
on each gold set with weights fitted without that set.

Every sentence the reader's gate lets through in a gold article (``history.model_candidates``: a
dated sentence of the lead or a History section that gave the rules no event) is a sample, when
the gold's scope covers its section. Its class is the type of the gold event whose evidence the
sentence holds, dated in the sentence's year; ``none`` when no gold event quotes it; left out when
a gold event quotes it with another year, or two gold events of different types do. The model is
a multinomial logistic regression with an L2 penalty, fitted by full-batch gradient descent (Adam)
in numpy; features seen fewer than ``--min-count`` times are dropped.

The check, set by set, fits on the other sets and runs the extractor with those weights on the
left-out set: the events it adds (that survive the merge of repeats, in the gold's scope), how many
of them are right (the lenient true positives gained over the rules alone, as ``kg eval`` counts)
and the recall they add, at each threshold of ``--thresholds``.

    .venv/bin/python tools/fit_event_model.py             # the check, per left-out set
    .venv/bin/python tools/fit_event_model.py --write     # and write kg/data/event_model.tsv
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from softmax_fit import fit_parser, fit_softmax, write_table  # noqa: E402

from kg.evaluation import events as ev_match  # noqa: E402
from kg.evaluation.gold import article_path, evidence, in_scope, load_gold, norm  # noqa: E402
from kg.evaluation.predictions import events_from_facts  # noqa: E402
from kg.extractors import event_model as em  # noqa: E402
from kg.extractors import history  # noqa: E402
from kg.extractors.event_cues import event_types  # noqa: E402
from kg.model import Fact  # noqa: E402
from kg.sources.files import read_wiki_file  # noqa: E402
from kg.text import narrative  # noqa: E402
from kg.text.mentions import company_names  # noqa: E402
from kg.text.parse import parse_article  # noqa: E402

SETS = ("tests/gold", "tests/gold/heldout", "tests/gold/unseen", "tests/gold/blind2", "tests/gold/blind2_holdout",
        "tests/gold/blind3", "tests/gold/blind4", "tests/gold/blind5", "tests/gold/blind6",
        "../shared/corpus/synthetic/gold")
OUT = ROOT / "kg" / "data" / "event_model.tsv"
AMBIGUOUS = "?"
ALL_SENTENCES = True  # learn from every gated sentence, the rules' too (they teach the words of each type)


def classes() -> tuple[str, ...]:
    """``none`` and the event types (the base types of the type table, in its order)."""
    out = [em.NONE]
    for row in event_types().values():
        if row.type not in out:
            out.append(row.type)
    return tuple(out)


def label(items: list[dict], ds: narrative.DatedSentence, known: tuple[str, ...], found: set[int]) -> str:
    """The type of the gold event the sentence tells, ``none``, or ``AMBIGUOUS`` (a gold event the
    rules found from another sentence, another year, or two types)."""
    said = norm(ds.sentence.text)
    told = [n for n, item in enumerate(items) if any(q in said for q in evidence(item))]
    if not told:
        return em.NONE
    if any(n in found for n in told):
        return AMBIGUOUS
    kinds = {items[n]["type"] for n in told}
    if len(kinds) != 1 or any(str(items[n].get("date", ""))[:4] != str(ds.date.year) for n in told):
        return AMBIGUOUS
    kind = kinds.pop()
    return kind if kind in known else AMBIGUOUS


def articles(gold_dir: Path):
    """(gold file, its events block, the parsed article) of each gold article with events."""
    for gold_file, doc in load_gold(gold_dir):
        block = doc.get("events")
        if not isinstance(block, dict) or block.get("extractor", "history") != "history":
            continue
        yield gold_file, block, parse_article(read_wiki_file(article_path(gold_file, doc)))


def _predictions(article, found: list[history.Found], scope) -> list:
    """The found events as ``kg eval`` scores them: predictions in the gold's scope."""
    company = company_names(article)
    facts = [Fact(article.title, "significantEvent", f.event,
                  replace(narrative.sentence_provenance(article, f.ds.sentence, history.NAME),
                          confidence=f.confidence(company))) for f in found]
    return [p for p in events_from_facts(facts, history.NAME) if in_scope(p.section, scope)]


def samples(gold_dir: Path, known: tuple[str, ...]) -> list[dict]:
    """The gated sentences of one gold set's articles: features and class."""
    out = []
    for _, block, article in articles(gold_dir):
        items, scope = block["items"], block.get("scope")
        ruled = _predictions(article, history.found_events(article, None, 2.0), scope)
        pairs = ev_match.match(ruled, items, strict=False)
        found = [] if ALL_SENTENCES else history.rule_events(article)
        for ds, feats in history.model_candidates(found, narrative.dated_sentences(article), company_names(article)):
            if in_scope(ds.sentence.section, scope):
                # a gold event the rules read from another sentence: this one need not tell it again
                elsewhere = {g for g, p in pairs if ruled[p].sentence != ds.sentence.text}
                out.append({"x": feats, "y": label(items, ds, known, elsewhere)})
    return out


def fit(rows: list[dict], known: tuple[str, ...], l2: float, min_count: int, steps: int = 400) -> em.Model:
    """Weights of a softmax regression on the rows (``softmax_fit.fit_softmax``)."""
    rows = [r for r in rows if r["y"] != AMBIGUOUS]
    return known, fit_softmax(rows, known, l2, min_count, steps)


def _true_positives(preds, items) -> int:
    return len(ev_match.match(preds, items, strict=False))


def check(gold_dir: Path, weights: em.Model, thresholds: list[float]) -> list[tuple[int, int, int]]:
    """For each threshold: (events added, right, gold events) on one gold set."""
    out = [[0, 0, 0] for _ in thresholds]
    for _, block, article in articles(gold_dir):
        items, scope = block["items"], block.get("scope")
        base = len(ev_match.match(_predictions(article, history.found_events(article, None, 2.0), scope), items,
                                  strict=False))
        for n, threshold in enumerate(thresholds):
            found = history.found_events(article, weights, threshold)
            gained = len(ev_match.match(_predictions(article, found, scope), items, strict=False)) - base
            out[n][0] += len(_predictions(article, [f for f in found if f.cue == "model"], scope))
            out[n][1] += gained
            out[n][2] += len(items)
    return [tuple(row) for row in out]


def write(weights: em.Model, sets: list[str], l2: float, min_count: int) -> None:
    known, table = weights
    write_table(OUT, ["Weights of the learned event reader (kg/extractors/event_model.py): a softmax regression",
                      "over the features of a dated history sentence the rules read no event from. Written by",
                      f"tools/fit_event_model.py (--l2 {l2} --min-count {min_count}), fitted on {', '.join(sets)};",
                      "refit rather than edit (docs/history.md). Columns: feature, then its weight for each class."],
                known, table)


def main() -> int:
    ap = fit_parser(__doc__.splitlines()[0], SETS, str(OUT.relative_to(ROOT)))
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8, 0.9])
    args = ap.parse_args()
    known = classes()
    data = {s: samples(ROOT / s if not Path(s).is_absolute() else Path(s), known) for s in args.sets}
    print("samples: " + ", ".join(f"{s} {len(rows)} ({sum(r['y'] not in (em.NONE, AMBIGUOUS) for r in rows)} events)"
                                  for s, rows in data.items()), file=sys.stderr)
    totals = {t: [0, 0, 0] for t in args.thresholds}
    if not args.no_check:
        print(f"{'left out':34} {'threshold':>9} {'added':>5} {'right':>5} {'precision':>9} {'recall gained':>13}")
        for held in args.sets:
            weights = fit([r for s in args.sets if s != held for r in data[s]], known, args.l2, args.min_count)
            for t, (added, right, total) in zip(args.thresholds, check(ROOT / held, weights, args.thresholds),
                                                strict=True):
                totals[t] = [a + b for a, b in zip(totals[t], (added, right, total), strict=True)]
                print(f"{held:34} {t:9.2f} {added:5} {right:5} {right / max(1, added):9.3f} {right / max(1, total):13.3f}")
        for t, (added, right, total) in totals.items():
            print(f"{'all sets':34} {t:9.2f} {added:5} {right:5} {right / max(1, added):9.3f} {right / max(1, total):13.3f}")
    if args.write:
        write(fit([r for s in args.sets for r in data[s]], known, args.l2, args.min_count), args.sets, args.l2,
              args.min_count)
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
