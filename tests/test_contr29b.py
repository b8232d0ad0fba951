"""Round 29b of issue 14, controversies on new text, second pass. Every sentence here is written
for the test (invented company and place names)."""

from __future__ import annotations

import pytest

from tests.test_contr28 import _read as _read_article


def _read(body: str, section: str = "Controversies") -> list[tuple[str, str | None]]:
    return _read_article(body, section, title="Orvanne Textiles", makes="cotton yarn")


# A prosecution (or a charge under a named law) followed by the court's fine is one case in court,
# `lawsuit`, dated by the clause of its first step, in any section.
@pytest.mark.parametrize("sentence, expected", [
    ("The Halden Regional Council prosecuted the company in 2015 for discharging dye into the Velmar River, "
     "and it was fined NZ$80,000 in 2016.", ("lawsuit", "2015")),
    ("In March 2018 the ministry charged the company under the Food Safety Act 2004, and it was fined €40,000 "
     "by the district court the following year.", ("lawsuit", "2018-03")),
    ("The water board prosecuted Orvanne under the Rivers Act 1991, and in May 2012 the magistrate's court "
     "fined it £20,000 after it pleaded guilty.", ("lawsuit", "2012-05")),
    ("In 2021 the council's prosecution of Orvanne ended with a fine of £9,000 at the sheriff court.",
     ("lawsuit", "2021")),
])
@pytest.mark.parametrize("section", ["Controversies", "History"])
def test_a_prosecution_then_a_fine_is_a_lawsuit(sentence, expected, section):
    assert _read(sentence, section) == [expected]


# A fine with no prosecution, or one told as not brought, stays a fine.
@pytest.mark.parametrize("sentence", [
    "In 2014 the environment agency fined the company £12,000 for a spill into the Velmar River.",
    "The company was fined £12,000 in 2014 for a spill of dye into the Velmar River; it was not prosecuted.",
])
def test_a_fine_without_a_prosecution_stays_a_fine(sentence):
    assert _read(sentence) == [("fine", "2014")]


# An inquiry the authority opened, told before its charge, types the sentence: investigation.
@pytest.mark.parametrize("sentence, expected", [
    ("The labour inspectorate opened an investigation on 4 May 2017, and in November 2017 it charged the "
     "company with failing to guard a loom.", ("investigation", "2017-05-04")),
    ("The Halden council opened an investigation into two of Orvanne's dye works in March 2020, and charged the "
     "company under the Rivers Act 1991 in May 2021.", ("investigation", "2020-03")),
])
def test_an_inquiry_told_before_its_charge_is_an_investigation(sentence, expected):
    assert _read(sentence) == [expected]


# A "since YEAR" that tells a state's start in the background (a party described as "a customer
# since 2009", a past-perfect finding) does not date the step; one that opens its clause or a clause
# in the present perfect is the state the clause tells.
@pytest.mark.parametrize("sentence, expected", [
    ("In June 2016 Halvard Medical, a customer since 2009, recalled about 12,000 cotton gowns made by Orvanne "
     "after reports that they shed fibres.", [("recall", "2016-06")]),
    ("The company admitted on 19 October 2023 that polyester had been mixed into its organic range since at "
     "least 2017, and withdrew the range from sale.", [("recall", "2023-10-19")]),
    ("The union has accused the company of paying below the minimum wage since 2014.", [("other", "2014")]),
])
def test_a_since_year_in_the_background_does_not_date_the_step(sentence, expected):
    assert _read(sentence) == expected


# An authority's test or measurement that found something, told before its order, is the inquiry's
# step: investigation, dated by the test; a test followed by a fine stays the fine.
@pytest.mark.parametrize("sentence, expected", [
    ("In 2015 the Velmar environment agency tested the outfall that May, found dye at forty times the permitted "
     "level, and ordered the company to stop the discharge.", [("investigation", "2015-05")]),
    ("Measurements by the ministry in January 2018 found formaldehyde at the mill's fence at three times the "
     "permitted level, and on 5 March 2018 the ministry ordered the mill closed.", [("investigation", "2018-01")]),
    ("In May 2019 tests found dye in the river below the Velmar mill, and the agency fined the company €30,000.",
     [("fine", "2019-05")]),
])
def test_a_test_that_found_something_before_an_order_is_an_investigation(sentence, expected):
    assert _read(sentence) == expected
