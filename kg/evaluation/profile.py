"""The infobox profile as a user sees it: the rows of the bundled ``profile`` query on the
graph of one article, matched with the items of a ``profile`` gold block.

A ``profile`` item names one expected row: ``property`` (the kgo local name, e.g.
``revenue``), ``value`` (the value as the query prints it: the value's label, or the value
itself for IRIs and literals without one; a list gives alternatives a reader accepts equally)
and, for a linked value, ``wikipedia`` (the English Wikipedia title the row's
``valueWikipedia`` must be). A row matches an item *strictly* when the property is the same,
the text is the same (case and spacing ignored) and the Wikipedia page agrees; *leniently*
when the texts agree also after dropping punctuation and a trailing point in time
("388000000 USD (2023)" ~ "388000000 USD"). Every other row of the article is a false
positive: the block covers the whole profile. The format is in ``tests/gold/README.md``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pyoxigraph as ox

from kg.evaluation.gold import norm
from kg.evaluation.predictions import Prediction
from kg.graph.query import get_query, ontology_quads, run_query
from kg.graph.rdf import KGO, Mapper
from kg.model import Fact
from kg.titles import canonical_title, wikipedia_iri

BLOCK = "profile"


@dataclass(frozen=True)
class Row:
    """One row of the profile query, as printed."""

    property: str  # kgo local name
    value: str  # the value (IRI or literal text)
    label: str  # valueLabel
    wikipedia: str  # valueWikipedia ("" when none)

    @property
    def shown(self) -> str:
        return self.label or self.value


def profile_rows(facts: list[Fact], subject_class: str = "Company") -> list[Row]:
    """The rows ``kg query profile`` prints for the subject of ``facts`` (one article)."""
    if not facts:
        return []
    title = facts[0].subject
    store = ox.Store()
    store.extend(Mapper(graphs=False).page_quads(title, None, subject_class, facts))
    store.extend(ontology_quads())
    return store_rows(store, title)


def store_rows(store: ox.Store, title: str) -> list[Row]:
    """The rows ``kg query profile`` prints for ``title`` on a store holding its graph."""
    columns, rows = run_query(store, get_query("profile"), {"company": title})
    out = []
    for values in rows:
        row = dict(zip(columns, values, strict=True))
        prop = row["property"]
        out.append(Row(prop[len(KGO):] if prop.startswith(KGO) else prop, row["value"],
                       row["valueLabel"], row["valueWikipedia"]))
    return out


def rows_as_predictions(facts: list[Fact], extractor: str = "infobox") -> list[Prediction]:
    """The profile rows of the extractor's facts, in the scorer's shape: ``type`` is the
    property, ``label`` the shown text, ``sentence`` the value itself, ``participants`` the
    row's Wikipedia page."""
    return as_predictions(profile_rows([f for f in facts if f.provenance.extractor == extractor]), extractor)


def as_predictions(rows: list[Row], extractor: str = "infobox") -> list[Prediction]:
    """Profile rows in the scorer's shape (``rows_as_predictions``)."""
    return [Prediction(type=r.property, date=None, sentence=r.value, section=None,
                       participants=(r.wikipedia,) if r.wikipedia else (), extractor=extractor,
                       label=r.shown)
            for r in rows]


_POINT_IN_TIME = re.compile(r"\s*\((?:1[5-9]|20)\d\d\)$")
_PUNCT = re.compile(r"[^\w\s](?<!-(?=\d))")  # a minus before a figure is no punctuation


def fold(text: str, strict: bool) -> str:
    """The text compared: case and spacing ignored; leniently also accents, punctuation and
    a trailing "(2023)"."""
    text = norm(unicodedata.normalize("NFC", text))
    if strict:
        return text
    text = _POINT_IN_TIME.sub("", text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(_PUNCT.sub(" ", text).split())


def _alternatives(item: dict) -> list[str]:
    value = item["value"]
    return value if isinstance(value, list) else [value]


def matches(pred: Prediction, item: dict, strict: bool) -> bool:
    if pred.type != item["property"]:
        return False
    # MediaWiki titles start with a capital: the page "mWIG40" is MWIG40
    if item.get("wikipedia") and wikipedia_iri(canonical_title(item["wikipedia"])) not in pred.participants:
        return False
    shown = {fold(pred.label, strict), fold(pred.sentence, strict)}
    return any(fold(v, strict) in shown for v in _alternatives(item))


def miss(item: dict) -> str:
    return f"{item['property']} {_alternatives(item)[0]}"


def extra(pred: Prediction) -> str:
    return f"{pred.type} {pred.label}"


def items_with_type(items: list[dict]) -> list[dict]:
    """Gold items keyed like event items (``type`` = the property) for the per-type tables."""
    return [{**item, "type": item["property"]} for item in items]
