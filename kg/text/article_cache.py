"""Caches of one article at a time, dropped when the work on the article ends.

The extractors of one article share results that cost much to compute (its dated sentences, the
kinds of the names it writes, its company names...): each is kept in a module-level slot that
holds the article it was computed for and the result, and is computed again for another article.
A slot that still holds the last article after its page is done keeps the whole article alive
(its parse tree, sentences and mentions: tens of thousands of objects) until the next page
replaces it, and the cyclic garbage collector walks all of them, generation after generation,
though none is garbage. ``forget()`` empties every slot when the page is done
(``kg.pipeline.process_page`` calls it), so the article is freed at once by reference counting:
about 6% of the pipeline's time, measured.
"""

from __future__ import annotations

_SLOTS: list[tuple[list, tuple]] = []


def slot(*empty: object) -> list:
    """A new slot, a list whose items start as ``empty`` and that ``forget()`` resets to them
    (a dict in ``empty`` is reset to a new empty dict)."""
    new = [{} if isinstance(e, dict) else e for e in empty]
    _SLOTS.append((new, empty))
    return new


def forget() -> None:
    """Empty every slot: no article stays alive through them."""
    for held, empty in _SLOTS:
        held[:] = [{} if isinstance(e, dict) else e for e in empty]


__all__ = ["forget", "slot"]
