"""Round 24: an authority's inquiry told before the fine that ended it types and dates the
sentence (investigation, by its first step); a sentence that goes on with the case takes the
last date the sentence before it writes, not the date of that sentence's first step."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _facts(body: str, section: str = "History") -> list:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles.\n== {section} ==\n{body}")
    return [f.value for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("body, date", [
    ("The state tax office began its own inquiry in March 2019 and, in June 2020, fined the company "
     "€2 million for false invoices.", "2019-03"),
    ("Inspectors of the labour ministry examined the Lyon plant in May 2021 and found unpaid overtime; "
     "the ministry fined the company €80,000 in October 2021.", "2021-05"),
    ("After an investigation that began in 2017, the competition authority fined Acme and three rivals "
     "in 2019 for sharing price lists.", "2017"),
    ("The environmental agency inspected the Tczew works in April 2016 and fined the company zł 400,000.", "2016-04"),
    ("Consumer-safety officials started examining its heaters in January 2022, and a court fined the "
     "company in March 2023.", "2022-01"),
])
def test_inquiry_told_before_the_fine_types_and_dates_it(body, date):
    facts = _facts(body)
    assert [(f.type, f.date.iso) for f in facts] == [("investigation", date)]


@pytest.mark.parametrize("body, type_", [
    # the fine told first: the inquiry after it is no earlier step
    ("In 2020 the company was fined €3 million after the agency opened an investigation into its emissions.", "fine"),
    # an inquiry that ended with a fine: the fine is its act
    ("A customs investigation of its imports ended in 2021 with a fine of €900,000.", "fine"),
    # an inquiry named after the fine of the sentence
    ("The regulator fined Acme £1 million in 2018; inspectors had visited the site in 2017.", "fine"),
])
def test_fine_told_first_keeps_its_type(body, type_):
    facts = _facts(body)
    assert [f.type for f in facts] == [type_]


@pytest.mark.parametrize("first, later, year", [
    ("Food inspectors began examining its olive oil in February 2018, and a criminal court fined the "
     "company in October 2019.", "Two supermarket chains stopped buying its oil after the ruling.", "2019"),
    ("The labour inspectorate opened an inquiry in May 2015 and, in July 2016, fined the company €50,000.",
     "The union called a strike at the plant over the findings.", "2016"),
    ("The agency began an inspection of the mine in 2011, and in 2013 it fined the company for the spill.",
     "Local farmers sued the company over the damage to their fields.", "2013"),
])
def test_next_sentence_goes_on_from_the_last_step(first, later, year):
    facts = _facts(f"{first} {later}")
    assert len(facts) == 2
    assert str(facts[1].date.iso).startswith(year)


@pytest.mark.parametrize("body, date", [
    ("Anti-fraud prosecutors searched the company's offices in Porto in May 2018 on suspicion that it had paid "
     "bribes to win hospital contracts.", "2018-05"),
    ("In October 2020 officers of the anti-corruption police arrested its procurement director and two "
     "officials of the water board on suspicion of bribery.", "2020-10"),
    ("Police raided the Gdynia plant in April 2019 over suspected fraud in its export invoices.", "2019-04"),
])
def test_search_or_arrest_told_first_is_an_investigation(body, date):
    facts = _facts(body)
    assert [(f.type, f.date.iso) for f in facts] == [("investigation", date)]


def test_arrest_after_a_protest_keeps_the_protest():
    facts = _facts("In 2014 villagers blockaded the road to the company's mine in a protest over land, "
                   "and the police arrested twelve of them.")
    assert [f.type for f in facts] == ["other"]


@pytest.mark.parametrize("body, year", [
    ("The drivers' union took Acme to the Industrial Court in 2016 over the dismissal of 40 drivers; the court "
     "ordered the company to pay them compensation in 2018.", "2016"),
    ("A former distributor took the company to a commercial tribunal in Lyon in 2012, and the tribunal ordered "
     "Acme to pay €2 million in damages in 2014.", "2012"),
    ("Two franchisees took their claim to the Regional Court of Munich in 2019; in 2021 the court ordered the "
     "company to pay them €600,000.", "2019"),
])
def test_taking_a_case_to_court_dates_the_ruling_that_followed(body, year):
    facts = _facts(body)
    assert [(f.type, f.date.iso[:4]) for f in facts] == [("lawsuit", year)]


@pytest.mark.parametrize("body", [
    "In March 2019 a Guardian investigation found that workers at a Leicester factory making Acme shirts were "
    "paid half the minimum wage.",
    "An investigation by the newspaper in 2021 found that staff at two Acme warehouses were locked in during "
    "night shifts.",
    "In 2018 its finance director was dismissed after an internal investigation found that he had inflated "
    "sales figures.",
])
def test_press_or_internal_inquiry_is_other(body):
    facts = _facts(body, section="Controversies")
    assert [f.type for f in facts] == ["other"]


def test_public_inquiry_stays_an_investigation():
    facts = _facts("In 2020 the competition authority opened an investigation into Acme's kettle prices.",
                   section="Controversies")
    assert [f.type for f in facts] == ["investigation"]
