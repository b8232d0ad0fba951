"""The partner network: organisations and their business relations as a networkx graph.

``load_network(paths)`` reads graph files written by ``kg build`` (any RDF format) with
pyoxigraph and builds an undirected ``networkx.MultiGraph``: one node per organisation (the
companies and their counterparties; attributes ``label``, ``wikipedia``, ``kind`` = company
or counterparty) and one edge per relation statement (attributes ``relation``, ``date``,
``article``). ``export`` writes GraphML, GEXF or node-link JSON atomically; ``rank`` orders
nodes by degree and betweenness centrality; ``draw`` renders a PNG or SVG with matplotlib.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.errors import UsageError
from kg.fileio import atomic_write
from kg.graph.query import load_graphs
from kg.graph.rdf import KGO
from kg.model import RELATION_TYPES
from kg.optional import require

RELATIONS = RELATION_TYPES
# one colour per relation type (colour-blind friendly palette)
COLOURS = {
    "partner": "#0072B2",
    "customer": "#E69F00",
    "supplier": "#009E73",
    "investor": "#CC79A7",
    "jointVenturePartner": "#D55E00",
    "researchCollaborator": "#56B4E9",
    "lender": "#000000",
}
EXPORT_FORMATS = {".graphml": "graphml", ".gexf": "gexf", ".json": "json"}

_QUERY = """
PREFIX kgo: <KGO>
PREFIX schema: <http://schema.org/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?company ?property ?other ?date ?article ?companyLabel ?otherLabel ?companyPage ?otherPage
WHERE {
  VALUES ?property { PROPERTIES }
  ?statement rdf:subject ?company ; rdf:predicate ?property ; rdf:object ?other .
  OPTIONAL { ?statement kgo:date ?date }
  OPTIONAL { ?statement kgo:revision/kgo:sourceArticle ?article }
  OPTIONAL { ?company rdfs:label ?companyLabel }
  OPTIONAL { ?other rdfs:label ?otherLabel }
  OPTIONAL { ?companyPage schema:about ?company ; schema:isPartOf <https://en.wikipedia.org/> }
  OPTIONAL { ?otherPage schema:about ?other ; schema:isPartOf <https://en.wikipedia.org/> }
}
""".replace("KGO", KGO).replace("PROPERTIES", " ".join(f"kgo:{r}" for r in RELATIONS))

def _value(term) -> str:
    return "" if term is None else term.value


def load_store(paths: list[str | Path]) -> ox.Store:
    """The graph files merged into one default graph (see ``kg.graph.query.load_graphs``)."""
    return load_graphs([str(p) for p in paths])


def build_network(store: ox.Store) -> nx.MultiGraph:
    """One node per organisation, one edge per relation statement (deduplicated)."""
    g = nx.MultiGraph()
    seen: set[tuple] = set()
    rows = store.query(_QUERY)
    for row in rows:
        company, other = _value(row["company"]), _value(row["other"])
        relation = _value(row["property"]).rsplit("#", 1)[-1]
        date = _value(row["date"])
        article = _value(row["article"])
        key = (company, other, relation, date)
        for node, label, page, kind in (
            (company, row["companyLabel"], row["companyPage"], "company"),
            (other, row["otherLabel"], row["otherPage"], "counterparty"),
        ):
            attrs = g.nodes[node] if node in g else None
            if attrs is None:
                g.add_node(node, label=_value(label) or node.rsplit("/", 1)[-1], wikipedia=_value(page), kind=kind)
            elif kind == "company":
                attrs["kind"] = "company"
                if label is not None and not attrs.get("wikipedia"):
                    attrs["wikipedia"] = _value(page)
        if key in seen:
            continue
        seen.add(key)
        g.add_edge(company, other, key=f"{relation}|{date}", relation=relation, date=date, article=article)
    return g


def load_network(paths: list[str | Path]) -> nx.MultiGraph:
    return build_network(load_store(paths))


def simple(g: nx.MultiGraph) -> nx.Graph:
    """The graph with parallel edges merged (their relations joined), for centralities."""
    s = nx.Graph()
    s.add_nodes_from(g.nodes(data=True))
    for u, v, d in g.edges(data=True):
        if s.has_edge(u, v):
            rels = set(s[u][v]["relation"].split(",")) | {d["relation"]}
            s[u][v]["relation"] = ",".join(sorted(rels))
        else:
            s.add_edge(u, v, relation=d["relation"])
    return s


def rank(g: nx.MultiGraph, top: int | None = None) -> list[dict]:
    """Nodes by degree (distinct neighbours) then betweenness centrality, most central first."""
    s = simple(g)
    betweenness = nx.betweenness_centrality(s, normalized=True)
    rows = [
        {
            "node": n,
            "label": s.nodes[n].get("label", n),
            "wikipedia": s.nodes[n].get("wikipedia", ""),
            "kind": s.nodes[n].get("kind", ""),
            "degree": s.degree(n),
            "betweenness": betweenness[n],
        }
        for n in s.nodes
    ]
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["label"]))
    return rows[:top] if top else rows


def export(g: nx.MultiGraph, path: str | Path) -> str:
    """Write GraphML, GEXF or node-link JSON (chosen by the suffix) atomically."""
    p = Path(path)
    fmt = EXPORT_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise UsageError(f"{p}: unknown network format; use .graphml, .gexf or .json (node-link)")
    if fmt == "json":
        data = nx.node_link_data(g, edges="links") if _has_edges_kw() else nx.node_link_data(g)
        with atomic_write(p) as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
    else:
        writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
        with atomic_write(p, "wb") as fh:
            writer(g, fh)
    return fmt


def _has_edges_kw() -> bool:
    import inspect

    return "edges" in inspect.signature(nx.node_link_data).parameters


def draw(g: nx.MultiGraph, path: str | Path, max_labels: int | None = None, title: str | None = None) -> None:
    """A readable picture: companies large and dark, counterparties small, edges coloured by
    relation type with a legend. Every node is labelled up to 150 nodes, else the
    ``max_labels`` (default 60) most central counterparties and every company."""
    p = Path(path)
    if p.suffix.lower() not in (".png", ".svg"):
        raise UsageError(f"{p}: the picture must be .png or .svg")
    matplotlib = require("matplotlib", "kg network --plot")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    s = simple(g)
    n = max(s.number_of_nodes(), 1)
    size = min(36.0, max(12.0, n ** 0.5 * 2.2))
    fig, ax = plt.subplots(figsize=(size, size * 0.75), dpi=100)
    pos = layout(s)
    for relation in RELATIONS:
        edges = [(u, v) for u, v, d in s.edges(data=True) if relation in d["relation"].split(",")[:1]]
        if edges:
            nx.draw_networkx_edges(s, pos, edgelist=edges, edge_color=COLOURS[relation], width=1.6, alpha=0.75, ax=ax)
    companies = [x for x in s if s.nodes[x].get("kind") == "company"]
    others = [x for x in s if x not in set(companies)]
    nx.draw_networkx_nodes(s, pos, nodelist=others, node_size=[40 + 25 * s.degree(x) for x in others],
                           node_color="#bbbbbb", edgecolors="#555555", linewidths=0.5, ax=ax)
    nx.draw_networkx_nodes(s, pos, nodelist=companies, node_size=[350 + 20 * s.degree(x) for x in companies],
                           node_color="#222222", ax=ax)
    if max_labels is None:
        max_labels = n if n <= 150 else 60
    labelled = set(companies) | {r["node"] for r in rank(g, max_labels)}
    nx.draw_networkx_labels(s, pos, labels={x: s.nodes[x].get("label", x) for x in companies}, font_size=12,
                            font_weight="bold", font_color="#000000", ax=ax,
                            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "#222222", "alpha": 0.9})
    nx.draw_networkx_labels(s, pos, labels={x: s.nodes[x].get("label", x) for x in labelled if x not in set(companies)},
                            font_size=8, font_color="#333333", verticalalignment="top", ax=ax)
    present = sorted({d["relation"].split(",")[0] for _, _, d in s.edges(data=True)}, key=RELATIONS.index)
    handles = [Line2D([0], [0], color=COLOURS[r], lw=3, label=relation_label(r)) for r in present]
    handles += [Line2D([0], [0], marker="o", color="w", markerfacecolor="#222222", markersize=12, label="company (article)"),
                Line2D([0], [0], marker="o", color="w", markerfacecolor="#bbbbbb", markeredgecolor="#555555",
                       markersize=8, label="counterparty")]
    ax.legend(handles=handles, loc="lower right", fontsize=11, frameon=True, title="relation type")
    ax.set_title(title or f"Partner network: {len(companies)} companies, {s.number_of_nodes()} organisations, "
                 f"{g.number_of_edges()} relations", fontsize=14)
    ax.axis("off")
    fig.tight_layout()
    with atomic_write(p, "wb") as fh:
        fig.savefig(fh, format=p.suffix.lower().lstrip("."))
    plt.close(fig)


def layout(s: nx.Graph) -> dict:
    """Each connected part laid out on its own (spring layout, size growing with the part),
    the parts placed on a grid, largest first, so stars around companies stay legible."""
    import math

    parts = sorted((sorted(c) for c in nx.connected_components(s)), key=lambda c: (-len(c), c[0]))
    cols = max(1, math.ceil(math.sqrt(len(parts))))
    pos: dict = {}
    cell = 2.6
    for i, nodes in enumerate(parts):
        sub = s.subgraph(nodes)
        if len(nodes) == 1:
            local = {nodes[0]: (0.0, 0.0)}
        else:
            local = nx.spring_layout(sub, k=1.8 / math.sqrt(len(nodes)), iterations=200, seed=7)
        radius = 0.35 + 0.65 * min(1.0, math.sqrt(len(nodes) / 30))
        row, col = divmod(i, cols)
        for node, (x, y) in local.items():
            pos[node] = (col * cell + x * radius, -row * cell + y * radius)
    return pos


def relation_label(relation: str) -> str:
    """A relation's local name as words ("jointVenturePartner" -> "joint venture partner")."""
    return {"jointVenturePartner": "joint venture partner", "researchCollaborator": "research collaborator"}.get(relation, relation)


__all__ = ["COLOURS", "RELATIONS", "build_network", "draw", "export", "load_network", "load_store", "rank", "relation_label", "simple"]
