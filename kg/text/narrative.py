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

Extractors build on this; they never re-parse or re-split text. Names and mentions are in
``kg.text.mentions``, section roles in ``kg.text.sections``, keyword gates in
``kg.text.patterns``.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.model import DateValue, Provenance
from kg.text.article_cache import slot
from kg.text.dates import (
    MONTH_ALT,
    MONTHS,
    SINCE_DATE,
    SINCE_DECADE,
    SINCE_YEAR,
    first_of_pair,
    parse_date_text,
    since_before,
)
from kg.text.mentions import name_index
from kg.text.parse import Article, Mention, Sentence
from kg.text.patterns import ODD_CASE, GateSet, LiteralIndex, fold, passes, required_literals
from kg.text.sections import article_roles, heading_year

# the numbers written as words, up to twenty ("a year later", "thirteen months after its launch")
NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"a": 1, "an": 1}
# a count of months, years or weeks in a relative phrase ("thirteen months later", "12 years later")
_COUNT = "|".join(w for w in NUMBER_WORDS if w not in ("zero", "one", "a", "an")) + r"|\d{1,2}"
# Relative phrases: pattern -> (unit, offset). "N" in the offset column is read from the
# phrase's ``n`` group ("two years later").
RELATIVE_PHRASES: tuple[tuple[str, str, int | str], ...] = (
    (r"\b(?:the|that) (?:very )?same month\b|\bthat month\b|\bthe same month\b", "month", 0),
    (r"\b(?:the )?following month\b|\bthe next month\b|\b(?:a|one) month later\b"
     r"|\bthe month after(?=\s*[,.;)]|\s*$)", "month", 1),
    (rf"\b(?P<n>{_COUNT}) months later\b", "month", "N"),
    (r"\bthe previous month\b|\b(?:a|one) month (?:earlier|before)\b", "month", -1),
    (r"\b(?:the )?following year\b|\bthe next year\b|\b(?:a|one) year later\b"
     r"|\bthe year after(?=\s*[,.;)]|\s*$)", "year", 1),  # "the year after," (not "the year after the merger")
    (rf"\b(?P<n>{_COUNT}) years later\b", "year", "N"),
    (r"\bthe previous year\b|\b(?:a|one) year (?:earlier|before)\b"
     r"|\bthe year before(?=\s*[,.;)]|\s*$)", "year", -1),  # "the year before," (not "the year before the war")
    (r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years earlier\b", "year", "-N"),
    # a season: "that autumn" is the context's year, "the following spring" the next spring after it
    (r"\b(?:that|the same) (?P<season>spring|summer|autumn|fall|winter)\b", "season", 0),
    (r"\bthe (?:following|next) (?P<season>spring|summer|autumn|fall|winter)\b", "season", 1),
    (r"\b(?:later|earlier) (?:that|in the|the same|that same) year\b|\b(?:that|the) same year\b"
     r"|\bthat year\b|\bthe same year\b", "year", 0),
    (r"\b(?:on )?(?:the|that) (?:very )?same day\b|\bthat day\b", "day", 0),
    # a month named after an event: "the following January" after October 2010 is January 2011
    (r"\bthe (?:following|next) (?P<month>January|February|March|April|May|June|July|August|September|October"
     r"|November|December)\b", "month_name", 1),
    (r"\bthe (?:following|next) day\b|\b(?:a|one) day later\b", "day", 1),
    # "at the same time": the date before, at its precision ("at the same time as X" is X's time)
    (r"\bat (?:about |around |roughly )?the same time\b(?!\s+(?:as|that|when|in which)\b)", "day", 0),
    # a week: seven days from a day, the month or year of a coarser date ("in the same week that
    # X began ..." is the week of another event, no date of the sentence before)
    (r"\b(?:the|that) (?:very )?same (?:week|night)\b(?!\s+(?:that|as|when|in which)\b)"
     r"|\bthat (?:week|night)\b", "week", 0),
    (r"\bthe (?:following|next) week\b|\b(?:a|one) week later\b", "week", 1),
    # days and weeks counted: "two days later", "3 weeks later", "four days earlier"; the day before
    # or after ("the day after," not "the day after the vote"); a time of the same or the next day
    (r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
     r"|seventeen|eighteen|nineteen|twenty|\d{1,2}) days later\b", "day", "N"),
    (r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
     r"|seventeen|eighteen|nineteen|twenty|\d{1,2}) days (?:earlier|before(?=\s*[,.;)]|\s*$))", "day", "-N"),
    (rf"\b(?P<n>{_COUNT}) weeks later\b", "week", "N"),
    (r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) weeks "
     r"(?:earlier|before(?=\s*[,.;)]|\s*$))", "week", "-N"),
    (r"\bthe day after(?=\s*[,.;)]|\s*$)|\bthe (?:following|next) (?:morning|afternoon|evening)\b", "day", 1),
    (r"\bthe previous day\b|\bthe day before(?=\s*[,.;)]|\s*$)|\b(?:a|one) day (?:earlier|before)\b", "day", -1),
    (r"\b(?:that|the same) (?:morning|afternoon|evening)\b", "day", 0),
    # "a few days later": the base's month (no day to count to)
    (r"\b(?:a few|several|some) days later\b", "few_days", 0),
    # weeks not counted ("Weeks later", "a few weeks later"): the year of the date before, at most
    # (the weeks may cross into another month)
    (r"\b(?:(?:a few|several|some) )?weeks later\b", "few_weeks", 0),
)

# ---------------------------------------------------------------- dates

_RELATIVE = tuple((re.compile(p, re.IGNORECASE), unit, off) for p, unit, off in RELATIVE_PHRASES)
# A month (and day) written without a year: "In October of that year", "on 31 March", "that December".
_MONTH_NO_YEAR = re.compile(
    rf"(?:\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>(?i:{MONTH_ALT}))\b"
    rf"|\b(?P<m2>(?i:{MONTH_ALT}))\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|,\d))"
    rf"|\b(?i:in|during|by|early|late|mid|mid-|from|until|since|of|that)[\s-]+(?P<m3>(?i:{MONTH_ALT}))\b"
    # a list item under a year that opens with its month: "September – The agency serves ..."
    rf"|^(?P<m4>(?i:{MONTH_ALT}))\s*[–—:]\s)"
    r"(?!\.?,?\s*(?:of\s+)?(?:1[6-9]\d\d|20\d\d))"
)
_BETWEEN = re.compile(r"\bbetween (1[6-9]\d\d|20\d\d) and (1[6-9]\d\d|20\d\d)\b", re.IGNORECASE)
_LIFESPAN = re.compile(r"\(\s*(?:b\.\s*|born\s+)?1[6-9]\d\d\s*[–—-]\s*(?:1[6-9]\d\d|20\d\d)?\s*\)")
_MONTH_OF_YEAR = re.compile(rf"\b((?i:{MONTH_ALT}))\s+of\s+(1[6-9]\d\d|20\d\d)\b")
_CAPITALISED_MONTHS = frozenset(m for m in MONTHS if len(m) > 3) | {"may"}
# Every date form of explicit_date (and of parse_date_text) holds a four-digit year.
_FOUR_DIGITS = re.compile(r"\d{4}")
# the relative phrases whose keywords a clause holds, in their order: one automaton pass
_RELATIVE_SET = GateSet(_RELATIVE, (required_literals(p) for p, _, _ in _RELATIVE))
_MONTH_NO_YEAR_GATE = required_literals(_MONTH_NO_YEAR)
_BETWEEN_GATE = required_literals(_BETWEEN)
_LIFESPAN_GATE = required_literals(_LIFESPAN)
_MONTH_OF_YEAR_GATE = required_literals(_MONTH_OF_YEAR)
# a date in the name of a law is no event date: "the Airline Deregulation Act of October 1978",
# "under the Water Act 1973", "the Companies Act No. 7 of 2007"
_LAW_DATE = re.compile(rf"\b(Act|Acts|Treaty|Convention|Accord)\s+(?:No\.?\s*\d{{1,4}}\s+)?(?:of\s+)?(?:\d{{1,2}}\s+)?(?:(?i:{MONTH_ALT})\s+)?(?:1[6-9]\d\d|20\d\d)\b")
_LAW_DATE_GATE = required_literals(_LAW_DATE)
# what every match of the two holds, case and all: a month's " of 1998", a law's capitalised
# word (their keyword gates are month and law names folded, which "may", "market" and
# "contract" pass: the substitution was tried on most dated sentences for nothing)
_MONTH_OF_YEAR_END = re.compile(r"\sof\s+(?:1[6-9]\d\d|20\d\d)\b")
_LAW_DATE_WORD = re.compile(r"Act|Treaty|Convention|Accord")


def _shift(base: DateValue, unit: str, offset: int, raw: str) -> DateValue | None:
    year = base.year
    if unit == "few_weeks":  # "weeks later": the year of a date told to the month or day (not of a bare year:
        # "weeks" counted from a year is too loose a tie to the date before)
        return DateValue(base.iso[:4], "year", raw=raw) if base.precision != "year" else None
    if unit == "few_days":  # "a few days later": the month of a day, else the base at its precision
        return DateValue(base.iso[:7] if base.precision == "day" else base.iso,
                         "month" if base.precision == "day" else base.precision, raw=raw)
    if unit in ("day", "week"):  # "the same day", "the following day": only from a day or a month
        days = offset * (7 if unit == "week" else 1)
        if base.precision == "month" and abs(days) > 7:  # "six weeks later" may be another month: its year
            return DateValue(base.iso[:4], "year", raw=raw)
        if base.precision != "day":
            return DateValue(base.iso, base.precision, raw=raw)
        day = _dt.date.fromisoformat(base.iso) + _dt.timedelta(days=days)
        return DateValue(day.isoformat(), "day", raw=raw)
    if unit == "year" or base.precision == "year":
        return DateValue(f"{year + offset:04d}" if unit == "year" else f"{year:04d}", "year", raw=raw)
    month = int(base.iso[5:7]) + offset
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return DateValue(f"{year:04d}-{month:02d}", "month", raw=raw)


_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(base: DateValue, season: str, offset: int, raw: str) -> DateValue:
    """The year of a season told from ``base``: its own year ("that autumn"), or the first such
    season after it ("the following spring" after November 1998 or after 1998 is 1999's)."""
    year = base.year
    if offset and (base.precision == "year" or int(base.iso[5:7]) >= _SEASON_MONTH[season]):
        year += 1
    return DateValue(f"{year:04d}", "year", raw=raw)


def _month_without_year(text: str, context: DateValue | None, folded: str | None = None) -> DateValue | None:
    if context is None or not passes(_MONTH_NO_YEAR_GATE, fold(text) if folded is None else folded):
        return None
    for m in _MONTH_NO_YEAR.finditer(text):
        name = m.group("m1") or m.group("m2") or m.group("m3") or m.group("m4")
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


def month_without_year(text: str, year: DateValue) -> DateValue | None:
    """The month (and day) ``text`` writes without a year ("that July", "in November", "from 28
    July"), of ``year``'s year; None without one."""
    return _month_without_year(text, year)


def _relative(text: str, context: DateValue | None, folded: str | None = None) -> DateValue | None:
    if context is None:
        return None
    if folded is None:
        folded = fold(text)
    for pattern, unit, offset in _RELATIVE_SET.passing(folded):
        m = pattern.search(text)
        if m:
            if offset in ("N", "-N"):
                word = m.group("n").lower()
                offset = (int(word) if word.isdigit() else NUMBER_WORDS[word]) * (-1 if offset == "-N" else 1)
            if unit == "season":
                return _season(context, m.group("season").lower(), int(offset), m.group(0))
            if unit == "month_name":
                month = MONTHS[m.group("month").lower()]
                year = context.year + (context.precision == "year" or int(context.iso[5:7]) >= month)
                return DateValue(f"{year:04d}-{month:02d}", "month", raw=m.group(0))
            return _shift(context, unit, int(offset), m.group(0))
    return None


def relative_date(text: str, context: DateValue | None) -> DateValue | None:
    """The date a relative phrase of ``text`` tells ("a year later", "the following year", "later
    that year", "two months later"), counted from ``context``; None without such a phrase."""
    return _relative(text, context)


# A date told from a named earlier event: "Two years after the HMSHost deal", "eighteen months
# after the first round", "the year after listing". The event is looked up among the clauses of
# the article already dated (the latest that holds the phrase's names, or else its head noun);
# nothing found leaves the clause undated. Not a span ("for eleven days after talks stalled",
# "in the weeks after the filing") and not a date already in the phrase.
_SINCE_EVENT = re.compile(
    r"(?<!\bfor )(?<!\bwithin )(?<!\bover )(?<!\bsome )(?<!\babout )(?<!\bjust )"
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|\d{1,2})|(?P<the>the))\s+(?P<unit>year|month|week|day)(?(the)|s?)"
    r"\s+(?P<dir>after|before)\s+(?P<phrase>[^,;:.()\[\]—–]{3,80})",
    re.IGNORECASE,
)
_DETERMINER = frozenset({"the", "its", "their", "his", "her", "this", "that"})
# words that end the noun phrase of the event: a verb, a preposition, a conjunction
_PHRASE_END = frozenset({
    "was", "were", "had", "has", "have", "is", "are", "been", "be", "in", "on", "at", "of", "by", "for", "with",
    "to", "from", "and", "or", "but", "which", "that", "who", "when", "as", "into",
    # the subject of the main clause: "after the launch the founders ...", "after the first round it ..."
    "the", "a", "an", "its", "their", "his", "her", "it", "they", "he", "she", "we",
})
_PHRASE_WORD = re.compile(r"[\w'’&-]+")


def _event_keys(phrase: str) -> tuple[str, ...]:
    """What an earlier clause must hold to tell the event a phrase names: its names ("the
    HMSHost deal", "Vinamilk had listed there"), else the stem of its head noun ("the first
    round", "its launch") or of a gerund ("listing"); () when the phrase names no event."""
    words = _PHRASE_WORD.findall(phrase)
    if not words:
        return ()
    first = words[0]
    if first.lower() in _DETERMINER:
        noun: list[str] = []
        for w in words[1:]:
            if w.lower() in _PHRASE_END or w[0].isdigit():
                break
            noun.append(w)
    elif first[0].isupper() and first.lower() not in _PHRASE_END:
        noun = [first]
    elif first.endswith("ing") and len(first) > 5:
        noun = [first]
    else:
        return ()
    if not noun:
        return ()
    names = tuple(w for w in noun if w[0].isupper() and w.lower() not in MONTHS)
    if names:
        return names
    head = noun[-1].lower()
    return (head[: max(4, len(head) - 3)] if len(head) > 5 else head,)


@lru_cache(maxsize=1024)
def _event_key_pattern(key: str) -> re.Pattern:
    """The pattern an earlier clause must match to hold ``key`` (``_event_keys``): a name as a
    whole word, a stem in any case at a word's start. Compiled once per key."""
    return re.compile(rf"\b{re.escape(key)}" + (r"\b" if key[0].isupper() else ""), 0 if key[0].isupper() else re.I)


def _since_event(text: str, told: list[tuple[str, DateValue]]) -> DateValue | None:
    """The date of a clause told from a named earlier event (``_SINCE_EVENT``), ``told`` being the
    (text, date) of the article's clauses dated so far, in order."""
    m = _SINCE_EVENT.search(text)
    if m is None or A_YEAR.search(m.group("phrase")):
        return None
    keys = _event_keys(m.group("phrase"))
    if not keys:
        return None
    found = [_event_key_pattern(k) for k in keys]
    for earlier, date in reversed(told):
        if all(f.search(earlier) for f in found):
            word = (m.group("n") or "one").lower()
            n = int(word) if word.isdigit() else NUMBER_WORDS[word]
            return _shift(date, m.group("unit").lower(), n if m.group("dir").lower() == "after" else -n, m.group(0))
    return None


_DECADE_WORD = re.compile(r"\b(?:1[6-9]\d0|20\d0)s\b")
_BEFORE_DATE = re.compile(r"\b(?:before|prior to)\s+(?:(?i:the end of|early|late|mid-?)\s*)?(?:1[6-9]\d\d|20\d\d)\b")


_NAMED_YEAR = re.compile(r"\b(?:the|its|their|his|her|this|that|a|an)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_LAW_OF = re.compile(r"\b(?:law|act|decree|statute|treaty|convention|ordinance)\s+of\s+(?:\d{1,2}\s+)?(?:[A-Za-z]+\s+)?"
                     r"(?:\d{1,2},?\s+)?$", re.IGNORECASE)
# a year a delivery is planned for dates nothing the clause did (round 16)
_DELIVERY_BEFORE = re.compile(r"\bfor\s+deliver(?:y|ies)\s+(?:in|from|by|between|until|through)\s+"
                              r"(?:(?:1[6-9]\d\d|20\d\d),?\s+(?:and|to|or|-)\s+)?$", re.IGNORECASE)
# a year a plan or a purpose is set for ("a terminal due to open in 2026", "to be completed by
# 2030", "planned for 2028") dates nothing the clause did
_PLANNED_BEFORE = re.compile(
    r"\b(?:(?:due|expected|scheduled|planned|set|slated|intended|targeted|aiming|aimed|hoping|hoped)\s+to\s+"
    r"(?:[\w-]+\s+){1,4}?|to\s+be\s+(?:[\w-]+\s+){0,2}?(?:completed|finished|opened|built|ready|operational|"
    r"delivered|commissioned|launched|finalised|finalized|carried\s+out)\s+(?:(?:at|in|near)\s+(?:[A-Z][\w'’-]*\s+){1,3})?"
    # ("to be built at Tangier from 2026": the place where, then the year planned)
    r"|(?:planned|scheduled|slated|earmarked)"
    r"\s+for\s+)(?:(?:in|by|before|from|around|during)\s+)?(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?$",
    re.IGNORECASE)
_YEAR_AT = re.compile(r"(?<![\d$€£¥.,])(?:1[6-9]\d\d|20\d\d)(?![\d%]|s\b)")


# a party's later name in parentheses after its name then ("BMCE Bank (since 2020 Bank of Africa)")
_SINCE_RENAMED = re.compile(r"\(\s*since\s+(?:1[6-9]\d\d|20\d\d)\s+(?:the\s+)?[A-Z][^()]*\)")


def _last_date(text: str, first: DateValue) -> DateValue:
    """The last date written in a clause that holds several: what "the following year" of the
    next clause counts from ("founded in Leipzig in 1864, expropriated in 1948 and refounded
    in Hamburg the following year" is 1949). A range's end stays with its start."""
    years = list(_YEAR_AT.finditer(text))
    if len(years) < 2:
        return first
    # a year after "the" names another event ("as it prepared for the 2009 price review")
    # nor does the date of a law ("nationalised in 1948 under the nationalisation law of 3 January 1946")
    # nor does a planned delivery ("ordered four ships for delivery in 2027 and 2028, and the same year")
    years = [m for m in years if not _NAMED_YEAR.search(text, max(0, m.start() - 30), m.start())
             and not _LAW_OF.search(text, max(0, m.start() - 40), m.start())
             and not _DELIVERY_BEFORE.search(text, max(0, m.start() - 50), m.start())
             and not _PLANNED_BEFORE.search(text, max(0, m.start() - 60), m.start())
             # nor a debt's maturity ("issued notes due 2026": "that June" next is not 2026's)
             and not _MATURITY_BEFORE.search(text, max(0, m.start() - 40), m.start())
             # nor the end of a term extended ("extended $3 billion of loans to 2014")
             and not EXTENDED_TO_BEFORE.search(text, max(0, m.start() - 110), m.start())
             # nor a state's start ("has operated the line since at least 2007")
             and not since_before(text, m.start())]
    if len(years) < 2:
        return first
    last = years[-1]
    lo = max(years[-2].end(), last.start() - 25)
    date = parse_date_text(text[lo: last.end()])
    # only a date after the clause's own (after a range's end) moves the narrative on: an earlier
    # one is background ("On 14 June 2023 it fined X, ... built in 2011"), and a range's end stays
    # with its start
    if date is None or date.approximate or not later(date, first.end or first):
        return first
    return replace(date, raw=date.raw[-40:])


def later(date: DateValue, than: DateValue) -> bool:
    """Whether ``date`` tells a time after ``than``, or the same time more finely ("14 June 2023"
    after "2023")."""
    k = min(len(date.iso), len(than.iso))
    return date.iso[:k] > than.iso[:k] or (date.iso[:k] == than.iso[:k] and len(date.iso) > len(than.iso))


# Years that date no event of their clause when the clause tells another date: a debt's maturity
# ("$230 million of notes due in 2025"), the start of a term agreed ("agreed to lease 20 aircraft
# to Wizz Air from 2026"), a year that names another affair ("claiming that the 2008
# sale-leaseback had ...").
# (each checked on the text before a year the clause writes; the year-naming form only before a
# lower-case word)
# the words of a debt's maturity ("due", "maturing"), also read by ``event_segments``
MATURITY = r"(?:due|maturing|repayable|expiring)"
_MATURITY_BEFORE = re.compile(
    rf"\b{MATURITY}\s+(?:in\s+)?(?:(?:early|late|mid-?)\s*)?"
    rf"(?:(?:\d{{1,2}}\s+)?(?:{MONTH_ALT})\.?\s+(?:\d{{1,2}},?\s+)?)?$", re.IGNORECASE)
_TERM_BEFORE = re.compile(r"\b(?:agreed|signed)\b[^.;,]{0,80}?\bfrom\s+$", re.IGNORECASE)
# the new end of a term extended: "Drax extended its contract to 2031 in June 2024", "the banks
# extended $3 billion of loans to 2014", "agreed to extend the concession by 25 years, to 2041" (the
# year the term runs to, not when it was extended)
EXTENDED_TO_BEFORE = re.compile(
    r"\b(?:extend|extended|extending|renew|renewed|renewing|prolong|prolonged|prolonging)\b"
    r"(?:[^.;,]|[.,](?=\d)|,(?=\s(?:to|until|till|through)\s)){0,80}?\s(?:to|until|till|through)\s+"
    r"(?:(?:the\s+)?end\s+of\s+)?$", re.IGNORECASE)
# (a word may qualify the named thing: "After a poor 2016 harvest it closed the station in 2017")
_NAMING_BEFORE = re.compile(r"\b(?:the|its|their|a|an)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_LOWER_WORD = re.compile(r"\s+[a-z]")
# what a claim says happened ("sued X, claiming that the 2008 sale-leaseback and a dividend paid
# in 2013 had ...") is not dated with the claim
_CLAIM_THAT = re.compile(r"\b(?:claiming|alleging|arguing|asserting)\s+that\b[^;]*", re.IGNORECASE)
_STATE_YEAR = re.compile(r"\b(?:as\s+of|since|by|until)\s+(?:[\w-]+\s+){0,2}?(?:1[6-9]\d\d|20\d\d)\b", re.IGNORECASE)
_STATE_YEAR_GATE = required_literals(_STATE_YEAR)
_CLAIM_THAT_GATE = required_literals(_CLAIM_THAT)
# a year written anywhere in a text, not part of a longer number (relations reads conjuncts with it too)
A_YEAR = re.compile(r"(?<!\d)(?:1[6-9]\d\d|20\d\d)(?!\d)")
_SOME_DATE = DateValue("2000", "year")


def naming_year(text: str, year: re.Match) -> bool:
    """Whether the year ``year`` of ``text`` names a thing, after a determiner and before a
    lower-case word ("the 2008 sale-leaseback", "a poor 2016 harvest"): an attribute of a noun,
    not the date of what the clause tells."""
    a = year.start()
    return bool(_NAMING_BEFORE.search(text, max(0, a - 24), a) and _LOWER_WORD.match(text, year.end()))


def _without_other_years(text: str, folded: str) -> tuple[bool, DateValue | None]:
    """(whether the clause dates itself another way, that date): the clause's date once the
    years that date something else (a maturity, a term agreed, a year naming another affair,
    what a claim says) are set aside, when it writes one of them and another date, written
    ("notes due in 2025, ... filed on February 6, 2024") or left to the context ("In November
    the creditors sued X, claiming that the 2008 sale-leaseback ..."). (False, None) otherwise."""
    n = 0
    blanked = text
    for y in A_YEAR.finditer(text):
        a = y.start()
        if (_MATURITY_BEFORE.search(text, max(0, a - 40), a) or _TERM_BEFORE.search(text, max(0, a - 110), a)
                or EXTENDED_TO_BEFORE.search(text, max(0, a - 110), a)
                or _PLANNED_BEFORE.search(text, max(0, a - 60), a)
                or naming_year(text, y)):
            blanked, n = blanked[:a] + "    " + blanked[y.end():], n + 1
    if passes(_CLAIM_THAT_GATE, folded):
        for m in _CLAIM_THAT.finditer(blanked):
            inner, k = A_YEAR.subn("    ", m.group(0))
            blanked, n = blanked[: m.start()] + inner + blanked[m.end():], n + k
    if not n:
        return False, None
    if passes(_STATE_YEAR_GATE, folded):  # "as of 2024, it is ...": a state, no other date of an event
        blanked = _STATE_YEAR.sub(lambda m: m.group(0)[:-4] + "    ", blanked)
    other = parse_date_text(blanked)
    if other is not None:
        return True, other
    if _month_without_year(blanked, _SOME_DATE) or _relative(blanked, _SOME_DATE):
        return True, None
    return False, None


_MONTH_RANGE = re.compile(r"\b(?i:from|between) (?:(\d{1,2}) )?([A-Z][a-z]+)(?: (\d{1,2}))? (?:to|and|until|through) "
                          r"(?:\d{1,2} )?([A-Z][a-z]+)(?: \d{1,2})?,? (1[6-9]\d\d|20\d\d)\b")


def explicit_date(text: str, folded: str | None = None) -> DateValue | None:
    """A date written in full in ``text`` (year included), with a range when one is given."""
    if not _FOUR_DIGITS.search(text):
        return None
    if folded is None:
        folded = fold(text)
    for gate, needs, pattern, repl in ((_LIFESPAN_GATE, None, _LIFESPAN, " "),
                                       (_MONTH_OF_YEAR_GATE, _MONTH_OF_YEAR_END, _MONTH_OF_YEAR, r"\1 \2"),
                                       (_LAW_DATE_GATE, _LAW_DATE_WORD, _LAW_DATE, r"\1")):
        if passes(gate, folded) and (needs is None or needs.search(text)):
            new = pattern.sub(repl, text)
            if new != text:
                text, folded = new, fold(new)
    m = _BETWEEN.search(text) if passes(_BETWEEN_GATE, folded) else None
    if m and int(m.group(2)) > int(m.group(1)) and parse_date_text(text[: m.start()]) is None:
        # a range written after another date is a detail: "In March 2012 ... fined ... for
        # misreporting data between 2006 and 2010" happened in March 2012
        return DateValue(m.group(1), "year", raw=m.group(0), end=DateValue(m.group(2), "year"))
    if "before" in folded and _BEFORE_DATE.search(text) and parse_date_text(_BEFORE_DATE.sub(" ", text)) is None:
        return None  # "vehicles sold before 2022 were built at ...": no date of its own
    months = _MONTH_RANGE.search(text) if "from" in folded or "between" in folded else None
    if months is not None and (first := MONTHS.get(months.group(2).lower())) and (last := MONTHS.get(months.group(4).lower())) \
            and first < last and parse_date_text(text[: months.start()]) is None:
        # "struck from June to October 1986": from June 1986, not October; "from 23 January to
        # 24 June 2014": from 23 January 2014
        year = months.group(5)
        day = months.group(1) or months.group(3)
        if day and 1 <= int(day) <= 31:
            return DateValue(f"{year}-{first:02d}-{int(day):02d}", "day", raw=months.group(0),
                             end=DateValue(f"{year}-{last:02d}", "month"))
        return DateValue(f"{year}-{first:02d}", "month", raw=months.group(0),
                         end=DateValue(f"{year}-{last:02d}", "month"))
    other_way, other = _without_other_years(text, folded)
    if other_way:
        return other
    if "(since" in folded and _SINCE_RENAMED.search(text):
        # "lines from Bosch Packaging Technology (since 2020 Syntegon)": the year a party took its
        # present name, told in passing, dates nothing the clause tells
        text = _SINCE_RENAMED.sub(lambda d: " " * len(d.group(0)), text)
        folded = fold(text)
        if not _FOUR_DIGITS.search(text):
            return None
    if "since" in folded:
        # "X, the airline's president since 2009, succeeded Y in January 2013": a date after
        # "since" is background when the text gives another one (a decade too: "whose father had
        # worked mines since the 1920s, registered X on 4 June 1952")
        other = parse_date_text(SINCE_DATE.sub(lambda d: " " * len(d.group(0)), text))
        if other is not None:
            return other
    date = parse_date_text(text)
    if date is not None and date.precision != "year" and date.end is None:
        date = first_of_pair(text, date)
    if date is not None and date.approximate and _DECADE_WORD.search(text):
        # "During the 1970s, ... with the opening of new stores ... in 1977": the year wins
        exact = parse_date_text(_DECADE_WORD.sub(" ", text))
        if exact is not None and not exact.approximate:
            return exact
    return date


# a background clause set inside a clause: a relative clause or a participial apposition set off by
# commas ("X, who had chaired the board since 1994, handed ...", "the Foundation, set up in 1987 with
# donations, bought ..."), or a relative clause in the past perfect up to the clause's end ("a
# cooperative in which Oprean had worked since 1991", "a rival that had closed that spring"): its
# year dates what it tells, not the clause's event
_BACKGROUND_CLAUSE = re.compile(
    r",\s+(?:(?:in|of|for|at)\s+)?(?:who|whose|which)\s[^,;:()]*?,(?=\s)"
    # an apposition that is a relative clause about a party ("X, the agency that replaced Y in
    # 2008, found ...", "Y, a rival which had closed in 2019, ..."): what it tells is the party's
    # (a name's abbreviation in parentheses inside it: "replaced the Forest Board (FB) in 2008")
    r"|,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:that|which|who)\s(?:[^,;:()]|\([^,;:()]*\))*?,(?=\s)"
    r"|,\s+(?:set\s+up|founded|established|built|created|formed|incorporated)\s+(?:in|on)\s[^,;:()]*?,(?=\s)"
    r"|\b(?:(?:in|of|for|at)\s+)?(?:who|whose|which|that)\s+(?:[\w'’-]+\s+){0,4}?had\s+(?:been\s+)?[a-z]+(?:ed|un|en|ld|ht|wn)\b[^,;:()]*$"
)
_BACKGROUND_GATE = re.compile(r"\b(?:who|whose|which|that|set\s+up|founded|established|built|created|formed|incorporated)\b")


def background_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the background clauses set inside ``text`` (``_BACKGROUND_CLAUSE``: a relative
    clause or a participial apposition set off by commas, a past-perfect relative clause), not
    one that opens it: their dates tell what they tell, not the clause's event."""
    if not _BACKGROUND_GATE.search(text):
        return []
    return [m.span() for m in _BACKGROUND_CLAUSE.finditer(text) if text[: m.start()].strip()]


def _lone_since_year(text: str) -> bool:
    """Whether the one year a clause writes follows "since" ("who had run it since 2018")."""
    return "since" in text and SINCE_YEAR.search(text) is not None and len(_YEAR_AT.findall(text)) == 1


def _tells_state(text: str) -> bool:
    """Whether a clause's written date only tells when a state began: its one year follows "since"
    ("who had run it since 2018"), or it writes no year but a decade after "since" ("where many
    wells had been idle since the early 1990s"). Such a date stays the clause's but is background
    to the narrative: "Two months later" or "The following year" of the next clause counts from
    the narrative's date, not from it."""
    return "since" in text and (_lone_since_year(text) or SINCE_DECADE.search(text) is not None
                                and not _YEAR_AT.search(text))


def _foreground_date(text: str, date: DateValue, context: DateValue | None,
                     folded: str | None = None) -> tuple[DateValue | None, bool]:
    """The date of a clause whose explicit date may be background, the one place that chooses it
    (``_tells_state`` says which written dates only tell a state): a lone year after "since" yields
    to a relative phrase of the clause ("The following year X ordered 120 coaches, its largest
    order since 1990"); a date that stands in a background clause inside it (``_BACKGROUND_CLAUSE``)
    yields to the date of the clause with that part blanked, written or relative to ``context``
    ("The same year the Foundation, set up in 1987, bought ..."); else, or when no year stands in
    such a part, the clause's date as written. (date, relative)"""
    if context is not None and _lone_since_year(text) and (rel := _relative(text, context, folded)) is not None:
        return rel, True
    spans = background_spans(text)
    if not spans or not any(a <= y.start() < b for y in _YEAR_AT.finditer(text) for a, b in spans):
        return date, False
    blanked = text
    for a, b in spans:
        blanked = blanked[:a] + " " * (b - a) + blanked[b:]
    own = explicit_date(blanked)
    if own is not None:
        return (own if not own.raw or len(own.raw) <= 40 else _without_raw(own)), False
    if context is not None:
        rel = _month_without_year(blanked, context) or _relative(blanked, context)
        if rel is not None:
            return rel, True
    return date, False  # (an event told inside the background clause keeps its year)


# A relative clause that sets off the sentence's subject, read from the start of the clause that
# ", which" opened after a bare subject ("Boston Scientific, which had opened a plant two years
# earlier, gave it a contract the same year"): up to the comma that closes it (not that of
# "March 3, 1994" nor of a thousands separator), before the main predicate.
_SUBJECT_ASIDE = re.compile(r"(?:(?:in|of|for|at)\s+)?(?:who|whose|which)\s(?:[^,;:()\[\]]|,(?=\s*\d))*?,\s+"
                            r"(?!(?:and|or|but|which|who|whose|while|whereas|then|followed)\b)(?=[a-z])")


def _main_after_aside(text: str, context: DateValue | None) -> tuple[DateValue | None, bool]:
    """The date of a clause opened by a relative clause about the sentence's subject
    (``_SUBJECT_ASIDE``) read from its main predicate alone, written or relative to ``context``:
    the aside's date ("two years earlier", "in 1952") dates what the aside tells. (None, False)
    when the predicate tells no date of its own (the clause keeps its date as read)."""
    m = _SUBJECT_ASIDE.match(text)
    if m is None:
        return None, False
    main = text[m.end():]
    own = explicit_date(main) if _FOUR_DIGITS.search(main) else None
    if own is not None:
        return (own if not own.raw or len(own.raw) <= 40 else _without_raw(own)), False
    if context is not None:
        rel = _month_without_year(main, context) or _relative(main, context)
        if rel is not None:
            return rel, True
    return None, False


def _without_raw(date: DateValue) -> DateValue:
    """``dataclasses.replace(date, raw="")``, built directly (``replace`` reads the fields and
    checks its arguments on each call: a few µs, for about 700 dated clauses a pass).
    ``tests/test_fast_paths.py`` checks that these are all the fields of ``DateValue``."""
    return DateValue(date.iso, date.precision, "", date.approximate, date.end)


def resolve_date(text: str, context: DateValue | None, folded: str | None = None) -> DateValue | None:
    """The date a clause speaks of: written in full, or relative to ``context``."""
    if folded is None:
        folded = fold(text)
    date = explicit_date(text, folded)
    if date is not None:
        if date.raw and len(date.raw) > 40:  # parse_date_text keeps the whole text as raw
            date = _without_raw(date)
        return date
    return _month_without_year(text, context, folded) or _relative(text, context, folded)


# ---------------------------------------------------------------- clauses

# Where a sentence splits into clauses that may carry their own date and event.
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?=(?:which|while|whereas)\b)|,\s+(?=(?:and\s+)?(?:then\s+)?followed\s+(?:up\s+)?(?:\w+\s+)?(?:in|by)\b)"
    # "... in April 2018 followed in the next month by ...", not "A second store followed in 1966"
    r"|\s+(?=(?:and\s+)?(?:then\s+)?followed\s+(?:up\s+)?(?:\w+\s+)?(?:in|by)\b[^,;]*?\bby\b)"
    # "... to Lenovo and, in 2009, it acquired ...", "..., and a year later it also acquired ..."
    r"|,?\s+and,\s+(?=(?:in|on|by|during)\s[^,;]{0,20}?\b(?:1[6-9]\d\d|20\d\d)\b)"
    r"|,\s+and\s+(?=(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:years?|months?)\s+later\b)"
    # "... merged with MFI and the group was renamed ...", "... founded in 1911 and was renamed ... in 1924"
    r"|,?\s+and\s+(?=(?:the\s+(?:company|group|firm|business|chain|newspaper|paper)|it)\s+(?:was|were|became|changed)\b)"
    r"|\s+and\s+(?=(?:was|were|later)\s+[^,;]{0,60}?\b(?:in|on)\s+(?:\w+\s+){0,2}(?:1[6-9]\d\d|20\d\d)\b)"
    # "..., and Archie Norman was appointed chief executive in October.", "..., and by the end of 1997 it ..."
    r"|,\s+and\s+(?=(?:[^,;]|,(?=\d{3})){0,80}?\b(?:in|on|by)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|(?:1[6-9]|20)\d\d)\b)"
    r"|\s+and\s+(?=[a-z]{3,}ed\s)"  # "... was renamed The Toronto Star and moved to ..."
    # "... in March 1946, and its shares were listed ... the following year"
    r"|,\s+and\s+(?=(?:[^,;]|,(?=\d{3})){0,80}?\b(?:(?:the\s+(?:following|next|same)|that\s+same|(?:later|earlier)\s+that)\s+(?:day|month|year)"
    # "..., and it opened a base there that October"
    r"|(?:the\s+(?:following|next)|that)\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December))\b)"
    # "..., and a further loan of US$60 million from the EBRD followed in 2023", "..., and the first
    # orders, for six ships, followed in 2022": a subject of its own (with a sum or an apposition)
    # before "followed" and a date
    r"|,\s+and\s+(?=(?:the|a|an|its|their)\s+[^;]{0,120}?\bfollowed\s+(?:in|on|during|that|the\s+(?:following|next|same)"
    r"|a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b)"
    # "..., and a warehouse was built three years later", "..., and in Finland a year later"
    r"|,\s+and\s+(?=(?:[^,;]|,(?=\d{3})){0,80}?\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years?|months?)\s+later\b)"
    # "... a 1961 merger with Cumberland Airways and the 1986 purchase of Pacific Crest Airlines"
    r"|\s+and\s+(?=(?:the|a|an|its|their)\s+(?:1[6-9]\d\d|20\d\d)\s+[a-z])"
    # "... introduced the sedative Nembutal in 1930 and the anesthetic Pentothal in 1936"
    r"|(?<=\d{4})\s+and\s+(?=(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,6}?(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:1[6-9]|20)\d\d\b)"
    # "... entered Latvia in 2012, Lithuania in 2013 and Poland in 2019": a list of names, each with
    # its own year, after a year
    r"|(?<=\d{4}),\s+(?=[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:1[6-9]|20)\d\d\b"
    r"(?:,|\s+and\s|\.?$))"
    # "... entered Ghana in March 2008 and The Gambia the following year", "... in 1990 and its
    # Madrid office three years later": the object of the same verb, dated after the first
    r"|(?<=\d{4})\s+and\s+(?=(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’&-]+\s+){0,6}?(?:the\s+(?:following|next)\s+(?:year|month)"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years?|months?)\s+later)\b)"
    # "... opened in January 1996 and one in Mulanje that October", "... a branch in Lilongwe in May and
    # another at Dedza four months later": "one" or "another" at a place, the unit of the clause before
    # told again without its verb, with a date of its own
    r"|\s+and\s+(?=(?:one|another)\s+(?:in|at|near|on)\s+"
    r"[^,;]{1,40}?\s(?:that\s+(?:year|January|February|March|April|May|June|July|August|September|October|November"
    r"|December)|the\s+(?:following|next|same)\s+(?:year|month)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|\d{1,2})\s+(?:years?|months?)\s+later)\b)"
    # "..., but it was wound down in 1997"
    r"|,\s+but\s+(?=(?:[^,;]|,(?=\d{3})){0,80}?\b(?:in|on|by)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|(?:1[6-9]|20)\d\d)\b)"
    # "... opened an inquiry the same year but closed it in 2019": a second predicate with a date of its own
    r"|\s+but\s+(?=[a-z]{3,}ed\s(?:[^,;]|,(?=\d{3})){0,80}?\b(?:in|on|by)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December|(?:1[6-9]|20)\d\d)\b)"
    # "..., and a trading subsidiary, X SA, was set up in Geneva the next year": a passive whose subject
    # has an apposition, with a date of its own
    r"|,\s+and\s+(?=(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+[^,;]{1,60},\s+(?:was|were)\s+[^,;]{0,80}?"
    r"\b(?:(?:in|on|by)\s+(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?:1[6-9]|20)\d\d|the\s+(?:following|next|same)\s+(?:year|month))\b)"
    r"|\s+and\s+(?=(?:became|was\s+(?:appointed|named))\s+(?:the\s+)?(?:new\s+)?(?:chairman|chairwoman|chief|CEO|president|managing)\b)"
    # "..., the company was privatised in the 1990s: its shares were first listed ... in 1995": a
    # colon before a clause with a subject of its own and a year of its own
    r"|:\s+(?=(?:its|their|the|it|they)\s+[^,;:()]{0,100}?\b(?:in|on)\s+(?:\d{1,2}\s+)?(?:(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\s+)?(?:1[6-9]|20)\d\d\b)"
)


@dataclass
class Clause:
    text: str
    start: int  # offsets into the sentence text
    end: int
    date: DateValue | None  # own date (explicit or relative), None when the clause has none
    separator: str = ""  # the text that separated it from the previous clause
    relative: bool = False  # the date is resolved against the context ("the following year")
    # a subordinate clause that opens the sentence ("After the merger took effect in December 2001,"):
    # its date is what the main clause's relative phrases count from, not the sentence's date
    lead: bool = False


_CLAUSE_BREAK_GATE = required_literals(_CLAUSE_BREAK)
# Where a clause break can start: every alternative of _CLAUSE_BREAK begins with ';', ',', ':' or
# the blank before "and"/"but"/"followed"/"then". Trying the pattern only there is what
# ``_CLAUSE_BREAK.finditer`` finds, without trying its alternatives at every blank.
# (``[;,:]|\s+(?=and[\s,]|but\s|followed\s|then\s)``, written to open with one character class: ``re``
# then skips the characters outside it in its scan loop instead of trying the pattern at each)
_CLAUSE_BREAK_AT = re.compile(r"[;,:\s](?:(?<=[;,:])|(?<=\s)\s*(?=and[\s,]|but\s|followed\s|then\s))")


_NAME_AND = re.compile(r"\s+and\s+[A-Z]")
_CAPITAL_END = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+$")


def _clause_breaks(text: str):
    end = 0
    for c in _CLAUSE_BREAK_AT.finditer(text):
        if c.start() < end:
            continue
        m = _CLAUSE_BREAK.match(text, c.start())
        if m is not None:
            end = m.end()
            yield m


# A subordinate clause that opens the sentence and writes a date of its own ("After the merger took
# effect in December 2001, ...", "When the plant opened in 1987, ...", "Once its shares were listed
# in March 2010, ..."): up to the comma that ends it (not the comma of "January 1, 2002" nor of a
# thousands separator, nor one inside parentheses). Not "As of 2010," nor "As part of ...".
_LEADING_SUBORDINATE = re.compile(
    r"\s*(?:After|When|Once|Following|Before|As(?!\s+(?:of|part|well|a\s+result|such)\b)|Since)\s"
    r"(?:[^,;:()\[\]]|,(?=\s*\d))*?(?:1[6-9]\d\d|20\d\d)(?:[^,;:()\[\]]|,(?=\s*\d))*?,\s+(?=\S)")


def leading_subordinate(text: str, folded: str | None = None) -> int:
    """Where the main clause begins after a leading subordinate clause with a date of its own, when
    the main clause tells a date of its own too (a year, a month, "the following year"): "After
    the merger took effect in December 2001, the group signed a supply deal the following year"
    is read as two clauses, the deal of 2002; 0 when there is no such clause. A main clause
    without a date of its own is left whole with its opening clause."""
    if text[:1] not in "AWOFBS " or not text:
        return 0
    m = _LEADING_SUBORDINATE.match(text)
    if m is None:
        return 0
    # the main clause up to its own end ("When X died in 1969, his son took over; the company was
    # renamed in 1971": the main clause tells no date of its own)
    end = next((b.start() for b in _clause_breaks(text) if b.start() >= m.end()), len(text))
    main = text[m.end(): end]
    part = fold(main) if folded is None else folded[m.end(): end]
    if (_FOUR_DIGITS.search(main) and explicit_date(main, part) is not None
            or _month_without_year(main, _SOME_DATE, part) is not None or _relative(main, _SOME_DATE, part) is not None):
        return m.end()
    return 0


def split_clauses(text: str, folded: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, separator) spans of the clauses of a sentence; a leading subordinate clause
    with a date of its own (``leading_subordinate``) is the first, the main clause after it is
    separated by ",". """
    return _split_clauses(text, folded, leading_subordinate(text, folded))


def _split_clauses(text: str, folded: str | None, lead: int) -> list[tuple[int, int, str]]:
    if not lead and not passes(_CLAUSE_BREAK_GATE, fold(text) if folded is None else folded):
        return [(0, len(text), "")]
    spans: list[tuple[int, int, str]] = []
    start, sep = 0, ""
    if lead:
        spans.append((0, text.rindex(",", 0, lead), ""))
        start, sep = lead, ","
    for m in _clause_breaks(text):
        if m.start() < start:
            continue
        before = text[: m.start()]  # never split inside parentheses or quotes
        if before.count("(") != before.count(")") or before.count('"') % 2 or m.start() - start < 12:
            continue
        if _NAME_AND.match(text, m.start()) and _CAPITAL_END.search(before):
            continue  # "and" inside a name: "the US Food and Drug Administration"
        spans.append((start, m.start(), sep))
        start, sep = m.end(), m.group(0).strip()
    spans.append((start, len(text), sep))
    return spans


# ---------------------------------------------------------------- dated sentences


# the separators after which a clause has a subject and a date of its own (not the predicate of
# an opening subject, "A placement ..., followed in October", nor a relative clause, ", which")
COORDINATION = frozenset({";", "and", ", and", "and,", ", and,"})


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
    # the running date before the sentence: what its relative phrases ("the following year")
    # count from, and the date of a clause told before them without a date of its own
    context: DateValue | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.folded and self.sentence.text:
            self.low, self.folded = self.sentence.text.lower(), fold(self.sentence.text)

    def last_date(self, relative: bool = True) -> DateValue | None:
        """The date of the sentence's last dated clause, what a sentence after it goes on from
        (``relative=False``: not a clause dated by counting from another, "..., which had been
        shut the previous year"); None when no clause is dated."""
        return next((c.date for c in reversed(self.clauses) if c.date is not None and (relative or not c.relative)), None)

    def date_at(self, at: int) -> DateValue | None:
        """The date of what the sentence tells at offset ``at``: the sentence's date, but the
        running date before it where ``at`` stands in an undated clause before a relative first
        date ("X became chairman, and Y stepped down the following year": the chairman's step
        is of the year that phrase counts from)."""
        first = next((c for c in self.clauses if c.date is not None), None)
        if (first is not None and first.relative and at < first.start and self.context is not None
                and first.separator in COORDINATION):
            return self.context
        return self.date

    def relative_at(self, at: int, told_before: bool = True) -> DateValue | None:
        """The date of the clause holding offset ``at`` when that clause is counted from the
        telling before it (an earlier clause of the sentence, else the running date of the
        sentences before; the latter only when ``told_before``) and writes no year of its own:
        "In 2016 farmers protested ...; two years later the council ordered ..." is 2018, "The
        regulator opened an inquiry in May 2020, and a month later it fined the firm over ..."
        is June 2020, whatever other year the sentence writes. Else None."""
        clause = next((c for c in self.clauses if c.start <= at < c.end), None)
        if clause is None or not clause.relative or clause.date is None \
                or A_YEAR.search(self.sentence.text, clause.start, clause.end):
            return None
        if not told_before and not any(c.date is not None for c in self.clauses if c.end <= clause.start):
            return None  # counted from a heading's year or another paragraph's date
        return clause.date


def told_before(dated: list[DatedSentence], i: int) -> bool:
    """The running date before the ``i``-th sentence (``DatedSentence.context``) is that of a
    telling of its own paragraph: the nearest sentence before it that writes a date stands in the
    same section and paragraph (not a heading's year, nor the last date of another paragraph)."""
    s = dated[i].sentence
    for j in range(i - 1, -1, -1):
        b = dated[j].sentence
        if b.section != s.section or b.paragraph != s.paragraph:
            return False
        if dated[j].explicit:
            return True
    return False


def _month_base(fine: DateValue | None, context: DateValue | None) -> tuple[DateValue, DateValue] | None:
    """(what a month written without a year counts from, the context it stands for) after a sentence
    that told a month-precise date and then moved the narrative on to a later bare year ("Under an
    agreement signed in February 2024 X is to take kernels until 2027. The company began selling
    cashew butter that November" is November 2024; "Carrefour suspended its orders in November 2019
    and resumed them in 2021. ... suspended its export approval that December" is December 2019): a
    month names a time of the month-precise telling, not of the year told in passing. None otherwise
    ("the following year" still counts from the later year)."""
    if fine is None or context is None or context.precision != "year" or fine.year >= context.year:
        return None
    return fine, context


_LAST: list = slot(None, None)  # (article, result): extractors of one article share one computation


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



_INDEX: list = slot(None, None, None)  # (dated sentences, index of low, index of folded)


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
    told: list[tuple[str, DateValue]] = []  # the clauses dated so far, for "two years after the X deal"
    # (the month-precise date of a sentence that moved the narrative on to a later bare year, and that
    # year: what a month written without a year in a sentence after it counts from, ``_month_base``)
    month_base: tuple[DateValue, DateValue] | None = None
    roles = article_roles([(sec.path, sec.level) for sec in article.sections])
    for sentence in article.sentences:
        if sentence.section != section:
            section = sentence.section
            year = heading_year(sentence.section)
            base = heading_base = DateValue(f"{year:04d}", "year") if year else None
            context = base
            role = roles.get(sentence.section) or "other"
        if sentence.item_year is not None:  # "** September – ..." under "* 2015": the item's year
            base = context = DateValue(f"{sentence.item_year:04d}", "year")
        elif base is not heading_base:
            base = context = heading_base
        full = sentence.text
        if full.isascii() or not ODD_CASE.search(full):
            low = folded = full.lower()
        else:
            low, folded = full.lower(), fold(full)
        has_year = _FOUR_DIGITS.search(full) is not None
        before = context
        carried: DateValue | None = None  # the date an earlier clause of the sentence carries on
        fine: DateValue | None = None  # the last month- or day-precise date that moved the context on
        clauses = []
        lead = leading_subordinate(full, folded)
        for start, end, sep in _split_clauses(full, folded, lead):
            text = full[start:end]
            part = folded[start:end]
            date = explicit_date(text, part) if has_year else None
            relative = False
            if date is not None:
                if date.raw and len(date.raw) > 40:  # parse_date_text keeps the whole text as raw
                    date = _without_raw(date)
                # (a background date yields: a lone year after "since" to a relative phrase, a
                # background clause's year to the rest of the clause)
                date, relative = _foreground_date(text, date, context, part)
                if not relative and date is not None and date.precision == "year" and date.end is None \
                        and len(_YEAR_AT.findall(text)) == 1 and ";" not in full[start:]:
                    # a month without a year in a clause of one year is of that year: "floated on the
                    # exchange that April", "1949: renamed Sakura Camera in April", "(2 March)"; not
                    # before parts told side by side after it ("2022 – Opens a plant in March; data
                    # breach": the breach would take the clause's month)
                    date = _month_without_year(text, date, part) or date
            elif context is not None:
                month_of = month_base[0] if month_base is not None and month_base[1] is context else context
                date = _month_without_year(text, month_of, part) or _relative(text, context, part)
                relative = date is not None
            if sep == "," and len(clauses) == 1 and clauses[0].date is None and not clauses[0].lead \
                    and part[:1] == "w" and not A_YEAR.search(clauses[0].text):
                # "Boston Scientific, which had opened a plant two years earlier, gave it a contract
                # the same year": the subject's aside dates what it tells, the predicate its own step
                main, main_relative = _main_after_aside(text, context)
                if main is not None:
                    date, relative = main, main_relative
            if date is None and told and (" after " in part or " before " in part):
                date = _since_event(text, told)
                relative = date is not None
            if date is not None and (relative or not _tells_state(text)):
                # (a written date that tells a state is background: ``_tells_state``)
                # (a written date of a later clause that is before the one an earlier clause carries is
                # background: "On 14 June 2023 it fined X, which had run the scheme since 2007, ...")
                if relative or carried is None or later(date, carried):
                    context = carried = _last_date(text, date) if not relative else date
                    fine = date if date.precision != "year" else fine
            clauses.append(Clause(text, start, end, date, sep, relative, lead=bool(lead) and not start))
            if date is not None:
                told.append((text, date))
        month_base = _month_base(fine, context) if context is not before else month_base
        # (the main clause's date, not that of a subordinate clause that opens the sentence)
        own = next((c.date for c in clauses if c.date is not None and not c.lead), None)
        mentions = list(sentence.mentions)
        mentions.extend(index.find(full, mentions))
        mentions.sort(key=lambda m: m.start)
        out.append(DatedSentence(sentence, own or base, mentions, clauses, role, own is not None, low, folded, before))
    return out


__all__ = [
    "COORDINATION", "Clause", "DatedSentence", "background_spans", "dated_sentences", "explicit_date", "literal_index",
    "naming_year", "relative_date", "resolve_date", "sentence_provenance", "split_clauses", "told_before",
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
