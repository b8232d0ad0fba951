"""Sentence ends after a legal form, and relative dates of the shared date context (round 18)."""

import pytest

from kg.text.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_legal_form_that_ends_a_sentence_ends_it():
    assert _split("In 2004 the mill became Papelera Sur S.A. Its shares were listed in 2006.") == [
        "In 2004 the mill became Papelera Sur S.A.", "Its shares were listed in 2006."]
    assert _split("It is held through Harbin Optics (Hong Kong) Co., Ltd. Li Wen owns the rest.") == [
        "It is held through Harbin Optics (Hong Kong) Co., Ltd.", "Li Wen owns the rest."]
    assert _split("The works were run by Brenner AG. Karl Brenner retired in 1961.") == [
        "The works were run by Brenner AG.", "Karl Brenner retired in 1961."]
    assert _split("The brand went to Osterlund Holding B.V. Osterlund also owns the stores.") == [
        "The brand went to Osterlund Holding B.V.", "Osterlund also owns the stores."]


def test_a_legal_form_inside_a_sentence_keeps_it_whole():
    for text in (
        "The plant was sold to Cementos del Golfo S.A. de C.V. in 1999.",
        "It bought Norrland Inc. and Vega Ltd. in 2003.",
        "It was renamed Kanto Seiki Co. Ltd. in 1980.",
        "Its alumni include Zephyr Inc. CEO Dana Kirk and others.",
        "A round led by Harlan Bros. Advisors with Corvid Capital followed in 2014.",
        "The offering was led by Piper and A.G. Edwards for the company.",
        "It set up Hollen Chemie GmbH & Co. KG, which took the shares.",
        "Units include Bravo Inc. (Canada) and Bravo Ltd.",
        "The farm lies in Co. Kerry and grows oats.",
    ):
        assert _split(text) == [text], text


def test_a_name_that_opens_the_sentence_is_not_cut_after_its_legal_form():
    assert _split("Brenner AG. Workers voted to strike.") == ["Brenner AG. Workers voted to strike."]


def test_a_week_told_from_the_date_before():
    from kg.model import DateValue
    from kg.text.narrative import resolve_date

    day = DateValue("2021-03-29", "day")
    assert resolve_date("The port authority opened an inquiry the same week.", day).iso == "2021-03-29"
    assert resolve_date("Twelve of the drivers were dismissed the following week.", day).iso == "2021-04-05"
    assert resolve_date("Police detained the owner that night.", day).iso == "2021-03-29"
    month = DateValue("2021-03", "month")
    assert resolve_date("Twelve of the drivers were dismissed the following week.", month).iso == "2021-03"
    # a week named by another event is no week of the date before
    assert resolve_date("The deal was announced in the same week that the regulator began its review.", None) is None
    assert resolve_date("The deal was announced in the same week that the regulator began its review.", day) is None


def test_at_the_same_time_is_the_date_before():
    from kg.model import DateValue
    from kg.text.narrative import resolve_date

    month = DateValue("2012-06", "month")
    assert resolve_date("The lenders swapped part of their loans for shares at the same time.", month).iso == "2012-06"
    assert resolve_date("At the same time the firm changed its name to Norvale.", month).iso == "2012-06"
    # the time of another event, not of the date before
    assert resolve_date("The round closed at the same time as the merger.", month) is None


def test_the_year_before_at_a_clause_end():
    from kg.model import DateValue
    from kg.text.narrative import resolve_date

    year = DateValue("2016", "year")
    assert resolve_date("His son had taken over as chairman the year before.", year).iso == "2015"
    assert resolve_date("It was built the year before the war.", year) is None


# (round 19) a sentence may open with a capital outside A-Z and À-Þ: Czech, Polish, Turkish and
# Greek names ("Škoda", "Łódź", "İzmir", "Ωmega") open sentences too; a lower-case word never does
@pytest.mark.parametrize(("text", "second"), [
    ("It sold forty buses in all. Škoda's Tomáš Hrubeš became chairman.", "Škoda's Tomáš Hrubeš became chairman."),
    ("The line opened in 1998. Łódź ordered sixty trams in 2004.", "Łódź ordered sixty trams in 2004."),
    ("The plant was sold in 2011. İzmir's port authority bought it.", "İzmir's port authority bought it."),
    ('It grew fast. "Žatec hops" became its brand.', '"Žatec hops" became its brand.'),
])
def test_a_sentence_opens_with_any_capital(text, second):
    assert [text[a:b] for a, b in split_sentences(text)][1] == second


def test_a_lower_case_word_after_a_period_opens_no_sentence():
    text = "It makes valves, pumps etc. and sells them abroad. ŠKODA bought it."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "It makes valves, pumps etc. and sells them abroad.", "ŠKODA bought it."]
