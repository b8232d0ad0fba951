"""Round 22, controversy dates: a summary takes the finer date its case's tellings give most often
(of equals, the earliest), a summary of several cases keeps its year; years of the background (a
law's year, a bound after "before", what a finding or claim says) do not date the step; a month
written without a year in the step's part of the sentence refines the year before it."""

import pytest

from kg.extractors import controversies
from kg.model import DateValue
from kg.sources import Page
from kg.text.cue_dates import date_by_cue
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


def _by_cue(sentence: str, cue: str, fallback: str | None = None) -> str | None:
    at = sentence.index(cue)
    back = DateValue(fallback, "month" if len(fallback) == 7 else "day" if len(fallback) == 10 else "year") \
        if fallback else None
    date = date_by_cue(sentence, at, at + len(cue), back)
    return date.iso if date else None


@pytest.mark.parametrize("sentence, cue, expected", [
    ("The state sued the company under the Clean Water Act of 1972 in March 2018.", "sued", "2018-03"),
    ("Prosecutors charged Acme under the Foreign Corrupt Practices Act of 1977 in 2021.", "charged", "2021"),
    ("In 2009 the regulator fined it under the Telecommunications Act of 1996 for misleading customers.",
     "fined", "2009"),
])
def test_a_laws_year_is_no_date_of_the_step(sentence, cue, expected):
    assert _by_cue(sentence, cue) == expected


@pytest.mark.parametrize("sentence, cue, expected", [
    ("Heirs of a family that had farmed the land before 1962 sued the company in 2011.", "sued", "2011"),
    ("Residents who had lived in the valley prior to 1990 filed a claim against it in May 2015.",
     "filed a claim", "2015-05"),
    ("Investors who bought shares before 2019 sued Acme in 2020.", "sued", "2020"),
])
def test_a_bound_after_before_is_no_date_of_the_step(sentence, cue, expected):
    assert _by_cue(sentence, cue) == expected


@pytest.mark.parametrize("sentence, cue, fallback, expected", [
    # what a claim says: the sentence's date (a month without a year, read by the narrative layer)
    ("In June the lenders sued the owners, claiming that a dividend paid in 2012 had left it insolvent.",
     "sued", "2019-06", "2019-06"),
    # what a finding says: the finding's own date
    ("The auditor found in a 2011 review that Acme had overbilled the army between 2004 and 2009.",
     "found", "2011", "2011"),
    ("Its report, published on 3 May 2018, found that profits had been inflated between 2012 and 2016.",
     "found", "2018-05-03", "2018-05-03"),
    ("The union said that managers had threatened workers in 2015, and in March 2017 it went on strike.",
     "went on strike", None, "2017-03"),
])
def test_what_a_finding_or_claim_says_is_no_date_of_the_step(sentence, cue, fallback, expected):
    assert _by_cue(sentence, cue, fallback) == expected


def test_a_reported_year_stays_when_the_sentence_has_no_other_date():
    # no date of the sentence to fall back on: the reported year is all there is
    assert _by_cue("The regulator found that Acme had misled customers in 2016.", "found") == "2016"


@pytest.mark.parametrize("sentence, cue, expected", [
    ("The plant closed in 2014, and its workers occupied it for a month that October.", "occupied", "2014-10"),
    ("In 2020 the dockers formed a union and went on strike for nine days from 14 September.",
     "went on strike", "2020-09-14"),
    ("In 2018 the inspectors found faults at its mill, and the agency fined the company in August.",
     "fined", "2018-08"),
])
def test_a_month_without_a_year_in_the_cues_part_refines_the_year(sentence, cue, expected):
    assert _by_cue(sentence, cue) == expected


@pytest.mark.parametrize("sentence, cue", [
    ("In 2019 Acme was fined €5 million, and in March the company appealed.", "fined"),
    ("In March the union met, and in 2019 it went on strike.", "went on strike"),
    ("The company was fined in 2021 after it may have misled buyers.", "fined"),
])
def test_a_month_of_another_part_leaves_the_year(sentence, cue):
    assert len(_by_cue(sentence, cue)) == 4


@pytest.mark.parametrize("sentence, cue, expected", [
    ("The 2019 dockers' strike began on 2 April 2019 and lasted a month.", "strike", "2019-04-02"),
    ("Its 2020 advertising campaign drew a call for a boycott from farmers' groups in May 2020.",
     "a boycott", "2020-05"),
    ("The 2014–2015 pilots' strike started on 30 November 2014, when talks broke down.", "strike", "2014-11-30"),
])
def test_the_same_year_written_in_full_in_the_cues_part_refines_it(sentence, cue, expected):
    assert _by_cue(sentence, cue) == expected


def test_a_full_date_of_the_year_in_another_part_leaves_the_year():
    sentence = "The 2019 strike stopped the mills, and on 2 April 2019 the company sued the union."
    assert _by_cue(sentence, "strike") == "2019"


@pytest.mark.parametrize("lead, sections, expected", [
    # a coarser retelling ("the agreement of June 2017") counts for the day it falls in
    ("In 2017 the company was fined over bribes paid to officials.",
     {"History": "On 12 June 2017 Acme agreed to pay a fine of $20 million to settle bribery charges.",
      "Controversies": "In March 2017 the regulator fined Acme $1 million over a late filing.\n\n"
                       "Under the settlement of June 2017, Acme paid a fine of $20 million over bribes."}, "2017-06-12"),
    ("The regulator opened an inquiry into the company in 2015.",
     {"History": "The regulator opened an inquiry into Acme's pricing on 2 February 2015.",
      "Controversies": "The regulator's investigation of February 2015 into its pricing found that Acme had overcharged.\n\n"
                       "In January 2015 a second regulator opened an inquiry into Acme's labels."}, "2015-02-02"),
    ("Acme recalled heaters in 2012.",
     {"History": "Acme recalled 9,000 heaters on 5 May 2012 after two fires.",
      "Controversies": "The recall of May 2012 covered heaters sold in Spain.\n\n"
                       "In April 2012 Acme recalled a batch of kettles."}, "2012-05-05"),
])
def test_a_coarser_telling_counts_for_the_finer_date(lead, sections, expected):
    assert _lead_dates(lead, sections) == [expected]


@pytest.mark.parametrize("sentence, cue, expected", [
    ("A takeover of Brixton Mills, agreed in 2018, was dropped the following year after regulators sued to block it.",
     "sued", "2019"),
    ("The plant opened in 2011, and two years later its workers went on strike over pay.", "went on strike", "2013"),
    ("Its licence, renewed in 2015, was suspended a year later when the agency fined the company.", "fined", "2016"),
])
def test_a_span_counted_from_the_year_before_the_cue_moves_it(sentence, cue, expected):
    assert _by_cue(sentence, cue) == expected


def test_a_span_after_the_cue_leaves_its_year():
    assert _by_cue("In 2015 Acme was sued and two years later it settled.", "sued") == "2015"
