"""The historical present of trigger phrases: "1989 – Becomes a limited company", "sells 40 per
cent of its refining business", "Joins the Roundtable ...".

Timelines and chronologies tell their events in the present tense, while the triggers of
``kg/data/event_types.tsv`` are written in the past tense. ``with_present(pattern)`` gives each
past-tense verb written as a whole word in a trigger pattern its third-person present form as an
alternative ("sold" -> "(?:sold|sells)", "became" -> "(?:became|becomes)"), the forms taken from
the inflection dictionary of lemminflect rather than from a hand list. Auxiliaries (was, were,
had, did) are left alone: "was sold" stays past, so a description of the present state ("is
sold in 40 countries") is not read as an event. A present form that is also a plural noun
("signs", "orders", "purchases", "partners", "works") counts only before an article, a
possessive, a number or a capitalised name ("Signs a supply agreement", "orders PT Bumi to
pay"), not in "suspend purchases from the group" or "Global Infrastructure Partners".
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmas, getInflection

# a word of the pattern: after an escape \b or after no letter and no backslash (not the "w" of \w)
_WORD = re.compile(r"(?:(?<=\\b)|(?<![A-Za-z\\]))[a-z]{2,}")
_AUXILIARIES = frozenset({"was", "were", "had", "did", "been", "being",
                          "will", "would", "could", "should", "might", "must", "can", "may", "shall"})


# what follows a verb, not a noun: "signs a", "orders PT", "buys 51 per cent"
_VERB_NEXT = r"(?=\s+(?:(?:a|an|the|its|their|his|her)\b|\d|(?-i:[A-Z])))"


@lru_cache(maxsize=4096)
def present_of(word: str) -> str | None:
    """The third-person singular present of a past-tense verb ("sold" -> "sells"), else None."""
    if word in _AUXILIARIES:
        return None
    lemmas = getAllLemmas(word, upos="VERB").get("VERB", ())
    for lemma in lemmas:
        if word in getInflection(lemma, tag="VBD"):
            present = getInflection(lemma, tag="VBZ")
            if present and present[0] != word:
                return present[0]
    return None


_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")


def has_past_verb(text: str) -> bool:
    """Whether ``text`` writes a verb in the past tense ("repaid", "held", "sold"): from the
    inflection dictionary, irregular forms included."""
    return any(present_of(w) is not None for w in _LOWER_WORD.findall(text))


def _whole_word(pattern: str, start: int, end: int) -> bool:
    """Whether ``pattern[start:end]`` is a literal word of the pattern: after a word boundary,
    a blank, '(' or '|' (not an escape such as \\w or a group name), and before a word
    boundary, a blank, ')' or '|'."""
    if start > 0:
        before = pattern[start - 1]
        escaped_b = pattern[max(0, start - 2): start] == "\\b" and pattern[max(0, start - 3): start - 2] != "\\"
        if before not in " (|:" and not escaped_b:
            return False
        if before == ":" and pattern[max(0, start - 2): start] not in ("?:",):
            return False
    if end < len(pattern) and pattern[end] not in " )|" and pattern[end: end + 2] != "\\b":
        return False
    return pattern.count("[", 0, start) == pattern.count("]", 0, start)  # not inside a character class


def present_words(pattern: str) -> set[str]:
    """The present forms ``with_present`` adds to ``pattern`` ("sells", "becomes")."""
    return {present_of(m.group(0)) for m in _WORD.finditer(pattern)
            if _whole_word(pattern, m.start(), m.end()) and present_of(m.group(0)) is not None}


def with_present(pattern: str) -> str:
    """``pattern`` with the present form beside each past-tense verb it writes as a word."""
    out, last = [], 0
    for m in _WORD.finditer(pattern):
        word = m.group(0)
        if not _whole_word(pattern, m.start(), m.end()):
            continue
        present = present_of(word)
        if present is None:
            continue
        out.append(pattern[last: m.start()])
        if getAllLemmas(present, upos="NOUN"):
            present += _VERB_NEXT  # also a plural noun: only where a verb stands
        out.append(f"(?:{word}|{present})")
        last = m.end()
    out.append(pattern[last:])
    return "".join(out)


@lru_cache(maxsize=4096)
def is_participle(word: str) -> bool:
    """Whether ``word`` is the past participle of a verb ("sold", "set", "taken", "opened")."""
    if word in _AUXILIARIES:
        return False
    lemmas = getAllLemmas(word, upos="VERB").get("VERB", ())
    return any(word in getInflection(lemma, tag="VBN") for lemma in lemmas)


# the present passive of a timeline ("The plant is closed", "Both mills are sold to X"), an adverb
# allowed between ("is later sold")
_PRESENT_PASSIVE = re.compile(r"\b(is|are)(?=\s+(?:[a-z]+ly\s+)?([a-z]+)\b)")


def past_passive(text: str) -> tuple[str, list[int]]:
    """``text`` with its present passive put in the past ("is sold" -> "was sold", "are set up" ->
    "were set up"), and the offsets in ``text`` where each change adds a character."""
    out, shifts, last = [], [], 0
    for m in _PRESENT_PASSIVE.finditer(text):
        if not is_participle(m.group(2)):
            continue
        out.append(text[last: m.start()])
        out.append("was" if m.group(1) == "is" else "were")
        shifts.append(m.start())
        last = m.end()
    out.append(text[last:])
    return "".join(out), shifts
