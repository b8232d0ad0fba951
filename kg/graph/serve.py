"""The Oxigraph server (``oxigraph serve-read-only``) as a child process of ``kg serve``:
finding the binary, starting it on a private loopback port, waiting until it answers,
stopping it. The pages and the public address are ``kg.web.server``'s."""

from __future__ import annotations

import ipaddress
import math
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
from collections.abc import Callable
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


def hostport(host: str, port: int) -> str:
    host = host.strip("[]")
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def check_servable(location: Path) -> None:
    """An ``InputError`` unless ``location`` holds a store that nobody is writing."""
    if not is_store(location):
        raise InputError(f"{location}: no such store; build one with 'kg build ... --store {location}'")
    if writer_active(location):
        raise InputError(
            f"{location}: the store is open for writing by another process (a running"
            " 'kg build --store'?); serve it when the build has finished"
        )


def free_loopback_port() -> int:
    """A TCP port that was free a moment ago on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


Probe = Callable[[str], bool]


def http_probe(base: str) -> bool:
    """Whether the SPARQL server at ``base`` answers ``ASK {}`` on ``/query``."""
    probe = base + "/query?" + urllib.parse.urlencode({"query": "ASK {}"})
    try:
        request = urllib.request.Request(probe, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


class OxigraphChild:
    """``oxigraph serve-read-only`` on a private port of 127.0.0.1, for ``kg serve`` to put
    its pages in front of. The child always listens on loopback, so its readiness probe
    never leaves the machine whatever address ``kg serve`` itself binds.

    ``timeout`` (seconds, 0 or None for none) becomes Oxigraph's own query time limit
    (``--timeout-s``); ``probe`` tells whether the child answers (``http_probe``, or a
    test's own).
    """

    def __init__(
        self,
        location: str | os.PathLike,
        *,
        union_default_graph: bool = False,
        timeout: float | None = None,
        cors: bool = False,
        binary: str | None = None,
        probe: Probe = http_probe,
    ):
        self.location = Path(location)
        self.binary = binary or find_oxigraph()
        self.options: list[str] = []
        if union_default_graph:
            self.options.append("--union-default-graph")
        if timeout:
            self.options += ["--timeout-s", str(max(1, math.ceil(timeout)))]
        if cors:
            self.options.append("--cors")
        self.probe = probe
        self.port = 0
        self.process: subprocess.Popen | None = None
        self.tail: list[str] = []
        self._reader: threading.Thread | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, startup_timeout: float = 30.0, attempts: int = 3) -> OxigraphChild:
        """Start the server and wait until it answers; a ``RemoteError`` with its message
        if it stops first or does not answer in time. A port taken between choosing it and
        binding it is retried with another one."""
        for attempt in range(attempts):
            self.port = free_loopback_port()
            command = [self.binary, "serve-read-only", "--location", str(self.location),
                       "--bind", f"127.0.0.1:{self.port}", *self.options]
            self.tail = []
            self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            self._reader = threading.Thread(target=_collect, args=(self.process, self.tail), daemon=True)
            self._reader.start()
            if self._wait_ready(startup_timeout):
                return self
            code = self.process.wait()
            self._reader.join(5)
            message = self.error()
            if "address already in use" in message.lower() and attempt + 1 < attempts:
                continue
            raise RemoteError(f"the Oxigraph server stopped with exit code {code}: {message or 'no message'}")
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait_ready(self, timeout: float) -> bool:
        """Poll until the child answers; False if it exited first."""
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            if self.probe(self.base):
                return True
            time.sleep(0.1)
        self.stop()
        raise RemoteError(f"the Oxigraph server did not answer on {self.base}/query within {timeout:g} s")

    def poll(self) -> int | None:
        return None if self.process is None else self.process.poll()

    def wait(self) -> int:
        assert self.process is not None
        return self.process.wait()

    def error(self) -> str:
        """The child's error message (its ``Error:`` line, else its last line)."""
        return _child_error(self.tail)

    def stop(self) -> None:
        if self.process is not None:
            _stop(self.process)
        if self._reader is not None:
            self._reader.join(5)


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


def _stop(child: subprocess.Popen) -> None:
    if child.poll() is not None:
        return
    child.send_signal(signal.SIGINT)
    try:
        child.wait(10)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait(10)


__all__ = ["OxigraphChild", "check_servable", "find_oxigraph", "free_loopback_port", "hostport", "http_probe", "is_loopback"]
