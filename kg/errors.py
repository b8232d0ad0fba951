"""Exceptions that carry their exit code; the CLI maps them at the boundary.

Exit codes (also in the README):

    0  success
    1  the graph does not conform to the SHACL shapes (``kg validate``); evaluation below its floor
    2  usage error (bad option, unknown query or parameter)
    3  no usable input: every input failed (missing, not UTF-8, not wikitext, redirect, no infobox)
    4  partial success: output written for the good inputs, some inputs failed (reported)
    5  a remote service failed (endpoint unreachable, HTTP errors after retries, bad responses)
    6  output could not be written
  130  interrupted (Ctrl-C); no partial output is left behind
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_NONCONFORMING = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_PARTIAL = 4
EXIT_REMOTE = 5
EXIT_OUTPUT = 6
EXIT_INTERRUPTED = 130


class KgError(Exception):
    """Base class. ``str(err)`` is a one-line message that says what to do."""

    exit_code = EXIT_INPUT


class UsageError(KgError):
    exit_code = EXIT_USAGE


class InputError(KgError):
    """A page or file that cannot be turned into facts."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, source: str | None = None):
        super().__init__(message)
        self.source = source


class NotUtf8Error(InputError):
    pass


class NotWikitextError(InputError):
    pass


class RedirectError(InputError):
    pass


class NoInfoboxError(InputError):
    pass


class RemoteError(KgError):
    """An endpoint or API failed after retries, or answered something that is not data."""

    exit_code = EXIT_REMOTE


class OutputError(KgError):
    exit_code = EXIT_OUTPUT
