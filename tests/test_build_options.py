"""kg build --base (the IRIs it mints) and --scheduler (a Dask scheduler that the test starts
on 127.0.0.1), through the command line."""

from __future__ import annotations

import json
import re
from collections import Counter

import dask
import pytest
from corpus import wiki
from distributed import LocalCluster
from servers import closed_port_url

from kg.cli import main
from kg.errors import EXIT_REMOTE, EXIT_USAGE
from kg.graph.rdf import DEFAULT_BASE

BASE = "https://example.org/kg/"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    """SenseTime built with the default base and with BASE, as N-Triples."""
    folder = tmp_path_factory.mktemp("base")
    default, based = folder / "default.nt", folder / "based.nt"
    assert main(["build", str(wiki("SenseTime")), "-o", str(default), "-q"]) == 0
    assert main(["build", str(wiki("SenseTime")), "-o", str(based), "-q", "--base", BASE]) == 0
    return default, based


def _unhashed(line: str) -> str:
    return re.sub(r"/[0-9a-f]{20}\b", "/HASH", line)


def test_base_names_every_minted_resource(graphs):
    default, based = (p.read_text(encoding="utf-8") for p in graphs)
    assert DEFAULT_BASE in default and DEFAULT_BASE not in based
    # the same graph, each minted IRI under the other base (hashed names hash the IRIs they
    # are made of, so they differ: compare them by kind)
    assert Counter(map(_unhashed, based.splitlines())) == Counter(
        _unhashed(line.replace(DEFAULT_BASE, BASE)) for line in default.splitlines()
    )
    kinds = {iri.split("/", 1)[0] for iri in based.split("<" + BASE)[1:]}
    assert {"entity", "statement", "citation", "event", "amount"} <= kinds


@pytest.mark.parametrize("query", ["profile", "timeline", "partners"])
def test_queries_and_shapes_work_under_another_base(graphs, query, capsys):
    default, based = graphs
    answers = []
    for graph in graphs:
        code, out, err = run(capsys, "query", query, "--graph", graph, "--param", "company=SenseTime", "--format", "json")
        assert code == 0, err
        answers.append(json.loads(out))
    assert answers[0] and json.loads(json.dumps(answers[0]).replace(DEFAULT_BASE, BASE)) == answers[1]
    code, _, err = run(capsys, "validate", based)
    assert code == 0 and "conforms" in err


@pytest.mark.parametrize("base", ["not an iri", "example.org/kg/", "http://example.org/<kg>/"])
def test_a_base_that_is_not_an_iri_is_a_usage_error(base, tmp_path, capsys):
    out = tmp_path / "g.nt"
    code, _, err = run(capsys, "build", wiki("SenseTime"), "-o", out, "--base", base)
    assert code == EXIT_USAGE
    assert f"kg build: error: --base {base!r} is not an absolute IRI" in err
    assert not out.exists()


@pytest.fixture(scope="module")
def scheduler():
    """A Dask scheduler with one worker, on 127.0.0.1, in this process."""
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
        dashboard_address="127.0.0.1:0",  # its HTTP server too: loopback, on a free port
    ) as cluster:
        yield cluster


def test_build_on_a_running_dask_scheduler_gives_the_local_output(scheduler, tmp_path, capsys):
    inputs = [wiki("SenseTime"), wiki("IBM"), wiki("Alsea_(company)")]
    local, remote = tmp_path / "local.nq", tmp_path / "remote.nq"
    assert run(capsys, "build", *inputs, "-o", local, "-q")[0] == 0
    address = scheduler.scheduler_address
    assert address.startswith("tcp://127.0.0.1:")
    code, _, err = run(
        capsys, "build", *inputs, "-o", remote, "-q", "--engine", "dask", "--scheduler", address, "--batch-pages", "1"
    )
    assert code == 0, err
    assert remote.read_bytes() == local.read_bytes()
    # the pages were processed there: three batches of one page
    assert scheduler.scheduler.task_prefixes["process_batch"].state_counts["memory"] == 3


def test_an_unreachable_scheduler_exits_5_naming_it(tmp_path, capsys):
    address = closed_port_url("").replace("http://", "tcp://")
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        code, _, err = run(
            capsys, "build", wiki("IBM"), "-o", tmp_path / "g.nq", "-q", "--engine", "dask", "--scheduler", address
        )
    assert code == EXIT_REMOTE
    assert f"--scheduler {address}: cannot reach the Dask scheduler" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--engine", "dask", "--scheduler", "nonsense"], "--scheduler nonsense: not a scheduler address"),
        (["--engine", "dask", "--scheduler", "foo://127.0.0.1:8786"], "unknown protocol 'foo'"),
        (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler names a Dask scheduler: use it with --engine dask"),
    ],
)
def test_a_bad_scheduler_option_is_a_usage_error(argv, message, tmp_path, capsys):
    code, _, err = run(capsys, "build", wiki("IBM"), "-o", tmp_path / "g.nq", "-q", *argv)
    assert code == EXIT_USAGE and message in err
    assert list(tmp_path.iterdir()) == []
