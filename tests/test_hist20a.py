"""History extractor, round 20 (issue 14): type confusions, an event found on the right sentence
and year with the wrong type; each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_hist17a import _history
from tests.test_history_rules import _roles, _summary


def test_a_joint_laboratory_with_a_partner_is_a_partnership():
    evs = _history("In 2012 the company and [[Tartu University]] opened a joint photonics laboratory.")
    assert _summary(evs) == [("partnership", "2012")]
    assert ("Tartu University", "partner") in _roles(evs[0])
    assert _summary(_history("With [[Delft University of Technology]] it set up a laboratory for cable "
                             "testing in 2004.")) == [("partnership", "2004")]
    assert _summary(_history("In 2015 it opened a research centre in Espoo with [[Aalto University]].")) \
        == [("partnership", "2015")]
    assert _summary(_history("In 2009 the firm and the [[Fraunhofer Institute]] established a joint lab "
                             "for coatings.")) == [("partnership", "2009")]


def test_a_laboratory_of_its_own_stays_an_opening():
    assert _summary(_history("In 2011 it opened a laboratory in Leeds.")) == [("expansion", "2011")]
    assert _summary(_history("In 2016 the company opened a test laboratory with 40 staff in Lyon.")) \
        == [("expansion", "2016")]
    assert _summary(_history("The Acme-Tartu Joint Lab has published more than 100 papers since 2014.")) == []


def test_an_opening_under_an_agreement_or_by_a_venture_is_the_opening():
    assert _summary(_history("The company opened a vaccine filling plant at Sadat City in 2019 under a "
                             "technology-transfer agreement with [[Sanofi]].")) == [("expansion", "2019")]
    assert _summary(_history("In 2014 it built a bottling plant in Kumasi under a licence agreement with "
                             "[[Diageo]].")) == [("expansion", "2014")]
    assert _summary(_history("A container terminal at Lobito, in Angola, was opened in May 2020 by a joint "
                             "venture with the state-owned [[Porto do Lobito]].")) == [("expansion", "2020-05")]
    assert _summary(_history("In 2010 a second terminal was commissioned at Tema by a joint venture with "
                             "[[APM Terminals]].")) == [("expansion", "2010")]


def test_the_agreement_or_venture_itself_stays():
    assert _summary(_history("In 2005 it signed a supply agreement with [[Tesco]].")) == [("partnership", "2005")]
    assert _summary(_history("In 2005 it formed a joint venture with [[Tesco]] under an agreement with the "
                             "state.")) == [("joint_venture", "2005")]
    assert _summary(_history("In 1999 it worked under a contract with [[Shell]].")) == [("partnership", "1999")]


def test_another_party_buying_or_selling_the_companys_goods_is_a_sale_to_a_customer():
    evs = _history("Under a distribution agreement signed in 2011, [[Metro AG]] sold the company's wines in "
                   "Germany.")
    assert _summary(evs) == [("partnership", "2011")]
    assert ("Metro AG", "partner") in _roles(evs[0])
    assert _summary(_history("From 2003 [[Tesco]] sold the firm's biscuits in its British stores.")) \
        == [("partnership", "2003")]
    assert _summary(_history("In 2004 the [[Royal Navy]] bought two of the company's patrol boats.")) \
        == [("partnership", "2004")]
    assert _summary(_history("The first foreign sale came in 1987, when the [[University of Oslo]] bought "
                             "an electron microscope.")) == [("partnership", "1987")]
    assert _summary(_history("In 1999 the company's first sale came when [[Statoil]] bought a subsea pump.")) \
        == [("partnership", "1999")]


def test_a_business_of_the_company_sold_or_bought_stays_a_deal():
    assert _summary(_history("In 2001 [[Castlebrook]] sold the company's freight-forwarding unit, Redwater Air, "
                             "to [[Expeditors International]].")) == [("divestiture", "2001")]
    assert _summary(_history("In 2012 the administrators sold the company's shops to [[Elmstead]].")) \
        != [("partnership", "2012")]
    assert _summary(_history("In 2010 [[Hilton]] bought two of the company's hotels.")) != [("partnership", "2010")]


def test_what_a_venture_or_firm_buys_as_its_trade_is_no_purchase():
    assert _summary(_history("In June 2016 the company and [[Bakkafrost]] formed Nordic Whitefish AS, a joint "
                             "venture in Tromsø that buys and processes haddock.")) == [("joint_venture", "2016-06")]
    assert _summary(_history("In 2009 the company and [[Hanbok Steel]] set up a joint venture in Busan which buys "
                             "scrap from local yards.")) == [("joint_venture", "2009")]
    assert _summary(_history("In 2011 it bought [[Kestrel Foods]], a firm that buys and cans sardines.")) \
        == [("acquisition", "2011")]


def test_storage_and_offloading_names_a_vessel_not_a_sale():
    assert _summary(_history("The yard won its first contract for a floating production, storage and offloading "
                             "(FPSO) unit in 2006, a vessel for [[Petrobras]].")) == [("partnership", "2006")]
    assert _summary(_history("In 2019 it won a contract for a floating storage and offloading unit for "
                             "[[Shell]].")) == [("partnership", "2019")]
    assert _summary(_history("In 2008 the company offloaded its stake in [[Lerner Mining]].")) == [("divestiture", "2008")]
