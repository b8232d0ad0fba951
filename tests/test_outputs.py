"""Outputs that cannot be written exit 6 with one line; a failed or interrupted build leaves
no partial file and keeps an existing one byte for byte (README: "Output files are written
atomically", exit codes 6 and 130)."""

from __future__ import annotations

import errno
import signal
import subprocess
import sys

import pytest
from corpus import wiki

from kg.cli import main
from kg.errors import EXIT_INTERRUPTED, EXIT_OUTPUT
from kg.graph.spool import Spool

PREVIOUS = b"<http://example.org/previous> <http://example.org/p> <http://example.org/o> .\n"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def previous(tmp_path):
    """An output file from an earlier build, and the folder it is in."""
    out = tmp_path / "out" / "g.nt"
    out.parent.mkdir()
    out.write_bytes(PREVIOUS)
    return out


def _left_in(folder):
    return sorted(p.name for p in folder.iterdir())


def _stop_while_writing(monkeypatch, out, failure: BaseException):
    """Make the spool raise ``failure`` after some lines of the output are written, and
    check then that the temporary file exists beside ``out`` (the write had begun)."""
    merged = Spool.merged
    seen = {}

    def failing(self):
        for n, line in enumerate(merged(self)):
            if n == 50:
                seen["partial"] = [p.name for p in out.parent.iterdir() if p.suffix == ".part"]
                raise failure
            yield line

    monkeypatch.setattr(Spool, "merged", failing)
    return seen


def test_an_interrupt_while_writing_keeps_the_existing_output(previous, monkeypatch, capsys):
    seen = _stop_while_writing(monkeypatch, previous, KeyboardInterrupt())
    code, out, err = run(capsys, "build", wiki("SenseTime"), "-o", previous)
    assert len(seen["partial"]) == 1  # interrupted half-way through the temporary file
    assert code == EXIT_INTERRUPTED and out == ""
    assert "kg build: interrupted; no partial output was written" in err
    assert previous.read_bytes() == PREVIOUS
    assert _left_in(previous.parent) == ["g.nt"]


def test_a_full_disk_while_writing_exits_6_and_keeps_the_existing_output(previous, monkeypatch, capsys):
    seen = _stop_while_writing(monkeypatch, previous, OSError(errno.ENOSPC, "No space left on device"))
    code, _, err = run(capsys, "build", wiki("SenseTime"), "-o", previous)
    assert seen["partial"] and code == EXIT_OUTPUT
    assert f"kg build: error: {previous}: cannot be written (No space left on device)" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert previous.read_bytes() == PREVIOUS
    assert _left_in(previous.parent) == ["g.nt"]


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_during_a_build_keeps_the_existing_output(previous):
    # SenseTime is built, the Atlas page is reported, then the build waits for stdin: a real
    # SIGINT arrives while the build runs
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "build", str(wiki("SenseTime")), str(wiki("The_Atlas_(newspaper)")),
         "-", "--title", "Later", "-o", str(previous)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # as in a terminal: a test run started in the background (``make test &``) ignores SIGINT,
        # and a child would inherit that and never see the interrupt
        preexec_fn=_interruptible,
    )
    try:
        line = process.stderr.readline()
        assert "The_Atlas_(newspaper).wiki: no company-like infobox" in line
        process.send_signal(signal.SIGINT)
        # stdin stays open until the build has ended: only the interrupt can end it (closing
        # stdin at once would let a loaded machine finish the page first)
        process.wait(timeout=60)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == EXIT_INTERRUPTED, err
    assert "kg build: interrupted; no partial output was written" in err and "Traceback" not in err
    assert out == ""
    assert previous.read_bytes() == PREVIOUS
    assert _left_in(previous.parent) == ["g.nt"]


def test_an_output_in_a_missing_folder_exits_6(tmp_path, capsys):
    out = tmp_path / "no" / "such" / "g.ttl"
    code, _, err = run(capsys, "build", wiki("Alsea_(company)"), "-o", out)
    assert code == EXIT_OUTPUT
    assert f"{out}: directory {out.parent} does not exist; create it first" in err
    assert not (tmp_path / "no").exists()


def test_an_output_that_is_a_folder_exits_6(tmp_path, capsys):
    folder = tmp_path / "graphs"
    folder.mkdir()
    code, _, err = run(capsys, "build", wiki("Alsea_(company)"), "-o", folder, "--format", "ttl")
    assert code == EXIT_OUTPUT
    assert f"kg build: error: {folder}: is a directory; give the name of a file to write" in err
    assert _left_in(tmp_path) == ["graphs"] and _left_in(folder) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["build", str(wiki("SenseTime")), "--format", "nt"],
        ["build", str(wiki("SenseTime")), "--format", "ttl"],
        ["extract", str(wiki("SenseTime"))],
        ["query", "--list"],
    ],
    ids=["build-nt", "build-ttl", "extract", "query"],
)
def test_a_stdout_that_cannot_be_written_exits_6(argv):
    # /dev/full answers every write with ENOSPC, like a full disk
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "kg.cli", *argv, *(["-q"] if argv[0] == "build" else [])],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
        )
    assert result.returncode == EXIT_OUTPUT, result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"kg {argv[0]}: error: cannot write to stdout (No space left on device)"
    )
    assert "Traceback" not in result.stderr


def test_a_closed_pipe_is_not_an_error():
    # kg extract ... | head: the reader went away; the command ends quietly with 0
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "extract", str(wiki("IBM"))],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode()
    process.wait(60)
    assert first.startswith(b"{") and process.returncode == 0, err
    assert "error" not in err


def test_outputs_get_the_permissions_of_a_plain_write(tmp_path):
    """A new output file is readable as the umask allows (the temporary file it is written
    through starts at 0o600); an existing file keeps its own permissions."""
    import os

    new, kept = tmp_path / "new.ttl", tmp_path / "kept.ttl"
    kept.write_text("old")
    kept.chmod(0o640)
    old_mask = os.umask(0o022)
    try:
        assert main(["build", str(wiki("Alsea_(company)")), "-o", str(new), "-q"]) == 0
        assert main(["build", str(wiki("Alsea_(company)")), "-o", str(kept), "-q"]) == 0
    finally:
        os.umask(old_mask)
    assert new.stat().st_mode & 0o777 == 0o644
    assert kept.stat().st_mode & 0o777 == 0o640
