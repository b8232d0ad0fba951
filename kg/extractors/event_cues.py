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

from kg.extractors.event_deals import another_party_buys
from kg.extractors.event_tense import present_words, with_present
from kg.text.mentions import (
    SELF_NOUNS,
    names_company,
    names_company_itself,
)
from kg.text.patterns import (
    AlternationSet,
    GateSet,
    Scan,
    branch_search,
    fold,
    passes,
    required_literals,
)

_TABLE = "event_types.tsv"
# the columns a variant row (variant_of) takes from its type's row when it leaves them empty
_INHERITED = frozenset({"label", "wikidata", "category", "once", "amounts", "object_type", "object_role",
                        "object_preps", "object_template", "object_cues", "prior"})

# Cues before a trigger that make a clause a plan, a rumour or a failure, not an event.
NOT_AN_EVENT: tuple[str, ...] = (
    r"\b(?:plans?|planning|planned|intends?|intention|hopes?|hoping|aims?|expects?|expected|preparing|prepared) to\b",
    r"\b(?:considering|considered|proposed|proposes|rumou?r(?:s|ed)?|speculat\w+)\b",
    r"\b(?:a study|a report|a survey|an analysis|according to)\b",
    r"\bin talks\b|\b(?:held|hold|holding|opened|entered) (?:\w+ )?talks\b|\bnegotiat(?!ions, )\w+\b|\bif\b|\bunless\b",
    # "Talks on a merger with X ... ended without agreement": talks are no event
    r"\btalks (?:on|about|over|for|with|of|to)\b",
    # "a planned merger with X", "Reports in 2024 that it was preparing an offering"
    r"\b(?:a|an|the|its|their) planned\b|\bpreparing (?:a|an|for)\b",
    # "The company had planned an offering for the autumn", "made an unsolicited proposal to buy
    # X": a plan or a proposal told as such is no event
    r"\b(?:had|has|have) (?:\w+ )?planned (?:a|an|the|its|their)\b",
    r"\b(?:a|an|the|its|their) (?:[\w-]+ ){0,2}?proposal (?:to|for)\b",
    r"\b(?:reports|rumou?rs|speculation|press reports)\b (?:[\w,]+ ){0,4}?that\b",
    # "a restructuring plan that required Verbond to sell its Belgian business": an obligation
    r"\b(?:required|requiring|requires|obliged|obliging|obliges)\b (?:\w+ ){0,4}to\b",
    r"\b(?:many|several|numerous|various|a number of)\b",
    # "denied reports that it was preparing to sell": a denial reports no event
    r"\b(?:denied|denies|deny|denying) (?:\w+ ){0,3}(?:reports?|rumou?rs?|speculation|claims?)\b",
    # a wish or a search told just before the trigger: "X wanted to buy the company", "began to look
    # for a European partner" (the wish is no deal, the partner not yet found)
    r"\b(?:wanted|wants|wished|wishes|sought|seeks|seeking|tried|tries|trying) to\s+$",
    r"\b(?:look(?:ed|ing|s)?|search(?:ed|ing|es)?|hunt(?:ed|ing|s)?) for (?:a|an|new|other) (?:[\w-]+\s+){0,2}$",
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
    template: tuple[str, ...]  # label alternatives: the first whose fields all have values
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
    object_template: tuple[str, ...] = ("",)
    object_cues: tuple[str, ...] = ()  # patterns with {self} for the company
    subject_role: str | None = None  # the role of a party named before an active trigger
    name_roles: tuple[tuple[str, re.Pattern], ...] = ()  # ("exchange", pattern): a role by the name itself
    base: str = ""  # the type its events take (the key, or the type a variant row refines)
    part_of: str | None = None  # told in the sentence of an event of this type, it is part of it
    prior: float = 0.85  # the confidence of a trigger match (kg.extractors.event_confidence)
    # the vetoes read the whole telling of the event, not only the trigger's clause (column veto_telling)
    veto_telling: bool = False
    # the triggers with their historical present ("sells", "becomes": kg.extractors.event_tense),
    # tried only on a text that holds one of those present forms (``present_gate``)
    present: re.Pattern | None = None
    present_gate: tuple[str, ...] = ()

    @property
    def type(self) -> str:
        return self.base or self.key

    def pattern(self, folded: str) -> re.Pattern | None:
        """The triggers to try on a text (folded): with their present forms where it holds one."""
        if self.present is not None and passes(self.present_gate, folded):
            return self.present
        return self.triggers

    def trigger(self, text: str, folded: str | None = None) -> re.Match | None:
        """The first trigger match in ``text``, or None (also when a veto matches).
        ``folded`` is ``fold(text)`` when the caller has it."""
        if self.triggers is None:
            return None
        if folded is None:
            folded = fold(text)
        if not passes(self.trigger_gate, folded):
            return None
        # the triggers first: most texts hold none, and then the vetoes need no search
        m = branch_search(self.pattern(folded), text, folded)
        if m is None or self.vetoed(text, folded):
            return None
        return m

    def vetoed(self, text: str, folded: str) -> bool:
        """Whether a veto of the type matches ``text`` (``folded`` is ``fold(text)``)."""
        # the vetoes, a big alternation, by branch: only the rows whose keywords the text holds
        return self.vetoes is not None and passes(self.veto_gate, folded) \
            and branch_search(self.vetoes, text, folded) is not None


def _alternation(patterns: list[str]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


def _preps(text: str) -> tuple[tuple[str, str], ...]:
    pairs = (p.strip().partition("=") for p in text.split(" ; ") if p.strip())
    return tuple((prep.lower(), role) for prep, _, role in pairs)


def _template(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


def _name_roles(text: str) -> tuple[tuple[str, re.Pattern], ...]:
    pairs = (p.strip().partition("=") for p in text.split(" ; ") if p.strip())
    return tuple((role, re.compile(pattern)) for role, _, pattern in pairs)


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    """The event-type scheme, in priority order, from ``kg/data/event_types.tsv``."""
    text = files("kg.data").joinpath(_TABLE).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header, rows = rows[0], rows[1:]
    out: dict[str, EventType] = {}
    recs = {r[0]: dict(zip(header, r + [""] * (len(header) - len(r)), strict=True)) for r in rows}
    for rec in list(recs.values()):
        base = recs.get(rec.get("variant_of") or "")
        if base is not None:  # a variant row takes what it leaves empty from its type's row
            recs[rec["key"]] = {k: v or (base[k] if k in _INHERITED else v) for k, v in rec.items()}
    for rec in recs.values():
        patterns = [p.strip() for p in rec["triggers"].split(" ; ") if p.strip()]
        if rec["category"] not in ("event", "controversy"):
            raise ValueError(f"{_TABLE}: {rec['key']}: category must be event or controversy")
        triggers = _alternation([p for p in patterns if not p.startswith("!")])
        # the historical present of timelines ("1989 – Becomes a limited company") beside the
        # past, and in the vetoes too ("acquires a licence")
        vetoes = _alternation([with_present(p[1:]) for p in patterns if p.startswith("!")])
        added = sorted(set().union(*(present_words(p) for p in patterns if not p.startswith("!"))))
        present = _alternation([with_present(p) for p in patterns if not p.startswith("!")]) if added else None
        gate = required_literals(triggers) if triggers is not None else None
        if present is not None and gate is not None:
            gate = tuple(sorted(set(gate) | set(added)))
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
            trigger_gate=gate,
            present=present,
            present_gate=tuple(added),
            veto_gate=required_literals(vetoes) if vetoes is not None else None,
            preps=_preps(rec.get("preps", "")),
            subject=rec.get("subject") or None,
            object_type=rec.get("object_type") or None,
            object_role=rec.get("object_role") or None,
            object_preps=_preps(rec.get("object_preps", "")),
            object_template=_template(rec.get("object_template", "")),
            object_cues=tuple(p.strip() for p in rec.get("object_cues", "").split(" ; ") if p.strip()),
            subject_role=rec.get("subject_role") or None,
            name_roles=_name_roles(rec.get("name_roles", "")),
            base=rec.get("variant_of") or rec["key"],
            part_of=rec.get("part_of") or None,
            prior=float(rec.get("prior") or 0.85),
            veto_telling=rec.get("veto_telling") == "yes",
        )
        if rec["subject"] not in ("", "self", "own", "other", "company", "unit"):
            raise ValueError(f"{_TABLE}: {rec['key']}: subject must be self, own, other, company, unit or empty")
    for etype in out.values():
        if etype.base not in out or out[etype.base].base != etype.base:
            raise ValueError(f"{_TABLE}: {etype.key}: variant_of names no type of the table")
    return out


# A failure word makes the trigger a failed attempt only in the trigger's own stretch of the
# clause (after the last comma): "an attempted takeover of X", "X rejected a merger", not
# "When One.Tel collapsed in May 2001, Boronia bought its customers".
FAILED = re.compile(r"\b(?:attempted|attempts?|failed|abandoned|blocked|collapsed|rejected|cancell?ed)\b", re.IGNORECASE)
_FAILED_GATE = required_literals(FAILED)
_NOT_AN_EVENT = tuple(re.compile(p, re.IGNORECASE) for p in NOT_AN_EVENT)
# the patterns by keyword gate: one automaton pass over the text before a trigger finds the few to try
_NOT_AN_EVENT_GATED = GateSet(_NOT_AN_EVENT, (required_literals(p) for p in _NOT_AN_EVENT))
# A modal verb makes the trigger a plan or a possibility when it stands in the trigger's own
# stretch of the clause (after the last comma): not in "a newspaper that could be downloaded
# ..., was discontinued"; "would" reports a decision after "announced" ("announced that it
# would sell its x86 server division").
# (lower case only: "Will Shu", "May 2018" are no modal verbs)
_MODAL = re.compile(r"\b(?:could|might|may|should|will|would)\b")
_ANNOUNCED = re.compile(r"\bannounced\b", re.IGNORECASE)
# an open quotation after a verb of saying: what follows are someone's words
_SAID = re.compile(r"\b(?:said|says|stated|states|adding|added|wrote|told)\b[^\"]*\"[^\"]*$", re.IGNORECASE)


# After the trigger, in its own clause: what was told came to nothing or was only a plan ("A
# merger with X was discussed in 1977 but abandoned", "A purchase of X was planned for 2009",
# "Talks ... ended without agreement", "A planned merger with X was called off in 1998",
# "Reports ... were not confirmed").
_CAME_TO_NOTHING = re.compile(
    r"\b(?:was|were|had been|has been) (?:later |then |eventually |quickly |soon )?(?:called off|abandoned|cancell?ed|"
    r"dropped|shelved|withdrawn|discussed|not (?:confirmed|completed|approved|pursued)"
    # "A purchase of X was planned for the following year, but talks collapsed": a plan told as such
    r"|planned|proposed|mooted|contemplated|under consideration)\b"
    r"|\bbut (?:was |were )?(?:later |then )?(?:abandoned|called off|dropped|shelved|cancell?ed)\b"
    r"|\bended without (?:an )?agreement\b|\bfell through\b|\bcame to nothing\b", re.IGNORECASE)
_CAME_TO_NOTHING_GATE = required_literals(_CAME_TO_NOTHING)
_CLAUSE_END = re.compile(r";|,\s+(?:and|but|while|whereas)\s|,\s+(?:which|who)\b|\s(?:as|because|after|when|since|while|once)\s")


def came_to_nothing(text: str, end: int, folded: str | None = None) -> bool:
    """Whether the trigger ending at ``end`` is followed, in its own clause, by words saying
    that what it tells did not happen."""
    if folded is not None and not passes(_CAME_TO_NOTHING_GATE, folded[end:]):
        return False
    stop = _CLAUSE_END.search(text, end)
    return _CAME_TO_NOTHING.search(text, end, stop.start() if stop else len(text)) is not None


def _not_an_event(before: str, folded_before: str) -> bool:
    if '"' in before and _SAID.search(before):
        return True  # inside a quotation: someone's words ("..., adding, "When Hansol separated ...")
    for p in _NOT_AN_EVENT_GATED.passing(folded_before):  # (a loop, not ``any`` over a generator)
        if p.search(before):
            return True
    stretch = before.rfind(",") + 1
    if passes(_FAILED_GATE, folded_before) and FAILED.search(before, stretch):
        return True
    modal = _MODAL.search(before, stretch)
    return modal is not None and not (modal.group(0).lower() == "would" and _ANNOUNCED.search(before))


@lru_cache(maxsize=256)
def _gated(folded: str) -> tuple[EventType, ...]:
    return tuple(_type_gates().passing(folded))


@lru_cache(maxsize=256)
def _gated_keys(folded: str) -> frozenset[str]:
    """The keys of ``_gated(folded)``'s types: a set to test a type against."""
    return frozenset(t.key for t in _gated(folded))


def gated_types(folded: str) -> list[EventType]:
    """The types (in table order) whose trigger or object-cue keywords the folded text holds:
    the only ones whose triggers can match it or any part of it (a sentence's, read once)."""
    return list(_gated(folded))


@lru_cache(maxsize=1)
def _type_gates() -> GateSet:
    """The types with triggers, each gated on its trigger keywords or its object-cue keywords."""
    types, gates = [], []
    for t in event_types().values():
        if t.triggers is None:
            continue
        gate = t.trigger_gate
        if gate is not None and t.object_cues and t.type == t.key:
            extra = _object_gate(t.key)
            gate = None if extra is None else gate + extra
        types.append(t)
        gates.append(gate)
    return GateSet(types, gates)



@lru_cache(maxsize=1)
def _trigger_set() -> tuple[AlternationSet, dict[str, tuple[EventType, int, int, int, int]]]:
    """Every type's triggers and their historical present in one ``AlternationSet``, with the
    types' trigger and present gates: type key -> (type, trigger gate slot, triggers' number,
    present gate slot, present's number; the last two only read for a type with a present)."""
    patterns: list[re.Pattern] = []
    gates: list[tuple[str, ...] | None] = []
    slots = {}
    for t in event_types().values():
        if t.triggers is None:
            continue
        slots[t.key] = (t, len(gates), len(patterns), len(gates) + 1, len(patterns) + 1)
        gates.append(t.trigger_gate)
        patterns.append(t.triggers)
        if t.present is not None:
            gates.append(t.present_gate)
            patterns.append(t.present)
    return AlternationSet(patterns, gates), slots


class ClauseTriggers:
    """The trigger matches of one clause for every type (``EventType.trigger`` and
    ``EventType.pattern``), from one keyword pass and one first-word pass over the clause for
    all the types' trigger branches, in place of one of each per type and branch."""

    __slots__ = ("scan", "_slots")

    def __init__(self, text: str, folded: str):
        alternations, self._slots = _trigger_set()
        self.scan: Scan = alternations.scan(text, folded)

    def pattern(self, etype: EventType) -> re.Pattern | None:
        entry = self._slots.get(etype.key)
        if entry is None or entry[0] is not etype:
            return etype.pattern(self.scan.folded)
        return etype.present if etype.present is not None and self.scan.passes(entry[3]) else etype.triggers

    def trigger(self, etype: EventType) -> re.Match | None:
        scan = self.scan
        entry = self._slots.get(etype.key)
        if entry is None or entry[0] is not etype:  # a type not of the table (or without triggers)
            return etype.trigger(scan.text, scan.folded)
        _, gate, triggers, present, present_pattern = entry
        if not scan.passes(gate):
            return None
        m = scan.search(present_pattern if etype.present is not None and scan.passes(present) else triggers)
        if m is None or etype.vetoed(scan.text, scan.folded):
            return None
        return m


# ---------------------------------------------------------------- who did what to whom

_PRONOUNS = rf"it|the (?:{'|'.join(SELF_NOUNS)})"


@lru_cache(maxsize=256)
def _self_alternation(company: frozenset[str]) -> str:
    """The company's names, "it" and "the company" as one alternation."""
    names = "|".join(re.escape(c) for c in sorted(company, key=len, reverse=True))
    return rf"(?<![\w-])(?:{names}|{_PRONOUNS})(?![\w-])"


_ANY_SELF = r"(?:\w+)"  # {self} in a cue's keyword gate: a word, no literal


@lru_cache(maxsize=64)
def _object_gate(key: str) -> tuple[str, ...] | None:
    """Keyword gate of a type's object cues (any company)."""
    cues = event_types()[key].object_cues
    pattern = re.compile("|".join("(?:" + c.replace("{self}", _ANY_SELF) + ")" for c in cues), re.IGNORECASE)
    return required_literals(pattern)


@lru_cache(maxsize=256)
def _cue_gate(cue: str) -> tuple[str, ...] | None:
    return required_literals(re.compile(cue.replace("{self}", _ANY_SELF), re.IGNORECASE))


@lru_cache(maxsize=1024)
def _compiled_cue(cue: str, company: frozenset[str]) -> re.Pattern:
    """An object cue with the company's names in place of {self}, compiled once per article
    (a variant row shares the cues of its type)."""
    # not a possessive: "SABIC sold the company's polymers", "X bought Acme's 49 per cent" (of a venture)
    # tell what the company owned or made, not the company itself
    return re.compile(cue.replace("{self}", f"(?P<self>{_self_alternation(company)})(?!(?:\\s+[A-Z][\\w-]*)?['’]s?\\b)"), re.IGNORECASE)


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
    for cue in etype.object_cues:
        if not passes(_cue_gate(cue), folded):
            continue  # compiled only for a text that holds its keywords
        for m in _compiled_cue(cue, company).finditer(text):
            me = m.groupdict().get("self")
            if me is None or me.lower() in company or not names_company(text[m.end():], company):
                return m
    return None


_ADVERBS = r"(?:(?:originally|first|officially|initially|later|then|formally|also|jointly)\s+)*"
_AUX = rf"{_ADVERBS}(?:was|were|is|are|had been|has been|have been)\s+{_ADVERBS}"
# "The company's origins lie in Iselin & Cie., a dye works founded in 1889": a predecessor's
# founding is where the company began
_ORIGINS = re.compile(
    r"\b(?:origins? (?:lie|lies|lay|go|goes|went) (?:back )?(?:to|in)|traces? (?:its|their) (?:history|origins?|roots|lineage)"
    r" (?:back )?to|(?:has|had) (?:its|their) (?:roots|origins?) in|dates back to|began as|started (?:out )?as)\b", re.IGNORECASE)
_AUX_TRIGGER = re.compile(r"(?:was|were|is|are|been)\s", re.IGNORECASE)
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
    if _AUX_TRIGGER.match(m.group(0)):  # the trigger holds its auxiliary: "was created"
        before += "was "
    if passive.search(before) or _ORIGINS.search(before):
        return True
    if active_object.match(after):
        # "The company opened a depot and set up Skalnik Polska": the company sets up a unit
        # named after it, no founding of its own
        return not (company_subject.search(before) or _ACTIVE_FOUNDING.match(m.group(0)) and _company_opens(before, company))
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
    # "it and the pasta maker Karadeniz set up OK-Karadeniz Pasta": the company's venture or unit
    return bool(named[:1].isupper()) and not company_subject.search(before) and not (
        _ACTIVE_FOUNDING.match(m.group(0)) and _company_opens(before, company))


# Text from which on a clause tells a circumstance, not its event: "..., shortly after
# American's merger with US Airways", "..., a month after Delta had filed".
# A bare ", after" that tells the company's own deal is no circumstance but an event of the
# sentence's time ("Sales doubled in 2010, after the company merged with Bolt", "..., after its
# purchase of Bolt"); after a span of time ("a year after its merger") it is one of another date.
OWN_DEAL_AFTER = (r"(?:it|the (?:company|firm|group))\s+(?:had\s+)?(?:merged|bought|acquired|purchased|took over|"
                  r"sold|(?:was|were)\s+(?:listed|floated|acquired|bought|sold|taken over))\b"
                  r"|its\s+(?:(?:own|first|planned)\s+)?(?:merger|purchase|acquisition|takeover|listing|flotation|float|"
                  r"sale|IPO|initial public offering)\s+(?:of|with|by|on|to)\b")
_CIRCUMSTANCE = re.compile(
    r",\s+(?:(?:shortly|just|soon|only|long|(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?))\s+"
    r"(?:after|before)\b|before\b|after\b(?!\s+(?:" + OWN_DEAL_AFTER + r")))", re.IGNORECASE)
# Adverbials that open a clause before its subject: "In 1991, ", "On 3 March 1991 ", "Later, "
_OPENER = re.compile(
    # "Two years after the Minh Phat purchase, Aeon began ...": a time told from an earlier event, up to its comma
    r"^\W*(?:(?:\w+ )?(?:days?|weeks?|months?|years?) (?:after|before) [^,;]{1,60},\s*|"
    r"(?:(?:later that \w+|in|on|by|during|after|from|at|later|earlier|then|subsequently|meanwhile|"
    r"however|also|the following \w+|the next \w+|that same \w+|(?:\w+ )?(?:days?|weeks?|months?|years?) later)"
    r"\b[^,;]{0,40}?(?:,\s*|\s+(?=[A-Z]))))*", re.IGNORECASE)
# "X, whose shares began trading": the subject of the trigger is X
_RELATIVE = re.compile(r",\s+(?:whose|which|who)\b[^,;]*$")
# the last ", when " before a trigger, with no comma after it: the clause it opens has its own subject
_WHEN_CLAUSE = re.compile(r",\s+when\s+(?=[^,;]*$)")
_THE_BEFORE = re.compile(r"the\s+", re.IGNORECASE)
_NAME_AT_END = re.compile(r"(?:[A-Z][\w&.'-]*\s+){0,4}[A-Z][\w&.'-]*$")
# the subject is said to belong to the company: "X ... became an affiliate of Samsung"
_PART_OF = re.compile(
    r"\b(?:is|was|became|becomes|has been|had been)\s+(?:(?:an?|the|one)\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:affiliate|subsidiary|division|unit|arm|part|member|brand)s?\s+of\b", re.IGNORECASE)


# A clause that describes another party, not the company's act: a relative clause whose
# subject is its head ("Berkshire Hathaway, which had bought BNSF the year before"; not
# "Widgetron, which it bought in 2005") and an apposition that says how a party came about
# ("Nutrien, the company formed by the merger of PotashCorp and Agrium").
_RELATIVE_OF_HEAD = re.compile(r",\s+(?:which|who|(?P<whose>whose))\b(?=[^,;]*$)", re.IGNORECASE)
# the relative clause's subject is the company, or its verb is passive ("the wind farm, which
# was commissioned in 2017" tells what was done to the head): not another party's act
_NOT_HEAD_ACT = re.compile(r"\s*(?:it|the company|the firm|the group|was|were|is|are|(?:had|has|have) been)\b",
                           re.IGNORECASE)
_DESCRIBED_BY = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|business|maker|bank|operator|venture|entity)\s+"
    r"(?:that was\s+|which was\s+)?(?:formed|created|founded|established|set up|born)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:by|through|from|in|out of)\b[^,;]*$",
    re.IGNORECASE)


def describes_another(text: str, at: int, company: frozenset[str]) -> bool:
    """Whether the trigger at ``at`` stands in a relative clause or an apposition that
    describes a named party other than the company (its head, just before the comma)."""
    before = text[:at]
    if "," not in before:
        return False
    m = _DESCRIBED_BY.search(before)
    if m is None:
        m = _RELATIVE_OF_HEAD.search(before)
        # "Supervalu, whose wholesale business was bought by United Natural Foods": what befell the head's
        if m is None or (not m.group("whose") and _NOT_HEAD_ACT.match(text, m.end())) \
                or names_company(text[m.start(): at], company):
            return False  # "Widgetron, which Acme bought": the company's act
    head = _NAME_AT_END.search(before[: m.start()].rstrip())
    return head is not None and not names_company(head.group(0), company)


# types whose subject may be another party named without a link ("Carlisle was renamed X", "Pellum
# Holding took the name Y"): a name no link marks still tells whose act it was
_NAMED_BY_SUBJECT = frozenset({"rename"})
_PASSIVE_END = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s*$")
# an active trigger with an object: its subject is the one who renamed or converted something
_AGENT_TRIGGER = re.compile(r"(?:convert|transform|reorgani[sz]|turn|renam|re-?regist|made|gave)\w*\s+"
                            r"(?:the|its|their|his|her|it|them|a|an)\b", re.IGNORECASE)


def _named_other(text: str, at: int, company: frozenset[str]) -> bool:
    """Whether the clause before the trigger at ``at`` is only a name, linked or not, that is not
    the company's, in the active or the passive ("Carlisle was renamed X in 1993"); not when the
    new name after the trigger is the company's own ("Redding-Redwater took the name Redwater
    Freight Systems": a former name of the company)."""
    if names_company_itself(text[at: at + 100], company):
        return False
    before = text[:at]
    passive = _PASSIVE_END.search(before)
    if passive is None and _AGENT_TRIGGER.match(text, at):
        return False  # "Ito turned the brewery into a limited partnership, X": the name is who acted
    start = _OPENER.match(before).end()
    if (date := _DATE_OPENER.match(before) or _MONTH_OPENER.match(before, start)) is not None and date.end() > start:
        start = date.end() + _OPENER.match(before[date.end():]).end()
    if passive is not None:
        before = before[: passive.start()] + " "
    return bool(_told_subject(before, start, company))


def _foreign_subject(text: str, at: int, company: frozenset[str],
                     parties: tuple[tuple[int, int], ...], described: bool = False) -> bool:
    """Whether the subject of the trigger at ``at`` is another party than the company: a
    named party (one of ``parties``, spans in ``text``) opening the clause or heading a
    relative clause ("America West Airlines ... sought bankruptcy protection", "Genvara AG,
    whose shares began trading"), with no mention of the company or "it" before the trigger."""
    before = text[:at]
    rel = _RELATIVE.search(before)
    if rel is not None:
        head = before[: rel.start()].rstrip()
        owner = next((text[a:b] for a, b in parties if b == len(head)), None)
        if owner is None:
            name = _NAME_AT_END.search(head)
            owner = name.group(0) if name else None
        return owner is not None and not names_company(owner, company)
    start = _OPENER.match(before).end()
    if described and (date := _DATE_OPENER.match(before) or _MONTH_OPENER.match(before, start)) is not None \
            and date.end() > start:
        # "In September 2002 Overstock.com hired them", "... and in September of that year Overstock.com
        # hired them": the month before the subject
        start = date.end() + _OPENER.match(before[date.end():]).end()
    if described and ": " in before[start:]:
        # a clause after a colon has its own subject: "National listings followed: Loblaw began to
        # stock the burgers", "The yard turned to offshore work: Transocean ordered two drillships"
        start = before.rindex(": ") + 2
        start += _OPENER.match(before[start:]).end()
    if described and (when := _WHEN_CLAUSE.search(before, start)) is not None:
        # a "when" clause after the sentence's own says who acted: "The first Norwegian order came in
        # 1978, when Fjordline ordered two car ferries"
        start = when.end()
    if described and (the := _THE_BEFORE.match(before, start)) is not None \
            and any(a == the.end() for a, _ in parties):
        # "the" before a linked name: "The [[Department of Defence]] hired it", "the [[X Scheme]] (XS) added"
        start = the.end()
    subject = next(((a, b) for a, b in parties if a == start), None)
    if subject is None and described:
        # a class of party before its name: "The supermarket chain FairPrice began accepting ..."
        # (read for the types that only another party's act makes: an order the company received)
        subject = next(((a, b) for a, b in parties
                        if start < a <= min(start + 80, len(before)) and _DESCRIPTOR.fullmatch(before, start, a)), None)
    if subject is not None:
        return not names_company(text[subject[0]: subject[1]], company)
    return bool(described and _told_subject(before, start, company))


# a name told with an apposition, a relative clause or a parenthesis between it and its verb: "when
# Tannery Rossi, a family firm in Prato, placed", "the Otto Group, which had bought the brand, placed",
# "Fylkesbaatane (now Fjord1) ordered"; unlinked names included
_TOLD_NAME = re.compile(
    r"(?:(?i:the)\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|i|de|du|la|del|der|von|van))*)"
    r"(?:\s*\((?:now |then |later |formerly )?[^()]{1,60}\))?"
    r"(?:,\s+(?:(?:which|who|whose)\b|(?:an?|the|now|then|formerly|once|its|their)\s)[^,;()]{1,100},)?"
    r"(?:\s+(?:had|has|have))?\s*$")  # the perfect: "In 2006 Public Works had ordered ..." names who acted
_CLAUSE_WHEN = re.compile(r"(?:,\s+|^\W*)(?:when|after|as)\s+")
_NOT_A_NAME = frozenset({"it", "its", "the", "this", "that", "these", "those", "they", "he", "she", "in", "on"})


def _told_subject(before: str, start: int, company: frozenset[str]) -> bool | None:
    """Whether the clause before a trigger (from ``start``, or from its last "when"/"after"
    clause) is a name and what describes it, that name another party's (None when it is no
    such clause): the subject of an act the company received, linked or not."""
    whens = list(_CLAUSE_WHEN.finditer(before, start))
    at = whens[-1].end() if whens else start
    m = _TOLD_NAME.match(before, at)
    if m is None and (kind := _DESCRIPTOR.match(before, at)) is not None:
        # an unlinked name after its class: "the Lyon distributor Rhône Distribution began selling",
        # "the Jakarta ride-hailing company Tumpang signed it up"
        at = kind.end()
        m = _TOLD_NAME.match(before, at)
    if m is None:
        return None
    name = m.group("name")
    if name.split()[0].lower() in _NOT_A_NAME or not name[-1:].isalnum() and not name.endswith("."):
        return None
    return not names_company(before[at: m.end()], company)


def _subject_in_named_role(etype: EventType, text: str, at: int, parties: tuple[tuple[int, int], ...]) -> bool:
    """Whether the party opening the clause of the trigger at ``at`` takes a role of the type by
    its name ("Nasdaq delisted its shares": the exchange, which acts on the company)."""
    if not etype.name_roles:
        return False
    start = _OPENER.match(text[:at]).end()
    subject = next((text[a:b] for a, b in parties if a == start), None)
    return subject is not None and any(p.search(subject) for _, p in etype.name_roles)


# the words that say what kind of party a name is, lower case: "the American outdoor retailer ",
# "the Indonesian convenience store chain " (a capitalised adjective of place is allowed)
_DESCRIPTOR = re.compile(
    r"(?i:the)\s+(?:(?:[A-Z][a-z]+(?:-[a-z]+)?|[a-z][\w'’-]*)\s+){0,4}?"
    r"(?:retailer|chain|company|group|maker|manufacturer|bank|lender|utility|operator|firm|carrier|airline|insurer|"
    r"fund|investor|network|grocer|supermarket|steelmaker|carmaker|automaker|miner|producer|distributor|"
    r"wholesaler|house|conglomerate|publisher|broadcaster|developer|giant|brewer|drugmaker|shipowner|"
    r"shipping line|line|trader|department|ministry|agency|authority|importer|exporter|dealer|reseller|club|"
    r"bottler|packer|roaster|processor|platform|start-?up|agent|brand)\s+")


_DATE_OPENER = re.compile(
    r"\W*(?:(?:in|on|by|during|from|since|until|after)\s+)?(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:\d{1,2},?\s+)?(?:1[6-9]|20)\d\d\b,?\s*", re.IGNORECASE)
# a month opening a clause after its first word: "in September of that year ", "on 4 May "
_MONTH_OPENER = re.compile(
    r"(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2})?(?:,?\s+(?:of\s+)?(?:that|the same|the following|the next)\s+year|,?\s+(?:1[6-9]|20)\d\d)?,?\s+")
_SUBJECT = re.compile(r"(?:[A-Z][\w&.'’-]*|of|and|de|von|van)(?:\s+(?:[A-Z][\w&.'’-]*|of|and|de|von|van))*")


def named_subject(text: str, company: frozenset[str]) -> str | None:
    """The capitalised name that opens ``text`` after its adverbials ("In 1954, Lee founded
    ..." -> "Lee"), when it is not the company ("It", "The company", its names): whose act
    the clause tells. None when the clause opens with the company or with no name."""
    date = _DATE_OPENER.match(text)
    if date is not None:
        text = text[date.end():]
    start = _OPENER.match(text).end()
    m = _SUBJECT.match(text, start)
    if m is None:
        return None
    name = m.group(0)
    if name.lower() in ("it", "the", "its", "they", "this", "that", "a", "an") or names_company(name, company):
        return None
    return name


def rival_types(text: str, kind: str, folded: str | None = None) -> bool:
    """Whether ``text`` also holds a trigger of another event type than the row ``kind``'s
    ("Its shares were introduced on the Bourse in June 1972, when the two families sold 20 per
    cent"): a sentence that tells two kinds of thing is easier to type wrong."""
    return _rival(text, event_types()[kind].type, folded)


@lru_cache(maxsize=1024)
def _rival(text: str, own: str, folded: str | None) -> bool:
    folded = fold(text) if folded is None else folded
    for t in gated_types(folded):
        if t.type == own or t.category != "event" or own == "rename" and t.key == "legal_form":
            continue  # a change of legal form told with a rename is that rename, no rival
        m = t.trigger(text, folded)
        # a closure is told with its job losses ("closed the plant, cutting 300 jobs"): no rival to the layoffs
        if m is not None and not (own == "layoffs" and t.type == "divestiture" and CLOSURE_WORD.search(m.group(0))):
            return True
    return False


# a trigger that tells a closure ("closed", "shut"), not a sale: also read by the history's closure twins
CLOSURE_WORD = re.compile(r"\b(?:clos|shut)", re.IGNORECASE)


# a founding verb in the active past (not "the founding family")
_ACTIVE_FOUNDING = re.compile(r"(?:set up|established|(?:co-)?founded|formed|created)$", re.IGNORECASE)
# a capitalised word that continues a name: "Tsurugaoka Kihei" is a person, not Tsurugaoka Steel
_NAME_GOES_ON = re.compile(r"\s+[A-Z][\w'’-]")


def _company_opens(text: str, company: frozenset[str]) -> bool:
    """``opens_with_company``, when the name it opens with ends there ("Lumitek and Higo ...
    set up", not "Tsurugaoka Kihei, a former clerk, established")."""
    date = _DATE_OPENER.match(text)
    if date is not None:
        text = text[date.end():]
    m = _self_pattern(company).match(text, _OPENER.match(text).end())
    return m is not None and _NAME_GOES_ON.match(text, m.end()) is None


def opens_with_company(text: str, company: frozenset[str]) -> bool:
    """Whether ``text``, after the date and the adverbials that open it, starts with the
    company as its subject: its name, "it", "the company" ("In 2015 Acme bought ...")."""
    date = _DATE_OPENER.match(text)
    if date is not None:
        text = text[date.end():]
    start = _OPENER.match(text).end()
    return _self_pattern(company).match(text, start) is not None


@lru_cache(maxsize=64)
def _self_pattern(company: frozenset[str]) -> re.Pattern:
    return re.compile(_self_alternation(company), re.IGNORECASE)


# the company as the subject right before a verb, with the adverbs between them: "Acme then "
_SUBJECT_ADVERBS = r"(?:\s+(?:also|then|later|first|finally|eventually|soon|quickly|itself))*\s*$"


@lru_cache(maxsize=64)
def _subject_pattern(company: frozenset[str]) -> re.Pattern:
    return re.compile(_self_alternation(company) + _SUBJECT_ADVERBS, re.IGNORECASE)


def _company_right_before(text: str, at: int, company: frozenset[str]) -> bool:
    """Whether the company is the subject of the verb at ``at``, opening its clause after the
    date and the adverbials: "In 2018 Acme entered Peru", "The company then returned to Kenya",
    "it closed a shop and entered Peru" (not "Walmart entered Mexico", "Acme's founder returned")."""
    before = text[:at]
    m = _subject_pattern(company).search(before)
    if m is None:
        return False
    prefix = before[: m.start()]
    if prefix.rstrip().endswith((";", ",", " and")):
        return True
    date = _DATE_OPENER.match(prefix)
    if date is not None:
        prefix = prefix[date.end():]
    return _OPENER.match(prefix).end() == len(prefix)


def subject_is_other(text: str, company: frozenset[str], parties: tuple[tuple[int, int], ...]) -> bool:
    """Whether ``text`` says that its subject belongs to the company ("Samsung Biologics is a
    division of Samsung", "It ... became an affiliate of the Samsung Group"): then the subject
    is not the company itself."""
    m = _PART_OF.search(text)
    return m is not None and names_company(text[m.end(): m.end() + 60], company)


# a name just before a closure is what closed: "until Pan Am ceased operations", "Tamarack Hill
# itself was wound down in 2022" (another party's end, unless the name is the company's)
_CLOSED_NAME = re.compile(r"((?:[A-Z][\w&.'’-]*\s+){1,4}?)(?:itself\s+)?(?:(?:was|were|had|has)\s+)?(?:been\s+)?$")


def _closed_by_name(text: str, at: int, company: frozenset[str]) -> bool:
    m = _CLOSED_NAME.search(text, max(0, at - 60), at)
    if m is None:
        return False
    name = m.group(1).strip()
    return bool(name) and name not in ("It", "The", "In", "On") and not name.startswith(("In ", "On ", "By ")) \
        and not names_company(name, company)


def _trigger_match(etype: EventType, text: str, folded: str, company: frozenset[str] | None,
                   spans: list[tuple[int, int]], parties: tuple[tuple[int, int], ...],
                   clause: ClauseTriggers | None = None) -> re.Match | None:
    """Where ``etype`` is told in ``text`` (outside the circumstance ``spans``): its first
    trigger, or for a type whose subject must be the company the first trigger said of the
    company, or an object cue; None when the type's event is another party's. ``clause``:
    the ``ClauseTriggers`` of ``text``, when the caller has it."""
    m = etype.trigger(text, folded) if clause is None else clause.trigger(etype)
    if m is not None:  # the triggers the type tries on the text (with their present forms or not)
        pattern = etype.pattern(folded) if clause is None else clause.pattern(etype)
    if m is not None and spans:
        m = next((t for t in pattern.finditer(text) if _outside(spans, t.start())), None)
    if m is not None and company is not None:
        # "X, who succeeded Y as chief executive in 2001, ...": a person's step is the company's change
        if etype.role != "person" and describes_another(text, m.start(), company):
            m = next((t for t in pattern.finditer(text, m.end())
                      if _outside(spans, t.start()) and not describes_another(text, t.start(), company)), None)
            if m is None:
                return None
        if etype.subject == "self":
            if subject_is_other(text, company, parties):
                return None
            m = next((t for t in pattern.finditer(text)
                      if _outside(spans, t.start()) and _subject_is_company(text, t, company)), None)
        elif etype.subject == "own" and (_foreign_subject(text, m.start(), company, parties)
                                         or etype.key in _NAMED_BY_SUBJECT and _named_other(text, m.start(), company)) \
                and not _subject_in_named_role(etype, text, m.start(), parties):
            return None
        elif etype.subject == "other" and not _foreign_subject(text, m.start(), company, parties, described=True):
            return None  # "Maersk Line ordered eight ships": another party's act on the company
        elif etype.subject == "company":
            m = next((t for t in pattern.finditer(text)
                      if _outside(spans, t.start()) and _company_right_before(text, t.start(), company)), None)
        elif etype.subject == "unit":
            m = next((t for t in pattern.finditer(text)
                      if _outside(spans, t.start()) and _own_named_unit_before(text, t.start(), company)), None)
        if etype.key == "acquisition" and another_party_buys(text, m, company):
            return None
        if etype.key == "divestiture" and another_party_buys(text, m, company, pluperfect=True):
            return None
        if etype.key == "closure" and _closed_by_name(text, m.start(), company):
            return None
    if m is None and company is not None and etype.type == etype.key:  # a variant row needs its own trigger
        # a veto holds for the object cues too ("his son X took over the business": no purchase of it)
        m = None if etype.vetoed(text, folded) else object_cue(etype, text, company, folded)
        if m is not None and not _outside(spans, m.start()):
            m = None
    return m


# the name right before a verb: "Acme Marine Systems formed", "Acme Leasing was set up"
_NAME_BEFORE = re.compile(r"(?:^|[^\w&.'’-])((?:[A-Z][\w&.'’-]*\s+){2,5}?)(?:(?:was|were)\s+)?$")


def _own_named_unit_before(text: str, at: int, company: frozenset[str]) -> bool:
    """Whether the subject of the verb at ``at`` is a unit named after the company, not the
    company itself: "Acme Marine Systems formed to sell software" (the company Acme Corp), the
    company's own name inside the unit's name."""
    m = _NAME_BEFORE.search(text, max(0, at - 80), at)
    if m is None:
        return False
    name = m.group(1).strip()
    return names_company(name, company) and not names_company_itself(name, company)


def _outside(spans: list[tuple[int, int]], at: int) -> bool:
    return not any(a <= at < b for a, b in spans)


# A clause opening the sentence with "After"/"When" and another subject: "After the central
# bank introduced universal banking in 2001, the bank ..." (not "After it bought X, ...")
_THE_NAME = re.compile(r"\bthe (?=[A-Z])")
_ITS = re.compile(r"\b(?:it|its|they|their)\b", re.IGNORECASE)
_OPENING_CIRCUMSTANCE = re.compile(r"^\W*(?:After|Before|When|Following|Once)\s+(?=(?:the\s+)?[A-Z])[^,;]*,")


def _circumstances(text: str, folded: str, company: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Spans of ``text`` that tell a circumstance: from ", after"/", shortly after" to the
    next comma (or the end), and with the ``company`` an opening "After"/"When" clause that
    does not name it."""
    if "after" not in folded and "before" not in folded and "when" not in folded and "following" not in folded \
            and "once" not in folded:
        return []
    spans = []
    if company is not None:
        m = _OPENING_CIRCUMSTANCE.match(text)
        # ("the Bank of Ghana" is a name, not "the bank")
        if m is not None and not names_company(_THE_NAME.sub("", m.group(0)), company) and not _ITS.search(m.group(0)):
            spans.append((0, m.end()))
    for m in _CIRCUMSTANCE.finditer(text):
        end = text.find(",", m.end())
        spans.append((m.start(), end if end > 0 else len(text)))
    return spans


def classify(text: str, allowed: frozenset[str] | None = None, folded: str | None = None,
             types: list[EventType] | None = None,
             company: frozenset[str] | None = None,
             parties: tuple[tuple[int, int], ...] = ()) -> tuple[EventType, re.Match] | None:
    """The event type of a clause: the first type (in table order) whose trigger matches.
    ``folded`` is ``fold(text)`` and ``types`` the ``gated_types`` of a text that holds the
    clause, when the caller has them. With the ``company`` names, a type whose subject must be
    the company needs it, a type of the company's own (``subject`` own) is not another named
    party's (``parties``: spans of the names in ``text``), and a type's object cues count as
    triggers. A trigger inside a circumstance ("..., shortly after American's merger with US
    Airways", "..., a month after Delta had filed") does not count."""
    if folded is None:
        folded = fold(text)
    # one keyword pass over the clause for all the types: a type none of whose trigger or
    # object-cue keywords the clause holds cannot match it (nor any part of it), and is not tried
    told = _gated_keys(folded)
    candidates = [t for t in (event_types().values() if types is None else types)
                  if t.key in told and (allowed is None or t.category in allowed)]
    if not candidates:
        return None
    spans = _circumstances(text, folded, company)
    clause = ClauseTriggers(text, folded)
    for i, etype in enumerate(candidates):
        m = _trigger_match(etype, text, folded, company, spans, parties, clause)
        if m is not None:
            manner = _manner(text, m.start())
            if manner is not None:  # "launched ..., using X's network under a wholesale agreement"
                earlier = _first_match(candidates[i + 1:], text[:manner], folded[:manner], company, spans, parties)
                if earlier is not None:
                    etype, m = earlier
            at = m.start()
            if (_not_an_event(text[:at], folded[:at]) or ("have" in folded and _COUNTERFACTUAL.search(text, at))
                    or came_to_nothing(text, m.end(), folded)):
                return None
            return etype, m
    return None


def _first_match(types, text, folded, company, spans, parties) -> tuple[EventType, re.Match] | None:
    for etype in types:
        m = _trigger_match(etype, text, folded, company, spans, parties)
        if m is not None:
            return etype, m
    return None


# A phrase that tells how or under what terms the event before it came about: "..., using
# Optus's network under a wholesale agreement", "..., under which each took a stake". A
# trigger in it yields to another type's trigger before it. ("by purchasing 12 stores" after
# "expanded into Northern Ireland" is left alone: "debuted in Singapore by signing a memorandum"
# tells the agreement.)
_MANNER = re.compile(
    r",\s+(?:using|under which|whereby|by which|through which|in which|with which|under (?:a|an|the) )",
    re.IGNORECASE)


# The same phrase without a comma, when it names the agreement or venture the act was done under
# or by: "opened a plant at Badr in 2018 under a technology-transfer agreement with X", "a dry
# port was opened in 2021 by a joint venture with X", "opened a shop in Osaka in partnership with
# X" (the opening is the event).
_BARE_MANNER = re.compile(
    r"\s(?:under (?:a|an|the) (?:[\w$€£¥.,-]+ ){0,4}?(?:agreement|contract|licen[cs]e|deal) (?:with|from)\b"
    r"|by (?:a|an|the|its) (?:[\w-]+ ){0,2}?joint[- ]venture\b"
    # "opened its first shop in Japan, in Tokyo, in partnership with X": the opening, done with X
    r"|in partnership with\b)",
    re.IGNORECASE)


def _manner(text: str, at: int) -> int | None:
    """Where the manner phrase holding the trigger at ``at`` starts, or None."""
    for bare in _BARE_MANNER.finditer(text, max(0, at - 80)):
        if bare.start() > at:
            break
        if bare.end() > at:
            return bare.start()
    if "," not in text[:at]:
        return None
    found = None
    for m in _MANNER.finditer(text):
        if m.start() > at:
            break
        if "," not in text[m.end(): at] and ";" not in text[m.start(): at]:
            found = m.start()
    return found


# "reached an agreement for a merger that would have created ...": it did not happen
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might) have\b", re.IGNORECASE)
