"""Scanning a multistream dump against plain bz2 decompression of the same bytes."""

from __future__ import annotations

import argparse
import bz2
import re
import time
from pathlib import Path

from benchmarks.common import (
    MINIDUMP,
    bench,
    interleaved,
    size,
    verdict,
    workdir,
)
from benchmarks.synthdump import write_multistream

# =========================================================================== dumps


def _split_minidump() -> tuple[bytes, list[bytes], bytes]:
    xml = bz2.decompress(MINIDUMP.read_bytes())
    first = xml.index(b"<page>")
    first = xml.rindex(b"\n", 0, first) + 1
    last = xml.rindex(b"</page>") + len(b"</page>\n")
    pages = re.findall(rb"[ \t]*<page>.*?</page>\n", xml[first:last], re.S)
    return xml[:first], pages, xml[last:]


_TITLE = re.compile(rb"<title>(.*?)</title>", re.S)


def make_multistream(folder: Path, copies: int, per_stream: int = 100) -> Path:
    """A Wikimedia-style multistream dump of ``copies`` copies of the minidump, with its index.

    The first bzip2 stream holds the header and ``<siteinfo>``, then ``per_stream`` pages per
    stream, then a last stream with ``</mediawiki>``. Copies get distinct titles.
    """
    path = folder / f"bench{copies}-multistream.xml.bz2"
    if path.exists():
        return path
    header, pages, footer = _split_minidump()

    def copied():
        for k in range(copies):
            for page in pages:
                if k:
                    page = _TITLE.sub(lambda m, k=k: b"<title>" + m.group(1) + b" (copy %d)</title>" % k, page, count=1)
                yield page

    write_multistream(path, header, copied(), footer, per_stream)
    return path


@bench("dump")
def bench_dump(args: argparse.Namespace) -> list[str]:
    """Scanning a bz2 multistream dump (iter_dump + prefilter) vs plain bz2 decompression."""
    from kg.sources.dump import filter_pages, iter_dump, iter_dump_parallel

    copies = size(args, "dump_copies")
    t0 = time.perf_counter()
    path = make_multistream(workdir(args), copies)
    t_make = time.perf_counter() - t0
    with bz2.open(path, "rb") as fh:
        xml_bytes = sum(len(b) for b in iter(lambda: fh.read(1 << 20), b""))
    counts: dict[str, int] = {}

    def plain_bz2():
        with bz2.open(path, "rb") as fh:
            while fh.read(1 << 20):
                pass

    def scan():
        counts["scan"] = sum(1 for _ in filter_pages(iter_dump(path)))

    def parallel():
        counts["parallel"] = sum(1 for _ in iter_dump_parallel(path, 2, use_prefilter=True))

    t = interleaved(args.rounds, bz2=plain_bz2, scan=scan, parallel=parallel)
    mb = xml_bytes / 1e6
    r_scan = t["bz2"] / t["scan"]
    r_par = t["bz2"] / t["parallel"]
    same = "same pages" if counts.get("scan") == counts.get("parallel") else "DIFFERENT PAGE COUNTS"
    return [
        f"dump: {copies} copies of {MINIDUMP.name}: {path.stat().st_size / 1e6:.1f} MB bz2, {mb:.1f} MB XML, "
        f"{copies * 27} pages, {counts.get('scan')} kept by the prefilter ({same}); generated in {t_make:.1f} s",
        f"plain bz2 decompression          {mb / t['bz2']:7.1f} MB/s of XML",
        f"iter_dump + prefilter            {mb / t['scan']:7.1f} MB/s of XML",
        f"iter_dump_parallel, 2 workers    {mb / t['parallel']:7.1f} MB/s of XML (multistream index present)",
        f"ratio iter_dump+prefilter / plain bz2 throughput: {r_scan:.2f}x (goal >= 0.80x) {verdict(r_scan, 0.8)}",
        f"ratio iter_dump_parallel(2) / plain bz2 throughput: {r_par:.2f}x (floor measured before: ~2.1x)",
    ]
