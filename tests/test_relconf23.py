"""Round 23: sentence features of the relations' confidence (kg/extractors/relations.py, text_evidence)."""

from __future__ import annotations

import pytest

from kg.extractors.relations import text_evidence


@pytest.mark.parametrize("text, family", [
    ("Its shares have been listed on the Lagos Stock Exchange since 1994, and Ferrovia Holdings signed on as a partner.", "partner"),
    ("It raised $40 million in 2011 in an offering sponsored by Harbour Merchant Bank.", "partner"),
    ("A private placement led by Northgate Capital was completed in March 2019.", "partner"),
    ("The initial public offering, managed by Kestrel Securities, raised NT$900 million.", "customer"),
    ("Shares were sold in a rights issue in 2020, with Tamsin Advisory as its adviser.", "partner"),
])
def test_listing_sentence_marks_partner_or_customer(text, family):
    assert "text.listing" in text_evidence(text, family)


@pytest.mark.parametrize("text, family", [
    # the underwriter of an offering is a supplier, the buyer in a placement an investor: not marked
    ("Its initial public offering was underwritten by Orbis Securities.", "supplier"),
    ("In 2015 Pelham Capital bought 12 per cent in a private placement.", "investor"),
    # no listing or offering of shares: a product offering, an exchange of know-how
    ("Its cloud offering is sold with Northwind Systems as a partner.", "partner"),
    ("The company has an exchange programme with Aalto University.", "partner"),
])
def test_listing_not_read_elsewhere(text, family):
    assert "text.listing" not in text_evidence(text, family)


@pytest.mark.parametrize("text", [
    "A syndicated working-capital facility from Harbor Bank and Union Bank followed in 2021.",
    "In 2018 it signed a revolving facility of €200 million with Nordbank.",
    "The expansion was paid for by an overdraft from the Bank of Kigali.",
    "A bridge facility from Meridian Bank covered the purchase.",
])
def test_credit_facility_by_its_kind_is_a_loan(text):
    assert "text.loan" in text_evidence(text, "investor")
    assert "text.loan" not in text_evidence(text, "lender")


@pytest.mark.parametrize("text", [
    "Its production facility in Ghent was built by Besix.",
    "The company opened a long-term storage facility at Rotterdam with Vopak.",
    "A test facility was set up with the University of Twente.",
])
def test_plant_called_a_facility_is_no_loan(text):
    assert "text.loan" not in text_evidence(text, "investor")


# history events: a sale or purchase of shares told with the listing of the company's shares
# (kg/extractors/event_confidence.py, "listed")

@pytest.mark.parametrize("text", [
    "Its shares moved to the main board of the Lagos Stock Exchange in 2004, in an offering that raised ₦3 billion.",
    "The bank sold a fifth of its holding when the shares began trading on the Warsaw Stock Exchange in 2011.",
    "Norvale returned to the Nasdaq in 2015 and its shares were quoted on the Tallinn Exchange a year later.",
    "Twenty per cent of the shares were sold to the public, and trading began in March 1998.",
])
def test_listing_of_shares_is_read(text):
    from kg.extractors.event_confidence import sentence_evidence

    assert sentence_evidence(text)["listed"]


@pytest.mark.parametrize("text", [
    "The fund invested $40 million in exchange for a quarter of its shares.",
    "In 2021 it issued ₱5 billion of bonds listed on the Philippine Stock Exchange.",
    "In 2019 it raised €30 million in a rights issue.",
])
def test_no_listing_of_shares(text):
    from kg.extractors.event_confidence import sentence_evidence

    assert not sentence_evidence(text)["listed"]


def test_listed_counts_only_for_share_deals():
    from kg.extractors.event_confidence import Evidence, features

    assert features(Evidence("funding_round", listed=True))["listed"] == 1.0
    assert features(Evidence("ipo", listed=True))["listed"] == 0.0
    assert features(Evidence("funding_round"))["listed"] == 0.0
