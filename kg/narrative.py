"""Shared machinery for the text extractors (history, relations, controversies).

``dated_sentences(article)`` walks the article's sentences in order and gives each one the
date it speaks of, resolved against the running context, and its entity mentions: the
wikilinks in the sentence plus unlinked names that are linked elsewhere in the article.

The running context is the last date read in the section (explicit or resolved), or the year
of the enclosing year heading (``===2017===``). A sentence without a date of its own takes
the heading year and nothing else: dates are not carried from one sentence to the next
unless the text says so ("the following month", "later that year", "In October of that
year"). Each sentence is also cut into clauses (at ";", ", which", "followed by"...) that
carry their own dates, so "In April 2018 ..., which was followed in the next month by ..."
yields April and May.

Extractors build on this; they never re-parse or re-split text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib.resources import files
from re import _constants as _sre
from re import _parser as _sre_parser

from kg import normalize
from kg.model import DateValue, Entity, Provenance
from kg.parse import Article, Mention, Sentence

# ---------------------------------------------------------------- keyword gates
#
# Most cue patterns cannot match most sentences, and a case-insensitive pattern costs a match
# attempt at every position of the text. ``required_literals`` reads a compiled pattern and
# returns lower-case strings of which every match (or the text around it, for a lookahead)
# contains at least one; ``passes`` tests them with ``in`` against the folded text and the
# pattern only runs when one is there. The gate is exact: it never turns a match into a miss.

# Characters that case-insensitive matching equates with an ASCII letter although their
# lower case is not that letter (U+0130 and U+0131 match "i", U+017F matches "s").
_FOLD_FIXES = {0x130: "i", 0x131: "i", 0x17F: "s"}
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")


def fold(text: str) -> str:
    """``text`` lower-cased for keyword gates: one character per character of ``text``, so
    ``fold(text)[a:b]`` is the fold of ``text[a:b]``."""
    if not text.isascii() and _ODD_CASE.search(text):
        return text.translate(_FOLD_FIXES).lower()
    return text.lower()


def _factors(items, out: list[frozenset[str]]) -> None:
    """Append to ``out`` sets of strings such that the text holds one string of each set."""
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(frozenset({"".join(run)}))
            run.clear()

    def walk(seq) -> None:
        for op, av in seq:
            if op is _sre.LITERAL and av < 128:
                run.append(chr(av).lower())
            elif op is _sre.AT:
                continue  # zero width: the literals around it are adjacent in the text
            elif op is _sre.SUBPATTERN:
                walk(av[-1])  # matched once, in place
            else:
                flush()
                sub: list[frozenset[str]] = []
                if op is _sre.BRANCH:
                    alts = [_best(alt) for alt in av[1]]
                    if alts and all(alts):
                        sub.append(frozenset().union(*alts))
                elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
                    _factors(av[2], sub)
                elif op is _sre.ASSERT:
                    _factors(av[1], sub)  # a lookaround's text is in the string too
                elif op is _sre.ATOMIC_GROUP:
                    _factors(av, sub)
                out.extend(sub)

    walk(items)
    flush()


def _best(items) -> frozenset[str] | None:
    factors: list[frozenset[str]] = []
    _factors(items, factors)
    if not factors:
        return None
    best = max(factors, key=lambda f: (min(map(len, f)), -len(f)))
    # a string that contains another one of the set adds nothing
    return frozenset(s for s in best if not any(t != s and t in s for t in best))


@cache
def _literals(pattern: str, flags: int) -> tuple[str, ...] | None:
    try:
        best = _best(_sre_parser.parse(pattern, flags))
    except Exception:  # an unreadable pattern is simply not gated
        return None
    return tuple(sorted(best, key=lambda s: (-len(s), s))) if best else None


def required_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case strings one of which the text holds wherever ``pattern`` matches in it;
    None when the pattern needs no literal text."""
    return _literals(pattern.pattern, pattern.flags) if isinstance(pattern.pattern, str) else None


def passes(literals: tuple[str, ...] | None, folded: str) -> bool:
    """Whether a pattern with these ``required_literals`` may match the text ``folded``."""
    if literals is None:
        return True
    for s in literals:
        if s in folded:
            return True
    return False


# ---------------------------------------------------------------- tables

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
# Relative phrases: pattern -> (unit, offset). "N" in the offset column is read from the
# phrase's ``n`` group ("two years later").
RELATIVE_PHRASES: tuple[tuple[str, str, int | str], ...] = (
    (r"\b(?:the|that) (?:very )?same month\b|\bthat month\b|\bthe same month\b", "month", 0),
    (r"\b(?:the )?following month\b|\bthe next month\b|\b(?:a|one) month later\b", "month", 1),
    (r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months later\b", "month", "N"),
    (r"\bthe previous month\b|\b(?:a|one) month (?:earlier|before)\b", "month", -1),
    (r"\b(?:the )?following year\b|\bthe next year\b|\b(?:a|one) year later\b", "year", 1),
    (r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years later\b", "year", "N"),
    (r"\bthe previous year\b|\b(?:a|one) year (?:earlier|before)\b", "year", -1),
    (r"\b(?:later|earlier) (?:that|in the|the same|that same) year\b|\b(?:that|the) same year\b"
     r"|\bthat year\b|\bthe same year\b", "year", 0),
)
# Capitalised words that are never entity names on their own.
NOT_NAMES: frozenset[str] = frozenset(
    "the a an in on at of and or for by with from to it its this that these those he she they "
    "his her their company group government university city state national international "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday inc ltd plc llc corp co "
    "series round first new later earlier after before during since then also however today "
    "following next last this".split()
)

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


# ---------------------------------------------------------------- dates

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_RELATIVE = tuple((re.compile(p, re.IGNORECASE), unit, off) for p, unit, off in RELATIVE_PHRASES)
# A month (and day) written without a year: "In October of that year", "on 31 March".
_MONTH_NO_YEAR = re.compile(
    rf"(?:\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>(?i:{_MONTH_ALT}))\b"
    rf"|\b(?P<m2>(?i:{_MONTH_ALT}))\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|,\d))"
    rf"|\b(?i:in|during|by|early|late|mid|mid-|from|until|since|of)[\s-]+(?P<m3>(?i:{_MONTH_ALT}))\b)"
    r"(?!\.?,?\s*(?:of\s+)?(?:1[6-9]\d\d|20\d\d))"
)
_BETWEEN = re.compile(r"\bbetween (1[6-9]\d\d|20\d\d) and (1[6-9]\d\d|20\d\d)\b", re.IGNORECASE)
_LIFESPAN = re.compile(r"\(\s*(?:b\.\s*|born\s+)?1[6-9]\d\d\s*[–—-]\s*(?:1[6-9]\d\d|20\d\d)?\s*\)")
_MONTH_OF_YEAR = re.compile(rf"\b((?i:{_MONTH_ALT}))\s+of\s+(1[6-9]\d\d|20\d\d)\b")
_CAPITALISED_MONTHS = frozenset(m for m in MONTHS if len(m) > 3) | {"may"}
# Every date form of explicit_date (and of normalize.parse_date_text) holds a four-digit year.
_FOUR_DIGITS = re.compile(r"\d{4}")
_RELATIVE_GATED = tuple((required_literals(p), p, unit, off) for p, unit, off in _RELATIVE)
_MONTH_NO_YEAR_GATE = required_literals(_MONTH_NO_YEAR)
_BETWEEN_GATE = required_literals(_BETWEEN)
_LIFESPAN_GATE = required_literals(_LIFESPAN)
_MONTH_OF_YEAR_GATE = required_literals(_MONTH_OF_YEAR)


def _shift(base: DateValue, unit: str, offset: int, raw: str) -> DateValue:
    year = base.year
    if unit == "year" or base.precision == "year":
        return DateValue(f"{year + offset:04d}" if unit == "year" else f"{year:04d}", "year", raw=raw)
    month = int(base.iso[5:7]) + offset
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return DateValue(f"{year:04d}-{month:02d}", "month", raw=raw)


def _month_without_year(text: str, context: DateValue | None, folded: str | None = None) -> DateValue | None:
    if context is None or not passes(_MONTH_NO_YEAR_GATE, fold(text) if folded is None else folded):
        return None
    for m in _MONTH_NO_YEAR.finditer(text):
        name = m.group("m1") or m.group("m2") or m.group("m3")
        if name.lower() not in _CAPITALISED_MONTHS and not name[0].isupper():
            continue
        if name.lower() == "may" and name[0] != "M":
            continue
        month = MONTHS[name.lower()]
        day = m.group("d1") or m.group("d2")
        raw = m.group(0).strip()
        if day and 1 <= int(day) <= 31:
            return DateValue(f"{context.year:04d}-{month:02d}-{int(day):02d}", "day", raw=raw)
        return DateValue(f"{context.year:04d}-{month:02d}", "month", raw=raw)
    return None


def _relative(text: str, context: DateValue | None, folded: str | None = None) -> DateValue | None:
    if context is None:
        return None
    if folded is None:
        folded = fold(text)
    for gate, pattern, unit, offset in _RELATIVE_GATED:
        m = pattern.search(text) if passes(gate, folded) else None
        if m:
            if offset == "N":
                word = m.group("n").lower()
                offset = int(word) if word.isdigit() else _NUMBER_WORDS[word]
            return _shift(context, unit, int(offset), m.group(0))
    return None


_DECADE_WORD = re.compile(r"\b(?:1[6-9]\d0|20\d0)s\b")


def explicit_date(text: str, folded: str | None = None) -> DateValue | None:
    """A date written in full in ``text`` (year included), with a range when one is given."""
    if not _FOUR_DIGITS.search(text):
        return None
    if folded is None:
        folded = fold(text)
    for gate, pattern, repl in ((_LIFESPAN_GATE, _LIFESPAN, " "), (_MONTH_OF_YEAR_GATE, _MONTH_OF_YEAR, r"\1 \2")):
        if passes(gate, folded):
            new = pattern.sub(repl, text)
            if new != text:
                text, folded = new, fold(new)
    m = _BETWEEN.search(text) if passes(_BETWEEN_GATE, folded) else None
    if m and int(m.group(2)) > int(m.group(1)):
        return DateValue(m.group(1), "year", raw=m.group(0), end=DateValue(m.group(2), "year"))
    date = normalize.parse_date_text(text)
    if date is not None and date.approximate and _DECADE_WORD.search(text):
        # "During the 1970s, ... with the opening of new stores ... in 1977": the year wins
        exact = normalize.parse_date_text(_DECADE_WORD.sub(" ", text))
        if exact is not None and not exact.approximate:
            return exact
    return date


def resolve_date(text: str, context: DateValue | None, folded: str | None = None) -> DateValue | None:
    """The date a clause speaks of: written in full, or relative to ``context``."""
    if folded is None:
        folded = fold(text)
    date = explicit_date(text, folded)
    if date is not None:
        if date.raw and len(date.raw) > 40:  # parse_date_text keeps the whole text as raw
            date = replace(date, raw="")
        return date
    return _month_without_year(text, context, folded) or _relative(text, context, folded)


# ---------------------------------------------------------------- clauses

# Where a sentence splits into clauses that may carry their own date and event.
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?=(?:which|while|whereas)\b)|,?\s+(?=(?:and\s+)?(?:then\s+)?followed\s+(?:up\s+)?(?:\w+\s+)?(?:in|by)\b)"
    # "... to Lenovo and, in 2009, it acquired ...", "..., and a year later it also acquired ..."
    r"|,?\s+and,\s+(?=(?:in|on|by|during)\s[^,;]{0,20}?\b(?:1[6-9]\d\d|20\d\d)\b)"
    r"|,\s+and\s+(?=(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:years?|months?)\s+later\b)"
    # "... merged with MFI and the group was renamed ...", "... founded in 1911 and was renamed ... in 1924"
    r"|,?\s+and\s+(?=(?:the\s+(?:company|group|firm|business|chain|newspaper|paper)|it)\s+(?:was|were|became|changed)\b)"
    r"|\s+and\s+(?=(?:was|were|later)\s+[^,;]{0,60}?\b(?:in|on)\s+(?:\w+\s+){0,2}(?:1[6-9]\d\d|20\d\d)\b)"
    # "..., and Archie Norman was appointed chief executive in October."
    r"|,\s+and\s+(?=[^,;]{0,80}?\b(?:in|on|by)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|(?:1[6-9]|20)\d\d)\b)"
    r"|\s+and\s+(?=[a-z]{3,}ed\s)"  # "... was renamed The Toronto Star and moved to ..."
    # "... introduced the sedative Nembutal in 1930 and the anesthetic Pentothal in 1936"
    r"|\s+and\s+(?=(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:1[6-9]|20)\d\d\b)"
    r"|\s+and\s+(?=(?:became|was\s+(?:appointed|named))\s+(?:the\s+)?(?:new\s+)?(?:chairman|chairwoman|chief|CEO|president|managing)\b)"
)


@dataclass
class Clause:
    text: str
    start: int  # offsets into the sentence text
    end: int
    date: DateValue | None  # own date (explicit or relative), None when the clause has none
    separator: str = ""  # the text that separated it from the previous clause


_CLAUSE_BREAK_GATE = required_literals(_CLAUSE_BREAK)
# Where a clause break can start: every alternative of _CLAUSE_BREAK begins with ';', ',' or
# the blank before "and"/"followed"/"then". Trying the pattern only there is what
# ``_CLAUSE_BREAK.finditer`` finds, without trying its alternatives at every blank.
_CLAUSE_BREAK_AT = re.compile(r"[;,]|\s+(?=and[\s,]|followed\s|then\s)")


def _clause_breaks(text: str):
    end = 0
    for c in _CLAUSE_BREAK_AT.finditer(text):
        if c.start() < end:
            continue
        m = _CLAUSE_BREAK.match(text, c.start())
        if m is not None:
            end = m.end()
            yield m


def split_clauses(text: str, folded: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, separator) spans of the clauses of a sentence."""
    if not passes(_CLAUSE_BREAK_GATE, fold(text) if folded is None else folded):
        return [(0, len(text), "")]
    spans: list[tuple[int, int, str]] = []
    start, sep = 0, ""
    for m in _clause_breaks(text):
        before = text[: m.start()]  # never split inside parentheses or quotes
        if before.count("(") != before.count(")") or before.count('"') % 2 or m.start() - start < 12:
            continue
        spans.append((start, m.start(), sep))
        start, sep = m.end(), m.group(0).strip()
    spans.append((start, len(text), sep))
    return spans


# ---------------------------------------------------------------- mentions


@dataclass
class NameIndex:
    """Unlinked names that resolve to an entity linked elsewhere in the article.

    Names are looked up by their first word, so finding them costs one scan of the
    capitalised words of a sentence whatever the number of names.
    """

    entities: dict[str, Entity]
    by_first: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in sorted(self.entities, key=len, reverse=True):
            first = _FIRST_WORD.match(name)
            if first:
                self.by_first.setdefault(first.group(0), []).append(name)
        self._alternatives: dict[str, re.Pattern] = {}

    def _names_at(self, first: str) -> re.Pattern:
        """The names starting with ``first``, longest first, as one pattern that also checks
        that a name ends where a word ends."""
        pattern = self._alternatives.get(first)
        if pattern is None:
            alternation = "|".join(re.escape(n) for n in self.by_first[first])
            pattern = self._alternatives[first] = re.compile(rf"(?:{alternation})(?![\w-])")
        return pattern

    def find(self, text: str, taken: list[Mention]) -> list[Mention]:
        found: list[Mention] = []
        by_first = self.by_first
        if not by_first:
            return found
        covered = None
        pos = 0
        for m in _CAP_WORD.finditer(text):
            names = by_first.get(m.group(0))
            if names is None:
                continue
            start = m.start()
            if start < pos:
                continue
            if len(names) == 1:
                name = names[0]
                end = start + len(name)
                if not text.startswith(name, start) or (end < len(text) and (text[end].isalnum() or text[end] in "-_")):
                    continue
            else:
                hit = self._names_at(m.group(0)).match(text, start)
                if hit is None:
                    continue
                name, end = hit.group(0), hit.end()
            if covered is None:
                covered = [(t.start, t.end) for t in taken]
            if any(start < b and a < end for a, b in covered):
                continue
            if start > 1 and text[start - 1] == " ":
                before = text[text.rfind(" ", 0, start - 1) + 1: start - 1]
                if _NAME_WORD.fullmatch(before) and before.lower() not in _OPENERS:
                    continue  # the tail of a longer name: "Daily Star" in "the Toronto Daily Star"
            if end + 1 < len(text) and text[end] == " " and text[end + 1].isupper():
                after = _NAME_WORD.match(text, end + 1)
                if after is not None and after.group(0).lower() not in NAME_TAILS:
                    continue  # the head of a longer name: "Toronto" in "the Toronto Star"
            ent = self.entities[name]
            found.append(Mention(Entity(label=name, title=ent.title, kind=ent.kind), start, end))
            pos = end
        return found


_CAP_WORD = re.compile(r"(?<![\w-])[A-Z]\w*")
_NAME_WORD = re.compile(r"[A-Z][\w&'-]*")
# words that may follow a name and still mean the same organisation ("Alibaba Group")
NAME_TAILS = frozenset(
    "group inc inc. ltd ltd. co co. corp corp. corporation company holdings plc llc ag sa se nv "
    "international limited".split()
)
# capitalised words that start a sentence or a phrase rather than a name
_OPENERS = frozenset(
    "the a an in on at by for from with and of to as after before when while since during "
    "its their his her this that these those former then".split()
)
_FIRST_WORD = re.compile(r"[A-Z]\w*")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")
_DISAMBIGUATION = re.compile(r"\s*\([^)]*\)$")


def _usable_name(name: str, company_words: set[str]) -> bool:
    if not name or not name[0].isupper():
        return False
    low = name.lower()
    if low in NOT_NAMES or low in company_words:
        return False
    if any(w and w in low for w in company_words if len(w) > 3):
        return False
    return len(name) >= 4 or (len(name) >= 2 and all(c.isupper() for c in name))


def name_index(article: Article) -> NameIndex:
    """Names to look for in unlinked text: labels and titles of the article's links, and
    acronyms written after a link ("Nanyang Technological University (NTU)")."""
    company = _DISAMBIGUATION.sub("", article.title)
    company_words = {company.lower(), article.title.lower()}
    names: dict[str, Entity] = {}

    def add(name: str, title: str) -> None:
        name = name.strip()
        if name not in names and _usable_name(name, company_words):
            names[name] = Entity(label=name, title=title)

    concept_titles: set[str] = set()
    for sentence in article.sentences:
        for mention in sentence.mentions:
            title = mention.entity.title
            if not title:
                continue
            label = mention.entity.label
            if label[:1].islower():
                concept_titles.add(title)
                continue
            add(label, title)
            add(_DISAMBIGUATION.sub("", title), title)
            acro = _ACRONYM_AFTER.match(sentence.text, mention.end)
            if acro:
                add(acro.group(1), title)
    for title, label in article.links.items():
        if title in concept_titles or title.startswith(("File:", "Image:", "Category:")):
            continue
        if label[:1].isupper():
            add(label, title)
    # a name the label index maps to another entity is ambiguous: leave it unresolved
    for name in [n for n, e in names.items() if article.label_index.get(n.lower(), e.title) != e.title]:
        names.pop(name)
    return NameIndex(names)


# ---------------------------------------------------------------- dated sentences


@dataclass
class DatedSentence:
    sentence: Sentence
    date: DateValue | None  # the date the sentence speaks of, at its precision
    mentions: list[Mention] = field(default_factory=list)  # linked + resolved unlinked names
    clauses: list[Clause] = field(default_factory=list)
    role: str = "other"  # section role: lead | history | controversy | skip | other
    explicit: bool = False  # the date is written in the sentence (not the heading year)
    # the sentence text lower-cased (``str.lower``) and folded for keyword gates (``fold``):
    # computed once here for every extractor
    low: str = field(default="", repr=False, compare=False)
    folded: str = field(default="", repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.folded and self.sentence.text:
            self.low, self.folded = self.sentence.text.lower(), fold(self.sentence.text)


# Nouns by which an article refers to its subject ("the company", "the newspaper").
SELF_NOUNS = (
    "company", "firm", "group", "chain", "retailer", "business", "corporation", "conglomerate",
    "newspaper", "paper", "bank", "airline", "startup", "start-up", "manufacturer", "publisher",
    "broadcaster", "railway", "insurer", "automaker", "carmaker",
)
_LEAD_COPULA = re.compile(r"\s(?:is|was|are|were)\s")
_SUBJECT_END = re.compile(r",\s+(?=[a-z])")  # "Alsea, S.A.B. de C.V., known as Alsea"
_LEAD_ALIAS = re.compile(r"\(\s*(?:or simply |also known as |commonly |known as )?([A-Z][A-Za-z0-9&.-]{1,11})\s*[,;)]")
_GENERIC_LAST = {"company", "group", "inc", "ltd", "limited", "corporation", "plc", "holdings", "ag", "sa"}


def company_names(article: Article) -> frozenset[str]:
    """Lower-case names that denote the company itself: its title with and without the
    disambiguation ("alsea"), short names given in parentheses in the lead's first clause
    ("Ukrainian Processing Center (UPC, ...) is ...": "upc"), and "the" with the title's last
    word ("the star" for Toronto Star). Generic nouns ("the company") are in SELF_NOUNS."""
    title = article.title.lower()
    names = {title, _DISAMBIGUATION.sub("", article.title).lower()}
    words = _DISAMBIGUATION.sub("", article.title).split()
    if len(words) > 1 and words[-1][:1].isupper() and words[-1].isalpha() and "of" not in words:
        if words[-1].lower() not in _GENERIC_LAST:
            names.add(f"the {words[-1].lower()}")
    lead = article.sections[0] if article.sections and article.sections[0].path is None else None
    if lead is not None and lead.sentences:
        first = lead.sentences[0].text
        m = _LEAD_COPULA.search(first)
        stop = m.start() if m else min(len(first), 200)
        aliases = {a.group(1).rstrip(".").lower() for a in _LEAD_ALIAS.finditer(first, 0, stop)}
        # the name the lead opens with: "Microsoft Corporation (MS) is ...", "International
        # Business Machines Corporation (IBM) is ..."
        paren = first.find("(", 0, stop)
        subject = _SUBJECT_END.split(first[: paren if paren > 0 else stop], 1)[0]
        subject = re.sub(r"^the\s+", "", subject.strip(" ,"), flags=re.I).lower()
        if m and 0 < len(subject) <= 80 and (any(n in subject for n in names) or names & aliases):
            names.add(subject)
        names |= aliases
    names.discard("")
    return frozenset(names)


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic|i|ch|ss)")
ABBREVIATED_PLACE = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")  # "U.S", "U.K", "U.S.A"


def is_demonym_link(entity: Entity) -> bool:
    """A link written as an adjective of a place or people ("[[Mexico|Mexican]] chain",
    "[[Ukraine|Ukrainian]] company", "[[United States|U.S.]]-based", "[[Korean language|Korean]]"):
    it describes a party, it is not one."""
    label, title = entity.label.rstrip("."), entity.title
    if not title or label == title:
        return False
    if ABBREVIATED_PLACE.fullmatch(label):
        return True
    if not _DEMONYM.fullmatch(label):
        return False
    return label.lower() not in title.lower() or title.lower() in {
        f"{label.lower()} {noun}" for noun in ("language", "people", "peoples", "cuisine")}


_OFFICE = re.compile(
    r"(?:Mayor|President|Vice President|Prime Minister|Minister|Governor|Secretary|Chancellor|King|Queen|"
    r"Emperor|Premier|Senator|Speaker|Attorney General|Chief Justice) of\b")


_LAW = re.compile(r".* Act(?: of \d{4})?")


def is_office_link(entity: Entity) -> bool:
    """A link to an office ("[[Mayor of Toronto]]") or a law ("[[Sherman Antitrust Act]]"):
    it names a role or a rule, not a party."""
    return bool(entity.title and (_OFFICE.match(entity.title) or _LAW.fullmatch(entity.title)))


_LAST: list = [None, None]  # (article, result): extractors of one article share one computation


def dated_sentences(article: Article) -> list[DatedSentence]:
    """Every sentence of the article with its resolved date, clauses and entity mentions.

    The result is computed once per article and shared by the extractors that ask for it:
    treat it as read-only.
    """
    if _LAST[0] is article:
        return _LAST[1]
    result = _dated_sentences(article)
    _LAST[0], _LAST[1] = article, result
    return result


class LiteralIndex:
    """Which sentences of an article hold a literal: one ``str.find`` scan of the joined
    sentence texts per literal instead of one ``in`` test per sentence and literal."""

    def __init__(self, texts: Sequence[str]):
        self.texts = texts
        self.joined = "\x00".join(texts)
        self.starts: list[int] = []
        pos = 0
        for text in texts:
            self.starts.append(pos)
            pos += len(text) + 1
        self._holding: dict[str, frozenset[int]] = {}

    def holding(self, literal: str) -> frozenset[int]:
        """The numbers of the sentences that contain ``literal``."""
        hits = self._holding.get(literal)
        if hits is not None:
            return hits
        if not literal or "\x00" in literal:
            hits = frozenset(i for i, text in enumerate(self.texts) if literal in text)
        else:
            found: set[int] = set()
            joined, starts, last = self.joined, self.starts, len(self.starts) - 1
            at = joined.find(literal)
            while at >= 0:  # an occurrence never spans the separator: it lies in one sentence
                k = bisect_right(starts, at) - 1
                found.add(k)
                if k >= last:
                    break
                at = joined.find(literal, starts[k + 1])
            hits = frozenset(found)
        self._holding[literal] = hits
        return hits

    def any_of(self, literals: tuple[str, ...] | None) -> frozenset[int] | None:
        """The sentences that contain one of ``literals``; None (no restriction) for None."""
        if literals is None:
            return None
        if len(literals) == 1:
            return self.holding(literals[0])
        return frozenset().union(*map(self.holding, literals))

    def candidates(self, items, gate, within: frozenset[int] | None = None) -> dict[int, list]:
        """Sentence number -> the ``items`` (in their order) whose ``gate(item)`` literals the
        sentence holds, among the sentences ``within`` (all when None)."""
        out: dict[int, list] = {}
        everything = frozenset(range(len(self.texts)))
        for item in items:
            hits = self.any_of(gate(item))
            if hits is None:
                hits = everything
            if within is not None:
                hits = hits & within
            for i in hits:
                out.setdefault(i, []).append(item)
        return out


_INDEX: list = [None, None, None]  # (dated sentences, index of low, index of folded)


def literal_index(article: Article, folded: bool = True) -> LiteralIndex:
    """The ``LiteralIndex`` of the ``dated_sentences`` of an article, over their ``folded``
    texts (for keyword gates) or their ``low`` texts (``str.lower``, for prefilters)."""
    dated = dated_sentences(article)
    if _INDEX[0] is not dated:
        lows = [ds.low for ds in dated]
        folds = [ds.folded for ds in dated]
        low_index = LiteralIndex(lows)
        _INDEX[0], _INDEX[1] = dated, low_index
        _INDEX[2] = low_index if lows == folds else LiteralIndex(folds)
    return _INDEX[2] if folded else _INDEX[1]


def _dated_sentences(article: Article) -> list[DatedSentence]:
    index = name_index(article)
    out: list[DatedSentence] = []
    section: object = object()
    context: DateValue | None = None
    base: DateValue | None = None
    role = "lead"
    for sentence in article.sentences:
        if sentence.section != section:
            section = sentence.section
            year = heading_year(sentence.section)
            base = DateValue(f"{year:04d}", "year") if year else None
            context = base
            role = section_role(sentence.section)
        full = sentence.text
        if full.isascii() or not _ODD_CASE.search(full):
            low = folded = full.lower()
        else:
            low, folded = full.lower(), fold(full)
        has_year = _FOUR_DIGITS.search(full) is not None
        clauses = []
        for start, end, sep in split_clauses(full, folded):
            text = full[start:end]
            part = folded[start:end]
            date = explicit_date(text, part) if has_year else None
            if date is not None:
                if date.raw and len(date.raw) > 40:  # parse_date_text keeps the whole text as raw
                    date = replace(date, raw="")
            elif context is not None:
                date = _month_without_year(text, context, part) or _relative(text, context, part)
            if date is not None:
                context = date
            clauses.append(Clause(text, start, end, date, sep))
        own = next((c.date for c in clauses if c.date is not None), None)
        mentions = list(sentence.mentions)
        mentions.extend(index.find(full, mentions))
        mentions.sort(key=lambda m: m.start)
        out.append(DatedSentence(sentence, own or base, mentions, clauses, role, own is not None, low, folded))
    return out


__all__ = [
    "Clause", "DatedSentence", "LiteralIndex", "NameIndex", "dated_sentences", "literal_index", "explicit_date", "fold", "heading_role",
    "heading_year", "name_index", "passes", "required_literals", "resolve_date", "section_role",
    "section_roles", "split_clauses",
]


def sentence_provenance(article: Article, sentence: Sentence, extractor: str) -> Provenance:
    """Where a fact read from a sentence comes from: article, revision, section, the
    sentence itself and the citations that close it."""
    return Provenance(
        article=article.title,
        revision=article.revision,
        section=sentence.section,
        sentence=sentence.text,
        citations=tuple(sentence.citations),
        extractor=extractor,
    )
