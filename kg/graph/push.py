"""Push graph files into any SPARQL 1.1 store (Graph Store Protocol or SPARQL Update).

What a failure mid-way leaves behind:

* ``gsp`` (default): one HTTP request per target graph (``POST`` appends, ``PUT`` replaces),
  or one ``POST`` of N-Quads to the dataset for files with several graphs. A store applies
  each request atomically (Oxigraph does), so a failed request changes nothing; with
  ``--replace`` and several graphs, the graphs replaced before the failure stay replaced
  and the error says how many.
* ``update``: the triples go in ``INSERT DATA`` chunks into temporary staging graphs, then
  one final request moves them into place (``MOVE`` with ``--replace``, else ``ADD``). A
  failure while staging leaves the target graphs untouched (the error says how many chunks
  were applied; the staging graphs are dropped). A store that applies one update request
  atomically (Oxigraph does) makes the final step all or nothing too.
"""

from __future__ import annotations

import contextlib
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from SPARQLWrapper import POST, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    Unauthorized,
    URITooLong,
)

from kg.errors import InputError, RemoteError, UsageError
from kg.http import ClientStats, Retry, RetryPolicy, build_user_agent, parse_retry_after

METHODS = ("gsp", "update")
DEFAULT_CHUNK = 5000
Target = tuple[ox.NamedNode | ox.DefaultGraph, list[ox.Triple]]


@dataclass
class PushReport:
    method: str
    endpoint: str
    triples: int = 0
    graphs: int = 0
    requests: int = 0
    chunks: int = 0  # update: INSERT DATA chunks applied

    def summary(self) -> str:
        what = f"{self.triples} triples into {self.graphs} graph(s) at {self.endpoint}"
        how = f"{self.requests} request(s)" + (f", {self.chunks} chunk(s)" if self.method == "update" else "")
        return f"pushed {what} ({self.method}, {how})"


def read_graphs(paths: list[str], graph: str | None = None) -> list[Target]:
    """Parse the files; the triples per target graph (all in ``graph`` when given)."""
    store = ox.Store()
    for path in paths:
        p = Path(path)
        fmt = ox.RdfFormat.from_extension(p.suffix.lstrip(".").lower()) if p.suffix else None
        if fmt is None:
            raise UsageError(f"{path}: unknown graph format; use .ttl, .nt, .nq, .trig, .jsonld or .rdf")
        if not p.is_file():
            raise InputError(f"{path}: no such file; check the path")
        try:
            store.bulk_load(path=str(p), format=fmt)
        except SyntaxError as err:
            raise InputError(f"{path}: not valid {fmt.name}: {err}") from None
    if graph is not None:
        try:
            target = ox.NamedNode(graph)
        except ValueError:
            raise UsageError(f"--graph {graph!r} is not an IRI") from None
        triples = sorted({q.triple for q in store}, key=str)
        return [(target, triples)] if triples else []
    out: list[Target] = []
    default = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    if default:
        out.append((ox.DefaultGraph(), default))
    for name in sorted(store.named_graphs(), key=str):
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, name)]
        if triples and isinstance(name, ox.NamedNode):
            out.append((name, triples))
    return out


class _Client:
    """HTTP with a User-Agent and bounded retries on 429/5xx; unreachable fails at once."""

    def __init__(self, endpoint: str, retries: int, timeout: float, backoff: float, notify: Callable[[str], None] | None):
        if not endpoint.startswith(("http://", "https://")):
            raise UsageError(f"--endpoint {endpoint!r}: give an http:// or https:// URL")
        self.endpoint = endpoint
        self.timeout = timeout
        self.user_agent = build_user_agent()
        self.policy = RetryPolicy(max_attempts=retries + 1, backoff=backoff, notify=notify)
        self.stats = ClientStats()

    def _unreachable(self, err: BaseException) -> RemoteError:
        reason = getattr(err, "reason", err)
        return RemoteError(f"{self.endpoint}: unreachable ({reason}); is the SPARQL store running at this URL?")

    def http(self, method: str, url: str, body: bytes, content_type: str) -> None:
        def attempt() -> None:
            request = urllib.request.Request(
                url,
                data=body,
                method=method,
                headers={"Content-Type": content_type, "User-Agent": self.user_agent},
            )
            with self._transport_errors():
                try:
                    with urllib.request.urlopen(request, timeout=self.timeout) as response:
                        response.read()
                except urllib.error.HTTPError as err:
                    raise _status_error(err.code, err.headers, err.read(), self.endpoint, method) from None

        self.policy.run(attempt, f"{self.endpoint}", self.stats)

    @contextlib.contextmanager
    def _transport_errors(self):
        """Timeouts and dropped connections are retried; an unreachable endpoint is not."""
        try:
            yield
        except TimeoutError:
            raise Retry("timed out") from None
        except urllib.error.URLError as err:
            if isinstance(err.reason, TimeoutError):
                raise Retry("timed out") from None
            raise self._unreachable(err) from None
        except ConnectionError as err:
            raise Retry(f"connection lost ({err})") from None

    def update(self, text: str) -> None:
        def attempt() -> None:
            sparql = SPARQLWrapper(self.endpoint, agent=self.user_agent)
            sparql.setMethod(POST)
            sparql.setRequestMethod(URLENCODED)
            sparql.setTimeout(int(self.timeout))
            sparql.setQuery(text)
            with self._transport_errors():
                try:
                    sparql.query().response.read()
                except EndPointInternalError as err:
                    raise Retry(f"server error (HTTP 500): {_short(str(err))}") from None
                except QueryBadFormed as err:
                    raise RemoteError(f"{self.endpoint}: rejected the update as malformed (HTTP 400): {_short(str(err))}") from None
                except EndPointNotFound:
                    raise RemoteError(
                        f"{self.endpoint}: no SPARQL Update service here (HTTP 404); Oxigraph's is at /update"
                    ) from None
                except (Unauthorized, URITooLong) as err:
                    raise RemoteError(f"{self.endpoint}: refused: {_short(str(err))}") from None
                except urllib.error.HTTPError as err:
                    raise _status_error(err.code, err.headers, err.read(), self.endpoint, "update") from None

        self.policy.run(attempt, f"{self.endpoint}", self.stats)


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _status_error(code: int, headers, body: bytes, endpoint: str, method: str) -> Exception:
    if code == 429 or code >= 500:
        retry_after = parse_retry_after(headers.get("Retry-After")) if headers is not None else None
        return Retry(f"HTTP {code}", retry_after)
    text = _short(body.decode("utf-8", "replace"))
    if code == 403:
        return RemoteError(f"{endpoint}: refused (HTTP 403; a read-only store?): {text}")
    if code == 404:
        return RemoteError(f"{endpoint}: not found (HTTP 404); check the URL (Oxigraph: /store for gsp, /update for update)")
    if code in (405, 415):
        return RemoteError(
            f"{endpoint}: does not accept this {method} (HTTP {code}): {text}; a store without dataset"
            " uploads takes one graph at a time: use --graph IRI, or --method update"
        )
    return RemoteError(f"{endpoint}: HTTP {code} on {method}: {text}")


def _graph_url(endpoint: str, graph: ox.NamedNode | ox.DefaultGraph) -> str:
    sep = "&" if "?" in endpoint else "?"
    if isinstance(graph, ox.DefaultGraph):
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}{urllib.parse.urlencode({'graph': graph.value})}"


def _ntriples(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def push(
    paths: list[str],
    endpoint: str,
    *,
    graph: str | None = None,
    method: str = "gsp",
    replace: bool = False,
    chunk_size: int = DEFAULT_CHUNK,
    retries: int = 3,
    timeout: float = 120.0,
    backoff: float = 1.0,
    notify: Callable[[str], None] | None = None,
) -> PushReport:
    """Load ``paths`` into the store at ``endpoint``; see the module docstring for failures."""
    if method not in METHODS:
        raise UsageError(f"unknown --method {method!r}; choose from {', '.join(METHODS)}")
    if chunk_size < 1 or retries < 0:
        raise UsageError("--chunk-size must be at least 1 and --retries at least 0")
    client = _Client(endpoint, retries, timeout, backoff, notify)
    targets = read_graphs(paths, graph)
    if not targets:
        raise InputError(f"{', '.join(paths)}: no triples to push")
    report = PushReport(method, endpoint, sum(len(t) for _, t in targets), len(targets))
    if method == "gsp":
        _push_gsp(client, targets, replace, report)
    else:
        _push_update(client, targets, replace, chunk_size, report)
    return report


def _push_gsp(client: _Client, targets: list[Target], replace: bool, report: PushReport) -> None:
    if len(targets) > 1 and not replace:
        quads = [ox.Quad(t.subject, t.predicate, t.object, g) for g, triples in targets for t in triples]
        body = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        client.http("POST", client.endpoint, body, "application/n-quads")
        report.requests += 1
        return
    done = 0
    for g, triples in targets:
        try:
            client.http("PUT" if replace else "POST", _graph_url(client.endpoint, g), _ntriples(triples), "application/n-triples")
        except RemoteError as err:
            if done:
                raise RemoteError(f"{err} ({done} of {len(targets)} graphs were replaced before the failure)") from None
            raise
        report.requests += 1
        done += 1


def _graph_ref(g: ox.NamedNode | ox.DefaultGraph) -> str:
    return "DEFAULT" if isinstance(g, ox.DefaultGraph) else f"GRAPH {g}"


def _push_update(client: _Client, targets: list[Target], replace: bool, chunk_size: int, report: PushReport) -> None:
    run = uuid.uuid4()
    staging = [ox.NamedNode(f"urn:uuid:{run}:{i}") for i in range(len(targets))]
    total = sum((len(t) + chunk_size - 1) // chunk_size for _, t in targets)
    try:
        for stage, (_, triples) in zip(staging, targets, strict=True):
            for start in range(0, len(triples), chunk_size):
                body = _ntriples(triples[start : start + chunk_size]).decode("utf-8")
                client.update(f"INSERT DATA {{ GRAPH {stage} {{\n{body}}} }}")
                report.requests += 1
                report.chunks += 1
    except RemoteError as err:
        cleanup = _drop(client, staging)
        raise RemoteError(
            f"{err}; {report.chunks} of {total} chunks had been applied to staging graphs,"
            f" the target graphs are unchanged{cleanup}"
        ) from None
    ops = []
    for stage, (g, _) in zip(staging, targets, strict=True):
        if replace:
            ops.append(f"MOVE SILENT GRAPH {stage} TO {_graph_ref(g)}")
        else:
            ops.append(f"ADD SILENT GRAPH {stage} TO {_graph_ref(g)}")
            ops.append(f"DROP SILENT GRAPH {stage}")
    try:
        client.update(" ;\n".join(ops))
    except RemoteError as err:
        cleanup = _drop(client, staging)
        raise RemoteError(
            f"{err}; the final step (moving {total} staged chunks into place) failed; a store that"
            f" applies an update request atomically left the target graphs unchanged{cleanup}"
        ) from None
    report.requests += 1


def _drop(client: _Client, staging: list[ox.NamedNode]) -> str:
    try:
        client.update(" ;\n".join(f"DROP SILENT GRAPH {s}" for s in staging))
    except RemoteError:
        names = ", ".join(s.value for s in staging)
        return f"; the staging graphs could not be dropped: drop {names} by hand"
    return "; the staging graphs were dropped"
