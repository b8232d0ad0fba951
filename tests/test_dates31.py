"""Round 31, dates read from the wrong clause: a year in a relative clause about a party (set off
by commas before or after the cue, or an apposition "the agency that ...") dates what that clause
tells, not the cue's step, when the cue's own telling writes another year."""

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.cue_dates import date_by_cue
from kg.text.narrative import dated_sentences
from kg.text.parse import parse_article


def _article(text: str):
    page = Page(title="Belmont Kettles", revision=1,
                wikitext=f"'''Belmont Kettles''' makes kettles.\n\n== Controversies ==\n{text}\n")
    return parse_article(page)


def _controversy_dates(text: str) -> list[str | None]:
    return [f.value.date.iso if f.value.date else None for f in controversies.extract(_article(text))]


@pytest.mark.parametrize("text, iso", [
    # the relative clause before the cue, the cue's year after it
    ("The Harbour Authority, which took over the supervision of the port in 2015, fined Belmont "
     "€8,000 in September 2021 for late reports.", "2021-09"),
    # an apposition that is a relative clause, with names in parentheses
    ("Inspectors of the Forest Institute (FI), the agency that replaced the Forest Board (FB-COR) in 2008, "
     "found in May 2014 that Belmont had cleared 60 hectares of mangrove.", "2014-05"),
    # the relative clause after the cue, the cue's year after it
    ("Two clans sued the company and the land board, which had been renamed the Land Trust in 2011, "
     "in the High Court in August 2013, claiming royalties.", "2013-08"),
])
def test_a_relative_clause_year_does_not_date_the_step(text, iso):
    assert _controversy_dates(text) == [iso]


def test_an_apposition_relative_clause_does_not_date_the_sentence():
    text = ("Inspectors of the Forest Institute, the agency that replaced the Forest Board in 2008, "
            "found in May 2014 that Belmont had cleared mangroves.")
    dated = [ds for ds in dated_sentences(_article(text)) if "Inspectors" in ds.sentence.text]
    assert dated[0].date.iso == "2014-05"


def _by_cue(sentence: str, cue: str) -> str | None:
    at = sentence.index(cue)
    date = date_by_cue(sentence, at, at + len(cue))
    return date.iso if date else None


@pytest.mark.parametrize("sentence, cue, iso", [
    # the relative clause's year is the only one of the cue's telling: it stays
    ("Its kettles are certified by the Kettle Council, which first certified the Lima plant in 2014, and "
     "a tenth of its output has been sold under the Fair mark since 2017.", "certified by", "2014"),
    ("Belmont sued Arco, which had supplied it since 2009, over late deliveries.", "sued", "2009"),
    # the cue inside the relative clause keeps the clause's year
    ("The plant was sold to Arco, which was fined in 2019, and closed in 2021.", "fined", "2019"),
])
def test_the_relative_clause_year_stays_when_nothing_else_dates_the_step(sentence, cue, iso):
    assert _by_cue(sentence, cue) == iso


def test_the_year_after_the_relative_clause_dates_the_step():
    sentence = ("The Harbour Authority, which took over the port's supervision in 2015, fined the "
                "company in September 2021.")
    assert _by_cue(sentence, "fined") == "2021-09"


# ---- a year naming a thing ("a poor 2016 harvest", "The 2016 extension") is no date of the step
# when the sentence writes the step's own year elsewhere

def _history(text: str) -> list[tuple[str, str | None]]:
    from kg.extractors.history import events
    page = Page(title="Belmont Kettles", revision=1,
                wikitext=f"'''Belmont Kettles''' makes kettles.\n\n== History ==\n{text}\n")
    return [(e.type, e.date.iso if e.date else None) for e, _ in events(parse_article(page))]


def test_a_qualified_naming_year_does_not_date_the_first_of_two_verbs():
    found = _history("After a poor 2016 harvest it closed the Kirambo station and laid off 85 permanent workers in 2017.")
    assert ("divestiture", "2017") in found and ("divestiture", "2016") not in found


def test_a_naming_year_with_a_qualifier_does_not_date_the_clause():
    text = "After a weak 2019 season the company closed its Arequipa plant in 2020."
    dated = [ds for ds in dated_sentences(_article(text)) if "Arequipa" in ds.sentence.text]
    assert dated[0].date.iso == "2020"


def test_a_naming_year_before_a_subject_of_its_own_is_not_the_tails():
    # ", and it sold ...": the tail's year is another step's; the rename keeps the merger's year
    found = _history("The company took its present name after a 1995 merger, and it sold its telephone business, "
                     "Belmont Tel, to Arco Telecom in 2011.")
    assert ("rename", "2011") not in found


@pytest.mark.parametrize("sentence, cue, iso", [
    # the year names the subject of the cue's verb: the step's year is the other
    ("The 2016 extension was challenged before the Supreme Court in 2018 by a group of lawyers.", "challenged", "2018"),
    # the year names the cue's own noun: it stays
    ("The 1995 pilots' strike was settled in 1996.", "strike", "1995"),
])
def test_a_year_naming_the_subject_of_the_cue(sentence, cue, iso):
    assert _by_cue(sentence, cue) == iso


# ---- a month written without a year counts from the month-precise telling of the sentence before,
# not from a later bare year that sentence told in passing

def _dates_of(text: str, heading: str = "History") -> list[str | None]:
    page = Page(title="Belmont Kettles", revision=1,
                wikitext=f"'''Belmont Kettles''' makes kettles.\n\n== {heading} ==\n{text}\n")
    return [ds.date.iso if ds.date else None for ds in dated_sentences(parse_article(page))
            if ds.sentence.section is not None]


@pytest.mark.parametrize("text, iso", [
    ("Under an agreement signed in February 2024 the snack maker Arco is to take 4,000 tonnes of kernels a year "
     "from the company until 2027. Belmont began selling cashew butter to supermarket chains that November.", "2024-11"),
    ("Carrefour suspended its own-label orders in November 2019 and resumed them in 2021, after an audit. "
     "At home, the oil office suspended the company's export approval for three months that December.", "2019-12"),
])
def test_a_month_counts_from_the_month_precise_telling(text, iso):
    assert _dates_of(text)[-1] == iso


@pytest.mark.parametrize("text, iso", [
    # the later year is a sentence of its own: the month is of it
    ("In March 2015 it opened a plant in Lima. It opened a second plant in Quito in 2016. "
     "That October it opened a third in Cali.", "2016-10"),
    # a relative year still counts from the later year
    ("Carrefour suspended its orders in November 2019 and resumed them in 2021. "
     "The following year it opened a shop in Lyon.", "2022"),
])
def test_a_month_after_a_later_year_told_on_its_own(text, iso):
    assert _dates_of(text)[-1] == iso
