"""Peak memory of streaming a dump as it grows."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import (
    bench,
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
        if proc.returncode not in (0, 3):  # 3: a partial build (some pages failed) is still a build
            raise RuntimeError(f"{target[:40]} {' '.join(argv)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
        return int(hwm.read_text()) / 1024, proc.stdout.decode()  # VmHWM is in kB


@bench("memory")
def bench_memory(args: argparse.Namespace) -> list[str]:
    """Peak RSS of a child process streaming a dump, and of a whole build, as the dump grows."""
    copies = size(args, "memory_copies")
    folder = workdir(args)
    base_rss, _ = peak_rss("-c", _BASELINE_CHILD)
    lines = [f"baseline: python + kg imports {base_rss:.0f} MB peak RSS"]
    stream: list[float] = []
    build: list[float] = []
    for c in copies:
        dump = make_multistream(folder, c)
        xml_mb = c * 1.55
        rss_s, out = peak_rss("-c", _STREAM_CHILD, str(dump))
        kept = out.strip()
        out_path = folder / f"memory{c}.nq"
        rss_b, _ = peak_rss("-m", "kg.cli", "build", str(dump), "-o", str(out_path), "--extractors", "infobox", "-q")
        stream.append(rss_s)
        build.append(rss_b)
        lines.append(
            f"{c // copies[0]:>2}x ({xml_mb:6.1f} MB XML, {kept} pages kept): streaming {rss_s:6.1f} MB, "
            f"whole build {rss_b:6.1f} MB ({out_path.stat().st_size / 1e6:.1f} MB of N-Quads)"
        )
    n = copies[-1] // copies[0]
    g_stream = stream[-1] / stream[0]
    g_build = build[-1] / build[0]
    g_build_net = (build[-1] - base_rss) / max(1.0, build[0] - base_rss)
    lines += [
        f"growth {n}x input, source streaming (iter_pages): {g_stream:.2f}x peak RSS (goal <= 1.10x, flat) "
        f"{verdict(g_stream, 1.1, higher_is_better=False)}",
        f"growth {n}x input, whole kg build -o .nq: {g_build:.2f}x peak RSS, {g_build_net:.2f}x above the "
        f"baseline (goal <= 1.10x, flat) {verdict(g_build, 1.1, higher_is_better=False)}",
    ]
    return lines
