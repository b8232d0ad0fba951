"""Round 26 (relnames26): where a counterparty's name starts and ends. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found
from tests.test_relations_round16b import _typed


@pytest.mark.parametrize("form", ["B.V.", "N.V.", "S.A.", "S.p.A.", "S.A.S.", "Ltda."])
@pytest.mark.parametrize("after", [" for US$95 million in 2005.", " in 2005.", "."])
def test_a_legal_form_written_with_periods_ends_with_its_last_period(form, after):
    found = _found(f"Borvik sold 40 per cent of the company to the Rotterdam operator Quarnzorg Terminals {form}{after}")
    assert _typed(found, "investor") == {f"Quarnzorg Terminals {form}"}


@pytest.mark.parametrize("sentence, expected", [
    ("A loan from the Agricultural and Industrial Development Bank in 1969 paid for the looms.",
     {"Agricultural and Industrial Development Bank"}),
    ("In 1969 it borrowed 2 million dollars from the Mining and Quarrying Development Fund.",
     {"Mining and Quarrying Development Fund"}),
])
def test_a_body_named_by_two_fields_joined_by_and_is_one_name(sentence, expected):
    assert _typed(_found(sentence), "lender") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Loans came from Banco Quarn and Banco Tarn in 1969.", {"Banco Quarn", "Banco Tarn"}),
    ("Loans came from the Quarn Bank and the Tarn Development Bank in 1969.", {"Quarn Bank", "Tarn Development Bank"}),
])
def test_a_list_of_two_banks_still_splits(sentence, expected):
    assert _typed(_found(sentence), "lender") == expected


@pytest.mark.parametrize("seat", ["Ijuí", "Paraguay"])
def test_a_described_firm_of_a_city_or_country_is_named_without_its_seat(seat):
    found = _found(f"In 1957 it built a mill with a grinding line supplied by the Brazilian engineering firm "
                   f"Quarn Heck Máquinas of {seat}.")
    assert _typed(found, "supplier") == {"Quarn Heck Máquinas"}


def test_a_described_firm_of_no_known_place_keeps_its_whole_name():
    found = _found("In 1957 it built a mill with a grinding line supplied by the engineering firm Quarn Heck Máquinas of Quarnby.")
    assert _typed(found, "supplier") == {"Quarn Heck Máquinas of Quarnby"}


@pytest.mark.parametrize("sentence, prop, expected", [
    ("It was paid for with a US$250 million loan from the [[Tarn Development Bank]]'s private-sector arm "
     "[[Tarn Invest]] (the first), and [[Quarn Bank]].", "lender", {"Tarn Invest", "Quarn Bank"}),
    ("In 2014 the berth was paid for with a US$250 million loan from the [[Quarn Finance Corporation|QFC]], the "
     "[[Tarn Development Bank]]'s private-sector arm [[Tarn Invest]] (then the Tarn Investment Corporation) and "
     "[[Quarn General]].", "lender", {"Quarn Finance Corporation", "Tarn Invest", "Quarn General"}),
    ("In 2019 it raised $5 million from [[Quarnco]]'s venture-capital unit [[Quarnco Ventures]].", "investor",
     {"Quarnco Ventures"}),
])
def test_a_unit_named_after_its_owners_possessive_and_its_kind_is_the_party(sentence, prop, expected):
    assert _typed(_found(sentence), prop) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2019 it raised $5 million from [[Quarnco]]'s chief executive Tom Smith.", set()),
    ("In March 2005 it raised NT$320 million from [[Tarnvest Bank]] and the venture fund of [[Quarnco Inc.|Quarnco]]'s "
     "founder Tom Quarn.", {"Tarnvest Bank"}),
    ("In 2019 it raised $5 million from [[Quarnco]]'s pension fund.", {"Quarnco"}),
])
def test_a_possessor_before_a_persons_role_and_name_is_no_party(sentence, expected):
    assert _typed(_found(sentence), "investor") == expected


@pytest.mark.parametrize("tail, expected", [
    (" for Br 140 million.", "Tarn Supply Agency"),
    (" for RM 140 million.", "Tarn Supply Agency"),
    (" for Roads.", "Tarn Supply Agency for Roads"),
])
def test_a_currency_letter_sign_before_a_figure_ends_the_name(tail, expected):
    found = _found(f"In 2012 it signed a supply contract with the Tarn Supply Agency{tail}")
    assert _typed(found, "customer") == {expected}


@pytest.mark.parametrize("field, expected", [
    ("Quarrying", {"Tarnese Company for Mining and Quarrying"}),
    ("Quarnco", {"Tarnese Company for Mining"}),
])
def test_a_company_named_by_two_fields_keeps_a_dictionary_word_after_and(field, expected):
    found = _found(f"Kaolin comes from quarries near [[Aswan]] run by the Tarnese Company for Mining and {field}.")
    assert _typed(found, "supplier") == expected


def test_a_short_name_ending_in_s_that_begins_a_linked_name_keeps_it():
    found = _found("In 1989 it signed an agreement with [[Quarn Glazer's Wine and Spirits]] to import its wines. "
                   "Its wines are imported into the United States by Quarn Glazer's and into Japan by [[Tarnco]].")
    assert _typed(found, "customer") == {"Quarn Glazer's Wine and Spirits", "Tarnco"}


def test_a_unit_whose_fields_are_joined_by_and_is_its_linked_owners():
    found = _found("The company has worked with the Faculty of Mechanical Engineering and Naval Architecture of the "
                   "[[University of Tarnwick]] on hull design since 2005, and with the Norwegian research institute "
                   "[[Quarntef]] on battery safety since 2019.")
    assert _typed(found, "researchCollaborator") == {"University of Tarnwick", "Quarntef"}


def test_one_unlinked_company_told_with_and_without_its_legal_form_is_one_name():
    found = _found("In 2012 Tarn Microprobe K.K., a maker of probe needles, subscribed for new shares giving it 12.5 per cent "
                   "of Acme. The two firms signed a technology agreement at the same time under which Tarn supplies needles "
                   "and Acme assembles cards. Tarn Microprobe supplies most of the needles.")
    assert _typed(found, "supplier") == {"Tarn Microprobe K.K."}
