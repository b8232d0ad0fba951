"""Round 31's review: one reader of a currency's name (``kinds.is_unit_name`` and its options) and
one table of legal forms (``kg.text.items.LEGAL_FORMS`` and its readings)."""

from __future__ import annotations

import re

from kg.text import kinds
from kg.text.items import (
    COMMA,
    DOTTED,
    LEGAL_FORMS,
    LEGAL_SUFFIXES,
    LOWER,
    legal_forms,
    split_items,
)
from kg.text.mentions import DOTTED_SUFFIX, LOWER_FORM


def test_a_currency_name_by_each_option():
    # pycountry's names and a demonym with its country's currency word, by any caller
    assert kinds.is_unit_name("Jordanian dinar") and kinds.is_unit_name("Hungarian forint (currency)")
    # the CLDR's names of two words or more only when asked (a controversy's parties)
    assert not kinds.is_unit_name("Swiss francs") and kinds.is_unit_name("Swiss francs", cldr=True)
    assert not kinds.is_unit_name("euros", cldr=True)  # one word: the CLDR list is read for names of two
    assert not kinds.is_unit_name("Quarnvale Dinar Holdings", cldr=True)
    # one word as the last word of a currency's name (the relation reader's last word of a title)
    assert kinds.is_unit_name("metical", word=True) and kinds.is_unit_name("Dinar", word=True)
    assert not kinds.is_unit_name("certification", word=True)


def test_each_reading_of_the_legal_forms_comes_from_the_one_table():
    readings = {r for _, rs in LEGAL_FORMS for r in rs}
    assert readings == {COMMA, DOTTED, LOWER}
    forms = [f for f, _ in LEGAL_FORMS]
    assert len(forms) == len(set(forms))  # a form is written once, with all its readings
    assert legal_forms(LOWER).split("|") == [f for f, rs in LEGAL_FORMS if LOWER in rs]
    for form in legal_forms(DOTTED).split("|"):
        assert re.fullmatch(form, form.replace("[ií]", "í"))


def test_a_form_read_after_a_comma_a_dotted_form_and_a_lower_case_form():
    assert split_items("Tarrowby Holdings, S.A.B. de C.V.") == ["Tarrowby Holdings, S.A.B. de C.V."]
    assert LEGAL_SUFFIXES.fullmatch("Zrt.") and not LEGAL_SUFFIXES.fullmatch("Pte.")  # "Pte" is read dotted only
    assert DOTTED_SUFFIX.search("Quellbrook Zrt.") and DOTTED_SUFFIX.search("Harrowgate Pte.")
    assert not DOTTED_SUFFIX.search("Quellbrook Holdings.")
    text = "Vestmork Holding spol. s r.o. and Lindaval ehf. bought it"
    assert LOWER_FORM.match(text, len("Vestmork Holding")).group(0) == " spol. s r.o."
    assert LOWER_FORM.match(text, text.index(" ehf.")).group(0) == " ehf."
    assert not LOWER_FORM.match("Vestmork a.s.x", len("Vestmork"))
