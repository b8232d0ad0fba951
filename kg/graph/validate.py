"""SHACL validation of a graph against the bundled shapes (pySHACL)."""

from __future__ import annotations

from importlib.resources import files

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate

from kg.errors import InputError
from kg.graph.query import graph_file


def _load(path: str) -> rdflib.Graph:
    """Read any supported format with Oxigraph (fast), merge named graphs, hand to rdflib."""
    p, ext, fmt = graph_file(path)
    try:
        triples = {q.triple if isinstance(q, ox.Quad) else q for q in ox.parse(path=str(p), format=fmt)}
    except (SyntaxError, ValueError) as err:
        raise InputError(f"{path}: not valid {ext}: {err}") from None
    graph = rdflib.Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


def shapes_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=files("kg.ontology").joinpath("shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    return g


def ontology_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=files("kg.ontology").joinpath("kgo.ttl").read_text(encoding="utf-8"), format="turtle")
    return g


def validate(path: str) -> tuple[bool, str]:
    """(conforms, report text) for the graph file at ``path``."""
    graph = _load(path)
    conforms, _report_graph, text = shacl_validate(
        graph, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none", allow_warnings=True
    )
    return bool(conforms), text
