"""Redirect targets of English Wikipedia titles, from a user table and the MediaWiki API.

``[[Alibaba]]`` links to a redirect; its target "Alibaba Group" has the sitelink. A redirect
to a section ("Target#Section") is reported, not linked: the target is a broader topic.
"""

from __future__ import annotations

import http.client
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import RemoteError, UsageError
from kg.http import (
    ClientStats,
    Retry,
    RetryPolicy,
    build_user_agent,
    check_json_body,
    http_error,
    network_error,
    parse_retry_after,
    safe_read,
)
from kg.wikidata.cache import Cache, NoCache
from kg.wikidata.client import WikidataClient

DEFAULT_MEDIAWIKI_API = "https://en.wikipedia.org/w/api.php"
MEDIAWIKI_MAX_TITLES = 50  # the API's limit of titles per request for ordinary clients


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
            raise http_error(err.code, err.headers, safe_read(err), what) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
            raise network_error(err) from None
        data = check_json_body(body, content_type, status)
        if not isinstance(data, dict):
            raise Retry("answered JSON that is not an API result")
        error = data.get("error")
        if isinstance(error, dict):
            if error.get("code") == "maxlag":
                raise Retry(
                    "replication lag (maxlag)", parse_retry_after(headers.get("Retry-After")) or 5.0
                )
            raise RemoteError(f"{what}: {error.get('code')}: {error.get('info', '')}")
        return data
