"""Decompressing a multistream dump in worker processes: the physical limit of a dump build.

A module of its own that imports nothing heavy, so that starting a worker costs no more than
Python itself (the function is imported by name in each worker).
"""

from __future__ import annotations

import bz2


def decompress_streams(task: tuple[str, list[int]]) -> int:
    """Bytes of XML in the streams between consecutive offsets of ``task``, decompressed one
    stream at a time (one ``bz2.decompress`` over many streams copies the rest of the buffer
    after each one)."""
    path, bounds = task
    with open(path, "rb") as fh:
        fh.seek(bounds[0])
        raw = memoryview(fh.read(bounds[-1] - bounds[0]))
    return sum(len(bz2.decompress(raw[a - bounds[0]: b - bounds[0]])) for a, b in zip(bounds, bounds[1:], strict=False))
