"""Gold annotations: reading the files, and the rules that every block shares (scope,
evidence, dates).

A gold file holds one article and, per task, a block::

    {"article": "SenseTime", "source": "tests/fixtures/wikipedia/SenseTime.wiki",
     "events": {"extractor": "history", "scope": ["(lead)", "History"], "items": [...]}}

The format is described in ``tests/gold/README.md``.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from kg.errors import InputError
from kg.model import RELATION_TYPES
from kg.text.items import LEGAL_TAIL


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("_", " ")).strip().lower()


# a legal form that ends a name, after a space or a comma ("Grandis Inc.", "Solway Electricity plc",
# "Acme, S.A."): whether a name is written with its form or without is a matter of style, not of who
# the party is, and the gold sets write both
_FORM_AT_END = re.compile(LEGAL_TAIL.pattern, re.IGNORECASE)


def party(text: str) -> str:
    """A participant's or target's name as the field scores compare it: ``norm`` without a
    legal form at its end."""
    name = norm(text)
    return _FORM_AT_END.sub("", name) or name


def num(value) -> str:
    return format(Decimal(str(value)).normalize(), "f")


def in_scope(section: str | None, scope: list[str] | None) -> bool:
    if scope is None:
        return True
    for entry in scope:
        if entry == "(lead)" and section is None:
            return True
        if section is not None and (section == entry or section.startswith(entry + " > ")):
            return True
    return False


def date_matches(predicted: str | None, gold: str, strict: bool) -> bool:
    if not predicted:
        return False
    if not strict:
        return predicted[:4] == gold[:4]
    return len(predicted) >= len(gold) and predicted[: len(gold)] == gold


def evidence(item: dict) -> list[str]:
    ev = item.get("evidence") or []
    return [norm(e) for e in ([ev] if isinstance(ev, str) else ev)]


# A table row reads as its cells joined by " – " (``kg.text.tables``); the gold quotes a row as
# its stripped cells ("BlackRock  9.1%", tests/gold/README.md), so the cell separator counts as
# a space on both sides of the comparison.
_CELL = re.compile(r" [–—] ")


def quoted(sentence: str | None, item: dict) -> bool:
    """Whether the sentence holds one of the item's evidence quotes (or the item quotes none),
    a table row's cell separators read as spaces."""
    wanted = evidence(item)
    if not wanted:
        return True
    text = norm(sentence or "")
    if any(e in text for e in wanted):
        return True
    cells = _CELL.sub(" ", text)
    return any(_CELL.sub(" ", e) in cells for e in wanted)


def load_gold(path: Path) -> list[tuple[Path, dict]]:
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    if not files:
        raise InputError(f"{path}: no gold files (*.json) found")
    out = []
    for f in files:
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise InputError(f"{f}: cannot read gold file: {err}") from None
        _check_relation_types(f, doc)
        _check_event_dates(f, doc)
        out.append((f, doc))
    return out


def _block_items(doc: dict, block: str):
    """The items of a gold file's block, numbered from 1 as the messages name them; a file or block
    of another shape gives none (the scorer reads it as it is)."""
    got = doc.get(block) if isinstance(doc, dict) else None
    for n, item in enumerate(got.get("items", []) if isinstance(got, dict) else [], 1):
        if isinstance(item, dict):
            yield n, item


# the relation properties a relations item may name: the relations extractor's own types
_RELATION_TYPES = frozenset(RELATION_TYPES)


def _check_relation_types(f: Path, doc: dict) -> None:
    """A relations item typed with anything else (an event type such as "joint_venture") could
    never match and would count as a miss and its relation as an extra: refuse the file."""
    for n, item in _block_items(doc, "relations"):
        if item.get("type") not in _RELATION_TYPES:
            raise InputError(f"{f}: relations item {n} ({item.get('counterparty', '?')}): type "
                             f"{item.get('type')!r} is not a relation type; use one of {', '.join(sorted(RELATION_TYPES))}")


def _check_event_dates(f: Path, doc: dict) -> None:
    """An events item with no date could never match (an event is dated at the precision the article
    gives; tests/gold/README.md): refuse the file, naming the item, rather than fail while scoring."""
    for n, item in _block_items(doc, "events"):
        if not (isinstance(item.get("date"), str) and item["date"]):
            quote = (evidence(item) or ["?"])[0][:60]
            raise InputError(f"{f}: events item {n} ({item.get('type', '?')}, \"{quote}\"): no date; an event "
                             "carries the date the article gives (\"2017\", \"2017-10\", \"2018-06-29\"); "
                             "an undated happening is no event: leave it out")


def article_path(gold_file: Path, doc: dict) -> Path:
    source = Path(doc["source"])
    for base in (gold_file.parent.parent.parent, gold_file.parent.parent, Path.cwd()):
        if (base / source).is_file():
            return base / source
    raise InputError(f"{gold_file}: article {doc['source']} not found")
