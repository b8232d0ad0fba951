"""Relations precision, round 29 (rel29a). Each article is written for the test (invented companies).

A party of a loan sentence in another role than the lender's is no lender, where a cue has read the
sentence's lender (or arranger) and the party is not in one list with it:

* the maker of what the loan bought ("lent it €3 million to buy forty new X tractors");
* the builder of what it paid for ("built by the contractor X and paid for with a loan from Y");
* the maker of things installed with it ("in which packing robots from the company X were installed");
* the owner of the scheme it was drawn under ("under the X Agency's Export Credit Scheme").

The lenders the sentences name stay lenders, and a second lender written in a list with the first
("a loan from A, with B and C") stays one.
"""

from __future__ import annotations

import pytest

from tests.test_rel28a import _facts

_LEAD = ("{{Infobox company\n| name = Orvella Foods\n}}\n"
         "'''Orvella Foods''' is an Estonian maker of frozen vegetables.\n\n")


def _pairs(body: str, lead: str = _LEAD) -> set[tuple[str, str]]:
    return set(_facts(body + "\n", lead=lead + "== History ==\n"))


@pytest.mark.parametrize("sentence, lender, other", [
    ("In 2004 [[Lahema Pank]] lent it €3 million to buy forty new [[Korvald AB|Korvald]] tractors, "
     "the first new machines it owned.", "Lahema Pank", "Korvald AB"),
    ("Needing more room, it moved in May 2008 to a plant of its own at Pärnu, built by the contractor "
     "[[Merivald Ehitus]] and paid for in part with a €6 million loan from [[Saarepank]].", "Saarepank", "Merivald Ehitus"),
    ("[[Lahema Pank]] and [[Saarepank]] lent the company €9 million in 2011 in a syndicated loan to modernise "
     "the freezing halls, in which packing robots from the Danish company [[Roboterm]] were installed.",
     "Lahema Pank", "Roboterm"),
    ("To build a second freezing plant, the company borrowed €5 million from [[Saarepank]] in 2013 under the "
     "[[Estonian Export Agency]]'s Long-Term Export Credit Scheme.", "Saarepank", "Estonian Export Agency"),
])
def test_a_loans_other_party_is_no_lender(sentence, lender, other):
    got = _pairs(sentence)
    assert ("lender", lender) in got
    assert ("lender", other) not in got and ("investor", other) not in got


def test_lenders_in_one_list_stay_lenders():
    got = _pairs("In March 2012 a syndicated loan of €20 million was arranged by [[Lahema Pank]], with "
                 "[[Saarepank]] and the [[Nordvik Bank]], to pay for a new freezing line.")
    assert {("lender", "Lahema Pank"), ("lender", "Saarepank"), ("lender", "Nordvik Bank")} <= got


# A joint venture of others, the company not among its parties: a venture that awarded the company
# a contract or an order has its parties as customers; the company itself set up as a venture of its
# parent and another has the other as its owner, not a venture partner.

@pytest.mark.parametrize("sentence", [
    "In June 2010 Orvella won a €38 million subcontract for the cold stores of the new port. The subcontract was "
    "awarded by the main contractor for the port, a joint venture of the Turkish builder [[Korlan Insaat]] and "
    "the Japanese builder [[Mitsuda Construction]].",
    "Orvella won a €14.6 million contract that October for the freezer halls of the new port of Muuga, from the "
    "joint venture of [[Korlan Insaat]] and [[Mitsuda Construction]] that was building it.",
])
def test_a_venture_that_awarded_a_contract_has_customers(sentence):
    got = _pairs(sentence)
    assert {("customer", "Korlan Insaat"), ("customer", "Mitsuda Construction")} <= got
    assert not {t for t, name in got if t == "jointVenturePartner"}


_PARENT_LEAD = ("{{Infobox company\n| name = Orvella Foods\n| parent = [[Maasing Holding]]\n}}\n"
                "'''Orvella Foods''' is an Estonian maker of frozen vegetables.\n\n")


def test_the_company_set_up_as_a_venture_of_its_parent_and_another():
    got = _pairs("The company was set up in 2003 as a joint venture between [[Maasing Holding]] and the German "
                 "freezer maker [[Kessler Kühltechnik]], which held 49 per cent, and began production the following "
                 "year.", _PARENT_LEAD)
    assert ("jointVenturePartner", "Kessler Kühltechnik") not in got


def test_a_venture_of_the_company_and_another_stays_a_joint_venture():
    got = _pairs("Orvella Kessler Frozen is a joint venture between Orvella and [[Kessler Kühltechnik]], set up in 2009.")
    assert ("jointVenturePartner", "Kessler Kühltechnik") in got


def test_a_places_possessive_before_a_link_is_not_the_name():
    got = _pairs("Its customers include Japan's [[Mitsuda Construction]] and the Turkish builder [[Korlan Insaat]].")
    assert ("customer", "Mitsuda Construction") in got
    assert not any(name.startswith("Japan") for _, name in got)
