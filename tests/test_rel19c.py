"""Relations rules of round 19 (precision of relations on new text)."""
from __future__ import annotations

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _pairs(line, title="Acme"):
    text = f"'''{title}''' is a maker of goods.\n\n== History ==\n{line}\n"
    page = Page(title=title, revision=1, wikitext=text)
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


def test_a_prepositions_object_before_and_is_no_subject_of_the_next_clause():
    pairs = _pairs("In 2018 Acme signed a three-year agreement to supply pumps to Velmar Energy, "
                   "and Nordbank lent it €20 million.")
    assert ("lender", "Nordbank") in pairs
    assert ("lender", "Velmar Energy") not in pairs
    pairs = _pairs("Its drills are sold to Kessler Mining, and Fjordbank lent the company $3 million in 2011.")
    assert ("lender", "Fjordbank") in pairs
    assert ("lender", "Kessler Mining") not in pairs
    pairs = _pairs("The mill was leased from the Ostrava Group, and Fjordbank lent the company $3 million in 2011.")
    assert ("lender", "Fjordbank") in pairs
    assert ("lender", "Ostrava Group") not in pairs


def test_an_enumeration_of_subjects_stays_whole():
    pairs = _pairs("In 2011 Fjordbank and Nordbank lent the company $3 million.")
    assert {("lender", "Fjordbank"), ("lender", "Nordbank")} <= pairs


def test_goods_imported_through_a_trading_house_name_a_supplier():
    assert ("supplier", "Marubeni Foods") in _pairs("Its cocoa is imported through the trading house Marubeni Foods.")
    assert ("supplier", "Wellard") in _pairs(
        "Heifers for the farms are imported from Australia through the livestock exporter [[Wellard]].")
    assert ("supplier", "Hallberg Technik") in _pairs(
        "Spare parts are mainly imported from Germany via the trading company Hallberg Technik.")


def test_a_name_after_comma_and_that_opens_a_clause_ends_the_enumeration():
    pairs = _pairs("Acme sells its pumps to Velmar Energy, and Nordbank has lent it €20 million.")
    assert ("customer", "Velmar Energy") in pairs
    assert ("customer", "Nordbank") not in pairs
    pairs = _pairs("In 2019 it signed a contract to supply rails to Kessler Mining, and Fjordbank agreed to lend it $3 million.")
    assert ("customer", "Fjordbank") not in pairs
    pairs = _pairs("It has sold turbines to Velmar Energy, and the Ostrava Group became its largest shareholder in 2020.")
    assert ("customer", "Ostrava Group") not in pairs


def test_an_enumeration_with_a_comma_before_and_stays_whole():
    pairs = _pairs("It sold pumps to Velmar Energy, Kessler Mining, and Ostrava Steel in 2019.")
    assert {("customer", "Velmar Energy"), ("customer", "Kessler Mining"), ("customer", "Ostrava Steel")} <= pairs


def test_an_agreement_under_which_the_company_services_the_partys_things_makes_a_customer():
    assert ("customer", "Vindor Energy") in _pairs(
        "In March 2021 Acme and Vindor Energy signed an agreement under which Acme services Vindor turbines in Poland.")
    assert ("customer", "Harlow Rail") in _pairs(
        "In 2016 Acme signed a contract with Harlow Rail under which it would maintain the railway's locomotives.")
    assert ("customer", "Port of Tema") in _pairs(
        "An agreement with the Port of Tema was reached in 2019, under which the company operates the port's grain terminal.")


def test_an_agreement_under_which_the_party_does_the_work_is_no_customer():
    pairs = _pairs("In 2016 Acme signed an agreement with Harlow Rail under which Harlow Rail would maintain its locomotives.")
    assert ("supplier", "Harlow Rail") in pairs
    assert ("customer", "Harlow Rail") not in pairs
    pairs = _pairs("In 2016 Acme signed an agreement with Harlow Rail under which the railway would maintain its locomotives.")
    assert ("customer", "Harlow Rail") not in pairs


def test_the_companys_own_contract_is_read_as_any_contract():
    assert ("customer", "Kessler Mining") in _pairs(
        "Two years later it signed its first long-term contract with Kessler Mining, for 200,000 tonnes a year.")
    assert ("customer", "Velmar Group") in _pairs(
        "In 2008 the company won its largest contract with the Velmar Group, worth €40 million.")
    assert ("customer", "Ostrava Steel") in _pairs(
        "In 2011 the mill signed its first contract with Ostrava Steel to make rail for the steelmaker's mills.")


def test_an_ended_contract_and_a_licence_stay_partners():
    # round 22: a contract the company ended is with a supplier (tests/test_relprec22.py)
    assert ("supplier", "Harlow Logistics") in _pairs("In 2005 Acme ended its contract with Harlow Logistics.")
    assert ("partner", "Brixton Foods") in _pairs("In 1961 Acme signed its first licensing agreement, with Brixton Foods.")


def test_another_partys_owner_told_in_an_apposition_is_no_investor():
    assert ("investor", "Ostrava Capital") not in _pairs(
        "Its majority owner is Velmar Transport, itself owned by the investment group Ostrava Capital since 2018.")
    assert ("investor", "Ostrava Capital") not in _pairs(
        "Velmar Transport, itself owned by the investment group Ostrava Capital, appoints four of the seven directors.")
    assert ("investor", "Ostrava Capital") not in _pairs(
        "Its largest shareholders are Velmar Transport and Kessler Mining, themselves controlled by the private equity firm Ostrava Capital.")


def test_the_companys_own_investment_owner_stays():
    assert ("investor", "Ostrava Capital") in _pairs("Since 2015 Acme has been owned by the investment firm Ostrava Capital.")
    assert ("investor", "Ostrava Capital") in _pairs(
        "Acme, controlled by the private equity group Ostrava Capital since 2015, makes pumps.")


def _pairs_in(line, industry):
    text = ("{{Infobox company\n| name = Acme\n| industry = " + industry + "\n}}\n"
            "'''Acme''' is a company.\n\n== History ==\n" + line + "\n")
    page = Page(title="Acme", revision=1, wikitext=text)
    return {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}


_CARRIAGE_SENTENCES = (
    ("In 2020 the company signed an agreement with Kartli Railway to carry export pallets to the port of Poti.", "Kartli Railway"),
    ("A ten-year contract with Nordic Tankers for the shipment of methanol was signed in 2019.", "Nordic Tankers"),
    ("In 2016 Acme signed a contract with the Velmar Group to haul its coal from the Tete mines.", "Velmar Group"),
)


def test_a_carriage_agreement_of_a_company_that_carries_nothing_makes_the_party_a_supplier():
    for line, name in _CARRIAGE_SENTENCES:
        pairs = _pairs_in(line, "[[Bottled water]]")
        assert ("supplier", name) in pairs and ("customer", name) not in pairs, line


def test_a_carriers_carriage_agreement_makes_the_party_a_customer():
    for line, name in _CARRIAGE_SENTENCES:
        assert ("customer", name) in _pairs_in(line, "[[Rail transport|Rail freight]]"), line
    assert ("customer", "Harlow Foods") in _pairs_in("In 2016 Acme signed a five-year contract with Harlow Foods.",
                                                     "[[Bottled water]]")


def test_a_carrier_by_its_first_sentence():
    for lead in ("'''Acme''' is a Polish railway company.", "'''Acme''' is an airline based in Lima.",
                 "'''Acme''' is a trucking company in Ohio."):
        page = Page(title="Acme", revision=1, wikitext=lead + "\n\n== History ==\n" + _CARRIAGE_SENTENCES[0][0] + "\n")
        pairs = {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}
        assert ("customer", "Kartli Railway") in pairs, lead
