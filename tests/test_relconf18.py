"""Round 18: evidence features of relations read from the sentence alone (``relations.text_evidence``)."""

from kg.extractors import relations


def test_a_loan_weakens_a_relation_of_another_family():
    sentence = "The new plant at Brenfield was built with a loan from the Halvor Savings Bank in 2011."
    assert "text.loan" in relations.text_evidence(sentence, "investor")
    assert "text.loan" in relations.text_evidence("Its credit lines come from Norvik Bank.", "supplier")
    assert "text.loan" not in relations.text_evidence(sentence, "lender")
    assert "text.loan" not in relations.text_evidence(sentence)
    assert "text.loan" not in relations.text_evidence("Velmora bought a stake of 12 per cent in 2015.", "investor")


def test_an_asset_sale_weakens_a_customer_or_a_supplier():
    assert "text.asset" in relations.text_evidence("In 2019 it sold its data centres to Orvane Capital.", "customer")
    assert "text.asset" in relations.text_evidence(
        "In 2009 it sold the tanker Aldora to Brightsea Shipping for $31 million.", "customer")
    assert "text.asset" in relations.text_evidence(
        "A paper mill at Lenby was bought from Kessel Holdings for €40 million in 2003.", "supplier")
    # a sale of goods and a purchase of supplies are not an asset's
    assert "text.asset" not in relations.text_evidence("Its trams are sold to the cities of Tarno and Vell.", "customer")
    assert "text.asset" not in relations.text_evidence("Steel is bought from Orsa Works.", "supplier")
    assert "text.asset" not in relations.text_evidence("In 2019 it sold its data centres to Orvane Capital.", "partner")


def test_a_plain_supply_sentence_keeps_its_features():
    assert relations.text_evidence("A supply agreement with Orsa Works was signed.", "supplier") == {"text.deal"}
    assert relations.text_evidence("Steel is bought from Orsa Works.", "supplier") == frozenset()
