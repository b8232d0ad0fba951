"""History extractor, round 18 (issue 14): a customer or supplier relationship told as an event
with another party as subject ("X became a client", "X began selling its products"); each rule on
sentences written for the test."""

from __future__ import annotations

from tests.test_hist17a import _history
from tests.test_history_rules import _roles, _summary


def test_a_customer_after_a_colon_is_the_subject_of_its_clause():
    evs = _history("Sales abroad grew quickly: [[Nordmarkt]] began to stock the kettles across Sweden in 2012.")
    assert _summary(evs) == [("partnership", "2012")]
    assert ("Nordmarkt", "partner") in _roles(evs[0])
    assert _summary(_history("The works turned to rail: [[Ferrovia Nord]] ordered twelve railcars in May 2004.")) == [
        ("partnership", "2004-05")]


def test_the_year_after_at_the_end_of_a_clause_is_the_next_year():
    evs = _history("The company opened a plant in Graz in 2009. [[Kessler Haus]] became a customer the year after, "
                   "buying ovens for its hotels.")
    assert ("partnership", "2010") in _summary(evs)


def test_the_year_after_an_event_named_is_no_date():
    assert ("partnership", "2010") not in _summary(
        _history("The company opened a plant in Graz in 2009. The year after the flood [[Kessler Haus]] became a "
                 "customer."))


def test_a_party_that_became_a_client_is_a_partner():
    evs = _history("[[Meridia Hotels]] became a client in 2014.")
    assert _summary(evs) == [("partnership", "2014")]
    assert ("Meridia Hotels", "partner") in _roles(evs[0])
    assert _summary(_history("In 2014 Meridia Hotels became a client in Spain.")) == []


def test_a_licence_bought_from_a_party_is_an_agreement_not_an_acquisition():
    evs = _history("Gas heaters were made from 1971 under a licence bought from the Swedish maker [[Norrvarme]].")
    assert _summary(evs) == [("partnership", "1971")]
    assert ("Norrvarme", "partner") in _roles(evs[0])
    assert _summary(_history("In 1983 it bought a licence from [[Norrvarme]] to make boilers.")) == [
        ("partnership", "1983")]


def test_an_output_bought_by_a_party_is_a_customer_agreement():
    evs = _history("From 1952 most of the mill's output of pulp was bought by the [[Vasser Paper Company]].")
    assert _summary(evs) == [("partnership", "1952")]
    assert ("Vasser Paper Company", "partner") in _roles(evs[0])


def test_products_bought_under_a_framework_contract_are_no_acquisition():
    evs = _history("From 1990 the county hospitals bought Acme dressings under a framework contract with the "
                   "[[Regional Health Board]].")
    assert [t for t, _ in _summary(evs)] == ["partnership"]
    # the company bought by another party stays an acquisition
    assert _summary(_history("In 2004 [[Brackley Capital]] bought Acme Corp for £40 million.")) == [
        ("acquisition", "2004")]


def test_agreeing_with_a_party_to_resell_run_or_pack_is_an_agreement():
    for text, date in (("In 2018 it agreed with [[Veltra Cloud]] to resell its software in Brazil.", "2018"),
                       ("The company agreed with [[Veltra Cloud]] in May 2019 to pack its tablets for export.", "2019-05"),
                       ("In 2020 it agreed with [[Veltra Cloud]] on the distribution of its wines in Japan.", "2020")):
        evs = _history(text)
        assert _summary(evs) == [("partnership", date)], text
        assert ("Veltra Cloud", "partner") in _roles(evs[0])


def test_agreeing_with_a_party_on_a_sale_is_no_agreement_of_this_kind():
    assert ("partnership", "2020") not in _summary(_history("In 2020 it agreed with [[Veltra Cloud]] on the sale of "
                                                            "its old headquarters."))


def test_a_party_that_hired_or_signed_up_the_company_to_do_work_is_a_partner():
    evs = _history("In 2006 [[Norlake Insurance]] hired it to rewrite its claims software.")
    assert _summary(evs) == [("partnership", "2006")]
    assert ("Norlake Insurance", "partner") in _roles(evs[0])
    assert _summary(_history("[[Norlake Insurance]] signed it up in 2007 to build a new billing system.")) == [
        ("partnership", "2007")]
    # the company hiring people is no agreement
    assert _summary(_history("In 2006 the company hired them to rewrite its claims software.")) == []


def test_a_month_before_the_customer_does_not_hide_the_subject():
    evs = _history("The founders moved to Lisbon in 2003, and in April of that year [[Norlake Insurance]] hired "
                   "them to rewrite its claims software.")
    assert ("partnership", "2003-04") in _summary(evs)


def test_a_retailer_selling_or_shelving_the_companys_brand_is_a_partner():
    for text, name in (("[[Marketa]] began selling Acme Tea in its Polish stores in 2015.", "Marketa"),
                       ("[[Marketa]] added the company's teas to its range in 2015.", "Marketa"),
                       ("[[Marketa]] put Acme teas on its shelves in 2015.", "Marketa")):
        evs = _history(text)
        assert _summary(evs) == [("partnership", "2015")], text
        assert (name, "partner") in _roles(evs[0])


def test_the_company_adding_a_product_to_its_range_is_not_a_customer():
    evs = _history("A plant opened in 1969, and the firm added [[Stroopwafel]]s to its range in 1974.")
    assert ("partnership", "1974") not in _summary(evs)


def test_a_party_that_awarded_or_gave_the_company_a_contract_or_order_is_a_partner():
    evs = _history("In 2012 the [[Port of Tarvik]] awarded the company a fifteen-year dredging contract.")
    assert _summary(evs) == [("partnership", "2012")]
    assert ("Port of Tarvik", "partner") in _roles(evs[0])
    assert _summary(_history("In 1951 the [[Army of Tarvia]] gave the company its first order for field boots.")) == [
        ("partnership", "1951")]
    assert _summary(_history("In 1951 the founder gave the company his workshop.")) == []
