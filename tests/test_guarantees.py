"""docs/guarantees.md stays true: every test it names exists, every command of the README has
its section there, and the README links it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "guarantees.md"
NAMED = re.compile(r"`(test_\w+\.py)(?:::(test_\w+))?")


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")}


def test_every_test_named_exists():
    text = PAGE.read_text(encoding="utf-8")
    named = NAMED.findall(text)
    assert len(named) > 100
    missing = []
    for file, function in named:
        path = ROOT / "tests" / file
        if not path.is_file():
            missing.append(file)
        elif function and function not in _tests_in(path):
            missing.append(f"{file}::{function}")
    assert not missing, f"docs/guarantees.md names tests that do not exist: {sorted(set(missing))}"


def test_every_command_of_the_readme_has_its_section():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    page = PAGE.read_text(encoding="utf-8")
    commands = re.findall(r"^### `kg (\w+)`", readme, flags=re.M)
    assert len(commands) >= 10
    for command in commands:
        assert f"### `kg {command}`" in page, f"docs/guarantees.md has no section for kg {command}"
    for code in re.findall(r"^\| (\d+) \|", readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0], flags=re.M):
        assert re.search(rf"^\| {code} \| `test_", page, flags=re.M), f"no test named for exit code {code}"


def test_the_readme_links_the_page():
    assert "(docs/guarantees.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
