"""The tables behind ``kg diff``: which Wikidata properties are compared and how
(``kg/data/wikidata_properties.tsv``), the currency items that are the units of money
(``kg/data/currency_units.tsv``), and the ontology's alignment of kgo properties with
Wikidata properties (``owl:equivalentProperty`` / ``rdfs:subPropertyOf`` ``wdt:P...``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import pyoxigraph as ox

from kg.graph.query import ontology_quads
from kg.wikidata.sparql import PID_PATTERN, QID_PATTERN

WDT = "http://www.wikidata.org/prop/direct/"
DATATYPES = (
    "item", "time", "money", "count", "url", "commonsMedia", "string", "monolingualtext",
    "listing", "skip",
)
CARDINALITIES = ("single", "multi", "per-time", "-")

# Qualifiers kg diff reads and writes: point in time (money, staff) and the ticker of a listing.
POINT_IN_TIME = "P585"
TICKER = "P249"
QUALIFIERS = (POINT_IN_TIME, TICKER)


@dataclass(frozen=True)
class WikidataProperty:
    pid: str
    datatype: str
    values: str
    label: str

    @property
    def direct(self) -> str:
        """The truthy IRI (``wdt:P571``) the ontology aligns with and the output names."""
        return WDT + self.pid

    @property
    def number(self) -> int:
        return int(self.pid[1:])


def _rows(name: str, width: int) -> list[list[str]]:
    rows = []
    for n, line in enumerate(files("kg.data").joinpath(name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != width:
            raise ValueError(f"kg/data/{name}:{n}: expected {width} tab-separated columns")
        rows.append([c.strip() for c in cells])
    return rows


@lru_cache(maxsize=1)
def wikidata_properties() -> dict[str, WikidataProperty]:
    """P-id -> how kg diff compares it (skipped properties included, with datatype "skip")."""
    out: dict[str, WikidataProperty] = {}
    for pid, datatype, values, label in _rows("wikidata_properties.tsv", 4):
        if not PID_PATTERN.match(pid) or datatype not in DATATYPES or values not in CARDINALITIES:
            raise ValueError(f"kg/data/wikidata_properties.tsv: bad row for {pid!r}")
        out[pid] = WikidataProperty(pid, datatype, values, label)
    return out


def compared_properties() -> dict[str, WikidataProperty]:
    """The properties kg diff fetches and compares (every row but the skipped ones)."""
    return {p: w for p, w in wikidata_properties().items() if w.datatype != "skip"}


@lru_cache(maxsize=1)
def currency_units() -> dict[str, str]:
    """ISO 4217 code -> QID of the currency item."""
    out = {}
    for iso, qid, _name in _rows("currency_units.tsv", 3):
        if not QID_PATTERN.match(qid) or len(iso) != 3:
            raise ValueError(f"kg/data/currency_units.tsv: bad row for {iso!r}")
        out[iso] = qid
    return out


@lru_cache(maxsize=1)
def currency_of_unit() -> dict[str, str]:
    """QID of a currency item -> ISO 4217 code."""
    return {qid: iso for iso, qid in currency_units().items()}


_ALIGNMENT = """PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?property ?wikidata ?direct WHERE {
  ?property (owl:equivalentProperty|rdfs:subPropertyOf)+ ?wikidata .
  FILTER(STRSTARTS(STR(?property), "https://w3id.org/company-kg/ontology#"))
  FILTER(STRSTARTS(STR(?wikidata), "http://www.wikidata.org/prop/direct/P"))
  BIND(EXISTS { ?property owl:equivalentProperty ?wikidata } AS ?direct)
}"""


@lru_cache(maxsize=1)
def alignments() -> dict[str, tuple[str, ...]]:
    """kgo property IRI -> the Wikidata properties it is aligned with, read from the bundled
    ontology the way the ``profile`` query reads them (through sub-properties too:
    kgo:locationCity is a sub-property of kgo:headquarters, equivalent to P159)."""
    store = ox.Store()
    store.extend(ontology_quads())
    found: dict[str, set[str]] = {}
    for row in store.query(_ALIGNMENT):
        found.setdefault(row["property"].value, set()).add(row["wikidata"].value[len(WDT) :])
    return {p: tuple(sorted(ps, key=lambda x: int(x[1:]))) for p, ps in found.items()}


@lru_cache(maxsize=1)
def property_for_pid() -> dict[str, str]:
    """P-id -> the kgo property that names it in ``only_in_wikidata`` rows: the one declared
    owl:equivalentProperty when there is one, else the first aligned property by name."""
    store = ox.Store()
    store.extend(ontology_quads())
    ranked: dict[str, list[tuple[int, str]]] = {}
    for row in store.query(_ALIGNMENT):
        pid = row["wikidata"].value[len(WDT) :]
        direct = row["direct"].value == "true"
        ranked.setdefault(pid, []).append((0 if direct else 1, row["property"].value))
    return {pid: sorted(options)[0][1] for pid, options in ranked.items()}
