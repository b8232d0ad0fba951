"""kg network: building, ranking, exporting and drawing the partner network."""

from __future__ import annotations

import json

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.analysis.network import COLOURS, build_network, draw, export, load_network, rank
from kg.cli import main
from kg.graph.rdf import Mapper
from kg.model import DateValue, Entity, Fact, Provenance


def _fact(company, prop, title, date=None):
    prov = Provenance(article=company, sentence=f"{company} {prop} {title}.", extractor="relations")
    quals = (("date", DateValue(date, "year")),) if date else ()
    return Fact(company, prop, Entity(title, title, "organization"), prov, quals)


@pytest.fixture
def graph_file(tmp_path):
    """A path Y - A - X - B - Z: A and B are companies, X their shared partner."""
    mapper = Mapper()
    quads = mapper.page_quads("A", 1, "Company", [_fact("A", "partner", "X", "2017"), _fact("A", "customer", "Y")])
    quads += mapper.page_quads("B", 2, "Company", [_fact("B", "partner", "X"), _fact("B", "investor", "Z")])
    path = tmp_path / "g.nq"
    path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    return path


def test_nodes_and_edges(graph_file):
    g = load_network([graph_file])
    assert sorted(g.nodes[n]["label"] for n in g) == ["A", "B", "X", "Y", "Z"]
    kinds = {g.nodes[n]["label"]: g.nodes[n]["kind"] for n in g}
    assert kinds == {"A": "company", "B": "company", "X": "counterparty", "Y": "counterparty", "Z": "counterparty"}
    edges = sorted((g.nodes[u]["label"], g.nodes[v]["label"], d["relation"], d["date"]) for u, v, d in g.edges(data=True))
    edges = [tuple(sorted(e[:2])) + e[2:] for e in edges]
    assert sorted(edges) == [("A", "X", "partner", "2017"), ("A", "Y", "customer", ""),
                             ("B", "X", "partner", ""), ("B", "Z", "investor", "")]
    x = next(n for n in g if g.nodes[n]["label"] == "X")
    assert g.nodes[x]["wikipedia"] == "https://en.wikipedia.org/wiki/X"


def test_rank_by_degree_then_betweenness(graph_file):
    rows = rank(load_network([graph_file]))
    # path Y-A-X-B-Z: X lies on 4 of the 6 pairs not involving it, A and B on 3 each
    assert [(r["label"], r["degree"], round(r["betweenness"], 3)) for r in rows] == [
        ("X", 2, 0.667), ("A", 2, 0.5), ("B", 2, 0.5), ("Y", 1, 0.0), ("Z", 1, 0.0)]
    assert [r["label"] for r in rank(load_network([graph_file]), top=2)] == ["X", "A"]


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_exports_read_back_with_networkx(graph_file, tmp_path, suffix):
    g = load_network([graph_file])
    out = tmp_path / f"net{suffix}"
    export(g, out)
    if suffix == ".graphml":
        back = nx.read_graphml(out)
    elif suffix == ".gexf":
        back = nx.read_gexf(out)
    else:
        data = json.loads(out.read_text(encoding="utf-8"))
        back = nx.node_link_graph(data, edges="links") if "links" in data else nx.node_link_graph(data)
    assert back.number_of_nodes() == 5 and back.number_of_edges() == 4
    labels = sorted(d["label"] for _, d in back.nodes(data=True))
    assert labels == ["A", "B", "X", "Y", "Z"]
    assert sorted(d["relation"] for *_, d in back.edges(data=True)) == ["customer", "investor", "partner", "partner"]


def test_png_is_drawn_with_several_colours(graph_file, tmp_path):
    import matplotlib.image as mpimg
    import numpy as np

    out = tmp_path / "net.png"
    draw(load_network([graph_file]), out)
    img = mpimg.imread(out)
    assert img.shape[0] >= 600 and img.shape[1] >= 800
    rgb = (img[:, :, :3] * 255).round().astype(int).reshape(-1, 3)
    colours = {tuple(c) for c in np.unique(rgb, axis=0)}
    # the partner, customer and investor edge colours all appear
    for relation in ("partner", "customer", "investor"):
        hexcode = COLOURS[relation].lstrip("#")
        want = tuple(int(hexcode[i : i + 2], 16) for i in (0, 2, 4))
        assert any(sum(abs(a - b) for a, b in zip(c, want, strict=True)) < 40 for c in colours), relation


def test_empty_graph_has_no_nodes():
    assert build_network(ox.Store()).number_of_nodes() == 0


def test_cli(graph_file, tmp_path, capsys):
    out = tmp_path / "n.graphml"
    svg = tmp_path / "n.svg"
    assert main(["network", str(graph_file), "-o", str(out), "--plot", str(svg), "--top", "1"]) == 0
    assert out.is_file() and svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert "X" in capsys.readouterr().out
    assert main(["network", str(graph_file)]) == 2
    assert main(["network", str(graph_file), "-o", str(tmp_path / "n.csv")]) == 2
