"""The tests never send anything beyond this machine: a guard on every socket they open.

``install()`` adds an audit hook (PEP 578) that sees each ``socket.connect``,
``socket.sendto``/``sendmsg`` and each name lookup (``socket.getaddrinfo``,
``gethostbyname``, ``gethostbyaddr``) before it happens. A destination that is not loopback
(127.0.0.0/8, ::1, ``localhost``) is refused with :class:`Blocked` (an ``OSError``, so client
code reports it as an unreachable host) and recorded; ``tests/conftest.py`` turns each record
into a failure of the test that made it, naming the address and the call.

Python processes that the tests start (``python -m kg.cli ...``, worker pools, Dask workers)
get the same guard through ``netguard_site/sitecustomize.py``: ``child_environment()`` puts
that folder on ``PYTHONPATH`` and names a log file where the children append what they
refused. Programs that are not Python (the ``oxigraph`` binary) are not watched; the tests
only ever point them at 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
import sysconfig
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

LOG_VARIABLE = "KG_TEST_NETGUARD_LOG"
SITE = Path(__file__).parent / "netguard_site"
_LIBRARIES = tuple(
    {sysconfig.get_paths()[k] + os.sep for k in ("stdlib", "platstdlib", "purelib", "platlib")}
)

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}
_CONNECT_EVENTS = {"socket.connect", "socket.sendto", "socket.sendmsg"}
_LOOKUP_EVENTS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr"}


ACTIVE: Guard | None = None  # the guard installed in this process


class Blocked(PermissionError):
    """A test tried to reach beyond loopback; nothing was sent."""


@dataclass(frozen=True)
class Violation:
    when: float  # time.time()
    pid: int
    event: str
    target: str
    where: str  # the innermost frames outside the socket machinery

    def describe(self) -> str:
        process = "" if self.pid == os.getpid() else f" (in child process {self.pid})"
        return f"{self.event} to {self.target}{process}\n{self.where}"

    def to_line(self) -> str:
        where = self.where.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", " ")
        return "\t".join([repr(self.when), str(self.pid), self.event, self.target, where]) + "\n"

    @classmethod
    def from_line(cls, line: str) -> Violation:
        when, pid, event, target, where = line.rstrip("\n").split("\t", 4)
        where = where.replace("\\n", "\n").replace("\\\\", "\\")
        return cls(float(when), int(pid), event, target, where)


def is_local_host(host: str | bytes | None, own_names: frozenset[str] = frozenset()) -> bool:
    """Whether ``host`` (an address or a name) stays on this machine without asking a resolver."""
    if host is None:
        return True  # getaddrinfo(None, port): the wildcard or loopback address, no lookup
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = host.strip("[]").split("%", 1)[0].rstrip(".").lower()
    if not host:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host in _LOCAL_NAMES or host.endswith(".localhost") or host in own_names
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def is_local_lookup(host: str | bytes | None, own_names: frozenset[str] = frozenset()) -> bool:
    """Whether looking ``host`` up sends nothing: numeric addresses never reach a resolver."""
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if isinstance(host, str):
        try:
            ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
            return True
        except ValueError:
            pass
    return is_local_host(host, own_names)


class Guard:
    """The audit hook and what it recorded. Audit hooks cannot be removed: ``install`` once."""

    def __init__(self, log: str | os.PathLike | None = None):
        self.log = Path(log) if log else None
        self.violations: list[Violation] = []
        self._forgiven: set[Violation] = set()
        self._lock = threading.Lock()
        self._busy = threading.local()  # the hook's own lookups must not re-enter it
        self.own_names = frozenset()

    def install(self) -> Guard:
        """Add the hook to this process; a process holds one guard: the first one installed."""
        global ACTIVE
        if ACTIVE is not None:
            return ACTIVE
        ACTIVE = self
        self._busy.on = True
        try:
            self.own_names = frozenset({socket.gethostname().lower()})
        finally:
            self._busy.on = False
        sys.addaudithook(self._hook)
        return self

    def _hook(self, event: str, args: tuple) -> None:
        if event not in _CONNECT_EVENTS and event not in _LOOKUP_EVENTS:
            return
        if getattr(self._busy, "on", False):
            return
        if event in _CONNECT_EVENTS:
            address = args[1] if len(args) > 1 else None
            if not (isinstance(address, tuple) and address and isinstance(address[0], str | bytes)):
                return  # AF_UNIX paths, netlink and the like never leave the machine
            if is_local_host(address[0], self.own_names):
                return
            target = ":".join(str(a) for a in address[:2])
        else:
            host = args[0] if args else None
            if is_local_lookup(host, self.own_names):
                return
            target = f"{host!r} (a name lookup)"
        self._busy.on = True
        try:
            self._record(event, target)
        finally:
            self._busy.on = False
        raise Blocked(
            f"test network guard: {event} to {target} refused; tests must only talk to 127.0.0.1/::1"
        )

    def _record(self, event: str, target: str) -> None:
        stack = [f for f in traceback.extract_stack() if f.filename != __file__]
        ours = [f for f in stack if not f.filename.startswith((*_LIBRARIES, "<"))]
        frames = ours[-3:] + [f for f in stack[-1:] if f not in ours[-3:]]
        where = "".join(traceback.format_list(frames)).rstrip()
        violation = Violation(time.time(), os.getpid(), event, target, where)
        with self._lock:
            self.violations.append(violation)
            if self.log is not None:
                with open(self.log, "a", encoding="utf-8") as fh:
                    fh.write(violation.to_line())

    def between(self, start: float, stop: float) -> list[Violation]:
        """What was refused from ``start`` to ``stop`` (time.time()), here and in children."""
        found = list(self.violations)
        if self.log is not None and self.log.is_file():
            pid = os.getpid()
            lines = self.log.read_text(encoding="utf-8").splitlines()
            found += [v for v in map(Violation.from_line, lines) if v.pid != pid]
        found = [v for v in found if start <= v.when <= stop and v not in self._forgiven]
        return sorted(found, key=lambda v: v.when)

    def forgive(self, violations: list[Violation]) -> None:
        """Drop records a test made on purpose (the guard's own tests)."""
        self._forgiven.update(violations)


def child_environment(log: Path) -> dict[str, str]:
    """Environment variables that put the guard into Python child processes."""
    path = os.environ.get("PYTHONPATH", "")
    parts = [str(SITE), str(Path(__file__).parent)] + ([path] if path else [])
    return {LOG_VARIABLE: str(log), "PYTHONPATH": os.pathsep.join(parts)}


def report(violations: list[Violation]) -> str:
    lines = [
        "the test opened a connection (or looked up a name) beyond loopback; tests must only"
        " talk to servers they start on 127.0.0.1 or ::1. The guard refused:"
    ]
    lines += [f"  {i}. {v.describe()}" for i, v in enumerate(violations, 1)]
    return "\n".join(lines)
