"""The benchmarks of ``make bench`` (``python -m benchmarks``); not part of the installed package.

Each module registers one benchmark with ``common.bench``; ``common.main`` runs them.
"""
