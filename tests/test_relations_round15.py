"""Round 15: recall of relations on new text, by kinds of structure counted over blind4-blind16
(docs/relations.md, "Round 15"). Each sentence and table is written for the test."""

from __future__ import annotations

from tests.test_relations_round14 import _found

_TABLE = """{| class="wikitable"
|+ Largest shareholders (2025)
! Shareholder !! Stake
|-
| Tolmera Holdings S.A. || 48.2%
|-
| %s || 7.5%%
|-
| Free float || 30.0%%
|}"""


def _holders(holder: str) -> set[str]:
    found = _found(_TABLE.replace("%s", holder).replace("%%", "%"), "Ownership")
    return {name for prop, name in found if prop == "investor"}


def test_an_unlinked_pension_fund_row_is_an_investor():
    assert _holders("Caja de Pensiones Andina") == {"Caja de Pensiones Andina"}
    assert _holders("Northgate Mutual Insurance Company") == {"Northgate Mutual Insurance Company"}


def test_a_fund_the_name_reader_cuts_short_keeps_its_whole_name():
    assert _holders("BZ dobrovoljni mirovinski fond") == {"BZ dobrovoljni mirovinski fond"}


def test_a_linked_bank_with_its_pension_fund_is_the_bank():
    assert _holders("[[Banca Orvieto]] pension fund") == {"Banca Orvieto"}


def test_an_unlinked_holding_or_the_staff_fund_stays_out():
    # the family's holding company is the company's own side in most golds; the staff's fund no investor
    assert _holders("Employees' share fund") == set()
    assert _holders("Ravelli Family Trust") == set()


def test_a_second_object_of_the_same_passive_names_a_supplier():
    found = _found("Its presses were supplied by [[Halvorsen Maschinenbau]], and the drying ovens at Temuco by "
                   "[[Orlan Thermal]]. Its trucks are maintained by the contractor Vesta Fleet Services, and the "
                   "cold stores by [[Polarnord]] and [[Kryo Systems]].", "Operations")
    assert {"Halvorsen Maschinenbau", "Orlan Thermal", "Vesta Fleet Services", "Polarnord", "Kryo Systems"} <= {
        name for prop, name in found if prop == "supplier"}


def test_a_second_clause_that_tells_a_sale_of_the_company_is_no_supply():
    found = _found("Its ovens were supplied by [[Orlan Thermal]], and the company's takeover by [[Brisca Foods]] "
                   "followed in 2019.", "Operations")
    assert ("supplier", "Orlan Thermal") in found
    assert ("supplier", "Brisca Foods") not in found


def test_research_or_a_laboratory_funded_with_words_before_it_names_a_research_collaborator():
    found = _found("Acme funds soil microbiology research at the [[University of Talca]]. Since 2015 it has "
                   "sponsored a packaging-testing laboratory at [[Federico Santa María Technical University]].",
                   "Research")
    assert ("researchCollaborator", "University of Talca") in found
    assert ("researchCollaborator", "Federico Santa María Technical University") in found


def test_a_sponsored_team_is_no_research():
    found = _found("Acme sponsors a local cycling team with [[Ruta Verde]].", "Sponsorship")
    assert ("researchCollaborator", "Ruta Verde") not in found
