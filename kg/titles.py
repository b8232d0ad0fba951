"""Canonical English Wikipedia titles and their IRIs (the sitelink form Wikidata uses)."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote, unquote

WIKIPEDIA = "https://en.wikipedia.org/wiki/"

# Namespaces and prefixes whose links are not entities.
_NON_ENTITY = re.compile(
    r"^\s*:?\s*(file|image|category|template|wikipedia|wp|help|portal|user|talk|draft|special|"
    r"media|module|mediawiki|wikt|wiktionary|commons|s|q|n|b|v|voy|d|wikidata|meta|m|"
    r"[a-z]{2,3}(-[a-z]+)?)\s*:",
    re.IGNORECASE,
)


def is_entity_target(target: str) -> bool:
    """False for File:, Category:, interwiki and other non-article links."""
    t = target.strip()
    if not t or t.startswith("#"):
        return False
    # two/three-letter prefixes look like interwiki links ("fr:Paris"); a real title such
    # as "Re:Zero" is rare enough in company articles that we accept the loss.
    return _NON_ENTITY.match(t) is None


@lru_cache(maxsize=65536)
def canonical_title(target: str) -> str | None:
    """The canonical title of a wikilink target, with spaces: "xu_Li#x" -> "Xu Li".

    Underscores become spaces, runs of whitespace collapse, the fragment is dropped, a
    leading colon is removed, percent-escapes and HTML entities are decoded and the first
    letter is upper-cased. Returns None for empty targets and non-article namespaces.
    """
    if target is None:
        return None
    t = unquote(target.replace("&nbsp;", " ").replace("&amp;", "&"))
    t = t.split("#", 1)[0]
    t = t.replace("_", " ")
    t = re.sub(r"\s+", " ", t).strip()
    if t.startswith(":"):
        t = t[1:].strip()
    if not t or not is_entity_target(t):
        return None
    return t[0].upper() + t[1:]


def wikipedia_iri(title: str) -> str:
    """``https://en.wikipedia.org/wiki/Title`` encoded as MediaWiki does (wfUrlencode)."""
    t = title.replace(" ", "_")
    return WIKIPEDIA + quote(t, safe=";@$!*(),/~:")


def title_from_iri(iri: str) -> str | None:
    if not iri.startswith(WIKIPEDIA):
        return None
    return unquote(iri[len(WIKIPEDIA) :]).replace("_", " ")


def title_from_filename(stem: str) -> str:
    """A ``.wiki`` file's title: its name with underscores read as spaces."""
    return canonical_title(stem) or stem
