"""History extractor, round 20 (issue 14): events whose subject is another party than the company
(a customer ordering from it or hiring it, a bank lending to it), each rule on sentences written
for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str, title: str = "Acme Corp") -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n", title=title))


def _parties(history: str, title: str = "Acme Corp") -> list[set[tuple[str, str]]]:
    return [{(p.entity.label, p.role) for p in e.participants}
            for e in _events("==History==\n" + history + "\n", title=title)]


# ------------------------------------------------ "the [[Name]]" as the customer opening the clause


def test_a_customer_named_after_the_is_the_subject_of_its_order():
    assert _types("The [[Department of Defence]] hired it in 2004 to build a payroll system.") == [
        ("partnership", "2004")]
    assert _types("In 2011 the [[National Health Service]] (NHS) added four Acme clinics to its network.") == [
        ("partnership", "2011")]
    assert _types("In March 2015 the [[Port of Rotterdam Authority]] ordered six tugs from the yard.") == [
        ("partnership", "2015-03")]
    # the bracket after the name does not hide the customer
    assert _parties("In 2011 the [[National Health Service]] (NHS) added four Acme clinics to its network.") == [
        {("National Health Service", "partner")}]


def test_the_company_or_a_pronoun_after_the_is_no_other_party():
    assert _types("In 2004 the company hired it to build a payroll system.") == []
    assert "partnership" not in [t for t, _ in _types("In 2015 the firm ordered six tugs from [[Damen Group]].")]


# ------------------------------------------------ a "when" clause names the customer


def test_a_when_clause_after_the_sentence_names_the_customer():
    assert _types("The first export order came in 1988, when [[Stena Line]] ordered two ferries.") == [
        ("partnership", "1988")]
    assert _types("Its breakthrough came in 2002, when the [[Bundeswehr]] ordered 40 trucks.") == [
        ("partnership", "2002")]
    assert _parties("The first foreign sale came in 1995, when [[Qantas]] (then state-owned) ordered 12 simulators.") == [
        {("Qantas", "partner")}]


def test_a_when_clause_of_the_company_is_no_order_received():
    assert "partnership" not in [t for t, _ in _types(
        "The crisis came in 1991, when it ordered four ships it could not pay for.")]


# ------------------------------------------------ a credit line or a facility from a lender, a loan ", from X"


def test_a_credit_line_or_facility_from_a_lender_is_a_loan():
    assert _types("In 2012 it drew on a US$50 million credit line from [[Standard Chartered]].") == [
        ("funding_round", "2012")]
    assert _types("In May 2016 the group arranged a revolving credit facility of €300 million from [[BNP Paribas]].") == [
        ("funding_round", "2016-05")]
    assert _types("In 2019 it secured a line of credit from the [[Development Bank of Japan]].") == [
        ("funding_round", "2019")]
    assert _parties("In 2012 it drew on a US$50 million credit line from [[Standard Chartered]].") == [
        {("Standard Chartered", "investor")}]


def test_a_loan_with_its_lender_after_a_comma_is_a_loan():
    assert _types("In 2003 it borrowed €4 million from [[Erste Bank]]. A second loan, from [[Raiffeisen Bank]], "
                  "followed a year later.") == [("funding_round", "2003"), ("funding_round", "2004")]
    assert _types("A bridge loan, from [[Nordea]], paid for the new line in 2010.") == [("funding_round", "2010")]
    assert _types("In 2018 it took a loan of US$20 million, from the [[Asian Development Bank]].") == [
        ("funding_round", "2018")]


# ------------------------------------------------ a customer choosing the company's goods or approving its plant


def test_a_customer_choosing_the_companys_goods_for_a_use_is_a_partnership():
    assert _types("In 2015 [[IKEA]] chose Acme's pallets for shipments to its Polish stores.", "Acme") == [
        ("partnership", "2015")]
    assert _types("[[Airbus]] selected Acme fuel pumps for the [[Airbus A350|A350]] in 2009.", "Acme") == [
        ("partnership", "2009")]
    assert _types("In 2020 [[DHL]] picked Acme's scanners for deliveries in Germany.", "Acme") == [
        ("partnership", "2020")]


def test_a_customer_approving_a_named_plant_as_supplier_is_a_partnership():
    assert _types("[[Nike, Inc.|Nike]] approved the Dong Nai factory as a footwear supplier in 2007.") == [
        ("partnership", "2007")]
    assert _types("In 2012 [[Tesco]] accredited the Ballymena plant as one of its beef suppliers.") == [
        ("partnership", "2012")]
    assert _types("[[Marks & Spencer]] certified the Leek Road mill as an approved supplier in 1998.") == [
        ("partnership", "1998")]


def test_choosing_a_place_for_a_site_is_no_partnership():
    assert _types("In 2016 the company chose Lisbon for its new headquarters.") == []
    assert _types("In 2016 it chose Porto for expansion.") == []


# ------------------------------------------------ goods sold through a named retailer, auction or network


def test_goods_sold_through_a_named_seller_are_a_partnership():
    assert _types("From 1992 it sold its cheeses through the supermarket chain [[Albert Heijn]].") == [
        ("partnership", "1992")]
    assert _types("Since 2016 the company has sold life policies through the post offices of "
                  "[[La Poste]].") == [("partnership", "2016")]
    assert _types("In 2003 it marketed its wines through [[Systembolaget]], the Swedish monopoly.") == [
        ("partnership", "2003")]
    assert _parties("From 1992 it sold its cheeses through the supermarket chain [[Albert Heijn]].") == [
        {("Albert Heijn", "partner")}]


def test_shares_or_a_unit_sold_through_a_placement_or_a_place_are_no_partnership():
    assert _types("In 2004 it sold its shares through a placement with [[UBS]].") == []
    assert "partnership" not in [t for t, _ in _types("In 2011 it sold its wines through a cellar door in Napa.")]


# ------------------------------------------------ another party selling or distributing the company's goods


def test_another_party_selling_the_companys_goods_is_a_partnership_not_a_divestiture():
    assert _types("Under a sales agreement signed in 2011, [[Trafigura]] sold the company's concentrates abroad.") == [
        ("partnership", "2011")]
    assert _types("From 1997 [[Mitsui & Co.]] marketed the group's fertilisers in Asia.") == [("partnership", "1997")]
    assert _types("In 2004 [[Glencore]] exported the firm's cathodes to China.") == [("partnership", "2004")]


def test_distribution_handled_by_a_named_party_is_a_partnership():
    assert _types("Distribution in Germany was handled from 2012 by [[Metro AG]].") == [("partnership", "2012")]
    assert _types("In 2015 distribution of its teas in Japan was taken over by [[Itochu]].") == [("partnership", "2015")]
    assert _types("In 1999 marketing in the United States was run by the trading house [[Marubeni]].") == [
        ("partnership", "1999")]


def test_another_party_selling_the_companys_stake_stays_a_sale():
    assert "partnership" not in [t for t, _ in _types("In 2012 [[Walmart]] sold the company's stake to [[KKR]].")]
