"""Fit the confidence model of relations and controversies on gold sets, and check it on others.

The model (``kg/extractors/text_confidence.py``) is a logistic regression over the evidence
features each extractor gives a fact (``relations.evidence``, ``controversies.evidence``). This
script runs the two extractors on the articles of the gold sets, labels each fact right or
wrong against the gold (lenient matching, as ``kg eval``; a second statement of a relation the
gold holds once is right too -- the same counterparty in the same family, in another sentence --
and so is a second controversy from one of its quotes), fits
the weights (L2-regularised, plain gradient descent), and prints, for every set, the precision
of the facts at confidence >= 0.8 and the share of right facts there -- for the weights fitted
on all the sets and, set by set, for the weights fitted on the other sets only.

    .venv/bin/python tools/fit_confidence.py                       # the gold sets of the repository
    .venv/bin/python tools/fit_confidence.py --sets tests/gold/relations tests/gold/blind2 ../extra/gold
    .venv/bin/python tools/fit_confidence.py --write               # write kg/data/confidence_weights.tsv
    .venv/bin/python tools/fit_confidence.py --models controversies --write   # refit one model, keep the other's weights
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluation.gold import article_path, in_scope, load_gold, norm  # noqa: E402
from kg.evaluation.predictions import PREDICTIONS  # noqa: E402
from kg.evaluation.relations import family, match, matches  # noqa: E402
from kg.extractors import controversies, relations  # noqa: E402
from kg.extractors.text_confidence import MODELS, probability  # noqa: E402
from kg.sources.files import read_wiki_file  # noqa: E402
from kg.text.parse import parse_article  # noqa: E402

DEFAULT_SETS = ("tests/gold/relations", "tests/gold/blind2", "tests/gold/blind2_holdout", "tests/gold/blind3",
                "tests/gold/blind4", "tests/gold/blind5", "tests/gold/blind6", "tests/gold/blind7",
                "../shared/corpus/synthetic/gold")
EXTRACT = {"relations": relations.extract_with_evidence, "controversies": controversies.extract_with_evidence}
THRESHOLD = 0.8
AGAIN = "told.again"
WEIGHTS = ROOT / "kg" / "data" / "confidence_weights.tsv"
PRIORS = ROOT / "kg" / "data" / "confidence_priors.tsv"

Sample = tuple[frozenset[str], bool]  # (evidence features, right)


def samples(gold_dir: Path, repeats_right: bool = True, strict: bool = False,
            models: tuple[str, ...] = MODELS) -> dict[str, list[Sample]]:
    """The facts of both extractors on the articles of one gold set, labelled right or wrong
    (a repeat of a matched gold item is right unless ``repeats_right`` is false, as in ``kg eval``)."""
    out: dict[str, list[Sample]] = {m: [] for m in MODELS}
    for gold_file, doc in load_gold(gold_dir):
        blocks = [b for b in models if isinstance(doc.get(b), dict)]
        if not blocks:
            continue
        article = parse_article(read_wiki_file(article_path(gold_file, doc)))
        for block in blocks:
            items, scope = doc[block]["items"], doc[block].get("scope")
            # the learned reader's relations ("cue.model") take its probability as their confidence
            found = [(f, ev) for f, ev in EXTRACT[block](article)
                     if in_scope(f.provenance.section, scope) and "cue.model" not in ev]
            # one prediction per fact (the relations' predictions merge a relation told twice)
            preds = [pred for f, _ in found for pred in PREDICTIONS[block]([f], block)]
            pairs = match(block, preds, items, strict=strict)
            matched = {p for _, p in pairs}
            taken = [items[g] for g, _ in pairs]
            for p, (pred, (_, features)) in enumerate(zip(preds, found, strict=True)):
                right = p in matched or (repeats_right and any(_same(block, pred, item, strict) for item in taken))
                out[block].append((features, right))
    return out


def priors(model: str) -> dict[str, float]:
    """The prior weights of ``kg/data/confidence_priors.tsv`` (model, feature, prior, why)."""
    rows = [line.split("\t") for line in PRIORS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")][1:]
    return {r[1]: float(r[2]) for r in rows if r[0] == model}


def _same(block: str, pred, item: dict, strict: bool) -> bool:
    """The prediction states what a gold item states, in another sentence: for a relation, the
    same counterparty and family (the gold quotes one or two of the sentences that tell it);
    for a controversy, one of its quotes."""
    if block == "relations":
        return norm(item["counterparty"]) in pred.participants and family(pred.type) == family(item["type"]) and (
            not strict or pred.type == item["type"])
    return matches(block, pred, item, strict)


def fit(data: list[Sample], prior: dict[str, float], l2: float = 30.0, fit_bias: bool = False,
        rounds: int = 3000, rate: float = 0.5) -> dict[str, float]:
    """Logistic regression: the weights that best predict ``right``, each pulled towards its
    prior by an L2 penalty (a Gaussian prior; a feature without a prior: 0). The bias stays at
    its prior unless ``fit_bias``: the development gold is text the cues were written from, and
    its share of right facts overstates what unseen text gives; the features' differences are
    what the gold can teach."""
    names = sorted({f for features, _ in data for f in features if f != AGAIN} | set(prior) | {"bias"})
    w = {f: prior.get(f, 0.0) for f in names}
    n = len(data)
    for _ in range(rounds):
        grad = dict.fromkeys(w, 0.0)
        for features, right in data:
            features = features - {AGAIN}  # not a feature of the model: a cap applied after it
            p = probability("", features, w)
            err = p - (1.0 if right else 0.0)
            grad["bias"] += err
            for f in features:
                grad[f] += err
        for f in w:
            if f != "bias" or fit_bias:
                w[f] -= rate * (grad[f] + l2 * (w[f] - prior.get(f, 0.0))) / n
    return {f: round(v, 3) for f, v in w.items()}


def _confidence(features: frozenset[str], weights: dict[str, float]) -> float:
    """The confidence the extractor gives: the model's probability, capped for a relation told
    again (``relations.TOLD_AGAIN``)."""
    p = round(probability("", features, weights), 2)
    return min(p, float(relations.TOLD_AGAIN)) if AGAIN in features else p


def check(data: list[Sample], weights: dict[str, float]) -> str:
    """Precision at confidence >= 0.8, how many facts are there, and the share of right facts there."""
    high = [right for features, right in data if _confidence(features, weights) >= THRESHOLD]
    rights = sum(right for _, right in data)
    if not high:
        return f"none of {len(data)} at >= {THRESHOLD}"
    precision = sum(high) / len(high)
    return (f"P {precision:.3f} of {len(high)} at >= {THRESHOLD} (all: {rights}/{len(data)} right; "
            f"{sum(high)}/{rights} of the right ones at >= {THRESHOLD})")


def current() -> dict[str, dict[str, float]]:
    """The weights of ``kg/data/confidence_weights.tsv`` as they are (model -> feature -> weight)."""
    rows = [line.split("\t") for line in WEIGHTS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")][1:]
    out: dict[str, dict[str, float]] = {m: {} for m in MODELS}
    for r in rows:
        out[r[0]][r[1]] = float(r[2])
    return out


def write(weights: dict[str, dict[str, float]], sets: list[str]) -> None:
    """Write the weights; a model not in ``weights`` keeps the weights it has in the file."""
    fitted = ", ".join(weights)
    kept = [m for m in MODELS if m not in weights]
    weights = {**current(), **weights}
    lines = [
        "# Weights of the confidence model of text facts (kg/extractors/text_confidence.py): a logistic",
        "# model over the evidence features an extractor gives each fact (relations.evidence,",
        "# controversies.evidence). Written by tools/fit_confidence.py; " + fitted + " fitted on",
        "# " + ", ".join(sets) + ("; " + ", ".join(kept) + " as fitted before" if kept else "") + ";",
        "# refit rather than edit (docs/relations.md). Columns: model, feature, weight.",
        "model\tfeature\tweight",
    ]
    for model in MODELS:
        table = weights[model]
        for f in ["bias", *sorted(k for k in table if k != "bias")]:
            lines.append(f"{model}\t{f}\t{table[f]}")
    WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS), help="gold folders (default: %(default)s)")
    parser.add_argument("--l2", type=float, default=30.0,
                        help="weight of the prior: L2 penalty towards it (default: %(default)s)")
    parser.add_argument("--eval-labels", action="store_true",
                        help="label a repeat of a matched gold item wrong, as kg eval counts it")
    parser.add_argument("--fit-bias", action="store_true", help="fit the bias too (default: it stays at its prior)")
    parser.add_argument("--strict", action="store_true", help="a fact is right only with the gold's type and date")
    parser.add_argument("--models", nargs="+", choices=MODELS, default=list(MODELS),
                        help="the models to fit (and write); the others keep their weights (default: all)")
    parser.add_argument("--write", action="store_true", help=f"write the weights fitted on all the sets to {WEIGHTS}")
    args = parser.parse_args(argv)
    data = {name: samples(ROOT / name if not Path(name).is_absolute() else Path(name), not args.eval_labels, args.strict,
                          tuple(args.models))
            for name in args.sets}
    fitted: dict[str, dict[str, float]] = {}
    for model in args.models:
        everything = [s for name in args.sets for s in data[name][model]]
        fitted[model] = fit(everything, priors(model), args.l2, args.fit_bias)
        print(f"== {model}: weights fitted on all {len(args.sets)} sets ({len(everything)} facts)")
        for f, v in sorted(fitted[model].items(), key=lambda kv: -abs(kv[1])):
            print(f"   {f:24} {v:+.3f}")
        for name in args.sets:
            print(f"   {name}: fitted on all: {check(data[name][model], fitted[model])}")
            others = [s for other in args.sets if other != name for s in data[other][model]]
            if others:
                print(f"   {name}: fitted on the others: {check(data[name][model], fit(others, priors(model), args.l2, args.fit_bias))}")
    if args.write:
        write(fitted, args.sets)
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
