"""History extractor, round 34 branch hist34a (issue 14): recall of operations events (commissioning,
closures, firsts) on new text; each rule on sentences written for the test (invented companies and
places)."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- commercial operation of a plant


def test_a_plant_entering_commercial_operation_is_an_expansion():
    assert _types("The Orrin Dam entered commercial operation on 4 May 2012, a year late.") == [
        ("expansion", "2012-05-04")]
    assert _types("Work was slowed by the floods, but it entered commercial operation on 1 March 2018, doubling "
                  "the plant's output.") == [("expansion", "2018-03-01")]
    assert _types("The plant finally declared its commercial operation date on 9 June 2007.") == [
        ("expansion", "2007-06-09")]
    # plans and an airline's start of operations are not the idiom
    assert _types("The plant was due to enter commercial operation in 2019.") == []
    assert _types("Brisk Air began commercial operations in 1995.") == []


# ---------------------------------------------------------------- a cause that led the company to close a unit


def test_a_cause_that_led_or_forced_the_company_to_close_a_unit_is_a_divestiture():
    assert _types("The slump in orders led the company to close the cotton-glove lines at Orrin in May 2010.") == [
        ("divestiture", "2010-05")]
    assert _types("Falling wool prices forced the company to close the Brisk mill in 1987.") == [
        ("divestiture", "1987")]
    # another party that closed it, a closure for some weeks and a plan are not
    assert _types("Fumes from its dye works led the Ministry of Health to close the plant in 2018.") == []
    assert _types("A drought in 2011 forced the company to close the Orrin mill for six weeks.") == []
    assert _types("The company planned to close the Orrin plant in 2016.") == []


# ---------------------------------------------------------------- an authority that shut a unit


def test_a_unit_shut_by_an_authority_is_no_divestiture():
    assert _types("In 2022 the food-safety authority fined Orrin Foods and shut its Brisk factory after dozens of "
                  "guests fell ill.") == [("fine", "2022")]
    assert _types("In 2013 inspectors of the Ministry of Labour shut the Brisk plant after an ammonia leak.") == [
        ("fine", "2013")]
    # the company's own closure stays one
    assert _types("In 2022 the company closed its Brisk factory.") == [("divestiture", "2022")]


# ---------------------------------------------------------------- a caterer's kitchen closed


def test_a_kitchen_the_company_closed_is_a_divestiture():
    assert _types("It closed the Orrin kitchen in 2016.") == [("divestiture", "2016")]
    assert _types("In 2011 the old kitchen at Brisk was closed and its work moved to Orrin.") == [
        ("divestiture", "2011")]
    # closed for some days by an inspector: no
    assert _types("In 2010 the health council closed the camp kitchen for 21 days.") == []


# ---------------------------------------------------------------- the first goods off a line


def test_the_first_goods_that_came_off_a_line_are_a_product_launch():
    assert _types("The first rubber boots came off a converted Orrin line in May 2004.") == [
        ("product_launch", "2004-05")]
    assert _types("Its first tractors rolled off an assembly line at Brisk in 1961.") == [("product_launch", "1961")]
    # a ship that left a port is not
    assert _types("The first ship left a Brisk port in 1990.") == []


# ---------------------------------------------------------------- a closure from one date until another


def test_a_unit_closed_from_one_date_until_another_is_no_divestiture():
    assert _types("The company laid up its trawlers and shut its sawmills from December 2003 until July 2004.") == []
    assert _types("The company closed its Orrin and Brisk sawmills from May to October 2019, its longest "
                  "stoppage since 1998.") == []
    # a closure with a date, and a move from one place to another, stay
    assert _types("The company closed its Orrin plant in 2009 and moved its work from Orrin to Brisk.") == [
        ("divestiture", "2009")]
