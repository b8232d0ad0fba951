"""kg fetch: download articles' wikitext from the MediaWiki API into .wiki files."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from urllib.parse import urlparse

from kg.errors import EXIT_INPUT, EXIT_OK, EXIT_PARTIAL, UsageError
from kg.sources.mediawiki import DEFAULT_API, MediaWikiClient, fetch

HELP = "download articles' wikitext from Wikipedia (MediaWiki API) into .wiki files"
DESCRIPTION = """Download the current wikitext of articles into one .wiki file per page,
named after the title (spaces as underscores). Each file starts with comment lines giving
the title, the revision, its permanent URL and the licence (CC BY-SA 4.0); kg reads them
back. Redirects are followed (the file is named after the target). Up to 50 titles per
request, one request at a time, maxlag=5, Retry-After honoured. The written paths go to
stdout, redirects, missing pages and the summary to stderr.

Wikimedia asks every API client for a contact: give --contact (an e-mail address or a
URL) or set KG_CONTACT.

exit codes: 0 every title fetched, 4 some titles missing or failed, 3 none found,
5 the API could not be reached or kept failing.

example:
  kg fetch "SenseTime" "Alibaba" -o articles/ --contact you@example.org"""

_WIKIMEDIA = ("wikipedia.org", "wikimedia.org", "wikidata.org", "mediawiki.org",
              "wiktionary.org", "wikisource.org", "wikivoyage.org", "wikinews.org",
              "wikiquote.org", "wikibooks.org", "wikiversity.org")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("titles", nargs="*", metavar="TITLE", help="article titles (as on Wikipedia)")
    p.add_argument("-o", "--output", default=".", metavar="DIR",
                   help="folder for the .wiki files (created if needed; default: .)")
    p.add_argument("--titles-from", metavar="FILE",
                   help="read more titles from FILE, one per line ('-' for stdin)")
    p.add_argument("--api", default=DEFAULT_API, metavar="URL",
                   help=f"MediaWiki api.php URL (default: {DEFAULT_API})")
    p.add_argument("--contact", default=None, metavar="EMAIL_OR_URL",
                   help="contact put in the User-Agent (default: $KG_CONTACT)")
    p.add_argument("--retries", type=int, default=5, metavar="N",
                   help="retries per request on lag, 429, 5xx and timeouts (default: 5)")
    p.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                   help="timeout per request (default: 60)")


def _titles(args: argparse.Namespace) -> list[str]:
    titles = list(args.titles)
    if args.titles_from:
        try:
            if args.titles_from == "-":
                lines = sys.stdin.read().splitlines()
            else:
                lines = Path(args.titles_from).read_text("utf-8").splitlines()
        except OSError as err:
            raise UsageError(f"{args.titles_from}: cannot read titles ({err.strerror or err})") from None
        except UnicodeDecodeError:
            raise UsageError(f"{args.titles_from}: not UTF-8; save the title list as UTF-8") from None
        titles += [t for t in (line.strip() for line in lines) if t and not t.startswith("#")]
    if not titles:
        raise UsageError("no titles; give TITLE arguments or --titles-from FILE")
    return titles


def run(args: argparse.Namespace) -> int:
    titles = _titles(args)
    contact = args.contact or os.environ.get("KG_CONTACT")
    host = (urlparse(args.api).hostname or "").lower()
    if not contact and host.endswith(_WIKIMEDIA):
        raise UsageError("Wikimedia asks API clients for a contact: give --contact "
                         "EMAIL_OR_URL or set KG_CONTACT")
    if args.retries < 0 or args.timeout <= 0:
        raise UsageError("--retries must be 0 or more and --timeout more than 0")
    client = MediaWikiClient(args.api, contact=contact, timeout=args.timeout, retries=args.retries)

    def log(message: str) -> None:
        print(f"kg fetch: {message}", file=sys.stderr)

    report = fetch(titles, args.output, client=client, log=log)
    for _title, path, _rev in report.written:
        print(path)
    for title in report.missing:
        log(f"missing: {title} (no such page)")
    for title, reason in report.failed:
        log(f"failed: {title}: {reason}")
    log(f"{len(report.written)} pages written to {args.output}, {len(report.redirects)} redirects "
        f"followed, {len(report.missing)} missing, {len(report.failed)} failed "
        f"({client.requests} requests)")
    if report.complete:
        return EXIT_OK
    return EXIT_PARTIAL if report.written else EXIT_INPUT
