"""Event participants, round 32 (issue 14): a currency linked once in the article (the infobox's
"[[Central African CFA franc|FCFA]]") and written again by its sign in a history sentence is the
money of an amount, never a party of the event. The participant reader asked pycountry's names
only ("CFA Franc BEAC"); it now also asks the CLDR's English names of two words or more, as the
controversies' parties already did."""

from __future__ import annotations

from tests.test_history_rules import _events

LEAD = ("'''Mbanga Estates''' is a rubber grower in [[Cameroon]]. Its revenue was "
        "[[Central African CFA franc|FCFA]] 20 billion in 2020.\n\n== History ==\n")


def _parties(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.type, p.entity.title or p.entity.label, p.role)
            for e in _events(text + "\n", title="Mbanga Estates", lead=LEAD) for p in e.participants]


def test_a_currency_written_by_its_sign_is_no_lender():
    assert _parties("In 1980 the [[Agence Française de Développement]], the French aid agency, lent it "
                    "FCFA 4.8 billion to extend its plantings.") == [
        ("funding_round", "Agence Française de Développement", "investor")]


def test_a_currency_is_no_target_of_a_purchase_but_the_seller_stays():
    parties = _parties("In April 2008 the company bought Kumba Palm Estates Ltd from the [[Ndoko family]] "
                       "for FCFA 3.6 billion.")
    assert all(title != "Central African CFA franc" for _, title, _ in parties), parties
    assert ("acquisition", "Ndoko family", "seller") in parties, parties
