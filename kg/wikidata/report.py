"""What linking found: the links made, the entities left ambiguous or unlinked, and why."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from decimal import Decimal

from kg.graph.vocab import WD
from kg.http import Notify


@dataclass
class Link:
    entity: str
    qid: str
    method: str  # "sitelink" | "redirect" | "label"
    confidence: Decimal
    label: str | None = None
    title: str | None = None
    via: str | None = None  # redirect target or the matched label


@dataclass
class Unlinked:
    entity: str
    label: str | None
    title: str | None
    reason: str
    candidates: list[str] = field(default_factory=list)


@dataclass
class LinkReport:
    endpoint: str
    links: list[Link] = field(default_factory=list)
    ambiguous: list[Unlinked] = field(default_factory=list)
    unlinked: list[Unlinked] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    enriched: int = 0
    requests: int = 0
    cache_hits: int = 0

    def link_for(self, entity: str) -> Link | None:
        return next((lk for lk in self.links if lk.entity == entity), None)

    def summary(self) -> str:
        methods: dict[str, int] = {}
        for lk in self.links:
            methods[lk.method] = methods.get(lk.method, 0) + 1
        detail = ", ".join(f"{n} by {m}" for m, n in sorted(methods.items()))
        line = (
            f"linked {len(self.links)} entities ({detail or 'none'}), {len(self.ambiguous)} ambiguous,"
            f" {len(self.unlinked)} unlinked; {self.requests} requests, {self.cache_hits} cache hits"
        )
        if self.enriched:
            line += f"; enriched {self.enriched} items"
        return line

    def to_json(self) -> dict:
        def links(lk: Link) -> dict:
            return {
                "entity": lk.entity,
                "label": lk.label,
                "title": lk.title,
                "wikidata": str(WD[lk.qid]),
                "method": lk.method,
                "confidence": str(lk.confidence),
                "via": lk.via,
            }

        def missing(u: Unlinked) -> dict:
            return {
                "entity": u.entity,
                "label": u.label,
                "title": u.title,
                "reason": u.reason,
                "candidates": [str(WD[q]) for q in u.candidates],
            }

        return {
            "endpoint": self.endpoint,
            "summary": self.summary(),
            "links": [links(lk) for lk in self.links],
            "ambiguous": [missing(u) for u in self.ambiguous],
            "unlinked": [missing(u) for u in self.unlinked],
            "warnings": list(self.warnings),
        }



def stderr_notify(prefix: str = "kg link") -> Notify:
    def notify(message: str) -> None:
        print(f"{prefix}: {message}", file=sys.stderr)

    return notify
