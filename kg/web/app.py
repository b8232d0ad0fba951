"""The web application of ``kg serve`` (Starlette, Jinja2 templates).

Routes:

* ``/``: the companies of the store, searchable by name (``?q=``, server-side), paged.
* ``/resource/<path>``: the resource ``BASE<path>`` (Linked Data): an HTML page, or its
  description as Turtle, JSON-LD or N-Triples, chosen by the ``Accept`` header.
* ``/data/<path>.ttl|.jsonld|.nt``: the same description in the format of the suffix.
* ``/query``, ``/update``, ``/store``: the SPARQL protocol, relayed to the Oxigraph server;
  ``/oxigraph/``: Oxigraph's own query UI.
* ``/static/...``: the bundled style sheet and icon (pages load nothing from other hosts).

Everything that comes from articles is escaped by the templates (autoescape) or by the SVG
writers of ``kg.analysis``.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from importlib.resources import files
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg import __version__
from kg.graph.sinks import serialize
from kg.web.company import company_page
from kg.web.proxy import Relay
from kg.web.site import Site

PAGE_SIZE = 100
MEDIA_TYPES = {"ttl": "text/turtle; charset=utf-8", "jsonld": "application/ld+json", "nt": "application/n-triples"}
_ACCEPTED = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/turtle": "ttl",
    "application/x-turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/n-triples": "nt",
}
_PREFERENCE = ("html", "ttl", "jsonld", "nt")


def negotiate(accept: str | None) -> str | None:
    """The format to answer with ("html", "ttl", "jsonld", "nt"), or None if the ``Accept``
    header allows none of them. The most specific matching range sets each format's
    quality (``text/turtle`` over ``text/*`` over ``*/*``); ties go to HTML, then Turtle."""
    if not accept or not accept.strip():
        return "html"
    quality: dict[str, tuple[int, float]] = {}
    for part in accept.split(","):
        media, *params = [x.strip() for x in part.split(";")]
        media = media.lower()
        q = 1.0
        for p in params:
            if p.lower().startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media == "*/*":
            matched, rank = list(_PREFERENCE), 0
        elif media.endswith("/*"):
            matched, rank = [f for m, f in _ACCEPTED.items() if m.startswith(media[:-1])], 1
        else:
            matched, rank = ([_ACCEPTED[media]] if media in _ACCEPTED else []), 2
        for fmt in matched:
            if fmt not in quality or rank > quality[fmt][0] or (rank == quality[fmt][0] and q > quality[fmt][1]):
                quality[fmt] = (rank, q)
    ranked = [f for f in _PREFERENCE if quality.get(f, (0, 0.0))[1] > 0]
    if not ranked:
        return None
    return max(ranked, key=lambda f: (quality[f][1], -_PREFERENCE.index(f)))


class PageCache:
    """Rendered answers by key, least recently used dropped first, at most ``limit`` bytes.
    A store served by ``kg serve`` is opened read-only and cannot change while it is
    served, so an answer stays right for as long as the server runs."""

    def __init__(self, limit: int = 64 * 1024 * 1024):
        self.limit = limit
        self.size = 0
        self.hits = self.misses = 0
        self._items: OrderedDict[tuple, Response] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple, make) -> Response:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                self.hits += 1
                return found
        response = make()
        with self._lock:
            self.misses += 1
            if self.limit and response.status_code == 200 and key not in self._items:
                self._items[key] = response
                self.size += len(response.body)
                while self.size > self.limit and self._items:
                    _, old = self._items.popitem(last=False)
                    self.size -= len(old.body)
        return response


def create_app(
    site: Site,
    sparql: str | None = None,
    timeout: float | None = 60.0,
    prog: str = "kg serve",
    cache_bytes: int = 64 * 1024 * 1024,
) -> Starlette:
    """The application over ``site``; ``sparql`` is the base URL of the Oxigraph server the
    SPARQL routes are relayed to (None: they answer 503), ``timeout`` their time limit;
    ``cache_bytes`` bounds the cache of rendered resource pages and data (0: no cache)."""
    env = Environment(loader=PackageLoader("kg.web", "templates"), autoescape=select_autoescape(["html"]))
    env.globals.update(version=__version__, href=site.href, quote=quote)
    relay = Relay(sparql, timeout, prog)
    cache = PageCache(cache_bytes)

    def page(template: str, status: int = 200, headers: dict | None = None, **context) -> HTMLResponse:
        return HTMLResponse(env.get_template(template).render(**context), status_code=status, headers=headers)

    def index(request: Request) -> Response:
        text = request.query_params.get("q", "")[:200]
        try:
            number = max(1, int(request.query_params.get("page", "1")))
        except ValueError:
            number = 1
        total, companies = site.search(text, (number - 1) * PAGE_SIZE, PAGE_SIZE)
        pages = max(1, -(-total // PAGE_SIZE))

        def link(n: int) -> str:
            return "/?" + urlencode({k: v for k, v in (("q", text), ("page", str(n))) if v and v != "1"})

        return page("index.html", q=text, total=total, all=len(site.companies), companies=companies,
                    number=number, pages=pages, prev=link(number - 1) if number > 1 else "",
                    next=link(number + 1) if number < pages else "")

    def raw_path(request: Request, prefix: str) -> str:
        raw = request.scope.get("raw_path") or request.url.path.encode("utf-8")
        return raw.decode("latin-1")[len(prefix):]

    def not_found(iri: str, fmt: str) -> Response:
        if fmt == "html":
            return page("missing.html", status=404, iri=iri)
        return PlainTextResponse(f"no such resource: {iri}\n", status_code=404)

    def data(iri: str, fmt: str, headers: dict[str, str]) -> Response:
        body = serialize(site.describe(iri), fmt)
        return Response(body, media_type=MEDIA_TYPES[fmt], headers=headers)

    def alternates(path: str) -> dict[str, str]:
        links = ", ".join(f'</data/{path}.{fmt}>; rel="alternate"; type="{MEDIA_TYPES[fmt].split(";")[0]}"'
                          for fmt in ("ttl", "jsonld", "nt"))
        return {"Vary": "Accept", "Link": links}

    def resource(request: Request) -> Response:
        path = raw_path(request, "/resource/")
        iri = site.iri(path)
        fmt = negotiate(request.headers.get("accept"))
        if fmt is None:
            kinds = "text/html, text/turtle, application/ld+json, application/n-triples"
            return PlainTextResponse(f"not acceptable; this resource is served as {kinds}\n", status_code=406,
                                     headers={"Vary": "Accept"})
        return cache.get(("resource", path, fmt), lambda: describe(path, iri, fmt))

    def describe(path: str, iri: str, fmt: str) -> Response:
        if not site.exists(iri):
            return not_found(iri, fmt)
        headers = alternates(path)
        if fmt != "html":
            return data(iri, fmt, headers)
        company = site.by_iri.get(iri)
        if company is not None:
            return page("company.html", headers=headers, path=path, **company_page(site, company))
        return page("entity.html", headers=headers, path=path, **site.entity_page(iri))

    def data_file(request: Request) -> Response:
        path = raw_path(request, "/data/")
        stem, _, fmt = path.rpartition(".")
        if fmt not in MEDIA_TYPES or not stem:
            return PlainTextResponse("ask for /data/<path>.ttl, .jsonld or .nt\n", status_code=404)
        iri = site.iri(stem)
        return cache.get(("data", stem, fmt), lambda: data(iri, fmt, {}) if site.exists(iri) else not_found(iri, fmt))

    async def sparql_route(request: Request) -> Response:
        return await relay(request, request.url.path)

    async def oxigraph_ui(request: Request) -> Response:
        rest = raw_path(request, "/oxigraph")
        if not rest:
            return RedirectResponse("/oxigraph/", status_code=308)
        return await relay(request, rest)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        await relay.aclose()

    every = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]
    static = StaticFiles(directory=str(files("kg.web").joinpath("static")))
    routes = [
        Route("/", index),
        Route("/resource/{path:path}", resource),
        Route("/data/{path:path}", data_file),
        Route("/query", sparql_route, methods=every),
        Route("/update", sparql_route, methods=every),
        Route("/store", sparql_route, methods=every),
        Route("/logo.svg", sparql_route),  # the Oxigraph UI's icon
        Route("/oxigraph", oxigraph_ui, methods=every),
        Route("/oxigraph/{path:path}", oxigraph_ui, methods=every),
        Mount("/static", static, name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.site = site
    app.state.relay = relay
    app.state.cache = cache
    return app


__all__ = ["PageCache", "create_app", "negotiate"]
