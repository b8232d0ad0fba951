"""History extractor, round 18 (issue 14): a line of goods or a market given up, units closed
that the older triggers did not name (a foundry, a hall), a unit closed told by 'it' in a clause
of its own, ships sold for scrap, and the court and creditor steps of an insolvency; each rule on
sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ------------------------------------------------ a line of goods or a market given up


def test_a_line_of_goods_given_up_is_a_divestiture():
    assert _types("In 1988 Acme stopped making typewriters.") == [("divestiture", "1988")]
    assert _types("The mill ceased spinning cotton yarn in 1971.") == [("divestiture", "1971")]
    assert _types("Television production was abandoned in 1979.") == [("divestiture", "1979")]


def test_a_market_given_up_is_a_divestiture():
    assert _types("In May 2014 the company stopped shipping its wines to Canada.") == [("divestiture", "2014-05")]
    assert _types("In 2003 Acme stopped all exports to Iran.") == [("divestiture", "2003")]
    assert _types("Exports to Libya, its largest market, ended in 2011 with the war.") == [("divestiture", "2011")]
    assert _types("In 1999 it stopped selling its paints in Japan.") == [("divestiture", "1999")]
    assert _types("The firm opened a depot in Lagos in 2008, but it ended its operations there in 2015.") == [
        ("expansion", "2008"), ("divestiture", "2015")]


def test_a_pause_or_a_product_dropped_is_no_divestiture():
    assert "divestiture" not in [t for t, _ in _types("In 2012 the plant stopped making engines for three weeks.")]
    assert "divestiture" not in [t for t, _ in _types("In 2017 Acme temporarily stopped shipping to Chile.")]
    assert "divestiture" not in [t for t, _ in _types("In 2020 Acme stopped selling new perpetual licences.")]


# ------------------------------------------------ units closed, ships scrapped


def test_a_foundry_or_a_hall_closed_is_a_divestiture():
    assert _types("The Brno foundry was shut in 1996.") == [("divestiture", "1996")]
    assert _types("In 2009 the company closed its assembly hall in Pilsen.") == [("divestiture", "2009")]


def test_a_unit_closed_in_a_clause_of_its_own_told_by_it():
    assert _types("A branch in Perth opened in 2001; it was closed three years later.") == [
        ("expansion", "2001"), ("divestiture", "2004")]
    assert _types("The smokehouse lost its supply when the cod failed, and it was closed in 1992.") == [
        ("divestiture", "1992")]


def test_one_closure_told_in_two_undated_clauses_is_one_event():
    assert _types("In 2004 the company stopped making shoes and closed its stitching hall.") == [
        ("divestiture", "2004")]


def test_ships_sold_for_scrap_are_a_divestiture():
    assert _types("The Acme Star was sold for scrap in 2011.") == [("divestiture", "2011")]
    assert _types("In 2009 the company sold its three oldest tankers for scrap.") == [("divestiture", "2009")]


# ------------------------------------------------ court and creditor steps of an insolvency


def test_a_court_case_or_order_of_an_insolvency_is_a_bankruptcy():
    assert _types("On June 2, 2019, Acme filed a voluntary Chapter 11 case in Houston.") == [
        ("bankruptcy", "2019-06-02")]
    assert _types("In May 2020 the grocer obtained an initial order under the CCAA from the Ontario court.") == [
        ("bankruptcy", "2020-05")]
    assert _types("In 2015 the firm asked the regional court in Maribor to open compulsory settlement proceedings.") == [
        ("bankruptcy", "2015")]


def test_creditors_voting_for_a_settlement_is_a_bankruptcy_step():
    assert _types("In April 2016 the creditors, led by two state banks, voted for a settlement.") == [
        ("bankruptcy", "2016-04")]
    assert _types("The creditors approved the arrangement in March 1998.") == [("bankruptcy", "1998-03")]


def test_two_steps_of_one_insolvency_in_a_year_are_two_events():
    assert _types("Acme asked the court to open compulsory settlement proceedings in March 2014. "
                  "In September 2014 the creditors voted for a settlement.") == [
        ("bankruptcy", "2014-03"), ("bankruptcy", "2014-09")]


def test_creditors_approving_a_sale_is_no_bankruptcy_step():
    assert "bankruptcy" not in [t for t, _ in _types("In 2011 the creditors approved the sale of the plant.")]


# ------------------------------------------------ sales told with an apposition or a count


def test_a_sale_agreed_with_an_apposition_before_the_buyer_is_a_divestiture():
    assert _types("In May 2017 Acme agreed to sell its reinsurance book, with reserves of about €2 billion, "
                  "to Swiss Re.") == [("divestiture", "2017-05")]


def test_a_counted_or_partial_sale_of_units_to_a_buyer_is_a_divestiture():
    assert _types("In March 2012 the group sold three of its hotels to Marriott.") == [("divestiture", "2012-03")]
    assert _types("In 1999 it sold another four to Tesco.") == [("divestiture", "1999")]
    assert _types("In 2004 Acme sold 40 per cent of the Tula plant to Rusal.") == [("divestiture", "2004")]


def test_a_stake_in_the_company_sold_by_its_owners_stays_an_acquisition():
    assert _types("In 2010 the founders sold 25 per cent of the company to Actis.") == [("acquisition", "2010")]


# ------------------------------------------------ court cases told in the history


def test_a_case_lost_fought_or_appealed_is_a_lawsuit():
    assert _types("In 2014 Acme lost a copyright case brought by Getty Images.") == [("lawsuit", "2014")]
    assert _types("In 2020 it fought a court case with its former distributor, Bolt.") == [("lawsuit", "2020")]
    assert _types("Acme's appeal was rejected by the Borgarting Court of Appeal in May 2019.") == [
        ("lawsuit", "2019-05")]
    assert _types("In 2017 the firm filed a patent suit against Huawei.") == [("lawsuit", "2017")]


def test_a_dispute_in_court_since_a_year_is_a_lawsuit_of_that_year():
    assert _types("The town of Marl has been in a dispute with the company over noise since 2016.") == [
        ("lawsuit", "2016")]
    assert _types("The town has been in court with the company over its water rights since 2009.") == [
        ("lawsuit", "2009")]
