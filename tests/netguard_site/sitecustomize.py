"""Loaded by Python processes that the tests start (see tests/netguard.py): the same guard
on sockets as in the test process, refusals logged to the file named by KG_TEST_NETGUARD_LOG.
A sitecustomize found further along sys.path is still run."""

import importlib.machinery
import importlib.util
import os
import sys

_here = os.path.dirname(os.path.abspath(__file__))

if os.environ.get("KG_TEST_NETGUARD_LOG"):
    import netguard

    netguard.Guard(os.environ["KG_TEST_NETGUARD_LOG"]).install()

for _entry in sys.path:
    if os.path.abspath(_entry or ".") == _here:
        continue
    _spec = importlib.machinery.PathFinder.find_spec("sitecustomize", [_entry])
    if _spec is not None and _spec.loader is not None:
        _module = importlib.util.module_from_spec(_spec)
        _spec.loader.exec_module(_module)
        break
