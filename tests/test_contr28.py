"""Round 28 of issue 14, controversies. Every sentence here is written for the test (invented
company and place names)."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _read(body: str, section: str = "History", lead: str = "", title: str = "Fennick Foods",
          makes: str = "soups and sauces") -> list[tuple[str, str]]:
    """(type, date) of each controversy of an article on ``title`` (which makes ``makes``), ``body``
    under ``section`` after a lead that ends with ``lead``."""
    page = Page(title=title, revision=1, wikitext=f"'''{title}''' makes {makes}. {lead}\n== {section} ==\n{body}")
    return [(f.value.type, f.value.date.iso if f.value.date else None) for f in controversies.extract(parse_article(page))]


# A sentence outside a controversy section that sums up several cases, each dated in its own
# clause: one item, typed and dated by the case told first (tests/gold/README.md).
@pytest.mark.parametrize("sentence, expected", [
    ("Fennick Foods recalled contaminated soup in 2011, was fined in 2017 for fixing prices with two rivals, "
     "and lost an arbitration with a former supplier in 2020.", ("recall", "2011")),
    ("The company has been involved in a strike over unpaid bonuses in 2013, was fined for polluting the Ardle "
     "river in 2018, and saw sauces withdrawn from sale by a retailer in 2022.", ("strike", "2013")),
    ("The company was accused in 1998 of using child labour on its tomato farms, and repaid export subsidies "
     "with a penalty in 2019.", ("other", "1998")),
])
def test_a_summary_of_several_dated_cases_is_typed_and_dated_by_the_first(sentence, expected):
    assert _read("The company opened a plant in 1990.", lead=sentence) == [expected]


# Not when the first act writes no year (a standing state, no step), nor when only the first act is
# dated (the steps of one case: a finding and the fine it led to).
@pytest.mark.parametrize("sentence, expected", [
    ("The company has been accused of using child labour on its tomato farms, and was fined in 2019 for "
     "polluting the Ardle river.", ("fine", "2019")),
    ("In October 2016 the commission found that the three makers had agreed to fix prices between 2009 and "
     "2013, and fined Fennick Foods $3 million.", ("fine", "2016-10")),
])
def test_an_undated_first_act_or_one_case_keeps_its_reading(sentence, expected):
    assert _read("The company opened a plant in 1990.", lead=sentence) == [expected]


# An inspection body's finding told first (an inspectorate, inspectors, investigators, an
# inspection that found something) types the sentence an investigation, in place of the accident or
# misconduct it found, even when that is only a topic of a controversy section, or of the order
# that followed.
@pytest.mark.parametrize("sentence, expected", [
    ("The labour inspectorate found in May 2020 that 40 pickers had been paid less than the minimum wage "
     "under the scheme.", ("investigation", "2020-05")),
    ("Investigators of the maritime authority found in October 2021 that the fire on the trawler had "
     "started in an engine room whose alarm was disconnected.", ("investigation", "2021-10")),
    ("An inspection in March 2019 found that untreated waste water had been discharged into the sea, and "
     "the ministry ordered the plant closed.", ("investigation", "2019-03")),
])
def test_an_inspection_bodys_finding_told_first_is_an_investigation(sentence, expected):
    assert _read(sentence, section="Controversies") == [expected]


# Not the sanction of an inspection office told first, nor a finding that led to a fine in the sentence.
@pytest.mark.parametrize("sentence, expected", [
    ("The city's labour inspection office fined the company $30,000 in June 2021 for blocked fire exits "
     "found after the fire.", ("fine", "2021-06")),
])
def test_an_inspection_offices_fine_stays_a_fine(sentence, expected):
    assert _read(sentence, section="Controversies") == [expected]


# A public body's report or inquiry told first (a commission, office, authority, agency, ombudsman or
# auditor named with a capital that reported, inquired into, published a report or criticised with a
# finding): its inquiry, an investigation, in place of what it reported.
@pytest.mark.parametrize("sentence, expected", [
    ("In 2021 the National Human Rights Commission reported that seasonal pickers on the Fennick farms had "
     "been kept on day contracts for up to four years.", ("investigation", "2021")),
    ("In 2019 the Human Rights Commission of Varland inquired into complaints that 30 families had been told "
     "to leave their houses on a Fennick estate.", ("investigation", "2019")),
    ("In 2020 the Regional Anti-Fraud Office (RAFO) reported that a tender for 40 delivery vans had been "
     "written to suit the company's bid.", ("investigation", "2020")),
    ("In 1999 the State Audit Office criticised the 1994 sale of the company, finding that the bids had not "
     "been compared on the same terms.", ("investigation", "1999")),
])
def test_a_public_bodys_report_told_first_is_an_investigation(sentence, expected):
    assert _read(sentence, section="Controversies") == [expected]


# A group's report stays what it reported.
def test_a_groups_report_stays_other():
    sentence = ("In 2021 the Varland Labour Rights Network reported that seasonal pickers on the Fennick farms had "
                "been kept on day contracts for up to four years.")
    assert [t for t, _ in _read(sentence, section="Controversies")] == ["other"]


# A strike told plainly, without the noun "strike": a stoppage or walkout that began, workers who
# struck over something, a work-to-rule, workers who occupied the plant, a crew that refused to sail.
@pytest.mark.parametrize("sentence, expected", [
    ("A second 24-hour stoppage began on 3 June 2022, and the company brought in agency staff.", ("strike", "2022-06-03")),
    ("Output stopped for six days in April 1988, when some 900 workers struck over the loss of their bonus.",
     ("strike", "1988-04")),
    ("In March 2021 about 60 members of the drivers' union began a work-to-rule over shift patterns.", ("strike", "2021-03")),
    ("Workers at the soup plant occupied the canteen for five days in May 2012 to demand permanent contracts.",
     ("strike", "2012-05")),
    ("In July 2019 about 40 crew members of two Fennick trawlers refused to sail from Port Arden, saying that they "
     "had not been paid for three months.", ("strike", "2019-07")),
])
def test_a_strike_told_plainly_is_a_strike(sentence, expected):
    assert _read(sentence, section="Labour relations") == [expected]


@pytest.mark.parametrize("sentence", [
    "The army occupied the plant in 1944 and used it as a depot.",
    "A lightning strike started a fire at the warehouse in 2015, which was put out without injuries.",
])
def test_near_phrasings_are_no_strike(sentence):
    assert [t for t, _ in _read(sentence, section="History")] != ["strike"]


# Workers dismissed who are named by the body they belong to (the strike committee, a union by its
# word, name or acronym), and a dismissal told with a number word after "The company": layoffs.
@pytest.mark.parametrize("sentence, expected", [
    ("In March 2014 the company dismissed seven members of the strike committee.", ("layoffs", "2014-03")),
    ("On 2 May 2016 Fennick Foods dismissed 19 delegates of the FWU, saying that they had blocked the gates.",
     ("layoffs", "2016-05-02")),
    ("In 2017 it dismissed three officers of the soup plant's union.", ("layoffs", "2017")),
    ("The company dismissed eleven of the strikers in June 2018.", ("layoffs", "2018-06")),
])
def test_dismissed_members_of_a_union_or_strike_committee_are_layoffs(sentence, expected):
    assert _read(sentence, section="Labour relations") == [expected]


@pytest.mark.parametrize("sentence", [
    "In 2017 the company dismissed three members of the Board after the merger.",
    "The company dismissed the allegations in 2019.",
])
def test_a_board_or_an_allegation_dismissed_is_no_layoffs(sentence):
    assert "layoffs" not in [t for t, _ in _read(sentence, section="Labour relations")]


# The police, prosecutors or an authority that opened or registered a case against the company or its
# people: an investigation.
@pytest.mark.parametrize("sentence, expected", [
    ("The Varland police opened a case in 2020 but closed it in 2021 without bringing charges.", ("investigation", "2020")),
    ("In May 2019 the Anti-Corruption Bureau opened a criminal case against two of the company's buyers.",
     ("investigation", "2019-05")),
    ("In 2018 the Federal Investigation Agency registered a case against its former finance manager.",
     ("investigation", "2018")),
])
def test_a_case_opened_by_the_police_or_an_authority_is_an_investigation(sentence, expected):
    assert _read(sentence, section="Controversies") == [expected]


# Sanctions of the United Nations are measures against a state: a market lost, no act against the company.
@pytest.mark.parametrize("sentence", [
    "Exports to Varland, then its largest market, stopped in May 1992 under the United Nations sanctions.",
    "The invasion of Ostria in 1992 and the UN sanctions that followed cut off sales to both countries.",
])
def test_united_nations_sanctions_on_a_state_are_no_controversy(sentence):
    assert _read(sentence) == []


def test_a_sanctions_list_that_names_the_company_stays_one():
    sentence = "In 2015 the United Nations sanctions committee added Fennick Foods to its list for trading with Varland."
    assert [t for t, _ in _read(sentence)] == ["fine"]
