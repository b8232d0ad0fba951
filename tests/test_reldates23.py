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


UNTIL = [
    ("== Customers ==\n* [[Norland Airways]] – cabin crew uniforms designed and supplied by Acme from 2012 until the airline's collapse in 2020",
     {("customer", "Norland Airways"): "2012"}),
    ("Acme supplied boxes to [[Viña Lontué]] from 2005 until the winery closed in 2015.",
     {("customer", "Viña Lontué"): "2005"}),
    ("Acme has sold its cans to [[Cerro Azul Brewing]] from March 2009 till the contract was ended in May 2019.",
     {("customer", "Cerro Azul Brewing"): "2009-03"}),
]


@pytest.mark.parametrize(("body", "want"), UNTIL)
def test_a_period_ended_in_words_is_dated_by_its_start(body, want):
    got = _dates(body)
    assert {k: got.get(k) for k in want} == want


def test_the_end_of_a_period_told_in_words():
    from kg.text.cue_dates import date_by_cue
    text = "It leased the site from 2004 until the mine was closed in 2016."
    assert date_by_cue(text, 3, 9).iso == "2004"
    text = "The mine was closed in 2016 after a flood."
    assert date_by_cue(text, 8, 19).iso == "2016"


PLANNED = [
    ("[[Stellantis]] signed a contract in July 2024 for boxes from the Lima plant, to be used in its parts trade from 2026.",
     {("customer", "Stellantis"): "2024-07"}),
    ("In May 2023 Acme agreed to lease 20 aircraft to [[Wizz Air]]. Later that year it agreed to lease 20 more to [[Ryanair]] from 2026.",
     {("customer", "Wizz Air"): "2023-05", ("customer", "Ryanair"): "2023"}),
    ("In June 2024 the company said it planned to open 60 plants by 2027 and had hired [[Goldman Sachs]] to advise on a listing.",
     {("supplier", "Goldman Sachs"): "2024-06"}),
    # a start told as a fact, not a plan, still dates the relation
    ("Acme has supplied boxes to [[Norland Foods]] from 2015.", {("customer", "Norland Foods"): "2015"}),
]


@pytest.mark.parametrize(("body", "want"), PLANNED)
def test_a_plans_start_or_deadline_does_not_date_the_step_that_sets_it(body, want):
    got = _dates(body)
    assert {k: got.get(k) for k in want} == want


EARLIEST_IN_ITS_CONJUNCT = [
    ("Acme opened a plant in Lima in 2000 and its first office in Bolivia, next to the [[Norland Foods]] "
     "headquarters, in 2002.\n\n== Operations ==\nAcme is a partner of [[Norland Foods]].",
     {("partner", "Norland Foods"): "2002"}),
    ("Acme built a warehouse in Arica in 2003 and a depot beside the [[Grupo Lirio]] terminal in 2006.\n\n"
     "== Operations ==\nAcme is a partner of [[Grupo Lirio]].",
     {("partner", "Grupo Lirio"): "2006"}),
    ("Acme was founded in 1990 and moved to an estate near [[Cerro Azul Brewing]] in 1997.\n\n"
     "== Operations ==\nIts customers include [[Cerro Azul Brewing]].",
     {("customer", "Cerro Azul Brewing"): "1997"}),
]


@pytest.mark.parametrize(("body", "want"), EARLIEST_IN_ITS_CONJUNCT)
def test_the_earliest_telling_is_dated_by_the_counterpartys_own_conjunct(body, want):
    got = _dates(body)
    assert {k: got.get(k) for k in want} == want


ASIDE_OF_ANOTHER_PARTY = [
    ("== Operations ==\nIts customers include [[Bezeq]], [[Partner Communications]] (since 2020), [[Deutsche Telekom]] and [[Singtel]].",
     {("customer", "Partner Communications"): "2020", ("customer", "Deutsche Telekom"): None, ("customer", "Singtel"): None}),
    ("== Operations ==\nIts largest clients are [[Norland Foods]] (a client since 2012), [[Viña Lontué]] and [[Cerro Azul Brewing]].",
     {("customer", "Norland Foods"): "2012", ("customer", "Viña Lontué"): None, ("customer", "Cerro Azul Brewing"): None}),
    ("== Operations ==\nIts customers include [[Grupo Lirio]], [[Andes Capital]] (from 2019) and [[Pacifica Retail]].",
     {("customer", "Andes Capital"): "2019", ("customer", "Pacifica Retail"): None}),
]


@pytest.mark.parametrize(("body", "want"), ASIDE_OF_ANOTHER_PARTY)
def test_an_aside_of_one_party_does_not_date_the_parties_after_it(body, want):
    got = _dates(body)
    assert {k: got.get(k, "missing") for k in want} == want


ANOTHER_ACTS_YEAR = [
    # a state told in the present after the year of an occasion
    ("Acme was formed in 1994 to take over a state plant, and buys its pulp from [[Grupo Lirio]].",
     {("supplier", "Grupo Lirio"): None}),
    ("Acme took part in a national recycling scheme in 2019, and it sources its pulp from [[Andes Capital]].",
     {("supplier", "Andes Capital"): None}),
    # a year of a later act
    ("Acme buys its fuel from [[Norland Foods]], and it moved its offices to Lima in 2018.",
     {("supplier", "Norland Foods"): None}),
    # a past act after the year keeps it; a year that opens the sentence is of all its acts
    ("In 2010 Acme bought a plant in Lima and formed a packaging venture with [[Cerro Azul Brewing]].",
     {("partner", "Cerro Azul Brewing"): "2010"}),
]


@pytest.mark.parametrize(("body", "want"), ANOTHER_ACTS_YEAR)
def test_a_year_of_another_act_does_not_date_a_present_state(body, want):
    got = _dates(body)
    assert {k: got.get(k, "missing") for k in want} == want


OFFERING_BEFORE = [
    ("Acme's shares began trading on the Santiago Stock Exchange on 4 April 2014. The offering, priced at 95 pesos "
     "a share, raised 1.2 billion pesos, and was managed by [[Banco Lirio]] and [[Andes Securities]].",
     {("supplier", "Banco Lirio"): "2014-04-04", ("supplier", "Andes Securities"): "2014-04-04"}),
    ("Acme floated in Bogotá in June 2016. Its IPO, three times oversubscribed, was managed by [[Cerro Capital]].",
     {("supplier", "Cerro Capital"): "2016-06"}),
    ("Acme began trading in Quito in 2011. The offer, which valued Acme at 300 million dollars, was managed by "
     "[[Andes Securities]].",
     {("supplier", "Andes Securities"): "2011"}),
]


@pytest.mark.parametrize(("body", "want"), OFFERING_BEFORE)
def test_the_banks_of_an_offering_named_before_their_cue_take_the_listing_told_before(body, want):
    got = _dates(body)
    assert {k: got.get(k, "missing") for k in want} == want
