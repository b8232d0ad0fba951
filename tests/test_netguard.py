"""The guard that keeps every test on this machine (tests/netguard.py, tests/guards.py).

Each refusal here is made on purpose and forgiven afterwards, so this file does not fail
itself. 192.0.2.0/24 is TEST-NET-1 (RFC 5737): never routed, and never reached anyway,
because the guard refuses before the connect() system call is made.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import netguard
import pytest
from servers import StubServer

GUARD = netguard.ACTIVE
OUTSIDE = "192.0.2.10"


@contextlib.contextmanager
def refusals():
    """The refusals made inside the block, forgiven so that this test does not fail."""
    start = time.time()
    seen: list[netguard.Violation] = []
    try:
        yield seen
    finally:
        seen += GUARD.between(start, time.time())
        GUARD.forgive(seen)


def test_the_guard_is_installed_for_the_suite():
    assert GUARD is not None and GUARD.log is not None


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("[::1]", True),
        ("::ffff:127.0.0.1", True), ("localhost", True), ("LOCALHOST.", True), ("api.localhost", True),
        (None, True), ("", True),
        (OUTSIDE, False), ("0.0.0.0", False), ("10.0.0.1", False), ("2001:db8::1", False),
        ("::ffff:192.0.2.10", False), ("en.wikipedia.org", False), ("query.wikidata.org", False),
        ("localhost.example.org", False),
    ],
)
def test_what_counts_as_this_machine(host, local):
    assert netguard.is_local_host(host) is local


def test_a_connect_beyond_loopback_is_refused_before_it_is_made_and_recorded():
    with refusals() as seen:
        with pytest.raises(netguard.Blocked, match=f"socket.connect to {OUTSIDE}:80 refused"):
            socket.create_connection((OUTSIDE, 80), timeout=5)
    (refused,) = seen
    assert (refused.event, refused.target) == ("socket.connect", f"{OUTSIDE}:80")
    assert "test_netguard.py" in refused.where  # the report names the line that tried


def test_clients_see_an_unreachable_host_and_name_lookups_are_refused_too():
    with refusals() as seen:
        with pytest.raises(urllib.error.URLError):  # Blocked is an OSError: "host unreachable"
            urllib.request.urlopen("http://en.wikipedia.org/w/api.php", timeout=5)
        with pytest.raises(netguard.Blocked):
            socket.getaddrinfo("query.wikidata.org", 443)
    assert [(v.event, v.target) for v in seen] == [
        ("socket.getaddrinfo", "'en.wikipedia.org' (a name lookup)"),
        ("socket.getaddrinfo", "'query.wikidata.org' (a name lookup)"),
    ]


def test_loopback_servers_are_reached_normally():
    with refusals() as seen, StubServer() as stub:
        with urllib.request.urlopen(stub.url + "/query", timeout=10) as response:
            assert response.status == 200
        with urllib.request.urlopen(stub.url.replace("127.0.0.1", "localhost") + "/q", timeout=10):
            pass
    assert seen == [] and len(stub.requests) == 2


def test_python_processes_started_by_tests_are_guarded_too():
    code = (
        "import socket\n"
        "try:\n"
        f"    socket.create_connection(({OUTSIDE!r}, 443), timeout=5)\n"
        "except PermissionError as err:\n"
        "    print(type(err).__name__)\n"
    )
    with refusals() as seen:
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "Blocked", result.stderr
    (refused,) = seen
    assert refused.target == f"{OUTSIDE}:443" and refused.pid != os.getpid()


def test_a_test_that_reaches_out_fails_with_the_address_and_the_line(pytester, monkeypatch, tmp_path):
    # a test session of its own, with the suite's plugin and a log of its own
    monkeypatch.setenv(netguard.LOG_VARIABLE, str(tmp_path / "inner.log"))
    pytester.makeconftest('pytest_plugins = ["guards"]\n')
    pytester.makepyfile(
        test_inner=f"""
        import socket, urllib.request

        def test_reaches_out():
            try:
                urllib.request.urlopen("http://{OUTSIDE}:8080/sparql", timeout=5)
            except OSError:
                pass  # a client that swallows the error does not hide it from the guard

        def test_stays_home():
            server = socket.socket()
            server.bind(("127.0.0.1", 0))
            server.listen()
            socket.create_connection(server.getsockname(), timeout=5).close()
            server.close()

        def test_skipped():
            import pytest
            pytest.importorskip("no_such_module_for_the_guard_test")
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-ra")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(
        [
            "*beyond loopback*The guard refused:",
            f"*1. socket.connect to {OUTSIDE}:8080*",
            "*test_inner.py*in test_reaches_out*",
            "*was skipped (Skipped: could not import 'no_such_module_for_the_guard_test'*the suite allows no skips*",
        ]
    )
    assert "test_stays_home" not in "\n".join(line for line in result.outlines if "FAILED" in line)
