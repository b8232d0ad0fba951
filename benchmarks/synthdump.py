"""A synthetic Wikipedia dump at a chosen size, for benchmarks and tests.

    python -m benchmarks.synthdump OUT-multistream.xml.bz2 --size 1G [--company-share 0.10]
    python -m benchmarks.synthdump OUT-multistream.xml.bz2 --companies 450

Written like Wikimedia's ``*-pages-articles-multistream.xml.bz2``: the header and
``<siteinfo>`` in the first bzip2 stream, then ``--per-stream`` pages per stream, then
``</mediawiki>``, with the ``-multistream-index.txt.bz2`` beside it (``offset:pageid:title``).

The pages are real text (the corpus copies in ``tests/fixtures``, CC BY-SA, see their
``SOURCES.md``):

* company articles: the fixture articles the pipeline builds, each copy under a new title
  ("IBM (copy 12)") with its own page id and revision;
* other articles: the real non-company pages of the fixture dumps (people, places, films,
  a disambiguation page) and the fixture articles without a company-like infobox;
* other namespaces: the same texts as Talk:, User:, Wikipedia:, Category: or Template:
  pages, plus the dump's own Category page;
* redirects: ``#REDIRECT [[...]]`` pages with ``<redirect title=...>`` to the company
  copies and to the other articles (about one per article, as in enwiki).

``--company-share`` is the share of the uncompressed bytes that company articles take; the
rest is split between other articles (70%) and other namespaces (30%). The output depends
only on the arguments: the same call writes the same bytes.
"""

from __future__ import annotations

import argparse
import bz2
import multiprocessing
import re
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html import escape, unescape
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "tests" / "fixtures"
ARTICLES = FIXTURES / "wikipedia"
DUMPS = [FIXTURES / "dumps" / "dbpedia_minidump_enwiki.xml.bz2",
         FIXTURES / "dumps" / "bliki_enwiki-20150112-pages-articles1.xml"]
HEADER_DUMP = DUMPS[0]  # its <siteinfo> lists enwiki's namespaces
OTHER_NAMESPACES = ((1, "Talk"), (2, "User"), (4, "Wikipedia"), (14, "Category"), (10, "Template"))
PER_STREAM = 100  # pages per bzip2 stream, as in Wikimedia's multistream dumps
TIMESTAMP = "2026-01-01T00:00:00Z"


@dataclass(frozen=True)
class Text:
    title: str
    wikitext: str
    namespace: int = 0


@dataclass
class Summary:
    path: Path
    index: Path
    xml_bytes: int
    pages: Counter  # by kind: company, article, namespace, redirect

    def line(self) -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.pages.items()))
        return (f"{self.path}: {self.xml_bytes / 1e6:.1f} MB of XML, {self.path.stat().st_size / 1e6:.1f} MB "
                f"bz2, {sum(self.pages.values())} pages ({kinds})")


def source_texts() -> tuple[list[Text], list[Text], list[Text]]:
    """(company articles, other articles, other-namespace pages) of the fixtures."""
    from kg.pipeline import process_page
    from kg.sources.dump import iter_dump, prefilter
    from kg.sources.files import read_wiki_file

    companies, articles, namespaced = [], [], []
    for path in sorted(ARTICLES.glob("*.wiki")):
        page = read_wiki_file(path)
        if prefilter(page) is None and process_page(page).error is None:
            companies.append(Text(page.title, page.wikitext))
        elif prefilter(page) is not None:
            articles.append(Text(page.title, page.wikitext))
    for dump in DUMPS:
        for page in iter_dump(dump):
            reason = prefilter(page)
            if reason == "namespace":
                namespaced.append(Text(page.title, page.wikitext, page.namespace))
            elif reason == "no company-like infobox":
                articles.append(Text(page.title, page.wikitext))
    return companies, articles, namespaced


def _page_xml(title: str, ns: int, page_id: int, text: str, redirect: str | None = None) -> bytes:
    red = f'    <redirect title="{escape(redirect)}" />\n' if redirect is not None else ""
    body = escape(text, quote=False)
    return (
        f"  <page>\n    <title>{escape(title, quote=False)}</title>\n    <ns>{ns}</ns>\n"
        f"    <id>{page_id}</id>\n{red}    <revision>\n      <id>{page_id + 100_000_000}</id>\n"
        f"      <timestamp>{TIMESTAMP}</timestamp>\n      <model>wikitext</model>\n"
        f"      <format>text/x-wiki</format>\n"
        f'      <text bytes="{len(text.encode("utf-8"))}" xml:space="preserve">{body}</text>\n'
        f"    </revision>\n  </page>\n"
    ).encode()


def generate_pages(size: int | None = None, companies: int | None = None,
                   company_share: float = 0.10) -> Iterator[tuple[str, str, bytes]]:
    """(kind, title, page XML) until ``size`` bytes of pages or ``companies`` company pages.

    Kinds are picked by deficit against their byte targets, so every prefix of the dump
    has about the chosen mix.
    """
    if (size is None) == (companies is None):
        raise ValueError("give size or companies")
    if not 0 < company_share <= 1:
        raise ValueError("company_share must be in (0, 1]")
    comp, arts, nss = source_texts()
    shares = {"company": company_share, "article": (1 - company_share) * 0.7,
              "namespace": (1 - company_share) * 0.3}
    written = Counter()
    count = Counter()
    redirect_debt = 0.0
    page_id = 10
    total = 0
    while True:
        if size is not None and total >= size:
            return
        if companies is not None and count["company"] >= companies:
            return
        target = _redirect_target(count, comp, arts) if redirect_debt >= 1 else None
        if target is not None:
            kind, ns, text, redirect = "redirect", 0, f"#REDIRECT [[{target}]]", target
            title = f"{target} (redirect {count['redirect']})"
            redirect_debt -= 1
        else:
            kind = min((k for k in shares if shares[k] > 0), key=lambda k: written[k] / shares[k])
            n = count[kind]
            redirect = None
            if kind == "company":
                src = comp[n % len(comp)]
                copy = n // len(comp)
                title, ns, text = (src.title if copy == 0 else f"{src.title} (copy {copy})"), 0, src.wikitext
            elif kind == "article":
                src = arts[n % len(arts)]
                copy = n // len(arts)
                title, ns, text = (src.title if copy == 0 else f"{src.title} (copy {copy})"), 0, src.wikitext
            else:
                src = nss[n % len(nss)] if n % 6 == 5 and nss else arts[n % len(arts)]
                ns, prefix = OTHER_NAMESPACES[n % len(OTHER_NAMESPACES)]
                if src.namespace:
                    ns, prefix = src.namespace, src.title.split(":", 1)[0]
                name = src.title.split(":", 1)[-1]
                title, text = f"{prefix}:{name} ({n})", src.wikitext
            redirect_debt += 1.0 if kind in ("company", "article") else 0.0
        page_id += 1
        xml = _page_xml(title, ns, page_id, text, redirect)
        written[kind] += len(xml)
        count[kind] += 1
        total += len(xml)
        yield kind, title, xml


def _redirect_target(count: Counter, comp: list[Text], arts: list[Text]) -> str | None:
    """A title written so far: every other redirect points to a company copy."""
    n = count["redirect"]
    pool, seen = (comp, count["company"]) if n % 2 == 0 and count["company"] else (arts, count["article"])
    if not seen:
        return None
    k = (n // 2) % seen
    src, copy = pool[k % len(pool)], k // len(pool)
    return src.title if copy == 0 else f"{src.title} (copy {copy})"


def split_header(dump: Path = HEADER_DUMP) -> tuple[bytes, bytes]:
    """The XML before the first ``<page>`` and after the last ``</page>`` of a dump."""
    xml = bz2.decompress(dump.read_bytes()) if dump.suffix == ".bz2" else dump.read_bytes()
    first = xml.index(b"<page>")
    first = xml.rindex(b"\n", 0, first) + 1
    last = xml.rindex(b"</page>") + len(b"</page>\n")
    return xml[:first], xml[last:]


_TITLE = re.compile(rb"<title>(.*?)</title>", re.S)
_ID = re.compile(rb"<id>(\d+)</id>")


def _compress(chunk: bytes) -> bytes:
    return bz2.compress(chunk, 9)


def write_multistream(path: Path, header: bytes, pages: Iterable[bytes], footer: bytes,
                      per_stream: int = PER_STREAM, workers: int = 1) -> tuple[Path, int]:
    """Write ``pages`` (page XML) as a multistream ``.xml.bz2`` and its index; returns the
    index path and the uncompressed size. Written to a temporary name, renamed at the end."""
    index = path.with_name(path.name.removesuffix(".xml.bz2") + "-index.txt.bz2")
    part = path.with_name(path.name + ".part")
    index_lines: list[bytes] = []
    xml_bytes = len(header) + len(footer)

    def streams() -> Iterator[bytes]:
        nonlocal xml_bytes
        group: list[bytes] = []
        for page in pages:
            group.append(page)
            xml_bytes += len(page)
            if len(group) == per_stream:
                yield b"".join(group)
                group = []
        if group:
            yield b"".join(group)

    with open(part, "wb") as out:
        out.write(bz2.compress(header, 9))

        def put(ids: list[tuple[bytes, bytes]], compressed: bytes) -> None:
            offset = out.tell()
            index_lines.extend(b"%d:%s:%s" % (offset, i, t) for i, t in ids)
            out.write(compressed)

        if workers > 1:
            with multiprocessing.get_context("spawn").Pool(workers) as pool:
                pending: deque = deque()
                for chunk in streams():  # at most 4 streams per worker in flight
                    pending.append((_ids_and_titles(chunk), pool.apply_async(_compress, (chunk,))))
                    if len(pending) >= 4 * workers:
                        ids, job = pending.popleft()
                        put(ids, job.get())
                while pending:
                    ids, job = pending.popleft()
                    put(ids, job.get())
        else:
            for chunk in streams():
                put(_ids_and_titles(chunk), _compress(chunk))
        out.write(bz2.compress(footer, 9))
    index.write_bytes(bz2.compress(b"\n".join(index_lines) + b"\n", 9))
    part.replace(path)
    return index, xml_bytes


def _ids_and_titles(chunk: bytes) -> list[tuple[bytes, bytes]]:
    out = []
    for page in chunk.split(b"</page>")[:-1]:
        title = _TITLE.search(page)
        name = unescape(title.group(1).decode("utf-8")).encode("utf-8")  # the index has plain titles
        out.append((_ID.search(page, title.end()).group(1), name))
    return out


def make_dump(path: str | Path, size: int | None = None, companies: int | None = None,
              company_share: float = 0.10, per_stream: int = PER_STREAM, workers: int = 1) -> Summary:
    """Write a synthetic multistream dump (see the module docstring) and its index."""
    path = Path(path)
    if not path.name.endswith(".xml.bz2"):
        raise ValueError(f"{path}: the name must end in .xml.bz2 (e.g. synth-multistream.xml.bz2)")
    header, footer = split_header()
    kinds: Counter = Counter()

    def pages() -> Iterator[bytes]:
        for kind, _title, xml in generate_pages(size, companies, company_share):
            kinds[kind] += 1
            yield xml

    index, xml_bytes = write_multistream(path, header, pages(), footer, per_stream, workers)
    return Summary(path, index, xml_bytes, kinds)


def parse_size(text: str) -> int:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*", text.lower())
    if not m:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size (e.g. 200M, 1G)")
    return int(float(m.group(1)) * {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[m.group(2)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synthdump", description=__doc__.split("\n\n")[0],
                                     epilog="example: python -m benchmarks.synthdump /tmp/synth-multistream.xml.bz2 --size 1G")
    parser.add_argument("output", type=Path, help="the dump to write (NAME-multistream.xml.bz2); the index goes beside it")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--size", type=parse_size, help="uncompressed size of the pages (e.g. 200M, 1G)")
    what.add_argument("--companies", type=int, help="stop after this many company articles")
    parser.add_argument("--company-share", type=float, default=0.10, help="share of the bytes in company articles (default 0.10)")
    parser.add_argument("--per-stream", type=int, default=PER_STREAM, help=f"pages per bzip2 stream (default {PER_STREAM})")
    parser.add_argument("--workers", type=int, default=2, help="processes compressing streams (default 2)")
    args = parser.parse_args(argv)
    try:
        summary = make_dump(args.output, args.size, args.companies, args.company_share, args.per_stream, args.workers)
    except ValueError as err:
        parser.error(str(err))
    print(summary.line(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
