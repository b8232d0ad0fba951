"""History extractor, round 29 branch hist29a (issue 14): precision and types on new text; each
rule on sentences written for the test (invented companies and people)."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- goods told with a participle "bought from / with / in"


def test_goods_told_with_a_participle_bought_are_no_acquisition():
    assert _types("In 1991 Acme began hauling copper with three used trucks bought with the founders' savings.") == []
    assert _types("Production began in March 1999 with two moulding lines bought from the machine maker "
                  "Orrin Works.") == []
    assert _types("In 2005 the company started making cables, wound from copper wire bought from Quarrow "
                  "Metals.") == [("product_launch", "2005")]
    # told in a relative clause without "that": "a mill he had bought in ..."
    assert _types("On 3 November 1947 Tomas Orrin, a grain merchant, began pressing olives in a stone mill he had "
                  "bought in the old quarter of Brisk, selling the oil to traders.") == []


def test_a_purchase_told_in_the_active_stays_an_acquisition():
    assert _types("In 2010 Acme bought Quarrow Foods from Orrin Group.") == [("acquisition", "2010")]
    assert _types("In 2010 the company bought from Orrin Group its half of the venture.") == [("acquisition", "2010")]
    assert _types("The stake bought from Orrin in 2010 was sold in 2015.") == [("acquisition", "2010")]


# ---------------------------------------------------------------- a wish or a search is no event


def test_a_wish_or_a_search_told_before_the_trigger_is_no_event():
    assert _types("In 2015 Orrin Metals wanted to buy the company.") == []
    assert _types("Around 2001 he began to look for a European partner with which to build plants in the "
                  "north.") == []
    # the deal itself, told after the search, stays
    assert _types("In 2003 Acme formed a joint venture with Orrin Metals.") == [("joint_venture", "2003")]


# ---------------------------------------------------------------- another party's debts are not the company's


def test_debts_of_another_party_are_no_debt_restructuring_of_the_company():
    assert _types("Acme moved into leather in May 2010, buying Quarrow Tanning, a tannery in Brisk that had "
                  "defaulted on its bank loans.") == [("acquisition", "2010-05")]
    assert _types("In 2019 Acme restructured the loans of some 30,000 borrowers.") == []
    # the company's own debts stay
    assert _types("In 2011 the company restructured its bank loans.") == [("other", "2011")]
    assert _types("Acme defaulted on its bonds in 2015.") == [("other", "2015")]
