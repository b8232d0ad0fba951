"""Round 22 of issue 14, controversies: a step told before the sentence's cue types the sentence
(``first`` rows): an accident that opens the sentence, then the fine, conviction or recall that
followed it, is one incident (`other`); a petition or a complaint a party took to a court before
the cue that found the sentence is a lawsuit. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _facts(body: str, section: str = "History") -> list:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles.\n== {section} ==\n{body}")
    return [f.value for f in controversies.extract(parse_article(page))]


def _types(body: str, section: str = "History") -> list[str]:
    return [v.type for v in _facts(body, section)]


@pytest.mark.parametrize("sentence", [
    "In 2016 a forklift driver was killed at its Ghent depot, and the company was fined €90,000 by the labour inspectorate.",
    "Three miners were killed by a rock fall at the Kora shaft in 2011; the mines ministry fined Acme $2 million.",
    "In March 2019 one of its tankers struck and killed a pedestrian in Leeds, and the driver was later convicted of dangerous driving.",
    "Four passengers died when a ferry of the company capsized off Cebu in 2009, and two of its officers were convicted of negligence.",
    "After two of its heaters caught fire in Oslo in 2020, Acme recalled 35,000 units in June.",
    "An explosion at the Rivne works in 2012 injured eleven workers, and the company was fined for breaches of safety rules.",
    "About 60,000 trout escaped from one of its pens in Vestland in 2019, and the directorate fined Acme NOK 800,000.",
])
def test_an_incident_told_before_the_sanction_types_the_sentence_other(sentence):
    assert _types(sentence, "Controversies") == ["other"]


@pytest.mark.parametrize("sentence", [
    "In 2018 the company was fined €120,000 after an explosion at its Rivne works killed two workers.",
    "The inspectorate fined Acme $400,000 in 2015 after a welder was killed at its Tulsa plant.",
    "Acme recalled 40,000 kettles in May 2021 after several of them caught fire.",
])
def test_a_sanction_told_before_the_incident_keeps_its_type(sentence):
    assert _types(sentence, "Controversies") == [{"Acme recalled": "recall"}.get(sentence[:13], "fine")]


@pytest.mark.parametrize("sentence, kind", [
    ("The widows of two workers who died in the blast sued Acme in 2014.", "lawsuit"),
    ("In 2020 the families of the miners who were killed in the fire sued the company for damages.", "lawsuit"),
    ("A fire destroyed its warehouse in Kiel in 2019, and workers at the Lübeck plant went on strike in 2020.", "strike"),
    ("The fire department fined Acme $12,000 in 2017 for blocked emergency exits.", "fine"),
])
def test_a_death_inside_a_noun_phrase_or_an_incident_before_a_strike_retypes_nothing(sentence, kind):
    assert _types(sentence, "Controversies") == [kind]


def test_the_incident_dates_the_item_by_its_own_clause():
    facts = _facts("A warehouse worker was killed at its Kortrijk site in March 2018, and the company was fined "
                   "€60,000 in January 2020.", "Controversies")
    assert [(f.type, f.date.iso) for f in facts] == [("other", "2018-03")]


@pytest.mark.parametrize("sentence", [
    "In 2021 about 80 tenants petitioned the High Court for compensation over damp flats built by Acme.",
    "In 2019 a former sales manager filed a qui tam complaint alleging that Acme had overbilled Medicare.",
    "In 2022 drivers complained to the state Labor Commissioner that Acme had not paid them overtime.",
])
def test_a_petition_or_a_complaint_to_a_court_is_a_lawsuit(sentence):
    assert _types(sentence, "Controversies") == ["lawsuit"]


def test_a_first_row_must_name_what_it_replaces(monkeypatch):
    rows = [["first", r"\bexploded\b", "other", ""], ["prefilter", "fined", "", ""]]
    monkeypatch.setattr(controversies, "_rows", lambda name: rows if name == "controversy_cues.tsv" else [])
    controversies.table.cache_clear()
    try:
        with pytest.raises(ValueError, match="first row"):
            controversies.table()
    finally:
        monkeypatch.undo()
        controversies.table.cache_clear()


@pytest.mark.parametrize("sentence", [
    "The court found for Boreal in May 2018, barred imports of the pump into France and ordered Acme to pay €2 million in damages.",
    "In 2020 a jury found that Acme had copied three of Velt's designs and awarded Velt $14 million.",
    "In June 2022 the Labour Court of the 4th Region ordered the company to rehire the drivers and to pay R$3 million in damages.",
    "In 2019 the tribunal revoked two of the patent's claims but found that Acme had infringed the third.",
])
def test_a_court_step_told_first_makes_a_lawsuit(sentence):
    assert _types(sentence, "Controversies") == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "In 2019 the district court ordered Acme to pay a fine of €80,000 for the spill, and the company paid it.",
    "The regulator fined Acme €2 million in 2018; in 2021 the court upheld the fine.",
    "In 2017 the court convicted Acme of breaching safety rules and fined it €400,000.",
])
def test_a_court_step_with_a_fine_stays_a_fine(sentence):
    assert _types(sentence, "Controversies") == ["fine"]


@pytest.mark.parametrize("sentence", [
    "The Department of Mines halted work at its Orkney shaft in May 2020 after a rock burst killed three miners.",
    "In 2013 the state environmental agency, CETESB, temporarily closed two of its furnaces after inspectors measured emissions above the legal limit.",
    "In 2021 the Ministry of Health suspended sales of four of its syrups after an investigation into their labels.",
    "In March 2022 Customs and Border Protection barred imports of its shirts over forced labour at a supplier.",
])
def test_an_authority_that_stopped_what_the_company_does_is_a_sanction(sentence):
    assert _types(sentence, "Controversies") == ["fine"]


def test_an_authority_that_closed_its_own_inquiry_is_no_sanction():
    sentence = "In 2016 the competition authority closed its investigation into Acme's bread prices without charges."
    assert "fine" not in _types(sentence, "Controversies")


@pytest.mark.parametrize("sentence", [
    "In 2019 the Large Taxpayers Unit of the Revenue Authority accused Acme of evading $20 million in VAT.",
    "In 2016 the customs service reassessed the value of the company's copper exports, accusing it of evading export duties.",
    "In June 2021 the Excise Department alleged that Acme had under-reported its beer sales by a third.",
])
def test_a_tax_or_customs_authority_claim_is_an_investigation(sentence):
    assert _types(sentence, "Controversies") == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "Three union officials were dismissed in March 2011, and a labour court ordered their reinstatement in 2013.",
    "In 2018 the company dismissed 52 workers at the Kanpur plant, among them six officers of the newly formed Acme Workers' Union.",
    "In May 2016 Acme dismissed 40 strikers, and the labour court later ordered it to pay them compensation.",
])
def test_a_dismissal_of_union_officers_told_first_is_layoffs(sentence):
    assert _types(sentence, "Controversies") == ["layoffs"]


@pytest.mark.parametrize("sentence", [
    "On 3 March 2020 the regional court declared the strike illegal at the company's request, and 60 strikers were dismissed.",
    "In 2015 the labour court ruled the stoppage unlawful, and the company dismissed 25 strikers the next week.",
    "The district court found the walkout illegal in May 2012, and twelve union leaders were dismissed that month.",
])
def test_a_court_step_before_a_dismissal_of_strikers_is_a_lawsuit(sentence):
    assert _types(sentence, "Controversies") == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "In 2011 Acme was one of six dairies named in a price-fixing inquiry by the competition authority.",
    "In 2019 its offices were raided by the police in a bribery investigation into a port tender.",
    "In 2020 it became the subject of a money-laundering probe by the federal prosecutor.",
])
def test_an_inquiry_named_by_its_misconduct_is_an_investigation(sentence):
    assert _types(sentence, "Controversies") == ["investigation"]


def test_a_fine_after_an_inquiry_named_by_its_misconduct_stays_a_fine():
    sentence = "In 2014 Acme was fined €3 million at the end of a price-fixing investigation into flour mills."
    assert _types(sentence, "Controversies") == ["fine"]
