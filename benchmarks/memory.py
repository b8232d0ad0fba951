"""Peak memory of streaming a dump, and of whole builds to a file and to a store, as it grows."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import (
    bench,
    loadavg,
    size,
    verdict,
    workdir,
)
from benchmarks.dump import make_multistream

# =========================================================================== memory

_STREAM_CHILD = """
import sys
from kg.sources import iter_pages
n = sum(1 for _ in iter_pages([sys.argv[1]]))
print(n)
"""
_BASELINE_CHILD = "import kg.sources, kg.sources.dump, kg.pipeline, kg.build, kg.cli"


# A child's ru_maxrss (wait4, RUSAGE_CHILDREN) includes the RSS of the parent it was forked
# from, so a big benchmark process would hide the child's own peak. The child reports its own
# high-water mark instead: VmHWM of /proc/self/status, reset by exec.
_HWM_WRAPPER = """
import atexit, os, runpy, sys
def _report():
    with open("/proc/self/status") as status:
        hwm = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    with open(os.environ["KG_BENCH_HWM"], "w") as out:
        out.write(hwm)
atexit.register(_report)
mode, target = sys.argv[1], sys.argv[2]
sys.argv = [target, *sys.argv[3:]]
if mode == "-m":
    runpy.run_module(target, run_name="__main__", alter_sys=True)
else:
    exec(compile(target, "<bench child>", "exec"), {"__name__": "__main__"})
"""


def peak_rss(mode: str, target: str, *argv: str) -> tuple[float, str]:
    """Run ``python -m target argv`` or ``python -c target argv`` to its end in a child
    process: its own peak RSS in MB and its stdout."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-rss-") as d:
        hwm = Path(d) / "hwm"
        env = {**os.environ, "KG_BENCH_HWM": str(hwm)}
        proc = subprocess.run([sys.executable, "-c", _HWM_WRAPPER, mode, target, *argv],
                              capture_output=True, env=env, check=False)
        _LAST_STDERR[0] = proc.stderr.decode(errors="replace").strip().splitlines()[-1] if proc.stderr.strip() else ""
        if proc.returncode not in (0, 4):  # 4: a partial build (some pages failed) is still a build
            raise RuntimeError(f"{target[:40]} {' '.join(argv)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
        return int(hwm.read_text()) / 1024, proc.stdout.decode()  # VmHWM is in kB


def synthetic_dump(folder: Path, companies: int, share: float, name: str = "synth") -> Path:
    """A synthetic multistream dump (benchmarks/synthdump.py), made once per benchmark run."""
    from benchmarks.synthdump import make_dump

    path = folder / f"{name}-{companies}-{share:g}-multistream.xml.bz2"
    if not path.exists():
        make_dump(path, companies=companies, company_share=share, workers=2)
    return path


def build_rss(dump: Path, out: list[str], workers: int = 2) -> tuple[float, str]:
    """Peak RSS (MB) of the main process of ``kg build DUMP OUT... --workers N`` (the workers
    are separate processes with their own, constant, peak) and its summary line."""
    rss, _ = peak_rss("-m", "kg.cli", "build", str(dump), *out, "--workers", str(workers))
    return rss, _LAST_STDERR[0]


_LAST_STDERR = [""]


def _quads(summary: str) -> int:
    m = re.search(r"(\d+) quads", summary)
    return int(m.group(1)) if m else 0


def _dir_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


@bench("memory")
def bench_memory(args: argparse.Namespace) -> list[str]:
    """Peak RSS of streaming a dump, and of whole builds (-o .nq and --store) as the dump grows."""
    copies = size(args, "memory_copies")
    folder = workdir(args)
    base_rss, _ = peak_rss("-c", _BASELINE_CHILD)
    lines = [f"baseline: python + kg imports {base_rss:.0f} MB peak RSS; {loadavg()}"]
    stream: list[float] = []
    for c in copies:
        dump = make_multistream(folder, c)
        rss_s, out = peak_rss("-c", _STREAM_CHILD, str(dump))
        stream.append(rss_s)
        lines.append(f"streaming {c // copies[0]:>2}x ({c * 1.55:6.1f} MB XML, {out.strip()} pages kept): {rss_s:6.1f} MB")
    n = copies[-1] // copies[0]
    g_stream = stream[-1] / stream[0]
    lines.append(f"growth {n}x input, source streaming (iter_pages): {g_stream:.2f}x peak RSS (goal <= 1.10x, flat) "
                 f"{verdict(g_stream, 1.1, higher_is_better=False)}")

    # whole builds of synthetic dumps: 1x = ``memory_companies`` company articles
    unit = size(args, "memory_companies")
    multiples = size(args, "memory_multiples")
    share = 0.5  # half of the XML is company articles: the rest only costs decompression here
    files: list[float] = []
    stores: list[float] = []
    for m in multiples:
        dump = synthetic_dump(folder, max(1, round(unit * m)), share)
        nq = folder / f"memory-{m:g}.nq"
        store = folder / f"memory-{m:g}.store"
        rss_f, summary_f = build_rss(dump, ["-o", str(nq)])
        t0 = time.perf_counter()
        rss_st, summary_st = build_rss(dump, ["--store", str(store)])
        t_store = time.perf_counter() - t0
        quads = _quads(summary_st)
        disk = _dir_bytes(store)
        files.append(rss_f)
        stores.append(rss_st)
        t0 = time.perf_counter()
        rss_re, _ = build_rss(dump, ["--store", str(store)])
        t_re = time.perf_counter() - t0
        lines.append(
            f"build {m:g}x ({round(unit * m)} company pages, {quads} quads, {dump.stat().st_size / 1e6:.0f} MB bz2): "
            f"-o .nq {rss_f:6.1f} MB; --store {rss_st:6.1f} MB in {t_store:.0f} s, {disk / 1e6:.1f} MB on disk = "
            f"{disk / max(1, quads):.0f} bytes per quad; rebuild with nothing changed {rss_re:.0f} MB in {t_re:.1f} s"
        )
        shutil.rmtree(store, ignore_errors=True)
        nq.unlink(missing_ok=True)
    k = multiples[-1] / multiples[0]
    g_file = files[-1] / files[0]
    g_store = stores[-1] / stores[0]
    per_quad = disk / max(1, quads)
    lines += [
        f"growth {k:g}x input, whole kg build -o .nq --workers 2: {g_file:.2f}x peak RSS (goal <= 1.30x, flat) "
        f"{verdict(g_file, 1.3, higher_is_better=False)}",
        f"growth {k:g}x input, whole kg build --store --workers 2: {g_store:.2f}x peak RSS (goal <= 1.30x, flat) "
        f"{verdict(g_store, 1.3, higher_is_better=False)}",
        f"store on disk at {multiples[-1]:g}x: {per_quad:.0f} bytes per quad (goal <= 250) "
        f"{verdict(per_quad, 250, higher_is_better=False)}",
    ]
    return lines
