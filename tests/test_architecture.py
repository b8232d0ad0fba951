"""The package layout stays layered (docs/architecture.md): no import cycles between the
modules of ``kg``, and each layer imports only the layers below it.

Imports are read from the source with ``ast`` (module level and inside functions alike, so a
"lazy" import cannot hide a cycle); only the ones under ``if TYPE_CHECKING:`` are skipped,
because they never run.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kg"

# Layer of each top-level part of the package, and the layers it may import. "base" is the
# shared bottom: the data model, errors, titles, atomic files, progress bars, HTTP etiquette
# optional dependencies, worker processes and the mapping tables.
BASE = {"kg", "kg.errors", "kg.model", "kg.titles", "kg.fileio", "kg.progress", "kg.http", "kg.optional", "kg.processes", "kg.data"}
ALLOWED: dict[str, set[str]] = {
    "base": {"base"},
    "kg.sources": {"base"},
    "kg.text": {"base", "kg.sources"},
    "kg.extractors": {"base", "kg.text"},
    "kg.graph": {"base"},
    "kg.pipeline": {"base", "kg.sources", "kg.text", "kg.extractors", "kg.graph"},
    "kg.engines": {"base", "kg.sources", "kg.pipeline"},
    "kg.build": {"base", "kg.sources", "kg.graph", "kg.pipeline", "kg.engines"},
    "kg.wikidata": {"base", "kg.graph"},
    "kg.analysis": {"base", "kg.graph"},
    "kg.evaluation": {"base", "kg.sources", "kg.text", "kg.graph", "kg.pipeline"},
    "kg.web": {"base", "kg.graph", "kg.analysis", "kg.wikidata"},
    "kg.commands": {"*"},
    "kg.cli": {"*"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    name = ".".join(parts)
    return name[: -len(".__init__")] if name.endswith(".__init__") else name


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return skipped


def imports_of(name: str) -> set[str]:
    """The ``kg`` modules that module ``name`` imports (a name imported from a package is
    the submodule when there is one)."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_nodes(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "kg" or target.startswith("kg."):
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    found.add(sub if sub in MODULES else target)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name == "kg" or a.name.startswith("kg."))
    found.discard(name)
    return found


def layer_of(name: str) -> str:
    if name in BASE or name.startswith("kg.data."):
        return "base"
    parts = name.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else name


def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for name in MODULES:
        graph.add_node(name)
        for target in imports_of(name):
            graph.add_edge(name, target)
    return graph


def test_the_walker_sees_the_package():
    graph = import_graph()
    assert len(MODULES) > 40
    assert ("kg.pipeline", "kg.text.parse") in graph.edges
    assert ("kg.extractors.history", "kg.text.narrative") in graph.edges


def test_the_walker_finds_a_cycle_and_skips_type_checking_imports(tmp_path, monkeypatch):
    # two modules that import each other, one of them only for type checking
    a = tmp_path / "kg" / "a.py"
    b = tmp_path / "kg" / "b.py"
    a.parent.mkdir()
    a.write_text("def f():\n    from kg import b\n")
    b.write_text("from typing import TYPE_CHECKING\nimport kg.a\nif TYPE_CHECKING:\n    from kg.c import X\n")
    here = sys.modules[__name__]
    monkeypatch.setattr(here, "ROOT", tmp_path)
    monkeypatch.setattr(here, "MODULES", {"kg.a": a, "kg.b": b})
    assert imports_of("kg.a") == {"kg.b"}
    assert imports_of("kg.b") == {"kg.a"}
    assert list(nx.simple_cycles(import_graph()))


def test_no_import_cycles():
    cycles = sorted(sorted(c) for c in nx.simple_cycles(import_graph()))
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_each_layer_imports_only_the_layers_below_it():
    wrong = []
    for source, target in import_graph().edges:
        src, dst = layer_of(source), layer_of(target)
        allowed = ALLOWED.get(src)
        assert allowed is not None, f"{source}: add its layer {src!r} to ALLOWED and to docs/architecture.md"
        if src != dst and "*" not in allowed and dst not in allowed:
            wrong.append(f"{source} imports {target} ({src} may import {', '.join(sorted(allowed))})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("layer", sorted(set(ALLOWED) - {"base"}))
def test_every_layer_in_the_table_exists(layer):
    assert any(layer_of(m) == layer for m in MODULES), f"{layer} is listed but has no module"


def test_the_architecture_page_names_every_package():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    packages = {p.parent.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("__init__.py")}
    missing = [p for p in sorted(packages) if f"{p}/" not in text and p != "kg"]
    assert not missing, f"docs/architecture.md does not describe {missing}"
