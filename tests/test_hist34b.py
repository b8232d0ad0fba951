"""History extractor, round 34 branch hist34b (issue 14): precision of ownership, finance and
insolvency events on new text; each rule on sentences written for the test (invented companies and
people)."""

from __future__ import annotations

from kg.text.sentences import split_sentences
from tests.test_history_round10 import _types

# ---------------------------------------------------------------- the Croatian and Slovenian "d.d." closes a name


def test_a_name_closed_by_d_d_ends_its_sentence_before_a_capital():
    text = "In 1994 it was registered under the name Brodomont d.d. Under a new law, the state fund took its shares."
    assert len(split_sentences(text)) == 2
    assert _types("On 2 March 1994 the enterprise was registered as a joint-stock company under the name Acme d.d. "
                  "Under the privatisation law, the state fund received 30 per cent of its shares and the employees "
                  "bought the rest.")[0] == ("rename", "1994-03-02")
    # a name goes on after it in lower case or with another form word
    assert len(split_sentences("The yard, Brodomont d.d. of Rijeka, was sold in 2001.")) == 1


# ---------------------------------------------------------------- an owner's stake in the company sold to a buyer


def test_an_owner_selling_its_stake_in_the_company_named_by_its_name_is_the_company_bought():
    assert _types("In May 2009 the ÖIAG sold its 38.6 per cent of Acme to Brisk Holding for €61 million.") == [
        ("acquisition", "2009-05")]
    assert _types("The state property fund sold its shares in 2004 to the Austrian group Brisk Holding.") == [
        ("acquisition", "2004")]
    # what the company itself sold stays its divestiture
    assert _types("In 2015 Acme sold its 60 per cent of Orrin Coatings to Tarn Industrie for €4 million.") == [
        ("divestiture", "2015")]


def test_an_owner_selling_the_company_s_shares_to_the_public_is_its_listing():
    assert [t for t, _ in _types("In June 2006 the state holding sold 30 per cent of Acme's shares to the public at "
                                 "9.5 dinars a share.")] == ["ipo"]


# ---------------------------------------------------------------- renames of what is not the company


def test_an_office_renamed_is_no_rename_of_the_company():
    assert _types("Jana Holub succeeded Petr Novak as general manager in March 2019, when the post was renamed "
                  "chief executive.") == [("leadership_change", "2019-03")]
    # the company renamed in the same words stays a rename
    assert ("rename", "2019-03") in _types("In March 2019 the company was renamed Acme Foods.")


def test_a_named_unit_renamed_in_a_sentence_of_a_purchase_is_no_rename_of_the_company():
    assert _types("In June 2011 Acme bought Brisk Rubber's 45 per cent of the joint venture for US$6 million, and "
                  "the Kandy business was renamed Acme Medical.") == [("acquisition", "2011-06")]
    assert ("rename", "2011-06") in _types("In June 2011 Acme bought Brisk Rubber, and the company was renamed "
                                           "Acme Brisk.")


# ---------------------------------------------------------------- bonds listed on an exchange


def test_bonds_listed_in_a_relative_clause_are_no_listing_of_the_company():
    assert "ipo" not in [t for t, _ in _types(
        "The bank loan was repaid in May 2021 from the proceeds of RO 30 million of green sukuk, which were "
        "arranged by Brisk Capital and listed on the Muscat Stock Exchange.")]
    assert ("ipo", "2021-05") in _types("In May 2021 the company's shares, which were offered at 120 baisas, were "
                                        "listed on the Muscat Stock Exchange.")
