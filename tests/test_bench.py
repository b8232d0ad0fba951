"""Smoke test of ``python -m benchmarks``: every benchmark runs at tiny sizes and prints lines
whose numbers parse. Timings are never asserted: speed is measured by the benchmark itself."""

from __future__ import annotations

import re

import pytest

from benchmarks import common as bench
from benchmarks.dump import make_multistream
from benchmarks.run import main as bench_main
from benchmarks.workers import replicate_pages, simulate_pool

NUMBER = re.compile(r"-?\d+(?:\.\d+)?")

TINY = {
    "workers_pages": 4,
    "workers_rounds": 1,
    "dump_copies": 1,
    "memory_copies": (1, 2),
    "memory_companies": 3,
    "memory_multiples": (1, 2),
    "build_mb": 1,
    "build_rounds": 1,
    "companies": 300,
    "rdflib_companies": 100,
    "lookups": 3,
    "query_companies": 2,
    "rdflib_companies_per_query": 1,
    "rdflib_timeout": 20.0,
    "web_pages": 4,
    "web_seconds": 1.0,
    "web_clients": 2,
}


@pytest.fixture
def tiny_sizes(monkeypatch):
    sizes = {k: (v, v) for k, v in TINY.items()}
    monkeypatch.setattr(bench, "SIZES", {**bench.SIZES, **sizes})


def test_every_benchmark_is_registered():
    assert set(bench.BENCHES) == {"pipeline", "workers", "dump", "memory", "queries", "web", "dumpbuild"}
    assert set(TINY) == set(bench.SIZES)


@pytest.mark.parametrize("name", ["pipeline", "workers", "dump", "memory", "queries", "web", "dumpbuild"])
def test_benchmark_smoke(name, tiny_sizes, capsys):
    assert bench_main([name, "--quick", "--rounds", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"== {name}: ")
    body = [line.strip() for line in out[1:]]
    assert len(body) >= 3
    for line in body:
        assert NUMBER.search(line), line
        for number in NUMBER.findall(line):
            float(number)
    ratio_lines = [line for line in body if "goal" in line]
    assert ratio_lines, "every benchmark states its goal"
    for line in ratio_lines:
        assert line.endswith(("OK", "BELOW GOAL")), line


def test_replicated_pages_have_distinct_titles():
    from kg.sources import Page

    pages = replicate_pages([Page("A", "x"), Page("B", "y")], 5)
    assert [p.title for p in pages] == ["A", "B", "A (copy 1)", "B (copy 1)", "A (copy 2)"]


def test_multistream_dump_reads_the_same_pages_sequentially_and_in_parallel(tmp_path):
    from kg.sources.dump import find_multistream_index, iter_dump, iter_dump_parallel

    path = make_multistream(tmp_path, 2, per_stream=10)
    assert find_multistream_index(path) is not None
    titles = [p.title for p in iter_dump(path)]
    assert len(titles) == len(set(titles)) == 54
    assert [p.title for p in iter_dump_parallel(path, 2)] == titles


def test_percentile():
    from benchmarks.web import percentile

    assert percentile([float(i) for i in range(1, 101)], 50) == 51.0
    assert percentile([float(i) for i in range(1, 101)], 99) == 99.0
    assert percentile([3.0], 99) == 3.0


def test_simulated_pool_makespan():
    assert simulate_pool([1.0] * 4, 2, 1) == 2.0
    assert simulate_pool([1.0, 1.0, 1.0], 2, 2) == 2.0


def test_unknown_benchmark_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as done:
        bench_main(["nope"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "unknown benchmark 'nope'; choose from " in err
    listed = err.split("choose from ", 1)[1].strip().split(", ")
    assert sorted(listed) == ["dump", "dumpbuild", "memory", "pipeline", "queries", "web", "workers"]
