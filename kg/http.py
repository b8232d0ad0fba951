"""HTTP etiquette shared by every client that talks to a remote service (Wikidata's query
service, the MediaWiki API, SPARQL stores): a descriptive User-Agent with a contact, bounded
retries with Retry-After honoured and exponential backoff otherwise, and bodies checked (an
HTML page or plain text with status 200, truncated JSON).

A failure worth another attempt raises :class:`Retry` inside an attempt; :class:`RetryPolicy`
decides whether and how long to wait, and raises ``RemoteError`` when it gives up.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import re
import socket
import time
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass

import SPARQLWrapper as _sparqlwrapper

from kg import __version__
from kg.errors import RemoteError, UsageError

DEFAULT_CONTACT = "https://w3id.org/company-kg"

Notify = Callable[[str], None]


class Retry(Exception):
    """A failure worth another attempt; ``retry_after`` is what the server asked for."""

    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def parse_retry_after(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if value is None:
        return None
    value = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - now())


@dataclass
class ClientStats:
    requests: int = 0
    retries: int = 0
    waited: float = 0.0
    cache_hits: int = 0


class RetryPolicy:
    """Bounded retries: Retry-After honoured, otherwise exponential backoff.

    ``sleep`` is injectable so tests can record the waits instead of sleeping.
    """

    def __init__(
        self,
        *,
        max_attempts: int = 5,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
        max_wait: float = 300.0,
        max_total_wait: float = 900.0,
        sleep: Callable[[float], None] = time.sleep,
        notify: Notify | None = None,
    ):
        if max_attempts < 1:
            raise UsageError("the number of attempts must be at least 1")
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_wait = max_wait
        self.max_total_wait = max_total_wait
        self.sleep = sleep
        self.notify = notify

    def run(self, attempt: Callable[[], object], what: str, stats: ClientStats, hint: str = ""):
        waited = 0.0
        last: Retry | None = None
        for number in range(1, self.max_attempts + 1):
            stats.requests += 1
            try:
                return attempt()
            except Retry as err:
                last = err
            if number == self.max_attempts:
                break
            if last.retry_after is not None:
                delay = last.retry_after
                if delay > self.max_wait:
                    raise RemoteError(
                        f"{what}: asked to wait {delay:.0f} s (Retry-After) after {last.reason},"
                        f" more than the {self.max_wait:.0f} s limit; try again later"
                    )
            else:
                delay = min(self.backoff * (2 ** (number - 1)), self.max_backoff)
            if waited + delay > self.max_total_wait:
                raise RemoteError(
                    f"{what}: {last.reason}; giving up, waiting {delay:.0f} s more would pass the"
                    f" {self.max_total_wait:.0f} s limit on total waiting"
                )
            if self.notify:
                asked = " as asked by Retry-After" if last.retry_after is not None else ""
                self.notify(
                    f"{what}: {last.reason}; waiting {delay:g} s{asked}"
                    f" (attempt {number + 1} of {self.max_attempts})"
                )
            stats.retries += 1
            self.sleep(delay)
            waited += delay
            stats.waited += delay
        assert last is not None
        raise RemoteError(f"{what}: {last.reason} after {self.max_attempts} attempts{hint}")


def check_json_body(body: bytes, content_type: str, status: int | None = 200) -> object:
    """Parse a JSON body, recognising the non-JSON answers that come with status 200."""
    stripped = body.lstrip()
    if "html" in content_type.lower() or stripped[:1] == b"<":
        raise Retry(f"answered an HTML page with status {status}, not JSON")
    if not stripped:
        raise Retry(f"answered an empty body with status {status}")
    if stripped[:1] not in (b"{", b"["):
        text = stripped[:60].decode("utf-8", "replace").replace("\n", " ")
        raise Retry(f"answered plain text with status {status}, not JSON: {text!r}")
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Retry(f"answered truncated or invalid JSON ({len(body)} bytes)") from None


def http_error(code: int, headers, body: bytes, what: str) -> Exception:
    """A retryable Retry for 429/5xx, a RemoteError for the rest."""
    retry_after = parse_retry_after(headers.get("Retry-After")) if headers is not None else None
    if code == 429:
        return Retry("too many requests (HTTP 429)", retry_after)
    if code >= 500:
        detail = ""
        if b"TimeoutException" in body or b"timeout" in body.lower():
            detail = ", the query timed out on the server"
        return Retry(f"server error (HTTP {code}{detail})", retry_after)
    text = body[:200].decode("utf-8", "replace").strip().replace("\n", " ")
    if code == 403:
        return RemoteError(
            f"{what}: refused (HTTP 403); the service may block clients that ignore its rules"
            f" or lack a contact in the User-Agent (set --contact or KG_CONTACT). {text}"
        )
    if code == 400:
        return RemoteError(f"{what}: the query was rejected as malformed (HTTP 400): {text}")
    return RemoteError(f"{what}: HTTP {code}: {text}")


def network_error(err: BaseException) -> Retry:
    reason = getattr(err, "reason", err)
    if isinstance(reason, TimeoutError | socket.timeout) or isinstance(err, TimeoutError):
        return Retry("timed out")
    return Retry(f"unreachable ({reason})")


def build_user_agent(contact: str | None = None) -> str:
    """``company-kg/<version> (<contact>) SPARQLWrapper/<version>``."""
    contact = " ".join((contact or DEFAULT_CONTACT).split())
    contact = "".join(ch for ch in contact if ch.isprintable() and ch not in "()")
    if not contact:
        raise UsageError("the contact for the User-Agent is empty; give a URL or an e-mail")
    return f"company-kg/{__version__} ({contact}) SPARQLWrapper/{_sparqlwrapper.__version__}"


def safe_read(err: urllib.error.HTTPError) -> bytes:
    try:
        return err.read() or b""
    except (OSError, http.client.HTTPException):
        return b""
