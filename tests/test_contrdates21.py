"""A date that opens a clause dates its main verb, not a year that describes the subject."""

from kg.text.cue_dates import date_by_cue


def _date(text: str, cue: str) -> str | None:
    i = text.index(cue)
    date = date_by_cue(text, i, i + len(cue))
    return date.iso if date else None


def test_relative_clause_year_is_not_the_steps_date():
    text = "In 2021 the widow of a miner who died in a rockfall in 2016 sued the company for damages."
    assert _date(text, "sued") == "2021"


def test_participle_year_is_not_the_steps_date():
    text = "On 3 March 2015 a ferry of the line, bought from a Danish operator in 2009, ran aground, killing four passengers."
    assert _date(text, "killing") == "2015-03-03"


def test_year_in_a_that_clause_before_the_cue():
    text = "In May 2019 customers whose data had been collected in 2017 filed a class action against the bank."
    assert _date(text, "class action") == "2019-05"


def test_a_dated_step_of_its_own_still_counts():
    # the year is the cue's own (no description between the opening date and it)
    text = "In 2018 the regulator opened an inquiry, and in 2020 it fined the company."
    assert _date(text, "fined") == "2020"
    # no opening date: the closest year before the cue stays
    text = "The parents of a boy who was born in 2019 sued the hospital."
    assert _date(text, "sued") == "2019"
