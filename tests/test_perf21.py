"""Round 21's output-identical speed changes: work skipped where its answer cannot be used.
The sentences are written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article

AFFAIR = """'''Brightwell''' is a maker of garden tools.

== History ==
Brightwell was founded in 1962.

== Controversies ==
=== Rake cartel ===
In 2012 the Competition Bureau fined Brightwell $12 million for fixing the prices of rakes.
{step}
"""


def _run(step: str, monkeypatch) -> tuple[list[str], int]:
    calls = []
    real = controversies.step_of_a_case

    def counting(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(controversies, "step_of_a_case", counting)
    page = Page(title="Brightwell", revision=1, wikitext=AFFAIR.format(step=step))
    found = [f.provenance.sentence for f in controversies.extract(parse_article(page))
             if "fined Brightwell" not in f.provenance.sentence]
    return found, len([c for c in calls if c.startswith(step[:20])])


# ``tied_to_a_case`` keeps only a step that writes its date: an undated one is never an item, so
# its procedure cues are not tried; a dated one is searched and read as before
@pytest.mark.parametrize("step, dated", [
    ("The appeals court later reduced the fine.", False),
    ("The district court then cancelled the fine.", False),
    ("The Commission accepted the company's commitments.", False),
    ("The appeals court reduced the fine in 2014.", True),
    ("In May 2015 the district court cancelled the fine.", True),
    ("The Commission accepted the company's commitments in June 2016.", True),
])
def test_only_a_dated_step_of_a_case_is_searched_for(step, dated, monkeypatch):
    found, searched = _run(step, monkeypatch)
    assert (found, searched) == (([step], 1) if dated else ([], 0))


class _Titled:
    def __init__(self, title: str):
        self.title = title


def test_is_self_gives_the_same_answer_when_asked_again():
    from kg.extractors.relation_names import is_self
    from kg.model import Entity
    from kg.text.article_cache import forget

    names = ("brightwell", "brightwell tools")  # lower-case, as company_names gives them
    cases = [
        (Entity("Brightwell Garden", "Brightwell Garden Ltd"), _Titled("Brightwell"), True),  # its own unit
        (Entity("Hollin Steel", "Hollin Steel"), _Titled("Brightwell"), False),
        (Entity("Brightwells", None), _Titled("Brightwell"), False),  # another word
        (Entity("Brightwell", "Brightwell"), _Titled("Other article"), True),  # by its name, not its title
        (Entity("Hollin Steel", "Hollin Steel"), _Titled("Hollin Steel"), True),  # the article's own title
    ]
    for _ in range(2):  # the second round is answered from the first
        assert [is_self(e, names, a) for e, a, _ in cases] == [want for _, _, want in cases]
    forget()
    assert [is_self(e, ("hollin steel",), a) for e, a, _ in cases] == [False, True, False, False, True]
