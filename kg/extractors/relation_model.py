"""A learned reader of relations: which organisation named in a sentence is a partner, customer,
supplier or investor of the company, told in words no cue of ``relation_cues.tsv`` knows.

The cue rules of the relations extractor are precise on the articles they were written from and
miss much on new text ("glass bottles are supplied mainly by X", "X, which has bought its aids
since 2012, is its largest customer"). This model reads every mention of a name in the
sentences outside the Controversies and reference sections: a multinomial logistic regression
over the words around the mention (before it, after it, the two words just before it, the word
just after it), the words of the section heading, the section's role and a few shape features
(linked, a share "per cent" after the name, a list item, how many names the sentence has). The
bag of all the words of the sentence was tried and left out: with it, on the gold sets the
model was not fitted on, 2 of the 12 relations it added were wrong; without it, none of 9.
Its classes are the four relation families and ``none``; a feature is present or not::

    p(class) = softmax over classes of (bias[class] + sum of weight[class][feature] for the features present)

The weights are data, ``kg/data/relation_model.tsv`` (a feature and its weight for each class),
fitted on the relations gold by ``tools/fit_relation_model.py``, which also reports the precision
of the model's relations on each gold set for weights fitted on the other sets only.

The relations extractor (``kg.extractors.relations``) adds a relation the model reads with a
probability of at least ``THRESHOLD`` when no cue found any relation with that counterparty in
the article; the model's probability, scaled by ``CALIBRATION``, is its confidence. Such a fact
carries the evidence feature ``cue.model``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from kg.extractors.linear_model import Table, read_table, scores
from kg.extractors.linear_model import softmax as linear_softmax
from kg.extractors.relation_names import is_self
from kg.model import quick_init
from kg.text.kinds import ORGANIZATION, has_orgword, is_unit_name, name_kind, split_title
from kg.text.mentions import organisation_names
from kg.text.narrative import DatedSentence, dated_sentences
from kg.text.parse import Article, Mention
from kg.text.patterns import passes, required_literals

CLASSES = ("none", "partner", "customer", "supplier", "investor")
NONE = "none"
# refitted on all 27 development sets with relations (round 28), the reader is surer of more
# mentions: left out set by set it added 121 right and 43 wrong relations at 0.8, 82 and 7 at 0.93
THRESHOLD = 0.93
# confidence = probability x CALIBRATION, so that a relation only the model reads stays below
# the confidence of a cue's; tools/fit_relation_model.py reports its precision on gold sets it
# was not fitted on, by confidence
CALIBRATION = 0.9
# whether the extractor reads the organisations an article names without a link
# (``kg.text.mentions.OrganisationNames``). Off: on the gold sets the shipped weights were not
# fitted on (blind5, blind6, blind7) they added 2 relations, both wrong, and a refit with them
# added fewer right relations than the shipped reader (docs/relations.md, round 8).
# ``tools/fit_relation_model.py --unlinked`` measures them again.
READ_UNLINKED = False
# the highest confidence of a relation the model reads with an unlinked counterparty: a name no
# link vouches for is weaker evidence, and of the five such relations the shipped weights added on
# the gold, one was right -- kept below the 0.8 line of precise facts
UNLINKED_CONFIDENCE = Decimal("0.75")
# a sentence that tells a plan, a rumour, talks or a condition states no relation ("Talks with
# X on a joint venture ended without agreement", "it denied reports that it would supply Y")
NOT_STATED = re.compile(r"\b(?:plans?|planned|intends?|intended|hopes?|expects?|expected|aims?) to\b|"
                        r"\b(?:considering|considered|proposed|rumou?r\w*|speculat\w+|talks|negotiat\w+|"
                        r"denied|denies|if|unless|would|could|might)\b")
# its keyword gate: the words of the first row's verbs rather than the " to" after them, which
# almost every sentence holds (``required_literals`` keeps one required part of that row)
_NOT_STATED_GATE = ("plan", "intend", "hope", "expect", "aim",
                    *(w for w in required_literals(NOT_STATED) if w != " to"))
# the sections the model does not read: references and the like, and the controversies, which
# their own extractor reads (no relation of the gold is told only there)
_UNREAD = frozenset({"skip", "controversy"})
# a stock exchange lists the company's shares: it is not a partner, customer, supplier or investor
EXCHANGE = re.compile(r"\b(?:stock exchange|exchange|nasdaq|nyse|bourse|börse|euronext|stock market)\b", re.IGNORECASE)
_EXCHANGE_GATE = required_literals(EXCHANGE)
# a share of something else than the company ("a 37 per cent stake in the joint venture", "30 per
# cent of the market") is no shareholding in it: a clause that tells one holds no investor
OTHER_STAKE = re.compile(
    r"(?:per ?cent|percent|%)(?:\s+(?:stake|holding|shareholding|interest))?\s+(?:of|in)\s+"
    r"(?!(?:the|its)\s+(?:company|group|firm|shares|share capital|capital|equity|stock)\b|(?:the\s+)?(?:company|group)['’]s\b)",
    re.IGNORECASE)

# a row of a list or table that opens with its party's name and tells it after a dash ("Grupo
# Éxito – own-label coffee for Éxito and Carulla stores, since 1999", "Ørsted – Avedøre and
# Studstrup since 2010"): the names of the description are that party's brands, sites, projects
# or labels, not parties of the company's; a name in brackets is told of its own ("Becton
# Dickinson – shafts (previously for C. R. Bard, which BD bought)")
_ROW_DASH = re.compile(r"\s[–—-]\s")
# a standard's name ("ISO 9001", "IATF 16949", "EN 1090"): what a certifier certifies, not a party
_STANDARD = re.compile(r"^(?:ISO|IEC|EN|DIN|BS|IATF|ASTM|OHSAS|AS|SA|GOST|JIS)(?:[ /-](?:IEC|TS))?[ -]?\d{3,5}\b")

_TOKEN = re.compile(r"[a-z][a-z'-]*|\d+|%")
_SHARE = re.compile(r"per ?cent|%")
_BEFORE, _AFTER, _BEFORE_CHARS, _AFTER_CHARS = 6, 5, 60, 50


def tokens(text: str) -> list[str]:
    """The lower-case words, numbers and per-cent signs of ``text``."""
    return _TOKEN.findall(text.lower())


@quick_init
@dataclass(frozen=True)
class Context:
    """What the model reads of a sentence once, for all its mentions."""

    text: str
    heading: frozenset[str]
    role: str
    list_item: bool
    mentions: int


def context(ds: DatedSentence) -> Context:
    return Context(ds.sentence.text, _heading(ds.sentence.section or "(lead)"), ds.role, ds.sentence.list_item,
                   len(ds.mentions))


@lru_cache(maxsize=1024)
def _heading(path: str) -> frozenset[str]:
    return frozenset(tokens(path.replace(">", " ")))


Part = tuple[str, str]  # a feature as (kind, value): ("b:", "supplied") is the feature "b:supplied"


def sentence_parts(ctx: Context) -> list[Part]:
    """The features every mention of the sentence shares: the words of its heading, its role, how
    many names it has, whether it is a list item."""
    out = [("sec:", w) for w in ctx.heading]
    out += [("role:", ctx.role), ("nment:", str(min(ctx.mentions, 5)))]
    if ctx.list_item:
        out.append(("", "list"))
    return out


def mention_parts(ctx: Context, start: int, end: int, linked: bool) -> list[Part]:
    """The features of the mention at ``ctx.text[start:end]`` itself: the words before and after
    it, the word (and the two words) just before it, the word just after it, whether it is
    linked, whether a share ("per cent") follows it."""
    text = ctx.text
    before = tokens(text[max(0, start - _BEFORE_CHARS):start])[-_BEFORE:]
    after = tokens(text[end:end + _AFTER_CHARS])[:_AFTER]
    out = [("b:", w) for w in set(before)]
    out += [("a:", w) for w in set(after)]
    if before:
        out.append(("p1:", before[-1]))
        if len(before) > 1:
            out.append(("p2:", f"{before[-2]} {before[-1]}"))
    if after:
        out.append(("n1:", after[0]))
    if linked:
        out.append(("", "linked"))
    if _SHARE.search(text, end, end + 40):
        out.append(("", "share_after"))
    return out


def features(ctx: Context, start: int, end: int, linked: bool) -> set[str]:
    """All the (binary) features of the mention at ``ctx.text[start:end]``, as names."""
    return {kind + value for kind, value in (*sentence_parts(ctx), *mention_parts(ctx, start, end, linked))}


@lru_cache(maxsize=1)
def weights() -> Table:
    """feature -> weights in the order of ``CLASSES``, from ``relation_model.tsv`` (loaded and
    checked once); the feature ``bias`` holds the classes' biases."""
    classes, table = read_table("relation_model.tsv")
    if classes != CLASSES:
        raise ValueError(f"relation_model.tsv: the first row must name the columns feature, {', '.join(CLASSES)}")
    return table


def softmax(z: tuple[float, ...]) -> dict[str, float]:
    return linear_softmax(z, CLASSES)


def probabilities(feats: set[str], table: Table | None = None) -> dict[str, float]:
    """The model's probability of each class for a mention with these features."""
    return softmax(scores(feats, weights() if table is None else table))


def best(probs: dict[str, float]) -> tuple[str, float]:
    """The most probable relation family (never ``none``) and its probability."""
    return max(((c, p) for c, p in probs.items() if c != NONE), key=lambda cp: cp[1])


def candidates(article: Article, names: tuple[str, ...], skip: frozenset[str] | set[str] = frozenset(),
               unlinked: bool = False) -> Iterator[tuple[DatedSentence, Mention, Context]]:
    """Every mention of the article's sentences that may name a counterparty, with its
    sentence's context: not the company itself, not a key (the title, else the lower-case label)
    in ``skip``. With ``unlinked``, also the organisations a sentence names without a link
    (``kg.text.mentions.OrganisationNames``: "the private equity firm Calder Ridge Capital"),
    with their sentence's context as it is (the number of names counts the linked ones). A name written in lower case ("[[coconut oil]]") and a stock exchange are no
    counterparties; a sentence that tells a plan, talks or a rumour (``NOT_STATED``) and the
    sentences of a Controversies section or of the references are not read. Whether the name is
    an organisation's (``relation_names.as_organization``, which reads the whole article) is left
    to the caller: it is worth asking only of the mentions the model reads as a relation."""
    named: dict[tuple[str, str | None], bool] = {}  # whether a name may be a counterparty, once per name
    orgs = organisation_names(article) if unlinked else None
    for ds in dated_sentences(article):
        if ds.role in _UNREAD or (passes(_NOT_STATED_GATE, ds.low) and NOT_STATED.search(ds.low)):
            continue
        found = ds.mentions
        if orgs is not None:
            more = orgs.find(ds.sentence.text, found)
            if more:
                found = sorted([*found, *more], key=lambda m: m.start)
        ctx = None
        for m in found:
            entity = m.entity
            key = (entity.label, entity.title)
            ok = named.get(key)
            if ok is None:
                ok = named[key] = (entity.title or entity.label.lower()) not in skip and entity.label[:1].isupper() \
                    and not (passes(_EXCHANGE_GATE, entity.label.lower()) and EXCHANGE.search(entity.label)) \
                    and not is_self(entity, names, article)
            if ok:
                ctx = ctx or context(ds)
                yield ds, m, ctx


def in_a_row_description(ds: DatedSentence, start: int) -> bool:
    """Whether the mention at ``start`` is told in the description of a row that opens with
    another party's name (``_ROW_DASH``), outside brackets."""
    if not ds.sentence.list_item or not ds.mentions or ds.mentions[0].start != 0:
        return False
    text = ds.sentence.text
    dash = _ROW_DASH.search(text, ds.mentions[0].end)
    if dash is None or start < dash.end() or text[ds.mentions[0].end:dash.start()].strip(" ,.;"):
        return False
    told = text[dash.end():start]
    return told.count("(") <= told.count(")")


@lru_cache(maxsize=4096)
def _english(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


def names_a_thing(title: str) -> bool:
    """Whether a linked title names a thing, not an organisation: a standard ("ISO 9001"), or a
    title of two words or more that ends in a lower-case word -- a currency's ("Mozambican
    metical") or one whose lower-case words are all English ("Fairtrade certification", "Lithium
    iron phosphate battery", "Canned fish"). An organisation word keeps a name ("Caisse des dépôts
    et consignations", "SMS group"), and so do lower-case words of another language ("Crédit agricole")."""
    base = split_title(title)[0]
    if _STANDARD.match(base):
        return True
    words = base.split()
    last = words[-1] if words else ""
    if len(words) < 2 or not (last.isalpha() and last.islower()) or name_kind(title, title) == ORGANIZATION \
            or has_orgword(" ".join(w[:1].upper() + w[1:] for w in words)):
        return False  # an organisation word, in lower case too ("SMS group")
    return is_unit_name(last, word=True) or all(_english(w) for w in words[1:] if w.islower())


_KINDS = ("sec:", "role:", "nment:", "b:", "a:", "p1:", "p2:", "n1:")
_SPLIT: list = [None, None]  # (table, its weights by (kind, value)): one table at a time


def _by_part(table: Table) -> dict[Part, tuple[float, ...]]:
    """The table keyed by parts: ("b:", "supplied") -> the weights of "b:supplied"; kind "" for
    the features without a kind ("linked")."""
    if _SPLIT[0] is not table:
        split: dict[Part, tuple[float, ...]] = {}
        for name, row in table.items():
            kind = next((k for k in _KINDS if name.startswith(k)), "")
            split[(kind, name[len(kind):])] = row
        _SPLIT[0], _SPLIT[1] = table, split
    return _SPLIT[1]


class Reader:
    """The model over the mentions of an article, sentence by sentence: the features a sentence's
    mentions share are weighed once for all of them, and features are looked up by kind and value
    without being spelt out (``probabilities(features(...))`` gives the same numbers)."""

    def __init__(self, table: Table | None = None):
        self.table = weights() if table is None else table
        self._weight = _by_part(self.table).get
        self._ctx: Context | None = None
        self._base: tuple[float, ...] = ()

    def _scores(self, parts: list[Part], base: tuple[float, ...]) -> tuple[float, ...]:
        rows = [row for row in map(self._weight, parts) if row is not None]
        return tuple(map(sum, zip(base, *rows, strict=True)))

    def probabilities(self, ctx: Context, start: int, end: int, linked: bool) -> dict[str, float]:
        if ctx is not self._ctx:
            self._ctx, self._base = ctx, self._scores(sentence_parts(ctx), self.table["bias"])
        return softmax(self._scores(mention_parts(ctx, start, end, linked), self._base))


__all__ = ["CALIBRATION", "CLASSES", "OTHER_STAKE", "READ_UNLINKED", "THRESHOLD", "UNLINKED_CONFIDENCE", "Context", "Reader", "Table", "best", "candidates", "context",
           "features", "in_a_row_description", "mention_parts", "names_a_thing", "probabilities", "scores", "sentence_parts", "softmax", "tokens",
           "weights"]
