"""Generate ``kg/graph/vocab.py`` from ``ontology/kgo.ttl``.

    python -m kg.graph.vocab_gen > kg/graph/vocab.py     # regenerate after editing the ontology
    python -m kg.graph.vocab_gen --write           # the same, written in place
    python -m kg.graph.vocab_gen --check           # exit 1 when kg/graph/vocab.py is out of date

The generated module holds a closed rdflib ``DefinedNamespace`` (``KGO``) with one attribute
per class, property, concept scheme and individual of the ontology, so that a typo such as
``KGO.foundingdate`` raises ``AttributeError`` instead of minting a new IRI.
"""

from __future__ import annotations

import argparse
import difflib
import keyword
import sys
from importlib.resources import files
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

KGO_NS = "https://w3id.org/company-kg/ontology#"
ONTOLOGY_IRI = URIRef("https://w3id.org/company-kg/ontology")
VOCAB_PATH = Path(__file__).with_name("vocab.py")

_PROPERTY_TYPES = (RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)

# Group name -> predicate deciding membership, in output order.
_GROUPS = (
    ("Classes", lambda types: OWL.Class in types or RDFS.Class in types),
    ("Properties", lambda types: any(t in types for t in _PROPERTY_TYPES)),
    ("Concept schemes", lambda types: SKOS.ConceptScheme in types),
    ("Individuals (concepts of the schemes)", lambda types: True),
)

_HEADER = '''"""The company-kg vocabulary: the kgo: terms and the namespaces the graph uses.

GENERATED from ontology/kgo.ttl by ``python -m kg.graph.vocab_gen > kg/graph/vocab.py``; do not edit
by hand. ``python -m kg.graph.vocab_gen --check`` fails when this file is out of date.
"""

from importlib.resources import files
from importlib.resources.abc import Traversable

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

SCHEMA = Namespace("http://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
DBO = Namespace("http://dbpedia.org/ontology/")
KGS = Namespace("https://w3id.org/company-kg/shapes#")
# Default base of entity IRIs (kgr:entity/Canonical_Title); the base is configurable.
KGR = Namespace("https://w3id.org/company-kg/resource/")

ONTOLOGY_IRI = URIRef("https://w3id.org/company-kg/ontology")

PREFIXES: dict[str, str] = {
    "kgo": "https://w3id.org/company-kg/ontology#",
    "kgr": str(KGR),
    "schema": str(SCHEMA),
    "wd": str(WD),
    "wdt": str(WDT),
    "org": str(ORG),
    "prov": str(PROV),
    "sem": str(SEM),
    "dbo": str(DBO),
}


def ontology_path(name: str = "kgo.ttl") -> Traversable:
    """The installed file ``name`` of the ``kg.ontology`` package ("kgo.ttl", "shapes.ttl").

    In a normal (unzipped) install this is a ``pathlib.Path``.
    """
    path = files("kg.ontology").joinpath(name)
    if not path.is_file():
        raise FileNotFoundError(f"no ontology file {name!r} in kg.ontology")
    return path
'''


def _label(graph: Graph, term: URIRef) -> str:
    labels = sorted(
        str(o)
        for o in graph.objects(term, RDFS.label)
        if isinstance(o, Literal) and o.language == "en"
    )
    if not labels:
        raise ValueError(f"{term} has no English rdfs:label")
    return " ".join(labels[0].split())


def terms(graph: Graph) -> dict[str, list[tuple[str, str]]]:
    """The ontology's kgo: terms by group: {group: [(local name, label), ...]} sorted by name."""
    declared: dict[str, set[URIRef]] = {}
    for s, o in graph.subject_objects(RDF.type):
        if isinstance(s, URIRef) and str(s).startswith(KGO_NS):
            declared.setdefault(str(s)[len(KGO_NS) :], set()).add(o)
    groups: dict[str, list[tuple[str, str]]] = {name: [] for name, _ in _GROUPS}
    for local in sorted(declared):
        if not local.isidentifier() or keyword.iskeyword(local) or local.startswith("_"):
            raise ValueError(f"kgo:{local} is not usable as a Python attribute name")
        group = next(name for name, test in _GROUPS if test(declared[local]))
        groups[group].append((local, _label(graph, URIRef(KGO_NS + local))))
    return groups


def _version(graph: Graph) -> str:
    return str(graph.value(ONTOLOGY_IRI, OWL.versionInfo) or "unversioned")


def render(ontology_ttl: str) -> str:
    """The text of ``kg/graph/vocab.py`` for the given Turtle text of the ontology."""
    graph = Graph().parse(data=ontology_ttl, format="turtle")
    out = [_HEADER, "\n\n"]
    out.append("class KGO(DefinedNamespace):\n")
    out.append('    """The company-kg ontology (kgo:), version ' + _version(graph) + ".\n\n")
    out.append("    Generated from: ontology/kgo.ttl (" + KGO_NS + ")\n")
    out.append('    """\n\n')
    out.append("    _fail = True\n")
    for group, members in terms(graph).items():
        if not members:
            continue
        out.append(f"\n    # {group}\n")
        for local, label in members:
            out.append(f"    {local}: URIRef  # {label}\n")
    out.append("\n")
    out.append(f'    _NS = Namespace("{KGO_NS}")\n')
    return "".join(out)


def _default_ontology() -> str:
    return files("kg.ontology").joinpath("kgo.ttl").read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kg.graph.vocab_gen",
        description="Generate kg/graph/vocab.py (the KGO DefinedNamespace) from ontology/kgo.ttl.",
    )
    parser.add_argument(
        "--ontology", type=Path, help="ontology Turtle file (default: the installed kgo.ttl)"
    )
    parser.add_argument(
        "--vocab", type=Path, default=VOCAB_PATH, help="vocab module for --check/--write"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--check", action="store_true", help="exit 1 if the vocab module is out of date"
    )
    mode.add_argument("--write", action="store_true", help="write the vocab module in place")
    args = parser.parse_args(argv)

    ttl = args.ontology.read_text(encoding="utf-8") if args.ontology else _default_ontology()
    try:
        text = render(ttl)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    if args.check:
        current = args.vocab.read_text(encoding="utf-8") if args.vocab.exists() else ""
        if current == text:
            print(f"{args.vocab} is up to date", file=sys.stderr)
            return 0
        diff = difflib.unified_diff(
            current.splitlines(keepends=True),
            text.splitlines(keepends=True),
            fromfile=str(args.vocab),
            tofile="generated",
        )
        sys.stderr.writelines(diff)
        print(f"{args.vocab} is out of date: run python -m kg.graph.vocab_gen --write", file=sys.stderr)
        return 1
    if args.write:
        args.vocab.write_text(text, encoding="utf-8")
        print(f"wrote {args.vocab}", file=sys.stderr)
        return 0
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
