"""The date of what a cue in a sentence tells, when the sentence holds several dates.

``date_by_cue(text, start, end, fallback)`` picks, for the cue at ``text[start:end]``, the date
written in the cue's own part of the sentence, else the closest one before it in its clause,
else the first after it, else ``fallback`` (the sentence's date from the narrative layer).
"In November 2015, Acme ended its contract with A and in April 2016 started working with B":
the contract ended in November 2015, the work with B began in April 2016.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import DateValue
from kg.text.dates import first_of_pair, parse_date_text
from kg.text.narrative import background_spans, month_without_year, relative_date

# (not the year of a law's name: "charged it under the Environmental Protection Act 1986 in May 2023")
# (nor "under the Oil Pollution Act of 1990 in 1996")
_YEAR = re.compile(r"(?<![\d$€£¥.,])(?<!\bAct )(?<!\bAct of )(?:1[6-9]\d\d|20\d\d)(?![\d]|s\b|['’]s\b)")
_LAW_YEAR = re.compile(r"\bAct (?:of )?(?:1[6-9]\d\d|20\d\d)\b")
# a decade ("the late 1990s"): the window read before a later year that has a phrase of its own
# stops after it ("in the late 1990s, and in 1998" is 1998); of a pair ("in the early 1980s and
# 1992") the decade counts first, as the first year of "in 2017 and 2018" does
_DECADE = re.compile(r"\b(?:1[6-9]\d0|20\d0)['’]?s\b")
_OWN_PHRASE = re.compile(r"[,;]|\b(?:in|on|since|from|by|during|after|until)\b")
_THE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|this|that|a|an|each)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_PART_END = re.compile(r"[,;]|\s+(?:and|but)\s+(?:then\s+|later\s+)?(?:in|on|since|from|by|during|after)\s")
# A relative clause set off by commas before the cue's part, which that part opens with "later"
# ("A tender, which the company won in 2013, later became the subject of a bribery investigation"):
# the clause's year dates what the clause tells; the cue's act came some unknown time after it.
_LATER_AFTER_RELATIVE = re.compile(r",\s+(?:which|who|whom)\b[^,;]*,\s+(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?"
                                   r"(?:later|subsequently|eventually)\b")
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|has|have|had|been)\b")
_AND_PART = re.compile(r",\s+(?:and|but)\s")
_PAIRED = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)\s+and\s+$")
_RANGE_END = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)\s*(?:[–—-]|\s(?:to|until|till)\s)\s*$")
_PERIOD_START = re.compile(r"\b(?:between|from)\s+(?:[A-Z][a-z]+\s+)?$")  # "between 1994 and 1997"
# the end of a period told in words after a start: "from 2012 until the airline's collapse in 2020",
# "from 2012 until the licence was cancelled in 2022" (the start counts, as of "from 2012 to 2020")
_UNTIL_WORDS = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)\s+(?:until|till)\s+[^,;.\d]{1,50}?\s(?:in|on|by)\s+(?:[A-Z][a-z]+\s+)?$")
_FOR = re.compile(r"\bfor\s+(?:the\s+(?:years|period)\s+)?$")  # "its returns for 2016 to 2019"
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
# a date that opens a clause ("In 2023 ", "On 14 February 2014, "): the date of the clause's main verb
_OPENING = re.compile(rf"\s*(?:In|On|During)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}\s+)?(?:(?:{_MONTHS})\s+)?"
                      r"(?:1[6-9]\d\d|20\d\d)\b(?!\s*[–—-])")
# what opens a description of the subject: a relative clause ("a boy who suffered ... in 2019") or
# a participle set off by a comma ("a cabin, built by the company in 2011,")
_DESCRIBES = re.compile(r"\b(?:who|whom|whose|which|that)\b|,\s+(?:[a-z]+ed|built|made|sold|bought|written|run|held|"
                        r"owned|founded|begun|grown|known)\s")


# What a finding, a report or a claim says happened, told after the cue ("sued X, claiming that a
# dividend paid in 2013 had ...", "found in a 2009 audit that it had overstated costs between 2003
# and 2008"): its years date what it says, not the cue's step. Up to the clause's end.
_REPORTED = re.compile(
    r"\b(?:found|finding|concluded|concluding|claim(?:ed|ing)|alleg(?:ed|ing)|argu(?:ed|ing)|assert(?:ed|ing)"
    r"|said|saying|stat(?:ed|ing)|show(?:ed|ing)|reveal(?:ed|ing))"
    r"(?:\s+in\s+(?:a|an|the|its|their)\s+[^,;]{0,30}?)?\s+that\b([^;]*?)(?=;|,\s+(?:and|but)\s|$)")
# a bound, not a date: "a family that had owned the estate before 1975 sued it in 2014"
_BOUND = re.compile(r"\b(?:before|prior\s+to)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?$")
# a plan's start or deadline, not the date of the step that sets it: "agreed to lease 20 aircraft
# to X from 2026", "signed a contract in July 2024 for cells, to be used from 2026", "planned to open
# 60 restaurants by 2027 and had hired X"
_PLANNED = re.compile(r"(?:\b(?:agreed|agrees|agreeing|planned|plans|planning|intends|intended|expects|expected|aims|aimed"
                      r"|is|are|was|were|set|due)\s+to|,\s+to\s+be|\b(?:will|would|shall))\s+[a-z]+\b[^,;.]{0,60}?"
                      r"\b(?:from|by)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?$")


# a "when" clause right after a year: what it tells happened then, at the end of a period told
# before it ("was listed from 1996 until 2007, when it was taken private by X" is 2007)
_WHEN_AFTER_YEAR = re.compile(r"(?:1[6-9]\d\d|20\d\d),?\s+when\s")


def _background(text: str, years: list[re.Match], start: int) -> set[int]:
    """The years of ``text`` that date the background of the cue starting at ``start``: those in
    what a finding or claim after the cue says (``_REPORTED``), those after "before" (``_BOUND``),
    a plan's start or deadline (``_PLANNED``)."""
    out = {i for i, y in enumerate(years) if _BOUND.search(text, max(0, y.start() - 30), y.start())
           or _PLANNED.search(text, max(0, y.start() - 120), y.start())}
    if "that" in text:
        for r in _REPORTED.finditer(text, start):
            out |= {i for i, y in enumerate(years) if r.start(1) <= y.start() < r.end(1)}
    return out


def _date_at(text: str, years: list[re.Match], i: int) -> DateValue | None:
    """The date written up to the ``i``-th year of ``text``, from the year before it (or 25
    characters back, after a law's year or a decade with a phrase of its own between)."""
    m = years[i]
    lo = max(years[i - 1].end() if i else 0, m.start() - 25,
             *(a.end() for a in (_LAW_YEAR.finditer(text, 0, m.start()) if "Act " in text else ())),
             *(d.end() for d in (_DECADE.finditer(text, max(0, m.start() - 30), m.start()) if "0s" in text
                                 or "0’s" in text or "0's" in text else ())
               if _OWN_PHRASE.search(text, d.end(), m.start())))
    return parse_date_text(text[lo : m.end()])


def date_by_cue(text: str, start: int, end: int, fallback: DateValue | None = None,
                until: int | None = None) -> DateValue | None:
    """The date of what the cue at ``text[start:end]`` tells: the date written in its own part of
    the sentence (between commas: "Following an investigation ... between 2016 and 2018, the
    company pleaded guilty ... in June 2019" is June 2019), else the closest before the cue in
    its clause ("In March 2012 Ofwat fined X for misreporting data between 2006 and 2010" is
    March 2012), else the first after it (before ``until``, where the next party of an enumeration
    begins: "customers include A, which signed in 2016, and B, since 2018"), else ``fallback``.
    Of a range ("from 2012 to 2016", "2012–2016") the start counts, and a range is a period the
    cue is set against, read after any other date ("In October 1999 the regulator found that
    prices were agreed between 1994 and 1997, and ordered ..." is October 1999; so is a range after
    "for": "an audit of its returns for 2016 to 2019 in 2021" is 2021); of "in May and
    June 2023" the first month counts, and of "on 12 and 13 February 2019" or "from 23 January to
    24 June 2014" the first day. A year after "the" names
    another event or a period ("investigated the 2018 attack and in August 2020 fined", "inflated
    its 2020 deliveries") unless it is the cue's own ("the 1995 pilots' strike"); of "in 2017
    and 2018" the first counts."""
    if not _YEAR.search(text):
        return fallback
    years = list(_YEAR.finditer(text))
    clause_start = text.rfind(";", 0, start) + 1
    part_start = max(clause_start, text.rfind(",", 0, start) + 1)
    stop = _PART_END.search(text, end)
    part_end = stop.start() if stop else len(text)

    def other_event(i: int) -> bool:
        m = years[i]
        # (not a year naming the subject of the cue's verb: "The 2016 extension was challenged before the
        # Supreme Court in 2018" is 2018)
        own = m.end() <= start and len(text[m.end() : start].split()) <= 2 and "," not in text[m.end() : start] \
            and not _AUXILIARY.search(text, m.end(), start)
        return bool(_THE_BEFORE.search(text, 0, m.start())) and not own

    if " when " in text[clause_start:start]:
        when = [w for w in _WHEN_AFTER_YEAR.finditer(text, clause_start, start)
                if not _YEAR.search(text, w.end(), start) and ";" not in text[w.end():start]]
        at = next((i for i, m in enumerate(years) if when and m.start() == when[-1].start()), None)
        date = _date_at(text, years, at) if at is not None and at not in _background(text, years, start) else None
        if date is not None:
            return replace(date, raw=date.raw[-40:])
    before = [i for i, m in enumerate(years) if clause_start <= m.start() and m.end() <= start][::-1]
    later = _LATER_AFTER_RELATIVE.search(text, clause_start, start + 1) if "," in text[clause_start:start] else None
    if later is not None and later.end() <= start:
        before = [i for i in before if not later.start() < years[i].start() < later.end()]
        if not before and not any(m.start() >= end for m in years):
            return None  # the only year is the relative clause's: the act has no date written
    after = [i for i, m in enumerate(years)
             if m.start() >= end and (until is None or m.start() < until) and ";" not in text[end : m.start()]]
    in_part = [i for i in before + after if part_start <= years[i].start() and years[i].end() <= part_end]

    def period(i: int) -> bool:  # a year of a range: a period the cue is set against, not its date
        paired = _PAIRED.search(text, 0, years[i].start()) or _RANGE_END.search(text, 0, years[i].start()) \
            or _UNTIL_WORDS.search(text, max(0, years[i].start() - 80), years[i].start())
        first = i - 1 if i and paired else i
        if first != i or _PERIOD_START.search(text, 0, years[first].start()):
            return True
        # a range after "for" is what the cue is about, not when it happened ("an audit of its
        # returns for 2016 to 2019 in 2021" is 2021)
        following = years[i + 1].start() if i + 1 < len(years) else None
        return bool(following is not None and _FOR.search(text, 0, years[i].start())
                    and (_RANGE_END.search(text, 0, following) or _PAIRED.search(text, 0, following)))

    outside = [i for i in before + after if i not in in_part]
    ranked = [i for i in in_part if not period(i)] + [i for i in in_part if period(i)]
    ranked += [i for i in outside if not period(i)] + [i for i in outside if period(i)]
    order = list(dict.fromkeys(ranked))
    order = [i for i in order if not other_event(i)] + [i for i in order if other_event(i)]
    if len(order) > 1:
        # a year in a relative clause about a party, set off before or after the cue ("The
        # authority, which took over the market's supervision in 2020, fined it in September 2022";
        # "sued the board, which had been renamed in 2011, in the High Court in August 2013")
        # dates what that clause tells: the cue's date is another year of its clause, if one is written
        asides = [(a, b) for a, b in background_spans(text[clause_start:]) if not a <= start - clause_start < b]
        told = {i for i in order if any(a <= years[i].start() - clause_start < b for a, b in asides)}
        # (the other year of the cue's own telling: not one of a part joined after the cue by ", and")
        own = [i for i in order if i not in told and (years[i].end() <= start or not _AND_PART.search(text, end, years[i].start()))]
        if told and own:
            order = own + [i for i in order if i not in own]
    opening = _OPENING.match(text, clause_start)
    if opening is not None and order and years[order[0]].start() >= opening.end() and years[order[0]].end() <= start:
        # "In 2023 the parents of a boy who suffered brain damage in 2019 sued ...": a year in a
        # description of the subject, between the opening date and the cue, is not the cue's date
        if _DESCRIBES.search(text, opening.end(), years[order[0]].start()):
            first = next((i for i, m in enumerate(years) if clause_start <= m.start() and m.end() <= opening.end()), None)
            if first is not None:
                order = [first] + [i for i in order if i != first]
    aside = _background(text, years, start)
    if aside:
        kept = [i for i in order if i not in aside]
        if not kept and fallback is not None:
            return fallback  # no year of the step's own: the sentence's date
        order = kept or order
    for i in order:
        if i and (_PAIRED.search(text, 0, years[i].start()) or _RANGE_END.search(text, 0, years[i].start())
                  or _UNTIL_WORDS.search(text, max(0, years[i].start() - 80), years[i].start())):
            i -= 1  # "in 2017 and 2018", "from 2012 to 2016", "2012–2016", "from 2012 until its collapse in 2020": the first year
        m = years[i]
        date = _date_at(text, years, i)
        if date is not None:
            if date.precision != "year":
                # "in May and June 2023", "on 12 and 13 February 2019", "from 23 January to 24 June 2014": the first
                date = first_of_pair(text, date, m.end())
            else:
                # the same year written in full in the cue's part ("The 2016 strike began on 14
                # December 2016", "The company's 2021 campaign drew a call for a boycott in October
                # 2021"), else a month written without a year in the cue's part, after the year:
                # that month of the year ("cut jobs in 2016, and its union struck that July"; "In
                # 2023 the bureau found ..., and the company agreed in November to pay a penalty");
                # a span counted from the year, in the cue's part before the cue, moves it ("A
                # merger, agreed in 2018, was abandoned the following year after the FTC sued"); so
                # does one after a year, told after the cue, that names another event ("have been in
                # court over the price of its 2017 takeover since the following year" is 2018)
                finer = (_date_at(text, years, j) for j in in_part
                         if j != i and j not in aside and years[j].group(0) == m.group(0))
                date = (next((d for d in finer if d is not None and d.precision != "year"), None)
                        or start > m.end() and relative_date(text[max(m.end(), part_start) : start], date)
                        or m.start() >= end and other_event(i) and relative_date(text[m.end() : part_end], date)
                        or part_end > m.end() and month_without_year(text[max(m.end(), part_start) : part_end], date)
                        or date)
            return replace(date, raw=date.raw[-40:])
    return fallback


__all__ = ["date_by_cue"]
