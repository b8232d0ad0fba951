"""Two rules for the whole suite, as a pytest plugin (loaded by tests/conftest.py).

* No test reaches beyond this machine: tests/netguard.py refuses any socket connection or
  name lookup beyond loopback, in this process and in the Python processes the tests start;
  the test that tried fails with the address and the lines that made the call.
* No test is skipped: a skip means a dependency is missing from the extras that ``make
  venv`` installs, and the claim the test guards would go unchecked; it fails instead.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import netguard
import pytest

_OWN_LOG: list[Path] = []  # the log folder this session made (removed at the end)


def _guard() -> netguard.Guard:
    if netguard.ACTIVE is not None and os.environ.get(netguard.LOG_VARIABLE):
        return netguard.ACTIVE  # a test run started by a test: the guard is already in place
    log = Path(tempfile.mkdtemp(prefix="kg-netguard-")) / "refused.log"
    _OWN_LOG.append(log)
    os.environ.update(netguard.child_environment(log))
    return netguard.Guard(log).install()


GUARD = _guard()


def pytest_unconfigure(config):
    for log in _OWN_LOG:
        shutil.rmtree(log.parent, ignore_errors=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    refused = GUARD.between(call.start, call.stop)
    if refused:
        report.outcome = "failed"
        before = f"\n\n{report.longreprtext}" if report.longrepr and report.longreprtext else ""
        report.longrepr = netguard.report(refused) + before
    elif report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = (
            f"{item.nodeid} was skipped ({reason}); the suite allows no skips: install what the"
            " test needs through the extras that 'make venv' installs (pyproject.toml, Makefile)"
        )
    return report
