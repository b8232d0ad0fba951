"""History events told twice (issue 14, round 30, second pass): the lead's telling of money put
into the company (a stake bought, new shares, a loan, bonds) is the one such event the body tells
that year, even when the two are read as different kinds (a stake and a share issue, a funding
round and a bond issue). Two real events stay two: a body that tells two such events that year,
a lead that names another party or states another sum, another year, a closure in the lead.
Another party's act: a tax or duty the state introduces is no product launch, an investigation a
regulator opens is no opening of the company's."""

from __future__ import annotations

import pytest

from kg.extractors.history import found_events
from kg.sources import Page
from kg.text.parse import parse_article


def _found(lead: str, history: str, title: str = "Verandel Optics"):
    text = f"'''{title}''' is a maker of lenses. {lead}\n\n== History ==\n{history}\n"
    return found_events(parse_article(Page(title=title, revision=1, wikitext=text)))


def _money(found, year: str):
    return [f for f in found if f.event.type in ("acquisition", "funding_round")
            and f.event.date is not None and f.event.date.iso.startswith(year)]


_ONE = [
    # a stake summed up by the lead, new shares detailed by the body
    ("The Chilean fund Cordillera Growth Partners took a minority stake in 2006.",
     "Verandel opened a second workshop in 2004. In April 2006 Cordillera Growth Partners, a "
     "private-equity fund based in Santiago, paid US$7 million for new shares giving it 30 per cent "
     "of the company.",
     "2006", "2006-04"),
]


@pytest.mark.parametrize(("lead", "history", "year", "date"), _ONE)
def test_the_leads_money_summary_is_the_bodys_one_money_event(lead, history, year, date):
    money = _money(_found(lead, history), year)
    assert [f.event.date.iso for f in money] == [date]


_TWO = [
    # the body tells two money events that year: the lead's summary is not folded into either
    ("The Chilean fund Cordillera Growth Partners took a minority stake in 2006.",
     "In April 2006 Cordillera Growth Partners paid US$7 million for new shares giving it 30 per "
     "cent of the company. In October 2006 the company borrowed US$3 million from Banco Austral.",
     "2006", 2),
    # the lead states a sum of its own
    ("The Chilean fund Cordillera Growth Partners took a minority stake for US$12 million in 2006.",
     "In April 2006 Cordillera Growth Partners paid US$7 million for new shares giving it 30 per "
     "cent of the company.",
     "2006", 2),
    # another year
    ("The Chilean fund Cordillera Growth Partners took a minority stake in 2005.",
     "In April 2006 Cordillera Growth Partners paid US$7 million for new shares giving it 30 per "
     "cent of the company.",
     "200", 2),
]


@pytest.mark.parametrize(("lead", "history", "year", "n"), _TWO)
def test_two_money_events_stay_two(lead, history, year, n):
    assert len(_money(_found(lead, history), year)) >= n


def test_a_closure_in_the_lead_is_no_money_summary():
    # the lead's closure (read as a divestiture) and the body's one rights issue of that year: two events
    found = _found("A restructuring announced in 2019 closed the Tamberg works.",
                   "In March 2019 the board announced that the Tamberg works would close, with the loss of 200 "
                   "jobs. The plan was paid for by a rights issue of €30 million in October 2019, underwritten "
                   "by Nordhavn Bank.")
    assert any(f.ds.role == "lead" and f.event.type == "divestiture" for f in found)
    assert any(f.event.type == "funding_round" and f.event.date.iso == "2019-10" for f in found)


# ---------------------------------------------------------------- an authority's measure is no launch or opening

@pytest.mark.parametrize("sentence", [
    "The government's budget for 2016 introduced a sugar tax on soft drinks of 10 cents a litre.",
    "In 2016 the finance ministry introduced an excise duty on bottled water.",
])
def test_a_tax_introduced_by_the_state_is_no_product_launch(sentence):
    found = _found("", "Verandel opened its first workshop in 2012. " + sentence)
    assert not [f for f in found if f.event.type == "product_launch"]


def test_an_investigation_opened_by_a_regulator_is_no_opening():
    found = _found("", "Verandel opened its first workshop in 2012. The regional trade-remedies office opened "
                       "an anti-dumping investigation into lenses from Estonia in June 2019.")
    assert not [f for f in found if f.event.type == "expansion" and f.event.date.iso.startswith("2019")]
    assert [f for f in found if f.event.date.iso.startswith("2012")]
