"""History events: dated sentences with a trigger from the event-type table become events.

An event needs a date (written, relative to the running context, or the year heading) and a
trigger of ``kg/data/event_types.tsv``. One event per sentence by default; a sentence whose
clauses each carry their own date and trigger ("In April 2018, Series C ..., followed in the
next month by a Series C+ round ...") yields one per clause, and an enumeration of openings
with years in parentheses ("Norway (1963) and Denmark (1969)") one per year. Participants are
the clause's entity mentions (links and resolved unlinked names) and unlinked proper nouns
after a cue ("led by Amazon", "from the hedge fund Bridgepoint"), with the role of the type;
the company itself is never a participant.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files

from kg.model import DateValue, Entity, Event, Fact, Money, Participant
from kg.text import narrative
from kg.text.dates import MONTHS
from kg.text.mentions import (
    ABBREVIATED_PLACE,
    NAME_TAILS,
    NOT_NAMES,
    SELF_NOUNS,
    company_names,
    is_demonym_link,
    is_office_link,
)
from kg.text.money import parse_money_all
from kg.text.parse import Article, Mention
from kg.text.patterns import fold, passes, required_literals

NAME = "history"
_TABLE = "event_types.tsv"

# Cues before a trigger that make a clause a plan, a rumour or a failure, not an event.
NOT_AN_EVENT: tuple[str, ...] = (
    r"\b(?:plans?|planning|planned|intends?|intention|hopes?|hoping|aims?|expects?) to\b",
    r"\b(?:considering|considered|proposed|proposes|rumou?red|speculat\w+)\b",
    r"\b(?:attempted|attempts?|failed|abandoned|blocked|collapsed|rejected|cancell?ed)\b",
    r"\b(?:a study|a report|a survey|an analysis|according to)\b",
    r"\bin talks\b|\bnegotiat\w+\b|\bif\b|\bunless\b",
    r"\b(?:many|several|numerous|various|a number of)\b",
)
# After these words a clause gives a reason or a circumstance: no more participants there.
_REASON = re.compile(
    r"\b(?:because|due to|following|amid|in response to|"
    r"for (?:using|its|their|allegedly|violat\w*|fail\w*|breach\w*))\b",
    re.IGNORECASE,
)
# Text from which on sums of money are not the event's amount.
NOT_THE_AMOUNT = re.compile(
    r"\b(?:valuation|valued at|bringing (?:the|its) total|in total|to date|market capitali[sz]ation|"
    r"starting point|requested|revenue|sales of|loss(?:es)? of|profit)\b",
    re.IGNORECASE,
)
# Where an unlinked proper noun after these words names a participant.
_CUE = (
    r"(?:led by|from|with|by|acquir(?:ed|ing|e)|bought|purchased|sold to|partnered with|"
    r"participation from|investors? including|including)"
)
_NAME = r"[A-Z][\w&'.-]*[\w&](?:\s+(?:[A-Z][\w&'.-]*[\w&]|of|de|&)){0,4}"
_CUE_NAME = re.compile(
    rf"\b{_CUE}\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?P<name>{_NAME})"
    r"(?=\s*[,.;:()]|\s+(?:and|with|in|at|for|to|as|on|from|led|signed|worked)\b|\s*$)"
)
_OWNER_OF = re.compile(r"\s+(?:subsidiary|unit|division|arm|affiliate)\b", re.IGNORECASE)
_ROUND = re.compile(r"\b(series [a-h]\+?|seed)(?![a-z])", re.IGNORECASE)
_PAREN_YEAR = re.compile(r"\((1[6-9]\d\d|20\d\d)\)")
_LOCATIVE = re.compile(r"\b(?:in|at|across|into|throughout|near)\s+(?:the\s+)?$", re.IGNORECASE)
_OUTSIDE = re.compile(r"\b(?:outside|beyond|except)\s+(?:the\s+)?$", re.IGNORECASE)
_MONEYISH = re.compile(r"[$€£¥₩₹]|\b(?:million|billion|USD|EUR|GBP|won|yen|yuan)\b")
_DECADE = re.compile(r"\b(1[6-9]\d0|20\d0)s\b")
_NAME_AFTER = re.compile(
    rf"\s+(?:(?:its|their|a|an|the|new|first|own|latest|of)\s+){{0,3}}(?:(?!(?:in|at|on|for|to|with|by|from|into|across|and)\s)[a-z][\w-]*\s+){{0,2}}(?P<name>{_NAME})")
# a name after these words is a party of the launch, not the product ("for American Airlines")
_PARTY_BEFORE = re.compile(r"\b(?:for|to|with|by|from|and)\s+(?:the\s+)?$", re.IGNORECASE)
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})(?:\s+[a-z][\w-]*){{0,2}}\s+(?:(?:is|was|were|has been|have been)\s+)?$")
_BARE_NAME = re.compile(rf"(?P<name>{_NAME})")


@dataclass(frozen=True)
class EventType:
    key: str
    label: str
    wikidata: str | None
    category: str
    role: str | None
    once: bool
    amounts: bool
    template: tuple[str, str]
    triggers: re.Pattern | None  # the trigger patterns as one alternation
    vetoes: re.Pattern | None
    # keyword gates (required_literals): a pattern runs only on text that has one
    trigger_gate: tuple[str, ...] | None = None
    veto_gate: tuple[str, ...] | None = None
    preps: tuple[tuple[str, str], ...] = ()  # ("to", "buyer"): role after a preposition
    subject: str | None = None  # "self": the company must be the subject of the trigger
    object_type: str | None = None  # the type when the company is what was bought or sold
    object_role: str | None = None
    object_preps: tuple[tuple[str, str], ...] = ()
    object_template: tuple[str, str] = ("", "")
    object_cues: tuple[str, ...] = ()  # patterns with {self} for the company

    def trigger(self, text: str, folded: str | None = None) -> re.Match | None:
        """The first trigger match in ``text``, or None (also when a veto matches).
        ``folded`` is ``fold(text)`` when the caller has it."""
        if self.triggers is None:
            return None
        if folded is None:
            folded = fold(text)
        if not passes(self.trigger_gate, folded):
            return None
        if self.vetoes is not None and passes(self.veto_gate, folded) and self.vetoes.search(text):
            return None
        return self.triggers.search(text)


def _alternation(patterns: list[str]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


def _preps(text: str) -> tuple[tuple[str, str], ...]:
    pairs = (p.strip().partition("=") for p in text.split(" ; ") if p.strip())
    return tuple((prep.lower(), role) for prep, _, role in pairs)


def _template(text: str) -> tuple[str, str]:
    with_p, _, without_p = text.partition("|")
    return (with_p, without_p or with_p)


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    """The event-type scheme, in priority order, from ``kg/data/event_types.tsv``."""
    text = files("kg.data").joinpath(_TABLE).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header, rows = rows[0], rows[1:]
    out: dict[str, EventType] = {}
    for row in rows:
        rec = dict(zip(header, row + [""] * (len(header) - len(row)), strict=True))
        patterns = [p.strip() for p in rec["triggers"].split(" ; ") if p.strip()]
        if rec["category"] not in ("event", "controversy"):
            raise ValueError(f"{_TABLE}: {rec['key']}: category must be event or controversy")
        triggers = _alternation([p for p in patterns if not p.startswith("!")])
        vetoes = _alternation([p[1:] for p in patterns if p.startswith("!")])
        out[rec["key"]] = EventType(
            key=rec["key"],
            label=rec["label"],
            wikidata=rec["wikidata"] or None,
            category=rec["category"],
            role=rec["role"] or None,
            once=rec["once"] == "yes",
            amounts=rec["amounts"] == "yes",
            template=_template(rec["template"]),
            triggers=triggers,
            vetoes=vetoes,
            trigger_gate=required_literals(triggers) if triggers is not None else None,
            veto_gate=required_literals(vetoes) if vetoes is not None else None,
            preps=_preps(rec.get("preps", "")),
            subject=rec.get("subject") or None,
            object_type=rec.get("object_type") or None,
            object_role=rec.get("object_role") or None,
            object_preps=_preps(rec.get("object_preps", "")),
            object_template=_template(rec.get("object_template", "")),
            object_cues=tuple(p.strip() for p in rec.get("object_cues", "").split(" ; ") if p.strip()),
        )
    return out


_NOT_AN_EVENT = tuple(re.compile(p, re.IGNORECASE) for p in NOT_AN_EVENT)
_NOT_AN_EVENT_GATED = tuple((required_literals(p), p) for p in _NOT_AN_EVENT)
# A modal verb makes the trigger a plan or a possibility when it stands in the trigger's own
# stretch of the clause (after the last comma): not in "a newspaper that could be downloaded
# ..., was discontinued"; "would" reports a decision after "announced" ("announced that it
# would sell its x86 server division").
# (lower case only: "Will Shu", "May 2018" are no modal verbs)
_MODAL = re.compile(r"\b(?:could|might|may|should|will|would)\b")
_ANNOUNCED = re.compile(r"\bannounced\b", re.IGNORECASE)
# an open quotation after a verb of saying: what follows are someone's words
_SAID = re.compile(r"\b(?:said|says|stated|states|adding|added|wrote|told)\b[^\"]*\"[^\"]*$", re.IGNORECASE)


def _not_an_event(before: str, folded_before: str) -> bool:
    if '"' in before and _SAID.search(before):
        return True  # inside a quotation: someone's words ("..., adding, "When Hansol separated ...")
    if any(passes(gate, folded_before) and p.search(before) for gate, p in _NOT_AN_EVENT_GATED):
        return True
    modal = _MODAL.search(before, before.rfind(",") + 1)
    return modal is not None and not (modal.group(0).lower() == "would" and _ANNOUNCED.search(before))


def _gated_types(folded: str) -> list[EventType]:
    """The types (in table order) whose trigger or object-cue keywords the folded text holds:
    the only ones whose triggers can match it or any part of it."""
    return [t for t in event_types().values()
            if t.triggers is not None and (passes(t.trigger_gate, folded)
                                           or (t.object_cues and passes(_object_gate(t.key), folded)))]


# ---------------------------------------------------------------- who did what to whom

_PRONOUNS = rf"it|the (?:{'|'.join(SELF_NOUNS)})"


@lru_cache(maxsize=256)
def _self_alternation(company: frozenset[str]) -> str:
    """The company's names, "it" and "the company" as one alternation."""
    names = "|".join(re.escape(c) for c in sorted(company, key=len, reverse=True))
    return rf"(?<![\w-])(?:{names}|{_PRONOUNS})(?![\w-])"


@lru_cache(maxsize=64)
def _object_gate(key: str) -> tuple[str, ...] | None:
    """Keyword gate of a type's object cues (any company)."""
    cues = event_types()[key].object_cues
    pattern = re.compile("|".join(f"(?:{c.replace('{self}', 'x')})" for c in cues), re.IGNORECASE)
    return required_literals(pattern)


@lru_cache(maxsize=512)
def _object_patterns(key: str, company: frozenset[str]) -> tuple[re.Pattern, ...]:
    self_re = f"(?P<self>{_self_alternation(company)})"
    return tuple(re.compile(c.replace("{self}", self_re), re.IGNORECASE) for c in event_types()[key].object_cues)


def object_cue(etype: EventType, text: str, company: frozenset[str], folded: str | None = None) -> re.Match | None:
    """Where ``text`` says that the company itself was bought or sold ("it was acquired by
    Walmart", "TDR Capital acquired Asda"), or None. "it" does not stand for the company
    when the company is named after it ("mSpot announced that it had been acquired by Samsung")."""
    if not etype.object_cues:
        return None
    if folded is None:
        folded = fold(text)
    if not passes(_object_gate(etype.key), folded):
        return None
    for pattern in _object_patterns(etype.key, company):
        for m in pattern.finditer(text):
            me = m.groupdict().get("self")
            if me is None or me.lower() in company or not _names_company(text[m.end():], company):
                return m
    return None


_AUX = r"(?:(?:was|were|is|are|had been|has been|have been|originally|first|officially|initially|later|then|formally|also|jointly)\s+)*"
_PARTICIPLE_NEXT = re.compile(r"\s*(?:in|on|at|by|as|during|under|from|\d)\b", re.IGNORECASE)
_PAREN_GROUP = re.compile(r"\s*\([^()]*\)")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_CAPITAL_BEFORE_COMMA = re.compile(r"(?:[A-Z][\w&.'-]*|\))\s*,\s*$")


@lru_cache(maxsize=256)
def _subject_patterns(company: frozenset[str]) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    me = _self_alternation(company)
    return (
        re.compile(rf"{me}\s+{_AUX}$", re.IGNORECASE),  # "IBM was founded", "The company was formed"
        re.compile(rf"^\W*(?:(?:in|on|by|during)\s[^,]{{0,30}},\s*)?{me}\s+(?:is|was)\s+(?:an?|the|one)\b[^,;]*$",
                   re.IGNORECASE),  # "Deliveroo is an online food delivery company founded by"
        re.compile(rf"^\s+(?:the\s+)?{me}", re.IGNORECASE),  # "Ingvar Kamprad founded IKEA"
        re.compile(rf"{me}\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE),  # "the company had set up"
    )


def _subject_is_company(text: str, m: re.Match, company: frozenset[str]) -> bool:
    """Whether the trigger ``m`` (a founding) is said of the company: passive with the company
    as subject, a participle opening the clause or after a comma, or the company as the object
    of a person's act. "the Quarter Century Club established in 1924", "the Watson Scientific
    Computing Laboratory was founded", "the company had set up a store" are not."""
    passive, apposition, active_object, company_subject = _subject_patterns(company)
    before, after = text[: m.start()], text[m.end():]
    if "(" in before:  # "The Star (originally known as the Evening Star) was created"
        before = _PAREN_GROUP.sub("", before)
    if passive.search(before):
        return True
    if active_object.match(after):
        return True
    if _PARTICIPLE_NEXT.match(after):
        stripped = before.rstrip()
        if not stripped or stripped.endswith(("(", "—", "–")) or apposition.search(before):
            return True
        if stripped.endswith(",") and not _CAPITAL_BEFORE_COMMA.search(stripped) or (
                stripped.endswith(",") and _names_company(stripped[-40:], company)):
            return True
        return False
    # an active verb: a person founded a named company ("Lee founded Cheil Mojik"), not the
    # company setting up something ("the company had set up a store")
    named = _THE.sub("", after.strip(), count=1)  # "he founded the Abbott Alkaloidal Company"
    return bool(named[:1].isupper()) and not company_subject.search(before)


def classify(text: str, allowed: frozenset[str] | None = None, folded: str | None = None,
             types: list[EventType] | None = None,
             company: frozenset[str] | None = None) -> tuple[EventType, re.Match] | None:
    """The event type of a clause: the first type (in table order) whose trigger matches.
    ``folded`` is ``fold(text)`` and ``types`` the ``_gated_types`` of a text that
    holds the clause, when the caller has them. With the ``company`` names, a type whose
    subject must be the company needs it, and a type's object cues count as triggers."""
    if folded is None:
        folded = fold(text)
    for etype in event_types().values() if types is None else types:
        if allowed is not None and etype.category not in allowed:
            continue
        m = etype.trigger(text, folded)
        if m is not None and company is not None and etype.subject == "self":
            m = next((t for t in etype.triggers.finditer(text) if _subject_is_company(text, t, company)), None)
        if m is None and company is not None:
            m = object_cue(etype, text, company, folded)
        if m is not None:
            before = text[: m.start()]
            folded_before = folded[: m.start()]
            if _not_an_event(before, folded_before):
                return None
            return etype, m
    return None


# ---------------------------------------------------------------- segments


# Separators (narrative.split_clauses) after which a clause may tell an event of its own.
_COORDINATION = frozenset({";", "and", ", and", "and,", ", and,"})
# What a clause after ';' must name to repeat the event before it: a sum or a name.
_ELLIPSIS_OBJECT = re.compile(rf"[$€£¥₩₹]|\d\s*(?:million|billion|bn|m)\b|(?<!^)(?<!\. )\b{_NAME}")


@dataclass
class _Segment:
    start: int
    end: int
    date: DateValue | None
    etype: EventType
    trigger: re.Match


def _segments(ds: narrative.DatedSentence, allowed: frozenset[str],
              types: list[EventType] | None = None, company: frozenset[str] | None = None) -> list[_Segment]:
    """Clauses grouped into event segments: a clause with its own date and trigger starts one;
    after ';' a dated clause without a trigger repeats the previous type (ellipsis)."""
    segs: list[_Segment] = []
    for clause in ds.clauses:
        if segs and clause.date is None:
            # "...; the Allied Carpets chain was sold to Carpetland": an undated clause after a
            # ';' or an 'and' that tells another kind of event is one more event of that time
            found = classify(clause.text, allowed, ds.folded[clause.start: clause.end], types, company) \
                if clause.separator in _COORDINATION else None
            if found is not None and found[0] is not segs[-1].etype:
                segs.append(_Segment(clause.start, clause.end, segs[-1].date, *found))
            else:
                segs[-1].end = clause.end
            continue
        found = classify(clause.text, allowed, ds.folded[clause.start: clause.end], types, company)
        if (found is None and segs and clause.separator in (";", "and") and clause.date is not None
                and _ELLIPSIS_OBJECT.search(clause.text)):
            prev = segs[-1]
            segs.append(_Segment(clause.start, clause.end, clause.date, prev.etype, prev.trigger))
            continue
        if found is None:
            if segs:
                segs[-1].end = clause.end
            continue
        etype, m = found
        if segs and not (clause.date is not None and segs[-1].date is not None):
            segs[-1].end = clause.end
            continue
        date = clause.date
        if date is None and not segs:
            date = ds.date if not ds.explicit else next((c.date for c in ds.clauses if c.date), None)
        segs.append(_Segment(clause.start, clause.end, date, etype, m))
    return segs


# ---------------------------------------------------------------- participants


def _is_company(entity: Entity, names: frozenset[str]) -> bool:
    return (entity.title or "").lower() in names or entity.label.lower() in names


_PREP_BEFORE = re.compile(r"\b(to|from|for|with|by)\s+(?:[\w.'-]+\s+){0,4}$", re.IGNORECASE)


def _role_by_preposition(text: str, lo: int, at: int, default: str | None,
                         preps: tuple[tuple[str, str], ...]) -> str | None:
    """The role of a name at ``at``: the one its preposition gives ("sold ... to Lenovo",
    "for American Airlines"), else ``default``; ``lo`` bounds the look-back."""
    if preps:
        m = _PREP_BEFORE.search(text, max(lo, at - 60), at)
        if m:
            word = m.group(1).lower()
            for prep, role in preps:
                if prep == word:
                    return role
    return default


def _participants(text: str, start: int, end: int, mentions: list[Mention], etype: EventType,
                  company: frozenset[str], trigger: tuple[int, int] = (0, 0),
                  voice: tuple[str | None, tuple[tuple[str, str], ...]] | None = None) -> list[Participant]:
    """The clause's participants with their roles; ``voice`` (role, prepositions) replaces the
    type's when the company is what was bought or sold."""
    out: list[Participant] = []
    default, preps = voice if voice is not None else (etype.role, etype.preps)
    if default is None and not preps:
        return out
    seen: set[str] = set()
    reason = _REASON.search(text, max(start, trigger[1]), end)
    if reason:
        end = reason.start()
    prev_end = start
    for k, m in enumerate(mentions):
        if m.start < start or m.end > end or (m.start < trigger[1] and trigger[0] < m.end):
            continue
        lo, prev_end = prev_end, m.end
        following = mentions[k + 1] if k + 1 < len(mentions) else None
        if following is not None and following.start == m.end + 1 and text[m.end] == " ":
            continue  # a modifier of the next name: "United States Bureau of ..."
        if _OWNER_OF.match(text, m.end):
            continue  # "a Dubai World subsidiary": the owner of a party, not a party
        ent = m.entity
        if _OUTSIDE.search(text[max(0, m.start - 10): m.start]):
            continue
        if (not ent.label or ent.label[0].islower() or _is_company(ent, company) or is_demonym_link(ent)
                or is_office_link(ent)):
            continue
        key = (ent.title or ent.label).lower()
        if key in seen:
            continue
        role = _role_by_preposition(text, lo, m.start, default, preps)
        if default != "location" and _LOCATIVE.search(text[max(0, m.start - 14): m.start]):
            role = "location"
        if role is None:
            continue
        seen.add(key)
        out.append(Participant(Entity(label=ent.label, title=ent.title, kind=ent.kind), role))
    taken = [(m.start, m.end) for m in mentions]
    cued = list(_CUE_NAME.finditer(text, start, end))
    for pattern in _company_pairs(company):
        cued.extend(pattern.finditer(text, start, end))
    for m in cued:
        name = re.sub(r"'s$", "", m.group("name"))
        a, b = m.start("name"), m.start("name") + len(name)
        if any(a < y and x < b for x, y in taken) or not _plausible_name(name, company):
            continue
        role = _role_by_preposition(text, start, a, default, preps)
        if name.lower() not in seen and role is not None:
            seen.add(name.lower())
            out.append(Participant(Entity(label=name), role))
    return out


@lru_cache(maxsize=256)
def _company_pairs(company: frozenset[str]) -> tuple[re.Pattern, ...]:
    """"Honda and SenseTime signed ...", "SenseTime and Honda ...": the other name is a party."""
    alt = "|".join(re.escape(c) for c in sorted(company, key=len, reverse=True))
    return (
        re.compile(rf"(?<![\w-])(?P<name>{_NAME})\s+and\s+(?i:{alt})\b"),
        re.compile(rf"\b(?i:{alt})\s+and\s+(?P<name>{_NAME})(?=\s+(?:signed|announced|agreed|formed|partnered|launched|created)\b)"),
    )


def _plausible_name(name: str, company: frozenset[str]) -> bool:
    first = name.split()[0].lower()
    low = name.lower()
    if low in company or any(c in low for c in company if len(c) > 3):
        return False
    if first in NOT_NAMES or first in MONTHS or _ROUND.match(name):
        return False
    if ABBREVIATED_PLACE.fullmatch(name.rstrip(".")):
        return False  # "acquired U.S. air conditioner distributor Quietside"
    return len(name) >= 3 and not name.isdigit()


# ---------------------------------------------------------------- amounts and labels


def _amounts(text: str) -> tuple[Money, ...]:
    cut = NOT_THE_AMOUNT.search(text)
    text = text[: cut.start()] if cut else text
    if not _MONEYISH.search(text):
        return ()
    found = parse_money_all(text)
    return tuple(m for m in found if m.note != "no currency given")


_FORMATTER = string.Formatter()


def _label(etype: EventType, text: str, participants: list[Participant], company: frozenset[str],
           trigger: re.Match | None = None, template: tuple[str, str] | None = None) -> str:
    """The event label from the type's template: ``{p}`` the participants, ``{round}``,
    ``{product}``, or a role ("{buyer}", "{acquirer}") the participants in that role; the
    template without participants when a field has no value."""
    with_p, without_p = template or etype.template
    fields = {f for _, f, _, _ in _FORMATTER.parse(with_p) if f}
    names = [p.entity.label for p in participants if p.role != "location" or etype.role == "location"]
    values: dict[str, str] = {"p": _join(names[:3])}
    if "round" in fields:
        m = _ROUND.search(text)
        word = m.group(1) if m else ""
        values["round"] = ("Series " + word[7:].upper() if word.lower().startswith("series") else "Seed") if m else ""
    if "product" in fields:
        values["product"] = _product_name(text, trigger, company) if trigger else ""
    for f in fields - values.keys():
        values[f] = _join([p.entity.label for p in participants if p.role == f][:3])
    return (with_p if all(values[f] for f in fields) else without_p).format(**values)


def _product_name(text: str, trigger: re.Match, company: frozenset[str]) -> str:
    """The name right after the trigger ("introduced Deliveroo Plus") or right before it
    ("The Galaxy Note 7 smartphone went on sale")."""
    for m in (_NAME_AFTER.match(text, trigger.end()), _NAME_BEFORE.search(text, 0, trigger.start())):
        if m is None:
            continue
        name = m.group("name")
        first = name.split()[0].lower()
        if _PARTY_BEFORE.search(text, max(0, m.start("name") - 12), m.start("name")):
            continue
        if name.lower() not in company and first not in NOT_NAMES and first not in MONTHS:
            return name
    return ""


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------- extraction


_THE_COMPANY = re.compile(rf"\bthe (?:{'|'.join(SELF_NOUNS)})\b")


@lru_cache(maxsize=256)
def _company_patterns(company: frozenset[str]) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((c, re.compile(rf"(?<![\w-]){re.escape(c)}(?![\w-])")) for c in company)


def _names_company(text: str, company: frozenset[str], low: str | None = None) -> bool:
    if low is None:
        low = text.lower()
    return any(c in low and p.search(low) for c, p in _company_patterns(company)) or (
        "the " in low and _THE_COMPANY.search(low) is not None)


def _names_company_itself(text: str, company: frozenset[str]) -> bool:
    """Whether ``text`` names the company, not only an affiliate whose name starts with the
    company's ("Samsung Electro-Mechanics, established in 1973, ..." names Samsung's unit)."""
    low = text.lower()
    if "the " in low and _THE_COMPANY.search(low) is not None:
        return True
    for c, pattern in _company_patterns(company):
        if c not in low:
            continue
        for m in pattern.finditer(low):
            after = _AFFILIATE_TAIL.match(text, m.end())
            if after is None or after.group(1).lower() in NAME_TAILS:
                return True
    return False


_AFFILIATE_TAIL = re.compile(r"(?:\s+|-)([A-Z][\w&'.-]*)")


def _usable_date(date: DateValue | None, text: str) -> bool:
    if date is None:
        return False
    return not (date.approximate and _DECADE.search(text) and date.precision == "year"
                and f"{date.iso}s" in text)


def _split_years(seg: _Segment, text: str, mentions: list[Mention], company) -> list[tuple[DateValue, list[Participant]]]:
    """An enumeration "Norway (1963) and Denmark (1969)": one (date, participants) per year."""
    years = list(_PAREN_YEAR.finditer(text, seg.start, seg.end))
    if len({m.group(1) for m in years}) < 2:
        return []
    by_year: dict[str, list[Participant]] = {}
    prev = seg.start
    for m in years:
        parts = _participants(text, prev, m.start(), mentions, seg.etype, company)
        linked = [(x.start, x.end) for x in mentions]
        for n in _BARE_NAME.finditer(text, prev, m.start()) if seg.etype.role == "location" else ():
            name = n.group("name")
            if not any(n.start() < y and x < n.end() for x, y in linked) and _plausible_name(name, company):
                parts.append(Participant(Entity(label=name), seg.etype.role))
        by_year.setdefault(m.group(1), [])
        for p in parts:
            if p not in by_year[m.group(1)]:
                by_year[m.group(1)].append(p)
        prev = m.end()
    return [(DateValue(y, "year", raw=f"({y})"), ps) for y, ps in by_year.items()]


def _refine(date: DateValue, following: narrative.DatedSentence | None, current) -> DateValue:
    """A month-precision event followed, in the same paragraph, by a sentence without a trigger
    that gives a day of that month ("The ceremony was held on 29 June 2018"), takes the day."""
    if (date.precision != "month" or following is None or not following.explicit
            or following.sentence.paragraph != current.sentence.paragraph
            or following.sentence.section != current.sentence.section):
        return date
    nd = following.date
    if (nd is None or nd.precision != "day" or nd.iso[:7] != date.iso
            or classify(following.sentence.text, None, following.folded)):
        return date
    return replace(nd, raw=nd.raw)


def events(article: Article) -> list[tuple[Event, narrative.DatedSentence]]:
    """The history events of an article with the dated sentence each comes from."""
    company = company_names(article)
    found: list[tuple[Event, narrative.DatedSentence]] = []
    dated = narrative.dated_sentences(article)
    for i, ds in enumerate(dated):
        if ds.role == "skip" or ds.date is None and not any(c.date for c in ds.clauses):
            continue
        if ds.role == "other" and (not ds.explicit or not _names_company_itself(ds.sentence.text, company)):
            continue  # outside the history, a sentence must name the company (not an affiliate)
        text = ds.sentence.text
        folded = ds.folded
        types = _gated_types(folded)
        if not types:
            continue  # no keyword of any type
        allowed = frozenset({"event"}) if ds.role == "controversy" else frozenset({"event", "controversy"})
        for seg in _segments(ds, allowed, types, company):
            seg_text = text[seg.start: seg.end]
            etype, voice, template, lo = seg.etype, None, None, seg.start
            obj = object_cue(etype, seg_text, company, folded[seg.start: seg.end])
            if obj is not None:  # the company itself was bought or sold
                etype = event_types()[seg.etype.object_type]
                voice = (seg.etype.object_role, seg.etype.object_preps)
                template = seg.etype.object_template
                if "self" in obj.re.groupindex and obj.start("self") == obj.start():  # passive: the buyers come after the cue
                    lo = seg.start + obj.end()
            split = obj is None and (etype.role is not None or etype.preps)
            pieces = _split_years(seg, text, ds.mentions, company) if split else []
            if not pieces and not _usable_date(seg.date, text):
                continue
            if not pieces:
                date = _refine(seg.date, dated[i + 1] if i + 1 < len(dated) else None, ds)
                span = (seg.start + seg.trigger.start(), seg.start + seg.trigger.end())
                pieces = [(date, _participants(text, lo, seg.end, ds.mentions, seg.etype, company, span, voice))]
            amounts = _amounts(seg_text) if etype.amounts else ()
            trigger = seg.etype.trigger(seg_text, folded[seg.start: seg.end])
            for date, parts in pieces:
                event = Event(
                    type=etype.key,
                    label=_label(etype, seg_text, parts, company, trigger, template),
                    date=date,
                    participants=tuple(parts),
                    amounts=amounts,
                    category=etype.category,
                )
                found.append((event, ds))
    return _merge(found)


_SUFFIX = re.compile(r"[\s,]+(?:inc|ltd|corp|co|plc|llc|ag|sa|corporation|limited|company)\.?$")


def _party_key(p: Participant) -> str:
    """A participant as a name without a company suffix ("SPSS Inc." and "SPSS" are one)."""
    return _SUFFIX.sub("", (p.entity.title or p.entity.label).lower())


def _party_keys(event: Event) -> set[str]:
    return {_party_key(p) for p in event.participants}


def _merge(found: list[tuple[Event, narrative.DatedSentence]]) -> list[tuple[Event, narrative.DatedSentence]]:
    """Drop repeats: a once-only type (founding, IPO) seen again in the same year, or the same
    type on the same date with the same amounts or shared participants."""
    types = event_types()
    kept: list[tuple[Event, narrative.DatedSentence]] = []
    for event, ds in found:
        twin = None
        for j, (other, _) in enumerate(kept):
            if other.type != event.type or other.date is None or event.date is None:
                continue
            if types[event.type].once and other.date.year == event.date.year:
                twin = j
                break
            if other.date.iso == event.date.iso and (
                (event.amounts and set(event.amounts) == set(other.amounts))
                or not (event.amounts or event.participants or other.amounts or other.participants)
                or _party_keys(event) & _party_keys(other)
            ):
                twin = j
                break
        if twin is None:
            kept.append((event, ds))
            continue
        other, ods = kept[twin]
        rank = {"year": 0, "month": 1, "day": 2}
        date = event.date if rank[event.date.precision] > rank[other.date.precision] else other.date
        have = _party_keys(other)
        extra = tuple(p for p in event.participants if _party_key(p) not in have)
        kept[twin] = (replace(other, date=date, participants=other.participants + extra), ods)
    return kept


def extract(article: Article) -> Iterator[Fact]:
    for event, ds in events(article):
        s = ds.sentence
        yield Fact(
            subject=article.title,
            prop="significantEvent",
            value=event,
            provenance=narrative.sentence_provenance(article, s, NAME),
        )
