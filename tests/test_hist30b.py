"""History extractor, round 30 branch hist30b (issue 14): recall on new text; each rule on
sentences written for the test (invented companies, banks and people)."""

from __future__ import annotations

from tests.test_history_round10 import _types
from tests.test_history_rules import _events, _roles


def _loans(history: str) -> list[tuple[str, str, set, list]]:
    return [(e.type, e.date.iso, _roles(e), [m.amount for m in e.amounts])
            for e in _events("==History==\n" + history + "\n")]


# ---------------------------------------------------------------- a second lender told without its verb


def test_a_second_lender_with_its_verb_left_out_is_a_second_loan():
    got = _loans("In July 2021 the [[Orrin Development Bank]] lent Acme US$35 million, and [[Pellum Bank]] "
                 "RO 8 million, to double the capacity of the Brisk plant.")
    assert [(t, d) for t, d, _, _ in got] == [("funding_round", "2021-07"), ("funding_round", "2021-07")]
    assert got[0][2] == {("Orrin Development Bank", "investor")} and got[0][3] == [35000000]
    assert got[1][2] == {("Pellum Bank", "investor")} and got[1][3] == [8000000]


def test_a_gapped_lender_with_a_further_sum_or_a_named_facility():
    got = _loans("The [[Orrin Development Bank]] lent the company US$20 million for the new quay in March 2014, "
                 "and [[Quarrow Savings Bank]] a further N$150 million (about US$14 million).")
    assert [(t, d) for t, d, _, _ in got] == [("funding_round", "2014-03"), ("funding_round", "2014-03")]
    assert got[1][2] == {("Quarrow Savings Bank", "investor")}
    got = _loans("In June 2012 [[Brisk Credit]] lent Acme €9 million, and [[Tolvane Bank]] a GH₵30 million "
                 "term loan.")
    assert [(t, d) for t, d, _, _ in got] == [("funding_round", "2012-06"), ("funding_round", "2012-06")]
    assert got[1][2] == {("Tolvane Bank", "investor")}


def test_a_gapped_conjunct_without_a_sum_or_after_no_loan_is_no_second_loan():
    # a shareholding, not a sum lent
    assert len(_loans("In 2016 [[Orrin Bank]] lent Acme US$20 million, and [[Pellum Bank]] held 12 per cent.")) == 1
    # one lender of two, named together, is one loan
    assert len(_loans("In 2016 [[Orrin Bank]] and [[Pellum Bank]] lent Acme US$20 million.")) == 1
    # not after another kind of event: an equity investment read as one round
    assert [t for t, _, _, _ in _loans("In 2017 [[Orrin Capital]] bought 20 per cent of Acme for US$20 million, "
                                        "and [[Pellum Partners]] US$5 million.")].count("acquisition") <= 1


# ---------------------------------------------------------------- natural disasters that strike the company's sites


def test_a_disaster_that_struck_a_place_and_damaged_the_companys_site_is_an_event():
    assert _types("Cyclone Orla struck the Brisk coast on 11 March 2022, destroying part of the roof of the "
                  "Tolvane factory and about 900 tonnes of stored nuts.") == [("other", "2022-03-11")]
    assert _types("Hurricane Pellum struck the island on 12 September 1988, tearing the roofs off three of the "
                  "estate's ageing warehouses.") == [("other", "1988-09-12")]


def test_a_disaster_that_left_a_site_under_water_or_destroyed_or_damaged_it_is_an_event():
    assert _types("The floods of September 1988 left the Orrin factory under water for nine days.") == [
        ("other", "1988-09")]
    assert _types("In September 2014 the floods on the Brisk river and its tributary the Quarrow put the Tolvane "
                  "tannery under water for a week.") == [("other", "2014-09")]
    assert _types("Cyclone Quarrow destroyed or damaged about 60 hectares of the company's orchards around "
                  "Brisk in February 2023.") == [("other", "2023-02")]


def test_a_disaster_that_struck_no_site_of_the_company_is_no_event():
    assert _types("Cyclone Orla struck the Brisk coast in 2011, killing 40 people.") == []
    assert _types("In 2012 a flood left the town of Brisk under water for a week.") == []
    assert _types("In 2015 the storms on the coast destroyed or damaged about 300 homes.") == []


# ---------------------------------------------------------------- a customer that gave, awarded or chose the company the work


def test_a_customer_that_awarded_or_gave_the_company_the_work_of_a_site_is_a_partnership():
    assert _types("In 2024 [[Orrin Motors]] awarded it the harnesses of the next-generation Brisk, to be built "
                  "at Tolvane.") == [("partnership", "2024")]
    assert _types("In December 2024 [[Pellum Telecom]] gave it the facilities management of its headquarters "
                  "tower in Brisk for three years.") == [("partnership", "2024-12")]
    # a right, a market or a name given is no work
    assert _types("In 2012 the government gave Acme the right of first refusal for the port.") == []
    assert "partnership" not in [t for t, _ in _types(
        "In 2010 it bought [[Velox]] of Bolzano for €27 million, which gave it the Italian market and a factory "
        "for cabins.")]


def test_a_customer_that_chose_the_company_for_the_work_or_to_do_it_is_a_partnership():
    assert _types("In May 2018 the [[Quarrow Committee]] chose Acme for the cleaning and catering of two stadiums "
                  "for five years.") == [("partnership", "2018-05")]
    assert _types("[[Brisk Transit]] chose Acme over [[Škoda Pellum]] in June 2012 for 30 trams worth €87 "
                  "million.") == [("partnership", "2012-06")]
    assert _types("The oil consortium [[Tolvane Oil]] had chosen it in April 2019 to fly its rotation workers "
                  "between Brisk and Orrin.") == [("partnership", "2019-04")]
    # a place chosen for a site of the company's own is no partnership
    assert _types("In 2008 the company chose Brisk for its European headquarters.") == []
    assert _types("In 2011 it chose Tolvane for the site of its second plant.") == []


# ---------------------------------------------------------------- dates in asides and plans


def test_a_year_in_a_relative_aside_before_the_trigger_is_the_asides():
    assert _types("In 2022 [[Orrin Motors]], of which Brisk had become part in January 2021, signed a supply "
                  "contract with Acme.") == [("partnership", "2022")]
    assert _types("In 2019 [[Pellum Rail]], whose owner had bought it in March 2017, signed a contract with Acme "
                  "for 40 trams.") == [("partnership", "2019")]


def test_a_year_planned_after_a_place_dates_nothing_the_clause_did():
    assert _types("Acme opened a depot in 2023. That October it signed a contract with [[Orrin Motors]] for the "
                  "harnesses of the next Brisk, to be built at Tolvane from 2026.")[-1] == ("partnership", "2023-10")


# ---------------------------------------------------------------- a stake told by what was paid for it


def test_a_party_that_paid_a_sum_for_a_share_of_a_company_bought_a_stake():
    got = _events("==History==\nIn February 2007 the private-equity firm [[Orrin Capital]] paid QR 290 million for "
                  "20 per cent of Acme, half of it in new shares and half bought from the family.\n")
    assert [(e.type, e.date.iso) for e in got] == [("acquisition", "2007-02")]
    assert ("Orrin Capital", "acquirer") in _roles(got[0])
    assert _types("[[Pellum Partners]] paid US$48 million for 30 per cent of the business in May 2001.") == [
        ("acquisition", "2001-05")]
    assert _types("In 2012 Acme paid €5 million for 40 per cent of [[Velox]].") == [("acquisition", "2012")]


def test_a_sum_paid_for_a_share_of_goods_is_no_stake():
    assert _types("In 2012 its customers paid €5 million for 10 per cent of the harvest.") == []


def test_the_leads_summary_of_a_purchase_is_the_bodys_stake_bought_that_year():
    lead = ("'''Acme Corp''' is a maker of eye drops. It bought drug makers in Algeria in 2009 and Morocco in "
            "2016.\n\n== History ==\n")
    got = _events("In 2016 Acme paid 145 million dirhams for 60 per cent of [[Velox Maroc]], a Casablanca maker "
                  "of eye drops.\n", lead=lead)
    assert [(e.type, e.date.iso) for e in got if e.date.iso == "2016"] == [("acquisition", "2016")]
