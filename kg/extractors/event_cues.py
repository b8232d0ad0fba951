"""The event-type table and the clause classifier of the history extractor.

``kg/data/event_types.tsv`` gives each type its label, Wikidata counterpart, participant roles,
trigger phrases and vetoes; ``event_types()`` loads and checks it once. ``classify(text)``
says which type a clause tells, if any: the first type whose trigger matches where no veto,
modal verb ("planned to", "would"), denial or quotation turns it into a non-event, and where
the company is the subject (or, for object cues, the object) of the trigger.
"""


import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from kg.text.mentions import (
    SELF_NOUNS,
    names_company,
)
from kg.text.patterns import fold, passes, required_literals

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


def gated_types(folded: str) -> list[EventType]:
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
            if me is None or me.lower() in company or not names_company(text[m.end():], company):
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
                stripped.endswith(",") and names_company(stripped[-40:], company)):
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
    ``folded`` is ``fold(text)`` and ``types`` the ``gated_types`` of a text that
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
