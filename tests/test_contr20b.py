"""Round 20 of issue 14, controversies: the date of a follow-up sentence. A controversy told over
several sentences gives one item per sentence, and a sentence without a date of its own takes
the date of the case's first step told before it (``controversies.follow_up_date``). Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _dates(body: str, section: str = "Controversies > Mill fire") -> list[tuple[str, str | None]]:
    heading = "".join(f"\n{'=' * (n + 2)} {part.strip()} {'=' * (n + 2)}\n" for n, part in enumerate(section.split(">")))
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles.\n{heading}{body}")
    return [(f.value.type, f.value.date.iso if f.value.date else None)
            for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("body, expected", [
    ("In August 2016 a fire at its Leeds mill killed two workers. "
     "The Health and Safety Executive fined the company £400,000 for failing to fit sprinklers.",
     [("other", "2016-08"), ("fine", "2016-08")]),
    ("On 3 March 2018 a chlorine leak at the plant sent forty residents to hospital. "
     "The state environment agency opened an investigation into the leak.",
     [("other", "2018-03-03"), ("investigation", "2018-03-03")]),
    ("In 2011 the labour ministry sued Acme over unpaid overtime owed to 800 workers. "
     "It was ordered to pay the arrears and fined ₩20 million.",
     [("lawsuit", "2011"), ("fine", "2011")]),
])
def test_an_undated_step_in_a_named_affair_takes_the_case_date(body, expected):
    assert _dates(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("In June 2020 the regulator fined Acme €3 million for misleading advertisements. "
     "The company apologised and withdrew the campaign.",
     [("fine", "2020-06"), ("other", "2020-06")]),
    ("In May 2014 the consumer authority ordered a recall of its kettles after several fires. "
     "The agency also sealed the Derby warehouse for a month.",
     [("recall", "2014-05"), ("fine", "2014-05")]),
    ("In 2009 the ministry opened an investigation into bribes paid by Acme's managers in Ghana. "
     "Prosecutors later opened a second investigation into its agents.",
     [("investigation", "2009"), ("investigation", None)]),
])
def test_an_undated_step_in_the_same_paragraph_of_a_general_section(body, expected):
    assert _dates(body, "Controversies") == expected


def test_a_new_paragraph_of_a_general_section_is_not_dated_by_the_last():
    body = ("In June 2020 the regulator fined Acme €3 million for misleading advertisements.\n\n"
            "Workers at its Derby plant have sued the company over unpaid overtime.")
    assert _dates(body, "Controversies") == [("fine", "2020-06"), ("lawsuit", None)]


@pytest.mark.parametrize("body, expected", [
    ("That same month the Highways Authority fined Acme for running a courier service without a licence. "
     "In addition, the authority ordered Acme to cease operations.",
     [("fine", "2019-10"), ("fine", "2019-10")]),
    ("On 4 May 2012 a rival sued Acme for infringing six of its patents. "
     "The rival then filed a second lawsuit over the sale of eight Acme kettles.",
     [("lawsuit", "2012-05-04"), ("lawsuit", "2012-05-04")]),
])
def test_outside_a_controversy_section_a_step_after_a_controversy_takes_its_date(body, expected):
    opening = "In October 2019 Acme began deliveries in Taipei. " if body.startswith("That") else ""
    assert _dates(opening + body, "History") == expected


@pytest.mark.parametrize("body", [
    "In 2015 the company opened a plant in Kumasi. The labour ministry sued the company over unpaid wages.",
    "In 2018 Acme moved its head office to Leeds. Regulators fined it for late filings.",
    "Acme listed on the stock exchange in 2007. Protesters accused the company of polluting the river.",
])
def test_outside_a_controversy_section_a_date_of_another_event_is_not_carried(body):
    assert all(date is None for _, date in _dates(body, "History"))


@pytest.mark.parametrize("text", [
    "The authority later investigated trading in its shares.",
    "Human rights groups later criticised the prosecution.",
    "The regulator later fined the company for the delay.",
])
def test_a_step_told_as_later_takes_no_date(text):
    body = "In January 2017 an explosion at its plant killed three workers. " + text
    dates = _dates(body)
    assert dates[0] == ("other", "2017-01") and all(date is None for _, date in dates[1:])


def _article_dates(lead: str, sections: dict[str, str]) -> list[tuple[str | None, str, str | None]]:
    body = "".join(f"\n== {name} ==\n{text}\n" for name, text in sections.items())
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles. {lead}\n{body}")
    return [(f.provenance.section, f.value.type, f.value.date.iso if f.value.date else None)
            for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("lead, detail, expected", [
    ("In 2014 it recalled contaminated cooking oil.",
     "In August 2014 the food agency ordered the recall of 14 batches of its cooking oil.", "2014-08"),
    ("The competition authority fined it in 2019 for fixing prices.",
     "On 12 March 2019 the competition authority fined Acme €4 million for fixing the prices of kettles.",
     "2019-03-12"),
    ("A strike by its drivers stopped deliveries in 2021.",
     "In October 2021 about 400 drivers went on strike over pay.", "2021-10"),
])
def test_a_summary_takes_the_finer_date_of_the_detailed_telling(lead, detail, expected):
    found = _article_dates(lead, {"Controversies": detail})
    assert [(t, d) for s, t, d in found if s is None] == [(found[-1][1], expected)]


def test_two_detailed_tellings_on_different_days_leave_the_summary_year():
    detail = ("On 12 March 2019 the competition authority fined Acme €4 million for fixing prices.\n\n"
              "On 3 July 2019 the data protection authority fined the company €1 million for a leak.")
    found = _article_dates("It was fined twice in 2019.", {"Controversies": detail})
    assert [d for s, _, d in found if s is None] == ["2019"]


def test_an_earlier_step_of_another_type_does_not_keep_the_summary_year():
    # round 21: the gold dates a summary of a fine by the fine's detailed date, not the year,
    # when an inquiry of that year came first (the summary tells the fine)
    detail = ("In March 2021 the commission opened an investigation into kettle prices. "
              "In May 2021 the commission fined Acme €2 million.")
    found = _article_dates("The commission fined it in 2021.", {"Controversies": detail})
    assert [d for s, _, d in found if s is None] == ["2021-05"]


def _one(sentence: str, section: str = "Controversies") -> list[tuple[str, str | None]]:
    return _dates(sentence, section)


@pytest.mark.parametrize("sentence, expected", [
    ("Prosecutors charged two of the company's managers with fraud in May 2016; both were convicted by a "
     "district court in 2018.", "2016-05"),
    ("In 2019 the regional authority suspended the licence of its Tula quarry for three months, and in "
     "March 2020 it fined the company $2 million.", "2019"),
    ("The labour inspectorate charged Acme under the safety code in June 2021, and on 4 October 2022 "
     "the district court fined the company €300,000.", "2021-06"),
])
def test_a_sentence_of_two_steps_of_one_case_is_dated_by_the_first(sentence, expected):
    assert [d for _, d in _one(sentence)] == [expected]


def test_a_period_in_an_opening_phrase_is_no_first_step():
    sentence = ("After an audit of the years 2012 to 2015, the revenue authority fined Acme KSh 2 billion "
                "in 2017.")
    assert [d for _, d in _one(sentence)] == ["2017"]


@pytest.mark.parametrize("sentence, expected", [
    ("Dock workers at its Gdynia terminal went on strike on 3–4 April 2019 over pay.", "2019-04-03"),
    ("About 500 employees stopped work in a strike on 9 and 10 October 2021.", "2021-10-09"),
    ("From 2 May to 19 July 2016 its mills were shut by a strike of the textile union.", "2016-05-02"),
])
def test_a_range_of_days_is_dated_by_its_first_day(sentence, expected):
    assert [d for _, d in _one(sentence)] == [expected]
