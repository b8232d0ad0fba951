"""MediaWiki XML dumps (``pages-articles.xml``, ``.xml.bz2``), streamed in constant memory.

Any export schema version works (0.3 to 0.11): the XML namespace is taken from the root
element. One ``Page`` per ``<page>``; in a history dump (several ``<revision>`` per page)
the last revision, the newest, is the one yielded. Each element is freed once read, so the
peak memory is about one page, whatever the size of the dump.

Wikimedia's ``*-multistream.xml.bz2`` files are many bzip2 streams laid end to end (the
first holds ``<siteinfo>``, then about 100 pages per stream), with an index beside them
(``*-multistream-index.txt.bz2``, lines ``offset:pageid:title``). ``bz2.open`` reads them as
one stream; ``iter_dump_parallel`` instead cuts the file at the index offsets and
decompresses and parses the streams in worker processes, yielding pages in dump order.
"""

from __future__ import annotations

import bz2
import gzip
import io
import re
import xml.etree.ElementTree as ET
from collections import Counter, deque
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError, NotWikitextError
from kg.processes import worker_context
from kg.sources.page import Page

from .files import redirect_target

# --------------------------------------------------------------------------- prefilter

SKIP_NAMESPACE = "namespace"
SKIP_REDIRECT = "redirect"
SKIP_NO_INFOBOX = "no company-like infobox"
SKIP_REASONS: tuple[str, ...] = (SKIP_NAMESPACE, SKIP_REDIRECT, SKIP_NO_INFOBOX)


@lru_cache(maxsize=1)
def company_infoboxes() -> tuple[str, ...]:
    """Infobox template names (lowercase, without "Infobox ") that mark a company-like page.

    The table is ``kg/data/company_infoboxes.txt``, one name per line.
    """
    text = resources.files("kg.data").joinpath("company_infoboxes.txt").read_text("utf-8")
    names = [line.strip().lower() for line in text.splitlines()]
    return tuple(n for n in names if n)


@lru_cache(maxsize=1)
def _infobox_regex() -> re.Pattern[str]:
    names = sorted(company_infoboxes(), key=len, reverse=True)
    alts = "|".join(r"[ _]+".join(re.escape(w) for w in n.split()) for n in names)
    # {{Infobox company |...  {{ infobox_Company\n  {{Template:Infobox bank}}
    return re.compile(
        r"\{\{\s*(?:template\s*:\s*)?infobox[ _]+(?:" + alts + r")\s*(?:\||\}\}|<!--)",
        re.IGNORECASE,
    )


def has_company_infobox(wikitext: str) -> bool:
    """True if the text calls one of the company-like infobox templates."""
    return _infobox_regex().search(wikitext) is not None


def prefilter(page: Page) -> str | None:
    """Why a page is not worth parsing (``SKIP_REASONS``), or None to keep it.

    Cheap checks only, in this order: not in the article namespace (0); a redirect; no
    company-like infobox (a regex over the raw text, see ``company_infoboxes``).
    """
    if page.namespace != 0:
        return SKIP_NAMESPACE
    if page.redirect is not None or redirect_target(page.wikitext[:512]) is not None:
        return SKIP_REDIRECT
    if not has_company_infobox(page.wikitext):
        return SKIP_NO_INFOBOX
    return None


def filter_pages(pages: Iterator[Page], skipped: Counter | None = None) -> Iterator[Page]:
    """Pages that pass ``prefilter``; the others are counted by reason in ``skipped``."""
    for page in pages:
        reason = prefilter(page)
        if reason is None:
            yield page
        elif skipped is not None:
            skipped[reason] += 1


# --------------------------------------------------------------------------- reading

BZ2_MAGIC = b"BZh"
GZIP_MAGIC = b"\x1f\x8b"


def is_dump_start(head: bytes) -> bool:
    """Do these first bytes look like a (possibly compressed) XML dump?"""
    if head.startswith((BZ2_MAGIC, GZIP_MAGIC)):
        return True
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith((b"<?xml", b"<mediawiki"))


def open_dump(source: str | Path | BinaryIO) -> BinaryIO:
    """A binary stream of XML: bz2 (multistream too) and gzip are decompressed on the fly."""
    if isinstance(source, (str, Path)):
        try:
            fh: BinaryIO = open(source, "rb")  # noqa: SIM115 - returned to the caller
        except FileNotFoundError:
            raise InputError(f"{source}: no such file; check the path", source=str(source)) from None
        except OSError as err:
            raise InputError(f"{source}: cannot read: {err.strerror or err}", source=str(source)) from None
        head = fh.read(4)
        fh.seek(0)
    else:
        fh = source
        head = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
    if head.startswith(BZ2_MAGIC):
        return bz2.open(fh, "rb")
    if head.startswith(GZIP_MAGIC):
        return gzip.open(fh, "rb")
    return fh


def iter_dump(source: str | Path | BinaryIO, *, name: str | None = None) -> Iterator[Page]:
    """Every page of a dump, in order (redirects and other namespaces included).

    ``source`` is a path (``.xml``, ``.xml.bz2``, ``.xml.gz``) or a binary stream. Errors
    (not XML, not a MediaWiki export, a truncated file) raise ``InputError`` naming the
    source, after the pages read so far were yielded.
    """
    label = name or (str(source) if isinstance(source, (str, Path)) else "<stdin>")
    stream = open_dump(source)
    try:
        yield from _parse(stream, label)
    finally:
        if isinstance(source, (str, Path)):
            stream.close()


def _parse(stream: BinaryIO, label: str, namespaces: dict[str, int] | None = None) -> Iterator[Page]:
    namespaces = dict(namespaces or {})
    root = None
    page_elem = None
    t: dict[str, str] = {}
    rev_id: str | None = None
    text: str | None = None
    try:
        for event, elem in ET.iterparse(stream, events=("start", "end")):
            if root is None:
                root = elem
                tag = elem.tag
                ns = tag[: tag.index("}") + 1] if tag.startswith("{") else ""
                if tag[len(ns) :] != "mediawiki":
                    raise NotWikitextError(
                        f"{label}: not a MediaWiki XML export (root element <{tag[len(ns):]}>)",
                        source=label,
                    )
                t = {k: ns + k for k in ("page", "revision", "siteinfo", "title", "ns", "id",
                                         "redirect", "text", "namespace", "namespaces")}
                continue
            if event == "start":
                if elem.tag == t["page"]:
                    page_elem = elem
                    rev_id, text = None, None
                continue
            tag = elem.tag
            if tag == t["revision"] and page_elem is not None:
                rev_id = elem.findtext(t["id"])
                text = elem.findtext(t["text"])
                page_elem.remove(elem)  # history dumps: keep one revision in memory
            elif tag == t["page"]:
                page = _make_page(elem, t, rev_id, text, namespaces, label)
                page_elem = None
                root.clear()
                yield page
            elif tag == t["siteinfo"]:
                for nse in elem.iter(t["namespace"]):
                    key = nse.get("key")
                    if key is not None and key.lstrip("-").isdigit() and nse.text:
                        namespaces[nse.text.strip()] = int(key)
                root.clear()
    except ET.ParseError as err:
        if root is None:
            raise NotWikitextError(f"{label}: not an XML dump ({err})", source=label) from None
        raise InputError(f"{label}: broken XML in the dump ({err}); the pages before it were read",
                         source=label) from None
    except EOFError:
        raise InputError(f"{label}: compressed file ends too early (truncated download?)",
                         source=label) from None
    except OSError as err:  # bz2/gzip: invalid data stream
        raise InputError(f"{label}: cannot decompress ({err})", source=label) from None


def _make_page(elem, t, rev_id, text, namespaces, label) -> Page:
    title = (elem.findtext(t["title"]) or "").strip()
    ns_text = elem.findtext(t["ns"])
    if ns_text is not None and ns_text.strip().lstrip("-").isdigit():
        namespace = int(ns_text)
    else:  # old schemas have no <ns>: use the title's prefix and <siteinfo>
        prefix, sep, _ = title.partition(":")
        namespace = namespaces.get(prefix, 0) if sep else 0
    wikitext = text or ""
    redirect = None
    red = elem.find(t["redirect"])
    if red is not None:
        redirect = red.get("title") or redirect_target(wikitext) or ""
    else:
        redirect = redirect_target(wikitext)
    revision = int(rev_id) if rev_id and rev_id.strip().isdigit() else None
    return Page(title=title, wikitext=wikitext, revision=revision, source=f"{label}#{title}",
                namespace=namespace, redirect=redirect)


# --------------------------------------------------------------------------- multistream

def find_multistream_index(path: str | Path) -> Path | None:
    """The index beside ``X-multistream.xml.bz2``: ``X-multistream-index.txt[.bz2]``."""
    p = Path(path)
    name = p.name
    for suffix in (".xml.bz2", ".bz2", ".xml"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    for candidate in (f"{name}-index.txt.bz2", f"{name}-index.txt"):
        q = p.with_name(candidate)
        if q.is_file():
            return q
    return None


def read_multistream_index(index: str | Path) -> list[int]:
    """Sorted distinct stream offsets from an index (``offset:pageid:title`` lines)."""
    p = Path(index)
    opener = bz2.open if p.read_bytes()[:3] == BZ2_MAGIC else open
    offsets: set[int] = set()
    with opener(p, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            head = line.split(":", 1)[0]
            if not head.isdigit():
                raise InputError(f"{p}: line {n} is not 'offset:pageid:title'", source=str(p))
            offsets.add(int(head))
    return sorted(offsets)


_ROOT_TAG = re.compile(rb"<mediawiki\b[^>]*>")
_NAMESPACE = re.compile(rb'<namespace\b[^>]*\bkey="(-?\d+)"[^>]*>([^<]+)</namespace>')


def iter_dump_parallel(
    path: str | Path,
    workers: int = 2,
    *,
    index: str | Path | None = None,
    use_prefilter: bool = False,
    skipped: Counter | None = None,
) -> Iterator[Page]:
    """The pages of a multistream ``.xml.bz2``, decompressed and parsed in ``workers`` processes.

    Yields the same pages in the same order as ``iter_dump(path)`` (or, with
    ``use_prefilter``, as ``filter_pages(iter_dump(path), skipped)``; filtering then happens
    in the workers so skipped pages never cross a process boundary). ``index`` defaults to
    the ``-index.txt.bz2`` file beside the dump; without one, or with ``workers <= 1``, the
    dump is read sequentially. At most ``2 * workers`` streams are in flight, so memory stays
    bounded when the consumer is slower than the workers.
    """
    p = Path(path)
    index_path = Path(index) if index else find_multistream_index(p)
    if index_path is None or workers <= 1:
        pages = iter_dump(p)
        yield from (filter_pages(pages, skipped) if use_prefilter else pages)
        return
    size = p.stat().st_size
    offsets = [o for o in read_multistream_index(index_path) if 0 < o < size]
    bounds = [0, *offsets, size]
    with open(p, "rb") as fh:
        raw = fh.read(bounds[1] - bounds[0])
    try:
        head = bz2.decompress(raw)
    except (OSError, ValueError, EOFError) as err:
        raise InputError(f"{p}: bytes 0-{bounds[1]} are not a bzip2 stream ({err}); does "
                         f"{index_path.name} belong to this dump?", source=str(p)) from None
    m = _ROOT_TAG.search(head)
    if m is None:
        raise InputError(f"{p}: the first stream holds no <mediawiki> element; is this a "
                         f"multistream dump?", source=str(p))
    namespaces = {name.decode("utf-8").strip(): int(key) for key, name in _NAMESPACE.findall(head)}
    tasks = [(str(p), a, b, m.group(0), namespaces, use_prefilter)
             for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    ctx = worker_context(preload=["kg.sources.dump"])
    todo = iter(tasks)
    with ctx.Pool(workers) as pool:
        pending = deque(pool.apply_async(_read_streams, (task,)) for task in islice(todo, 2 * workers))
        while pending:
            pages, reasons = pending.popleft().get()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(pool.apply_async(_read_streams, (nxt,)))
            if skipped is not None:
                skipped.update(reasons)
            yield from pages


def _read_streams(task) -> tuple[list[Page], Counter]:
    """Worker: decompress bytes [start, end) of the file and parse the pages in them."""
    path, start, end, root_tag, namespaces, use_prefilter = task
    with open(path, "rb") as fh:
        fh.seek(start)
        raw = fh.read(end - start)
    try:
        data = bz2.decompress(raw)
    except (OSError, ValueError, EOFError) as err:
        raise InputError(f"{path}: bytes {start}-{end} are not a bzip2 stream ({err}); "
                         f"does the index belong to this dump?", source=path) from None
    body = data.rstrip()
    if body.endswith(b"</mediawiki>"):
        body = body[: -len(b"</mediawiki>")]
    if not body.lstrip().startswith((b"<?xml", b"<mediawiki")):
        body = root_tag + body
    body += b"</mediawiki>"
    pages: list[Page] = []
    reasons: Counter = Counter()
    for page in _parse(io.BytesIO(body), path, namespaces):
        reason = prefilter(page) if use_prefilter else None
        if reason is None:
            pages.append(page)
        else:
            reasons[reason] += 1
    return pages, reasons
