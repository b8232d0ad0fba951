"""Round 22, controversy dates counted from the telling before: a step told in a clause dated
relative to the clause before it ("...; two years later the court fined it") and writing no year
of its own takes that clause's date (``DatedSentence.relative_at``), not the year of the earlier
clause; one counted from the sentence before only when that sentence is of the same paragraph."""

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.narrative import dated_sentences, told_before
from kg.text.parse import parse_article


def _article(sections: dict[str, str]):
    body = "".join(f"\n== {h} ==\n{t}\n" for h, t in sections.items())
    return parse_article(Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles.\n{body}"))


def _dates(sections: dict[str, str]) -> list[tuple[str, str | None]]:
    return [(f.value.type, f.value.date.iso if f.value.date else None)
            for f in controversies.extract(_article(sections))]


@pytest.mark.parametrize("text, expected", [
    # a protest, then a ruling two years later after a semicolon
    ("Villagers protested in 2016 that the quarry had been dug on their land; two years later the provincial "
     "council ordered the company to hand back 40 hectares.", ("fine", "2018")),
    # an inquiry, then a settlement the following year
    ("In 2011 an inquiry by the federal police found that its managers had paid bribes to inspectors; the "
     "company settled the case with a leniency agreement the following year.", ("fine", "2012")),
    # a month counted from a month
    ("In March 2019 the union complained about night shifts at the plant; three months later the labour "
     "inspectorate fined the company for breaking the rules on working hours.", ("fine", "2019-06")),
])
def test_a_step_counted_from_the_clause_before_takes_its_count(text, expected):
    assert expected in _dates({"Controversies": text})


def test_a_step_with_a_year_of_its_own_keeps_it():
    text = ("In 2016 villagers protested over the quarry; the provincial council fined the company in 2019, "
            "three years after the first complaint.")
    assert ("fine", "2019") in _dates({"Controversies": text})


@pytest.mark.parametrize("sections, expected", [
    # the sentence before, in the same paragraph, writes a date: counted from it
    ({"Controversies": "In May 2020 a worker died at the plant. A month later the inspectorate fined the company."},
     [False, True]),
    # another paragraph's date, or no date before: not told before
    ({"Controversies": "In May 2020 a worker died at the plant.\n\nA month later the inspectorate fined the company."},
     [False, False]),
    ({"Controversies": "A worker died at the plant. The inspectorate fined the company."}, [False, False]),
])
def test_told_before_is_a_dated_sentence_of_the_same_paragraph(sections, expected):
    dated = [ds for ds in dated_sentences(_article(sections)) if ds.sentence.section]
    offset = len(dated_sentences(_article(sections))) - len(dated)
    assert [told_before(dated_sentences(_article(sections)), offset + i) for i in range(len(dated))] == expected


def test_a_relative_clause_after_a_heading_year_only_is_not_counted_from_a_telling():
    article = _article({"2015": "The regulator opened an inquiry, and a year later it fined the company."})
    ds = next(d for d in dated_sentences(article) if d.sentence.section)
    at = ds.sentence.text.index("fined")
    assert ds.relative_at(at, told_before=False) is None
    assert ds.relative_at(at) is not None and ds.relative_at(at).iso == "2016"
