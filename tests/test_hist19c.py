"""History extractor, round 19 (issue 14): loans told with their sum and lender in more wordings,
each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ------------------------------------------------ a loan's sum with a decimal point, a sum in trillions


def test_a_loan_of_a_sum_with_a_decimal_point_from_a_lender_is_a_funding_round():
    assert _types("In 1974 the dairy got a loan of 2.5 million marks from the [[Landesbank Hessen]].") == [
        ("funding_round", "1974")]
    assert _types("A loan of US$1.25 billion from [[Mizuho Bank]] followed in March 2016.") == [
        ("funding_round", "2016-03")]
    assert ("funding_round", "1988") in _types(
        "In 1988 it opened a plant at Tema, paid for with a loan of 4.2 million cedis from the [[Ghana Commercial Bank]].")


def test_a_sum_in_trillions_lent_or_sold_as_bonds_is_a_funding_round():
    assert _types("In 2019 [[Bank Mandiri]] lent the company Rp 2.1 trillion for its smelter.") == [
        ("funding_round", "2019")]
    assert _types("In May 2021 it borrowed ₩1.4 trillion from a group of Korean banks.") == [
        ("funding_round", "2021-05")]
    assert _types("In June 2018 the group sold Rp 3 trillion (US$210 million) of seven-year bonds to local funds.") == [
        ("funding_round", "2018-06")]
    assert _types("In 2020 it issued ¥1 trillion of bonds.") == [("funding_round", "2020")]


# ------------------------------------------------ a successor named after a date: "was succeeded in May 2010 by X"


def test_succeeded_or_replaced_with_a_date_before_the_successor_is_a_leadership_change():
    assert _types("Olsen was succeeded in May 2010 by Ingrid Berg, the head of its Swedish arm.") == [
        ("leadership_change", "2010-05")]
    assert _types("In March 2015 the board met. Moreau resigned the same month and was replaced in June by "
                  "Claire Dubois, formerly of [[Danone]].") == [("leadership_change", "2015-06")]
    assert _types("Hale retired at the end of 2003 and was succeeded on February 2, 2004, by Tom Reyes.") == [
        ("leadership_change", "2004-02-02")]
    assert _types("She was replaced in September 1998 by Karl Lund, the finance director.") == [
        ("leadership_change", "1998-09")]


def test_a_thing_replaced_at_a_date_by_something_is_no_leadership_change():
    assert _types("The old kiln was built in 1950 and was replaced in 1988 by a gas-fired one.") != [
        ("leadership_change", "1988")]
    assert "leadership_change" not in [t for t, _ in _types(
        "The brand was launched in 2001 and was replaced in 2009 by the Vita range.")]


# ------------------------------------------------ a new name with its legal form: "the company became X Ltd."


def test_the_company_becoming_a_name_with_a_legal_form_is_a_rename():
    assert _types("In 1999 the group became Tellura Holdings plc.") == [("rename", "1999")]
    assert _types("In 1998 it became Norsk Kjøtt AS.") == [("rename", "1998")]
    assert _types("The partnership became Halden & Moss, Inc. in 1985.") == [("rename", "1985")]
    # a coordinated passive with an irregular participle is a predicate of its own
    assert ("rename", "2012-03") in _types(
        "The firm became Kestor Pay Ltd. in March 2012, and was chosen by [[Barclays]] that year as a partner.")


def test_becoming_a_named_company_s_customer_or_subsidiary_is_no_rename():
    assert "rename" not in [t for t, _ in _types("In 2004 the firm became Valvex GmbH's largest customer.")]
    assert "rename" not in [t for t, _ in _types("In 2004 the firm became a subsidiary of Valvex GmbH.")]
    assert "rename" not in [t for t, _ in _types("In 2004 it became Europe's largest maker of valves.")]


def test_taking_its_present_name_is_a_rename():
    assert _types("The bank was privatised in 1996, taking its present name, Banca Orion S.A.") == [("rename", "1996")]
    assert _types("In 2003 the society changed its statutes, taking its current name.") == [("rename", "2003")]
    assert _types("It was registered again in 1994, taking its current name.") == [("rename", "1994")]


# ------------------------------------------------ a line of business given up


def test_a_product_or_business_given_up_is_a_divestiture():
    assert _types("Tobacco, its first crop, was given up in 1961.") == [("divestiture", "1961")]
    assert _types("In 1977 the cinema business was given up.") == [("divestiture", "1977")]
    assert _types("Radios, which sold poorly after 1980, were finally given up in 1984.") == [("divestiture", "1984")]


def test_a_plan_or_a_bid_given_up_is_no_divestiture():
    assert _types("The plan to build a second mill was given up in 1984.") == []
    assert _types("The bid for Valvex was finally given up in 2002.") == []
    assert _types("The post of general manager was given up in 1990.") == []


# ------------------------------------------------ a partnership as the new legal form, with a name


def test_a_business_turned_into_a_named_partnership_is_a_rename():
    assert _types("In 1921 the brothers converted the firm into a limited partnership, Berg & Co. KG.") == [
        ("rename", "1921")]
    assert _types("In 1955 the shop was transformed into a partnership named Olsen Brothers.") == [("rename", "1955")]
    assert _types("On 2 May 1908 Ito turned the brewery into a limited partnership, Ito Shuzo Goshi-gaisha.") == [
        ("rename", "1908-05-02")]
    # a partnership with someone is no new name
    assert "rename" not in [t for t, _ in _types("In 1955 the shop was transformed into a partnership with two cousins.")]


def test_the_lender_named_after_a_loan_of_a_sum_is_its_participant():
    from tests.test_history_rules import _events
    events = _events("==History==\nThe line, which cost €90 million, was financed with a loan of €4.5 million from the "
                     "[[Nordic Investment Bank]] and a €60 million syndicated loan arranged by [[Nordea]] in 2011.\n")
    assert [e.type for e in events] == ["funding_round"]
    assert [p.entity.label for p in events[0].participants] == ["Nordic Investment Bank", "Nordea"]
