"""Worker processes against one process, with a CPU-ceiling control measured in the same run."""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import multiprocessing
import os
import pickle
import pstats
import statistics
import time

from benchmarks.common import (
    bench,
    good_pages,
    interleaved,
    loadavg,
    size,
    timed,
    verdict,
)
from kg.graph.sinks import new_spool
from kg.pipeline import Options
from kg.sources import Page

# =========================================================================== workers


def replicate_pages(pages: list[Page], n: int) -> list[Page]:
    """``n`` pages cycling through ``pages``; copies get distinct titles ("IBM (copy 3)")."""
    out: list[Page] = []
    k = 0
    while len(out) < n:
        for p in pages:
            if len(out) == n:
                break
            if k == 0:
                out.append(p)
            else:
                title = f"{p.title} (copy {k})"
                out.append(dataclasses.replace(p, title=title, source=f"{p.source}#copy{k}"))
        k += 1
    return out


def simulate_pool(costs: list[float], workers: int, batch: int) -> float:
    """Makespan of ordered batches handed to the first free worker (what Pool.imap does)."""
    free = [0.0] * workers
    for i in range(0, len(costs), batch):
        w = free.index(min(free))
        free[w] += sum(costs[i : i + batch])
    return max(free)


@bench("workers")
def bench_workers(args: argparse.Namespace) -> list[str]:
    """The per-page pipeline in 1 process vs 2 through kg.engines.run(..., workers=2)."""
    from kg import engines

    base = good_pages(args)
    pages = replicate_pages(base, size(args, "workers_pages"))
    nbytes = sum(len(p.wikitext.encode("utf-8")) for p in pages)
    options = Options()
    rounds = max(1, min(args.rounds, size(args, "workers_rounds")))
    page_costs: list[float] = [0.0] * len(pages)
    main_cpu: list[float] = []
    results_box: list = []

    def serial():
        t = time.perf_counter()
        results = []
        for i, res in enumerate(engines.run(pages, options, workers=1)):
            now = time.perf_counter()
            page_costs[i] = now - t if page_costs[i] == 0.0 else min(page_costs[i], now - t)
            t = now
            results.append(res)
        results_box[:] = [results]

    def parallel():
        c0 = time.process_time()
        for _ in engines.run(pages, options, workers=2):
            pass
        main_cpu.append(time.process_time() - c0)

    before = loadavg()
    t = interleaved(rounds, serial=serial, parallel=parallel)
    after = loadavg()
    speedup = t["serial"] / t["parallel"]

    # -------- where the time goes in the 2-process run
    tiny = sorted(base, key=lambda p: len(p.wikitext))[:2]
    t_tiny_serial = statistics.median(timed(lambda: list(engines.run(tiny, options, workers=1))) for _ in range(rounds))
    startup = statistics.median(timed(lambda: list(engines.run(tiny, options, workers=2))) for _ in range(rounds))
    startup = max(0.0, startup - t_tiny_serial / 2)
    results = results_box[0]
    t0 = time.perf_counter()
    blob = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
    pickle.loads(blob)
    t_pickle = time.perf_counter() - t0
    t_collect = timed(lambda: main_side(results))
    batch = max(1, min(engines.DEFAULT_BATCH, 8))  # what engines._run_pool uses today
    ideal = sum(page_costs) / 2
    makespan = simulate_pool(page_costs, 2, batch)
    best_batch = min((1, 2, 4, 8, 16), key=lambda b: simulate_pool(page_costs, 2, b))
    profile_line = _profile_parallel(pages[: max(2, len(pages) // 4)], options)
    ceiling = cpu_ceiling(max(3, rounds))
    mb = nbytes / 1e6
    cpu = statistics.median(main_cpu) if main_cpu else 0.0
    return [
        f"corpus: {len(pages)} pages ({len(base)} articles replicated with distinct titles), {mb:.2f} MB; "
        f"{os.cpu_count()} CPUs; {before} before, {after} after",
        f"1 process       {mb / t['serial']:7.2f} MB/s  {len(pages) / t['serial']:7.1f} pages/s  ({t['serial']:.1f} s)",
        f"2 processes     {mb / t['parallel']:7.2f} MB/s  {len(pages) / t['parallel']:7.1f} pages/s  ({t['parallel']:.1f} s)",
        f"speed-up 2 processes / 1 process: {speedup:.2f}x (goal >= 1.80x) {verdict(speedup, 1.8)}",
        f"control: a pure-Python loop in 2 processes vs 1, same run: {ceiling:.2f}x (the machine's ceiling now); "
        f"kg reaches {100 * speedup / ceiling:.0f}% of it",
        f"pool start-up and shut-down: {startup:.2f} s = {100 * startup / t['parallel']:.1f}% of the 2-process run",
        f"load imbalance, simulated from per-page times (batches of {batch}): makespan {makespan:.1f} s vs "
        f"ideal {ideal:.1f} s = {100 * (makespan / ideal - 1):.1f}% (best batch size here: {best_batch})",
        f"main process CPU during the 2-process run: {cpu:.2f} s = {100 * cpu / t['parallel']:.1f}% of its wall time",
        f"results pickled: {len(blob) / 1e6:.2f} MB, pickle+unpickle {t_pickle:.3f} s = "
        f"{100 * t_pickle / t['parallel']:.1f}% of the 2-process run",
        f"kg.build.collect + merged N-Quads of the results (main process, serial): {t_collect:.2f} s = "
        f"{100 * t_collect / t['parallel']:.1f}% of the 2-process run",
        f"main process profile, top by own time: {profile_line}",
    ]


def main_side(results) -> None:
    """What ``kg build`` does with the results in the main process: collect them, write N-Quads."""
    import inspect

    from kg import build
    from kg.pipeline import BuildReport

    if "spool" not in inspect.signature(build.collect).parameters:  # the older, in-memory build
        build.collect(results, BuildReport(), quiet=True)
        return

    with new_spool("nq") as spool:
        build.collect(results, BuildReport(), spool, quiet=True)
        for _ in spool.merged():
            pass


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def cpu_ceiling(rounds: int, n: int = 3_000_000) -> float:
    """The machine's own 2-process speed-up right now: a pure-Python loop run twice in this
    process vs once in each of 2 already started worker processes."""
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(2) as pool:
        pool.map(_spin, [1, 1])
        t = interleaved(rounds, one=lambda: [_spin(n), _spin(n)], two=lambda: pool.map(_spin, [n, n], chunksize=1))
    return t["one"] / t["two"]


def _profile_parallel(pages: list[Page], options: Options) -> str:
    from kg import engines

    prof = cProfile.Profile()
    prof.enable()
    for _ in engines.run(pages, options, workers=2):
        pass
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:3]  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.stats.values()) or 1.0  # type: ignore[attr-defined]
    return "; ".join(f"{fn[2]} {100 * v[2] / total:.0f}%" for fn, v in rows)
