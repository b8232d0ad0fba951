"""The package as users install it: a regular (non-editable) ``pip install .`` run from inside
a checkout of the project. Worker processes must import the installed ``kg`` (which has
``kg.ontology`` and ``kg.queries``), not the source tree's ``kg/`` in the working directory
(which has neither: they are the top-level ``ontology/`` and ``queries/`` folders)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from corpus import DUMPS, WIKI

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A virtualenv holding a regular install of this checkout; its dependencies come from
    the test environment's site-packages, added as a plain path (so the editable install
    that the test environment may hold is not seen). Returns the venv's ``kg`` script."""
    tmp = tmp_path_factory.mktemp("installed")
    src = tmp / "src"  # build from a copy: a build in place would leave build/ in the checkout
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in ("kg", "ontology", "queries"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    Path(purelib, "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         "--no-index", "--no-build-isolation", str(src)],
        check=True, capture_output=True,
    )
    kg = venv / "bin" / "kg"
    check = subprocess.run([str(python), "-c", "import kg.ontology, sys; print(kg.__file__)"],
                           cwd=tmp, capture_output=True, text=True, check=True)
    assert check.stdout.startswith(purelib), check.stdout  # the installed copy, not the checkout
    return kg


def run_in_checkout(kg: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONSAFEPATH")}
    return subprocess.run([str(kg), *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def test_the_checkout_has_the_source_layout_that_used_to_break_workers():
    assert (ROOT / "kg" / "__init__.py").is_file() and not (ROOT / "kg" / "ontology").exists()
    assert (ROOT / "ontology" / "kgo.ttl").is_file()


def test_workers_run_from_inside_the_checkout_use_the_installed_package(installed, tmp_path):
    one, two = tmp_path / "one.nq", tmp_path / "two.nq"
    first = run_in_checkout(installed, "build", str(WIKI), "-o", str(one), "-q")
    second = run_in_checkout(installed, "build", str(WIKI), "-o", str(two), "-q", "--workers", "2")
    for proc in (first, second):
        assert "kg.ontology" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
        assert proc.returncode == 4, proc.stderr  # the 3 fixtures without a company-like infobox fail
        assert "14 page(s) built" in proc.stderr
    assert one.read_bytes() and two.read_bytes() == one.read_bytes()


def test_store_build_and_dask_run_from_inside_the_checkout(installed, tmp_path):
    from benchmarks.dump import make_multistream

    dump = make_multistream(tmp_path, 2, per_stream=10)  # 54 pages, 8 companies, with its index
    store = run_in_checkout(installed, "build", str(dump), "--store", str(tmp_path / "store"), "--workers", "2", "-q")
    assert store.returncode == 0, store.stderr
    assert "8 page(s) built" in store.stderr and "internal error" not in store.stderr
    dask = run_in_checkout(installed, "build", str(DUMPS / "dbpedia_minidump_enwiki.xml.bz2"), "-o",
                           str(tmp_path / "dask.nq"), "--engine", "dask", "--workers", "2", "-q")
    assert dask.returncode == 0, dask.stderr
    assert "4 page(s) built" in dask.stderr and "internal error" not in dask.stderr
