"""Round 20: evidence features of relations read from the sentence alone (``relations.text_evidence``)."""

import pytest

from kg.extractors.relations import text_evidence


@pytest.mark.parametrize("text", [
    "Public – 38.2%",
    "Free float - 41%",
    "Others – 12.5%",
    "Treasury shares – 2.0%",
    "the public: 55%",
])
def test_a_shareholder_row_of_the_market_is_no_investor(text):
    assert "text.float" in text_evidence(text, "investor")


@pytest.mark.parametrize("text", [
    "Public Sector Pension Investment Board – 18.0%",
    "Employees Provident Fund – 7.4%",
    "Temasek Holdings – 21.3%",
    "The public offering in 2015 was led by Goldman Sachs.",
])
def test_a_named_holder_is_not_the_float(text):
    assert "text.float" not in text_evidence(text, "investor")


@pytest.mark.parametrize("text", [
    "Talks with the Korean group Hanwa on a joint venture for solar panels collapsed in 2019.",
    "A proposed merger with Norrland Paper was called off after the regulator objected.",
    "The alliance with Vesta Airlines fell through when Vesta went bankrupt.",
    "Negotiations with Kestrel Motors over a supply deal broke down in 2008.",
    "A joint venture with Orinoco Steel, planned for 2011, was abandoned after a year.",
])
def test_a_bond_that_did_not_come_about(text):
    assert "text.unrealised" in text_evidence(text, "partner")


@pytest.mark.parametrize("text", [
    "In 2014 the company formed a joint venture with Orinoco Steel to build a rolling mill.",
    "It has been the main sponsor of the football club Aalborg since 2010.",
    "After a year of negotiation, the company signed a supply contract with Kestrel Motors.",
    "Its share price collapsed in 2008, and Hanwa bought a 20 per cent stake.",
])
def test_a_realised_bond_is_not_unrealised(text):
    assert "text.unrealised" not in text_evidence(text, "partner")
