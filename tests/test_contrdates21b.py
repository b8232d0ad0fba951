"""A controversy told in steps is dated by the step the sentence tells first, whether that step is
a cue of its own or a case's opening step in court ("filed a suit", "was charged with",
"challenged ... in court", "appealed"), read in the sentence's order. The sentences are written
for the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article

AFFAIR = """'''Acme''' is a maker of industrial pumps.

== History ==
Acme was founded in 1950.

== Controversies ==
=== Pension case ===
{step}
"""


def _items(text: str) -> list[tuple[str, str | None]]:
    page = Page(title="Acme", revision=1, wikitext=AFFAIR.format(step=text))
    return [(f.value.type, f.value.date.iso if f.value.date else None) for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("sentence, date", [
    # an opening step that is no cue of the sentence's type: the later ruling is the cue
    ("About 300 retired fitters filed a claim in June 2019; the labour court found in their favour in March 2022.",
     "2019-06"),
    ("Two former managers were charged in May 2016 with fraud, and in November 2017 the district court sentenced "
     "them to two years in prison.", "2016-05"),
    ("The pensioners' association appealed in 2014, and the supreme court upheld the award in 2016.", "2014"),
    # the opening step and the later step's cue overlap ("... the Court of Appeal in 2020, which dismissed")
    ("Acme challenged the ruling in the Court of Appeal in September 2020, which dismissed the appeal in 2021.",
     "2020-09"),
])
def test_the_first_step_dates_the_item(sentence, date):
    assert _items(sentence) == [("lawsuit", date)]


@pytest.mark.parametrize("sentence, date", [
    # one step only: its own date
    ("In March 2022 the labour court found in favour of 300 retired fitters.", "2022-03"),
    # a charge of customers is no court step
    ("After a hearing in 2019 on fees it charged customers, the regulator fined Acme €2 million in 2020.", "2020"),
    # no clause break between the opening and the later step: one step, the ruling's date
    ("The court sentenced the manager who had been charged with fraud to two years in prison in 2018.", "2018"),
])
def test_no_earlier_step_keeps_the_cue_date(sentence, date):
    items = _items(sentence)
    assert items and items[0][1] == date


def _article(lead: str, detail: str) -> list[tuple[str | None, str, str | None]]:
    page = Page(title="Acme", revision=1,
                wikitext=f"'''Acme''' makes kettles. {lead}\n\n== Controversies ==\n{detail}\n")
    return [(f.provenance.section, f.value.type, f.value.date.iso if f.value.date else None)
            for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("lead, detail, expected", [
    # an inquiry before the fine
    ("It was fined by the telecoms regulator in 2019 after an outage.",
     "In July 2019 the telecoms regulator opened an inquiry into an outage. "
     "In October 2019 it fined the company €1.5 million for failing to keep a backup site.", "2019-10"),
    # a fire (another type) before the recall
    ("The company recalled 20,000 heaters in 2018 after a series of fires.",
     "A fire in a flat in Leeds on 4 February 2018 killed a child. "
     "The company recalled about 20,000 heaters in May 2018.", "2018-05"),
    # a class action earlier in the year than the fine
    ("The European Commission fined it in 2017 for its part in a cartel.",
     "Customers filed a class action against Acme in February 2017.\n\n"
     "On 9 March 2017 the European Commission fined Acme €40 million for its part in a cartel.", "2017-03-09"),
    # two fines of the year told in detail: the one with the summary's sum dates it
    ("In 2022 the consumer authority fined Acme €1.2 million over its loot boxes.",
     "In June 2022 the consumer authority fined Acme €1.2 million over loot boxes sold to children.\n\n"
     "In October 2022 the data protection board fined the company €340,000 for a late breach report.", "2022-06"),
    ("Acme paid a penalty of $3 million to the state in 2015.",
     "In April 2015 Acme paid a penalty of $3 million to settle claims of mislabelled kettles.\n\n"
     "In September 2015 the safety commission fined the company $450,000 over a faulty switch.", "2015-04"),
    # the detailed telling reads as another type, but names the summary's party
    ("In 2016 the [[Serious Fraud Office]] searched its offices in an investigation into a bridge contract.",
     "The [[Serious Fraud Office]] searched the company's offices in Leeds in March 2016 on suspicion that the "
     "tender had been arranged for bribes.", "2016-03"),
    ("In 2020 the [[Food Standards Agency]] investigated the company over mislabelled meat.",
     "In August 2020 the [[Food Standards Agency]] suspended the licence of its Leeds plant after mislabelled meat "
     "was found.", "2020-08"),
    # another party's step of another type: the summary keeps its year
    ("In 2020 the [[Food Standards Agency]] investigated the company over mislabelled meat.",
     "In August 2020 the [[Environment Agency]] suspended the licence of its Leeds plant after a leak of solvents.",
     "2020"),
])
def test_a_summary_takes_the_finer_date_of_its_cases_telling(lead, detail, expected):
    found = _article(lead, detail)
    assert [d for s, _, d in found if s is None] == [expected]


def test_two_fines_without_a_sum_leave_the_year():
    detail = ("In June 2022 the consumer authority fined Acme €1.2 million over loot boxes.\n\n"
              "In October 2022 the data protection board fined the company €340,000 for a late report.")
    found = _article("Acme was fined twice in 2022.", detail)
    assert [d for s, _, d in found if s is None] == ["2022"]
