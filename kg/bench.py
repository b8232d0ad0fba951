"""``make bench``: throughput and latency measured as ratios within the same run.

These machines are shared and noisy, so every number that matters is a ratio of two
measurements taken in the same process, interleaved round by round, and the median of the
rounds is reported. Run ``python -m kg.bench --help`` for options; ``docs/benchmarks.md``
describes each benchmark and the last results.
"""

from __future__ import annotations

import argparse
import bz2
import cProfile
import dataclasses
import gc
import io
import multiprocessing
import os
import pickle
import pstats
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import mwparserfromhell

from kg.extractors import DEFAULT_EXTRACTORS
from kg.pipeline import Options, process_page
from kg.sinks import new_spool, write_spool
from kg.sources import Page
from kg.sources.files import read_wiki_file

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = [HERE.parent / "tests" / "fixtures" / "wikipedia", HERE.parent.parent / "shared" / "corpus" / "wikipedia"]
MINIDUMP = HERE.parent / "tests" / "fixtures" / "dumps" / "dbpedia_minidump_enwiki.xml.bz2"

BENCHES: dict[str, Callable[[argparse.Namespace], list[str]]] = {}

# Sizes of the full run and of ``--quick`` (a smoke run: every code path, tiny inputs).
SIZES: dict[str, tuple[object, object]] = {
    "workers_pages": (210, 8),  # replicated fixture articles, distinct titles
    "workers_rounds": (3, 1),  # at most this many rounds (one serial round is ~1-2 min)
    "dump_copies": (32, 2),  # copies of the 1.55 MB minidump XML: 32 -> 49.6 MB
    "memory_copies": ((2, 8, 32), (1, 2, 4)),  # 1x, 4x, 16x
    "companies": (100_000, 2_000),  # synthetic graph for the query benchmark
    "rdflib_companies": (10_000, 500),  # the subset rdflib is measured on
    "lookups": (100, 10),  # random companies for the entity lookup
    "query_companies": (20, 3),  # companies each parameterised query runs for
    "rdflib_companies_per_query": (3, 1),
    "rdflib_timeout": (30.0, 20.0),  # seconds per rdflib query execution
}


def size(args: argparse.Namespace, key: str):
    full, quick = SIZES[key]
    return quick if getattr(args, "quick", False) else full


def bench(name: str):
    def register(fn):
        BENCHES[name] = fn
        return fn

    return register


def corpus_pages(folder: Path | None) -> list[Page]:
    folders = [folder] if folder else DEFAULT_CORPUS
    for f in folders:
        if f and f.is_dir():
            pages = []
            for path in sorted(f.glob("*.wiki")):
                try:
                    pages.append(read_wiki_file(path))
                except Exception:  # noqa: BLE001 - a benchmark skips unusable files
                    continue
            return pages
    raise SystemExit("kg bench: no corpus found; pass --corpus DIR")


def good_pages(args: argparse.Namespace) -> list[Page]:
    """The corpus articles the pipeline builds without error; with --quick the 4 smallest."""
    pages = [p for p in corpus_pages(args.corpus) if process_page(p).error is None]
    if getattr(args, "quick", False):
        pages = sorted(pages, key=lambda p: len(p.wikitext))[:4]
    return pages


def _timed(fn: Callable[[], object]) -> float:
    # Collect the previous measurement's garbage first, untimed: otherwise the cyclic
    # collector bills one function for the parse trees another one left behind. The
    # function's own garbage is still collected, and timed, inside it (or at its next
    # allocation after it re-enables the collector).
    gc.collect()
    t0 = time.perf_counter()
    fn()
    gc.collect()
    return time.perf_counter() - t0


def interleaved(rounds: int, **fns: Callable[[], object]) -> dict[str, float]:
    """Median seconds per function, the functions run alternately each round."""
    times: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(rounds):
        for k, fn in fns.items():
            times[k].append(_timed(fn))
    return {k: statistics.median(v) for k, v in times.items()}


def verdict(ratio: float, goal: float, higher_is_better: bool = True) -> str:
    ok = ratio >= goal if higher_is_better else ratio <= goal
    return "OK" if ok else "BELOW GOAL"


def workdir(args: argparse.Namespace) -> Path:
    """A temporary folder shared by the benchmarks of one run (removed at the end of main)."""
    if getattr(args, "tmp", None) is None:
        args._tmpdir = tempfile.TemporaryDirectory(prefix="kg-bench-")
        args.tmp = Path(args._tmpdir.name)
    return args.tmp


def loadavg() -> str:
    try:
        return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:  # pragma: no cover - not on every platform
        return "load average unknown"


# =========================================================================== pipeline


@bench("pipeline")
def bench_pipeline(args: argparse.Namespace) -> list[str]:
    """Whole pipeline (parse + extract + RDF + Turtle) vs a bare mwparserfromhell parse."""
    pages = good_pages(args)
    nbytes = sum(len(p.wikitext.encode("utf-8")) for p in pages)

    def bare():
        for p in pages:
            mwparserfromhell.parse(p.wikitext)

    def build(extractors):
        # what kg build -o out.ttl does: per-page quads, spooled and merged, Turtle written
        opts = Options(extractors=extractors, graphs=False)

        def run():
            with new_spool("ttl") as spool, tempfile.TemporaryDirectory() as tmp:
                for p in pages:
                    spool.add(process_page(p, opts).nquads, has_graphs=False)
                write_spool(spool, os.path.join(tmp, "out.ttl"), "ttl")

        return run

    t = interleaved(args.rounds, bare=bare, infobox=build(("infobox",)), pipeline=build(DEFAULT_EXTRACTORS))
    mb = nbytes / 1e6
    use_c = getattr(mwparserfromhell.parser, "use_c", None)
    lines = [
        f"corpus: {len(pages)} articles, {mb:.2f} MB; mwparserfromhell C tokenizer: {use_c}",
        f"bare parse               {mb / t['bare']:7.2f} MB/s  {len(pages) / t['bare']:7.1f} articles/s",
        f"kg build, infobox only   {mb / t['infobox']:7.2f} MB/s  {len(pages) / t['infobox']:7.1f} articles/s",
        f"kg build, all extractors {mb / t['pipeline']:7.2f} MB/s  {len(pages) / t['pipeline']:7.1f} articles/s",
    ]
    for name, label in (("infobox", "infobox only"), ("pipeline", "all extractors")):
        ratio = t["bare"] / t[name]
        verdict = "OK" if ratio >= 0.6 else "BELOW GOAL"
        lines.append(f"ratio kg build ({label}) / bare parse throughput: {ratio:.2f}x (goal >= 0.60x) {verdict}")
    return lines


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
    t_tiny_serial = statistics.median(_timed(lambda: list(engines.run(tiny, options, workers=1))) for _ in range(rounds))
    startup = statistics.median(_timed(lambda: list(engines.run(tiny, options, workers=2))) for _ in range(rounds))
    startup = max(0.0, startup - t_tiny_serial / 2)
    results = results_box[0]
    t0 = time.perf_counter()
    blob = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
    pickle.loads(blob)
    t_pickle = time.perf_counter() - t0
    t_collect = _timed(lambda: main_side(results))
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
    from kg.sinks import new_spool

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
    index_lines: list[str] = []
    tmp = path.with_suffix(".part")
    page_id = 0
    with open(tmp, "wb") as out:
        out.write(bz2.compress(header))
        group: list[bytes] = []

        def flush():
            if group:
                out.write(bz2.compress(b"".join(group)))
                group.clear()

        for k in range(copies):
            for page in pages:
                if k:
                    page = _TITLE.sub(lambda m, k=k: b"<title>" + m.group(1) + b" (copy %d)</title>" % k, page, count=1)
                if not group:
                    offset = out.tell()
                page_id += 1
                title = _TITLE.search(page).group(1).decode("utf-8")
                index_lines.append(f"{offset}:{page_id}:{title}")
                group.append(page)
                if len(group) == per_stream:
                    flush()
        flush()
        out.write(bz2.compress(footer))
    index = folder / f"bench{copies}-multistream-index.txt.bz2"
    index.write_bytes(bz2.compress(("\n".join(index_lines) + "\n").encode("utf-8")))
    tmp.rename(path)
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


# =========================================================================== queries

_INDUSTRIES = [f"Industry {i}" for i in range(60)]
_CITIES = [f"City {i}" for i in range(300)]
_RELATIONS = ("partner", "customer", "supplier", "investor", "jointVenturePartner")
_HUBS = 2000  # companies 0..1999 are the popular counterparties
_CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CNY", None)


def company_title(i: int) -> str:
    return f"Synthetic Company {i}"


def synthetic_facts(i: int, n: int, rng: random.Random):
    """The facts of synthetic company ``i`` of ``n``: shaped like kg's extractor output."""
    from kg.model import (
        Citation,
        DateValue,
        Entity,
        Event,
        Fact,
        Money,
        Participant,
        Provenance,
        Quantity,
        Role,
    )

    title = company_title(i)
    rev = 1_000_000 + i

    def prov(extractor="infobox", param=None, section=None, sentence=None, cites=()):
        return Provenance(article=title, revision=rev, section=section, sentence=sentence,
                          citations=cites, extractor=extractor, param=param)

    def cite(k):
        return Citation(url=f"https://news.example.com/{i}/{k}", title=f"Report {k} on {title}",
                        date="2021-03-01", publisher=f"Publisher {rng.randrange(500)}")

    def date():
        y = rng.randint(1850, 2023)
        p = rng.choice(("year", "month", "day"))
        iso = str(y) if p == "year" else f"{y}-{rng.randint(1, 12):02d}" + (f"-{rng.randint(1, 28):02d}" if p == "day" else "")
        return DateValue(iso, p, raw=iso)

    def money():
        return Money(Decimal(rng.randint(1, 9999)) * Decimal(1_000_000), rng.choice(_CURRENCIES),
                     str(rng.randint(2015, 2023)), rng.choice(("increase", "decrease", None)), raw="1 billion")

    def other():
        j = rng.randrange(_HUBS) if rng.random() < 0.5 else rng.randrange(n)
        j = j if j != i else (j + 1) % n
        return Entity(company_title(j), company_title(j), "organization")

    facts = [Fact(title, "foundingDate", date(), prov(param="founded"))]
    ind = rng.choice(_INDUSTRIES)
    facts.append(Fact(title, "industry", Entity(ind, ind), prov(param="industry")))
    if rng.random() < 0.4:
        city = rng.choice(_CITIES)
        facts.append(Fact(title, "headquarters", Entity(city, city, "place"), prov(param="hq_location_city")))
    if rng.random() < 0.25:
        facts.append(Fact(title, "revenue", money(), prov(param="revenue", cites=(cite(0),))))
    if rng.random() < 0.15:
        facts.append(Fact(title, "employees", Quantity(rng.randint(5, 300_000), "2022", raw="1,000 (2022)"),
                          prov(param="num_employees")))
    if rng.random() < 0.1:
        person = Entity(f"Person {i}", f"Person {i}" if rng.random() < 0.5 else None, "person")
        facts.append(Fact(title, "keyPerson", Role(person, rng.choice(("CEO", "Chairman", "Founder"))),
                          prov(param="key_people")))
    if rng.random() < 0.1:
        for k in range(rng.randint(1, 3)):
            rel = rng.choice(_RELATIONS)
            target = other()
            sentence = f"In {rng.randint(1990, 2023)}, {title} became a {rel} of {target.label}."
            facts.append(Fact(title, rel, target, prov("relations", section="Partnerships", sentence=sentence,
                                                       cites=(cite(k + 1),))))
    if rng.random() < 0.03:
        for k in range(rng.randint(1, 2)):
            investors = tuple(Participant(other(), "investor") for _ in range(rng.randint(1, 2)))
            d = date()
            ev = Event("funding_round", f"Series {'ABC'[k]} funding round", d, investors, (money(),))
            sentence = f"In {d.iso[:4]}, {title} raised money in a Series {'ABC'[k]} round."
            facts.append(Fact(title, "significantEvent", ev, prov("history", section="History", sentence=sentence,
                                                                  cites=(cite(10 + k),))))
    if rng.random() < 0.02:
        d = date()
        ev = Event(rng.choice(("fine", "lawsuit")), f"Fine by Regulator {i % 40}", d,
                   (Participant(Entity(f"Regulator {i % 40}", f"Regulator {i % 40}", "organization"), "regulator"),),
                   (money(),), category="controversy")
        facts.append(Fact(title, "controversy", ev, prov("controversies", section="Controversies",
                                                         sentence=f"In {d.iso[:4]}, {title} was fined.",
                                                         cites=(cite(20),))))
    return title, rev, facts


def _generate_chunk(task) -> tuple[int, int]:
    """Worker: companies [start, end) of n into N-Quads (one graph per article, as kg writes
    them) and N-Triples (the same triples without graph names); returns (companies, quads)."""
    import pyoxigraph as ox

    from kg.rdf import Mapper

    path, start, end, n, seed = task
    rng = random.Random(seed * 1_000_003 + start)
    mapper = Mapper()
    quads = 0
    with open(path, "wb") as out, open(path[:-3] + ".nt", "wb") as out_nt:
        for i in range(start, end):
            title, rev, facts = synthetic_facts(i, n, rng)
            qs = mapper.page_quads(title, rev, "Company", facts)
            quads += len(qs)
            out.write(ox.serialize(qs, format=ox.RdfFormat.N_QUADS))
            out_nt.write(ox.serialize((q.triple for q in qs), format=ox.RdfFormat.N_TRIPLES))
    return end - start, quads


def generate_graph(folder: Path, n: int, subset: int, workers: int = 2, chunk: int = 2500) -> tuple[list[Path], list[Path], int]:
    """Part files (``.nq`` and ``.nt``) for ``n`` companies; the first parts hold companies < ``subset``."""
    chunk = min(chunk, subset)
    tasks = [(str(folder / f"graph-{s:07d}.nq"), s, min(n, s + chunk), n, 7) for s in range(0, n, chunk)]
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(workers) as pool:
        done = pool.map(_generate_chunk, tasks, chunksize=1)
    parts = [Path(t[0]) for t in tasks]
    sub = [Path(t[0]) for t in tasks if t[2] <= subset]
    return parts, sub, sum(q for _, q in done)


def load_store(location: str | None, parts: list[Path]):
    """A Store holding the parts plus the ontology, every triple once in the default graph:
    what ``kg build --store`` and ``kg.query.load_graphs`` give the queries (a merged default
    graph, queried without Oxigraph's union of named graphs)."""
    import pyoxigraph as ox

    from kg.query import ontology_quads

    store = ox.Store(location) if location else ox.Store()
    for p in parts:
        store.bulk_load(path=str(p.with_suffix(".nt")), format=ox.RdfFormat.N_TRIPLES)
    store.extend(ontology_quads())
    store.flush()
    return store


_LOOKUP = """PREFIX schema: <http://schema.org/>
SELECT ?page ?property ?value WHERE { ?page schema:about ?company . ?company ?property ?value }"""


def _holders(store, prop: str) -> list[int]:
    """Numbers of the synthetic companies that have at least one ``kgo:prop`` value."""
    import pyoxigraph as ox

    from kg.rdf import KGO

    found = set()
    for q in store.quads_for_pattern(None, ox.NamedNode(KGO + prop), None, None):
        m = re.search(r"Synthetic_Company_(\d+)$", q.subject.value)
        if m:
            found.add(int(m.group(1)))
    return sorted(found)


_QUERY_PROP = {"controversies": "controversy", "funding": "significantEvent", "timeline": "significantEvent",
               "partners": "partner", "profile": "keyPerson", "co_partners": "partner"}


def query_jobs(store, n: int, per_query: int, seed: int) -> list[tuple[str, object, dict[str, str]]]:
    """(name, query, params) for every bundled query: parameterised ones once per sampled
    company (half random, half among the companies that have rows for the query)."""
    from kg.query import bundled_queries

    rng = random.Random(seed)
    jobs = []
    for name, q in bundled_queries().items():
        if not any(p.name == "company" for p in q.params):
            jobs.append((name, q, {}))
            continue
        holders = _holders(store, _QUERY_PROP.get(name, "industry"))
        picks = [rng.randrange(n) for _ in range(per_query - per_query // 2)]
        picks += rng.sample(holders, min(len(holders), per_query // 2)) if holders else []
        for i in picks:
            jobs.append((name, q, {"company": company_title(i)}))
    return jobs


def _time_ox(store, q, params) -> tuple[float, int]:
    from kg.query import run_query

    t0 = time.perf_counter()
    _, rows = run_query(store, q, params)
    return time.perf_counter() - t0, len(rows)


def _ox_child(location: str, jobs, conn) -> None:
    """Spawned child: open the store read-only and answer each job with (seconds, rows)."""
    import pyoxigraph as ox

    store = ox.Store.read_only(location)
    conn.send("ready")
    for name, q, params in jobs:
        if name == "lookup":
            t0 = time.perf_counter()
            sub = {ox.Variable("page"): ox.NamedNode(params["iri"])}
            rows = len(list(store.query(_LOOKUP, substitutions=sub)))
            conn.send((time.perf_counter() - t0, rows))
        else:
            conn.send(_time_ox(store, q, params))
    conn.close()


def run_with_timeout(location: str, jobs: list, timeout: float) -> list[tuple[float | None, int | None]]:
    """Run the jobs in a child process, ``timeout`` seconds each: a job that runs longer is
    killed (the child is restarted for the next job) and every later job of the same query
    is skipped. Timed-out and skipped jobs give (None, None)."""
    ctx = multiprocessing.get_context("spawn")
    results: list[tuple[float | None, int | None]] = [(None, None)] * len(jobs)
    failed: set[str] = set()
    todo = list(range(len(jobs)))
    while todo:
        todo = [i for i in todo if jobs[i][0] not in failed]
        if not todo:
            break
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_ox_child, args=(location, [jobs[i] for i in todo], child))
        proc.start()
        child.close()
        if not parent.poll(300) or parent.recv() != "ready":
            proc.kill()
            proc.join()
            raise RuntimeError(f"the query child could not open {location}")
        while todo:
            i = todo[0]
            if parent.poll(timeout):
                try:
                    results[i] = parent.recv()
                except EOFError:  # the child died
                    failed.add(jobs[i][0])
                    todo.pop(0)
                    break
                todo.pop(0)
            else:
                failed.add(jobs[i][0])
                todo.pop(0)
                break
        proc.kill()
        proc.join()
    return results


@bench("queries")
def bench_queries(args: argparse.Namespace) -> list[str]:
    """Oxigraph on-disk store over a synthetic 100k-company graph; rdflib alongside on a subset."""
    from kg.query import bundled_queries
    from kg.titles import wikipedia_iri

    n = size(args, "companies")
    subset = size(args, "rdflib_companies")
    timeout = size(args, "rdflib_timeout") * 2
    folder = workdir(args) / "queries"
    folder.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    parts, sub_parts, nquads = generate_graph(folder, n, subset)
    t_gen = time.perf_counter() - t0
    lines = [
        f"graph: {n} synthetic companies -> {nquads} quads ({nquads / n:.0f} per company) from "
        f"kg.rdf.Mapper.page_quads in 2 processes in {t_gen:.1f} s",
    ]
    rng = random.Random(11)
    lookup_jobs = [("lookup", None, {"iri": wikipedia_iri(company_title(rng.randrange(n)))})
                   for _ in range(size(args, "lookups"))]
    location = str(folder / "store")
    t0 = time.perf_counter()
    store = load_store(location, parts)
    t_load = time.perf_counter() - t0
    stored = len(store)
    jobs = []
    for name, q, params in query_jobs(store, n, size(args, "query_companies"), seed=5):
        jobs += [(name, q, params)] * (1 if params else max(1, min(args.rounds, 3)))
    del store
    lines.append(f"store: every triple once in the default graph (as kg build --store and load_graphs give "
                 f"the queries), no union of named graphs: {stored} quads, on-disk bulk load {t_load:.1f} s")
    results = run_with_timeout(location, lookup_jobs + jobs, timeout)
    looked = [r for r in results[: len(lookup_jobs)] if r[0] is not None]
    if looked:
        med = statistics.median(t for t, _ in looked) * 1000
        lines.append(
            f"  entity lookup (all statements of a company by its Wikipedia IRI, {len(looked)} random companies, "
            f"{statistics.median(r for _, r in looked):.0f} rows median): median {med:.2f} ms, "
            f"max {max(t for t, _ in looked) * 1000:.2f} ms (goal < 10 ms) {verdict(med, 10.0, higher_is_better=False)}"
        )
    per: dict[str, list[tuple[float | None, int | None]]] = {}
    for (name, _q, _p), r in zip(jobs, results[len(lookup_jobs):], strict=True):
        per.setdefault(name, []).append(r)
    for name in bundled_queries():
        rs = per.get(name, [])
        ts = [t for t, _ in rs if t is not None]
        how = f"{len(rs)} companies" if name in _QUERY_PROP else "whole graph"
        if len(ts) < len(rs):
            lines.append(f"  query {name:<15} TIMED OUT (> {timeout:.0f} s; later runs skipped), "
                         f"{len(ts)} of {len(rs)} runs done ({how}) (goal < 1000 ms) BELOW GOAL")
            continue
        med = statistics.median(ts)
        lines.append(
            f"  query {name:<15} median {med * 1000:8.1f} ms, max {max(ts) * 1000:8.1f} ms, "
            f"{statistics.median(r for _, r in rs):.0f} rows ({how}) (goal < 1000 ms) "
            f"{verdict(med, 1.0, higher_is_better=False)}"
        )

    # -------- rdflib vs Oxigraph on the subset
    lines += _rdflib_ratio(args, folder, sub_parts, subset)
    return lines


def _rdflib_ratio(args, folder: Path, sub_parts: list[Path], subset: int) -> list[str]:

    from kg.query import bundled_queries

    sub_nq = folder / "subset.nq"
    with open(sub_nq, "wb") as out:
        for p in sub_parts:
            out.write(p.read_bytes())
    store = load_store(None, sub_parts)  # set semantics, like rdflib's union graph
    jobs = query_jobs(store, subset, size(args, "rdflib_companies_per_query"), seed=9)
    timeout = size(args, "rdflib_timeout")
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_rdflib_child, args=(str(sub_nq), [(name, q.text, p) for name, q, p in jobs], timeout, child))
    proc.start()
    child.close()
    budget = 600 + timeout * len(jobs)
    if not parent.poll(budget):
        proc.kill()
        return [f"rdflib: no answer within {budget:.0f} s; killed"]
    load_time, rd_results = parent.recv()
    proc.join()
    ox_times: dict[str, list[float]] = {}
    rd_times: dict[str, list[float | None]] = {}
    rows_ox: dict[str, int] = {}
    rows_rd: dict[str, int | None] = {}
    for (name, q, params), (rd_dt, rd_rows) in zip(jobs, rd_results, strict=True):
        ts = [_time_ox(store, q, params) for _ in range(max(1, min(args.rounds, 3)))]
        ox_times.setdefault(name, []).append(statistics.median(t for t, _ in ts))
        rows_ox[name] = ts[0][1]
        rd_times.setdefault(name, []).append(rd_dt)
        rows_rd[name] = rd_rows
    lines = [f"rdflib subset: {subset} companies, rdflib Dataset(default_union=True) load {load_time:.1f} s; "
             f"Oxigraph in memory, default graph ({len(store)} triples); per-query timeout {timeout:.0f} s; "
             f"ratios are rdflib time / Oxigraph time on this subset"]
    for name in bundled_queries():
        if name not in ox_times:
            continue
        o = statistics.median(ox_times[name])
        rd = [t for t in rd_times[name] if t is not None]
        if len(rd) < len(rd_times[name]):
            lines.append(f"rdflib {name:<15} timed out (> {timeout:.0f} s) on {len(rd_times[name]) - len(rd)} of "
                         f"{len(rd_times[name])} runs; Oxigraph {o * 1000:.1f} ms; ratio > {timeout / max(o, 1e-6):.0f}x")
            continue
        r = statistics.median(rd)
        same = "" if rows_rd[name] == rows_ox[name] else f" (row counts differ: rdflib {rows_rd[name]}, Oxigraph {rows_ox[name]})"
        lines.append(f"rdflib {name:<15} {r * 1000:9.1f} ms vs Oxigraph {o * 1000:7.1f} ms: {r / max(o, 1e-6):.1f}x slower{same}")
    return lines


def _rdflib_child(nq_path: str, jobs, timeout: float, conn) -> None:
    """Spawned child: load the subset into rdflib, run each query in a forked grandchild."""
    import rdflib

    from kg.query import ontology_quads

    t0 = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(nq_path, format="nquads")
    onto = ds.graph(rdflib.URIRef("https://w3id.org/company-kg/ontology"))
    for q in ontology_quads():
        onto.add(tuple(_to_rdflib(t) for t in (q.subject, q.predicate, q.object)))
    load_time = time.perf_counter() - t0
    fork = multiprocessing.get_context("fork")
    results = []
    for _name, text, params in jobs:
        bindings = {}
        if params.get("company"):
            from kg.titles import wikipedia_iri

            bindings["companyWikipedia"] = rdflib.URIRef(wikipedia_iri(params["company"]))
        rx, tx = fork.Pipe(duplex=False)
        p = fork.Process(target=_rdflib_query, args=(ds, text, bindings, tx))
        p.start()
        tx.close()
        if rx.poll(timeout):
            results.append(rx.recv())
        else:
            results.append((None, None))
        p.kill()
        p.join()
    conn.send((load_time, results))
    conn.close()


def _rdflib_query(ds, text, bindings, conn) -> None:
    t0 = time.perf_counter()
    rows = list(ds.query(text, initBindings=bindings))
    conn.send((time.perf_counter() - t0, len(rows)))


def _to_rdflib(term):
    import pyoxigraph as ox
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


# =========================================================================== main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.bench", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default: all of {', '.join(BENCHES)})")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per measurement (median reported)")
    parser.add_argument("--corpus", type=Path, help="folder of .wiki files (default: the test fixtures)")
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run of every benchmark")
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    names = args.names or list(BENCHES)
    for name in names:
        if name not in BENCHES:
            parser.error(f"unknown benchmark {name!r}; choose from {', '.join(BENCHES)}")
    args.tmp = None
    try:
        for name in names:
            print(f"== {name}: {BENCHES[name].__doc__.strip()}")
            sys.stdout.flush()
            for line in BENCHES[name](args):
                print("  " + line)
            sys.stdout.flush()
    finally:
        if getattr(args, "_tmpdir", None) is not None:
            args._tmpdir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
