"""Extractors: ``extract(article) -> Iterator[Fact]``, pure, one per concern.

The registry below is the one place that lists them; ``--extractors`` picks by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kg.extractors import controversies, history, infobox, relations
from kg.model import Fact
from kg.parse import Article

Extractor = Callable[[Article], Iterator[Fact]]

EXTRACTORS: dict[str, Extractor] = {
    infobox.NAME: infobox.extract,
    history.NAME: history.extract,
    relations.NAME: relations.extract,
    controversies.NAME: controversies.extract,
}
DEFAULT_EXTRACTORS: tuple[str, ...] = tuple(EXTRACTORS)


def resolve(names: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Validate a comma-separated or listed selection of extractor names."""
    from kg.errors import UsageError

    if names is None:
        return DEFAULT_EXTRACTORS
    if isinstance(names, str):
        names = [n.strip() for n in names.split(",") if n.strip()]
    unknown = [n for n in names if n not in EXTRACTORS]
    if unknown:
        raise UsageError(
            f"unknown extractor(s) {', '.join(unknown)}; choose from {', '.join(EXTRACTORS)}"
        )
    return tuple(names)
