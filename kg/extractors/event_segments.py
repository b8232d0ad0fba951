"""A dated sentence cut into event segments: the clauses of ``narrative.split_clauses``, with a
clause cut again where a coordinated predicate tells another kind of event ("In 2015 it closed
60 stores and cut 4,200 jobs"), grouped so that each segment holds one event with its type,
trigger and date (an undated clause after ';' or 'and' takes the date before it; a dated clause
without a trigger after ';' repeats the type before it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extractors.event_cues import (
    OWN_DEAL_AFTER,
    EventType,
    classify,
    describes_another,
    event_types,
    named_subject,
    opens_with_company,
)
from kg.extractors.event_parties import PROPER_NAME
from kg.extractors.event_tense import has_past_verb, is_participle, past_passive
from kg.model import DateValue
from kg.text import former_names, narrative
from kg.text.dates import first_of_pair, parse_date_text, since_before
from kg.text.mentions import names_company
from kg.text.money import sum_after_name

# a year written in the text (not a sum, a decade or a share), and "before" (a year after it is
# not the event's)
YEAR = re.compile(r"(?<![\d$€£¥.,])(?:1[6-9]\d\d|20\d\d)(?![\d%]|s\b)")
BEFORE = re.compile(r"\bbefore\b", re.IGNORECASE)


# Separators (narrative.split_clauses) after which a clause may tell an event of its own.
_COORDINATION = narrative.COORDINATION
# What a clause after ';' must name to repeat the event before it: a sum or a name.
_ELLIPSIS_OBJECT = re.compile(rf"[$€£¥₩₹]|\d\s*(?:million|billion|bn|m)\b|(?<!^)(?<!\. )\b{PROPER_NAME}")
# A name that opens the clause, its date right after it: "..., Lithuania in 2013 and Poland in 2019",
# "... and The Gambia the following year" (the object of the verb before, not a new subject)
_ELLIPSIS_NAME = re.compile(rf"(?!(?:The|It|Its|A|An|This|That|These|Their|He|She|They|In|On)\b){PROPER_NAME}\s+"
                            r"(?:(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:1[6-9]|20)\d\d\b|the\s+(?:following|next)\s+(?:year|month)\b"
                            r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years?|months?)\s+later\b)")


# An object told without its verb after "and" or ';', with a date of its own: "bought 70 per cent of
# X in 2010, and the remaining shares four years later" repeats the purchase.
_ELLIPSIS_NOUN = re.compile(r"(?:the|its|a|an|another|a further)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]+\s+"
                            r"(?=(?:in|on|by|during|from|two|three|four|five|six|seven|eight|nine|ten|a|one|\d{1,2}|"
                            r"the\s+(?:following|next|same)|that|later)\b)")
# "<subject> followed <date>" after ';' or ", and": "The plant at X closed in June 2025; Y followed in
# December", "... began in March 2010, and the second line followed two months later": the same kind
# of event, its own date (not "followed by", which names what came next)
_FOLLOWED = re.compile(r"(?:the\s+|its\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s+followed\s+(?!by\b|suit\b)"
                       r"(?:in|on|during|that|the\s+(?:following|next|same)|a|one|two|three|four|five|six|\d{1,2})\b")

# a spread of later years: "..., and it bought meatpackers in Uruguay in the following years" tells
# no event of the sentence's date
_LATER_YEARS = re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?(?:following|next|subsequent|coming|later)\s+"
                          r"(?:(?:few|two|three|four|five|ten|\d+)\s+)?(?:years|decades)\b|\bin the years that followed\b")

# the types a "followed" clause repeats without a named party: a plant, line or store opened or
# closed after another ("..., and a sulfuric acid plant followed" after a contract is no contract)
_UNIT_TYPES = frozenset({"expansion", "divestiture", "product_launch"})


# A verb of its own: the clause tells something else than the event before it ("..., and in
# October 2018 IBM announced its intention to acquire Red Hat"), it does not repeat it.
_VERB = re.compile(r"\b(?:was|were|is|are|has|had|have|[a-z]{2,}ed|bought|sold|took|began|won|went|made|became|"
                   r"cut|shed|set|got|lost|said|saw|grew|fell|rose)\b")


# where an object told without its verb ends: "... in 2000 and the X programme in 2002, and by the
# end of that year it had 140 employees" (what follows ", and" after the object's year is a predicate
# of its own, not the object's verb)
_OBJECT_END = re.compile(r"(?<=\d{4}),\s+and\s")


def _object_part(text: str) -> str:
    m = _OBJECT_END.search(text)
    return text if m is None else text[: m.start()]


@dataclass
class Segment:
    start: int
    end: int
    date: DateValue | None
    etype: EventType
    trigger: re.Match
    dated_by: str = "written"  # written | relative | sentence | heading: where the date comes from
    ellipsis: bool = False  # no trigger of its own: it repeats the type of the clause before
    party_end: int | None = None  # where its participants end (a part told after it has its own)
    before: bool = False  # undated: the sentence's year stands after a "before" that follows it


def segments(ds: narrative.DatedSentence, allowed: frozenset[str],
              types: list[EventType] | None = None, company: frozenset[str] | None = None) -> list[Segment]:
    """Clauses grouped into event segments: a clause with its own date and trigger starts one;
    after ';' a dated clause without a trigger repeats the previous type (ellipsis)."""
    segs: list[Segment] = []
    opening: int | None = None  # where the undated clauses that open the sentence start
    lead: tuple[int, int] | None = None  # the span of a subordinate clause that opens the sentence
    for clause in _coordinated(ds, allowed, types, company):
        parties = _parties_in(ds, clause.start, clause.end)
        if clause.date is not None and (segs or clause.separator.strip() == ";") and "since" in clause.text and _CAREER_SINCE.search(clause.text) and len(_YEARS.findall(clause.text)) == 1:
            # "...; he was succeeded by X, who had run the company's operations since 2012": the
            # year is the successor's career, not the clause's date; also after a ';' that follows a
            # clause with no event ("X died in 1986; his son Y, who had run the works since 1980,
            # became chairman")
            clause = replace(clause, date=None)
        if clause.date is None and opening is None and (not segs or clause.separator.strip() == ";"):
            opening = clause.start
        if segs and clause.date is None:
            # "...; the Allied Carpets chain was sold to Carpetland": an undated clause after a
            # ';' or an 'and' that tells another kind of event is one more event of that time
            found = classify(clause.text, allowed, ds.folded[clause.start: clause.end], types, company, parties) \
                if clause.separator in _COORDINATION and not _LATER_YEARS.search(clause.text) else None
            if _founds_a_unit(found, ds.sentence.text[: clause.start], company):
                found = None
            if (found is not None and segs[-1].etype.type == "layoffs" and found[0].type == "divestiture"
                    and _OFFICE.search(found[1].group(0))):
                # "cut 80 jobs and closed its sales office": the gold sets disagree on whether the office
                # is an event of its own (blind2 no, blind6 and blind9 yes), so it is left unread
                found = None
            if found is not None and (found[0].type != segs[-1].etype.type and found[0].part_of != segs[-1].etype.type
                                      # "X granted the trust £420,000 ..., and Y lent it 900,000 guilders":
                                      # another lender's loan, an event of its own
                                      or segs[-1].etype.key not in _LOAN_KEYS
                                      and _another_lender(clause.text, found, company)):
                segs.append(Segment(clause.start, clause.end, segs[-1].date, *found, dated_by="sentence"))
            else:
                segs[-1].end = clause.end
            continue
        found = classify(clause.text, allowed, ds.folded[clause.start: clause.end], types, company, parties)
        if clause.lead and (found is None or found[0].key not in _OWN_DEALS):
            # "When the new plant opened in 1987, ...": the circumstance of the main clause, read with
            # it for its names ("When X collapsed in 2001, Acme bought its customers") but not dated with it
            lead = (clause.start, clause.end)
            continue
        if not segs and clause.start == 0 and clause.date is not None:
            found = _past_apposition(clause.text, found, allowed, types, company)
        predicate = _PREDICATE.match(clause.text) if opening is not None and clause.date is not None else None
        if predicate is None and opening is not None and clause.date is not None and clause.separator == "and":
            predicate = _second_participle(ds.sentence.text[opening: clause.start], clause.text)
        if (predicate is not None and (found is None or predicate.group(1))
                and not any(sg.start >= opening for sg in segs)):
            # "A second plant, in Anapolis, followed in 1968" (also after a ';'): the subject and its
            # apposition, undated, before the dated predicate; the clause is read from the subject
            # (also when the clause holds a trigger of its own after a relative clause the splitter cut
            # off: "The Leeds studio, | which had never made money, was closed in 2020, and its 40
            # staff were made redundant" is the studio's closure, and its layoffs the closure's twin)
            parties = _parties_in(ds, opening, clause.end)
            whole = classify(ds.sentence.text[opening: clause.end], allowed, ds.folded[opening: clause.end],
                             types, company, parties)
            if whole is not None:
                found = whole
                clause = replace(clause, start=opening, text=ds.sentence.text[opening: clause.end])
                if segs and segs[-1].end > opening:
                    segs[-1].end = opening
        if clause.date is not None:
            opening = None
        if (found is not None and company is not None and clause.separator == "," and found[0].role != "person"
                and describes_another(ds.sentence.text, clause.start + found[1].start(), company)):
            found = None  # "Berkshire Hathaway, which had bought BNSF": another party's act
        if (found is None and segs and clause.date is not None
                and (clause.separator in (";", "and", ", and")
                     and (_ELLIPSIS_OBJECT.search(clause.text) or _ELLIPSIS_NOUN.match(clause.text))
                     or clause.separator in (",", "and") and _ELLIPSIS_NAME.match(clause.text))
                and not _VERB.search(_object_part(clause.text))
                and not has_past_verb(_object_part(clause.text))  # "..., and repaid the state capital in December 2011"
                or found is None and segs and clause.separator in (";", ", and") and clause.date is not None
                and segs[-1].date is not None and _FOLLOWED.match(clause.text)
                and (_ELLIPSIS_OBJECT.search(clause.text) or segs[-1].etype.type in _UNIT_TYPES)):
            prev = segs[-1]
            segs.append(Segment(clause.start, clause.end, clause.date, prev.etype, prev.trigger,
                                 "relative" if clause.relative else "written", ellipsis=True))
            continue
        if found is not None and segs and found[0].part_of == segs[-1].etype.type:
            # "...; its shares were delisted the same day": part of the buyout
            segs[-1].party_end = segs[-1].party_end or segs[-1].end
            segs[-1].end = clause.end
            continue
        if (found is None and clause.separator == "," and clause.date is not None and _WHICH_OPENED.match(clause.text)
                and not (segs and segs[-1].etype.type == "expansion")  # "built a plant, which opened ...": told
                or found is None and clause.separator.strip() == ";" and clause.date is not None
                and _IT_OPENED.match(clause.text) and not (segs and segs[-1].etype.type == "expansion")):
            unit = _unit_opened(ds, segs[-1].start if segs else 0, clause, allowed, types, company)
            if unit is not None:
                if segs:
                    segs[-1].end = unit.start
                segs.append(unit)
                continue
        if found is None:
            if segs:
                segs[-1].end = clause.end
            continue
        etype, m = found
        if segs and not (clause.date is not None and (segs[-1].date is not None or segs[-1].before)):
            segs[-1].end = clause.end
            continue
        date, dated_by = clause.date, "relative" if clause.relative else "written"
        circumstance = _OPENING_YEAR.match(clause.text) if dated_by == "written" and not segs and clause.start == 0 else None
        if circumstance is not None and _background_only(ds.sentence.text, circumstance.end(), m.start(), date):
            # "After the banking collapse of 2008 its debts were restructured": the year is the collapse's;
            # "Following its purchase of X in 2004, it moved ...": the year is the company's deal, an event
            deal = _own_deal_opening(clause.text[: circumstance.end()], allowed, types, company)
            if deal is not None:
                segs.append(Segment(clause.start, clause.start + circumstance.end(), date, *deal))
            continue
        before = False
        if date is None and not segs:
            # (the clause before a relative first date, "X became chairman, and Y stepped down the
            # following year", takes the date that phrase counts from: DatedSentence.date_at)
            date = ds.date_at(clause.start) if ds.explicit else ds.date
            dated_by = "sentence" if ds.explicit else "heading"
            year = YEAR.search(ds.sentence.text, clause.start + m.end()) if ds.explicit else None
            if year is not None and BEFORE.search(ds.sentence.text, clause.start + m.end(), year.start()):
                date, before = None, True  # "It went bankrupt ... before being floated in 1996": not its year
        start = clause.start
        if lead is not None and not segs and not ds.sentence.text[lead[1]: clause.start].strip(", "):
            start, wide = lead[0], ds.sentence.text[lead[0]: clause.end]
            m = _ANY.match(wide, clause.start - start + m.start(), clause.start - start + m.end())
        segs.append(Segment(start, clause.end, date, etype, m, dated_by, before=before))
    for first, then in zip(segs, segs[1:], strict=False):
        # "After the bank law of 2001, the bank obtained a licence and changed its name in July
        # 2001": the year stands in a circumstance that opens the sentence, so the predicate joined
        # by "and" to a dated one shares that one's date (finer, in the same year)
        if (then.dated_by == "written" and first.date is not None
                and _CIRCUMSTANCE_OPENS.match(ds.sentence.text, first.start, first.start + first.trigger.start())
                and then.date is not None and then.date.year == first.date.year
                and first.date.precision == "year" and then.date.precision != "year"
                and _AND_BETWEEN.fullmatch(ds.sentence.text, first.start + first.trigger.end(), then.start)):
            first.date = then.date
    if segs and ", and " in ds.sentence.text:
        segs = _gapped_lenders(ds, segs)
    if not segs and ds.sentence.list_item and ds.date is not None:
        head = _bullet_head(ds, allowed, types, company)
        if head is not None:
            segs.append(head)
    return segs


# A second lender told with the first one's verb left out (gapping): "X lent the company US$35 million,
# and Y RO 8 million", "... that June, and [[Y]] a GH₵25 million term loan", "..., and Y a further N$180
# million": a second loan, its lender and its sum, of the same date. Only after a loan's trigger
# (the loan rows), and only a name (a link, or capitalised words) directly followed by a sum with
# its multiplier: not "held 12 per cent, and X 4 per cent" (shares), not "..., and Y agreed ..." (a
# verb of its own is read by the clause splitter).
_LOAN_KEYS = frozenset({"loan", "loan_granted", "loan_signed"})
# a lender that opens a clause and lends: "KCB Bank lent a further KSh 1.5 billion over seven years",
# "Ulster Bank and Barclays provided €48 million of debt", "The Development Bank of Central African
# States (BDEAC) lent OVP FCFA 18 billion"
LENDER_OPENS = re.compile(
    r"(?:The )?[A-Z][\w&.'’-]*(?: (?:and |of |for |de |the )?[A-Z][\w&.'’-]*){0,7}"
    r"(?: \([A-Z][\w&.'’-]{1,11}\))?,? "  # its short name in brackets after it
    r"(?:(?:then|also|later|in turn) )?(?:lent|provided|advanced|granted|extended|arranged|opened)\b")
_GAP_AND = re.compile(r",\s+and\s+(?:the\s+)?(?=[A-Z])")
_GAP_SUM = re.compile(sum_after_name())
_GAP_NAMED_SUM = re.compile(PROPER_NAME + sum_after_name())


def _gapped_lenders(ds: narrative.DatedSentence, segs: list[Segment]) -> list[Segment]:
    """A loan segment cut where ", and <lender> <sum>" gives a second loan without its verb."""
    text = ds.sentence.text
    out: list[Segment] = []
    for seg in segs:
        out.append(seg)
        if seg.etype.key not in _LOAN_KEYS or seg.ellipsis or seg.date is None:
            continue
        for m in _GAP_AND.finditer(text, seg.start + seg.trigger.end(), seg.end):
            at = m.end()
            mention = next((x for x in ds.mentions if x.start == at), None)
            if (_GAP_NAMED_SUM.match(text, at) if mention is None else _GAP_SUM.match(text, mention.end)) is None:
                continue
            end = out[-1].end
            out[-1].end = m.start()
            out.append(Segment(m.end(), end, out[-1].date, out[-1].etype, out[-1].trigger, out[-1].dated_by,
                               ellipsis=True))
    return out



def _another_lender(text: str, found: tuple[EventType, re.Match] | None, company: frozenset[str] | None) -> bool:
    """Whether ``text`` (a clause after ", and") is a loan that a named lender opening it lends, not
    the company: another funder's loan, an event of its own after a funding event of another kind
    ("X granted the trust £420,000 ..., and Akkerfonds lent it 900,000 guilders"). (After a loan, a
    second lender's loan is the same occasion: "borrowed US$15 million from X in February 2013, and Y
    lent a further ₮12 billion alongside it" is one item of blind28.)"""
    return (found is not None and found[0].key in _LOAN_KEYS and LENDER_OPENS.match(text) is not None
            and not names_company(text[: found[1].start()], company or frozenset()))


# A timeline bullet or table row told as a bare noun phrase or in the historic present, right after
# its year ("2004 – Network-sharing agreement with X", "2019 – Administration and pre-pack sale to X",
# "2020 – Sale of the brewery to X", "2001 – Vejvoda family takes control"): the type of its head. Read
# only at the head of a list item, never in running prose. The keyword gate is the head's noun or verb.
_ITEM_OPENS = r"^\s*(?:(?:c\.\s*)?\d{4}(?:\s*[–-]\s*\d{2,4})?\s*(?:[–—:-]|\|\|)\s*)?"
_BULLET_HEADS = (
    ("partnership", ("agreement", "contract", "partnership", "alliance"), re.compile(
        _ITEM_OPENS + r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|contract|partnership|alliance)\s+with\s+"
        r"(?=[A-Z\d])")),
    ("divestiture", ("sale of",), re.compile(_ITEM_OPENS + r"(?:the\s+)?sale of\s+[^;,.]{1,80}?\s+to\s+(?=[A-Z\d])",
                                           re.IGNORECASE)),
    ("acquisition", ("sale to",), re.compile(_ITEM_OPENS + r"(?:[\w-]+\s+and\s+)?(?:[\w-]+\s+)?sale to\s+(?=[A-Z\d])",
                                           re.IGNORECASE)),
    ("acquisition", ("takes control", "took control"), re.compile(
        _ITEM_OPENS + r"(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}(?:family\s+|group\s+)?(?:takes|took)\s+control\b(?!\s+of)")),
)


def _bullet_head(ds: narrative.DatedSentence, allowed: frozenset[str],
                 types: list[EventType] | None, company: frozenset[str] | None) -> Segment | None:
    """The event a dated list item tells by its head alone (``_BULLET_HEADS``), or in the present
    passive of timelines ("2020 – The microscope business is sold to X"), or None."""
    text = ds.sentence.text
    for key, gate, pattern in _BULLET_HEADS:
        if not any(g in ds.folded for g in gate):
            continue
        m = pattern.match(text)
        etype = event_types().get(key)
        if m is None or etype is None or etype.category not in allowed:
            continue
        return Segment(0, len(text), ds.date, etype, _ANY.match(text, m.start(), m.end()), "sentence")
    if " is " not in ds.folded and " are " not in ds.folded:
        return None
    past, shifts = past_passive(text)
    found = classify(past, allowed, None, None, company) if shifts else None
    if found is None:
        return None

    def back(at: int) -> int:  # an offset of the past text in the item's own text
        return at - sum(1 for s in shifts if s < at - 1)

    m = found[1]
    return Segment(0, len(text), ds.date, found[0], _ANY.match(text, back(m.start()), max(back(m.end()), back(m.start()) + 1)),
                   "sentence")


# a circumstance that opens the sentence and holds the only year the sentence writes: "After the
# banking collapse of 2008 its debts were restructured", "After the reforms of 1986 allowed ..., the
# enterprise began ...": the year is the circumstance's, the event's own date is not told
_OPENING_YEAR = re.compile(
    r"\s*(?:After|Following|In the wake of|Amid)\s+(?:the|a|an|its|their)\s+[^,;]{0,60}?\b(?:of|in)\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:1[6-9]\d\d|20\d\d)\b(?:\s+(?=[a-z])|[^,;]{0,80}?,\s+)")


_OWN_DEAL_OPENS = re.compile(r"\s*(?:After|Following)\s+(?=" + OWN_DEAL_AFTER + ")", re.IGNORECASE)


def _own_deal_opening(text: str, allowed: frozenset[str], types: list[EventType] | None,
                      company: frozenset[str] | None) -> tuple[EventType, re.Match] | None:
    """The company's own deal an opening circumstance tells ("Following its purchase of X in 2004, "),
    read as the event of its year; None for another circumstance."""
    opens = _OWN_DEAL_OPENS.match(text)
    if opens is None:
        return None
    # the deal read without the preposition ("Following" is no subject of it)
    found = classify(text[opens.end():], allowed, None, types, company)
    if found is None or found[0].key not in _OWN_DEALS:
        return None
    return found[0], _ANY.match(text, opens.end() + found[1].start(), opens.end() + found[1].end())


def _background_only(text: str, end: int, trigger_at: int, date: DateValue | None) -> bool:
    """Whether the trigger stands after the opening circumstance and the rest of the clause tells
    no date of its own (a year, a month, "the following year"), in this clause or a later one; a
    circumstance dated to the month or day is a moment the event follows at once ("After the invasion
    of September 1939 the works was nationalised"), not a background."""
    rest = text[end:]
    return (trigger_at >= end and date is not None and date.precision == "year" and _YEARS.search(rest) is None
            and narrative.resolve_date(rest, date) is None)


# a circumstance that opens the sentence and holds its year: "After the law of 2001, "
_CIRCUMSTANCE_OPENS = re.compile(r"\s*(?:After|Following|When|Once|As)\b[^;]*?,\s+(?=\S)")
# what stands between two predicates of one subject: "obtained a licence and changed its name"
_AND_BETWEEN = re.compile(r"[^,;]*?\band\s*")


_OFFICE = re.compile(r"\boffices?\b")


# A predicate coordinated with the one before, its subject left out: "closed 60 stores and
# cut 4,200 jobs", "founded in 2014, was listed on Nasdaq from 2021", "merged with X, and took
# its present name".
_COORDINATED = re.compile(
    r"(?:,\s+and\s+|\s+and\s+|,\s+(?=(?:was|were|had been|has been)\s))(?:then\s+|later\s+|also\s+|subsequently\s+)?"
    r"(?=(?:(?:was|were|had been|has been)\s+)?(?:[a-z]{2,}ed|bought|sold|cut|took|withdrew|began|won|went|shed|"
    r"became|made|paid|set up|laid off|spun off|struck|undertook|rebuilt|built|got|lost|chosen|given|taken)\b)"
    # "... lost their jobs when the plant closed", "... bought out in 1898, when the business became ..."
    # "renamed X in 2004, when it merged with Y", "moved to Leeds in 2004, after its purchase of Y": a
    # temporal clause whose subject is the company tells an event of its own, at the time of the first
    # (", when the company": the "own" cut below)
    r"|(?P<temporal>,\s+(?!when\s+the\s)(?:when|after|following|once)\s+)(?=(?:it|the\s+(?:company|firm|group))\s|its\s+[a-z])"
    r"|(?P<own>,?\s+when\s+(?=the\s)"
    # "the closure of the magazine and the loss of 170 jobs": a second event noun
    r"|\s+and\s+(?=the\s+(?:loss|closure|sale|purchase|acquisition|opening|launch|listing)\s+of\b)"
    # "about 60 jobs were cut and Burren's Leeds office was closed": a passive with its own subject
    r"|,?\s+and\s+(?=(?:[\w'’-]+(?:,\d+)*\s+){1,5}?(?:was|were)\s+(?:[a-z]{2,}ed|cut|shut|sold|shed)\b)"
    # "..., and the grocery service, launched a year earlier, was shut down in August": the same with
    # an apposition after its subject
    r"|,?\s+and\s+(?=(?:the|its|a|an)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+[^,.;]{1,60},\s+(?:was|were)\s+(?:[a-z]{2,}ed|shut|sold)\b)"
    # "The present name was adopted in 1987, the year the company began making dishwashers"
    r"|,\s+the\s+year\s+(?=(?:the|its|it)\s|[A-Z])"
    # "... by buying shares from X, who stepped down as chief technology officer that month": the
    # seller's departure is an event of its own
    r"|,\s+who\s+(?=(?:then\s+|later\s+|also\s+)?(?:stepped\s+down|resigned|retired)\b))"
    # "renamed X in 1937 after absorbing two smaller neighbours": what it did before, told as a gerund
    # (not after a span of time, "closed it in 2002, a year after signing a supply agreement": the
    # gerund's event is a year earlier, and the clause tells no date of its own)
    r"|(?<!year)(?<!years)(?<!month)(?<!months)(?<!week)(?<!weeks)(?<!day)(?<!days)\s+after\s+(?=[a-z]{3,}ing\s)"
    # "founded in Leipzig in 1864, expropriated in 1948": a participle after a comma (see _PARTICIPLE)
    # (also "..., paid for in part with a loan of ...": how it was paid for)
    r"|(?P<participle>,\s+)(?=[a-z]{3,}ed\s+(?:in|on|by|to|from|at|into)\b|paid\s+for\s+(?:in\s+part\s+|largely\s+|partly\s+|mostly\s+)?(?:by|with)\b)"
    # "..., and it took its present name the same year", "..., and the company began selling bars
    # under the brand X", "..., and its shares were first quoted on ...": a clause with a subject of
    # its own after ", and" (a pronoun, or a noun phrase or name of a few words before its verb; a
    # name may have an apposition: "..., and Jan Novak, previously head of sales, succeeded X"); also
    # after ", where": "... took the brand to the Gulf, where the first store opened in Dubai in 2007"
    r"|(?P<subject>,\s+(?:and|where)\s+)(?=(?:(?:it|he|she|they)\s+|(?:the|its|their|a|an)\s+(?:[\w'’&-]+\s+){0,8}?"
    r"|[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&.-]*){0,4}(?:,\s+[^,;]{1,60},)?\s+)(?:also\s+|then\s+|later\s+|first\s+)?"
    r"(?:(?:was|were|had been)\s+(?:first\s+|also\s+)?)?(?:[a-z]{2,}ed|bought|sold|took|began|won|lent|made|became|"
    r"set up|cut|shut|built|shed|got|lost|paid)\b)")


# A subject, an apposition between commas and the predicate: "A second dock, able to take ships of
# 300,000 tonnes, was finished in 1978", "Its first exchange, at Bahla, opened in 1988". The
# predicate is read with its subject, without the apposition; a trigger inside the apposition
# ("A dehairing line, bought from Japan, was added in 1983") is the apposition's, not the clause's.
_APPOSED = re.compile(
    r"(?P<subject>(?:The|Its|A|An|Their|His|Her)\s+(?:[\w'’-]+\s+){0,5}?[a-z][\w'’-]+),\s+"
    r"(?P<apposition>(?:[^,;()]|(?<=\d),(?=\d)){2,80}?),\s+"
    r"(?P<predicate>(?:(?:was|were|had been)\s+(?:[a-z]+\s+)?)?[a-z]{3,}(?:ed|en|t|un)\b)(?!,)")


def _past_apposition(text: str, found, allowed: frozenset[str], types: list[EventType] | None,
                     company: frozenset[str] | None):
    """The clause's type read without the apposition after its subject (see ``_APPOSED``); the
    trigger is then the predicate's verb in the clause itself."""
    m = _APPOSED.match(text)
    if m is None or (found is not None and not (m.start("apposition") <= found[1].start()
                                                 and found[1].end() <= m.end("apposition"))):
        return found  # no apposition, or a trigger that reaches the predicate ("a warehouseman, was killed")
    bare = m.group("subject") + " " + text[m.start("predicate"):]
    again = classify(bare, allowed, None, types, company)
    if again is None:
        return None
    verb = _LAST_WORD.search(m.group("predicate"))
    return again[0], _ANY.match(text, m.start("predicate") + verb.start(), m.end("predicate"))


_LAST_WORD = re.compile(r"\S+$")
_ANY = re.compile(r".+", re.DOTALL)


# a successor's career told in a relative clause, and any year
# (also told as an apposition: "his son X, managing director since 1999, succeeded him as chairman",
# "X, the company's finance director since 1998.")
_CAREER_SINCE = re.compile(r",\s+who\s+had\s+(?:[\w'’-]+\s+){1,6}?since\s+(?:1[6-9]|20)\d\d\b"
                           r"|,\s+(?:(?:the|its|the\s+company['’]s)\s+)?(?:(?-i:[a-z])[\w-]*\s+){1,4}since\s+(?:1[6-9]|20)\d\d(?=\s*[,.;]|\s*$)")
_YEARS = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
# a predicate with its subject in the clauses before it ("..., followed in 1968")
# (also a unit "was closed / shut down" or a line or range "was added / installed / finished", and
# after a relative clause: "The studio, which had never made a game, was closed in 2020")
_PREDICATE = re.compile(r"((?:which|that) [^,;]{1,80},\s+)?(?:followed|came|arrived|opened|started|began|(?:was|were) (?:permanently )?"
                        r"(?:opened|completed|closed|shut down|added|installed|finished))\b")


# A subject with an apposition of two participles joined by "and", which the splitter cut at the
# "and", before the dated predicate: "The Yibin plant, built for RMB 9.6 billion | and powered by
# hydroelectricity, opened in December 2019", "The new mill, designed by X | and fitted with
# carding, spinning and weaving lines by Y, was opened in 1998". The first participle follows the
# subject and its comma; the second opens the clause after the "and" with its preposition.
_APPOSED_HEAD = re.compile(r"(?:The|Its|A|An|Their)\s+[^,;()]{1,60}?,\s+(?:[a-z]+ly\s+)?([a-z]{3,})\s")
_SECOND_PARTICIPLE = re.compile(r"(?:[a-z]+ly\s+)?([a-z]{3,})\s+(?:[a-z]+ly\s+)?(?:by|with|for|from|in|at|on|under|to|as)\s")
_APPOSITION_END = re.compile(r"[^;()]{1,120}?,\s+")


def _second_participle(head: str, text: str) -> re.Match | None:
    """The predicate after an apposition of two participles (see ``_APPOSED_HEAD``): ``head`` is the
    undated opening of the sentence, ``text`` the clause after its "and"; None when they are not
    such an apposition, no predicate follows it or the apposition writes a year (its own date)."""
    first, second = _APPOSED_HEAD.match(head), _SECOND_PARTICIPLE.match(text)
    if first is None or second is None or not (is_participle(first.group(1)) and is_participle(second.group(1))):
        return None
    for end in _APPOSITION_END.finditer(text, second.end()):
        found = _PREDICATE.match(text, end.end())
        if found is not None:  # (a year inside the apposition is the apposition's: left as it was)
            return None if YEAR.search(text, 0, found.start()) else found
    return None


# "..., which opened in 2024": a relative clause that dates the opening of the unit before it
# (also after a relative clause naming its builder: "..., which the contractor X built and which opened in 2018")
_WHICH_OPENED = re.compile(r"(?:which\s+[^,;]{1,80}?\s(?:built|constructed|designed|equipped)\b[^,;]{0,60}?\s+and\s+)?"
                           r"which\s+(?:was\s+|were\s+)?(?:officially\s+)?(?:opened|completed|began production|"
                           r"started production|(?:went|came)\s+(?:into\s+(?:production|operation|service)|on[\s-]?stream)|"
                           r"(?:began|started|entered)\s+(?:commercial\s+)?(?:operations?|operating|service))\b")
# "...; it opened in 2010", "...; it was built by X and opened in August 2018": the same opening told
# after a semicolon by "it", the unit of the clause before
_IT_OPENED = re.compile(r"it\s+(?:was\s+(?:built|constructed|designed|equipped)\s+by\s+[^,;]{1,80}?\s+and\s+)?"
                        r"(?:was\s+(?:officially\s+)?(?:opened|inaugurated|completed)|opened|began production|"
                        r"started production|(?:went|came)\s+(?:into\s+(?:production|operation|service)|on[\s-]?stream)|"
                        r"(?:began|started|entered)\s+(?:commercial\s+)?(?:operations?|operating|service))\b")
# a unit paid for or built, the last words of the clause before it: "raised A$250 million to pay for a
# new recycling plant at Lytton", "financing new stores and a distribution centre in Curitiba"
# or the company's own unit a loan, a contract or a purchase was for ("lent it $60 million for a
# freeze-dried coffee plant at Palermo", "bought land for a bottling plant"), or where a venture was to
# work ("formed a joint venture to bake biscuits at a plant in Bursa"): not "for the plant", "for
# a Siemens plant", which may be another's; also "towards a new packhouse", and the last of the
# things a sum was for ("lent it N$60 million for sixty new trucks and a depot at Ndola")
_FUNDED_UNIT = re.compile(r"\b(?:(?:pay|paid|paying|finance|financed|financing|fund|funded|funding|build|built|building)"
                          r"\s+(?:for\s+)?(?:part\s+of\s+)?(?:[^,;]{0,60}?\s)?|(?:for|at|towards?)\s+(?=(?:a|an|its|their)\s+[a-z])"
                          r"|(?:for|towards?)\s+[^,;]{1,60}?\s(?:and|as\s+well\s+as)\s+(?=(?:a|an|its|their)\s+[a-z])"
                          # a unit made of another or put in another's place: "converted it into a packhouse",
                          # "to replace the old bottling lines with a carton-filling line"
                          r"|(?:convert|converted|converting|turn|turned|turning)\s+[^,;]{1,60}?\s+into\s+"
                          r"|(?:replace|replaced|replacing)\s+[^,;]{1,80}?\s+with\s+)"
                          r"(?P<unit>(?:a|an|the|its|their)\s+[^;]{1,100}?)[\s,]*$")


def _unit_opened(ds: narrative.DatedSentence, start: int, clause: narrative.Clause, allowed: frozenset[str],
                 types: list[EventType] | None, company: frozenset[str] | None) -> Segment | None:
    """The opening told by a relative clause after a unit paid for or built ("It raised A$250 million
    in March 2023 to pay for a new plant at Lytton, which opened in 2024"): a segment of its own from
    the unit to the clause's end, dated by the clause (or None: no such unit, or no opening)."""
    text, folded, end = ds.sentence.text, ds.folded, clause.start
    if clause.separator.strip() == ";":
        # "...; it opened in 2010": the unit and its opening read as one clause, the semicolon as a
        # comma (of the same length, so the trigger keeps its place in the sentence)
        end = text.rfind(";", start, clause.start)
        if end < 0:
            return None
        text = text[:end] + "," + text[end + 1:]
        folded = folded[:end] + "," + folded[end + 1:]
    m = _FUNDED_UNIT.search(text, start, end)
    if m is None:
        return None
    at = m.start("unit")
    found = classify(text[at: clause.end], allowed, folded[at: clause.end], types, company,
                     _parties_in(ds, at, clause.end))
    if found is None or found[0].type != "expansion":
        return None
    return Segment(at, clause.end, clause.date, *found, "relative" if clause.relative else "written")


def _parties_in(ds: narrative.DatedSentence, start: int, end: int) -> tuple[tuple[int, int], ...]:
    return tuple((m.start - start, m.end - start) for m in ds.mentions if start <= m.start and m.end <= end)


# the name that opens a clause ("the Prague Transit Company ordered ...", "Kestrel Bank sold ...")
_OPENING_NAME = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)")
# what the clause after the cut tells of a sale of shares before it: their listing (one offering)
_SHARES_SOLD = frozenset({"divestiture", "funding_round", "acquisition"})


# a state told in the present perfect since a time: "its shares have traded on the Oslo exchange since 2012"
_STATE_SINCE = re.compile(r"\b(?:has|have)\b[^,;]*\bsince\b", re.IGNORECASE)


def _another_time(head: str, tail: str) -> bool:
    """Whether the clause after ", and" writes a date of its own, another than the one before it
    ("laid off 1,100 employees in September 2022, and it cut a further 2,500 jobs in February
    2023"): one more event of the same kind, not the same one told again."""
    before = narrative.explicit_date(head)
    if before is None:
        return False
    # or a time it tells from the one before: "..., and Bolt ordered 20 more the following year"
    own = narrative.explicit_date(tail) or narrative.resolve_date(tail, before)
    return own is not None and own.iso != before.iso and own.end is None


def _own_subject(tail: str, found: EventType, head: EventType, company: frozenset[str] | None) -> bool:
    """Whether the clause after ", and" with a subject of its own tells an event of its own: not an
    event of the company's own (``subject`` own) told of another named party ("..., and the Prague
    Transit Company ordered 120 buses": its order, not the company's), nor the listing of the shares
    whose sale opens the sentence ("sold 12 per cent of its capital to the public in June, and its
    shares were first traded on 14 July": one offering)."""
    if found.type == "ipo" and head.type in _SHARES_SOLD:
        return False
    m = _OPENING_NAME.match(tail)
    return not (found.subject == "own" and m is not None and company is not None
                and not names_company(m.group("name"), company))


_AUX_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be)\b", re.IGNORECASE)


def _founds_a_unit(found: tuple[EventType, re.Match] | None, head: str, company: frozenset[str] | None) -> bool:
    """Whether ``found``, a founding told in a predicate coordinated with ``head`` and with no subject
    of its own, has the company as its subject ("Acme opened a depot and set up Acme Polska", "In 2017
    it opened an office in Jakarta and set up PT Acme Indonesia"): the company founds a unit, not itself."""
    return (found is not None and found[0].subject == "self" and company is not None
            and _AUX_BEFORE.search(found[1].string, 0, found[1].start()) is None  # "and was incorporated in 1952"
            and opens_with_company(head, company))


# the deals (and changes of owner) a temporal clause of the company's own tells as events of their own
_OWN_DEALS = frozenset({"acquisition", "merger", "divestiture", "ipo", "state_transfer", "joint_venture", "funding_round"})


def _coordinated(ds: narrative.DatedSentence, allowed: frozenset[str], types: list[EventType] | None,
                 company: frozenset[str] | None) -> list[narrative.Clause]:
    """The sentence's clauses, a clause cut where a coordinated predicate tells another kind
    of event than the one before it: "In 2015 it closed 60 stores and cut 4,200 jobs" tells a
    closure and layoffs; "most of its staff lost their jobs when the plant closed" a closure
    too. The part after the cut keeps the year it writes, else none (it takes
    the date of the part before). Not when another party is the subject of both ("Lee founded
    Cheil Mojik and built a plant": the plant is not the company's opening)."""
    if types is not None and len(types) < 2:
        return ds.clauses  # one kind of event at most: nothing to cut
    out: list[narrative.Clause] = []
    for clause in ds.clauses:
        while " and " in clause.text or ", " in clause.text or " when " in clause.text or " after " in clause.text:
            text = clause.text
            folded = ds.folded[clause.start: clause.end]
            cut = None
            for m in _COORDINATED.finditer(text):
                head = classify(text[: m.start()], allowed, folded[: m.start()], types, company,
                                _parties_in(ds, clause.start, clause.start + m.start()))
                if head is None:
                    continue
                tail = classify(text[m.end():], allowed, folded[m.end():], types, company,
                                _parties_in(ds, clause.start + m.end(), clause.end))
                if m.group("temporal") and tail is not None and tail[0].key not in _OWN_DEALS:
                    continue  # "renamed X in 1988, when it decided to grow its own trees": the reason for the first
                if not any(m.group(g) for g in _COORDINATED.groupindex) and _founds_a_unit(tail, text[: m.start()], company):
                    continue
                if m.group("participle") and tail is not None and tail[0].subject in ("self", "own"):
                    continue  # "bought X, founded in 1990, ...", "issued a bond, listed on ...": it describes X
                if m.group("subject") and tail is not None and (
                        clause.date is not None and clause.date.end is not None  # "Between 2001 and 2004 it opened ..."
                        or _STATE_SINCE.search(text, m.end()) is not None  # "..., and its shares have traded ... since 2012"
                        or not _own_subject(text[m.end():], tail[0], head[0], company)
                        # "..., where FPL Energy became its largest customer": a state there, no event of a time
                        or "where" in m.group("subject") and narrative.resolve_date(text[m.end():], clause.date) is None):
                    continue
                if head[0].key not in _LOAN_KEYS and _another_lender(text[m.end():], tail, company):
                    cut = m  # "X granted it £420,000 ..., and Y lent it 900,000 guilders": two funders
                    break
                if (tail is not None and (tail[0].type != head[0].type or m.group("subject") and _another_time(
                        text[: m.start()], text[m.end():])) and tail[0].part_of != head[0].type
                        and (company is None or m.group("own") or m.group("subject") or named_subject(text, company) is None
                             # a lender that lent to the company and then did something else: "X lent it
                             # US$60 million in 2016 for ..., and bought 5 per cent of the shares" (the
                             # loan's row vetoes a purchase in its clause)
                             or head[0].key in _LOAN_KEYS)):
                    cut = m
                    break
            if cut is None:
                break
            head_text, tail_text = text[: cut.start()], text[cut.end():]
            head_date = (narrative.explicit_date(head_text) or clause.date) if clause.date is not None else None
            head_years = list(narrative.A_YEAR.finditer(head_text))
            if head_years and not cut.group("subject") and all(narrative.naming_year(head_text, y) for y in head_years) \
                    and narrative.explicit_date(tail_text) is not None:
                # "After a poor 2016 harvest it closed the station and laid off 85 workers in 2017": a year
                # naming a thing is the head's only one; the date written after the second verb of the same
                # subject is the one both share (not after ", and it sold ...": a subject of its own)
                head_date = clause.date
            year = YEAR.search(tail_text) if head_date is not None and "before" in tail_text else None
            if year is not None and BEFORE.search(tail_text, 0, year.start()) and not YEAR.search(head_text):
                head_date = None  # "It went bankrupt ... and was controlled by X for sixty years before being floated in 1996"
            date = narrative.resolve_date(tail_text, head_date)  # "..., and began X the following year"
            out.append(replace(clause, text=head_text, end=clause.start + cut.start(), date=head_date))
            clause = narrative.Clause(tail_text, clause.start + cut.end(), clause.end, date, "and",
                                      date is not None and narrative.explicit_date(tail_text) is None)
        out.append(clause)
    return out


# ---------------------------------------------------------------- the date of a trigger

_PERFECT = re.compile(r"\b(?:has|have)\b", re.IGNORECASE)
# the comma of a date written month-day-year ("on January 1, 2019"): no break between a trigger and its year
_DAY_COMMA = re.compile(r"\b\d{1,2},\s*$")
_NOUN_YEAR = re.compile(r"\b(?:the|its|their|a|an)\s+(1[6-9]\d\d|20\d\d)\s+$", re.IGNORECASE)
# "in May 2023", "on 4 May 2023", "on May 4, 2023": a month written before a year
_IN_MONTH = re.compile(r"\b(?:in|on)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2},)?\s+$")
_UNTIL = re.compile(r"\buntil\b")
# "on June 21, 1948" is one part, and so is "recalled 23,000 cookers in 2021" (a thousands separator)
_PART_END = re.compile(r";|,(?!\d{3}\b)(?!\s*(?:1[6-9]\d\d|20\d\d)\b)")
# (a law's year is its name: "under the Securities Market Law of 2005 ... became ... in 2006",
# "under the Companies Act 2015, ... was re-registered on 1 January 2016", "as Law 31 of 1996")
_BACKGROUND_YEAR = re.compile(r"(?:\b(?:the|its|their|a|an)(?:\s+[\w-]+)?|\b(?:Act|Law|Code|Decree|Directive) of"
                              r"|\b(?-i:Act|Law|Code|Decree|Ordinance)(?:\s+(?:No\.?\s*)?\d{1,4}(?:\s+of)?)?|\b"
                              + narrative.MATURITY +
                              r"(?:\s+in)?)\s+$", re.IGNORECASE)
# a trigger in the present perfect ("the company has raised more than US$600 million") tells a
# sum up to now, not an act of a year
# "announced that it has acquired X": the announcement dates the act
_REPORTED = re.compile(r"\b(?:announc\w*|said|says|reported|stated|confirmed|disclosed)\b", re.IGNORECASE)
_PERFECT_TRIGGER = re.compile(r"\b(?:has|have)\s+(?:also\s+|since\s+)?$", re.IGNORECASE)
# the year a term or a trade runs to: "an offtake contract running to 2029", "went on buying parts
# from X until 2019" (the end of something agreed or begun before, not the date of the act)
_TERM_END = re.compile(r"\b(?:until|till|(?:running|runs?|ran|lasting|lasts?|extending)\s+(?:to|until|till|through)|"
                       r"expiring\s+in)\s+(?:(?:the\s+)?end\s+of\s+)?(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?$",
                       re.IGNORECASE)
# "until 2005, when it moved to X": the year the clause after "when" tells; "did not begin ... until
# October 2020": the year the act came at last
_WHEN_AFTER = re.compile(r",?\s+when\b")
_NOT_UNTIL = re.compile(r"\b(?:not|never)\b|n't\b", re.IGNORECASE)


def trigger_date(seg: Segment, text: str, at: int, end: int) -> DateValue | None:
    """The date of the trigger at ``text[at:end]`` (the segment's text) when the segment
    writes several years: a year inside the trigger ("the 1986 purchase of"), else the one
    closest to it in its own part of the sentence (between commas: "founded in 2014, was
    listed on Nasdaq from 2021 to 2024" lists in 2021), else the closest before it ("from
    1999 until April 2021, when it was taken private" is April 2021). Years after "since"
    and named years ("the 2009 price review") are background. A date before "before" is not
    the trigger's ("a reconstruction in 2023 before being bought by Orkla" dates no purchase)."""
    date = seg.date
    if date is None or seg.ellipsis or seg.dated_by != "written":
        return date
    years = list(YEAR.finditer(text))
    part_start = max(text.rfind(",", 0, at), text.rfind(";", 0, at)) + 1
    stop = _PART_END.search(text, at)
    part_end = stop.start() if stop else len(text)
    if _PERFECT_TRIGGER.search(text, max(0, at - 16), at) and not _REPORTED.search(text, part_start, at) and not any(
            part_start <= y.start() < part_end for y in years):
        return None  # "Founded in 2014, the company has raised US$600 million": no year of its own
    if part_start == 0 and any(part_start <= y.start() < part_end for y in years) and all(
            since_before(text, y.start()) for y in years if part_start <= y.start() < part_end) \
            and any(not (part_start <= y.start() < part_end) for y in years) and date.end is None:
        return None  # "Listed on the Paris Bourse since 1972, it ... in 2016": a state since then, not a 2016 event
    since = _since_state(text, years, part_start, part_end, end)
    if since is not None:
        return since
    relative = _relative_after(text, years, at, end, part_end)
    if relative is not None:
        return relative
    if date.end is not None:  # "listed on the NYSE from 1996 until 2007, when it was taken private"
        end_at = text.rfind(date.end.iso[:4], 0, at)
        when = _WHEN_THE_RANGE_ENDS.match(text, end_at + 4) if end_at >= 0 else None
        if when is not None and "," not in text[when.end(): at]:
            return date.end  # the clause after ", when" tells what happened at the range's end
    if date.end is not None and not _after_the_range(date, years, text, at) and not any(
            part_start <= y.start() < part_end and y.group(0) not in (date.iso[:4], date.end.iso[:4]) for y in years) \
            and not any(at <= y.start() < part_end and "," not in text[at: y.start()]
                        and _IN_MONTH.search(text, max(0, y.start() - 20), y.start()) for y in years):
        # (not "X, who had worked at BYD from 1998 to 2006, founded Y on 18 June 2007")
        return date  # (not "During the drought of 2022–23, ..., X lent it TND 90 million in May 2023": the month dates it)
    if "before" in text and years and years[0].start() > at:
        later = BEFORE.search(text, at, years[0].start())
        if later is not None:
            return None  # "bought a plant weeks before the crisis of December 1994": no date of its own
    last = next((y for y in reversed(years) if y.end() <= at), None)
    cut = BEFORE.search(text, last.end(), at) if last is not None and "before" in text else None
    if cut is not None:
        years = [y for y in years if y.start() >= cut.end()]
        date = None
    if years and date is not None and date.end is None and cut is None and all(
            _TERM_END.search(text, max(0, y.start() - 40), y.start()) and not _WHEN_AFTER.match(text, y.end())
            and not _NOT_UNTIL.search(text, 0, y.start()) for y in years):
        return None  # "went on buying parts from X until 2019": the year the trade ran to dates no act
    if len({y.group(0) for y in years}) < 2 and cut is None and not (
            len(years) > 1 and date.precision == "year" and date.end is None):
        # one year written twice ("slowed in the spring of 2012, but it entered commercial operation on
        # 1 September 2012"): the sentence's first mention may be the coarser; the trigger's own is read below
        return date
    usable = [y for y in years if not _BACKGROUND_YEAR.search(text, max(0, y.start() - 30), y.start())
              and not since_before(text, y.start())
              and not narrative.EXTENDED_TO_BEFORE.search(text, max(0, y.start() - 110), y.start())
              and not former_names.dates_a_name(text, y.start())]
    own = [y for y in years if at <= y.start() and y.end() <= end and "," not in _DAY_COMMA.sub("", text[at: y.start()])
           and not since_before(text, y.start())]
    noun_year = _NOUN_YEAR.search(text, max(0, at - 16), at)
    if not own and noun_year is not None:  # "took its present name after the 1990 merger with"
        own = [y for y in years if y.end() == noun_year.end(1)]
    if not own:
        if _PERFECT.search(text, part_start, at):
            # "its shares have been listed on the Warsaw Stock Exchange since 1998": a state that
            # began in the year after "since"
            own = [y for y in years if end <= y.start() < part_end and since_before(text, y.start())]
        if " until " in text[part_start: at] and any(at <= y.start() < part_end for y in usable):
            # "owned by the state from 1991 until it was bought by X in March 1998": the year the
            # state began is not the date of the act that ended it
            usable = [y for y in usable if not (y.end() <= at and _UNTIL.search(text, y.end(), at))]
        in_part = sorted((y for y in usable if part_start <= y.start() < part_end),
                         key=lambda y: abs(y.start() - at))
        before = [y for y in usable if y.end() <= at and ";" not in text[y.end(): at]][::-1]
        if len(before) > 1 and "," in text[: at]:
            # "In 2022 Stellantis, of which PSA had become part in January 2021, gave BCA ...": a year in
            # a relative aside between the subject and the trigger is the aside's, when another stands before it
            asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, 0, at)]
            before = [y for y in before if not any(a <= y.start() < b for a, b in asides)] or before
        own = own or in_part or before
    if not own:
        return date
    y = own[0]
    prev = max((p.end() for p in years if p.end() <= y.start()), default=0)
    window = text[max(prev, y.start() - 25): y.end()]
    found = parse_date_text(window)
    if found is not None and found.precision != "year":
        found = first_of_pair(window, found)  # "struck in June and July 2022": June
    return replace(found, raw=found.raw[-40:]) if found is not None else date


# a relative clause set off by commas ("..., of which PSA had become part in January 2021, ...")
_ASIDE = re.compile(r",\s+(?:of\s+which|in\s+which|which|who|whose|where)\b[^,;()]*,")


# a relative date that closes the trigger's stretch of the sentence ("..., the company won its first
# orders from Gap the following year.", "began in 1981 as a workshop and built its first turbine the
# following year"): not "a year later than planned"
_RELATIVE_CLOSE = re.compile(r"\b(?:the (?:following|next) (?:year|month)|(?:a|one|two|three|four|five|six|seven|eight|nine"
                             r"|ten) (?:years?|months?) later)\b(?! than)\W*$", re.IGNORECASE)


def _relative_after(text: str, years: list[re.Match], at: int, end: int, part_end: int) -> DateValue | None:
    """The date of a trigger whose own stretch of the sentence ends with a relative date and
    writes no year, counted from the last year written before the trigger, when no clause split
    has given the trigger a clause of its own: "The ban was lifted in 1948, and Hans Weber, the
    founder's son, bought the mill the following year" is 1949 (a clause that tells no event
    before ", and" with a subject set off by commas). A subordinate clause that opens the sentence
    with its own date ("After the trade agreement took effect in December 2001, the company won
    its first orders the following year") is the narrative's split (``narrative.leading_subordinate``):
    the main clause is dated "relative" by it and never reaches here; so is a predicate that
    ``_coordinated`` cuts ("... and built its first loom two years later"). Not when a year stands
    between the trigger and the phrase or an "and" joins another object to it, nor when no year
    stands before the trigger ("It began in 1981 ...": the year is the trigger's own)."""
    m = _RELATIVE_CLOSE.search(text, end, part_end)
    if m is None or any(at <= y.start() < m.start() for y in years) or " and " in text[end: m.start()]:
        return None  # "In 1990 it bought X and Y three years later": the phrase dates Y
    last = next((y for y in reversed(years) if y.end() <= at), None)
    if last is None:
        return None
    prev = max((p.end() for p in years if p.end() <= last.start()), default=0)
    anchor = parse_date_text(text[max(prev, last.start() - 25): last.end()])
    if anchor is None:
        return None
    return narrative.resolve_date(text[m.start(): m.end()], anchor)


def _since_state(text: str, years: list[re.Match], part_start: int, part_end: int, end: int) -> DateValue | None:
    """The year after "since" that follows a trigger in the present perfect in its own part of
    the sentence: "..., and its shares have traded on the Nasdaq since 2010" is a listing of
    2010, whatever year another part writes ("founded in 2005", "Between 2010 and 2014 it bought
    ..."); the perfect may stand inside the trigger ("shares have traded on")."""
    if not _PERFECT.search(text, part_start, end):
        return None
    y = next((y for y in years if end <= y.start() < part_end
              and since_before(text, y.start())), None)
    if y is None:
        return None
    prev = max((p.end() for p in years if p.end() <= y.start()), default=0)
    found = parse_date_text(text[max(prev, y.start() - 25): y.end()])
    return replace(found, raw=found.raw[-40:]) if found is not None else None


# ", when" just after the end of a range: what follows happened at the range's end
_WHEN_THE_RANGE_ENDS = re.compile(r",\s+when\b")


def _after_the_range(date: DateValue, years: list[re.Match], text: str, at: int) -> bool:
    """Whether the trigger at ``at`` tells its own time after the clause's range: "It was owned
    by a conglomerate from 1969 to 1978, ... listed from 1993 until 2011, when it was acquired"
    (the range's years stand in an earlier part, and other years follow them before the trigger)."""
    bounds = {date.iso[:4], date.end.iso[:4]}
    part_start = max(text.rfind(",", 0, at), text.rfind(";", 0, at))
    inside = [y for y in years if y.group(0) in bounds]
    return bool(inside) and inside[-1].end() < part_start and any(
        y.group(0) not in bounds and inside[-1].end() < y.start() < at for y in years)


__all__ = ["BEFORE", "YEAR", "Segment", "segments", "trigger_date"]
