"""What a section is about, from its heading: history, controversy, skip, or other.

Heading aliases and their roles are the table ``kg/data/history_sections.tsv``; a year
heading ("2017", "In 1990s"), a period ("1940s–1990s", "2000 to present") and a heading
that ends in a period ("Wartime and nationalisation (1914–1979)") are history.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

_SECTION_TABLE = "history_sections.tsv"


@lru_cache(maxsize=1)
def section_roles() -> dict[str, str]:
    """Heading alias (lower case) -> role: history | controversy | skip."""
    text = files("kg.data").joinpath(_SECTION_TABLE).read_text(encoding="utf-8")
    roles: dict[str, str] = {}
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            if cols[:2] == ["alias", "role"]:
                continue
        alias, role = cols[0].strip().lower(), cols[1].strip()
        if role not in ("history", "controversy", "skip"):
            raise ValueError(f"{_SECTION_TABLE}: unknown role {role!r} for {alias!r}")
        roles[alias] = role
    return roles


_YEAR_HEADING = re.compile(r"^(?:in |during )?(1[6-9]\d\d|20\d\d)s?$", re.IGNORECASE)
_PERIOD_HEADING = re.compile(r"^(?:\w+\s+)*?(1[6-9]\d\d|20\d\d)s?\s*(?:–|—|-|to|and)\s*(?:\d{2,4}s?|present|today|now)\b", re.IGNORECASE)
_ALIAS_END = re.compile(r"[\s:(,–—-]")
# an era of the company told under its own heading: "Wartime and nationalisation (1914–1979)",
# "Privatisation and expansion (1980–present)"
_ERA_HEADING = re.compile(r"\(\s*(?:c\.\s*)?(1[6-9]\d\d|20\d\d)s?\s*(?:–|—|-|to)\s*(?:\d{2,4}s?|present|today|now)\s*\)$",
                          re.IGNORECASE)


def heading_role(title: str) -> str | None:
    """The role of one heading ("Recent history (2000s–present)" -> "history")."""
    low = re.sub(r"\s+", " ", title).strip().lower()
    if _YEAR_HEADING.match(low) or _PERIOD_HEADING.match(low):
        return "history"
    roles = section_roles()
    if low in roles:
        return roles[low]
    for alias, role in roles.items():
        if low.startswith(alias) and _ALIAS_END.match(low[len(alias):len(alias) + 1] or " "):
            return role
    if low.endswith(")") and _ERA_HEADING.search(low):
        return "history"
    return None


def section_role(path: str | None) -> str:
    """The role of a section path: the deepest heading with a role decides; "lead" for None."""
    if path is None:
        return "lead"
    for title in reversed(path.split(" > ")):
        role = heading_role(title)
        if role:
            return role
    return "other"


def heading_year(path: str | None) -> int | None:
    """The year of the innermost year heading of a section path ("History > 2017" -> 2017)."""
    if not path:
        return None
    for title in reversed(path.split(" > ")):
        m = _YEAR_HEADING.match(title.strip())
        if m and not title.strip().endswith("s"):
            return int(m.group(1))
    return None


