"""Score extractors against hand-made gold annotations (``tests/gold/*.json``).

A gold file holds one article and, per task, a block::

    {"article": "SenseTime", "source": "tests/fixtures/wikipedia/SenseTime.wiki",
     "events": {"extractor": "history", "scope": ["(lead)", "History"], "items": [...]}}

Each item has a ``type`` (a key of the event-type scheme), a ``date`` at the precision the
article gives ("2017", "2017-10", "2018-06-29"), optional ``participants`` (English Wikipedia
titles, or names for unlinked ones), an optional ``amount`` ({"value", "currency"}) and an
``evidence`` string (or list) quoted from the source sentence. A prediction matches an item
when its type is the same, its sentence contains the evidence and its date agrees: *strict*
at the gold's precision, *lenient* on the year. Items are matched one to one, as many pairs as
can be made (``kg.evaluation.scoring.one_to_one``). Predictions count only when their section lies in the block's ``scope`` (section
path prefixes; "(lead)" is the lead), the part of the article that was annotated in full.

Precision, recall and F1 are reported per block (extractor), per event type, strict and
lenient; participant recall and amount accuracy are measured on the lenient matches.
Other blocks (``relations``, ``controversies``) use the same item shape; a block whose
predictions are not events registers an adapter in ``PREDICTIONS``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.evaluation import events, profile, queries, relations
from kg.evaluation.gold import article_path, in_scope, load_gold
from kg.evaluation.predictions import PREDICTIONS, Prediction, events_from_facts
from kg.evaluation.scoring import Score, one_to_one, score_block
from kg.model import Fact
from kg.pipeline import Options, extract_page
from kg.sources.files import read_wiki_file


def score_gold(gold_path: str | Path, extractors: tuple[str, ...] | None,
               blocks_of: Callable[[dict], list[tuple[str, dict]]],
               predictions: Callable[[str, list[Fact], str], list[Prediction]],
               score_one: Callable[[Score, str, str, list[Prediction], list[dict]], None],
               through_queries: bool = False, graph: ox.Store | None = None,
               min_confidence: float | None = None) -> dict[str, Score]:
    """Run the extractors a gold file names on its article and score each block: ``blocks_of``
    picks the (name, block) pairs of a gold document, ``predictions(name, facts, extractor)``
    turns facts into predictions, ``score_one(score, name, article, preds, items)`` scores them.
    With ``through_queries`` the history events, relations and controversies are the rows of
    the bundled queries on the article's graph (``kg.evaluation.queries``), with no scope.
    With ``graph`` (a store holding what ``kg build`` wrote) nothing is extracted: every block
    is scored on the rows the bundled queries give for the article's title in that store.
    ``min_confidence`` keeps the facts ``kg build --min-confidence`` keeps (a graph is expected
    to be filtered already: ``kg.graph.query.drop_weak_statements``)."""
    scores: dict[str, Score] = {}
    for gold_file, doc in load_gold(Path(gold_path)):
        blocks = blocks_of(doc)
        wanted = tuple(dict.fromkeys(b.get("extractor", name) for name, b in blocks))
        if extractors is not None:
            wanted = tuple(e for e in wanted if e in extractors)
        if not wanted:
            continue
        if graph is not None:
            title = doc.get("article", gold_file.stem)
            for name, block in blocks:
                extractor = block.get("extractor", name)
                if extractor in wanted:
                    score = scores.setdefault(extractor, Score(extractor))
                    score_one(score, name, title, graph_predictions(graph, title, name, extractor), block["items"])
            continue
        page = read_wiki_file(article_path(gold_file, doc))
        options = Options(extractors=wanted, any_infobox=True, min_confidence=min_confidence)
        facts: list[Fact] | None = None
        store = None
        for name, block in blocks:
            extractor = block.get("extractor", name)
            if extractor not in wanted:
                continue
            if through_queries and name in queries.QUERY_OF_BLOCK and (name != "events" or extractor == "history"):
                if store is None:
                    store = queries.page_store(page, options)
                preds = queries.query_predictions(store, page.title, name, extractor)
            else:
                if facts is None:
                    _, _, facts = extract_page(page, options)
                preds = [p for p in predictions(name, facts, extractor) if in_scope(p.section, block.get("scope"))]
            score = scores.setdefault(extractor, Score(extractor))
            score_one(score, name, doc.get("article", gold_file.stem), preds, block["items"])
    return scores


def graph_predictions(graph: ox.Store, title: str, block: str, extractor: str) -> list[Prediction]:
    """The rows of the query behind a gold block for ``title`` in a built graph, as predictions
    (the ``profile`` query for a profile block, ``kg.evaluation.queries`` for the others)."""
    if block == profile.BLOCK:
        return profile.as_predictions(profile.store_rows(graph, title), extractor)
    if block in queries.QUERY_OF_BLOCK and (block != "events" or extractor == "history"):
        return queries.query_predictions(graph, title, block, extractor)
    return []


def missing_articles(graph: ox.Store, gold_paths: list[str | Path]) -> list[str]:
    """The gold articles of which the graph holds no profile row: not built into it, or under
    another title. Their facts all count as misses, so ``kg eval --graph`` names them."""
    titles = dict.fromkeys(doc.get("article", f.stem) for path in gold_paths for f, doc in load_gold(Path(path)))
    return [t for t in titles if not profile.store_rows(graph, t)]


def evaluate(gold_path: str | Path, extractors: tuple[str, ...] | None = None,
             through_queries: bool = False, graph: ox.Store | None = None,
             min_confidence: float | None = None) -> dict[str, Score]:
    """Scores per extractor over every gold file under ``gold_path``: event blocks here, and
    relations/controversies blocks (scored by their own rules, ``kg.evaluation.relations``) from
    ``gold_path/relations`` when it exists, else from ``gold_path`` itself. With ``graph``,
    the rows of the bundled queries on that store are scored (``score_gold``). With
    ``min_confidence`` only the text facts at that confidence or above count, as if extracted
    by ``kg build --min-confidence`` (infobox facts have no confidence and are always kept)."""
    scores = score_gold(
        gold_path, extractors,
        lambda doc: [(name, b) for name, b in doc.items()
                     if isinstance(b, dict) and "items" in b and name not in relations.BLOCKS and name != profile.BLOCK],
        lambda name, facts, extractor: PREDICTIONS.get(name, events_from_facts)(facts, extractor),
        lambda score, name, article, preds, items: score_block(
            score, article, preds, items, lambda strict: events.match(preds, items, strict)),
        through_queries, graph, min_confidence,
    )
    relations_gold = Path(gold_path) / "relations"
    scores.update(evaluate_relations(relations_gold if relations_gold.is_dir() else gold_path, extractors,
                                     through_queries, graph, min_confidence))
    profile_gold = Path(gold_path) / "profile"
    scores.update(evaluate_profile(profile_gold if profile_gold.is_dir() else gold_path, extractors, graph,
                                   min_confidence))
    return scores


def evaluate_profile(gold_path: str | Path, extractors: tuple[str, ...] | None = None,
                     graph: ox.Store | None = None, min_confidence: float | None = None) -> dict[str, Score]:
    """Scores of the infobox profile (the rows of the ``profile`` query) over the gold files
    that have a ``profile`` block (``kg.evaluation.profile``)."""
    return score_gold(
        gold_path, extractors,
        lambda doc: [(profile.BLOCK, doc[profile.BLOCK])] if isinstance(doc.get(profile.BLOCK), dict) else [],
        lambda name, facts, extractor: profile.rows_as_predictions(facts, extractor),
        lambda score, name, article, preds, items: score_block(
            score, article, preds, profile.items_with_type(items),
            lambda strict: one_to_one(preds, items, lambda p, i: profile.matches(p, i, strict)),
            miss=profile.miss, extra=profile.extra),
        graph=graph, min_confidence=min_confidence,
    )




def evaluate_relations(gold_path: str | Path, extractors: tuple[str, ...] | None = None,
                       through_queries: bool = False, graph: ox.Store | None = None,
                       min_confidence: float | None = None) -> dict[str, Score]:
    """Scores of the relations and controversies extractors over the gold files."""
    return score_gold(
        gold_path, extractors,
        lambda doc: [(name, doc[name]) for name in relations.BLOCKS if isinstance(doc.get(name), dict)],
        lambda name, facts, extractor: PREDICTIONS[name](facts, extractor),
        lambda score, name, article, preds, items: score_block(
            score, article, preds, items, lambda strict: relations.match(name, preds, items, strict),
            parties="parties", miss=relations.miss, extra=relations.extra(name)),
        through_queries, graph, min_confidence,
    )
