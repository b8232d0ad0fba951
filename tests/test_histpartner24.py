"""History extractor, round 24 (issue 14): agreements and joint ventures told with the partner
in a "with X" phrase; each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _roles


def _ventures(text: str) -> list[tuple[str, set]]:
    return [(e.date.iso, _roles(e)) for e in _events("==History==\n" + text + "\n") if e.type == "joint_venture"]


def test_a_named_venture_formed_with_a_party_after_its_description_is_a_joint_venture():
    # "formed Y, <what Y is>, with X": the partner after the apposition
    [(date, roles)] = _ventures("In 2014 it formed Norland Sterile, a gamma sterilisation business at Shannon, "
                                "with the Dutch firm Stericon Group.")
    assert date == "2014" and ("Norland Sterile", "venture") in roles
    [(date, roles)] = _ventures("In 2011 the company established Nordlicht Logistik with the Hamburg forwarder Kessel & Sohn.")
    assert date == "2011" and ("Kessel & Sohn", "partner") in roles
    [(date, _)] = _ventures("In 2020 Acme moved into data centres by forming Acme Cloud (Malaysia) Berhad "
                            "with Tenaga Holdings, which holds 30 per cent.")
    assert date == "2020"


def test_a_fronted_with_phrase_names_the_partner_of_the_venture():
    [(date, roles)] = _ventures("With the distributor Kellner Foods, the company formed Acme Kellner, "
                                "an evenly owned venture, in 2021.")
    assert date == "2021" and ("Kellner Foods", "partner") in roles
    [(date, roles)] = _ventures("Later, with the Chilean retailer Falabella, the company set up Acme Andina in 2013.")
    assert date == "2013" and ("Falabella", "partner") in roles
    [(date, roles)] = _ventures("With the Danish retailer Salling Group, it created Acme Nordic in 2008.")
    assert date == "2008" and ("Salling Group", "partner") in roles


def test_help_a_founder_a_unit_or_talks_are_no_venture():
    assert _ventures("In 2011 the company established Nordlicht Logistik with the help of Deutsche Bank.") == []
    assert _ventures("In 2011 the company set up Acme Foundation with its founder John Smith.") == []
    assert _ventures("In 2008 it set up a subsidiary, Acme Chile, with offices in Santiago.") == []
    assert _ventures("In 2012 the company held talks about forming Acme Bolt with Korean investors.") == []


def _deals(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.date.iso) for e in _events("==History==\n" + text + "\n")]


def test_an_unlinked_customer_told_after_its_class_is_the_subject_of_the_order():
    # "the <place> <class> <Name>": another party's act on the company, linked or not
    assert ("partnership", "2012") in _deals(
        "In 2012 the Lyon distributor Rhône Alimentaire began selling the company's rice to French supermarkets.")
    assert ("partnership", "2016") in _deals(
        "In 2016 the Bergen ride-sharing start-up Skyss Go signed it up to handle payments for its drivers.")
    assert ("partnership", "2019") in _deals(
        "In 2019 the Toronto importer Maple Leaf Provisions began stocking its smoked hams in Ontario.")


def test_another_party_serving_or_distributing_the_companys_product_is_a_customer_deal():
    assert ("partnership", "1991") in _deals("From 1991 [[Lufthansa]] served its mineral water on its European flights.")
    assert ("partnership", "2004") in _deals(
        "In 2004 [[Sainsbury's]] stocked the company's rye crackers in its London stores.")
    assert ("partnership", "2018") in _deals(
        "In 2018 the Hamburg importer [[Nordfisch Handel]] began distributing its smoked salmon in Germany.")


def test_a_party_serving_its_own_customers_or_the_companys_own_act_is_no_customer_deal():
    assert _deals("In 2005 [[Lufthansa]] served its passengers a new menu.") == []
    assert ("partnership", "2011") not in _deals("In 2011 [[Tesco]] stocked its shelves with cheaper wine.")


def test_a_renewal_told_of_a_pronoun_renews_the_agreement_told_before_it():
    # the next sentence
    deals = _deals("In 2019 Acme signed a five-year contract to supply rice to [[Tesco]]. "
                   "It was renewed in 2023 for 55,000 tonnes.")
    assert ("partnership", "2023") in deals and ("partnership", "2019") in deals
    assert ("partnership", "2022") in _deals("In 2016 Acme won a licence to make [[Lego]] toys in Poland. "
                                             "In 2022 Lego extended it to Hungary and Slovakia.")
    # a clause after the agreement's own
    assert ("partnership", "2019") in _deals("In 2015 [[Deutsche Bahn]] gave the company a contract for signal cables; "
                                             "it was extended in 2019 to the regional lines.")
    assert ("partnership", "2020") in _deals("In 2014 Acme signed a supply deal with [[Carrefour]], and in 2020 "
                                             "the retailer prolonged it to 2026.")


def test_no_renewal_of_something_else_nor_a_denied_or_hoped_one():
    assert ("partnership", "2023") not in _deals("In 2019 Acme signed a contract with [[Tesco]]. It was not renewed in 2023.")
    assert ("partnership", "2023") not in _deals("In 2019 Acme signed a lease for a warehouse in [[Leeds]]. "
                                                 "Acme hoped it would be renewed in 2023.")
    assert ("partnership", "2023") not in _deals("In 2019 Acme signed a contract with [[Tesco]] and built a plant in "
                                                 "Leeds, and it was extended in 2023.")
    assert _deals("In 2010 Acme built a pipeline to [[Leeds]]. It was extended in 2014 to Bradford.") == []


def test_joining_a_roundtable_accord_or_named_project_is_a_partnership():
    assert ("partnership", "2008") in _deals("In 2008 the company joined the [[Roundtable on Responsible Soy]].")
    assert ("partnership", "2011") in _deals("In 2011 the company joined the UN Global Compact.")
    assert ("partnership", "2014-03") in _deals("In March 2014 it joined the Dutch garment accord on living wages.")
    assert ("partnership", "2019") in _deals(
        "In 2019 Acme joined FlexGrid, a European research project on battery storage funded by the EU.")
    assert ("partnership", "2015") in _deals("In 2015 Acme joined Clean Cargo, an industry initiative on shipping emissions.")


def test_a_person_joining_a_project_or_the_company_joining_a_firm_in_a_bid_is_no_partnership():
    assert _deals("In 1990 John Smith joined the project as chief engineer.") == []
    assert _deals("In 2001 Acme joined Siemens, its largest customer, in a bid for a rail contract.") == []


def test_a_supplier_told_as_the_subject_of_a_supply_to_the_company_is_a_partnership():
    assert ("partnership", "1997") in _deals("In 1997 [[Alcatel]] supplied its switches.")
    assert ("partnership", "2012") in _deals("In 2012 [[ZTE]] built its fibre network.")
    assert ("partnership", "2004") in _deals("[[Schott AG]] had supplied optical glass to the company since 2004.")
    assert ("partnership", "2011") in _deals(
        "In 2011 the Finnish maker [[Wärtsilä]] supplied the company with four engines for its ferries.")


def test_an_offered_supply_or_the_suppliers_own_works_are_no_partnership():
    assert _deals("In 2005 [[Siemens]] offered to supply its turbines.") == []
    assert _deals("In 2008 [[Bosch]] built its first plant in Hungary.") == []
    # what the supplied goods were for, told after "of": another party's works, not a supply to the company
    assert _deals("In 1992 [[ABB]] supplied the transformers of its own substation at Baden.") == []
    assert ("partnership", "2010") not in _deals("In 2010 [[ABB]] lost the tender to supply its transformers.")
