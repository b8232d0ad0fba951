"""``build``: inputs -> pages -> facts -> quads -> one graph file (or stdout)."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Iterable

import pyoxigraph as ox

from kg import engines
from kg.errors import EXIT_INPUT, EXIT_OK, EXIT_PARTIAL, InputError, RemoteError, UsageError
from kg.graph.sinks import FORMATS, format_for, new_spool, write_graph, write_spool
from kg.graph.spool import Spool
from kg.graph.store import GraphStore
from kg.pipeline import BuildReport, Options, PageError, PageResult
from kg.progress import progress
from kg.sources import Page, SourceReport, iter_pages


def collect(
    results: Iterable[PageResult], report: BuildReport, spool: Spool, quiet: bool = False, graphs: bool = True
) -> None:
    """Spool page results, recording errors as they come."""
    for res in results:
        if res.error is not None:
            report.errors.append(res.error)
            if not quiet:
                print(f"kg build: {res.error.line()}", file=sys.stderr)
            continue
        report.pages += 1
        report.facts += res.facts
        spool.add(res.nquads, has_graphs=graphs)


def build(
    inputs: list[str],
    output: str | None = None,
    fmt: str | None = None,
    options: Options | None = None,
    quiet: bool = False,
    prefilter: bool = True,
    stdin_title: str | None = None,
    transform: Callable[[list[ox.Quad]], list[ox.Quad]] | None = None,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    batch_size: int = engines.DEFAULT_BATCH,
    store: str | None = None,
) -> tuple[int, BuildReport]:
    """Build the graph of ``inputs`` and write it; returns (exit code, report).

    Bad inputs are reported and skipped; the graph of the good ones is written atomically,
    or, with ``store``, page by page into an Oxigraph store (see ``build_into_store``).
    """
    if store is not None:
        return build_into_store(inputs, store, options or Options(), quiet, prefilter, stdin_title,
                                engine, workers, scheduler, batch_size)
    fmt = format_for(output, fmt)
    options = options or Options()
    # Triple formats merge the article graphs anyway: map straight to the default graph.
    options = dataclasses.replace(options, graphs=options.graphs and FORMATS[fmt].supports_datasets)
    source_report = SourceReport()
    report = BuildReport()
    pages = iter_pages(
        inputs, prefilter=prefilter, report=source_report, stdin_title=stdin_title, workers=workers
    )
    pages = progress(pages, desc="kg build", unit="page", disable=quiet)
    results = engines.run(pages, options, engine, workers, scheduler, batch_size)
    with new_spool(fmt) as spool:
        collect(results, report, spool, quiet=quiet, graphs=options.graphs)
        _report_sources(source_report, report, quiet)
        _require_pages(report)
        if transform is None:
            write_spool(spool, output, fmt)
            report.quads = spool.count
            return (EXIT_PARTIAL if report.errors else EXIT_OK), report
        line_format = ox.RdfFormat.N_TRIPLES if spool.triples else ox.RdfFormat.N_QUADS
        quads = list(ox.parse(b"".join(spool.merged()), format=line_format))
    report.quads = len(quads)
    try:
        quads = transform(quads)
    except RemoteError as err:
        # the graph itself is good: keep it, without the links, and say so
        write_graph(quads, output, fmt)
        raise RemoteError(f"{err}; the graph was written without links") from err
    write_graph(quads, output, fmt)
    return (EXIT_PARTIAL if report.errors else EXIT_OK), report


def _report_sources(source_report: SourceReport, report: BuildReport, quiet: bool) -> None:
    for source, message in source_report.errors:
        report.errors.append(PageError(title="", source=source, message=message, kind="InputError"))
        if not quiet:
            print(f"kg build: {message}", file=sys.stderr)
    report.skipped = {**source_report.skipped, **report.skipped}


def _require_pages(report: BuildReport) -> None:
    if report.pages == 0:
        if report.errors:
            raise InputError(
                f"no usable input: {len(report.errors)} input(s) failed (see the messages above)"
            )
        raise InputError("no usable input: no company article found in the inputs")


def build_into_store(
    inputs: list[str],
    store: str,
    options: Options,
    quiet: bool = False,
    prefilter: bool = True,
    stdin_title: str | None = None,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    batch_size: int = engines.DEFAULT_BATCH,
) -> tuple[int, BuildReport]:
    """Incremental build into an Oxigraph store: unchanged pages (same revision, or same
    text) are skipped before parsing; a changed page's graph is replaced in one transaction."""
    if not options.graphs:
        raise UsageError("a store keeps one named graph per page; it cannot be built without graphs")
    source_report = SourceReport()
    report = BuildReport()
    pages = iter_pages(inputs, prefilter=prefilter, report=source_report, stdin_title=stdin_title, workers=workers)
    pages = progress(pages, desc="kg build", unit="page", disable=quiet)
    with GraphStore.open(store, configuration=options.fingerprint()) as gs:
        stored_before = gs.page_count()
        results = engines.run(gs.filter_current(pages, report), options, engine, workers, scheduler, batch_size)
        counts = gs.write(results, report, quiet=quiet)
        # compact when this run wrote a good part of the store (a first build, a new
        # configuration); a few changed pages are left to RocksDB's background compactions
        compact = counts.added + counts.replaced >= max(1, stored_before // 5)
        if compact and not quiet:
            print(f"kg build: compacting the store ({counts.added + counts.replaced} pages written)", file=sys.stderr)
        gs.finish(optimize=compact)
    _report_sources(source_report, report, quiet)
    if report.pages == 0 and not report.skipped.get("unchanged") and not counts.removed:
        _require_pages(report)
    if not quiet:
        print(f"kg build: store {store}: {counts.summary()}", file=sys.stderr)
    return (EXIT_PARTIAL if report.errors else EXIT_OK), report


def build_page_graph(page: Page, options: Options | None = None) -> list[ox.Quad]:
    """The quads of one page (raises InputError for unusable pages)."""
    from kg.pipeline import page_quads

    return page_quads(page, options or Options())[0]


__all__ = ["EXIT_INPUT", "build", "build_page_graph", "collect"]
