"""Engines decide only where ``process_page`` runs; the output is the same everywhere.

* ``local`` with ``workers=1``: in this process.
* ``local`` with ``workers>1``: a pool of worker processes, pages sent in batches.
* ``dask``: Dask distributed, on a ``LocalCluster`` when no scheduler address is given or on
  the cluster at ``scheduler`` (``tcp://HOST:8786``); batches of pages per task (a task
  costs ~1.5 ms of scheduling, so one page per task would waste most of the time).

Results come back in input order, so merged outputs are identical whatever the engine.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from kg.errors import RemoteError, UsageError
from kg.optional import require
from kg.pipeline import Options, PageResult, process_page
from kg.processes import worker_context
from kg.sources import Page

ENGINES = ("local", "dask")
DEFAULT_BATCH = 100


def process_batch(pages: list[Page], options: Options) -> list[PageResult]:
    return [process_page(p, options) for p in pages]


def _batches(pages: Iterable[Page], size: int) -> Iterator[list[Page]]:
    it = iter(pages)
    while batch := list(itertools.islice(it, size)):
        yield batch


def run(
    pages: Iterable[Page],
    options: Options,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> Iterator[PageResult]:
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if workers < 1 or batch_size < 1:
        raise UsageError("--workers and --batch-size must be at least 1")
    if engine == "dask":
        yield from _run_dask(pages, options, workers, scheduler, batch_size)
    elif workers == 1:
        for page in pages:
            yield process_page(page, options)
    else:
        yield from _run_pool(pages, options, workers, batch_size)


def _run_pool(pages, options, workers, batch_size) -> Iterator[PageResult]:
    # Small batches keep both processes busy on small inputs; ordered imap keeps determinism.
    size = max(1, min(batch_size, 8))
    with _context().Pool(workers) as pool:
        jobs = ((batch, options) for batch in _batches(pages, size))
        for results in pool.imap(_star_batch, jobs):
            yield from results


def _context():
    """forkserver where available (no fork of a threaded parent), with kg imported once in
    the server so each worker starts warm, and never from the current directory (see
    ``kg.processes``); spawn elsewhere."""
    return worker_context(preload=["kg.pipeline"])


def _star_batch(args) -> list[PageResult]:
    return process_batch(*args)


def _run_dask(pages, options, workers, scheduler, batch_size) -> Iterator[PageResult]:
    distributed = require("dask.distributed", "--engine dask")
    Client, LocalCluster = distributed.Client, distributed.LocalCluster
    cluster = None
    if scheduler:
        client = _connect(Client, scheduler)
    else:
        # a private cluster on loopback; its dashboard on a free port (never a fixed 8787 that
        # a second build or another program may hold)
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address="127.0.0.1:0")
        client = Client(cluster)
    try:
        window = max(2, 2 * workers)  # bounded number of batches in flight: constant memory
        pending = []
        for batch in _batches(pages, batch_size):
            pending.append(client.submit(process_batch, batch, options, pure=False))
            if len(pending) >= window:
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _connect(client_class, scheduler: str):
    """A client of the scheduler at ``scheduler``, or a one-line error saying what to do."""
    from distributed.comm.addressing import parse_address
    from distributed.comm.registry import backends

    scheme, _ = parse_address(scheduler)
    if scheme not in backends:
        raise UsageError(
            f"--scheduler {scheduler}: unknown protocol {scheme!r}; give tcp://HOST:PORT (a Dask scheduler)"
        )
    try:
        return client_class(scheduler)
    except ValueError as err:
        raise UsageError(f"--scheduler {scheduler}: not a scheduler address ({err}); give tcp://HOST:PORT") from None
    except OSError as err:  # TimeoutError included
        raise RemoteError(
            f"--scheduler {scheduler}: cannot reach the Dask scheduler ({err}); check that one runs"
            " there ('dask scheduler'), or leave --scheduler out to use a local cluster"
        ) from None
