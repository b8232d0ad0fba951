"""``kg serve``: the company pages and the SPARQL endpoint of a store, on one address.

The Oxigraph server (``oxigraph serve-read-only``) runs as a child on a private loopback
port and answers the SPARQL protocol; the pages (``kg.web.app``, served by uvicorn) are
in front of it, read the store themselves (read-only, with the bundled queries) and relay
``/query``, ``/update``, ``/store`` and the Oxigraph UI to the child. Both stop together.
"""

from __future__ import annotations

import errno
import os
import signal
import socket
import sys
import threading
from pathlib import Path

from kg.errors import InputError, RemoteError, UsageError
from kg.graph.serve import OxigraphChild, Probe, check_servable, hostport, http_probe, is_loopback

DEFAULT_TIMEOUT = 60.0  # seconds per SPARQL request, as the Wikidata Query Service allows


class _Stop(Exception):
    """SIGINT or SIGTERM received: stop the server."""


def listen(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (port 0: any free port); a ``UsageError`` naming
    the address if it cannot be had."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError as err:
        raise UsageError(f"--bind {host}: not an address of this machine ({err.strerror or err})") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as err:
        sock.close()
        if err.errno == errno.EADDRINUSE:
            raise UsageError(f"{hostport(host, port)} is already in use; choose another --port") from None
        raise UsageError(f"cannot listen on {hostport(host, port)}: {err.strerror or err}") from None
    sock.setblocking(False)
    return sock


def serve(
    store_dir: str | os.PathLike,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    union_default_graph: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
    cors: bool = False,
    binary: str | None = None,
    startup_timeout: float = 30.0,
    probe: Probe = http_probe,
    prog: str = "kg serve",
) -> int:
    """Serve a store's pages and its SPARQL endpoint until Ctrl-C or SIGTERM (then return 0)
    or until the Oxigraph child stops by itself (a ``RemoteError`` with its message). A port
    in use is a ``UsageError``; a missing store, or one being written, an ``InputError``.
    ``timeout`` limits each SPARQL request (None or 0: no limit)."""
    import uvicorn

    from kg.web.app import create_app
    from kg.web.site import Site

    location = Path(store_dir)
    check_servable(location)
    if not 0 <= port < 65536:
        raise UsageError(f"--port {port}: give a TCP port between 1 and 65535 (0: any free port)")
    if timeout is not None and timeout < 0:
        raise UsageError("--timeout must be 0 (no limit) or a number of seconds")
    if not is_loopback(host):
        print(
            f"{prog}: warning: binding {host} makes the store reachable from other machines;"
            " the pages and the endpoint are read-only but have no authentication",
            file=sys.stderr,
        )
    child = OxigraphChild(location, union_default_graph=union_default_graph, timeout=timeout, cors=cors,
                          binary=binary, probe=probe)
    stopping: list[int] = []

    def on_signal(signum, frame):
        if not stopping:  # a second Ctrl-C while stopping changes nothing
            stopping.append(signum)
            raise _Stop()

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):  # Ctrl-C even where SIGINT was ignored
            previous[sig] = signal.signal(sig, on_signal)
    died = threading.Event()
    try:
        child.start(startup_timeout)
        try:
            site = Site.open(location)
        except OSError as err:
            raise InputError(f"{location}: cannot open the store read-only: {err}") from None
        sock = listen(host, port)
        bound = hostport(host, sock.getsockname()[1])
        app = create_app(site, child.base, timeout, prog)
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on",
                                timeout_graceful_shutdown=3, server_header=False)
        server = uvicorn.Server(config)
        watcher = threading.Thread(target=_watch, args=(child, server, died), daemon=True)
        watcher.start()
        limit = f"{timeout:g} s per query" if timeout else "no query time limit"
        print(
            f"{prog}: serving {location} read-only at http://{bound}/ ({len(site.companies)} companies);"
            f" SPARQL 1.1 query at http://{bound}/query ({limit}), query UI at http://{bound}/oxigraph/;"
            " Ctrl-C to stop",
            file=sys.stderr,
            flush=True,
        )
        server.run(sockets=[sock])
    except (KeyboardInterrupt, _Stop):
        child.stop()
        print(f"{prog}: stopped", file=sys.stderr)
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        child.stop()
    if died.is_set() and not stopping:
        raise RemoteError(f"the Oxigraph server stopped with exit code {child.poll()}: {child.error() or 'no message'}")
    print(f"{prog}: stopped", file=sys.stderr)
    return 0


def _watch(child: OxigraphChild, server, died: threading.Event) -> None:
    """Stop the pages when the Oxigraph child stops by itself."""
    child.wait()
    if not server.should_exit:
        died.set()
        server.should_exit = True


__all__ = ["DEFAULT_TIMEOUT", "listen", "serve"]
