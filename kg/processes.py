"""Worker processes that import the same ``kg`` as the process that starts them.

Worker pools (``kg.engines``, the parallel dump reader) use a *forkserver*: one server
process, started once, imports kg and forks a worker for each pool slot. Python starts that
server with ``python -c ...``, which puts the current directory first on ``sys.path``, and
(up to Python 3.11) the server ignores the parent's ``sys.path``. Run from inside a
checkout of this project, the server then imported the source tree's ``kg/`` instead of the
installed package; in the source tree ``kg.ontology`` and ``kg.queries`` do not exist (they
are the top-level ``ontology/`` and ``queries/`` folders, mapped into the package when it is
installed), so every page failed with "No module named 'kg.ontology'".

``worker_context`` starts the server with ``PYTHONSAFEPATH=1`` (Python 3.11+: no current
directory on ``sys.path``), so it finds ``kg`` where the parent found it; the workers then
take the parent's ``sys.path`` as usual. The server is shared by every pool of the process.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from multiprocessing.context import BaseContext

__all__ = ["worker_context"]


@contextlib.contextmanager
def _safe_path() -> Iterator[None]:
    old = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        yield
    finally:
        if old is None:
            del os.environ["PYTHONSAFEPATH"]
        else:
            os.environ["PYTHONSAFEPATH"] = old


def worker_context(preload: Sequence[str] = ()) -> BaseContext:
    """A multiprocessing context for worker pools: forkserver (started now, safely, with
    ``preload`` imported once in the server so each worker starts warm) where available,
    else spawn (which sets the parent's ``sys.path`` before importing anything of kg).

    ``preload`` applies only if the server is not running yet: the first caller decides.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    from multiprocessing import forkserver

    with _safe_path():
        if preload:
            ctx.set_forkserver_preload(list(preload))
        forkserver.ensure_running()
    return ctx
