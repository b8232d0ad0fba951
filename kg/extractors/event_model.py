"""A learned reader of history events: whether a dated sentence of the history that no trigger of
``event_types.tsv`` read tells an event of the company, and of which type.

The trigger rules are precise on the articles they were written from and carry little of their
gain to new text: events told in words no trigger knows ("The Bergen route followed in 1994",
"Its first Paris boutique dates from 1911") are missed. This model reads only what the rules
left: a sentence of the lead or a History section with a date of its own (written or relative,
not the heading year alone) from which no event came. It is a multinomial logistic regression
over binary features: the words before the date and after it, the verb-like words of the
sentence, the words of the section heading, the section's role, the types whose trigger keywords
the sentence holds (``g:``), and the sentence's shape (the company or "it" as its subject, a sum
of money, a linked name, the date's precision). Its classes are the event types (``Event.type``: the base types of the type table)
and ``none``::

    p(class) = softmax over classes of (bias[class] + sum of weight[class][feature] for the features present)

The weights would be data, ``kg/data/event_model.tsv``, fitted on all the history gold by
``tools/fit_event_model.py``, which reports for each gold set the events the model adds there,
how many are right and the recall they add, with weights fitted without that set. That check
found the model far less precise than the 0.9 a reader must reach (docs/history.md, "A learned
event reader, tried"): it is off and no weights are shipped; the tool and the extractor's hook
stay so that the check can be run again as the gold grows.

``read(...)`` gives the most probable type and its probability; the history extractor adds an
event when the type is not ``none`` and its probability is at least ``THRESHOLD`` (None: off). Its
confidence is the probability times ``CALIBRATION``; the event's evidence has ``cue`` "model".
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from kg.extractors.linear_model import Table, read_table, scores, softmax
from kg.text.narrative import DatedSentence

NONE = "none"
# off: fitted without each gold set in turn, the events it added on that set were right 30 to
# 62 times in 100 at the thresholds tried (tools/fit_event_model.py; docs/history.md), far below
# the 0.9 a reader must reach before it adds facts; no weights are shipped
# round 22, refitted on all 27 gold sets (~4,800 gated sentences, ~3,000 labelled events) with the
# clause-shape features: left out, pooled over blind4-blind23, 86 right of 219 added at 0.5 (0.39),
# 46 of 88 at 0.8 (0.52), 25 of 41 at 0.9 (0.61), 12 of 21 at 0.95 (0.57); still off
THRESHOLD: float | None = None
CALIBRATION = 0.9
_TABLE = "event_model.tsv"

_TOKEN = re.compile(r"[a-z][a-z'-]*")
# a written date: its year, with the month and day before it ("14 May 1981", "March 2, 1998")
_YEAR = re.compile(r"(?:(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December)(?: \d{1,2},?)? )?(?<![\d$€£¥.,])(?:1[6-9]\d\d|20\d\d)(?!\d)")
_MONEY = re.compile(r"[$€£¥₩₹]|\b(?:million|billion|crore)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:[^,]{0,40},\s*)?(?:it|they|the (?:company|group|firm|business|bank|airline))\b", re.IGNORECASE)
# verb-like words: a past tense ending, or a common irregular past
_IRREGULAR = frozenset(("bought", "sold", "took", "began", "won", "went", "made", "became", "cut", "shed", "set", "got",
                        "lost", "saw", "grew", "fell", "rose", "built", "left", "brought", "held", "gave", "ran", "split",
                        "led", "paid", "put", "struck", "spun", "sent", "opened", "came", "followed", "joined", "broke"))
_LEMMA = {"bought": "buy", "sold": "sell", "took": "take", "began": "begin", "won": "win", "went": "go", "made": "make",
          "became": "become", "got": "get", "lost": "lose", "saw": "see", "grew": "grow", "fell": "fall", "rose": "rise",
          "built": "build", "left": "leave", "brought": "bring", "held": "hold", "gave": "give", "ran": "run",
          "led": "lead", "paid": "pay", "struck": "strike", "spun": "spin", "sent": "send", "came": "come",
          "broke": "break"}
# the clause-shape features (``_clause_features``): the lemma of the verbs, the subject's head, the
# kind of the names after the verb
EXTRA = True
_BEFORE, _AFTER = 6, 8
_HEDGE = re.compile(r"\b(?:plans?|planned|intends?|intended|hopes?|expects?|expected|aims?|sought|seeks?) to\b|"
                    r"\b(?:considering|considered|proposed|rumou?r\w*|speculat\w+|talks|negotiat\w+|denied|denies|"
                    r"unless|would|could|might|will)\b")
_HEDGE_WORDS = ("plan", "intend", "hope", "expect", "aim", "seek", "sought", "consider", "propos", "rumo", "specul",
                "talks", "negotiat", "deni", "unless", "would", "could", "might", "will")
# words too common to tell a type: left out of the bags
_STOP = frozenset(("the", "a", "an", "of", "and", "to", "in", "on", "at", "for", "its", "was", "were", "is", "by", "with",
                   "as", "that", "which", "from", "it", "this", "be", "had", "has", "have", "or", "s"))


def tokens(text: str) -> list[str]:
    """The lower-case words of ``text`` (numbers and common words left out)."""
    return [w for w in _TOKEN.findall(text.lower()) if w not in _STOP]


def _date_at(ds: DatedSentence) -> tuple[int, int]:
    """Where the sentence writes its date: the raw text of its date if found, else its first year,
    else nowhere (0, 0)."""
    text = ds.sentence.text
    raw = ds.date.raw if ds.date is not None else ""
    at = text.find(raw) if raw else -1
    if at >= 0:
        return at, at + len(raw)
    m = _YEAR.search(text)
    return (m.start(), m.end()) if m else (0, 0)


@lru_cache(maxsize=256)
def _heading(path: str) -> frozenset[str]:
    return frozenset(tokens(path.replace(">", " ")))


def features(ds: DatedSentence, company_subject: bool, linked: bool) -> set[str]:
    """The binary features of a dated sentence, as names: ``b:``/``a:`` a word before/after the
    date, ``v:`` a verb-like word, ``sec:`` a word of the heading, ``role:``, ``prec:`` the date's
    precision, and shape features (``subj:self``, ``subj:pronoun``, ``money``, ``linked``,
    ``list``, ``date:start`` when the sentence opens with its date)."""
    text = ds.sentence.text
    start, end = _date_at(ds)
    before = tokens(text[:start])[-_BEFORE:]
    after = tokens(text[end:])[:_AFTER]
    words = _TOKEN.findall(ds.low)
    out = {"b:" + w for w in before} | {"a:" + w for w in after}
    out |= {"v:" + w for w in words if (len(w) > 4 and w.endswith("ed")) or w in _IRREGULAR}
    out |= {"sec:" + w for w in _heading(ds.sentence.section or "(lead)")}
    out.add("role:" + ds.role)
    out.add("prec:" + (ds.date.precision if ds.date is not None else "none"))
    if start < 12:
        out.add("date:start")
    if company_subject:
        out.add("subj:self")
    elif _PRONOUN.match(text):
        out.add("subj:pronoun")
    if _MONEY.search(text):
        out.add("money")
    if linked:
        out.add("linked")
    if ds.sentence.list_item:
        out.add("list")
    if EXTRA:
        out |= _clause_features(ds, words)
    return out


def stem(word: str) -> str:
    """A crude lemma of a verb form: "acquired", "acquires", "acquiring" -> "acquir"; an
    irregular past to its present ("bought" -> "buy")."""
    if word in _LEMMA:
        return _LEMMA[word]
    for end, cut in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(end) and len(word) - len(end) >= 3:
            base = word[: len(word) - len(end)] + cut
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "ls":
                base = base[:-1]  # "stopped" -> "stop"
            return base.rstrip("e") if cut == "" else base
    return word.rstrip("e")


def _verb_like(word: str) -> bool:
    return (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR


def _clause_features(ds: DatedSentence, words: list[str]) -> set[str]:
    """Features of the clause's shape: ``l:`` the lemma of each verb-like word, ``mv:`` the lemma of
    the first (the main verb, mostly), ``s:`` the word before it (the subject's head), ``o:`` the
    kind of each name after it (``o:organization``, ``o:place``, ``o:person``, ``o:name`` unknown;
    ``ol:`` when it is linked)."""
    out = {"l:" + stem(w) for w in words if _verb_like(w) or (len(w) > 5 and w.endswith("ing"))}
    text = ds.sentence.text
    m = next((m for m in _TOKEN.finditer(ds.low) if _verb_like(m.group())), None)
    verb_at = m.start() if m else 0
    if m:
        out.add("mv:" + stem(m.group()))
        before = [w for w in _TOKEN.findall(ds.low[: m.start()]) if w not in _STOP]
        if before:
            out.add("s:" + before[-1])
    for mention in ds.mentions:
        if mention.start >= verb_at and mention.end <= len(text):
            kind = mention.entity.kind or "name"
            out.add("o:" + kind)
            if mention.entity.title:
                out.add("ol:" + kind)
    return out


Model = tuple[tuple[str, ...], Table]  # (classes, weights)


@lru_cache(maxsize=1)
def model() -> Model:
    """(classes, feature -> weights in the order of the classes), from ``event_model.tsv``,
    loaded and checked once; the feature ``bias`` holds the classes' biases."""
    classes, table = read_table(_TABLE)
    if NONE not in classes:
        raise ValueError(f"{_TABLE}: the classes must include {NONE}")
    return classes, table


def probabilities(feats: set[str], weights: Model | None = None) -> dict[str, float]:
    """The probability of each class for a sentence with these features (the shipped weights
    unless ``weights`` are given)."""
    classes, table = model() if weights is None else weights
    return softmax(scores(feats, table), classes)


def read(feats: set[str], weights: Model | None = None) -> tuple[str, float]:
    """The most probable class (possibly ``none``) and its probability."""
    probs = probabilities(feats, weights)
    return max(probs.items(), key=lambda cp: cp[1])


def confidence(probability: float) -> Decimal:
    """The confidence of an event only the model reads: its probability times ``CALIBRATION``."""
    return Decimal(f"{min(0.99, max(0.05, probability * CALIBRATION)):.2f}")


def hedged(low: str) -> bool:
    """Whether a sentence (lower case) tells a plan, talks, a rumour, a denial or a condition
    rather than an event: the gate leaves it to the rules."""
    return any(w in low for w in _HEDGE_WORDS) and _HEDGE.search(low) is not None


__all__ = ["CALIBRATION", "NONE", "THRESHOLD", "Model", "Table", "confidence", "features", "hedged", "model",
           "probabilities", "read", "tokens"]
