"""History recall of money events, round 32, second pass (issue 14, branch hist32d): grants to the
company's trust or programme, a grant extended by a sum, a loan whose lender then bought shares, a
lender named with its short name in brackets, and a second funder's loan in the sentence of a grant;
each rule on sentences written for the test (invented companies)."""

from __future__ import annotations

from tests.test_hist32a import _read as _read_article


def _read(text: str) -> list[tuple[str, str]]:
    return _read_article(text, "Lindale Microfinance", "a microfinance bank")


def test_a_grant_to_the_trust_for_its_programme_is_a_funding_round():
    assert _read("In 1998 the Nordic Aid Agency granted the trust £250,000 for the programme's first two "
                 "years.") == [("funding_round", "1998")]
    # land granted is no funding
    assert _read("In 1891 the colonial government granted the trust 4,000 acres of land for the mission.") == []


def test_a_grant_extended_by_a_sum_is_a_funding_round():
    assert _read("In 2003 the new ministry extended its grant by £300,000 to 2006.") == [("funding_round", "2003")]
    # a grant the company gives to another named body is not its own funding
    assert _read("In 2004 the bank increased its grant by €200,000 to Harwell University.") == []
    assert _read("In 2004 the council increased its land grant by 400 hectares.") == []


def test_a_loan_from_a_body_named_with_its_short_name_in_brackets_takes_the_date_before():
    assert ("funding_round", "2016-05") in _read(
        "In May 2016 it opened its first branch in Zomba. The Eastern Africa Trade Bank (EATB) lent Lindale "
        "US$9 million towards the branches that followed.")


def test_a_lender_that_lent_and_then_bought_shares_tells_both():
    got = _read("The Alder Development Finance Company lent Lindale US$14 million in 2018 for new "
                "branches, and bought 8 per cent of the shares from the founders for US$5 million.")
    assert ("funding_round", "2018") in got
    # a purchase paid for by a loan stays the purchase alone
    assert _read("In 2012 Lindale bought the Mangochi branch network for MK2 billion, financed by a loan "
                 "from Standard Bank Malawi.") == [("acquisition", "2012")]


def test_a_second_funder_lending_in_the_sentence_of_a_grant_is_a_loan_of_its_own():
    assert _read("In 1996 the [[Overseas Cooperation Administration]] granted the trust £300,000 for the "
                 "programme's first three years, and Graanfonds lent it 500,000 guilders, free of interest, "
                 "as a revolving fund.") == [("funding_round", "1996"), ("funding_round", "1996")]
    # an agency called an administration lends: no insolvency
    assert _read("In 2007 the [[Rural Credit Administration]] lent it US$3 million for new branches.") \
        == [("funding_round", "2007")]
    # a second lender after a loan is the same occasion
    assert _read("In 2001 Graanfonds lent it €2 million for new branches, and Kessel Bank lent a further "
                 "€1 million alongside it.") == [("funding_round", "2001")]
    # the company that lends to its own clients is no second loan
    assert _read("In 2001 Graanfonds lent it €2 million for the branches, and Lindale lent €1 million to its "
                 "members.") != [("funding_round", "2001"), ("funding_round", "2001")]
