"""Sentence ends after a legal form, and relative dates of the shared date context (round 18)."""

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
        "The offering was led by Piper and A.G. Edwards for the company.",
        "It set up Hollen Chemie GmbH & Co. KG, which took the shares.",
        "Units include Bravo Inc. (Canada) and Bravo Ltd.",
        "The farm lies in Co. Kerry and grows oats.",
    ):
        assert _split(text) == [text], text


def test_a_name_that_opens_the_sentence_is_not_cut_after_its_legal_form():
    assert _split("Brenner AG. Workers voted to strike.") == ["Brenner AG. Workers voted to strike."]
