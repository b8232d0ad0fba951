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

