"""Relative dates in days and weeks, and the date a sentence carries to the next (kg.text.narrative)."""

from __future__ import annotations

import pytest

from kg.model import DateValue
from kg.sources import Page
from kg.text.narrative import dated_sentences, resolve_date
from kg.text.parse import parse_article

DAY = DateValue("2021-03-30", "day")
MONTH = DateValue("2021-03", "month")
YEAR = DateValue("2021", "year")


@pytest.mark.parametrize(
    ("text", "context", "iso"),
    [
        # counted days and weeks, to the day from a day
        ("Two days later the regulator opened an inquiry.", DAY, "2021-04-01"),
        ("The union called off the strike 12 days later.", DAY, "2021-04-11"),
        ("Its chief executive resigned three weeks later.", DAY, "2021-04-20"),
        ("Four days earlier, the board had met in Lyon.", DAY, "2021-03-26"),
        ("The day after, the shares were suspended.", DAY, "2021-03-31"),
        ("The previous day the minister had visited the site.", DAY, "2021-03-29"),
        ("The next morning police searched the offices.", DAY, "2021-03-31"),
        ("That evening the firm issued an apology.", DAY, "2021-03-30"),
        # a few days: the month of the day
        ("A few days later the company withdrew the product.", DAY, "2021-03"),
        # from a month: the month (or the year when the count may cross into another month)
        ("Two days later the regulator opened an inquiry.", MONTH, "2021-03"),
        ("Six weeks later the plant reopened.", MONTH, "2021"),
        # from a year: the year
        ("Ten days later the deal was signed.", YEAR, "2021"),
    ],
)
def test_days_and_weeks(text, context, iso):
    date = resolve_date(text, context)
    assert date is not None and date.iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "Workers stopped work for four days after the company cut bonuses.",
        "The day after the vote was quiet.",
        "Over the following days the company sold assets.",
    ],
)
def test_no_day_count(text):
    assert resolve_date(text, DAY) is None


def _dates(body: str) -> list[str | None]:
    art = parse_article(Page("Acme", "'''Acme''' is a company.\n\n==History==\n" + body + "\n"))
    return [ds.date.iso if ds.date else None for ds in dated_sentences(art) if ds.role != "lead"]


@pytest.mark.parametrize(
    ("body", "iso"),
    [
        # a state's start ("since at least") is no date to count from
        ("On 14 June 2023 the authority fined Acme, which had run the scheme since at least 2007. "
         "The next day Acme apologised.", "2023-06-15"),
        # a background clause with an earlier year
        ("On 3 May 2019 a fire destroyed the Tilburg warehouse, built by the group in 2011. "
         "The following day the police opened an investigation.", "2019-05-04"),
        # an earlier year in a later clause of the sentence
        ("On 3 May 2019 a fire destroyed the Tilburg warehouse; the warehouse had opened in 2011. "
         "The following day the police opened an investigation.", "2019-05-04"),
        ("In April 2009 members of parliament criticised Acme for paying bonuses for 2008. "
         "The board waived them the following month.", "2009-05"),
        # a range then a later date: the later date
        ("The regulator found that between 2015 and 2020 Acme had misled buyers, and on 2 March 2022 "
         "it fined the company. Two days later Acme appealed.", "2022-03-04"),
        # a later date still moves the narrative on
        ("Acme was founded in Leipzig in 1864 and refounded in Hamburg in 1950. "
         "The following year it opened a plant in Kiel.", "1951"),
    ],
)
def test_carried_date(body, iso):
    assert _dates(body)[-1] == iso
