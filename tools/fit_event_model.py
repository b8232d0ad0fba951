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
from dataclasses import dataclass, replace
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

SETS = ("tests/gold", "tests/gold/heldout", "tests/gold/unseen", "../shared/corpus/synthetic/gold",
        "tests/gold/blind2", "tests/gold/blind2_holdout", *(f"tests/gold/blind{n}" for n in range(3, 24)))
# the sets whose pooled left-out precision decides whether the reader is turned on
DECIDING = tuple(f"tests/gold/blind{n}" for n in range(4, 24))
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


@dataclass
class Case:
    """One gold article, read once: its gold events and scope, the rules' events (before repeats
    are merged), the gated sentences with their features and class, and the rules' true positives."""

    items: list[dict]
    scope: object
    article: object
    ruled: list
    company: frozenset[str]
    gated: list[tuple[narrative.DatedSentence, set[str], str]]
    base: int


def cases(gold_dir: Path, known: tuple[str, ...]) -> list[Case]:
    """The articles of one gold set with events, each read once."""
    out = []
    for _, block, article in articles(gold_dir):
        items, scope = block["items"], block.get("scope")
        found, dated, company = history._rule_events(article)
        ruled = _predictions(article, history.merge(list(found)), scope)
        pairs = ev_match.match(ruled, items, strict=False)
        gated = []
        for ds, feats in history.model_candidates([] if ALL_SENTENCES else found, dated, company):
            if in_scope(ds.sentence.section, scope):
                # a gold event the rules read from another sentence: this one need not tell it again
                elsewhere = {g for g, p in pairs if ruled[p].sentence != ds.sentence.text}
                gated.append((ds, feats, label(items, ds, known, elsewhere)))
        told = {id(f.ds.sentence) for f in found}
        # what the extractor asks the reader about: the gated sentences the rules read nothing from
        gated = [(ds, feats, y, id(ds.sentence) not in told) for ds, feats, y in gated]
        out.append(Case(items, scope, article, found, company, gated, len(pairs)))
    return out


def samples(data: list[Case], restrict: bool = False) -> list[dict]:
    """The gated sentences of the cases as training rows (``restrict``: only those the rules left)."""
    return [{"x": feats, "y": y} for c in data for _, feats, y, asked in c.gated if asked or not restrict]


def fit(rows: list[dict], known: tuple[str, ...], l2: float, min_count: int, steps: int = 400) -> em.Model:
    """Weights of a softmax regression on the rows (``softmax_fit.fit_softmax``)."""
    rows = [r for r in rows if r["y"] != AMBIGUOUS]
    return known, fit_softmax(rows, known, l2, min_count, steps)


def _tp(case: Case, found: list) -> int:
    return len(ev_match.match(_predictions(case.article, history.merge(found), case.scope), case.items, strict=False))


def check(data: list[Case], weights: em.Model, thresholds: list[float], types: set[str] | None = None
          ) -> tuple[list[tuple[int, int, int]], dict[str, list[int]]]:
    """For each threshold: (events added, right, gold events) on one gold set; and for the lowest
    threshold, per type, [events added, right] (each type's events added alone)."""
    out = [[0, 0, 0] for _ in thresholds]
    by_type: dict[str, list[int]] = {}
    for case in data:
        reads = []
        for ds, feats, _, asked in case.gated:
            if asked:
                cls, p = em.read(feats, weights)
                if cls != em.NONE and (types is None or cls in types):
                    reads.append((p, history._model_event(ds, cls, p, case.article, case.company)))
        for n, threshold in enumerate(thresholds):
            extra = [f for p, f in reads if p >= threshold]
            merged = history.merge(case.ruled + extra)
            preds = len(ev_match.match(_predictions(case.article, merged, case.scope), case.items, strict=False))
            out[n][0] += len(_predictions(case.article, [f for f in merged if f.cue == "model"], case.scope))
            out[n][1] += preds - case.base
            out[n][2] += len(case.items)
        for kind in {f.kind for p, f in reads if p >= thresholds[0]}:
            extra = [f for p, f in reads if p >= thresholds[0] and f.kind == kind]
            merged = history.merge(case.ruled + extra)
            row = by_type.setdefault(kind, [0, 0])
            row[0] += len(_predictions(case.article, [f for f in merged if f.cue == "model"], case.scope))
            row[1] += _tp(case, case.ruled + extra) - case.base
    return [tuple(row) for row in out], by_type


def write(weights: em.Model, sets: list[str], l2: float, min_count: int) -> None:
    known, table = weights
    write_table(OUT, ["Weights of the learned event reader (kg/extractors/event_model.py): a softmax regression",
                      "over the features of a dated history sentence the rules read no event from. Written by",
                      f"tools/fit_event_model.py (--l2 {l2} --min-count {min_count}), fitted on {', '.join(sets)};",
                      "refit rather than edit (docs/history.md). Columns: feature, then its weight for each class."],
                known, table)


def main() -> int:
    ap = fit_parser(__doc__.splitlines()[0], SETS, str(OUT.relative_to(ROOT)))
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8, 0.9, 0.95])
    ap.add_argument("--types", nargs="+", help="the types the reader may add (default: all)")
    ap.add_argument("--plain", action="store_true", help="without the clause-shape features (em.EXTRA off)")
    ap.add_argument("--restrict", action="store_true", help="learn only from the sentences the rules left")
    args = ap.parse_args()
    if args.plain:
        em.EXTRA = False
    known = classes()
    types = set(args.types) if args.types else None
    data = {s: cases(ROOT / s if not Path(s).is_absolute() else Path(s), known) for s in args.sets}
    rows = {s: samples(c, args.restrict) for s, c in data.items()}
    print("samples: " + ", ".join(f"{s} {len(r)} ({sum(x['y'] not in (em.NONE, AMBIGUOUS) for x in r)} events)"
                                  for s, r in rows.items()), file=sys.stderr)
    totals = {t: [0, 0, 0] for t in args.thresholds}
    deciding = {t: [0, 0, 0] for t in args.thresholds}
    types_total: dict[str, list[int]] = {}
    if not args.no_check:
        print(f"{'left out':34} {'threshold':>9} {'added':>5} {'right':>5} {'wrong':>5} {'precision':>9} "
              f"{'recall gained':>13}")
        for held in args.sets:
            weights = fit([r for s in args.sets if s != held for r in rows[s]], known, args.l2, args.min_count)
            result, by_type = check(data[held], weights, args.thresholds, types)
            for kind, (added, right) in by_type.items():
                row = types_total.setdefault(kind, [0, 0])
                row[0], row[1] = row[0] + added, row[1] + right
            for t, (added, right, total) in zip(args.thresholds, result, strict=True):
                totals[t] = [a + b for a, b in zip(totals[t], (added, right, total), strict=True)]
                if held in DECIDING:
                    deciding[t] = [a + b for a, b in zip(deciding[t], (added, right, total), strict=True)]
                print(f"{held:34} {t:9.2f} {added:5} {right:5} {added - right:5} {right / max(1, added):9.3f} "
                      f"{right / max(1, total):13.3f}", flush=True)
        for name, pooled in (("all sets", totals), ("blind4 ... blind23", deciding)):
            for t, (added, right, total) in pooled.items():
                print(f"{name:34} {t:9.2f} {added:5} {right:5} {added - right:5} {right / max(1, added):9.3f} "
                      f"{right / max(1, total):13.3f}")
        print(f"per type, left out, at {args.thresholds[0]} (added, right):")
        for kind, (added, right) in sorted(types_total.items(), key=lambda kv: -kv[1][1]):
            print(f"  {kind:28} {added:4} {right:4}")
    if args.write:
        write(fit([r for s in args.sets for r in rows[s]], known, args.l2, args.min_count), args.sets, args.l2,
              args.min_count)
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
