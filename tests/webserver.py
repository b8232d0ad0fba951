"""``kg serve`` run by the tests: a real process on a free loopback port (``--port 0``), its
address read from the line it prints, stopped with Ctrl-C (SIGINT) at the end."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

from kg.graph.store import GraphStore
from kg.pipeline import process_page
from kg.sources.files import read_wiki_file

FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE = FIXTURES / "hostile" / "Hostile.wiki"
HOSTILE_TITLE = 'Quote "Evil" Corp'
_ADDRESS = re.compile(r"at (http://127\.0\.0\.1:\d+)/ ")


def build_store(path: Path, articles: list[Path]) -> Path:
    """A store holding the given articles, written as 'kg build --store' writes it."""
    with GraphStore.open(path) as gs:
        for article in articles:
            page = read_wiki_file(article)
            gs.replace_page(page, process_page(page))
    return path


class KgServe:
    """``python -m kg.cli serve --store DIR --port 0 [extra]``; ``url`` once it serves."""

    def __init__(self, store: Path, *extra: str, startup: float = 120.0):
        self.command = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", "0", *extra]
        self.startup = startup
        self.url = ""
        self.lines: list[str] = []
        self.process: subprocess.Popen | None = None

    def start(self) -> KgServe:
        self.process = subprocess.Popen(self.command, stderr=subprocess.PIPE, text=True)
        found = threading.Event()

        def read() -> None:
            assert self.process is not None and self.process.stderr is not None
            for line in self.process.stderr:
                self.lines.append(line)
                m = _ADDRESS.search(line)
                if m and not self.url:
                    self.url = m.group(1)
                    found.set()
            found.set()

        threading.Thread(target=read, daemon=True).start()
        found.wait(self.startup)
        if not self.url:
            self.stop()
            raise RuntimeError("kg serve did not start: " + "".join(self.lines))
        return self

    def stop(self) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        code = self.process.returncode
        self.process = None
        return code

    def __enter__(self) -> KgServe:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
