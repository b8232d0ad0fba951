"""The company pages of ``kg serve`` under load: 8 concurrent clients on loopback."""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import random
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.common import bench, good_pages, loadavg, size, verdict, workdir
from benchmarks.workers import replicate_pages

_ADDRESS = re.compile(r"at (http://127\.0\.0\.1:\d+)/ ")


def build_store(path: Path, pages) -> int:
    """The pages in a store, as 'kg build --store' writes them; returns the quad count."""
    from kg.graph.store import GraphStore
    from kg.pipeline import process_page

    with GraphStore.open(path) as gs:
        for page in pages:
            gs.replace_page(page, process_page(page))
        return len(gs.store)


def start_server(store: Path) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", "0"],
                               stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    for line in process.stderr:
        m = _ADDRESS.search(line)
        if m:
            threading.Thread(target=process.stderr.read, daemon=True).start()  # keep the pipe drained
            return process, m.group(1)
    process.wait()
    raise SystemExit("web benchmark: kg serve did not start")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _client(base: str, paths: list[str], until: float, seed: int, out: list) -> None:
    """One client: a keep-alive connection, random company pages until ``until``."""
    rng = random.Random(seed)
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    while time.monotonic() < until:
        path = rng.choice(paths)
        t0 = time.perf_counter()
        try:
            conn.request("GET", path, headers={"Accept": "text/html"})
            response = conn.getresponse()
            body = response.read()
            ok = response.status == 200 and b'class="company-page"' in body
        except (OSError, http.client.HTTPException):
            ok = False
            conn.close()
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        out.append((time.perf_counter() - t0, ok))
    conn.close()


def _load(base: str, paths: list[str], clients: int, seconds: float, queue) -> None:
    """Child process: ``clients`` threads for ``seconds``; sends [(seconds, ok), ...]."""
    until = time.monotonic() + seconds
    results: list[list] = [[] for _ in range(clients)]
    threads = [threading.Thread(target=_client, args=(base, paths, until, i, results[i])) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    queue.put([r for rs in results for r in rs])


def run_load(base: str, paths: list[str], clients: int, seconds: float) -> list[tuple[float, bool]]:
    ctx = multiprocessing.get_context("spawn")  # the clients run beside the server, not in it
    queue = ctx.Queue()
    child = ctx.Process(target=_load, args=(base, paths, clients, seconds, queue))
    child.start()
    results = queue.get(timeout=seconds + 600)
    child.join(60)
    return results


@bench("web")
def bench_web(args: argparse.Namespace) -> list[str]:
    """company pages of kg serve: first visits, then 8 concurrent clients (p50/p99, errors)"""
    n = size(args, "web_pages")
    seconds = size(args, "web_seconds")
    clients = size(args, "web_clients")
    pages = replicate_pages(good_pages(args), n)
    store = workdir(args) / "web-store"
    t0 = time.perf_counter()
    quads = build_store(store, pages)
    lines = [f"store: {len(pages)} pages (corpus articles copied under new titles), {quads} quads,"
             f" built in {time.perf_counter() - t0:.1f} s"]
    process, base = start_server(store)
    try:
        from kg.graph.rdf import Mapper

        mapper = Mapper()
        paths = ["/resource/" + mapper.company_iri(p.title).value[len(mapper.base):] for p in pages]
        first: list[tuple[float, bool]] = []  # every page once, one client, nothing cached yet
        parts = urlsplit(base)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
        for path in paths:
            t = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            first.append((time.perf_counter() - t, response.status == 200))
        conn.close()
        ms = [s * 1000 for s, _ in first]
        lines.append(f"first visits, 1 client: p50 {statistics.median(ms):.0f} ms, p99 {percentile(ms, 99):.0f} ms,"
                     f" errors {sum(not ok for _, ok in first)} of {len(first)} ({loadavg()})")
        results = run_load(base, paths, clients, seconds)
        ms = [s * 1000 for s, _ in results]
        errors = sum(not ok for _, ok in results)
        p99 = percentile(ms, 99)
        lines.append(f"{clients} clients x {seconds:g} s: {len(results)} requests ({len(results) / seconds:.0f}/s),"
                     f" p50 {statistics.median(ms):.1f} ms, p99 {p99:.1f} ms, errors {errors} ({loadavg()})")
        ok = errors == 0 and p99 < 150
        lines.append(f"goal: 0 errors and p99 < 150 ms: errors {errors}, p99 {p99:.1f} ms "
                     f"{verdict(1.0 if ok else 0.0, 1.0)}")
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
    return lines


__all__ = ["bench_web", "percentile"]
