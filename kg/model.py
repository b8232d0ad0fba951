"""The data model shared by parsing, extraction and RDF mapping.

Everything here is plain, immutable Python: extractors produce these objects and never
touch rdflib or pyoxigraph; ``kg.graph.rdf`` is the one place that turns them into RDF.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Union


def quick_init(cls: type) -> type:
    """Give a frozen dataclass an ``__init__`` that stores its fields straight into the
    instance's ``__dict__``, where the generated one calls ``object.__setattr__`` per field
    (a frozen class refuses its own ``__setattr__``): the same signature, defaults and
    stored values, about half the cost of building the object. A class with a field
    default factory, a field outside ``__init__``, a keyword-only field, ``__post_init__``
    or ``__slots__`` keeps the generated ``__init__``.
    (``tests/test_fast_paths.py`` compares both on every class it is used on.)"""
    fields = dataclasses.fields(cls)
    if (not cls.__dataclass_params__.frozen or hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__
            or any(f.default_factory is not dataclasses.MISSING or not f.init or f.kw_only for f in fields)):
        return cls
    names = [f.name for f in fields]
    if "self" in names or "_d" in names:
        return cls
    defaults = {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    params = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}" for f in fields)
    body = "".join(f"\n    _d[{n!r}] = {n}" for n in names)
    namespace = dict(defaults)
    exec(f"def __init__(self, {params}):\n    _d = self.__dict__{body}", namespace)  # noqa: S102
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    cls.__init__ = init
    return cls


# ---------------------------------------------------------------- provenance


@quick_init
@dataclass(frozen=True)
class Citation:
    """A ``<ref>`` behind a fact: what ``{{cite web}}``/``{{cite news}}``... say."""

    url: str | None = None
    title: str | None = None
    date: str | None = None  # as written in the citation ("8 March 2019", "2019-10-07")
    publisher: str | None = None  # publisher, or work/website/newspaper when no publisher
    archive_url: str | None = None
    text: str | None = None  # plain text of a ref without a citation template
    name: str | None = None  # the ref's name= when it has one

    @property
    def key(self) -> str:
        """A stable identifier for the citation (same citation, same key)."""
        basis = "|".join(
            x or "" for x in (self.url, self.title, self.date, self.publisher, self.text)
        )
        return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


@quick_init
@dataclass(frozen=True)
class Provenance:
    """Where a fact comes from."""

    article: str  # canonical article title, e.g. "SenseTime"
    revision: int | None = None
    section: str | None = None  # heading path, "History > 2017"; None for the lead/infobox
    sentence: str | None = None  # plain text of the source sentence
    citations: tuple[Citation, ...] = ()
    extractor: str = "infobox"
    param: str | None = None  # infobox parameter name the fact came from
    # how strongly the text supports the fact, 0-1 (text extractors; None for the infobox,
    # whose facts are the article's own structured statements)
    confidence: Decimal | None = None


# ---------------------------------------------------------------- values


@quick_init
@dataclass(frozen=True)
class Entity:
    """Something named in the article: linked (``title`` set) or plain text."""

    label: str
    title: str | None = None  # canonical English Wikipedia title when linked
    kind: str | None = None  # "organization", "person", "place" or None when unknown


@quick_init
@dataclass(frozen=True)
class DateValue:
    """A date at its precision: iso is "2014", "2014-10" or "2014-10-01"."""

    iso: str
    precision: str  # "year" | "month" | "day"
    raw: str = ""
    approximate: bool = False
    end: DateValue | None = None  # for ranges ("1990–1995")

    @property
    def year(self) -> int:
        return int(self.iso[:4].lstrip("-") or 0)


@quick_init
@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str | None  # ISO 4217; None when ambiguous (see ``note``)
    year: str | None = None  # point in time of the figure ("2020")
    trend: str | None = None  # "increase" | "decrease" | "steady"
    raw: str = ""
    note: str | None = None  # e.g. "ambiguous currency symbol $"
    # why the currency was inferred from the article where the figure's sign was ambiguous
    # ("bare $: company of United States (hq_location_country United States)")
    inferred: str | None = None


@quick_init
@dataclass(frozen=True)
class Quantity:
    value: int
    year: str | None = None
    raw: str = ""


@quick_init
@dataclass(frozen=True)
class Text:
    text: str
    lang: str | None = None  # BCP 47 tag, e.g. "zh-Hans"


@quick_init
@dataclass(frozen=True)
class Link:
    """A web IRI (homepage, image file page)."""

    iri: str


@quick_init
@dataclass(frozen=True)
class Listing:
    """A stock listing: exchange and ticker."""

    exchange: str  # the exchange's short name ("NYSE", "BMV")
    ticker: str
    exchange_entity: Entity | None = None


@quick_init
@dataclass(frozen=True)
class Role:
    """A person (or organisation) in a role, e.g. Arvind Krishna (Chairman and CEO)."""

    holder: Entity
    role: str | None = None


Value = Union[Entity, DateValue, Money, Quantity, Text, Link, Listing, Role, "Event"]


@quick_init
@dataclass(frozen=True)
class Participant:
    entity: Entity
    role: str | None = None  # "investor", "partner", "acquirer", "target", "regulator", ...


@quick_init
@dataclass(frozen=True)
class Event:
    """Something that happened: a history event, a relation or a controversy."""

    type: str  # key in the event-type scheme ("funding_round", "partnership", ...)
    label: str
    date: DateValue | None = None
    participants: tuple[Participant, ...] = ()
    amounts: tuple[Money, ...] = ()
    outcome: str | None = None
    category: str = "event"  # "event" | "controversy"


# The relation properties of the relations extractor (kgo local names), in the order the network
# and the company pages list them; partner, jointVenturePartner and researchCollaborator are one
# family (sub-properties of kgo:partner). A lender lends money to the company (a loan, a credit
# facility); an investor holds equity in it.
RELATION_TYPES: tuple[str, ...] = ("partner", "customer", "supplier", "investor", "jointVenturePartner",
                                   "researchCollaborator", "lender")
# the partner family: one family for the extractor's vetoes and confidence features and for the
# scoring (kg.extractors.relation_cues and kg.evaluation.relations both read it from here)
PARTNER_FAMILY = frozenset({"partner", "jointVenturePartner", "researchCollaborator"})


# ---------------------------------------------------------------- facts


@quick_init
@dataclass(frozen=True)
class Fact:
    """One statement about a company: subject (article title), property, value."""

    subject: str
    prop: str  # ontology property local name ("foundingDate", "keyPerson", ...)
    value: Value
    provenance: Provenance
    qualifiers: tuple[tuple[str, Value], ...] = field(default=())

    def to_json(self) -> dict:
        return fact_to_json(self)


# ---------------------------------------------------------------- JSON (``kg extract``)


def _plain(value):
    if dataclasses.is_dataclass(value):
        out = {"kind": type(value).__name__}
        for f in dataclasses.fields(value):
            v = getattr(value, f.name)
            if v in (None, (), "", False) and f.name not in ("amount",):
                continue
            out[f.name] = _plain(v)
        return out
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def fact_to_json(fact: Fact) -> dict:
    """A fact as one JSON object (``kg extract``): subject, property, value, provenance and
    qualifiers, in a stable key order."""
    prov = _plain(fact.provenance)
    prov.pop("kind", None)
    out = {
        "subject": fact.subject,
        "property": fact.prop,
        "value": _plain(fact.value),
        "provenance": prov,
    }
    if fact.qualifiers:
        out["qualifiers"] = {k: _plain(v) for k, v in fact.qualifiers}
    return out
