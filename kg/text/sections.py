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


# what a heading that goes on with a run of era sections says of time: a year ("Since 2010",
# "2000 onwards") or a word of time ("Recent developments", "After the merger")
_TIME_WORDS = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)s?\b|\b(?:since|after|onwards?|present|recent|recently|today|later|latest)\b",
                         re.IGNORECASE)
# a heading that names a period of the company: "1998–2004: Hanbit Studio", "Origins (1883–1930)"
_PERIOD_FIRST = re.compile(r"^(1[6-9]\d\d|20\d\d)s?\s*(?:–|—|-|to)\s*(?:\d{2,4}s?|present|today|now)\b", re.IGNORECASE)


def _era_heading(title: str) -> bool:
    low = re.sub(r"\s+", " ", title).strip().lower()
    return bool(_YEAR_HEADING.match(low) or _PERIOD_HEADING.match(low) or _PERIOD_FIRST.match(low)
                or (low.endswith(")") and _ERA_HEADING.search(low)))


def parent_section(path: str | None) -> str | None:
    """The section path above a subsection ("Business > Funding" -> "Business"); None for
    the lead and a top-level section."""
    return path.rsplit(" > ", 1)[0] if path and " > " in path else None


def article_roles(sections: list[tuple[str | None, int]]) -> dict[str | None, str]:
    """The role of each section of an article, given as (path, level) in article order:
    ``section_role``, and the history's extent told by structure: an ordinary section whose
    heading speaks of time ("Since 2010", "2000 onwards", "Recent developments") right after a
    sibling era section of the history ("Exports and expansion (1989–2010)") is history too."""
    roles: dict[str | None, str] = {}
    last_at_level: dict[int, tuple[str | None, bool]] = {}  # level -> (path, an era section of the history)
    for path, level in sections:
        role = section_role(path)
        title = path.rsplit(" > ", 1)[-1] if path else ""
        previous = last_at_level.get(level)
        if (role == "other" and previous is not None and previous[1] and _TIME_WORDS.search(title)
                and parent_section(previous[0]) == parent_section(path)):
            role = "history"
        roles[path] = role
        last_at_level[level] = (path, role == "history" and (_era_heading(title) or bool(previous and previous[1])))
        for deeper in [k for k in last_at_level if k > level]:
            del last_at_level[deeper]
    return roles


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


