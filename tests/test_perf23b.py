"""Speed changes that must read exactly as the patterns they replace."""

import random
import re

import pytest

from kg.extractors import history


def _written_as_place_by_search(label: str, text: str) -> bool:
    return label in text and re.search(
        rf"\b(?:in|at|near|city of|town of|suburb of|district of) {re.escape(label)}\b", text) is not None


_written_as_place_by_find = history._after_place_word


@pytest.mark.parametrize(("label", "text", "expected"), [
    ("Husavik", "The plant in Husavik opened in 2011.", True),
    ("Bari", "It moved to the city of Bari, where it grew.", True),
    ("Leeds", "Its office near Leeds closed.", True),
    ("Leeds", "It bought Leeds Bank at once.", False),  # no place word before
    ("Leeds", "It opened in Leedsville.", False),  # not a whole word
    ("S.A.", "a subsidiary in S.A. Corp", False),  # "\b" after a dot needs no word after it
    ("S.A.", "a subsidiary in S.A.x", True),
    ("Bari", "the main Bari office", False),  # "main" ends in "in" but is no preposition
    ("Bari", "the district of  Bari", False),  # two blanks
])
def test_written_as_place_reads_as_the_whole_search(label, text, expected):
    assert _written_as_place_by_search(label, text) is expected
    assert _written_as_place_by_find(label, text) is expected


def test_written_as_place_agrees_on_random_text():
    rng = random.Random(23)
    words = ["in", "at", "near", "city", "of", "town", "district", "suburb", "Bari", "Bar", "Bari.", "x", "main",
             "A.", ",", "Bari-Nord", "twin"]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", "", "  ", ", "]) for _ in range(rng.randint(1, 12)))
        for label in ("Bari", "Bari.", "A.", "in Bari", "Bar"):
            assert _written_as_place_by_find(label, text) == _written_as_place_by_search(label, text), (label, text)
