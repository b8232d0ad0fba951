"""Shared pytest fixtures. Servers come from tests/servers.py and listen on 127.0.0.1 only.

tests/guards.py adds two rules to every test: nothing may reach beyond loopback (see
tests/netguard.py), and nothing may be skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from servers import OxigraphServer, StubServer

FIXTURES = Path(__file__).parent / "fixtures"

pytest_plugins = ["pytester", "guards"]


@pytest.fixture(scope="session")
def wikidata_server(tmp_path_factory) -> OxigraphServer:
    """An Oxigraph SPARQL server preloaded with tests/fixtures/wikidata_fixture.ttl."""
    location = tmp_path_factory.mktemp("oxigraph") / "store"
    server = OxigraphServer(location, [FIXTURES / "wikidata_fixture.ttl"])
    server.start()
    yield server
    server.stop()


@pytest.fixture
def stub_server():
    """A factory of started StubServers, all stopped at teardown:
    ``stub_server(script=[...], handler=...)``."""
    started: list[StubServer] = []

    def make(script=(), handler=None) -> StubServer:
        server = StubServer(script, handler).start()
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def web_store(tmp_path_factory) -> Path:
    """A store of SenseTime, Samsung, Deliveroo and the hostile test article."""
    from corpus import wiki
    from webserver import HOSTILE, build_store

    path = tmp_path_factory.mktemp("webstore") / "store"
    return build_store(path, [wiki("SenseTime"), wiki("Samsung"), wiki("Deliveroo"), HOSTILE])


@pytest.fixture(scope="session")
def web_server(web_store):
    """``kg serve`` on ``web_store``, shared by the web tests."""
    from webserver import KgServe

    with KgServe(web_store) as server:
        yield server
