"""The dates of relations across clauses (issue 14, round 23): a party is dated by its own
conjunct, not by the words of the clause before it. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _dates(body: str) -> dict[tuple[str, str], str | None]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is a Chilean packaging company.\n\n== History ==\n{body}")
    out: dict[tuple[str, str], str | None] = {}
    for f in relations.extract(parse_article(page)):
        date = dict(f.qualifiers).get("date")
        out[(f.prop, f.value.title or f.value.label)] = date.iso if date is not None else None
    return out


OWN_CONJUNCT = [
    # a relative date in the clause before the party's own, which writes its own year
    ("Acme was listed in Santiago in 1999 and privatised five years later, when the state sold 26 per cent "
     "of the shares to [[Andes Capital]]; the Peruvian miner [[Grupo Lirio]] bought the stake from it in 2019.",
     {("investor", "Andes Capital"): "2004", ("investor", "Grupo Lirio"): "2019"}),
    ("Acme was founded in 1990 and began exporting three years later; the German fund [[Norland Capital]] "
     "acquired 30 per cent of the company in 2008.",
     {("investor", "Norland Capital"): "2008"}),
    # the relative date in the party's own conjunct still counts
    ("Acme began selling in Peru through [[Lima Trading]] in 2020, and in Bolivia through [[Paceña Trading]] a year later.",
     {("customer", "Lima Trading"): "2020", ("customer", "Paceña Trading"): "2021"}),
]


@pytest.mark.parametrize(("body", "want"), OWN_CONJUNCT)
def test_a_party_is_dated_by_its_own_conjunct(body, want):
    got = _dates(body)
    assert {k: got.get(k) for k in want} == want


LATER_CONJUNCT = [
    # a party the learned reader relates, in a second conjunct that writes its own year
    ("The company has run a packaging research programme with [[Tsinghua University]] since 2020 and a "
     "recycling laboratory with the [[University of Miskolc]] since 2023.",
     {("researchCollaborator", "Tsinghua University"): "2020", ("researchCollaborator", "University of Miskolc"): "2023"}),
    ("Research collaborations include work on inks with [[DTU Wind Energy]] since 2016 and on the testing of "
     "films with [[Aalborg University]] since 2020.",
     {("researchCollaborator", "DTU Wind Energy"): "2016", ("researchCollaborator", "Aalborg University"): "2020"}),
    # a second conjunct without a year of its own keeps the sentence's opening year
    ("In 2010 Acme bought a plant in Lima and formed a packaging venture with [[Grupo Lirio]].",
     {("partner", "Grupo Lirio"): "2010"}),
]


@pytest.mark.parametrize(("body", "want"), LATER_CONJUNCT)
def test_a_later_conjunct_that_writes_a_year_dates_its_party(body, want):
    got = _dates(body)
    assert {k: got.get(k) for k in want} == want
