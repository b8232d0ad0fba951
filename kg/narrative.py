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
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files

from kg import normalize
from kg.model import DateValue, Entity
from kg.parse import Article, Mention, Sentence

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


def _shift(base: DateValue, unit: str, offset: int, raw: str) -> DateValue:
    year = base.year
    if unit == "year" or base.precision == "year":
        return DateValue(f"{year + offset:04d}" if unit == "year" else f"{year:04d}", "year", raw=raw)
    month = int(base.iso[5:7]) + offset
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return DateValue(f"{year:04d}-{month:02d}", "month", raw=raw)


def _month_without_year(text: str, context: DateValue | None) -> DateValue | None:
    if context is None:
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


def _relative(text: str, context: DateValue | None) -> DateValue | None:
    if context is None:
        return None
    for pattern, unit, offset in _RELATIVE:
        m = pattern.search(text)
        if m:
            if offset == "N":
                word = m.group("n").lower()
                offset = int(word) if word.isdigit() else _NUMBER_WORDS[word]
            return _shift(context, unit, int(offset), m.group(0))
    return None


def explicit_date(text: str) -> DateValue | None:
    """A date written in full in ``text`` (year included), with a range when one is given."""
    text = _MONTH_OF_YEAR.sub(r"\1 \2", _LIFESPAN.sub(" ", text))
    m = _BETWEEN.search(text)
    if m and int(m.group(2)) > int(m.group(1)):
        return DateValue(m.group(1), "year", raw=m.group(0), end=DateValue(m.group(2), "year"))
    return normalize.parse_date_text(text)


def resolve_date(text: str, context: DateValue | None) -> DateValue | None:
    """The date a clause speaks of: written in full, or relative to ``context``."""
    date = explicit_date(text)
    if date is not None:
        if date.raw and len(date.raw) > 40:  # parse_date_text keeps the whole text as raw
            date = replace(date, raw="")
        return date
    return _month_without_year(text, context) or _relative(text, context)


# ---------------------------------------------------------------- clauses

# Where a sentence splits into clauses that may carry their own date and event.
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?=(?:which|while|whereas)\b)|,?\s+(?=(?:and\s+)?(?:then\s+)?followed\s+(?:up\s+)?(?:\w+\s+)?(?:in|by)\b)"
)


@dataclass
class Clause:
    text: str
    start: int  # offsets into the sentence text
    end: int
    date: DateValue | None  # own date (explicit or relative), None when the clause has none
    separator: str = ""  # the text that separated it from the previous clause


def split_clauses(text: str) -> list[tuple[int, int, str]]:
    """(start, end, separator) spans of the clauses of a sentence."""
    spans: list[tuple[int, int, str]] = []
    start, sep = 0, ""
    for m in _CLAUSE_BREAK.finditer(text):
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

    def find(self, text: str, taken: list[Mention]) -> list[Mention]:
        found: list[Mention] = []
        if not self.by_first:
            return found
        covered = [(t.start, t.end) for t in taken]
        pos = 0
        for m in _CAP_WORD.finditer(text):
            if m.start() < pos:
                continue
            for name in self.by_first.get(m.group(0), ()):
                end = m.start() + len(name)
                if not text.startswith(name, m.start()) or (end < len(text) and (text[end].isalnum() or text[end] in "-_")):
                    continue
                if any(m.start() < b and a < end for a, b in covered):
                    break
                ent = self.entities[name]
                found.append(Mention(Entity(label=name, title=ent.title, kind=ent.kind), m.start(), end))
                pos = end
                break
        return found


_CAP_WORD = re.compile(r"(?<![\w-])[A-Z]\w*")
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
    upper = sum(c.isupper() for c in name)
    return len(name) >= 4 or (len(name) >= 2 and upper == len(name))


def name_index(article: Article) -> NameIndex:
    """Names to look for in unlinked text: labels and titles of the article's links, and
    acronyms written after a link ("Nanyang Technological University (NTU)")."""
    company = _DISAMBIGUATION.sub("", article.title)
    company_words = {company.lower(), article.title.lower()}
    names: dict[str, Entity] = {}

    def add(name: str, title: str) -> None:
        name = name.strip()
        if _usable_name(name, company_words) and name not in names:
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
        clauses = []
        for start, end, sep in split_clauses(sentence.text):
            text = sentence.text[start:end]
            date = resolve_date(text, context)
            if date is not None:
                context = date
            clauses.append(Clause(text, start, end, date, sep))
        own = next((c.date for c in clauses if c.date is not None), None)
        mentions = list(sentence.mentions)
        mentions.extend(index.find(sentence.text, mentions))
        mentions.sort(key=lambda m: m.start)
        out.append(DatedSentence(sentence, own or base, mentions, clauses, role, own is not None))
    return out


__all__ = [
    "Clause", "DatedSentence", "NameIndex", "dated_sentences", "explicit_date", "heading_role",
    "heading_year", "name_index", "resolve_date", "section_role", "section_roles", "split_clauses",
]
