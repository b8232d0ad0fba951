"""Sources yield ``Page`` objects: a title, a revision when known and the raw wikitext.

Sources do the I/O (files, folders, stdin, XML dumps, the MediaWiki API); everything after a
``Page`` is pure.
"""

from __future__ import annotations

import io
import sys
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from kg.errors import InputError
from kg.sources.dump import filter_pages, is_dump_start, iter_dump, iter_dump_parallel
from kg.sources.files import decode_wikitext, iter_paths, page_from_text, read_wiki_file
from kg.sources.page import Page, SourceReport

__all__ = ["Page", "SourceReport", "iter_pages"]


def iter_pages(
    inputs: list[str],
    *,
    prefilter: bool = True,
    report: SourceReport | None = None,
    stdin: BinaryIO | None = None,
    stdin_title: str | None = None,
    workers: int = 1,
) -> Iterator[Page]:
    """Pages from files, folders, XML dumps and stdin (``-``), in input order.

    An article file (``.wiki``, ``.wikitext``, ``.txt`` or any other name given explicitly) is
    one page; a dump (``.xml``, ``.xml.bz2``, or any file whose bytes start like one) is many.
    Dumps are recognised by content, not only by name. With ``prefilter`` the pages of a
    dump that are in another namespace, redirects or lack a company-like infobox are
    skipped and counted by reason; article files are always yielded (they were chosen by
    hand) and a redirect file is an error. ``workers > 1`` reads multistream dumps that
    have an index beside them in that many processes.

    Errors of one input (missing, not UTF-8, binary, empty, redirect, broken dump) are
    recorded in ``report`` and the next input is read: nothing is raised for one bad file.
    Without a ``report`` they are collected in a throwaway one.
    """
    report = report if report is not None else SourceReport()

    def dump_pages(pages: Iterator[Page]) -> Iterator[Page]:
        for page in pages:
            report.pages_seen += 1
            yield page

    for item in inputs:
        paths = list(iter_paths([item]))
        if not paths and item != "-":
            report.error(item, f"{item}: folder holds no .wiki, .wikitext, .txt, .xml or .bz2 files")
            continue
        for path in paths:
            name = "<stdin>" if path == "-" else str(path)
            try:
                if path == "-":
                    stream = stdin if stdin is not None else sys.stdin.buffer
                    if not hasattr(stream, "peek"):
                        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
                    head = stream.peek(512)[:512]
                    if is_dump_start(head):
                        pages = dump_pages(iter_dump(stream, name=name))
                    else:
                        text = decode_wikitext(stream.read(), name)
                        page = page_from_text(text, name, stdin_title)
                        report.pages_seen += 1
                        report.pages_yielded += 1
                        yield page
                        continue
                else:
                    with open(path, "rb") as fh:
                        head = fh.read(512)
                    if not is_dump_start(head):
                        page = read_wiki_file(path)
                        report.pages_seen += 1
                        report.pages_yielded += 1
                        yield page
                        continue
                    if workers > 1:
                        # the workers apply the prefilter themselves and count the skips
                        local: Counter = Counter()
                        n = 0
                        try:
                            for page in iter_dump_parallel(path, workers, use_prefilter=prefilter,
                                                           skipped=local):
                                n += 1
                                report.pages_yielded += 1
                                yield page
                        finally:
                            report.skipped.update(local)
                            report.pages_seen += n + sum(local.values())
                        continue
                    pages = dump_pages(iter_dump(path))
                if prefilter:
                    pages = filter_pages(pages, report.skipped)
                for page in pages:
                    report.pages_yielded += 1
                    yield page
            except FileNotFoundError:
                report.error(name, f"{name}: no such file; check the path")
            except IsADirectoryError:
                report.error(name, f"{name}: is a folder, not a file")
            except InputError as err:
                report.error(err.source or name, str(err))
            except OSError as err:
                report.error(name, f"{name}: cannot read: {err.strerror or err}")
