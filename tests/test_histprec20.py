"""History extractor, round 20 (issue 14): precision on unseen text; each rule on sentences
written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types


def test_another_partys_deal_in_a_temporal_clause_is_background():
    # the subject of the "when"/"after"/"since" clause is not the company: its deal is not the company's
    assert ("divestiture", "1987") not in _types(
        "Acme leased its first sawmill in 1987, when the provincial government sold its mills to private owners.")
    assert ("merger", "2004") not in _types(
        "From 1999 Acme supplied the regional carrier, and after the carrier merged with Nordflug in 2004 it "
        "serviced the combined fleet.")
    assert ("merger", "2012") not in _types(
        "Acme ran the terminal for Baltic Lines under a ten-year contract; after Baltic Lines' merger with "
        "Seaway in 2012 the contract was extended.")
    assert ("acquisition", "1995") not in _types(
        "Its first export order came in 1995, when the University of Leeds bought two spectrometers for its "
        "chemistry department.")


def test_the_companys_own_deal_in_a_temporal_clause_stays():
    assert ("acquisition", "2004") in _types("Acme grew quickly after 2000; in 2004, when it bought Bolt Tools, "
                                             "it doubled its sales.")
    assert ("acquisition", "2004") in _types("Acme doubled its sales in 2004, when Acme bought Bolt Tools.")
    assert ("acquisition", "2010") in _types("The group grew rapidly in 2010, when the company acquired Bolt Tools.")


def test_a_stake_bought_in_a_temporal_clause_is_the_companys():
    # "a controlling stake", "51 per cent": the stake is in the company, bought by the investor
    types = _types("Acme was privatised in 1996, when Kestrel Holdings bought a controlling stake.")
    assert any(y == "1996" for _, y in types)
    types = _types("The state kept the rest until 2003, when Bolt Partners bought 40 per cent of the shares.")
    assert any(y == "2003" for _, y in types)
