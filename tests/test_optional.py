"""A missing optional dependency ends in one line that names the extra to install, exit 2,
never a traceback. The import is made to fail in the test (``sys.modules[name] = None``
makes ``import name`` raise ImportError), whatever the environment holds."""

from __future__ import annotations

import sys

import pytest
from corpus import wiki

from kg.cli import main
from kg.optional import EXTRAS


def _missing(monkeypatch, *modules: str) -> None:
    for name in list(sys.modules):
        if any(name == m or name.startswith(m + ".") for m in modules):
            monkeypatch.delitem(sys.modules, name)
    for m in modules:
        monkeypatch.setitem(sys.modules, m, None)


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err
    assert len(lines) == 1, err
    return lines[0]


def test_every_optional_dependency_names_an_extra_of_the_package():
    import tomllib
    from pathlib import Path

    extras = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text("utf-8"))["project"]["optional-dependencies"]
    for module, (extra, _) in EXTRAS.items():
        assert extra in extras, module


def test_plot_without_matplotlib(tmp_path, monkeypatch, capsys):
    graph = tmp_path / "g.nq"
    assert main(["build", str(wiki("Deliveroo")), "-o", str(graph), "-q"]) == 0
    capsys.readouterr()
    _missing(monkeypatch, "matplotlib")
    picture = tmp_path / "net.png"
    assert main(["network", str(graph), "--plot", str(picture)]) == 2
    line = _one_line_error(capsys)
    assert "matplotlib" in line and "pip install 'company-kg[plot]'" in line
    assert not picture.exists()


def test_dask_engine_without_dask(tmp_path, monkeypatch, capsys):
    _missing(monkeypatch, "dask", "distributed")
    out = tmp_path / "g.nq"
    assert main(["build", str(wiki("Alsea_(company)")), "-o", str(out), "--engine", "dask", "-q"]) == 2
    line = _one_line_error(capsys)
    assert "--engine dask" in line and "pip install 'company-kg[dask]'" in line
    assert not out.exists()


@pytest.mark.parametrize("module", sorted(EXTRAS))
def test_require_names_the_extra(module, monkeypatch):
    from kg.errors import UsageError
    from kg.optional import require

    _missing(monkeypatch, module.split(".")[0])
    with pytest.raises(UsageError, match=rf"company-kg\[{EXTRAS[module][0]}\]") as err:
        require(module, "this feature")
    assert err.value.exit_code == 2
