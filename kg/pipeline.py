"""The pure per-page function and the build loop around it.

``process_page`` is what every engine runs (in-process, worker processes, Dask): a page in,
its quads or an error record out. It never raises for a bad page.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import pyoxigraph as ox

from kg import __version__
from kg.errors import InputError, NoInfoboxError, RedirectError
from kg.extractors import DEFAULT_EXTRACTORS, EXTRACTORS, merge
from kg.extractors import infobox as infobox_extractor
from kg.graph.rdf import DEFAULT_BASE, Mapper
from kg.model import Fact
from kg.sources import Page
from kg.text.article_cache import forget as forget_articles
from kg.text.currency import infer_currencies
from kg.text.parse import Article, parse_article

_REDIRECT = re.compile(r"^\s*#redirect\s*:?\s*\[\[([^\]|#]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Options:
    extractors: tuple[str, ...] = DEFAULT_EXTRACTORS
    base: str = DEFAULT_BASE
    any_infobox: bool = False  # map a non-company infobox's common parameters anyway
    graphs: bool = True  # one named graph per article
    # drop text facts whose confidence is below this (None keeps every fact)
    min_confidence: float | None = None

    def fingerprint(self) -> str:
        """A fingerprint of everything besides the page that decides its quads (a store
        keeps it with each page: a page is current only under the same one)."""
        data = {
            "extractors": list(self.extractors),
            "base": self.base,
            "any_infobox": self.any_infobox,
            "graphs": self.graphs,
            "version": __version__,
        }
        if self.min_confidence is not None:
            data["min_confidence"] = self.min_confidence
        return hashlib.sha1(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()


@dataclass
class PageError:
    title: str
    source: str
    message: str
    kind: str  # exception class name
    extractor: str | None = None

    def line(self) -> str:
        where = self.source or self.title
        return self.message if self.message.startswith(where) else f"{where}: {self.message}"


@dataclass
class PageResult:
    title: str
    source: str
    revision: int | None = None
    nquads: bytes = b""
    facts: int = 0
    error: PageError | None = None


@dataclass
class BuildReport:
    pages: int = 0
    facts: int = 0
    quads: int = 0
    errors: list[PageError] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        skipped = sum(self.skipped.values())
        parts = [f"{self.pages} page(s) built", f"{self.facts} facts", f"{self.quads} quads"]
        if self.errors:
            parts.append(f"{len(self.errors)} failed")
        if skipped:
            detail = ", ".join(f"{n} {k}" for k, n in sorted(self.skipped.items()))
            parts.append(f"{skipped} skipped ({detail})")
        return "; ".join(parts)


def check_page(page: Page) -> None:
    """Raise an InputError with a one-line, actionable message for pages we cannot use."""
    where = page.source or page.title
    target = page.redirect
    if target is None:
        m = _REDIRECT.match(page.wikitext)
        target = m.group(1).strip() if m else None
    if target:
        raise RedirectError(
            f"{where}: a redirect to \"{target}\", not an article; build \"{target}\" instead", where
        )


def extract_page(page: Page, options: Options = Options()) -> tuple[Article, str, list[Fact]]:
    """Parse once and run the chosen extractors. Raises InputError for unusable pages."""
    check_page(page)
    article = parse_article(page)
    subject_class = infobox_extractor.subject_class(article)
    if subject_class is None:
        if options.any_infobox and article.infoboxes:
            subject_class = "Organization"
        elif "infobox" in options.extractors:
            found = ", ".join(sorted({"{{" + b.name.capitalize() + "}}" for b in article.infoboxes}))
            hint = (
                f"it has {found}, which is not company-like; use --any-infobox to map it anyway"
                if found
                else "it has no infobox; check that this is a company article"
            )
            where = page.source or page.title
            raise NoInfoboxError(f"{where}: no company-like infobox: {hint}", where)
        else:
            subject_class = "Organization"
    facts: list[Fact] = []
    for name in options.extractors:
        if name == "infobox" and options.any_infobox and infobox_extractor.company_infobox(article) is None:
            facts.extend(infobox_extractor.extract(article, any_infobox=True))
        else:
            facts.extend(EXTRACTORS[name](article))
    facts = merge(facts)
    box = infobox_extractor.company_infobox(article, options.any_infobox)
    facts = infer_currencies(facts, article, box.params if box is not None else {})
    if options.min_confidence is not None:
        facts = [f for f in facts if f.provenance.confidence is None or f.provenance.confidence >= Decimal(str(options.min_confidence))]
    return article, subject_class, facts


def page_quads(page: Page, options: Options = Options()) -> tuple[list[ox.Quad], int]:
    article, subject_class, facts = extract_page(page, options)
    mapper = Mapper(options.base, graphs=options.graphs)
    return mapper.page_quads(article.title, article.revision, subject_class, facts), len(facts)


def page_nquads(page: Page, options: Options = Options()) -> tuple[bytes, int]:
    """``page_quads`` as N-Quads bytes, without building the Quad objects."""
    article, subject_class, facts = extract_page(page, options)
    mapper = Mapper(options.base, graphs=options.graphs)
    return mapper.page_nquads(article.title, article.revision, subject_class, facts), len(facts)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the work on one page.

    A parse tree is tens of thousands of small objects; with the collector on, CPython runs
    a young-generation collection every 700 allocations and walks them again and again
    (about 30% of the page's time, measured). The trees do hold reference cycles, so the
    collector is switched back on after the page and collects them then, once. The caches of
    one article at a time (``kg.text.article_cache``) are emptied first: the article they hold
    would otherwise stay alive, and be walked by the collector, until the next page.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        forget_articles()  # the page's article is freed now, by reference counting
        if was_enabled:
            gc.enable()


def process_page(page: Page, options: Options = Options()) -> PageResult:
    """Never raises for page problems: errors become a PageError record."""
    with _collector_paused():
        return _process_page(page, options)


def _process_page(page: Page, options: Options) -> PageResult:
    result = PageResult(title=page.title, source=page.source, revision=page.revision)
    try:
        result.nquads, result.facts = page_nquads(page, options)
    except InputError as err:
        result.error = PageError(page.title, page.source, str(err), type(err).__name__)
    except RecursionError as err:  # pathological nesting
        result.error = PageError(page.title, page.source, f"wikitext too deeply nested to parse ({err})", "RecursionError")
    except Exception as err:  # noqa: BLE001 - one bad page must not stop a batch
        result.error = PageError(
            page.title, page.source, f"internal error {type(err).__name__}: {err}; please report it", type(err).__name__
        )
    return result


def run_local(pages: Iterable[Page], options: Options, report: BuildReport, on_result=None) -> Iterable[PageResult]:
    for page in pages:
        res = process_page(page, options)
        if on_result:
            on_result(res)
        yield res
