"""How many gold relations name their counterparty without a link, and what happens to them.

For each gold relation of each set, the sentences that hold its evidence are read as the
extractors read them (``narrative.dated_sentences``). The counterparty is a *mention* there (a
link, or a name linked elsewhere in the article), *unlinked* (written as the gold names it, but
no mention) or *another name* (the gold names it otherwise: "DBS Bank" for "DBS"). For the
unlinked ones the extractor misses: whether ``mentions.OrganisationNames`` makes them a
candidate, and, with ``-v``, why the learned reader does not add them (a cue relates the
counterparty elsewhere, a section it does not read, or its best family and probability).

    .venv/bin/python tools/unlinked_counterparties.py tests/gold/blind5 tests/gold/blind6 tests/gold/blind7
    .venv/bin/python tools/unlinked_counterparties.py -v tests/gold/blind6
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluation.gold import article_path, evidence, load_gold, norm  # noqa: E402
from kg.evaluation.predictions import PREDICTIONS  # noqa: E402
from kg.evaluation.relations import match  # noqa: E402
from kg.extractors import relation_model as rm  # noqa: E402
from kg.extractors import relations  # noqa: E402
from kg.extractors.relation_names import company_names  # noqa: E402
from kg.sources.files import read_wiki_file  # noqa: E402
from kg.text.mentions import organisation_names  # noqa: E402
from kg.text.narrative import dated_sentences  # noqa: E402
from kg.text.parse import parse_article  # noqa: E402

COLUMNS = ("gold", "mention", "unlinked", "another name", "found", "missed", "missed, candidate")


def why(article, label: str, ruled: set[str]) -> str:
    """Why the reader does not add an unlinked candidate."""
    if label.lower() in ruled:
        return "a cue relates it elsewhere"
    reader, best = rm.Reader(), None
    for _, m, ctx in rm.candidates(article, company_names(article), unlinked=True):
        if m.entity.label == label:
            read = rm.best(reader.probabilities(ctx, m.start, m.end, bool(m.entity.title)))
            best = max(best or read, read, key=lambda fp: fp[1])
    return "in a sentence the reader skips (its section, or a plan or talks)" if best is None else f"read as {best[0]} at {best[1]:.2f}"


def count(gold_dir: Path, verbose: bool) -> dict[str, int]:
    out = dict.fromkeys(COLUMNS, 0)
    for gold_file, doc in load_gold(gold_dir):
        if not isinstance(doc.get("relations"), dict):
            continue
        article = parse_article(read_wiki_file(article_path(gold_file, doc)))
        items = doc["relations"]["items"]
        found = relations.rule_statements(article)
        ruled = {f.value.title or f.value.label.lower() for f, _, _ in found}
        preds = PREDICTIONS["relations"](list(relations.extract(article)), "relations")
        matched = {g for g, _ in match("relations", preds, items, strict=False)}
        dated, orgs = dated_sentences(article), organisation_names(article)
        for n, item in enumerate(items):
            out["gold"] += 1
            name, quotes = norm(item["counterparty"]), evidence(item)
            said = [ds for ds in dated if quotes and any(q in norm(ds.sentence.text) for q in quotes)]
            if any(name in {norm(m.entity.title or ""), norm(m.entity.label)} for ds in said for m in ds.mentions):
                out["mention"] += 1
                continue
            kind = "unlinked" if any(name in norm(ds.sentence.text) for ds in said) else "another name"
            out[kind] += 1
            if n in matched:
                out["found"] += 1
                continue
            out["missed"] += 1
            cands = {norm(m.entity.label): m.entity.label for ds in said
                     for m in orgs.find(ds.sentence.text, ds.mentions)}
            if kind == "unlinked" and name in cands:
                out["missed, candidate"] += 1
                if verbose:
                    print(f"  {gold_file.stem}: {item['counterparty']} ({item['type']}): {why(article, cands[name], ruled)}")
            elif verbose:
                print(f"  {gold_file.stem}: {item['counterparty']} ({item['type']}): {kind}, no candidate")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="gold folders")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the missed unlinked counterparties")
    args = ap.parse_args()
    print(" | ".join(("set", *COLUMNS)))
    for name in args.sets:
        counts = count(Path(name), args.verbose)
        print(" | ".join((name, *(str(counts[c]) for c in COLUMNS))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
