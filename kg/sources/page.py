"""A page as every source yields it, and the report of what reading the inputs did."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Page:
    title: str  # canonical title with spaces ("Alsea (company)")
    wikitext: str
    revision: int | None = None
    source: str = ""  # where it came from (a path, "dump.xml.bz2#Asda", an API URL)
    namespace: int = 0
    redirect: str | None = None  # redirect target when the page is a redirect


@dataclass
class SourceReport:
    """What happened while reading inputs: a run goes on past a bad input and says so here."""

    errors: list[tuple[str, str]] = field(default_factory=list)  # (source, message)
    skipped: Counter = field(default_factory=Counter)  # prefilter reason -> pages
    pages_seen: int = 0  # pages read, skipped ones included
    pages_yielded: int = 0

    def error(self, source: str, message: str) -> None:
        self.errors.append((source, message))

    def summary(self) -> str:
        """One line for stderr."""
        parts = [f"{self.pages_yielded} pages read"]
        if self.skipped:
            skips = ", ".join(f"{n} {r}" for r, n in sorted(self.skipped.items()))
            parts.append(f"{sum(self.skipped.values())} skipped ({skips})")
        if self.errors:
            parts.append(f"{len(self.errors)} inputs failed")
        return "; ".join(parts)
