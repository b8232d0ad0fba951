"""The literal scan that finds a short name's occurrences gives what the lookbehind pattern gave."""

import re

from kg.extractors.event_parties import _occurrences, written_in_full


def _by_regex(short: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![\w'’-]){re.escape(short)}", text)]


def test_occurrences_match_the_lookbehind_pattern():
    cases = [
        ("Holm", "Greta Holm joined Holmberg; Holm left. Ex-Holm and O'Holm are not Holm."),
        ("aa", "aaaa aa_aa -aa aa"),
        ("Vance", "Vance"),
        ("Vance", ""),
        ("Ortiz", "The board named Ortiz-Lane, then Ortiz, then ’Ortiz and 2Ortiz."),
    ]
    for short, text in cases:
        assert list(_occurrences(short, text)) == _by_regex(short, text)


def test_written_in_full_reads_the_words_around_each_occurrence():
    text = "In 2019 Marta Lindqvist became chair. Lindqvist had run Brevik Shipping before."
    assert written_in_full("Lindqvist", text) == {"Marta Lindqvist"}
    assert written_in_full("Brevik", text) == {"Brevik Shipping"}
    assert written_in_full("Lind", text) == set()
