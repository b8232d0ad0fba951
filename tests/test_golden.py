"""Golden infobox facts for every buildable corpus article.

The golden files are reviewed by hand as diffs. After a deliberate change, refresh them with

    KG_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py

and read ``git diff tests/golden`` before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from corpus import ALL_BUILDABLE, wiki

from kg.model import fact_to_json
from kg.pipeline import Options, extract_page
from kg.sources.files import read_wiki_file

GOLDEN = Path(__file__).parent / "golden"


def _lines(stem: str) -> list[str]:
    _, _, facts = extract_page(read_wiki_file(wiki(stem)), Options(extractors=("infobox",)))
    return [json.dumps(fact_to_json(f), ensure_ascii=False, sort_keys=True) for f in facts]


@pytest.mark.parametrize("stem", ALL_BUILDABLE)
def test_infobox_facts_match_golden(stem):
    path = GOLDEN / f"{stem}.infobox.jsonl"
    got = _lines(stem)
    if os.environ.get("KG_UPDATE_GOLDEN"):
        path.write_text("".join(line + "\n" for line in got), encoding="utf-8")
    expected = path.read_text(encoding="utf-8").splitlines()
    assert got == expected, f"{stem}: facts differ from {path}; review and refresh (see module docstring)"
