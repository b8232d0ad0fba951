"""Fetch article wikitext from the MediaWiki Action API, politely.

Etiquette (https://www.mediawiki.org/wiki/API:Etiquette): a descriptive User-Agent with a
contact, one request at a time, up to 50 titles per request, ``maxlag=5`` with a wait when
the servers are lagged, ``Retry-After`` honoured on 429/503, bounded retries with
exponential backoff on 5xx and timeouts, gzip accepted.

Each page is written as ``Title_With_Underscores.wiki`` with a header of HTML comments
(title, revision, source URL, licence) that ``kg.sources.files.read_wiki_file`` reads back.
"""

from __future__ import annotations

import gzip
import http.client
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg import __version__
from kg.errors import OutputError, RemoteError
from kg.fileio import atomic_write
from kg.http import parse_retry_after

from .files import filename_for_title, format_header

DEFAULT_API = "https://en.wikipedia.org/w/api.php"
PROJECT_URL = "https://w3id.org/company-kg"  # the project namespace; kg link names it too
LICENSE = "CC BY-SA 4.0, Wikipedia contributors"
BATCH_SIZE = 50  # the API's limit for titles= without the apihighlimits right
MAXLAG = 5


def user_agent(contact: str | None) -> str:
    """``company-kg/0.1.0 (ops@example.org; https://...)``."""
    who = contact.strip() if contact and contact.strip() else "no contact given"
    return f"company-kg/{__version__} ({who}; {PROJECT_URL})"


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


@dataclass
class FetchedPage:
    title: str
    revision: int
    timestamp: str
    wikitext: str
    pageid: int | None = None
    namespace: int = 0


class MediaWikiClient:
    """One API endpoint; ``get(params)`` returns the decoded JSON after retries.

    ``sleep`` is called for every wait (tests pass a recorder). ``retries`` is the number of
    attempts after the first; a wait never exceeds ``max_wait`` seconds: a server asking for
    more makes the call fail with a ``RemoteError`` that says when to come back.
    """

    def __init__(
        self,
        api: str = DEFAULT_API,
        *,
        contact: str | None = None,
        timeout: float = 60.0,
        retries: int = 5,
        backoff: float = 2.0,
        max_wait: float = 300.0,
        sleep: Callable[[float], None] | None = None,
    ):
        self.api = api
        self.user_agent = user_agent(contact)
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.max_wait = max_wait
        self.sleep = sleep if sleep is not None else _sleep
        self.requests = 0

    def index_url(self, revision: int) -> str:
        """The permanent link of a revision: ``.../w/index.php?oldid=N``."""
        base = self.api.rsplit("/", 1)[0] if self.api.endswith("api.php") else self.api.rstrip("/")
        return f"{base}/index.php?oldid={revision}"

    def get(self, params: dict[str, str]) -> dict:
        query = {**params, "format": "json", "formatversion": "2", "maxlag": str(MAXLAG)}
        url = self.api + ("&" if "?" in self.api else "?") + urllib.parse.urlencode(query)
        request = urllib.request.Request(url, headers={
            "User-Agent": self.user_agent,
            "Accept": "application/json",
            "Accept-Encoding": "gzip",
        })
        attempt = 0
        while True:
            wait, problem = self._attempt(request, attempt)
            if wait is None:
                return problem  # type: ignore[return-value]
            if attempt >= self.retries:
                raise RemoteError(f"{self.api}: {problem}; gave up after {attempt + 1} attempts")
            if wait > self.max_wait:
                raise RemoteError(f"{self.api}: {problem}; the server asks to wait {wait:.0f} s, "
                                  f"more than {self.max_wait:.0f} s: try again later")
            attempt += 1
            self.sleep(wait)

    def _attempt(self, request: urllib.request.Request, attempt: int) -> tuple[float | None, object]:
        """(None, data) on success, else (seconds to wait, what went wrong)."""
        self.requests += 1
        backoff = min(self.backoff * (2**attempt), 60.0)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                body = resp.read()
                if resp.headers.get("Content-Encoding", "").lower() == "gzip":
                    body = gzip.decompress(body)
                retry_after = resp.headers.get("Retry-After")
        except urllib.error.HTTPError as err:
            retry_after = parse_retry_after(err.headers.get("Retry-After") if err.headers else None)
            if err.code == 429 or err.code == 503:
                what = "rate limited (HTTP 429)" if err.code == 429 else "service unavailable (HTTP 503)"
                return (retry_after if retry_after is not None else backoff), what
            if 500 <= err.code < 600:
                return backoff, f"server error (HTTP {err.code})"
            hint = " (check --contact: a User-Agent with a contact is required)" if err.code == 403 else ""
            raise RemoteError(f"{self.api}: HTTP {err.code} {err.reason}{hint}") from None
        except urllib.error.URLError as err:
            reason = getattr(err, "reason", err)
            if isinstance(reason, TimeoutError):
                return backoff, f"timed out after {self.timeout:.0f} s"
            return backoff, f"cannot reach the API ({reason}); check --api and the network"
        except TimeoutError:
            return backoff, f"timed out after {self.timeout:.0f} s"
        except (OSError, http.client.HTTPException) as err:
            return backoff, f"connection failed ({err!r})"
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            start = body[:60].decode("utf-8", "replace").replace("\n", " ")
            return backoff, f"answered something that is not JSON ({start!r}...)"
        if not isinstance(data, dict):
            raise RemoteError(f"{self.api}: unexpected JSON answer (not an object)")
        error = data.get("error")
        if isinstance(error, dict):
            code = error.get("code", "")
            if code == "maxlag":
                wait = parse_retry_after(retry_after)
                if wait is None:
                    wait = float(error.get("lag") or MAXLAG)
                return max(wait, 1.0), f"database lagged ({error.get('info', 'maxlag')})"
            if code in ("ratelimited", "readonly", "internal_api_error_DBQueryError"):
                wait = parse_retry_after(retry_after)
                return (wait if wait is not None else backoff), f"API error {code}"
            raise RemoteError(f"{self.api}: API error {code}: {error.get('info', '')}")
        return None, data


@dataclass
class FetchReport:
    written: list[tuple[str, Path, int]] = field(default_factory=list)  # title, file, revision
    redirects: list[tuple[str, str]] = field(default_factory=list)  # requested -> target
    missing: list[str] = field(default_factory=list)  # requested titles with no page
    failed: list[tuple[str, str]] = field(default_factory=list)  # title, reason

    @property
    def complete(self) -> bool:
        return not self.missing and not self.failed


def _batches(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def query_batch(client: MediaWikiClient, titles: list[str]) -> tuple[list[FetchedPage], dict]:
    """One ``prop=revisions`` query for up to 50 titles, following ``continue``.

    Returns the pages with content and the raw ``query`` bookkeeping: ``normalized``,
    ``redirects``, ``missing`` and ``invalid`` titles.
    """
    params = {
        "action": "query",
        "prop": "revisions",
        "rvprop": "content|ids|timestamp",
        "rvslots": "main",
        "titles": "|".join(titles),
        "redirects": "1",
    }
    pages: dict[str, FetchedPage] = {}
    info: dict = {"normalized": [], "redirects": [], "missing": [], "invalid": [], "other": []}
    cont: dict = {}
    while True:
        data = client.get({**params, **cont})
        query = data.get("query")
        if not isinstance(query, dict):
            raise RemoteError(f"{client.api}: answer has no 'query' object; is this a MediaWiki API?")
        info["normalized"] += query.get("normalized", [])
        info["redirects"] += query.get("redirects", [])
        for p in query.get("pages", []):
            title = p.get("title", "")
            if p.get("invalid"):
                info["invalid"].append((title, p.get("invalidreason", "invalid title")))
            elif p.get("missing"):
                info["missing"].append(title)
            elif p.get("revisions"):
                rev = p["revisions"][0]
                main = rev.get("slots", {}).get("main", {})
                model = main.get("contentmodel", "wikitext")
                if model != "wikitext":
                    info["other"].append((title, f"content model {model}, not wikitext"))
                    continue
                content = main.get("content", rev.get("content"))
                if content is None:
                    info["other"].append((title, "revision content hidden"))
                    continue
                pages[title] = FetchedPage(title=title, revision=int(rev["revid"]),
                                           timestamp=rev.get("timestamp", ""), wikitext=content,
                                           pageid=p.get("pageid"), namespace=p.get("ns", 0))
        if "continue" not in data:
            break
        cont = data["continue"]
    return list(pages.values()), info


def write_page(page: FetchedPage, out_dir: Path, source: str) -> Path:
    """``out_dir/Title.wiki`` with the header, written atomically."""
    path = out_dir / filename_for_title(page.title)
    with atomic_write(path) as fh:
        fh.write(format_header(page.title, page.revision, source, LICENSE))
        fh.write(page.wikitext)
    return path


def fetch(
    titles: Iterable[str],
    out_dir: str | Path,
    *,
    client: MediaWikiClient,
    log: Callable[[str], None] | None = None,
) -> FetchReport:
    """Fetch titles (batched, redirects followed) into ``out_dir``; one ``.wiki`` per page.

    Missing and invalid titles are reported, not raised. A ``RemoteError`` (API unreachable
    after retries) propagates; the pages of earlier batches are already written.
    """
    say = log or (lambda _msg: None)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out}: cannot create the folder ({err.strerror or err})") from None
    report = FetchReport()
    wanted: list[str] = []
    for t in titles:
        t = t.strip()
        if not t or t in wanted:
            continue
        if "|" in t:
            report.failed.append((t, "invalid title (contains '|')"))
            continue
        wanted.append(t)
    for batch in _batches(wanted, BATCH_SIZE):
        pages, info = query_batch(client, batch)
        resolve: dict[str, str] = {}
        for n in info["normalized"]:
            resolve[n["from"]] = n["to"]
        redirects = {r["from"]: r["to"] + (f"#{r['tofragment']}" if r.get("tofragment") else "")
                     for r in info["redirects"]}
        by_title = {p.title: p for p in pages}
        missing = set(info["missing"])
        invalid = dict(info["invalid"])
        other = dict(info["other"])
        for requested in batch:
            title = resolve.get(requested, requested)
            seen = {title}
            while title in redirects:  # redirects=1 resolves chains; follow them in order
                target = redirects[title]
                title = target.split("#", 1)[0]
                if title in seen:
                    break
                seen.add(title)
            if title != resolve.get(requested, requested):
                report.redirects.append((requested, title))
                say(f"{requested} -> {title}")
            if title in by_title:
                continue
            if requested in invalid or title in invalid:
                report.failed.append((requested, invalid.get(requested) or invalid[title]))
            elif title in other:
                report.failed.append((requested, other[title]))
            elif title in missing:
                report.missing.append(requested)
            else:
                report.failed.append((requested, "not in the API answer"))
        for page in pages:
            path = write_page(page, out, client.index_url(page.revision))
            report.written.append((page.title, path, page.revision))
    return report
