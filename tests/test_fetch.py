"""kg fetch against a stub MediaWiki API on 127.0.0.1 (see stubs_mediawiki.py)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from servers import closed_port_url
from stubs_mediawiki import StubMediaWiki, StubState

from kg import __version__
from kg.cli import main
from kg.errors import RemoteError
from kg.sources import iter_pages
from kg.sources.files import read_wiki_file
from kg.sources.mediawiki import DEFAULT_API, LICENSE, MediaWikiClient, fetch

FIXTURES = Path(__file__).parent / "fixtures" / "wikipedia"
SENSETIME = (FIXTURES / "SenseTime.wiki").read_text("utf-8")


def _state(**kw) -> StubState:
    state = StubState(**kw)
    state.pages.setdefault("SenseTime", (1050000001, SENSETIME))
    state.pages.setdefault("Alibaba Group", (1050000002, "{{Infobox company\n| name = Alibaba Group\n}}\n'''Alibaba'''"))
    state.pages.setdefault("AC/DC", (1050000003, "'''AC/DC''' are a band."))
    state.redirects.setdefault("Alibaba", "Alibaba Group")
    return state


class Waits(list):
    """An injectable sleep that records the waits instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def _client(api, waits=None, **kw) -> MediaWikiClient:
    return MediaWikiClient(api.url, contact="test@example.org", sleep=waits if waits is not None else Waits(), **kw)


def test_fetch_writes_files_with_headers_readable_back(tmp_path):
    state = _state()
    with StubMediaWiki(state) as api:
        report = fetch(["SenseTime", "AC/DC"], tmp_path, client=_client(api))
    assert report.complete
    assert sorted(p.name for p in tmp_path.iterdir()) == ["AC%2FDC.wiki", "SenseTime.wiki"]
    text = (tmp_path / "SenseTime.wiki").read_text("utf-8")
    port = api.httpd.server_address[1]
    assert text.startswith(
        "<!-- title: SenseTime -->\n<!-- revision: 1050000001 -->\n"
        f"<!-- source: http://127.0.0.1:{port}/w/index.php?oldid=1050000001 -->\n"
        f"<!-- license: {LICENSE} -->\n"
    )
    page = read_wiki_file(tmp_path / "SenseTime.wiki")
    assert (page.title, page.revision) == ("SenseTime", 1050000001)
    assert page.wikitext == SENSETIME  # the header is not part of the article text
    acdc = read_wiki_file(tmp_path / "AC%2FDC.wiki")
    assert (acdc.title, acdc.revision) == ("AC/DC", 1050000003)
    # and the folder reads as a source of pages
    assert [p.title for p in iter_pages([str(tmp_path)])] == ["AC/DC", "SenseTime"]
    # the stub answered gzip because the client asked for it
    assert state.gzip_served == 1


def test_user_agent_and_query_parameters(tmp_path):
    state = _state()
    with StubMediaWiki(state) as api:
        fetch(["SenseTime"], tmp_path, client=_client(api))
    (req,) = state.requests
    ua = req.headers["User-Agent"]
    assert ua.startswith(f"company-kg/{__version__} (test@example.org; ")
    assert req.params == {
        "action": "query", "prop": "revisions", "rvprop": "content|ids|timestamp",
        "rvslots": "main", "titles": "SenseTime", "redirects": "1", "format": "json",
        "formatversion": "2", "maxlag": "5",
    }


def test_batches_of_fifty_titles_one_request_at_a_time(tmp_path):
    titles = [f"Company {i:03d}" for i in range(120)]
    # each answer takes 0.2 s: a client with two requests out at once would be seen
    state = _state(pages={t: (2000 + i, f"text of {t}") for i, t in enumerate(titles)}, delay=0.2)
    with StubMediaWiki(state) as api:
        report = fetch(titles, tmp_path, client=_client(api))
    assert state.max_in_flight == 1
    sizes = [len(r.params["titles"].split("|")) for r in state.requests]
    assert sizes == [50, 50, 20]
    assert len(report.written) == 120 and report.complete
    assert read_wiki_file(tmp_path / "Company_119.wiki").revision == 2119


def test_continue_is_followed_within_a_batch(tmp_path):
    titles = ["SenseTime", "Alibaba Group", "AC/DC"]
    state = _state(content_limit=1)
    with StubMediaWiki(state) as api:
        report = fetch(titles, tmp_path, client=_client(api))
    assert len(state.requests) == 3
    assert [r.params.get("rvcontinue") for r in state.requests] == [None, "1", "2"]
    assert sorted(t for t, _p, _r in report.written) == sorted(titles)


def test_redirects_followed_and_reported(tmp_path, capsys):
    state = _state()
    with StubMediaWiki(state) as api:
        code = main(["fetch", "alibaba", "SenseTime", "-o", str(tmp_path / "out"),
                     "--api", api.url, "--contact", "test@example.org"])
    assert code == 0
    err = capsys.readouterr()
    assert "alibaba -> Alibaba Group" in err.err
    assert (tmp_path / "out" / "Alibaba_Group.wiki").is_file()
    assert not (tmp_path / "out" / "Alibaba.wiki").exists()
    assert read_wiki_file(tmp_path / "out" / "Alibaba_Group.wiki").title == "Alibaba Group"
    # stdout carries the written paths, one per line
    assert sorted(Path(line).name for line in err.out.split()) == ["Alibaba_Group.wiki", "SenseTime.wiki"]


def test_missing_pages_reported_by_title_exit_4(tmp_path, capsys):
    state = _state()
    with StubMediaWiki(state) as api:
        code = main(["fetch", "SenseTime", "No Such Company Xyz", "-o", str(tmp_path),
                     "--api", api.url, "--contact", "test@example.org"])
    assert code == 4
    err = capsys.readouterr().err
    assert "missing: No Such Company Xyz" in err
    assert [p.name for p in tmp_path.iterdir()] == ["SenseTime.wiki"]


def test_all_missing_exit_3(tmp_path, capsys):
    with StubMediaWiki(_state()) as api:
        code = main(["fetch", "Nope One", "Nope Two", "-o", str(tmp_path), "--api", api.url,
                     "--contact", "x@example.org"])
    assert code == 3
    assert "missing: Nope One" in capsys.readouterr().err


def test_invalid_titles_are_failures_not_crashes(tmp_path):
    with StubMediaWiki(_state()) as api:
        report = fetch(["SenseTime", "Bad [title]", "A|B"], tmp_path, client=_client(api))
    assert [t for t, _ in report.failed] == ["A|B", "Bad [title]"]
    assert len(report.written) == 1


def test_maxlag_waits_retry_after_then_retries(tmp_path):
    state = _state(faults=[("maxlag", 7)])
    waits = Waits()
    with StubMediaWiki(state) as api:
        report = fetch(["SenseTime"], tmp_path, client=_client(api, waits))
    assert waits == [7.0]
    assert len(state.requests) == 2 and report.complete


def test_maxlag_without_header_waits_the_reported_lag(tmp_path):
    state = _state(faults=[("maxlag", None)])
    waits = Waits()
    with StubMediaWiki(state) as api:
        fetch(["SenseTime"], tmp_path, client=_client(api, waits))
    assert waits == [7.0]  # "lag": 7 in the error body


def test_429_and_503_retry_after_honoured(tmp_path):
    state = _state(faults=[(429, 3), (503, 11)])
    waits = Waits()
    with StubMediaWiki(state) as api:
        report = fetch(["SenseTime"], tmp_path, client=_client(api, waits))
    assert waits == [3.0, 11.0]
    assert report.complete and len(state.requests) == 3


def test_5xx_and_html_backoff_grows(tmp_path):
    state = _state(faults=[(500, None), (502, None), ("html", None)])
    waits = Waits()
    with StubMediaWiki(state) as api:
        report = fetch(["SenseTime"], tmp_path, client=_client(api, waits, backoff=1.5))
    assert waits == [1.5, 3.0, 6.0]
    assert report.complete


def test_retries_are_bounded(tmp_path):
    state = _state(faults=[(503, None)] * 10)
    waits = Waits()
    with StubMediaWiki(state) as api, pytest.raises(RemoteError, match="gave up after 3 attempts"):
        fetch(["SenseTime"], tmp_path, client=_client(api, waits, retries=2))
    assert len(state.requests) == 3 and len(waits) == 2
    assert list(tmp_path.iterdir()) == []


def test_retry_after_beyond_max_wait_gives_up_without_sleeping(tmp_path):
    state = _state(faults=[(429, 3600)])
    waits = Waits()
    with StubMediaWiki(state) as api, pytest.raises(RemoteError, match="wait 3600 s"):
        fetch(["SenseTime"], tmp_path, client=_client(api, waits, max_wait=600))
    assert waits == []


def test_dead_api_exit_5_with_clear_message(tmp_path, capsys):
    with socket.socket() as s:  # a port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = main(["fetch", "SenseTime", "-o", str(tmp_path), "--api",
                 f"http://127.0.0.1:{port}/w/api.php", "--contact", "x@example.org", "--retries", "0"])
    assert code == 5
    err = capsys.readouterr().err
    assert "cannot reach the API" in err and f"127.0.0.1:{port}" in err
    assert list(tmp_path.iterdir()) == []


def test_contact_required_for_wikipedia(tmp_path, monkeypatch, capsys):
    assert DEFAULT_API == "https://en.wikipedia.org/w/api.php"  # what "no --api" means
    monkeypatch.delenv("KG_CONTACT", raising=False)
    # Should the check ever be skipped, the request goes to a loopback proxy where nothing
    # listens (exit 5), never to Wikipedia.
    for name in ("https_proxy", "http_proxy", "HTTPS_PROXY", "HTTP_PROXY"):
        monkeypatch.setenv(name, closed_port_url(""))
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    code = main(["fetch", "SenseTime", "-o", str(tmp_path), "--retries", "0"])
    assert code == 2
    assert "Wikimedia asks API clients for a contact: give --contact" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_contact_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CONTACT", "env@example.org")
    state = _state()
    with StubMediaWiki(state) as api:
        assert main(["fetch", "SenseTime", "-o", str(tmp_path), "--api", api.url]) == 0
    assert "(env@example.org; " in state.requests[0].headers["User-Agent"]


def test_titles_from_file(tmp_path):
    listing = tmp_path / "titles.txt"
    listing.write_text("# companies\nSenseTime\n\nAlibaba\n", "utf-8")
    state = _state()
    with StubMediaWiki(state) as api:
        code = main(["fetch", "--titles-from", str(listing), "-o", str(tmp_path / "a"),
                     "--api", api.url, "--contact", "x@example.org"])
    assert code == 0
    assert state.requests[0].params["titles"] == "SenseTime|Alibaba"
