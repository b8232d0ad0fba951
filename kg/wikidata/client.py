"""A polite SPARQL client for the Wikidata Query Service (or any endpoint shaped like it).

It follows the Wikidata Query Service rules: a descriptive User-Agent with a contact, one
request at a time, POST, Retry-After honoured on 429, bounded retries with backoff on 5xx and
timeouts, bodies checked, and an on-disk cache so that a second run sends no query for keys
already answered.
"""

from __future__ import annotations

import hashlib
import http.client
import re
import threading
import urllib.error
from collections.abc import Callable, Iterable

from SPARQLWrapper import JSON, POST, SELECT, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    Unauthorized,
    URITooLong,
)

from kg.errors import RemoteError, UsageError
from kg.http import (
    ClientStats,
    Retry,
    RetryPolicy,
    build_user_agent,
    check_json_body,
    http_error,
    network_error,
    safe_read,
)
from kg.wikidata.cache import Cache, NoCache
from kg.wikidata.sparql import (
    QID_PATTERN,
    enrich_query,
    label_query,
    qid_from_iri,
    sitelink_query,
    statements_query,
)

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"


# Titles per VALUES query. A sitelink lookup costs a few index probes per title, so 50 titles
# answer in well under a second on WDQS, far from its 60 s limit, while keeping the request
# count (and the load on a shared service) low. Label queries walk P31/P279* per name and are
# kept smaller. MediaWiki's API accepts at most 50 titles per request for ordinary clients.
DEFAULT_BATCH_SIZE = 50
DEFAULT_LABEL_BATCH_SIZE = 20
# Items per statement query (kg diff): an item has tens to hundreds of statements for the
# aligned properties, each a row per qualifier value; ten items keep an answer to a few
# thousand rows.
DEFAULT_STATEMENT_BATCH_SIZE = 10

RANKS = {
    "http://wikiba.se/ontology#PreferredRank": "preferred",
    "http://wikiba.se/ontology#NormalRank": "normal",
    "http://wikiba.se/ontology#DeprecatedRank": "deprecated",
}


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
        statement_batch_size: int = DEFAULT_STATEMENT_BATCH_SIZE,
    ):
        if not re.match(r"^https?://", endpoint or ""):
            raise UsageError(f"endpoint {endpoint!r} is not an http(s) URL")
        if batch_size < 1 or label_batch_size < 1 or statement_batch_size < 1:
            raise UsageError("batch sizes must be at least 1")
        self.endpoint = endpoint
        self.user_agent = build_user_agent(contact)
        self.cache = cache if cache is not None else NoCache()
        self.timeout = timeout
        self.policy = policy or RetryPolicy()
        self.batch_size = batch_size
        self.label_batch_size = label_batch_size
        self.statement_batch_size = statement_batch_size
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
            raise http_error(err.code, err.headers, safe_read(err), what) from None
        except EndPointInternalError as err:
            raise http_error(500, None, _exc_body(err), what) from None
        except QueryBadFormed as err:
            raise http_error(400, None, _exc_body(err), what) from None
        except EndPointNotFound as err:
            raise RemoteError(f"{what}: not found (HTTP 404); check the endpoint URL") from err
        except Unauthorized as err:
            raise RemoteError(f"{what}: unauthorised (HTTP 401)") from err
        except URITooLong as err:
            raise RemoteError(f"{what}: request too long (HTTP 414)") from err
        except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
            raise network_error(err) from None
        data = check_json_body(body, content_type, status)
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("results"), dict)
            or not isinstance(data["results"].get("bindings"), list)
        ):
            raise Retry("answered JSON that is not a SPARQL SELECT result")
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
        qids = [q for q in qids if QID_PATTERN.match(q)]

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

    def statements(
        self, qids: Iterable[str], pids: Iterable[str], qualifiers: Iterable[str] = ()
    ) -> dict[str, list[dict]]:
        """QID -> its statements for ``pids``, every rank, in the full statement form.

        Each statement is a JSON-able dict: ``id`` (the statement IRI), ``property`` ("P571"),
        ``rank`` ("preferred", "normal", "deprecated"), ``value`` (the ``ps:`` value as
        ``{"type", "value", "datatype", "lang"}``, None for "no value"), ``label`` (English
        label of an item value), ``precision`` (of a time), ``amount`` and ``unit`` (of a
        quantity) and ``qualifiers`` ({"P585": [{"type", "value", "datatype", "lang",
        "precision"}]}). Cached per item for this set of properties and qualifiers."""
        qids = [q for q in qids if QID_PATTERN.match(q)]
        pids = sorted(set(pids))
        quals = sorted(set(qualifiers))
        digest = hashlib.sha1(f"{','.join(pids)}|{','.join(quals)}".encode()).hexdigest()[:12]

        def fetch(batch: list[str]) -> dict[str, object]:
            found: dict[str, dict[str, dict]] = {q: {} for q in batch}
            for row in self.select(statements_query(batch, pids, quals)):
                qid = qid_from_iri(row.get("item", {}).get("value", ""))
                sid = row.get("statement", {}).get("value")
                if qid not in found or not sid:
                    continue
                st = found[qid].setdefault(
                    sid,
                    {
                        "id": sid,
                        "property": row.get("property", {}).get("value"),
                        "rank": RANKS.get(row.get("rank", {}).get("value", ""), "normal"),
                        "value": _term(row.get("value")),
                        "label": None,
                        "precision": None,
                        "amount": None,
                        "unit": None,
                        "qualifiers": {},
                    },
                )
                for key in ("precision", "amount", "unit"):
                    if st[key] is None and key in row:
                        st[key] = row[key]["value"]
                if st["label"] is None and "valueLabel" in row:
                    st["label"] = row["valueLabel"]["value"]
                qualifier = row.get("qualifier", {}).get("value")
                term = _term(row.get("qualifierValue"))
                if qualifier and term is not None:
                    term["precision"] = row.get("qualifierPrecision", {}).get("value")
                    values = st["qualifiers"].setdefault(qualifier, [])
                    if term not in values:
                        values.append(term)
            return {q: [v[k] for k in sorted(v)] for q, v in found.items()}

        return self._cached_batches(  # type: ignore[return-value]
            f"statements:{digest}", qids, self.statement_batch_size, fetch
        )


def _term(binding: dict | None) -> dict | None:
    """A SPARQL JSON binding as ``{"type", "value", "datatype", "lang"}`` (None if unbound)."""
    if not binding:
        return None
    kind = binding.get("type")
    return {
        "type": "literal" if kind == "typed-literal" else kind,
        "value": binding.get("value"),
        "datatype": binding.get("datatype"),
        "lang": binding.get("xml:lang"),
    }



def _exc_body(err: Exception) -> bytes:
    return str(err).encode("utf-8", "replace")
