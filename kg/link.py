"""Link graph entities to Wikidata items through a SPARQL endpoint (Wikidata's by default).

Three methods, tried in order for each entity:

1. ``sitelink``: the English Wikipedia title of the entity (from its
   ``<https://en.wikipedia.org/wiki/T> schema:about <entity>`` triple) is looked up in batches
   against the endpoint's sitelink triples. Confidence 1.0.
2. ``redirect``: titles that miss are resolved through a redirect table and/or the MediaWiki
   API (``[[Alibaba]]`` -> "Alibaba Group"), then looked up again. Confidence 0.95. A redirect
   to a section ("Target#Section") is reported, not linked: the target is a broader topic.
3. ``label``: entities without a Wikipedia page (and titles that still miss) are matched on an
   exact English label or alias, constrained by class (organisation, human, geographic
   location) and, when the graph knows it, by country (P17). One candidate links (0.9 with a
   country match, 0.8 typed, 0.6 untyped); several are reported as ambiguous, never guessed.

The client follows the Wikidata Query Service rules: a descriptive User-Agent with a contact,
one request at a time, POST, Retry-After honoured on 429, bounded retries with backoff on 5xx
and timeouts, bodies checked (an HTML page or plain text with status 200, truncated JSON), and
an on-disk cache so that a second run sends no query for titles already resolved. Every string
placed in a query goes through :func:`sparql_string`.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import re
import socket
import sqlite3
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import SPARQLWrapper as _sparqlwrapper
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from SPARQLWrapper import JSON, POST, SELECT, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    Unauthorized,
    URITooLong,
)

from kg import __version__
from kg.errors import OutputError, RemoteError, UsageError
from kg.titles import title_from_iri
from kg.vocab import KGO, SCHEMA, WD, WDT

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
DEFAULT_MEDIAWIKI_API = "https://en.wikipedia.org/w/api.php"
DEFAULT_CONTACT = "https://w3id.org/company-kg"
WIKIDATA_GRAPH = "https://w3id.org/company-kg/graph/wikidata"

# Titles per VALUES query. A sitelink lookup costs a few index probes per title, so 50 titles
# answer in well under a second on WDQS, far from its 60 s limit, while keeping the request
# count (and the load on a shared service) low. Label queries walk P31/P279* per name and are
# kept smaller. MediaWiki's API accepts at most 50 titles per request for ordinary clients.
DEFAULT_BATCH_SIZE = 50
DEFAULT_LABEL_BATCH_SIZE = 20
MEDIAWIKI_MAX_TITLES = 50


# Wikidata classes used to constrain label matches.
ORGANISATION = "Q43229"
HUMAN = "Q5"
PLACE = "Q2221906"
ANY_KIND = (ORGANISATION, HUMAN, PLACE)
KIND_NAMES = {ORGANISATION: "organisation", HUMAN: "human", PLACE: "place"}

CONFIDENCE = {
    "sitelink": Decimal("1.0"),
    "redirect": Decimal("0.95"),
    "label-country": Decimal("0.9"),
    "label-typed": Decimal("0.8"),
    "label-untyped": Decimal("0.6"),
}

_QID_IRI = re.compile(r"^http://www\.wikidata\.org/entity/(Q[1-9][0-9]*)$")
_QID = re.compile(r"^Q[1-9][0-9]*$")

Notify = Callable[[str], None]


# ---------------------------------------------------------------- escaping


_ECHAR = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}


def sparql_string(value: str, lang: str | None = None) -> str:
    """A SPARQL string literal (``"..."`` or ``"..."@lang``) whose value is exactly ``value``.

    Backslashes, double quotes and line breaks are escaped; other control characters and the
    Unicode line/paragraph separators become ``\\UXXXXXXXX``. A ``u``/``U`` right after an
    input backslash is written as ``\\U00000075``/``\\U00000055`` so that the output never
    holds a ``\\u`` sequence the input did not ask for: some parsers expand ``\\uXXXX`` before
    tokenising, and ``\\\\u0022`` would otherwise turn into a quote. The 8-digit form is used
    because a 4-digit escape followed by hex digits is read as 8 digits by some parsers.
    Braces, ``>`` and ``#`` need no escape inside a literal. The result cannot end the literal
    early, whatever ``value`` holds.
    """
    if not isinstance(value, str):
        raise TypeError(f"sparql_string expects str, not {type(value).__name__}")
    out: list[str] = []
    previous_backslash = False
    for ch in value:
        if previous_backslash and ch in "uU":
            out.append(f"\\U{ord(ch):08X}")
        elif ch in _ECHAR:
            out.append(_ECHAR[ch])
        elif 0xD800 <= ord(ch) <= 0xDFFF:  # a lone surrogate cannot be sent in UTF-8
            out.append("\\U0000FFFD")
        elif ord(ch) < 0x20 or ch in "\x7f\u2028\u2029":
            out.append(f"\\U{ord(ch):08X}")
        else:
            out.append(ch)
        previous_backslash = ch == "\\"
    literal = '"' + "".join(out) + '"'
    if lang is not None:
        if not re.fullmatch(r"[a-zA-Z]+(-[a-zA-Z0-9]+)*", lang):
            raise ValueError(f"not a language tag: {lang!r}")
        literal += "@" + lang
    return literal


# Characters that may not appear raw in a SPARQL IRIREF (and "\\", which would start an escape).
_IRI_FORBIDDEN = set('<>"{}|^`\\ ')


def sparql_iri(iri: str) -> str:
    """``<iri>`` with every character that could end or alter the IRIREF percent-encoded."""
    out = []
    for ch in iri:
        if ch in _IRI_FORBIDDEN or ord(ch) <= 0x20 or ord(ch) == 0x7F:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "<" + "".join(out) + ">"


def wd_item(qid: str) -> str:
    """``wd:Qnnn`` for a validated QID (anything else raises ValueError)."""
    if not _QID.match(qid):
        raise ValueError(f"not a Wikidata item id: {qid!r}")
    return "wd:" + qid


def qid_from_iri(iri: str) -> str | None:
    m = _QID_IRI.match(iri)
    return m.group(1) if m else None


PREFIXES = """PREFIX schema: <http://schema.org/>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def sitelink_query(titles: Sequence[str]) -> str:
    """The query that resolves English Wikipedia titles to items (the same on WDQS)."""
    values = " ".join(sparql_string(t, "en") for t in titles)
    return (
        PREFIXES
        + "SELECT ?title ?item WHERE {\n"
        + f"  VALUES ?title {{ {values} }}\n"
        + "  ?article schema:about ?item ;\n"
        + "           schema:isPartOf <https://en.wikipedia.org/> ;\n"
        + "           schema:name ?title .\n"
        + "}"
    )


def label_query(lookups: Sequence[tuple[str, str]]) -> str:
    """Items whose English label or alias is exactly ``name`` and that are instances of
    ``class`` (or of a subclass), with their countries."""
    rows = " ".join(f"({sparql_string(name, 'en')} {wd_item(cls)})" for name, cls in lookups)
    return (
        PREFIXES
        + "SELECT DISTINCT ?name ?class ?item ?country WHERE {\n"
        + f"  VALUES (?name ?class) {{ {rows} }}\n"
        + "  ?item rdfs:label|skos:altLabel ?name .\n"
        + "  ?item wdt:P31/wdt:P279* ?class .\n"
        + "  OPTIONAL { ?item wdt:P17 ?country . }\n"
        + "}"
    )


def enrich_query(qids: Sequence[str]) -> str:
    """P31, P17 and the English label of each item."""
    values = " ".join(wd_item(q) for q in qids)
    return (
        PREFIXES
        + "SELECT ?item ?prop ?value WHERE {\n"
        + f"  VALUES ?item {{ {values} }}\n"
        + '  { ?item wdt:P31 ?value . BIND("P31" AS ?prop) }\n'
        + '  UNION { ?item wdt:P17 ?value . BIND("P17" AS ?prop) }\n'
        + '  UNION { ?item rdfs:label ?value . FILTER(LANG(?value) = "en") BIND("label" AS ?prop) }\n'
        + "}"
    )


# ---------------------------------------------------------------- cache


class Cache:
    """Answers already received, in ``DIR/wikidata-cache.sqlite3``.

    Keyed by service URL + method + key (a title, a label lookup or a QID). Misses are cached
    too, so a second run sends nothing for titles already asked. Entries older than
    ``max_age_days`` are ignored (None keeps them forever).
    """

    FILE = "wikidata-cache.sqlite3"

    def __init__(self, directory: str | Path, max_age_days: float | None = 30.0):
        self.directory = Path(directory)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.directory / self.FILE, check_same_thread=False)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS answers (service TEXT NOT NULL, method TEXT NOT NULL,"
                " key TEXT NOT NULL, value TEXT NOT NULL, stored REAL NOT NULL,"
                " PRIMARY KEY (service, method, key))"
            )
            self._db.commit()
        except (OSError, sqlite3.Error) as err:
            raise OutputError(f"cache directory {self.directory}: {err}") from err
        self.max_age = None if max_age_days is None else max_age_days * 86400.0
        self._lock = threading.Lock()

    def get_many(self, service: str, method: str, keys: Iterable[str]) -> dict[str, object]:
        found: dict[str, object] = {}
        oldest = 0.0 if self.max_age is None else time.time() - self.max_age
        with self._lock:
            for key in keys:
                row = self._db.execute(
                    "SELECT value FROM answers WHERE service=? AND method=? AND key=? AND stored>=?",
                    (service, method, key, oldest),
                ).fetchone()
                if row is not None:
                    found[key] = json.loads(row[0])
        return found

    def put_many(self, service: str, method: str, items: dict[str, object]) -> None:
        now = time.time()
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                [
                    (service, method, k, json.dumps(v, sort_keys=True), now)
                    for k, v in items.items()
                ],
            )
            self._db.commit()

    def close(self) -> None:
        with self._lock:
            self._db.close()


class NoCache:
    """The cache interface with nothing behind it (``--no-cache``)."""

    def get_many(self, service: str, method: str, keys: Iterable[str]) -> dict[str, object]:
        return {}

    def put_many(self, service: str, method: str, items: dict[str, object]) -> None:
        return None

    def close(self) -> None:
        return None


# ---------------------------------------------------------------- retry policy


class _Retry(Exception):
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
        last: _Retry | None = None
        for number in range(1, self.max_attempts + 1):
            stats.requests += 1
            try:
                return attempt()
            except _Retry as err:
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


def _check_json_body(body: bytes, content_type: str, status: int | None = 200) -> object:
    """Parse a JSON body, recognising the non-JSON answers that come with status 200."""
    stripped = body.lstrip()
    if "html" in content_type.lower() or stripped[:1] == b"<":
        raise _Retry(f"answered an HTML page with status {status}, not JSON")
    if not stripped:
        raise _Retry(f"answered an empty body with status {status}")
    if stripped[:1] not in (b"{", b"["):
        text = stripped[:60].decode("utf-8", "replace").replace("\n", " ")
        raise _Retry(f"answered plain text with status {status}, not JSON: {text!r}")
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _Retry(f"answered truncated or invalid JSON ({len(body)} bytes)") from None


def _http_error(code: int, headers, body: bytes, what: str) -> Exception:
    """A retryable _Retry for 429/5xx, a RemoteError for the rest."""
    retry_after = parse_retry_after(headers.get("Retry-After")) if headers is not None else None
    if code == 429:
        return _Retry("too many requests (HTTP 429)", retry_after)
    if code >= 500:
        detail = ""
        if b"TimeoutException" in body or b"timeout" in body.lower():
            detail = ", the query timed out on the server"
        return _Retry(f"server error (HTTP {code}{detail})", retry_after)
    text = body[:200].decode("utf-8", "replace").strip().replace("\n", " ")
    if code == 403:
        return RemoteError(
            f"{what}: refused (HTTP 403); the service may block clients that ignore its rules"
            f" or lack a contact in the User-Agent (set --contact or KG_CONTACT). {text}"
        )
    if code == 400:
        return RemoteError(f"{what}: the query was rejected as malformed (HTTP 400): {text}")
    return RemoteError(f"{what}: HTTP {code}: {text}")


def _network_error(err: BaseException) -> _Retry:
    reason = getattr(err, "reason", err)
    if isinstance(reason, TimeoutError | socket.timeout) or isinstance(err, TimeoutError):
        return _Retry("timed out")
    return _Retry(f"unreachable ({reason})")


def build_user_agent(contact: str | None = None) -> str:
    """``company-kg/<version> (<contact>) SPARQLWrapper/<version>``."""
    contact = " ".join((contact or DEFAULT_CONTACT).split())
    contact = "".join(ch for ch in contact if ch.isprintable() and ch not in "()")
    if not contact:
        raise UsageError("the contact for the User-Agent is empty; give a URL or an e-mail")
    return f"company-kg/{__version__} ({contact}) SPARQLWrapper/{_sparqlwrapper.__version__}"


# ---------------------------------------------------------------- SPARQL client


class WikidataClient:
    """A polite SPARQL client for the Wikidata Query Service (or any endpoint shaped like it).

    One request at a time (a lock), POST with a form-encoded query, JSON results, a descriptive
    User-Agent, bounded retries (see :class:`RetryPolicy`) and an optional on-disk cache.
    """

    def __init__(
        self,
        endpoint: str = DEFAULT_ENDPOINT,
        *,
        contact: str | None = None,
        cache: Cache | NoCache | None = None,
        timeout: float = 65.0,
        policy: RetryPolicy | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        label_batch_size: int = DEFAULT_LABEL_BATCH_SIZE,
    ):
        if not re.match(r"^https?://", endpoint or ""):
            raise UsageError(f"endpoint {endpoint!r} is not an http(s) URL")
        if batch_size < 1 or label_batch_size < 1:
            raise UsageError("batch sizes must be at least 1")
        self.endpoint = endpoint
        self.user_agent = build_user_agent(contact)
        self.cache = cache if cache is not None else NoCache()
        self.timeout = timeout
        self.policy = policy or RetryPolicy()
        self.batch_size = batch_size
        self.label_batch_size = label_batch_size
        self.stats = ClientStats()
        self._lock = threading.Lock()

    def close(self) -> None:
        self.cache.close()

    # -- raw queries

    def select(self, query: str) -> list[dict[str, dict]]:
        """Run a SELECT query; return the JSON bindings. Raises RemoteError after retries."""
        what = f"endpoint {self.endpoint}"
        hint = "; for timeouts or truncated answers try a smaller --batch-size"
        with self._lock:
            data = self.policy.run(lambda: self._attempt(query, what), what, self.stats, hint)
        return data["results"]["bindings"]

    def _attempt(self, query: str, what: str) -> dict:
        sw = SPARQLWrapper(self.endpoint, agent=self.user_agent)
        sw.setMethod(POST)
        sw.setRequestMethod(URLENCODED)
        sw.setReturnFormat(JSON)
        sw.setOnlyConneg(True)
        sw.setQuery(query)
        sw.queryType = SELECT  # our queries are SELECTs; never let text inside them decide
        sw.timeout = self.timeout  # setTimeout() truncates to whole seconds
        try:
            result = sw.query()
            response = result.response
            body = response.read()
            content_type = response.headers.get("Content-Type", "") or ""
            status = getattr(response, "status", 200)
        except urllib.error.HTTPError as err:
            raise _http_error(err.code, err.headers, _safe_read(err), what) from None
        except EndPointInternalError as err:
            raise _http_error(500, None, _exc_body(err), what) from None
        except QueryBadFormed as err:
            raise _http_error(400, None, _exc_body(err), what) from None
        except EndPointNotFound as err:
            raise RemoteError(f"{what}: not found (HTTP 404); check the endpoint URL") from err
        except Unauthorized as err:
            raise RemoteError(f"{what}: unauthorised (HTTP 401)") from err
        except URITooLong as err:
            raise RemoteError(f"{what}: request too long (HTTP 414)") from err
        except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
            raise _network_error(err) from None
        data = _check_json_body(body, content_type, status)
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("results"), dict)
            or not isinstance(data["results"].get("bindings"), list)
        ):
            raise _Retry("answered JSON that is not a SPARQL SELECT result")
        return data

    # -- lookups with cache and batching

    def _cached_batches(
        self,
        method: str,
        keys: Iterable[str],
        batch_size: int,
        fetch: Callable[[list[str]], dict[str, object]],
    ) -> dict[str, object]:
        wanted = sorted(set(keys))
        found = self.cache.get_many(self.endpoint, method, wanted)
        self.stats.cache_hits += len(found)
        missing = [k for k in wanted if k not in found]
        for start in range(0, len(missing), batch_size):
            batch = missing[start : start + batch_size]
            answers = fetch(batch)
            self.cache.put_many(self.endpoint, method, answers)
            found.update(answers)
        return found

    def sitelinks(self, titles: Iterable[str]) -> dict[str, list[str]]:
        """English Wikipedia title -> QIDs of the items with that sitelink (usually 0 or 1)."""

        def fetch(batch: list[str]) -> dict[str, object]:
            answers: dict[str, set[str]] = {t: set() for t in batch}
            for row in self.select(sitelink_query(batch)):
                title = row.get("title", {}).get("value")
                qid = qid_from_iri(row.get("item", {}).get("value", ""))
                if title in answers and qid:
                    answers[title].add(qid)
            return {t: sorted(q) for t, q in answers.items()}

        return self._cached_batches("sitelink", titles, self.batch_size, fetch)  # type: ignore[return-value]

    def label_candidates(self, lookups: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        """(name, class QID) -> {candidate QID: [country QIDs]} for exact label/alias matches."""
        keyed = {f"{name}\t{cls}": (name, cls) for name, cls in lookups}

        def fetch(batch: list[str]) -> dict[str, object]:
            answers: dict[str, dict[str, set[str]]] = {k: {} for k in batch}
            for row in self.select(label_query([keyed[k] for k in batch])):
                name = row.get("name", {}).get("value")
                cls = qid_from_iri(row.get("class", {}).get("value", ""))
                qid = qid_from_iri(row.get("item", {}).get("value", ""))
                key = f"{name}\t{cls}"
                if key not in answers or not qid:
                    continue
                countries = answers[key].setdefault(qid, set())
                country = qid_from_iri(row.get("country", {}).get("value", ""))
                if country:
                    countries.add(country)
            return {k: {q: sorted(c) for q, c in v.items()} for k, v in answers.items()}

        found = self._cached_batches("label", keyed, self.label_batch_size, fetch)
        return {keyed[k]: v for k, v in found.items()}  # type: ignore[misc]

    def describe(self, qids: Iterable[str]) -> dict[str, dict]:
        """QID -> {"P31": [...], "P17": [...], "label": str | None}."""
        qids = [q for q in qids if _QID.match(q)]

        def fetch(batch: list[str]) -> dict[str, object]:
            answers: dict[str, dict] = {
                q: {"P31": set(), "P17": set(), "label": None} for q in batch
            }
            for row in self.select(enrich_query(batch)):
                qid = qid_from_iri(row.get("item", {}).get("value", ""))
                prop = row.get("prop", {}).get("value")
                value = row.get("value", {})
                if qid not in answers:
                    continue
                if prop in ("P31", "P17"):
                    target = qid_from_iri(value.get("value", ""))
                    if target:
                        answers[qid][prop].add(target)
                elif prop == "label":
                    current = answers[qid]["label"]
                    label = value.get("value")
                    if label is not None and (current is None or label < current):
                        answers[qid]["label"] = label
            return {
                q: {"P31": sorted(a["P31"]), "P17": sorted(a["P17"]), "label": a["label"]}
                for q, a in answers.items()
            }

        return self._cached_batches("describe", qids, self.batch_size, fetch)  # type: ignore[return-value]


def _safe_read(err: urllib.error.HTTPError) -> bytes:
    try:
        return err.read() or b""
    except (OSError, http.client.HTTPException):
        return b""


def _exc_body(err: Exception) -> bytes:
    return str(err).encode("utf-8", "replace")


# ---------------------------------------------------------------- redirects


@dataclass(frozen=True)
class Redirect:
    target: str
    fragment: str | None = None

    def __str__(self) -> str:
        return self.target + (f"#{self.fragment}" if self.fragment else "")


def load_redirect_table(path: str | Path) -> dict[str, Redirect]:
    """A TSV of ``source<TAB>target`` lines (``#`` starts a comment line); target may carry
    ``#Section``."""
    table: dict[str, Redirect] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(f"redirect table {path}: {err}") from err
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise UsageError(
                f"redirect table {path}, line {number}: expected 'source<TAB>target', got {line!r}"
            )
        source = parts[0].strip().replace("_", " ")
        target, _, fragment = parts[1].strip().replace("_", " ").partition("#")
        table[source] = Redirect(target.strip(), fragment.strip() or None)
    return table


class RedirectResolver:
    """Redirect targets from a user table first, then the MediaWiki API (when configured).

    The API is asked with ``action=query&redirects`` in batches of 50, with the same
    User-Agent, lock discipline, retry policy and cache as the SPARQL client. When the API
    cannot be reached, :attr:`failure` says why and the titles count as unresolved.
    """

    def __init__(
        self,
        api_url: str | None = DEFAULT_MEDIAWIKI_API,
        *,
        table: dict[str, Redirect] | None = None,
        user_agent: str | None = None,
        cache: Cache | NoCache | None = None,
        policy: RetryPolicy | None = None,
        timeout: float = 30.0,
        stats: ClientStats | None = None,
    ):
        if api_url is not None and not re.match(r"^https?://", api_url):
            raise UsageError(f"MediaWiki API {api_url!r} is not an http(s) URL")
        self.api_url = api_url
        self.table = table or {}
        self.user_agent = user_agent or build_user_agent(None)
        self.cache = cache if cache is not None else NoCache()
        self.policy = policy or RetryPolicy()
        self.timeout = timeout
        self.stats = stats or ClientStats()
        self.failure: str | None = None
        self._lock = threading.Lock()

    @classmethod
    def for_client(
        cls, client: WikidataClient, api_url: str | None = DEFAULT_MEDIAWIKI_API, **kwargs
    ) -> RedirectResolver:
        return cls(
            api_url,
            user_agent=client.user_agent,
            cache=client.cache,
            policy=client.policy,
            stats=client.stats,
            **kwargs,
        )

    def resolve(self, titles: Iterable[str]) -> dict[str, Redirect | None]:
        """Title -> its redirect target, or None (not a redirect, or not known)."""
        wanted = sorted(set(titles))
        out: dict[str, Redirect | None] = {t: self.table.get(t) for t in wanted}
        ask = [t for t in wanted if out[t] is None]
        if not ask or self.api_url is None or self.failure:
            return out
        found = self.cache.get_many(self.api_url, "redirect", ask)
        self.stats.cache_hits += len(found)
        missing = [t for t in ask if t not in found]
        try:
            for start in range(0, len(missing), MEDIAWIKI_MAX_TITLES):
                batch = missing[start : start + MEDIAWIKI_MAX_TITLES]
                answers = self._fetch(batch)
                self.cache.put_many(self.api_url, "redirect", answers)
                found.update(answers)
        except RemoteError as err:
            self.failure = str(err)
        for title in ask:
            value = found.get(title)
            if isinstance(value, dict):
                out[title] = Redirect(value["target"], value.get("fragment"))
        return out

    def _fetch(self, titles: list[str]) -> dict[str, object]:
        what = f"MediaWiki API {self.api_url}"
        with self._lock:
            data = self.policy.run(lambda: self._attempt(titles, what), what, self.stats)
        query = data.get("query", {}) if isinstance(data, dict) else {}
        normalized = {n["from"]: n["to"] for n in query.get("normalized", []) if "from" in n}
        redirects = {r["from"]: r for r in query.get("redirects", []) if "from" in r}
        answers: dict[str, object] = {}
        for title in titles:
            current = normalized.get(title, title)
            fragment = None
            seen = {current}
            while current in redirects:
                hop = redirects[current]
                current = hop.get("to", current)
                fragment = hop.get("tofragment") or None
                if current in seen:
                    break
                seen.add(current)
            if current != title:
                answers[title] = {"target": current, "fragment": fragment}
            else:
                answers[title] = None
        return answers

    def _attempt(self, titles: list[str], what: str) -> dict:
        params = {
            "action": "query",
            "format": "json",
            "formatversion": "2",
            "redirects": "1",
            "maxlag": "5",
            # U+001F as the separator lets titles hold any character, "|" included
            "titles": "\x1f" + "\x1f".join(titles),
        }
        url = self.api_url + ("&" if "?" in self.api_url else "?") + urllib.parse.urlencode(params)
        request = urllib.request.Request(
            url, headers={"User-Agent": self.user_agent, "Accept": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read()
                content_type = response.headers.get("Content-Type", "") or ""
                headers = response.headers
                status = response.status
        except urllib.error.HTTPError as err:
            raise _http_error(err.code, err.headers, _safe_read(err), what) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
            raise _network_error(err) from None
        data = _check_json_body(body, content_type, status)
        if not isinstance(data, dict):
            raise _Retry("answered JSON that is not an API result")
        error = data.get("error")
        if isinstance(error, dict):
            if error.get("code") == "maxlag":
                raise _Retry(
                    "replication lag (maxlag)", parse_retry_after(headers.get("Retry-After")) or 5.0
                )
            raise RemoteError(f"{what}: {error.get('code')}: {error.get('info', '')}")
        return data


# ---------------------------------------------------------------- linking a graph


@dataclass
class Link:
    entity: str
    qid: str
    method: str  # "sitelink" | "redirect" | "label"
    confidence: Decimal
    label: str | None = None
    title: str | None = None
    via: str | None = None  # redirect target or the matched label


@dataclass
class Unlinked:
    entity: str
    label: str | None
    title: str | None
    reason: str
    candidates: list[str] = field(default_factory=list)


@dataclass
class LinkReport:
    endpoint: str
    links: list[Link] = field(default_factory=list)
    ambiguous: list[Unlinked] = field(default_factory=list)
    unlinked: list[Unlinked] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    enriched: int = 0
    requests: int = 0
    cache_hits: int = 0

    def link_for(self, entity: str) -> Link | None:
        return next((lk for lk in self.links if lk.entity == entity), None)

    def summary(self) -> str:
        methods: dict[str, int] = {}
        for lk in self.links:
            methods[lk.method] = methods.get(lk.method, 0) + 1
        detail = ", ".join(f"{n} by {m}" for m, n in sorted(methods.items()))
        line = (
            f"linked {len(self.links)} entities ({detail or 'none'}), {len(self.ambiguous)} ambiguous,"
            f" {len(self.unlinked)} unlinked; {self.requests} requests, {self.cache_hits} cache hits"
        )
        if self.enriched:
            line += f"; enriched {self.enriched} items"
        return line

    def to_json(self) -> dict:
        def links(lk: Link) -> dict:
            return {
                "entity": lk.entity,
                "label": lk.label,
                "title": lk.title,
                "wikidata": str(WD[lk.qid]),
                "method": lk.method,
                "confidence": str(lk.confidence),
                "via": lk.via,
            }

        def missing(u: Unlinked) -> dict:
            return {
                "entity": u.entity,
                "label": u.label,
                "title": u.title,
                "reason": u.reason,
                "candidates": [str(WD[q]) for q in u.candidates],
            }

        return {
            "endpoint": self.endpoint,
            "summary": self.summary(),
            "links": [links(lk) for lk in self.links],
            "ambiguous": [missing(u) for u in self.ambiguous],
            "unlinked": [missing(u) for u in self.unlinked],
            "warnings": list(self.warnings),
        }


_KINDS = {
    str(KGO.Company): ORGANISATION,
    str(KGO.Organization): ORGANISATION,
    str(KGO.Person): HUMAN,
    str(KGO.Place): PLACE,
    str(KGO.Agent): None,
    str(KGO.Entity): None,
}
_ABOUT, _LABEL, _TYPE = str(SCHEMA.about), str(RDFS.label), str(RDF.type)
_COUNTRY, _SAME_AS, _LINK = str(KGO.country), str(OWL.sameAs), str(KGO.wikidataLink)


class _RdflibView:
    """Read access to an rdflib Graph or Dataset (all graphs)."""

    def __init__(self, graph: Graph):
        self.graph = graph

    def pairs(self, predicate: str) -> Iterable[tuple[str, str]]:
        for s, o in self.graph.subject_objects(URIRef(predicate)):
            if isinstance(s, URIRef) and isinstance(o, URIRef):
                yield str(s), str(o)

    def subjects(self, predicate: str) -> set[str]:
        return {str(s) for s in self.graph.subjects(URIRef(predicate)) if isinstance(s, URIRef)}

    def iris(self, subject: str, predicate: str) -> list[str]:
        objs = self.graph.objects(URIRef(subject), URIRef(predicate))
        return sorted({str(o) for o in objs if isinstance(o, URIRef)})

    def literals(self, subject: str, predicate: str) -> list[tuple[str, str | None]]:
        objs = self.graph.objects(URIRef(subject), URIRef(predicate))
        return [(str(o), o.language) for o in objs if isinstance(o, Literal)]


class _OxigraphView:
    """Read access to a pyoxigraph Store (all graphs)."""

    def __init__(self, store: ox.Store):
        self.store = store

    def _objects(self, subject: str, predicate: str):
        return (
            q.object
            for q in self.store.quads_for_pattern(
                ox.NamedNode(subject), ox.NamedNode(predicate), None, None
            )
        )

    def pairs(self, predicate: str) -> Iterable[tuple[str, str]]:
        for q in self.store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode):
                yield q.subject.value, q.object.value

    def subjects(self, predicate: str) -> set[str]:
        return {
            q.subject.value
            for q in self.store.quads_for_pattern(None, ox.NamedNode(predicate), None, None)
            if isinstance(q.subject, ox.NamedNode)
        }

    def iris(self, subject: str, predicate: str) -> list[str]:
        return sorted(
            {o.value for o in self._objects(subject, predicate) if isinstance(o, ox.NamedNode)}
        )

    def literals(self, subject: str, predicate: str) -> list[tuple[str, str | None]]:
        return [
            (o.value, o.language)
            for o in self._objects(subject, predicate)
            if isinstance(o, ox.Literal)
        ]


@dataclass
class _Target:
    entity: str
    titles: list[str]
    labels: list[str]
    kind: str | None  # ORGANISATION / HUMAN / PLACE, or None when unknown
    country: str | None


def _namespace(iri: str) -> str:
    return iri.rsplit("/", 1)[0] + "/"


def find_targets(view) -> list[_Target]:
    """Entities to link: those with a sitelink triple, and named entities without one.

    Named entities without a Wikipedia page are subjects with an ``rdfs:label`` that are typed
    with a kgo entity class (Company, Organization, Person, Place, Agent, Entity), or untyped
    and in the same namespace as the sitelinked entities. Other typed nodes (events,
    citations...) are never matched, whatever their label.
    """
    if isinstance(view, Graph):
        view = _RdflibView(view)
    elif isinstance(view, ox.Store):
        view = _OxigraphView(view)
    titles: dict[str, set[str]] = {}
    for article, entity in view.pairs(_ABOUT):
        title = title_from_iri(article)
        if title:
            titles.setdefault(entity, set()).add(title)
    namespaces = {_namespace(e) for e in titles}
    candidates = set(titles)
    for subject in view.subjects(_LABEL):
        if subject in candidates:
            continue
        types = set(view.iris(subject, _TYPE))
        if types & set(_KINDS) or (not types and _namespace(subject) in namespaces):
            candidates.add(subject)
    targets = []
    for entity in sorted(candidates):
        labels = sorted(
            {
                value
                for value, lang in view.literals(entity, _LABEL)
                if lang in (None, "", "en") or lang.lower().startswith("en-")
            }
        )
        kinds = {_KINDS[t] for t in view.iris(entity, _TYPE) if t in _KINDS} - {None}
        countries = view.iris(entity, _COUNTRY)
        targets.append(
            _Target(
                entity,
                sorted(titles.get(entity, ())),
                labels,
                kinds.pop() if len(kinds) == 1 else None,
                countries[0] if countries else None,
            )
        )
    return targets


def _existing_qid(view, entity: str) -> str | None:
    for o in view.iris(entity, _SAME_AS):
        qid = qid_from_iri(o)
        if qid:
            return qid
    return None


def link_node(entity: str) -> URIRef:
    """The deterministic IRI of an entity's link record."""
    return URIRef(str(entity) + "/wikidata-link")


def _strip_disambiguator(title: str) -> str:
    return re.sub(r"\s*\([^()]*\)$", "", title).strip() or title


def plan_links(
    view,
    client: WikidataClient,
    *,
    redirects: RedirectResolver | None = None,
    label_fallback: bool = True,
    notify: Notify | None = None,
) -> tuple[LinkReport, list[_Target]]:
    """Decide the links of the entities in ``view`` (an rdflib Graph or a pyoxigraph Store);
    write nothing. Returns the report and the entities considered."""
    if isinstance(view, Graph):
        view = _RdflibView(view)
    elif isinstance(view, ox.Store):
        view = _OxigraphView(view)
    say = notify or (lambda _msg: None)
    report = LinkReport(endpoint=client.endpoint)
    targets = find_targets(view)
    say(f"{len(targets)} entities to link against {client.endpoint}")
    qids: dict[str, Link] = {}

    def label_of(t: _Target) -> str | None:
        return t.labels[0] if t.labels else (t.titles[0] if t.titles else None)

    def title_of(t: _Target) -> str | None:
        return t.titles[0] if t.titles else None

    # 1. sitelinks
    titled = [t for t in targets if t.titles]
    found = client.sitelinks(title for t in titled for title in t.titles)
    pending: list[_Target] = []
    for t in titled:
        items = sorted({q for title in t.titles for q in found.get(title, [])})
        if len(items) == 1:
            qids[t.entity] = Link(
                t.entity,
                items[0],
                "sitelink",
                CONFIDENCE["sitelink"],
                label_of(t),
                title_of(t),
            )
        elif len(items) > 1:
            report.ambiguous.append(
                Unlinked(t.entity, label_of(t), title_of(t), "titles name different items", items)
            )
        else:
            pending.append(t)

    # 2. redirects
    no_item = "no Wikidata item has this English Wikipedia title"
    reasons: dict[str, str] = {t.entity: no_item for t in pending}
    label_stage: list[_Target] = []
    if pending and redirects is not None:
        resolved = redirects.resolve(title for t in pending for title in t.titles)
        if redirects.failure:
            report.warnings.append(f"redirects not resolved: {redirects.failure}")
            for t in pending:
                reasons[t.entity] = no_item + " (redirects could not be checked)"
        plain = {t.entity: [resolved.get(x) for x in t.titles] for t in pending}
        targets_found = client.sitelinks(
            r.target for rs in plain.values() for r in rs if r is not None and not r.fragment
        )
        for t in pending:
            hops = [r for r in plain[t.entity] if r is not None]
            sections = [r for r in hops if r.fragment]
            whole = [r for r in hops if not r.fragment]
            items = sorted({q for r in whole for q in targets_found.get(r.target, [])})
            if len(items) == 1:
                qids[t.entity] = Link(
                    t.entity,
                    items[0],
                    "redirect",
                    CONFIDENCE["redirect"],
                    label_of(t),
                    title_of(t),
                    via=whole[0].target,
                )
            elif len(items) > 1:
                report.ambiguous.append(
                    Unlinked(
                        t.entity,
                        label_of(t),
                        title_of(t),
                        "redirects name different items",
                        items,
                    )
                )
            elif sections:
                report.unlinked.append(
                    Unlinked(
                        t.entity,
                        label_of(t),
                        title_of(t),
                        f"redirects to a section ({sections[0]}), a broader topic; not linked",
                    )
                )
            else:
                if whole:
                    reasons[t.entity] = f"{no_item} nor its redirect target {whole[0].target!r}"
                label_stage.append(t)
    else:
        label_stage.extend(pending)

    # 3. exact label/alias, constrained by class and country
    untitled = [t for t in targets if not t.titles]
    for t in untitled:
        reasons[t.entity] = "no Wikipedia page"
    label_stage.extend(untitled)
    if label_stage and label_fallback:
        names_of: dict[str, list[str]] = {}
        lookups: set[tuple[str, str]] = set()
        for t in label_stage:
            names = t.labels or [_strip_disambiguator(x) for x in t.titles]
            names_of[t.entity] = names
            for name in names:
                for cls in (t.kind,) if t.kind else ANY_KIND:
                    lookups.add((name, cls))
        answers = client.label_candidates(lookups)
        for t in label_stage:
            kind_name = KIND_NAMES[t.kind] if t.kind else "organisation, human or place"
            candidates: dict[str, set[str]] = {}
            matched: dict[str, str] = {}
            for name in names_of[t.entity]:
                for cls in (t.kind,) if t.kind else ANY_KIND:
                    for qid, countries in answers.get((name, cls), {}).items():
                        candidates.setdefault(qid, set()).update(countries)
                        matched.setdefault(qid, name)
            country_qid = None
            if t.country is not None and t.kind in (ORGANISATION, PLACE):
                linked_country = qids.get(t.country)
                country_qid = (
                    linked_country.qid if linked_country else _existing_qid(view, t.country)
                )
            label = label_of(t)
            if country_qid and candidates:
                in_country = sorted(q for q, c in candidates.items() if country_qid in c)
                if len(in_country) == 1:
                    q = in_country[0]
                    qids[t.entity] = Link(
                        t.entity,
                        q,
                        "label",
                        CONFIDENCE["label-country"],
                        label,
                        title_of(t),
                        via=matched[q],
                    )
                elif len(in_country) > 1:
                    report.ambiguous.append(
                        Unlinked(
                            t.entity,
                            label,
                            title_of(t),
                            f"{len(in_country)} {kind_name} items in {country_qid} share the label",
                            in_country,
                        )
                    )
                else:
                    report.unlinked.append(
                        Unlinked(
                            t.entity,
                            label,
                            title_of(t),
                            f"{reasons[t.entity]}; label matches found, none in country {country_qid}",
                            sorted(candidates),
                        )
                    )
                continue
            if len(candidates) == 1:
                q = next(iter(candidates))
                confidence = CONFIDENCE["label-typed" if t.kind else "label-untyped"]
                qids[t.entity] = Link(
                    t.entity, q, "label", confidence, label, title_of(t), via=matched[q]
                )
            elif len(candidates) > 1:
                report.ambiguous.append(
                    Unlinked(
                        t.entity,
                        label,
                        title_of(t),
                        f"{len(candidates)} {kind_name} items share the label",
                        sorted(candidates),
                    )
                )
            else:
                report.unlinked.append(
                    Unlinked(
                        t.entity,
                        label,
                        title_of(t),
                        f"{reasons[t.entity]}; no {kind_name} item has this exact label or alias",
                    )
                )
    else:
        for t in label_stage:
            reason = reasons[t.entity] + ("" if label_fallback else "; label matching is off")
            report.unlinked.append(Unlinked(t.entity, label_of(t), title_of(t), reason))

    report.links = [qids[e] for e in sorted(qids)]
    report.ambiguous.sort(key=lambda u: u.entity)
    report.unlinked.sort(key=lambda u: u.entity)
    report.requests = client.stats.requests
    report.cache_hits = client.stats.cache_hits
    return report, targets


def link_triples(links: Iterable[Link]) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The triples that record ``links``: owl:sameAs plus a kgo:WikidataLink node each."""
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
    for lk in links:
        entity, node, item = URIRef(lk.entity), link_node(lk.entity), WD[lk.qid]
        out += [
            (entity, OWL.sameAs, item),
            (entity, KGO.wikidataLink, node),
            (node, RDF.type, KGO.WikidataLink),
            (node, KGO.wikidataItem, item),
            (node, KGO.linkMethod, Literal(lk.method)),
            (node, KGO.linkConfidence, Literal(lk.confidence, datatype=XSD.decimal)),
        ]
    return out


def link_graph(
    graph: Graph,
    client: WikidataClient,
    *,
    redirects: RedirectResolver | None = None,
    label_fallback: bool = True,
    enrich_into: Graph | None = None,
    notify: Notify | None = None,
) -> LinkReport:
    """Link the entities of an rdflib ``graph`` to Wikidata; add the link triples to it.

    ``graph`` may be a Graph or a Dataset (then its default graph receives the links).
    Earlier Wikidata links of the entities are replaced, so linking twice gives the same graph.
    ``enrich_into``, when given, receives P31, P17 and English labels of the linked items (and
    labels of their classes and countries); it is emptied first. Raises RemoteError when the
    SPARQL endpoint fails; a MediaWiki API failure only becomes a warning in the report.
    """
    report, targets = plan_links(
        graph, client, redirects=redirects, label_fallback=label_fallback, notify=notify
    )
    for t in targets:
        entity = URIRef(t.entity)
        for node in list(graph.objects(entity, KGO.wikidataLink)):
            graph.remove((node, None, None))
            graph.remove((entity, KGO.wikidataLink, node))
        for o in list(graph.objects(entity, OWL.sameAs)):
            if qid_from_iri(str(o)):
                graph.remove((entity, OWL.sameAs, o))
    for triple in link_triples(report.links):
        graph.add(triple)
    if enrich_into is not None:
        enrich_into.remove((None, None, None))
        triples, report.enriched = enrichment_triples(client, [lk.qid for lk in report.links])
        for triple in triples:
            enrich_into.add(triple)
        report.requests = client.stats.requests
        report.cache_hits = client.stats.cache_hits
    return report


def link_quads(
    quads: Iterable[ox.Quad],
    client: WikidataClient,
    *,
    redirects: RedirectResolver | None = None,
    label_fallback: bool = True,
    enrich: bool = False,
    notify: Notify | None = None,
) -> tuple[list[ox.Quad], LinkReport]:
    """:func:`link_graph` for pyoxigraph quads (what ``kg build`` produces).

    Returns the quads with earlier Wikidata links of the entities replaced by the new ones (in
    the default graph) and, with ``enrich``, the named graph :data:`WIKIDATA_GRAPH` replaced
    by P31, P17 and English labels of the linked items. Other quads pass through untouched.
    """
    quads = list(quads)
    store = ox.Store()
    store.extend(quads)
    report, targets = plan_links(
        store, client, redirects=redirects, label_fallback=label_fallback, notify=notify
    )
    entities = {t.entity for t in targets}
    nodes = {str(link_node(e)) for e in entities}
    same_as, has_link = ox.NamedNode(_SAME_AS), ox.NamedNode(_LINK)
    enrichment = ox.NamedNode(WIKIDATA_GRAPH)

    def stale(q: ox.Quad) -> bool:
        s = q.subject.value if isinstance(q.subject, ox.NamedNode) else None
        if s in nodes:
            return True
        if s in entities and q.predicate == has_link:
            return True
        if s in entities and q.predicate == same_as and isinstance(q.object, ox.NamedNode):
            return qid_from_iri(q.object.value) is not None
        return enrich and q.graph_name == enrichment

    out = [q for q in quads if not stale(q)]
    out += [ox.Quad(*map(_ox_term, t)) for t in link_triples(report.links)]
    if enrich:
        triples, report.enriched = enrichment_triples(client, [lk.qid for lk in report.links])
        out += [ox.Quad(*map(_ox_term, t), enrichment) for t in triples]
        report.requests = client.stats.requests
        report.cache_hits = client.stats.cache_hits
    return out, report


def _ox_term(term: URIRef | Literal) -> ox.NamedNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def enrichment_triples(
    client: WikidataClient, qids: Iterable[str]
) -> tuple[list[tuple[URIRef, URIRef, URIRef | Literal]], int]:
    """P31, P17 and English labels of ``qids``, plus the English labels of their classes and
    countries. Returns the triples and the number of items described."""
    qids = sorted(set(qids))
    described = client.describe(qids)
    related = sorted(
        {v for d in described.values() for p in ("P31", "P17") for v in d[p]} - set(qids)
    )
    related_described = client.describe(related)
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
    for qid in sorted(described):
        d = described[qid]
        for prop in ("P31", "P17"):
            for value in d[prop]:
                out.append((WD[qid], WDT[prop], WD[value]))
        if d["label"] is not None:
            out.append((WD[qid], RDFS.label, Literal(d["label"], lang="en")))
    for qid in related:
        label = related_described.get(qid, {}).get("label")
        if label is not None:
            out.append((WD[qid], RDFS.label, Literal(label, lang="en")))
    return out, len(described)


def stderr_notify(prefix: str = "kg link") -> Notify:
    def notify(message: str) -> None:
        print(f"{prefix}: {message}", file=sys.stderr)

    return notify
