"""Real servers on 127.0.0.1 for tests: an Oxigraph SPARQL server and a scripted HTTP stub.

``OxigraphServer`` runs the ``oxigraph`` CLI (installed by the test extras) on a free loopback
port with a store preloaded from fixture files; it is stopped (terminated, then killed) on
``stop()``. ``StubServer`` answers from a script of ``StubResponse`` objects (status, headers,
body, delay), falls back to a handler function, and records every request it receives,
including how many were in flight at once. Nothing here reaches the internet.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    """A TCP port that was free a moment ago on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def closed_port_url(path: str = "/query") -> str:
    """A loopback URL where nothing listens (connection refused)."""
    return f"http://{LOOPBACK}:{free_port()}{path}"


def find_oxigraph() -> str:
    """The ``oxigraph`` binary: next to this Python first (the virtualenv), then on PATH."""
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if here.is_file():
        return str(here)
    found = shutil.which("oxigraph")
    if not found:
        raise RuntimeError(
            "the 'oxigraph' server binary is missing; install the test extras: pip install -e '.[test]'"
        )
    return found


# ---------------------------------------------------------------- Oxigraph


class OxigraphServer:
    """``oxigraph serve`` on a free loopback port, its store preloaded with ``files``."""

    def __init__(
        self, location: str | Path, files: Iterable[str | Path] = (), binary: str | None = None
    ):
        self.location = Path(location)
        self.files = [Path(f) for f in files]
        self.binary = binary or find_oxigraph()
        self.port: int | None = None
        self.process: subprocess.Popen | None = None
        self._log = None

    @property
    def base(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.base + "/query"

    @property
    def store_url(self) -> str:
        return self.base + "/store"

    def start(self, timeout: float = 30.0) -> OxigraphServer:
        self.location.mkdir(parents=True, exist_ok=True)
        if self.files:
            subprocess.run(
                [
                    self.binary,
                    "load",
                    "--location",
                    str(self.location),
                    "--file",
                    *map(str, self.files),
                ],
                check=True,
                capture_output=True,
                timeout=timeout,
            )
        last_error = "not started"
        for _ in range(3):  # a port picked free can be taken before the server binds it
            self.port = free_port()
            self._log = open(self.location.parent / f"oxigraph-{self.port}.log", "wb")  # noqa: SIM115
            self.process = subprocess.Popen(
                [
                    self.binary,
                    "serve",
                    "--location",
                    str(self.location),
                    "--bind",
                    f"{LOOPBACK}:{self.port}",
                ],
                stdout=self._log,
                stderr=subprocess.STDOUT,
            )
            try:
                self._wait_ready(timeout)
                return self
            except RuntimeError as err:
                last_error = str(err)
                self.stop()
        raise RuntimeError(f"oxigraph did not start: {last_error}")

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        probe = self.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"exited with code {self.process.returncode}")
            try:
                request = urllib.request.Request(
                    probe, headers={"Accept": "application/sparql-results+json"}
                )
                with urllib.request.urlopen(request, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.05)
        raise RuntimeError(f"not answering on {self.query_url} after {timeout} s")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
            self.process = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> OxigraphServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# ---------------------------------------------------------------- stub HTTP server


@dataclass
class StubResponse:
    status: int = 200
    body: bytes | str = b""
    content_type: str = "application/sparql-results+json"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a slow server)

    def data(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


@dataclass
class RecordedRequest:
    method: str
    path: str
    params: dict[str, list[str]]  # query string and form body, decoded
    headers: dict[str, str]
    body: bytes
    started: float
    finished: float | None = None

    def param(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[0] if values else None


Handler = Callable[[RecordedRequest], StubResponse]


def sparql_json(variables: list[str], rows: list[dict[str, str]]) -> StubResponse:
    """A SPARQL JSON result; values starting with ``http`` become IRIs, others literals."""
    bindings = [
        {
            k: {"type": "uri", "value": v}
            if v.startswith("http")
            else {"type": "literal", "value": v}
            for k, v in row.items()
        }
        for row in rows
    ]
    body = json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}})
    return StubResponse(200, body)


EMPTY_SELECT = sparql_json(["x"], [])


class StubServer:
    """A threaded HTTP server on a free loopback port.

    Each request takes the next response of ``script``; when the script is empty, ``handler``
    answers (default: an empty SPARQL result). Requests are recorded in ``requests``;
    ``max_in_flight`` is the most requests ever handled at the same time.
    """

    def __init__(self, script: Iterable[StubResponse] = (), handler: Handler | None = None):
        self.script = list(script)
        self.handler = handler
        self.requests: list[RecordedRequest] = []
        self.max_in_flight = 0
        self._in_flight = 0
        self._lock = threading.Lock()
        self._closing = threading.Event()
        stub = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output quiet
                pass

            def do_GET(self):  # noqa: N802 - http.server naming
                stub._serve(self)

            def do_POST(self):  # noqa: N802
                stub._serve(self)

        self.httpd = ThreadingHTTPServer((LOOPBACK, 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.httpd.server_address[1]}"

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        url = urllib.parse.urlsplit(h.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if h.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
            for k, v in urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
        record = RecordedRequest(
            h.command, url.path, params, dict(h.headers.items()), body, time.monotonic()
        )
        with self._lock:
            self.requests.append(record)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            scripted = self.script.pop(0) if self.script else None
        try:
            if scripted is not None:
                response = scripted
            elif self.handler is not None:
                response = self.handler(record)
            else:
                response = EMPTY_SELECT
            if response.delay:
                self._closing.wait(response.delay)
            data = response.data()
            try:
                h.send_response(response.status)
                h.send_header("Content-Type", response.content_type)
                h.send_header("Content-Length", str(len(data)))
                for k, v in response.headers.items():
                    h.send_header(k, v)
                h.end_headers()
                h.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)
        finally:
            record.finished = time.monotonic()
            with self._lock:
                self._in_flight -= 1

    def start(self) -> StubServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self._closing.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    def __enter__(self) -> StubServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def proxy_to(upstream: str) -> Handler:
    """A handler that forwards each request to ``upstream`` (a recording proxy)."""

    def forward(record: RecordedRequest) -> StubResponse:
        url = upstream
        query = (
            urllib.parse.urlencode([(k, v) for k, vs in record.params.items() for v in vs])
            if record.method == "GET"
            else ""
        )
        if query:
            url += "?" + query
        headers = {
            k: v
            for k, v in record.headers.items()
            if k.lower() in ("accept", "content-type", "user-agent")
        }
        request = urllib.request.Request(
            url,
            data=record.body if record.method == "POST" else None,
            headers=headers,
            method=record.method,
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return StubResponse(
                    response.status, response.read(), response.headers.get("Content-Type", "")
                )
        except urllib.error.HTTPError as err:
            return StubResponse(err.code, err.read(), err.headers.get("Content-Type", "text/plain"))

    return forward


def mediawiki_redirects(redirects: dict[str, str]) -> Handler:
    """A handler answering ``api.php?action=query&redirects&titles=...`` like MediaWiki
    (formatversion=2): title normalisation, redirects (with ``tofragment`` for targets that
    carry ``#Section``), missing pages. Titles are split on ``|``, or on U+001F when the value
    starts with it."""

    def normalise(title: str) -> str:
        t = " ".join(title.replace("_", " ").split())
        return t[:1].upper() + t[1:]

    def answer(record: RecordedRequest) -> StubResponse:
        if record.param("action") != "query" or record.param("redirects") is None:
            return StubResponse(400, '{"error": {"code": "badparams"}}', "application/json")
        raw = record.param("titles") or ""
        titles = raw[1:].split("\x1f") if raw.startswith("\x1f") else raw.split("|")
        if len(titles) > 50:
            return StubResponse(
                200, json.dumps({"error": {"code": "toomanyvalues"}}), "application/json"
            )
        normalized, hops, pages = [], [], []
        for title in titles:
            norm = normalise(title)
            if norm != title:
                normalized.append({"fromencoded": False, "from": title, "to": norm})
            if norm in redirects:
                target, _, fragment = redirects[norm].partition("#")
                hop = {"from": norm, "to": target}
                if fragment:
                    hop["tofragment"] = fragment
                hops.append(hop)
                pages.append({"pageid": 1, "ns": 0, "title": target})
            else:
                pages.append({"ns": 0, "title": norm, "missing": True})
        query: dict = {"pages": pages}
        if normalized:
            query["normalized"] = normalized
        if hops:
            query["redirects"] = hops
        body = json.dumps({"batchcomplete": True, "query": query})
        return StubResponse(200, body, "application/json; charset=utf-8")

    return answer
