"""Round 25 (relpassive25): relations told in the passive that the cue table's gates dropped.
Each sentence is written for the test (invented names)."""

from __future__ import annotations

import pytest

from tests.test_relations_round14 import _found


def _typed(found: set[tuple[str, str]], prop: str) -> set[str]:
    return {name for p, name in found if p == prop}


# a second participle after "and" continues a passive told with "has / have / had been"
@pytest.mark.parametrize("sentence", [
    "Since 2019 its online orders have been picked and delivered by [[Borvik Logistics]].",
    "Since 2014 the hail netting has been installed and maintained by the Mendoza firm [[Borvik Logistics]].",
    "Its spare parts had been stored and delivered by [[Borvik Logistics]] until 2010.",
])
def test_a_second_participle_after_a_perfect_passive_names_a_supplier(sentence):
    assert _typed(_found(sentence, "Operations"), "supplier") == {"Borvik Logistics"}


@pytest.mark.parametrize("sentence", [
    "The firm has been sold and delivered by [[Borvik Logistics]] to a new owner.",
    "Acme has been founded and run by [[Borvik Logistics]] since 2001.",
])
def test_no_supplier_when_the_perfect_passive_tells_of_the_company_itself(sentence):
    assert "Borvik Logistics" not in _typed(_found(sentence, "Operations"), "supplier")


# a product named by its own name is distributed: a company never is
@pytest.mark.parametrize("sentence", [
    "In 2019 Ravelin was launched in Europe; Tessora is distributed by [[Borvik Pharma]].",
    "Its first drug was sold directly, and since 2021 Tessora has been distributed by [[Borvik Pharma]].",
    "In Japan the Ravelin line is imported by [[Borvik Pharma]].",
])
def test_a_named_product_distributed_by_someone_names_a_customer(sentence):
    assert _typed(_found(sentence, "Operations"), "customer") == {"Borvik Pharma"}


@pytest.mark.parametrize("sentence", [
    "In 2004 Acme Chemicals was sold to [[Borvik Pharma]].",
    "In 2004 its paint business was sold to [[Borvik Pharma]] for $40 million.",
])
def test_a_named_business_sold_is_still_no_customer(sentence):
    assert "Borvik Pharma" not in _typed(_found(sentence, "Operations"), "customer")


# the company named with a possessive after the agent owns what is told; it is not the agent
def test_the_company_s_possessive_after_the_agent_does_not_veto_it():
    sentence = "Most parcels are delivered by [[Borvik Post]], whose lockers receive 70 per cent of Acme's shipments."
    assert _typed(_found(sentence, "Operations"), "supplier") == {"Borvik Post"}


def test_the_company_as_a_later_agent_still_vetoes():
    sentence = "The press was built by [[Borvik Post]] to a design supplied by Acme."
    assert "Borvik Post" not in _typed(_found(sentence, "Operations"), "supplier")


# a site or service run for the company under a contract
@pytest.mark.parametrize("sentence", [
    "Its bottling plant is operated by [[Borvik Services]] under contract.",
    "Its bottling plant has been operated under contract by [[Borvik Services]] since 2012.",
    "The canteens are operated by [[Borvik Services]] under a ten-year contract signed in 2018.",
    "Since 2019 a third of its power has been bought from wind farms operated by [[Borvik Services]] under a 15-year contract.",
])
def test_operated_by_someone_under_a_contract_names_a_supplier(sentence):
    assert _typed(_found(sentence, "Operations"), "supplier") == {"Borvik Services"}


@pytest.mark.parametrize("sentence", [
    "Its bottling plant is operated by [[Borvik Services]].",
    "Acme was operated by [[Borvik Services]] under a management contract after the bankruptcy.",
    "The museum is operated by [[Borvik Services]] under a contract with the city.",
])
def test_operated_without_a_contract_or_of_the_company_itself_gives_no_supplier(sentence):
    assert "Borvik Services" not in _typed(_found(sentence, "Operations"), "supplier")
