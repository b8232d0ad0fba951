"""Paths to the corpus copies in tests/fixtures (see tests/fixtures/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
WIKI = FIXTURES / "wikipedia"
DUMPS = FIXTURES / "dumps"

COMPANY_ARTICLES = ["SenseTime", "IBM", "Samsung", "IKEA", "Asda", "Deliveroo", "Alsea_(company)"]
OTHER_INFOBOX_ARTICLES = [
    "Toronto_Star",
    "Ukrainian_Railways",
    "Ukrainian_Processing_Center",
    "Ukrainian_Armor",
    "Ukrainian_Helsinki_Group",
    "Ukrainian_Helsinki_Human_Rights_Union",
    "Ukrainian_Red_Cross_Society",
]
ALL_BUILDABLE = COMPANY_ARTICLES + OTHER_INFOBOX_ARTICLES


def wiki(stem: str) -> Path:
    return WIKI / f"{stem}.wiki"
