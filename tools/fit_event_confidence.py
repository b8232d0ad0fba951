"""Fit the confidence model of history events (kg/extractors/event_confidence.py) on the gold.

    python tools/fit_event_confidence.py                 # fit on every set, print the scores and the check
    python tools/fit_event_confidence.py --write         # ... and write kg/data/event_confidence.tsv (the shipped weights)
    python tools/fit_event_confidence.py --check         # also leave out each of the other sets
    python tools/fit_event_confidence.py --set blind11=DIR --record blind11   # keep a new set's first sight

Every event the extractor finds in the annotated part of a gold article is a row: its evidence
(``Evidence``) and whether it matches a gold item (lenient, as ``kg eval`` counts). The sets are
the development gold (tests/gold, heldout, unseen, blind2 ... blind35, the synthetic set, and any
folder given with ``--set NAME=DIR``) and the first-sight records ``tools/data/NAME_first_sight.tsv``: the
events the extractor found on set NAME before any rule was written from it, with their labels,
which is what the extractor does on text it has not seen (its errors are the model's best
evidence of what goes wrong there); ``--record NAME`` writes one. Since round 15 the weights are
fitted on the first-sight records alone (``TUNED``, the weight of a tuned set's event against a
record's, is 0; ``--all-sets`` adds the tuned sets at 1, as until round 14); every set is still
scored. The model is a logistic regression whose weights start from a prior written for each
feature (``PRIOR``, with its reason) and move as far as the labels pull them (a Gaussian prior of
spread ``SIGMA``; Newton's method, the routine shared with tools/fit_confidence.py in
tools/confidence_fit.py). The headline is the leave-one-set-out check of blind4 ... blind35: fitted
without each in turn (and its first-sight record), the precision of the left-out set's events at
confidence >= 0.8 and how many reach 0.8, per set and pooled, on the set as the extractor reads it
now and on its first-sight record; ``--check`` leaves out each of the other sets too.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from dataclasses import fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import confidence_fit  # noqa: E402  (the fit and the leave-one-set-out table, shared with fit_confidence.py)

from kg.evaluation import events  # noqa: E402
from kg.evaluation.gold import article_path, in_scope, load_gold  # noqa: E402
from kg.evaluation.predictions import events_from_facts  # noqa: E402
from kg.extractors import history  # noqa: E402
from kg.extractors.event_confidence import FEATURES, Evidence, features, sentence_evidence  # noqa: E402
from kg.extractors.event_cues import opens_with_company, rival_types  # noqa: E402
from kg.sources.files import read_wiki_file  # noqa: E402
from kg.text.mentions import company_names  # noqa: E402
from kg.text.parse import parse_article  # noqa: E402

SETS = {
    "tuning": ROOT / "tests/gold",
    "heldout": ROOT / "tests/gold/heldout",
    "unseen": ROOT / "tests/gold/unseen",
    "blind2": ROOT / "tests/gold/blind2",
    "blind2_holdout": ROOT / "tests/gold/blind2_holdout",
    **{f"blind{n}": ROOT / f"tests/gold/blind{n}" for n in range(3, 36)},
    "synthetic": ROOT / "../shared/corpus/synthetic/gold",
}
CHECKED = tuple(f"blind{n}" for n in range(4, 36))  # the sets of the headline check (each had a first sight)
FIRST_SIGHT = ROOT / "tools/data"  # NAME_first_sight.tsv: a set's events as first extracted, with labels
TABLE = ROOT / "kg/data/event_confidence.tsv"
WRONG = 4.5  # (3.0 until round 15: with the fit on first-sight records alone, 4.5 holds best left out) a wrong event counts as this many right ones: a wrong fact costs a user more than a missing one (2 until round 13)
# (3.0 until round 11; with the first-sight records of blind5-blind10 in the fit, 2.0 keeps more
# events at 0.8 at no less precision in the leave-one-set-out check: docs/history.md)
# Round 15: the weights are fitted on the first-sight records alone. The sets as the extractor
# reads them now were tuned on (nearly all their events are right, and the rules were written to
# make them so): they taught the model that a narrow trigger is almost never wrong, which does not
# hold on new text. Fitted on the records with blind4-blind16 left out in turn, the first-sight
# precision at 0.8 pooled is 0.976 of 294 against 0.931 of 974 when the tuned sets join the fit
# (docs/history.md, "Round 15"); the tuned sets are still scored.
# Round 16: a weight per event (as TUNED of fit_confidence.py) instead of a switch: 0.0 is the
# fit on the records alone (FIT_ON_RECORDS = True until round 16), 1.0 the tuned sets alike.
TUNED = 0.0
# The Newton step is damped as the text facts' (tools/confidence_fit.py; undamped until round 16):
# a plain step converged on these data, and the damped one gives the same weights to the 4th decimal
# and the same leave-one-set-out table (docs/history.md, "Round 16"); --no-damped for the plain step.
DAMPED = True
SIGMA = 0.3  # the spread of the prior around each weight of PRIOR (log-odds); 0.5 until round 11 (with
# the records of blind5-blind10 the labels pull harder: 0.3 keeps the weights nearer their reasons)
# The prior weights (log-odds), each with its reason: what a reader of the evidence would
# expect before counting. A clean event (a trigger in a History section, its date written in the
# clause, the company as the subject) starts at logit 2.2 (0.9); each step of inference costs.
PRIOR: dict[str, tuple[float, str]] = {
    "bias": (2.2, "a trigger of a medium type (prior 0.85) in a History section, the date in its clause,"
                  " the company named, a party linked"),
    "prior": (1.0, "per 0.1 of the type row's prior: narrow triggers are rarely wrong"),
    "list_item": (-0.4, "a bullet or row is terse: no verb to check the subject"),
    "told_twice": (1.0, "two sentences tell it"),
    "ellipsis": (-1.0, "no trigger of its own: the type is repeated from the clause before"),
    "ranged": (-0.8, "dated by a range: the event's own date is unknown"),
    "announced": (-1.0, "a decision told ahead of the event"),
    "means": (-1.0, "the trigger tells how another event came about"),
    "object": (0.0, "the company bought or sold: as strong as a trigger"),
    "unlinked": (0.0, "no party linked to its page: no reason to expect either way"),
    "unnamed": (-0.5, "the sentence neither names the company nor opens with it: whose event?"),
    "long_sentence": (-0.3, "a long sentence holds more clauses to confuse"),
    "derived": (-1.0, "the type was inferred from another event"),
    "rivals": (-0.3, "the sentence also holds another type's trigger: two kinds of thing told at once"),
    "hedged": (-0.5, "the sentence tells a plan, a report or a thing undone: the event may not have happened"),
    "retold": (-0.3, "a past perfect steps back in time: the sentence retells, its date may be another clause's"),
    "subordinate": (-0.3, "the sentence opens with a subordinate clause: its date may belong to the background"),
    "legal_form": (0.0, "a rename told by a change of legal form: no reason to doubt it since round 16 settled it as a rename"),
    "listed": (-1.0, "a sale or purchase of shares told with the listing of the company's shares on an exchange: most often the listing itself"),
    "opens_other": (-0.2, "the sentence opens with another party than the company: the event may be that party's"),
    "type_acquisition": (0.0, "broad: 'bought', 'acquired' also tell other parties' deals"),
    "type_expansion": (0.0, "broad: 'opened' also tells other openings"),
    "type_founding": (0.0, "broad: 'established', 'founded' also tell units and predecessors"),
    "type_partnership": (0.0, "broad: 'agreement', 'contract' in many senses"),
    "type_product_launch": (0.0, "broad: 'launched', 'introduced'"),
    "type_divestiture": (0.0, "broad: 'sold', 'closed'"),
    "section_lead": (-1.0, "the lead summarises: dates and events are compressed"),
    "section_lead_alone": (-0.3, "the lead of an article without a history section: its only telling, though terse"),
    "section_other": (-0.8, "outside the history sections"),
    "section_controversy": (-0.3, "a controversy section: the controversy extractor's ground"),
    "date_relative": (-0.5, "resolved against the running context"),
    "date_sentence": (-0.6, "taken from another clause of the sentence"),
    "date_heading": (-1.0, "only the year of the heading"),
    "date_carried": (-1.2, "carried from the sentence before"),
    "date_range": (-0.8, "the ends of a range of years"),
    "date_table": (-0.6, "a table row: its company and date cells only"),
    "date_parenthesis": (-0.4, "a year in parentheses after a name"),
}

Row = tuple[str, Evidence, bool]  # (set, evidence, right)


def _labelled(article, block: dict) -> list[tuple[history.Found, bool]]:
    """The events found in the annotated part of an article, each with whether it matches a
    gold item (lenient, as ``kg eval`` counts)."""
    found = history.found_events(article)
    preds = events_from_facts(list(history.extract(article)), "history")
    keep = [i for i, p in enumerate(preds) if in_scope(p.section, block.get("scope"))]
    right = {keep[p] for _, p in events.match([preds[i] for i in keep], block["items"], False)}
    return [(found[i], i in right) for i in keep]


def _set_events(folder: Path):
    """(article title, event, its evidence, right) for every history gold article of a set."""
    for gold_file, doc in load_gold(folder):
        block = doc.get("events")
        if not isinstance(block, dict) or block.get("extractor", "history") != "history":
            continue
        article = parse_article(read_wiki_file(article_path(gold_file, doc)))
        company = company_names(article)
        for f, right in _labelled(article, block):
            yield doc["article"], f, f.evidence(company), right


def collect(name: str, folder: Path) -> list[Row]:
    """The events of one gold set with their evidence and label."""
    return [(name, e, right) for _, _, e, right in _set_events(folder)]


def first_sight(folder: Path = FIRST_SIGHT, sets: dict[str, Path] | None = None) -> dict[str, list[Row]]:
    """The recorded first-sight rows (tools/data/NAME_first_sight.tsv), by set ("NAME-first-sight").
    A record without ``subject_self`` (blind2's, older than that field) has it read again from
    its sentence with the names of the company in set NAME's gold (``sets``)."""
    kinds = {f.name: f.type for f in fields(Evidence)}
    sets = SETS if sets is None else sets
    out: dict[str, list[Row]] = {}
    for path in sorted(folder.glob("*_first_sight.tsv")):
        name = path.name.removesuffix("_first_sight.tsv")
        names: dict[str, frozenset[str]] | None = None
        rows = out.setdefault(f"{name}-first-sight", [])
        with path.open(encoding="utf-8") as fh:
            for rec in csv.DictReader(fh, delimiter="\t"):
                values = {}
                for field_, kind in kinds.items():
                    if field_ not in rec:
                        continue
                    raw = rec[field_]
                    values[field_] = int(raw) if kind == "int" else bool(int(raw)) if kind == "bool" else raw
                if "subject_self" not in rec:
                    if names is None:
                        names = {doc["article"]: company_names(parse_article(read_wiki_file(article_path(g, doc))))
                                 for g, doc in load_gold(sets[name])}
                    values["subject_self"] = opens_with_company(rec["sentence"], names[rec["article"]])
                if "rivals" not in rec:  # a record older than the field: read again from its sentence
                    values["rivals"] = values["cue"] != "table" and rival_types(rec["sentence"], values["kind"])
                # the evidence of the sentence's words is read again (a new feature applies to old records)
                values.update(sentence_evidence(rec["sentence"]))
                rows.append((rec["set"], Evidence(**values), rec["right"] == "1"))
    return out


def record_first_sight(name: str, folder: Path, out: Path = FIRST_SIGHT) -> Path:
    """Write the events the extractor finds now on set ``name`` (``folder``), with their evidence
    and labels, to tools/data/NAME_first_sight.tsv: taken when a set first becomes development
    data, before any rule is written from it, it keeps its errors on unseen text for the fit."""
    columns = [f.name for f in fields(Evidence)]
    path = out / f"{name}_first_sight.tsv"
    lines = ["\t".join(["set", "article", *columns, "right", "sentence"])]
    for title, f, e, right in _set_events(folder):
        cells = [str(int(v)) if isinstance(v, bool) else str(v) for v in (getattr(e, c) for c in columns)]
        lines.append("\t".join([f"{name}-first-sight", title, *cells, str(int(right)),
                                " ".join(f.ds.sentence.text.split())]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def fit(rows: list[Row], sigma: float = SIGMA, steps: int = 50, wrong: float | None = None,
        tuned: float | None = None, damped: bool | None = None) -> dict[str, float]:
    """The weights of highest posterior: the labels' log-likelihood plus a Gaussian prior of
    spread ``sigma`` around ``PRIOR`` (Newton's method, tools/confidence_fit.py). A wrong event
    weighs ``wrong`` right ones (``WRONG``), an event of a tuned set ``tuned`` times an event of a
    first-sight record (``TUNED``; 0: the records alone)."""
    wrong = WRONG if wrong is None else wrong
    names = list(FEATURES)
    examples = []
    for name, e, right in rows:
        c = confidence_fit.cost(right, wrong, _scale(name, tuned))
        if c > 0:
            x = features(e)
            examples.append(([(j, float(x[n])) for j, n in enumerate(names) if x[n]], 1.0 if right else 0.0, 0.0, c))
    w = confidence_fit.newton(examples, [PRIOR[n][0] for n in names], 1 / sigma**2, steps, tol=1e-8,
                              damped=DAMPED if damped is None else damped)
    return {n: round(wj, 4) for n, wj in zip(names, w, strict=True)}


def _scale(name: str, tuned: float | None = None) -> float:
    """The weight of an event of set ``name`` in the fit: 1 for a first-sight record, ``tuned``
    (``TUNED``) for a tuned set as the extractor reads it now."""
    return 1.0 if name.endswith("-first-sight") else TUNED if tuned is None else tuned


def confidence(e: Evidence, w: dict[str, float]) -> float:
    z = sum(w[n] * x for n, x in features(e).items() if x)
    p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
    return round(min(0.99, max(0.05, p)), 2)


def report(rows: list[Row], w: dict[str, float], label: str) -> str:
    """Precision at >= 0.8 (events kept), and the share of right events at >= 0.8."""
    kept = [right for _, e, right in rows if confidence(e, w) >= 0.8]
    right = sum(1 for _, _, r in rows if r)
    p = sum(kept) / len(kept) if kept else float("nan")
    return (f"{label:34} events {len(rows):4}  precision {sum(1 for *_, r in rows if r) / max(1, len(rows)):.3f}"
            f"  at >= 0.8: {p:.3f} of {len(kept):4}  right events >= 0.8: {sum(kept)} of {right}")


def _at(rows: list[Row], w: dict[str, float]) -> tuple[int, int]:
    """How many events reach confidence 0.8, and how many of them are right."""
    return confidence_fit.at(((e, right) for _, e, right in rows), lambda e: confidence(e, w))


def write(w: dict[str, float], rows: list[Row]) -> None:
    sets = sorted({s for s, _, _ in rows})
    lines = [
        "# Weights of the confidence model of history events (kg/extractors/event_confidence.py):",
        "# confidence = 1 / (1 + exp(-sum(weight * feature))). Written by tools/fit_event_confidence.py",
        f"# --write from {len(rows)} labelled events of the sets {', '.join(sets)}; do not edit by hand.",
        "feature\tweight",
    ]
    lines[-1] = "feature\tweight\tprior\twhy the prior"
    lines.extend(f"{n}\t{w[n]}\t{PRIOR[n][0]}\t{PRIOR[n][1]}" for n in FEATURES)
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write kg/data/event_confidence.tsv")
    parser.add_argument("--check", action="store_true", help="fit without each group of sets, score it")
    parser.add_argument("--record", metavar="NAME",
                        help="write tools/data/NAME_first_sight.tsv from set NAME as the extractor reads it now, and stop")
    parser.add_argument("--wrong", type=float, default=None,
                        help="the weight of a wrong event against a right one (default: WRONG, 4.5 since round 15; 3 in rounds 13-14"
                             " better on blind4-blind14 left out than 2, and keeps fewer events at 0.8; docs/history.md)")
    parser.add_argument("--all-sets", action="store_true",
                        help="fit on the tuned sets as read now too, not only on the first-sight records (as until round 15)")
    parser.add_argument("--tuned", type=float, default=None,
                        help="the weight of a tuned set's event against a first-sight record's (default: TUNED, 0: the records alone)")
    parser.add_argument("--damped", action=argparse.BooleanOptionalAction, default=None,
                        help="halve each Newton step until the penalised likelihood does not fall (default: DAMPED)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=DIR",
                        help="another gold folder to fit on (synthetic=DIR for the shipped weights)")
    args = parser.parse_args(argv)
    if args.wrong is not None:
        global WRONG
        WRONG = args.wrong
    sets = dict(SETS)
    for spec in args.set:
        name, sep, folder = spec.partition("=")
        if not sep or not Path(folder).is_dir():
            parser.error(f"--set {spec}: expected NAME=DIR with DIR a folder of gold files")
        sets[name] = Path(folder)
    if args.record:
        if args.record not in sets:
            parser.error(f"--record {args.record}: not a set (give it with --set {args.record}=DIR)")
        print(record_first_sight(args.record, sets[args.record]))
        return 0
    by_set = {name: collect(name, folder) for name, folder in sets.items() if folder.is_dir()}
    by_set.update(first_sight(sets=sets))
    everything = [r for rows in by_set.values() for r in rows]
    tuned = 1.0 if args.all_sets else TUNED if args.tuned is None else args.tuned
    fitted = [r for r in everything if _scale(r[0], tuned) > 0]
    w = fit(fitted, tuned=tuned, damped=args.damped)
    print("weights:", ", ".join(f"{n} {v:+.2f}" for n, v in w.items()))
    for name, rows in by_set.items():
        print(report(rows, w, f"{name} (fitted on all)"))
    # leave one set out: fit on the others, score the one left out (a set and its first-sight
    # record are left out together); the headline: blind4 ... blind35, pooled
    groups: dict[str, tuple[str, ...]] = {}
    for name in by_set:
        groups.setdefault(name.removesuffix("-first-sight"), ())
        groups[name.removesuffix("-first-sight")] += (name,)

    def fit_without(label: str) -> dict[str, float]:
        return fit([r for r in fitted if r[0] not in groups[label]], tuned=tuned, damped=args.damped)

    def score(label: str, w_out: dict[str, float]) -> confidence_fit.LeftOut | None:
        if args.check:
            for name in groups[label]:
                print(report(by_set[name], w_out, f"{name} (fitted without {label})"))
        if label not in CHECKED:
            return None
        return (label, *_at(by_set.get(label, []), w_out), *_at(by_set.get(f"{label}-first-sight", []), w_out))

    headline = confidence_fit.leave_one_out([g for g in groups if g in CHECKED or args.check], fit_without, score)
    print("each set left out (fitted on the other sets and records, scored on it):")
    print("\n".join(confidence_fit.table(headline)))
    if args.write:
        write(w, fitted)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
