"""Round 22, controversy dates: a summary takes the finer date its case's tellings give most often
(of equals, the earliest), a summary of several cases keeps its year; years of the background (a
law's year, a bound after "before", what a finding or claim says) do not date the step; a month
written without a year in the step's part of the sentence refines the year before it."""

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _article(lead: str, sections: dict[str, str]) -> list[tuple[str | None, str, str | None]]:
    body = "".join(f"\n== {h} ==\n{t}\n" for h, t in sections.items())
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles. {lead}\n{body}")
    return [(f.provenance.section, f.value.type, f.value.date.iso if f.value.date else None)
            for f in controversies.extract(parse_article(page))]


def _lead_dates(lead: str, sections: dict[str, str]) -> list[str | None]:
    return [d for s, _, d in _article(lead, sections) if s is None]


@pytest.mark.parametrize("lead, sections, expected", [
    # the strike's day told in two sections, its notice once
    ("A strike by its drivers stopped deliveries for a week in 2019.",
     {"History": "About 600 drivers went on strike on 4 June 2019.",
      "Controversies": "The union filed a strike notice in April 2019.\n\n"
                       "Talks failed, and the drivers walked out on 4 June 2019."}, "2019-06-04"),
    # the inquiry's month told in two sections, a later inquiry of the year once
    ("In 2020 the company was investigated by the competition authority over its prices.",
     {"History": "The competition authority opened an investigation into its prices in March 2020.",
      "Controversies": "In March 2020 the competition authority opened an investigation into kettle prices.\n\n"
                       "The data protection agency opened an investigation into a leak in September 2020."},
     "2020-03"),
    # two inquiries of the year, each told once: the first
    ("Since 2021 the company has been investigated in Brazil over payments to officials.",
     {"Controversies": "The federal police opened an investigation into the payments in May 2021.\n\n"
                       "In August 2021 prosecutors opened an investigation into a second contract."}, "2021-05"),
])
def test_a_summary_takes_the_date_its_tellings_give_most(lead, sections, expected):
    assert _lead_dates(lead, sections) == [expected]


@pytest.mark.parametrize("lead", [
    "The company was fined twice in 2022.",
    "Acme was fined by regulators several times in 2022.",
    "It has been fined repeatedly, most recently in 2022.",
])
def test_a_summary_of_several_cases_keeps_its_year(lead):
    detail = ("In June 2022 the consumer authority fined Acme €1.2 million over loot boxes.\n\n"
              "In October 2022 the data protection board fined the company €340,000 for a late report.")
    assert _lead_dates(lead, {"Controversies": detail}) == ["2022"]
