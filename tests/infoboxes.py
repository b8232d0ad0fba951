"""Helpers of the infobox tests: a company infobox written for a test, and the facts of a page."""

from __future__ import annotations

from kg.pipeline import extract_page
from kg.sources import Page


def infobox(**params: str) -> str:
    """The wikitext of an {{Infobox company}} with these parameters."""
    body = "\n".join(f"| {k} = {v}" for k, v in params.items())
    return "{{Infobox company\n" + body + "\n}}\n"


def page_facts(title: str, wikitext: str):
    """The facts every extractor reads from a page."""
    _, _, facts = extract_page(Page(title=title, wikitext=wikitext))
    return facts


def infobox_values(facts, prop: str) -> list:
    """The values the infobox extractor gave to ``prop``."""
    return [f.value for f in facts if f.prop == prop and f.provenance.extractor == "infobox"]


def money(facts, prop: str) -> list:
    """(amount, currency) of each money value the infobox extractor gave to ``prop``."""
    return [(m.amount, m.currency) for m in infobox_values(facts, prop)]
