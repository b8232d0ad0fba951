"""Round 29 of issue 14, controversies. Every sentence here is written for the test (invented
company and place names)."""

from __future__ import annotations

import pytest

from tests.test_contr28 import _read as _read_article


def _read(body: str, section: str = "History", lead: str = "") -> list[tuple[str, str]]:
    return _read_article(body, section, lead, title="Orvanne Textiles", makes="cotton yarn")


# A dismissal of a counted group of workers told plainly in a controversy section (a number in
# words, "all 64", "twelve of them", a passive): the labour dispute's dismissal, `layoffs`.
@pytest.mark.parametrize("sentence, expected", [
    ("The company dismissed 48 workers in May 2017.", ("layoffs", "2017-05")),
    ("In May 2017 the company dismissed all 48 for unauthorised absence.", ("layoffs", "2017-05")),
    ("Orvanne dismissed fifteen of them in June 2018.", ("layoffs", "2018-06")),
    ("In June 2018 thirty-two drivers were dismissed.", ("layoffs", "2018-06")),
])
def test_a_counted_dismissal_in_a_controversy_section_is_layoffs(sentence, expected):
    assert _read("The spinners of the Velmar mill stopped work in 2017.\n\n" + sentence,
                 section="Controversies")[-1] == expected


# The same dismissal tied in its own clause to a strike or a union reads as `layoffs` anywhere in the
# article, and types a sentence whose strike or inquiry it tells before.
@pytest.mark.parametrize("sentence, expected", [
    ("In March 2016 Orvanne dismissed 57 spinners who stayed out after the ruling.", ("layoffs", "2016-03")),
    ("In March 2016 nine workers were dismissed at the Velmar mill, days after they had registered a union.",
     ("layoffs", "2016-03")),
    ("In March 2016 the company dismissed nine workers of the Velmar mill, four days after they had registered "
     "the Sindicato de Hilanderos.", ("layoffs", "2016-03")),
    ("In March 2016 the company dismissed twenty of them, including four union delegates.", ("layoffs", "2016-03")),
    ("The company dismissed 57 workers who took part in the national strike of March 2016, and the dismissals "
     "were taken up by the labour federation.", ("layoffs", "2016-03")),
    ("In March 2016 the company dismissed 57 workers it named as organisers, and the labour office opened an "
     "inquiry.", ("layoffs", "2016-03")),
])
def test_a_dismissal_tied_to_a_strike_or_a_union_is_layoffs_anywhere(sentence, expected):
    assert _read(sentence) == [expected]


# A reply that dismisses an accusation stays a reply, and a job cut told in the history is no
# controversy.
@pytest.mark.parametrize("sentence", [
    "The company dismissed all allegations of forced overtime in 2019.",
    "In 2019 the company dismissed 300 workers when it closed the Velmar mill.",
])
def test_a_reply_or_a_job_cut_in_the_history_is_no_controversy(sentence):
    assert _read(sentence) == []


# A dismissal told with its economic cause is a cut of jobs, no controversy, in a controversy section too.
@pytest.mark.parametrize("sentence", [
    "In 2019 the company dismissed 300 workers when it closed the Velmar mill.",
    "In 2024 Orvanne dismissed 85 seasonal workers after the cancelled cotton season.",
])
def test_a_job_cut_with_its_economic_cause_is_no_controversy_in_a_section(sentence):
    assert _read(sentence, section="Controversies") == []
