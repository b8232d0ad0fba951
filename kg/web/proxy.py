"""The SPARQL protocol and the Oxigraph query UI, relayed to the Oxigraph child.

``/query``, ``/update`` and ``/store`` (and the UI under ``/oxigraph/``) are passed to the
``oxigraph serve-read-only`` child as they come (method, query string, body, headers) and its
answer is streamed back, so SPARQL clients see the Oxigraph server itself; writes are refused
by the child (HTTP 403). Each request gets at most ``timeout`` seconds from its start to the
last byte of its answer: past it, a request still waiting for its answer gets HTTP 504, and an
answer still streaming is cut (the connection is closed without the end of the response, so
no client can take a truncated result for a whole one). Closing the connection to the child
also stops Oxigraph streaming a result nobody reads; a query still being evaluated is stopped
by Oxigraph's own time limit (``--timeout-s``, the same number).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time

import httpx
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import Receive, Scope, Send

# Hop-by-hop headers (RFC 9110 section 7.6.1) and those the relay sets itself.
_HOP = {
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
    "transfer-encoding", "upgrade", "host", "content-length", "accept-encoding",
}
_CUT_MESSAGE = "ASGI callable returned without completing response."


class _QuietCut(logging.Filter):
    """uvicorn logs an error for a response left incomplete; a cut at the time limit is
    deliberate and reported by the relay itself."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != _CUT_MESSAGE


logging.getLogger("uvicorn.error").addFilter(_QuietCut())


class Relay:
    """Relays requests to ``upstream`` (the child's base URL) within ``timeout`` seconds
    (``None`` or 0: no limit)."""

    def __init__(self, upstream: str | None, timeout: float | None, prog: str = "kg serve"):
        self.upstream = upstream.rstrip("/") if upstream else None
        self.timeout = timeout or None
        self.prog = prog
        self._client: httpx.AsyncClient | None = None

    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(None, connect=10.0),
                limits=httpx.Limits(max_connections=64, max_keepalive_connections=16),
                trust_env=False,  # the child is on loopback: never through an HTTP proxy
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def __call__(self, request: Request, path: str) -> Response:
        if self.upstream is None:
            return PlainTextResponse("no SPARQL server behind these pages\n", status_code=503)
        url = self.upstream + path
        if request.url.query:
            url += "?" + request.url.query
        headers = [(k, v) for k, v in request.headers.raw if k.decode("latin-1").lower() not in _HOP]
        body = await request.body()
        started = time.monotonic()
        deadline = started + self.timeout if self.timeout else None
        upstream_request = self.client().build_request(request.method, url, headers=headers, content=body)
        try:
            answer = await asyncio.wait_for(self.client().send(upstream_request, stream=True), self.timeout)
        except TimeoutError:
            self._report(f"stopped a {request.method} {path} request after the {self.timeout:g} s limit")
            return PlainTextResponse(
                f"the query ran longer than the {self.timeout:g} s limit of this endpoint (kg serve --timeout)\n",
                status_code=504,
            )
        except httpx.HTTPError as err:
            return PlainTextResponse(f"the SPARQL server is not answering: {err}\n", status_code=502)
        return _Streamed(answer, deadline, self, f"{request.method} {path}")

    def _report(self, message: str) -> None:
        print(f"{self.prog}: {message}", file=sys.stderr, flush=True)


class _Streamed(Response):
    """The child's answer, streamed to the client until done or until the deadline."""

    def __init__(self, answer: httpx.Response, deadline: float | None, relay: Relay, what: str):
        self.answer = answer
        self.deadline = deadline
        self.relay = relay
        self.what = what
        self.status_code = answer.status_code
        self.raw_headers = [
            (k.encode("latin-1"), v.encode("latin-1"))
            for k, v in answer.headers.multi_items()
            if k.lower() not in _HOP
        ]
        if "content-length" in answer.headers and "content-encoding" not in answer.headers:
            self.raw_headers.append((b"content-length", answer.headers["content-length"].encode("latin-1")))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        chunks = self.answer.aiter_raw()
        try:
            await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
            while True:
                remaining = None if self.deadline is None else self.deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise TimeoutError
                try:
                    chunk = await asyncio.wait_for(anext(chunks), remaining)
                except StopAsyncIteration:
                    break
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except TimeoutError:
            self.relay._report(f"cut a {self.what} answer at the {self.relay.timeout:g} s limit")
        except (OSError, httpx.HTTPError):
            pass  # the client or the child went away: nothing more to send
        finally:
            await self.answer.aclose()  # closing the connection stops the child streaming


__all__ = ["Relay"]
