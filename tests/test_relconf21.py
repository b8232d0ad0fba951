"""Round 21: evidence features of relations read from the sentence alone (``relations.text_evidence``):
a funder of a project read as an investor, a carrier of the goods read as a customer or a partner."""

import pytest

from kg.extractors.relations import text_evidence


@pytest.mark.parametrize("text", [
    "Its pilot plant for green hydrogen, opened in 2021, was part-funded by the Bavarian state government.",
    "The company takes part in a five-year study of battery recycling funded by Innovate UK with £4 million.",
    "A joint research centre with Lund University, co-funded by Vinnova, opened in 2018.",
    "The new cold store at the port was financed by the regional development agency.",
    "The trials received funding from the European Commission's Horizon programme.",
])
def test_a_funder_of_a_project_is_no_investor(text):
    assert "text.funded" in text_evidence(text, "investor")


@pytest.mark.parametrize("text", [
    "In 2014 the pension fund Aldercrest bought a 12 per cent stake in the company.",
    "Sequoia Capital led a $40 million Series B round in 2019.",
    "The Qatar Investment Authority has held 9 per cent of the shares since 2011.",
])
def test_an_equity_stake_is_not_funding(text):
    assert "text.funded" not in text_evidence(text, "investor")


def test_funding_reads_investors_only():
    text = "The programme was funded by the Ministry of Industry."
    assert "text.funded" not in text_evidence(text, "partner")
    assert "text.funded" not in text_evidence(text, "lender")


@pytest.mark.parametrize("text", [
    "Containers from the plant are carried by Medlog to the port of Gioia Tauro.",
    "Since 2019 parcels have been delivered by DPD and, in Ireland, by An Post.",
    "Ore from the mine is hauled by Aurizon on the Blackwater line.",
    "Its cut flowers are flown by Kenya Airways Cargo to Amsterdam three times a week.",
])
def test_a_carrier_of_the_goods_is_no_customer(text):
    assert "text.carrier" in text_evidence(text, "customer")
    assert "text.carrier" in text_evidence(text, "partner")


@pytest.mark.parametrize("text", [
    "The company carries freight for Maersk between Rotterdam and Felixstowe.",
    "It delivered 40 trams to the city of Bergen in 2017.",
    "Its largest customer is Walmart, which takes a fifth of its output.",
])
def test_the_company_carrying_for_a_customer_is_no_carrier(text):
    assert "text.carrier" not in text_evidence(text, "customer")


def test_a_carrier_can_be_a_supplier():
    assert "text.carrier" not in text_evidence("Coal is shipped by Pacific Basin from Newcastle.", "supplier")
