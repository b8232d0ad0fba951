"""The whole ``kg build`` of a dump against the physical limit: decompressing the same dump."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.bz2streams import decompress_streams
from benchmarks.common import bench, interleaved, loadavg, size, verdict, workdir
from benchmarks.workers import cpu_ceiling

# Assumptions of the projection to the full English Wikipedia dump (stated in the output).
ENWIKI_XML_BYTES = 100e9  # pages-articles-multistream: ~24 GB of bz2, ~100 GB of XML
ENWIKI_COMPANIES = 100_000  # pages with a company-like infobox
# share of the XML in company articles: 100,000 pages of the corpus' average size (~42 KB of
# wikitext, as the 90 million quads assume) in ~100 GB
ENWIKI_COMPANY_SHARE = 0.04


def decompress_parallel(path: Path, workers: int = 2) -> int:
    """Python's bz2 over the multistream index in ``workers`` processes: bytes of XML."""
    from kg.processes import worker_context
    from kg.sources.dump import find_multistream_index, read_multistream_index

    end = path.stat().st_size
    offsets = [0, *(o for o in read_multistream_index(find_multistream_index(path)) if 0 < o < end), end]
    per_task = max(1, len(offsets) // (8 * workers))  # many streams per task, 8 tasks per process
    tasks = [(str(path), offsets[i: i + per_task + 1]) for i in range(0, len(offsets) - 1, per_task)]
    with worker_context().Pool(workers) as pool:
        return sum(pool.imap(decompress_streams, tasks))


def run_build(dump: Path, out: Path, workers: int) -> str:
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(dump), "-o", str(out), "--workers", str(workers)],
                          capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 4):
        raise RuntimeError(f"kg build failed ({proc.returncode}): {proc.stderr[-500:]}")
    return proc.stderr.strip().splitlines()[-1]


@bench("dumpbuild")
def bench_dumpbuild(args: argparse.Namespace) -> list[str]:
    """kg build DUMP -o out.nq (2 workers) vs decompressing the dump on the same 2 cores; 1 vs 2 workers."""
    from benchmarks.synthdump import make_dump

    folder = workdir(args)
    mb = size(args, "build_mb")
    path = folder / f"dumpbuild-{mb}-multistream.xml.bz2"
    summary = make_dump(path, size=int(mb * 1e6), company_share=ENWIKI_COMPANY_SHARE, workers=2)
    xml_mb = summary.xml_bytes / 1e6
    companies = summary.pages["company"]
    out = folder / "dumpbuild.nq"
    lines_box: dict[str, str] = {}
    lbzip2 = shutil.which("lbzip2")

    fns = {
        "decompress": lambda: decompress_parallel(path, 2),
        "build2": lambda: lines_box.__setitem__("2", run_build(path, out, 2)),
        "build1": lambda: lines_box.__setitem__("1", run_build(path, out, 1)),
    }
    def reader():
        from kg.sources import iter_pages

        lines_box["kept"] = str(sum(1 for _ in iter_pages([str(path)], workers=2)))

    fns["reader"] = reader  # decompression + XML + prefilter, 2 processes, no page work
    if lbzip2:
        fns["lbzip2"] = lambda: subprocess.run([lbzip2, "-d", "-c", "-n", "2", str(path)], stdout=subprocess.DEVNULL, check=True)
    before = loadavg()
    rounds = max(1, min(args.rounds, size(args, "build_rounds")))
    t = interleaved(rounds, **fns)
    after = loadavg()
    ceiling = cpu_ceiling(max(3, rounds))
    ratio = t["decompress"] / t["build2"]
    speedup = t["build1"] / t["build2"]
    rate = xml_mb / t["build2"]  # MB of XML per second, whole build, 2 workers
    hours = ENWIKI_XML_BYTES / 1e6 / rate / 3600
    pages_rate = companies / t["build2"]
    out.unlink(missing_ok=True)
    lines = [
        f"dump: {summary.line().split(': ', 1)[1]}; company articles {ENWIKI_COMPANY_SHARE:.0%} of the XML "
        f"(enwiki's share by the assumptions below); {os.cpu_count()} CPUs; {before} before, {after} after",
        f"decompression, Python bz2 over the index in 2 processes {xml_mb / t['decompress']:7.1f} MB/s of XML ({t['decompress']:.1f} s)",
    ]
    if lbzip2:
        lines.append(f"decompression, lbzip2 -d -n 2                        {xml_mb / t['lbzip2']:7.1f} MB/s of XML ({t['lbzip2']:.1f} s)")
    lines += [
        f"the build's dump reader alone (2 processes, prefilter) {xml_mb / t['reader']:7.1f} MB/s of XML ({t['reader']:.1f} s; "
        f"{lines_box.get('kept')} pages kept): the rest of the build is the company pages",
        f"kg build -o out.nq --workers 2                        {rate:7.1f} MB/s of XML ({t['build2']:.1f} s; {pages_rate:.1f} company pages/s)",
        f"kg build -o out.nq, 1 process                         {xml_mb / t['build1']:7.1f} MB/s of XML ({t['build1']:.1f} s)",
        f"summary of the 2-worker build: {lines_box.get('2', '')}",
        f"ratio kg build (2 workers) / decompression (2 processes) throughput: {ratio:.2f}x (goal >= 0.70x) {verdict(ratio, 0.7)}",
        f"speed-up 2 workers / 1 process on the dump: {speedup:.2f}x (goal >= 1.80x) {verdict(speedup, 1.8)}",
        f"control: a pure-Python loop in 2 processes vs 1, same run: {ceiling:.2f}x (the machine's ceiling now); "
        f"the dump build reaches {100 * speedup / ceiling:.0f}% of it",
        f"projection, full English Wikipedia dump: {hours:.1f} h on these 2 cores at {rate:.1f} MB/s of XML "
        f"(assumes {ENWIKI_XML_BYTES / 1e9:.0f} GB of XML, {ENWIKI_COMPANIES:,} company pages = "
        f"{ENWIKI_COMPANY_SHARE:.0%} of it, the corpus' mix of article sizes, this run's load)",
        f"projection, decompression alone on the same cores: {ENWIKI_XML_BYTES / 1e6 / (xml_mb / t['decompress']) / 3600:.1f} h",
    ]
    return lines
