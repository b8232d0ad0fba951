"""SHACL validation of a graph against the bundled shapes (pySHACL)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import rdflib
from pyshacl import validate as shacl_validate

from kg.errors import InputError, UsageError

_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".trig": "trig", ".nq": "nquads"}


def _load(path: str) -> rdflib.Dataset:
    p = Path(path)
    fmt = _FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: unknown graph format; use .ttl, .nt, .jsonld, .trig or .nq")
    if not p.is_file():
        raise InputError(f"{path}: no such file; build it first with 'kg build ... -o {path}'")
    ds = rdflib.Dataset(default_union=True)
    try:
        ds.parse(str(p), format=fmt)
    except Exception as err:  # rdflib raises many kinds for bad syntax
        raise InputError(f"{path}: not valid {fmt}: {err}") from None
    return ds


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
    data = _load(path)
    graph = rdflib.Graph()
    for s, p, o, _g in data.quads((None, None, None, None)):
        graph.add((s, p, o))
    conforms, _report_graph, text = shacl_validate(
        graph, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none", allow_warnings=True
    )
    return bool(conforms), text
