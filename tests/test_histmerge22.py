"""History events told twice (issue 14, round 22): a change of owners summed up in the lead and
detailed in History from the other side of the deal is one event with the detail's date, sum and
parties; the lead's deal of one year is the body's deal agreed the year before; a table row read
again as a sentence is one telling before either is found in the prose. Two real events stay two."""

from __future__ import annotations

import pytest

from kg.extractors.history import found_events
from kg.sources import Page
from kg.text.parse import parse_article


def _found(lead: str, history: str, title: str = "Kelvara Foods"):
    text = f"'''{title}''' is a food company. {lead}\n\n== History ==\n{history}\n"
    return found_events(parse_article(Page(title=title, revision=1, wikitext=text)))


def _of(found, *types):
    return [f.event for f in found if f.event.type in types]


# ---------------------------------------------------------------- one deal told from two sides

_ONE_DEAL = [
    # the lead's buyer, the body's sale to it with a sum
    ("The investment firm [[Norvik Capital]] bought a majority stake in 2012.",
     "Kelvara opened a bakery in 2010. In May 2012 the founders sold 60 per cent of the company to "
     "[[Norvik Capital]] for €80 million.",
     "2012-05", "Norvik Capital"),
    ("Halden Partners acquired a controlling stake in 2015, and the company was listed in 2019.",
     "In March 2015 Brandt Holding sold 55 per cent of Kelvara to Halden Partners for US$40 million, "
     "keeping the rest.",
     "2015-03", "Halden Partners"),
    # the lead names nobody but states the share the body sells
    ("A consortium of local investors bought 30 per cent of its shares in 2009.",
     "In July 2009 Kelvara sold 30 per cent of its shares to Ridgeway Holdings for R200 million.",
     "2009-07", "Ridgeway Holdings"),
]


@pytest.mark.parametrize(("lead", "history", "iso", "party"), _ONE_DEAL)
def test_a_purchase_summed_up_and_detailed_is_one_event(lead, history, iso, party):
    deals = _of(_found(lead, history), "acquisition", "divestiture")
    assert len(deals) == 1, deals
    deal = deals[0]
    assert deal.type == "acquisition" and deal.date.iso == iso, deal
    assert deal.amounts, deal
    assert any(p.entity.label == party and p.role in ("acquirer", "buyer") for p in deal.participants), deal


def test_a_sale_summed_up_keeps_the_summary_type_and_the_detail_fields():
    found = _found("It left the dairy business in 2017, when its dairy division was sold to [[Arla Foods]].",
                   "It was sold to [[Arla Foods]] for DKK 900 million in June 2017.")
    deals = _of(found, "acquisition", "divestiture")
    assert len(deals) == 1, deals
    assert deals[0].type == "divestiture" and deals[0].date.iso == "2017-06" and deals[0].amounts, deals


def test_a_stake_taken_in_new_shares_is_the_funding_round():
    found = _found("Tidewater Capital took a majority stake in a rescue in 2016.",
                   "A rescue was agreed in April 2016, when Tidewater Capital invested US$30 million for "
                   "51 per cent of the enlarged company.")
    deals = _of(found, "acquisition", "funding_round")
    assert [(d.type, d.date.iso) for d in deals] == [("funding_round", "2016-04")], deals


@pytest.mark.parametrize(("lead", "history"), [
    # two stakes, years apart
    ("[[Norvik Capital]] bought a stake in 2010.",
     "In 2014 the founders sold 20 per cent of the company to [[Norvik Capital]] for €30 million."),
    # the same year, another buyer
    ("[[Norvik Capital]] bought a majority stake in 2012.",
     "In May 2012 the founders sold 25 per cent of the company to Ostra Invest for €20 million."),
    # the lead names nobody and another share
    ("A group of investors bought 20 per cent of its shares in 2011.",
     "In June 2011 Kelvara sold 35 per cent of its shares to Ridgeway Holdings for R300 million."),
])
def test_two_deals_stay_two(lead, history):
    deals = _of(_found(lead, history), "acquisition", "divestiture")
    assert len(deals) == 2, deals


# ---------------------------------------------------------------- a deal agreed, completed the next year

@pytest.mark.parametrize(("lead", "history", "iso"), [
    ("Its 2019 takeover of the rival Ostra Foods made it the largest baker in Norway.",
     "In June 2018 Kelvara agreed to buy its rival Ostra Foods for NOK 1.2 billion.", "2018-06"),
    ("Its merger with [[Brandt Mills]] in 2004 doubled its size.",
     "In October 2003 Kelvara agreed to merge with [[Brandt Mills]] in an all-share deal.", "2003-10"),
    ("The 2021 purchase of Halvorsen Bakeri gave it a plant in Bergen.",
     "In November 2020 Kelvara agreed to acquire Halvorsen Bakeri, a Bergen baker, for NOK 300 million.", "2020-11"),
])
def test_the_lead_tells_the_deal_agreed_the_year_before(lead, history, iso):
    deals = _of(_found(lead, history), "acquisition", "merger")
    assert [d.date.iso for d in deals] == [iso], deals


@pytest.mark.parametrize(("lead", "history"), [
    # the lead's deal is another than the one agreed (a party of the lead's that the body does not name)
    ("Its 2019 takeover of [[Ostra Foods]] made it the largest baker in Norway.",
     "In June 2018 Kelvara agreed to buy [[Brandt Mills]] for NOK 400 million."),
    # the body tells a purchase in the lead's year too
    ("Its 2019 takeover of a rival made it the largest baker in Norway.",
     "In June 2018 Kelvara agreed to buy Ostra Foods for NOK 1.2 billion. In 2019 it bought Halvorsen Bakeri."),
    # nothing agreed: two purchases in two years
    ("The 2019 purchase of a rival made it the largest baker in Norway.",
     "In June 2018 Kelvara bought Ostra Foods for NOK 1.2 billion."),
])
def test_a_deal_of_the_year_before_that_is_not_the_lead_s_stays(lead, history):
    deals = _of(_found(lead, history), "acquisition", "merger")
    assert len(deals) == 2, deals


# ---------------------------------------------------------------- two openings of one year

def test_two_plants_opened_in_one_year_stay_two():
    found = _found("It opened plants in Leeds and York in 2011.",
                   "In March 2011 it opened a plant in [[Leeds]]. In September 2011 it opened a plant in [[York]].")
    assert len(_of(found, "expansion")) == 2, _of(found, "expansion")


# ---------------------------------------------------------------- a table row read again as a sentence

_TABLE = """On 1 July 2005 Kelvara spun off its snack business as Crispa Foods Inc., distributing its shares to \
Kelvara's shareholders.

===Divestitures===
{| class="wikitable"
! Year !! Business !! Buyer !! Price !! Notes
|-
| 1999 || Kelvara Dairy || [[Arla Foods]] || €90 million || Milk and cheese
|-
| 2005 || Crispa Foods Inc. || Spin-off to shareholders || — || Crisps and nuts
|}
"""


def test_a_table_row_read_again_as_a_sentence_is_the_prose_s_event():
    found = _found("It spun off its snack business in 2005.", _TABLE)
    spins = [e for e in _of(found, "divestiture") if e.date.year == 2005]
    assert len(spins) == 1 and spins[0].date.iso == "2005-07-01", spins
