"""The dates of relations (issue 14, round 22): a relation that none of its statements dates ("Its
customers include X", a shareholder named in a state sentence) is dated by the earliest occasion
the article tells of the same counterparty elsewhere. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.model import DateValue, Entity, Fact, Provenance
from kg.sources import Page
from kg.text.parse import parse_article


def _dates(body: str) -> dict[tuple[str, str], str | None]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is a Chilean packaging company.\n\n{body}")
    out: dict[tuple[str, str], str | None] = {}
    for f in relations.extract(parse_article(page)):
        date = dict(f.qualifiers).get("date")
        key = (f.prop, f.value.title or f.value.label)
        if date is not None and (out.get(key) is None or date.iso < out[key]):
            out[key] = date.iso
        else:
            out.setdefault(key, None)
    return out


EARLIEST = [
    # a customer named in a state sentence, its start told in the history
    ("== History ==\nIn 2014 [[Pacifica Retail]] chose Acme to pack its own-brand coffee.\n\n"
     "== Operations ==\nIts customers include [[Pacifica Retail]] and [[Norland Foods]].",
     ("customer", "Pacifica Retail"), "2014"),
    # a shareholder that bought its stake in a dated sentence (no cue of its own)
    ("== History ==\nIn March 2009 the founders sold a quarter of the shares to [[Andes Capital]].\n\n"
     "== Ownership ==\nThe fund [[Andes Capital]] holds 25 per cent of the company.",
     ("investor", "Andes Capital"), "2009-03"),
    # the earliest of two tellings, at the finer date of its year
    ("== History ==\nIn 2012 Acme began shipping boxes to the brewer [[Cerro Azul Brewing]]. "
     "In 2016 [[Cerro Azul Brewing]] extended the arrangement to its bottles.\n\n"
     "== Operations ==\nIts largest customers are [[Cerro Azul Brewing]] and [[Viña Lontué]].",
     ("customer", "Cerro Azul Brewing"), "2012"),
    # the counterparty's own part of a sentence that writes two years
    ("== History ==\nAcme was listed in Santiago in 1998, and [[Grupo Lirio]] bought the founders' shares in 2011.\n\n"
     "== Ownership ==\nThe fund [[Grupo Lirio]] holds 60 per cent of the company.",
     ("investor", "Grupo Lirio"), "2011"),
]


@pytest.mark.parametrize(("body", "key", "date"), EARLIEST)
def test_an_undated_relation_takes_the_earliest_telling_of_its_counterparty(body, key, date):
    assert _dates(body).get(key) == date


def test_the_same_year_at_a_finer_date_is_the_same_occasion():
    body = ("== History ==\nIn 2017 [[Tolten Paper]] became a customer. On 4 May 2017 [[Tolten Paper]] "
            "signed a framework order with Acme.\n\n== Operations ==\nIts customers include [[Tolten Paper]].")
    assert _dates(body).get(("customer", "Tolten Paper")) in ("2017-05-04", "2017")
    assert relations._earlier(*(DateValue(*x) for x in (("2017-05-04", "day"), ("2017", "year"))))


def test_a_sentence_of_another_relation_does_not_date_it():
    # the bank lent first; its stake is told in a state sentence only: no date from the loan
    body = ("== History ==\nIn 2005 Acme borrowed US$20 million from [[Banco Ribeira]] to build a plant.\n\n"
            "== Ownership ==\nThe bank [[Banco Ribeira]] holds 8 per cent of the company.")
    found = _dates(body)
    assert found.get(("lender", "Banco Ribeira")) == "2005"
    assert found.get(("investor", "Banco Ribeira")) is None


def test_a_dated_relation_keeps_its_date():
    body = ("== History ==\nIn 2003 [[Pacifica Retail]] opened a store in Lima.\n\n"
            "== Operations ==\nIts customers include [[Pacifica Retail]], which signed a supply contract in 2010.")
    assert _dates(body).get(("customer", "Pacifica Retail")) == "2010"


SNAPSHOT = [
    # a shareholder listed "as of" a day, whose purchase the history tells
    ("== History ==\nIn 2008 the founders sold half of the company to [[Andes Capital]].\n\n"
     "== Ownership ==\nAs of 31 December 2023, the largest shareholders were [[Andes Capital]] (41 per cent) "
     "and the founders (20 per cent).", ("investor", "Andes Capital"), "2008"),
    # a customer named in a snapshot of the year, its first order told before
    ("== History ==\nIn 2015 [[Pacifica Retail]] ordered its first trays from Acme.\n\n"
     "== Operations ==\nAs of 2024, its largest customers were [[Pacifica Retail]] and [[Norland Foods]].",
     ("customer", "Pacifica Retail"), "2015"),
    # "its largest customers in 2024 were ...": the year of a ranking, not of a start
    ("== History ==\nIn 2011 Acme began making cartons for [[Viña Lontué]].\n\n"
     "== Operations ==\nIts largest customers in 2024 were [[Norland Foods]] and [[Viña Lontué]], which together "
     "took a third of its output.", ("customer", "Viña Lontué"), "2011"),
    # told nowhere else: the snapshot's day stays
    ("== Ownership ==\nAs at March 2024, the fund [[Andes Capital]] held 12 per cent of the company.",
     ("investor", "Andes Capital"), "2024-03"),
]


@pytest.mark.parametrize(("body", "key", "date"), SNAPSHOT)
def test_a_snapshots_date_gives_way_to_an_earlier_telling(body, key, date):
    assert _dates(body).get(key) == date


@pytest.mark.parametrize(("text", "year", "snapshot"), [
    ("As of 2024, its largest customers were Pacifica Retail and Norland Foods.", "2024", True),
    ("as at the end of March 2025 the bank held 4.8 per cent", "2025", True),
    ("Since 2024 the fund has held 12 per cent, as of 2024 the largest stake.", "2024", False),
    ("In 2019 the fund bought 12 per cent.", "2019", False),
    ("Its main charterers in 2023 were Cargill and Vale.", "2023", True),
    ("Its largest customer in fiscal 2022 was the retailer Tesco.", "2022", True),
    ("In 2022 it was chosen by the state as a supplier.", "2022", False),
])
def test_a_snapshot_is_a_year_written_only_after_as_of(text, year, snapshot):
    fact = Fact(subject="Acme", prop="investor", value=Entity("Andes Capital", None, "organization"),
                provenance=Provenance(article="Acme", sentence=text, extractor="relations"),
                qualifiers=(("date", DateValue(year, "year")),))
    assert relations._undated(fact) is snapshot


FINER = [
    # a summary's year and the history's month of the same purchase
    ("In 2007 the company was taken private by the fund [[Andes Capital]].\n\n== History ==\n"
     "In May 2007 [[Andes Capital]] agreed to buy the company for US$300 million.",
     ("investor", "Andes Capital"), "2007-05"),
    # a joint venture formed "in 2019", announced on a day of that year
    ("In 2019 Acme formed a joint venture with [[Tolten Paper]].\n\n== History ==\n"
     "On 11 June 2019 Acme and [[Tolten Paper]] announced the venture, to be owned equally.",
     ("jointVenturePartner", "Tolten Paper"), "2019-06-11"),
    # a customer "since 2012" whose first order the history tells with its month
    ("== History ==\nIn March 2012 [[Norland Foods]] placed its first order for trays.\n\n"
     "== Customers ==\n* [[Norland Foods]] – trays, since 2012",
     ("customer", "Norland Foods"), "2012-03"),
]


@pytest.mark.parametrize(("body", "key", "date"), FINER)
def test_a_year_takes_the_finer_date_of_that_year_another_sentence_tells(body, key, date):
    assert _dates(body).get(key) == date


def test_a_finer_date_of_another_year_does_not_refine():
    body = ("In 2007 the company was taken private by the fund [[Andes Capital]].\n\n== History ==\n"
            "In May 2015 [[Andes Capital]] sold half of its shares on the exchange.")
    assert _dates(body).get(("investor", "Andes Capital")) == "2007"


def test_the_statements_own_sentence_does_not_refine_its_year():
    body = ("== History ==\nIn April 2018 Acme began supplying [[Norland Foods]], and later that year it began "
            "supplying [[Tolten Paper]].")
    assert _dates(body).get(("customer", "Tolten Paper")) == "2018"
