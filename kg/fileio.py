"""Atomic output: write to a temporary file beside the target, then rename. A failure to
write (a missing or read-only folder, a full disk, a target that is a folder) is an
``OutputError`` (exit 6), on files and on stdout alike."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from kg.errors import OutputError


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Yield a file object; the target appears only if the block finishes without error.

    On any exception (including KeyboardInterrupt) the temporary file is removed and the
    previous content of ``path``, if any, is untouched. An ``OSError`` on the way becomes
    an ``OutputError`` that names the file.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{target}: directory {directory} does not exist; create it first")
    if target.is_dir():
        raise OutputError(f"{target}: is a directory; give the name of a file to write")
    if "b" in mode:
        encoding = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    except OSError as err:
        raise _cannot_write(target, err) from None
    try:
        with os.fdopen(fd, mode, encoding=encoding) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as err:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(err, OSError):
            raise _cannot_write(target, err) from err
        raise


def _cannot_write(target: Path, err: OSError) -> OutputError:
    return OutputError(
        f"{target}: cannot be written ({err.strerror or err}); nothing was written and an"
        " existing file is unchanged: choose another path or free the space"
    )


@contextlib.contextmanager
def stdout_errors() -> Iterator[None]:
    """A failure to write stdout (a full disk) becomes an ``OutputError``. A closed pipe
    (``kg ... | head``) is left to the command line, which ends quietly."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as err:
        raise OutputError(f"cannot write to stdout ({err.strerror or err})") from None


@contextlib.contextmanager
def stdout_binary() -> Iterator[IO[bytes]]:
    """stdout for bytes, flushed at the end, with ``stdout_errors``."""
    with stdout_errors():
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()


class _CheckedStdout:
    """``sys.stdout`` whose writes and flushes go through ``stdout_errors``."""

    def __init__(self, stream: IO[str]):
        self._stream = stream

    def write(self, text: str) -> int:
        with stdout_errors():
            return self._stream.write(text)

    def writelines(self, lines) -> None:
        with stdout_errors():
            self._stream.writelines(lines)

    def flush(self) -> None:
        with stdout_errors():
            self._stream.flush()

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextlib.contextmanager
def checked_stdout() -> Iterator[None]:
    """Within the block, text written to ``sys.stdout`` that cannot be written (now or when
    flushed at the end) raises ``OutputError`` instead of an ``OSError`` traceback."""
    real = sys.stdout
    sys.stdout = _CheckedStdout(real)
    try:
        yield
        sys.stdout.flush()
    finally:
        sys.stdout = real
