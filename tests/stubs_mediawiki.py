"""A stub MediaWiki Action API on 127.0.0.1 for the fetch tests (written for this project).

It answers ``action=query&prop=revisions`` like api.php with ``formatversion=2``: title
normalisation (first letter, underscores), redirects, missing and invalid titles, the
50-title limit, ``continue`` when ``content_limit`` pages already carry content, and gzip
when asked. ``faults`` is a queue of answers served before the real ones: ``("maxlag", s)``,
``(429, s)``, ``(503, s)`` (s = Retry-After, None for no header), ``(500, None)``,
``("html", None)`` (an HTML page with status 200). Every request is recorded. The server
is threaded: ``delay`` holds each answer back, and ``max_in_flight`` is the most requests it
was ever answering at once (a client that sends one request at a time keeps it at 1).
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


@dataclass
class Recorded:
    path: str
    params: dict[str, str]
    headers: dict[str, str]


@dataclass
class StubState:
    pages: dict[str, tuple[int, str]] = field(default_factory=dict)  # title -> (revid, text)
    redirects: dict[str, str] = field(default_factory=dict)  # title -> target title
    faults: list[tuple[object, float | None]] = field(default_factory=list)
    content_limit: int | None = None  # pages with content per answer before 'continue'
    requests: list[Recorded] = field(default_factory=list)
    gzip_served: int = 0
    delay: float = 0.0  # seconds before each answer
    max_in_flight: int = 0
    _in_flight: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


def _normalize(title: str) -> str:
    t = " ".join(title.replace("_", " ").split())
    return t[:1].upper() + t[1:]


class _Handler(BaseHTTPRequestHandler):
    server_version = "StubMediaWiki/1.0"

    def log_message(self, *args):  # keep test output quiet
        pass

    @property
    def state(self) -> StubState:
        return self.server.state  # type: ignore[attr-defined]

    def do_GET(self):  # noqa: N802 - http.server's naming
        state = self.state
        with state._lock:
            state._in_flight += 1
            state.max_in_flight = max(state.max_in_flight, state._in_flight)
        try:
            if state.delay:
                time.sleep(state.delay)
            self._answer()
        finally:
            with state._lock:
                state._in_flight -= 1

    def _answer(self):
        url = urlparse(self.path)
        params = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        self.state.requests.append(Recorded(url.path, params, dict(self.headers.items())))
        if self.state.faults:
            kind, retry_after = self.state.faults.pop(0)
            headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
            if kind == "maxlag":
                body = {"error": {"code": "maxlag", "info": "Waiting for 10.64.0.1: 7 seconds lagged",
                                  "host": "10.64.0.1", "lag": 7, "type": "db"}}
                return self._send(200, json.dumps(body).encode(), "application/json",
                                  {**headers, "X-Database-Lag": "7"})
            if kind == "html":
                return self._send(200, b"<!DOCTYPE html><html><body>Wikimedia Error</body></html>",
                                  "text/html")
            return self._send(int(kind), b"<html>error</html>", "text/html", headers)
        if url.path != "/w/api.php" or params.get("action") != "query":
            return self._send(404, b"not found", "text/plain")
        return self._send(200, json.dumps(self._query(params)).encode(), "application/json; charset=utf-8")

    def _query(self, params: dict[str, str]) -> dict:
        titles = params.get("titles", "").split("|")
        if len(titles) > 50:
            return {"error": {"code": "toomanyvalues",
                              "info": "Too many values supplied for parameter \"titles\". The limit is 50."}}
        normalized, redirects, pages = [], [], []
        done = set()
        for raw in titles:
            if not raw.strip() or any(c in raw for c in "[]{}<>"):
                pages.append({"title": raw, "invalidreason": "The requested page title is invalid.",
                              "invalid": True})
                continue
            title = _normalize(raw)
            if title != raw:
                normalized.append({"fromencoded": False, "from": raw, "to": title})
            if title in self.state.redirects:
                target = self.state.redirects[title]
                redirects.append({"from": title, "to": target})
                title = target
            if title in done:
                continue
            done.add(title)
            if title in self.state.pages:
                revid, text = self.state.pages[title]
                pages.append({"pageid": 1000 + revid % 1000, "ns": 0, "title": title, "revisions": [{
                    "revid": revid, "parentid": revid - 1, "timestamp": "2021-12-03T20:20:45Z",
                    "slots": {"main": {"contentmodel": "wikitext", "contentformat": "text/x-wiki",
                                       "content": text}}}]})
            else:
                pages.append({"ns": 0, "title": title, "missing": True})
        answer: dict = {"batchcomplete": True, "query": {}}
        start = int(params.get("rvcontinue", "0"))
        limit = self.state.content_limit
        if limit is not None:
            with_content = [p for p in pages if "revisions" in p]
            for i, p in enumerate(with_content):
                if not (start <= i < start + limit):
                    del p["revisions"]
            if start + limit < len(with_content):
                answer = {"continue": {"rvcontinue": str(start + limit), "continue": "||"},
                          "query": {}}
        if normalized:
            answer["query"]["normalized"] = normalized
        if redirects:
            answer["query"]["redirects"] = redirects
        answer["query"]["pages"] = pages
        return answer

    def _send(self, status: int, body: bytes, ctype: str, headers: dict | None = None):
        if "gzip" in self.headers.get("Accept-Encoding", "") and status == 200:
            body = gzip.compress(body)
            headers = {**(headers or {}), "Content-Encoding": "gzip"}
            self.state.gzip_served += 1
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


class StubMediaWiki:
    """``with StubMediaWiki(state) as api: api.url`` -> ``http://127.0.0.1:PORT/w/api.php``."""

    def __init__(self, state: StubState):
        self.state = state
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.state = state  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/w/api.php"

    def __enter__(self) -> StubMediaWiki:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)
