"""``kg serve``: a store served read-only as a SPARQL 1.1 endpoint by the Oxigraph server
(``oxigraph serve-read-only``), on loopback unless told otherwise."""

from __future__ import annotations

import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg.errors import InputError, RemoteError, UsageError
from kg.graph.store import is_store, writer_active


def find_oxigraph() -> str:
    """The ``oxigraph`` server binary: next to this Python (a virtualenv), then on PATH."""
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    here = Path(sys.executable).parent / name
    if here.is_file() and os.access(here, os.X_OK):
        return str(here)
    found = shutil.which("oxigraph")
    if not found:
        raise UsageError(
            "the Oxigraph server is not installed; install the 'oxigraph' package"
            " (pip install oxigraph) into this environment or put 'oxigraph' on PATH"
        )
    return found


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or a name) only reaches this machine."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos)


def _hostport(host: str, port: int) -> str:
    host = host.strip("[]")
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class _Stop(Exception):
    """SIGINT or SIGTERM received: stop the server."""


def serve(
    store_dir: str | os.PathLike,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    union_default_graph: bool = False,
    timeout: float | None = None,
    cors: bool = False,
    binary: str | None = None,
    startup_timeout: float = 30.0,
    prog: str = "kg serve",
) -> int:
    """Serve a store read-only as a SPARQL 1.1 endpoint with ``oxigraph serve-read-only``.

    Blocks until Ctrl-C or SIGTERM (returns 0 after stopping the server) or until the server
    stops by itself (a ``RemoteError`` with its message; a port in use is a ``UsageError``).
    """
    location = Path(store_dir)
    if not is_store(location):
        raise InputError(f"{location}: no such store; build one with 'kg build ... --store {location}'")
    if writer_active(location):
        raise InputError(
            f"{location}: the store is open for writing by another process (a running"
            " 'kg build --store'?); serve it when the build has finished"
        )
    if not 0 < port < 65536:
        raise UsageError(f"--port {port}: give a TCP port between 1 and 65535")
    binary = binary or find_oxigraph()
    if not is_loopback(host):
        print(
            f"{prog}: warning: binding {host} makes the store reachable from other machines;"
            " the endpoint is read-only but has no authentication",
            file=sys.stderr,
        )
    bind = _hostport(host, port)
    command = [binary, "serve-read-only", "--location", str(location), "--bind", bind]
    if union_default_graph:
        command.append("--union-default-graph")
    if timeout:
        command += ["--timeout-s", str(int(timeout))]
    if cors:
        command.append("--cors")
    base = f"http://{bind}"
    tail: list[str] = []
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    reader = threading.Thread(target=_collect, args=(child, tail), daemon=True)
    reader.start()

    stopping = []

    def on_signal(signum, frame):
        if not stopping:  # a second Ctrl-C while stopping changes nothing
            stopping.append(signum)
            raise _Stop()

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):  # Ctrl-C even where SIGINT was ignored
            previous[sig] = signal.signal(sig, on_signal)
    try:
        if _wait_ready(child, base, startup_timeout):
            print(
                f"{prog}: serving {location} read-only at {base}/query (SPARQL 1.1 query);"
                f" graph store reads at {base}/store; Ctrl-C to stop",
                file=sys.stderr,
                flush=True,
            )
        code = child.wait()
    except (KeyboardInterrupt, _Stop):
        _stop(child)
        print(f"{prog}: stopped", file=sys.stderr)
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if child.poll() is None:
            _stop(child)
        reader.join(5)
    message = _child_error(tail)
    if "address already in use" in message.lower():
        raise UsageError(f"{bind} is already in use; choose another --port")
    if code == 0:
        return 0
    raise RemoteError(f"the Oxigraph server stopped with exit code {code}: {message or 'no message'}")


def _collect(child: subprocess.Popen, tail: list[str]) -> None:
    assert child.stdout is not None
    for raw in child.stdout:
        tail.append(raw.decode("utf-8", "replace").rstrip())
        del tail[:-50]


def _child_error(tail: list[str]) -> str:
    for line in tail:
        if line.startswith("Error:"):
            return line[len("Error:"):].strip()
    lines = [line for line in tail if line.strip()]
    return lines[-1] if lines else ""


def _wait_ready(child: subprocess.Popen, base: str, timeout: float) -> bool:
    """Poll ``/query`` until it answers; False if the server exited first."""
    probe = base + "/query?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if child.poll() is not None:
            return False
        try:
            request = urllib.request.Request(probe, headers={"Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    _stop(child)
    raise RemoteError(f"the Oxigraph server did not answer on {base}/query within {timeout:g} s")


def _stop(child: subprocess.Popen) -> None:
    if child.poll() is not None:
        return
    child.send_signal(signal.SIGINT)
    try:
        child.wait(10)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait(10)


__all__ = ["find_oxigraph", "is_loopback", "serve"]
