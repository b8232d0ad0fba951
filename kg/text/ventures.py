"""The name a clause gives a joint venture it forms: one reading for the history participants
(the venture of a forming, role "venture") and for the relations (the company's own ventures,
which are no counterparties).

A venture is named after the forming verb ("X and Y formed Acme Nikko K.K."), set off by commas
beside "joint venture" ("formed a 50:50 joint venture, Acme Japan, to ...", "formed a joint
venture with Grupo Aeroportuario del Pacífico, Hangar Occidente, to ..."), or in apposition
before what it is ("formed Acme Japan, a joint venture with Z", "Acme Chemie GmbH, a joint
venture with Z, was set up in 1958"). A place or form in brackets and the legal form after it
belong to the name ("Acme Lighting (Suzhou) Co., Ltd.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from kg.text.items import LEGAL_SUFFIXES
from kg.text.mentions import CAPITAL, PROPER_NAME

# what a name is not: an article, a pronoun or a preposition opening the sentence
_NOT_A_NAME = r"(?!(?:The|A|An|Its|Their|In|On|At)\s)"
# the verbs that form a venture right before its name ("formed Acme Nikko K.K."); before a joint
# venture's description or partner also "launched" and "incorporated"
_FORMS = ("formed", "forms", "set up", "sets up", "established", "establishes", "created", "creates", "founded", "founds")
_FORMS_ANY = (*_FORMS, "launched", "launches", "incorporated")
_FORMING = "(?:" + "|".join(_FORMS) + ")"
# a capital opens a list item ("2021 – Forms X, a joint venture")
_FORMING_ANY = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _FORMS_ANY) + ")"
# the forming verbs as words: one opening a list item is no part of the name after it ("Forms PT
# Sawit Dumai Bioenergi, a joint venture")
FORMING_WORDS = frozenset(w for w in _FORMS_ANY if " " not in w)
# where a name after the verb ends
_END = r"(?=\s*[,.;:()]|\s+(?:in|to|at|on|for|with|was|which|that)\b|\s*$)"
# a place or form in brackets inside a venture's name, and the legal form after it
_MORE = re.compile(rf" \((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){{0,2}}\)(?: (?:{LEGAL_SUFFIXES.pattern})(?:,? (?:{LEGAL_SUFFIXES.pattern}))*)?")
_PATTERNS = (
    # "formed Acme Nikko K.K."
    re.compile(rf"\b{_FORMING}\s+{_NOT_A_NAME}(?P<name>{PROPER_NAME}){_END}"),
    # "a 50:50 joint venture, Acme Japan, to", "a joint venture in Thailand, TS Thai Steel Co., formed
    # with" (not a list of partners: "a joint venture with A, B and C")
    re.compile(rf"\bjoint[- ]ventures?(?:\s+(?!(?:and|or|partner|partners|agreement)\b)[^\s,;.()]+){{0,4}}?,\s+"
               rf"{_NOT_A_NAME}(?P<name>{PROPER_NAME})(?=\s*[,;.)]|\s+(?:was|which|to|in)\b|\s*$)(?!,?\s+(?:and|&)\s)"
               rf"(?!,\s+{CAPITAL}[\w&'.-]*(?:\s+{CAPITAL}[\w&'.-]*)*\s*(?:,|and\b))"),
    # "formed Acme Japan, a joint venture", "; Acme Chemie GmbH, a 50:50 joint venture"
    re.compile(rf"(?:\b{_FORMING_ANY}\s+|^|[;:]\s+){_NOT_A_NAME}"
               rf"(?P<name>{PROPER_NAME}),\s+(?:a|an)\s+(?:[\w:%–-]+\s+){{0,3}}joint[- ]venture\b(?![- ]partner)"),
    # "formed a joint venture with Grupo Aeroportuario del Pacífico, Hangar Occidente, to": a partner
    # of any length, then the name set off before what the venture does
    re.compile(rf"\b{_FORMING_ANY}\s+an?\s+(?:[\w:%–-]+\s+){{0,3}}?joint[- ]venture\s+with\s+[^,;.()]{{2,80}}?,\s+"
               rf"{_NOT_A_NAME}(?P<name>{PROPER_NAME})(?=,\s+(?:to|which|that|in\s+which)\b)"),
)


class Venture(NamedTuple):
    """A venture's name as written, where it is (``start``, ``end``) and where the words that
    name it open (``at``: the forming verb, "joint venture" or the name)."""
    name: str
    start: int
    end: int
    at: int


def venture_names(text: str, start: int = 0, end: int | None = None) -> Iterator[Venture]:
    """The names of the joint ventures ``text`` forms between ``start`` and ``end``, in the
    order of the shapes above (a name may come twice, by two shapes)."""
    end = len(text) if end is None else end
    for pattern in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            name, a, b = m.group("name"), m.start("name"), m.end("name")
            if more := _MORE.match(text, b):  # "Acme Lighting (Suzhou) Co., Ltd."
                name, b = name + more.group(0), more.end()
            yield Venture(name, a, b, m.start())
