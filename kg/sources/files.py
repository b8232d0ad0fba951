"""Article files: one page of wikitext per file, named after its title.

A file may state its title and revision in a small header of HTML comments (written by
``kg fetch``; MediaWiki ignores comments, so the file stays valid wikitext)::

    <!-- title: Alibaba Group -->
    <!-- revision: 1234567890 -->
    <!-- source: https://en.wikipedia.org/w/index.php?oldid=1234567890 -->
    <!-- license: CC BY-SA 4.0, Wikipedia contributors -->

The header lines are removed from ``Page.wikitext``, which is then the article text exactly as
MediaWiki stores it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError, NotUtf8Error, NotWikitextError, RedirectError
from kg.sources.page import Page
from kg.titles import canonical_title, title_from_filename

# Suffixes picked up when a folder is expanded (a file named on the command line is always
# read, whatever its name).
SUFFIXES: tuple[str, ...] = (".wiki", ".wikitext", ".txt", ".xml", ".xml.bz2", ".bz2")

HEADER_KEYS: tuple[str, ...] = ("title", "revision", "source", "license")
_HEADER_LINE = re.compile(
    r"[ \t]*<!--[ \t]*(" + "|".join(HEADER_KEYS) + r")[ \t]*:[ \t]*(.*?)[ \t]*-->[ \t]*(?:\r?\n|$)",
    re.IGNORECASE,
)
# ``#REDIRECT [[Target]]`` (also ``#redirect: [[Target]]``) at the very start of the text.
_REDIRECT = re.compile(r"\A\s*#REDIRECT\s*:?\s*\[\[([^\]|#\n]*)", re.IGNORECASE)

_SNIFF = 8192


def iter_paths(inputs: list[str]) -> Iterator[str | Path]:
    """Expand inputs into readable items, in order: ``-`` (stdin), files, folders.

    A folder is walked recursively; its files ending in one of ``SUFFIXES`` are yielded in
    sorted order of their path relative to the folder. Hidden files and folders (a leading
    dot, which also covers partial downloads) and multistream index files are left out.
    A path that does not exist is yielded as is, so the reader reports it.
    """
    for item in inputs:
        if item == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.is_file() and _wanted(p.relative_to(path))
            ]
            yield from sorted(found, key=lambda p: p.relative_to(path).as_posix())
        else:
            yield path


def _wanted(rel: Path) -> bool:
    if any(part.startswith(".") for part in rel.parts):
        return False
    name = rel.name.lower()
    if "-index.txt" in name:  # enwiki-...-multistream-index.txt.bz2
        return False
    return name.endswith(SUFFIXES)


def redirect_target(text: str) -> str | None:
    """The target of a ``#REDIRECT [[Target]]`` page, else None."""
    m = _REDIRECT.match(text)
    if not m:
        return None
    return canonical_title(m.group(1)) or m.group(1).strip() or None


def parse_header(text: str) -> tuple[dict[str, str], str]:
    """Split the leading ``<!-- key: value -->`` lines off the text.

    Returns the header (lowercase keys among ``HEADER_KEYS``) and the rest of the text.
    Only consecutive lines at the very start count; any other comment ends the header.
    """
    header: dict[str, str] = {}
    pos = 0
    while True:
        m = _HEADER_LINE.match(text, pos)
        if not m or m.end() == pos:
            break
        header.setdefault(m.group(1).lower(), m.group(2))
        pos = m.end()
    return header, text[pos:]


def format_header(title: str, revision: int | None, source: str, license: str) -> str:
    """The header ``kg fetch`` writes; ``parse_header`` reads it back."""
    lines = [f"<!-- title: {_comment_safe(title)} -->"]
    if revision is not None:
        lines.append(f"<!-- revision: {int(revision)} -->")
    if source:
        lines.append(f"<!-- source: {_comment_safe(source)} -->")
    if license:
        lines.append(f"<!-- license: {_comment_safe(license)} -->")
    return "\n".join(lines) + "\n"


def _comment_safe(value: str) -> str:
    return value.replace("--", "- -").replace("\n", " ")


def decode_wikitext(data: bytes, name: str) -> str:
    """Bytes of one article to text, or an InputError that names ``name``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotUtf8Error(
            f"{name}: file is UTF-16 encoded; save it as UTF-8 "
            f"(iconv -f UTF-16 -t UTF-8)", source=name
        )
    if not data.strip():
        raise NotWikitextError(f"{name}: empty file; it holds no wikitext", source=name)
    head = data[:_SNIFF]
    if head.startswith((b"\x1f\x8b", b"PK\x03\x04", b"BZh", b"\xfd7zXZ")):
        raise NotWikitextError(
            f"{name}: a compressed or archive file, not wikitext; decompress it first",
            source=name,
        )
    if b"\x00" in head:
        raise NotWikitextError(
            f"{name}: binary file (NUL bytes), not wikitext; give a .wiki file with the "
            f"article's source text",
            source=name,
        )
    control = sum(1 for b in head if b < 0x20 and b not in b"\t\n\r\f" or b == 0x7F)
    if control > len(head) * 0.05:
        raise NotWikitextError(
            f"{name}: mostly non-text bytes ({control} control bytes in the first "
            f"{len(head)}), not wikitext",
            source=name,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise NotUtf8Error(
            f"{name}: not UTF-8: byte 0x{data[err.start]:02x} at byte offset {err.start} "
            f"(line {line}); save the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)",
            source=name,
        ) from None
    text = text.removeprefix("\ufeff")
    stripped = text.lstrip()[:200].lower()
    if stripped.startswith(("<!doctype html", "<html")):
        raise NotWikitextError(
            f"{name}: an HTML page, not wikitext; save the article source instead "
            f"(kg fetch TITLE, or ?action=raw)",
            source=name,
        )
    return text


def page_from_text(text: str, name: str, default_title: str | None) -> Page:
    """Apply the header convention and the redirect check to decoded text."""
    header, body = parse_header(text)
    if not body.strip():
        raise NotWikitextError(
            f"{name}: empty file; it holds no wikitext after its header", source=name
        )
    title = default_title
    if header.get("title"):
        title = canonical_title(header["title"]) or header["title"].strip()
    if not title:
        raise InputError(
            f"{name}: no title; start the text with a '<!-- title: TITLE -->' line",
            source=name,
        )
    revision = None
    if header.get("revision"):
        try:
            revision = int(header["revision"])
        except ValueError:
            raise InputError(
                f"{name}: header 'revision: {header['revision']}' is not a number; "
                f"fix or remove that line",
                source=name,
            ) from None
    target = redirect_target(body)
    if target is not None:
        raise RedirectError(
            f"{name}: a redirect to \"{target}\", not an article; build \"{target}\" "
            f"instead (kg fetch \"{target}\")",
            source=name,
        )
    return Page(title=title, wikitext=body, revision=revision, source=name)


def read_wiki_file(path: str | Path) -> Page:
    """One article file as a ``Page``; raises an ``InputError`` subclass that names the file.

    The title comes from a ``<!-- title: ... -->`` header line when present, else from the
    file name (underscores read as spaces, first letter upper-cased, %XX decoded).
    """
    p = Path(path)
    name = str(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file; check the path", source=name) from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder, not a file", source=name) from None
    except PermissionError:
        raise InputError(f"{name}: permission denied; check the file's mode", source=name) from None
    except OSError as err:
        raise InputError(f"{name}: cannot read: {err.strerror or err}", source=name) from None
    text = decode_wikitext(data, name)
    stem = p.name
    for suffix in (".wikitext", ".wiki", ".txt"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    return page_from_text(text, name, title_from_filename(stem))


# Characters that cannot (or should not) appear in a file name on common file systems.
_UNSAFE = set('/\\:*?"<>|%')


def filename_for_title(title: str, suffix: str = ".wiki") -> str:
    """``Alibaba Group`` -> ``Alibaba_Group.wiki``; ``AC/DC`` -> ``AC%2FDC.wiki``.

    Spaces become underscores; ``/``, ``\\``, ``:``, ``*``, ``?``, ``"``, ``<``, ``>``,
    ``|``, ``%``, control characters and a leading dot are percent-encoded, so
    ``title_from_filename`` reads the same title back (the header states it too).
    """
    out = []
    for i, ch in enumerate(title.replace(" ", "_")):
        if ch in _UNSAFE or ord(ch) < 0x20 or (i == 0 and ch == "."):
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out) + suffix
