"""The fields of matched history events (issue 14, round 19): the labels name what happened to
whom (the new name of a rename)."""

from __future__ import annotations

from kg.extractors.event_parties import new_name
from tests.test_fields18 import _events


def _labels(sentence, kind, title="Brevik Haulage"):
    return [e.label for e, _ in _events(sentence, title) if e.type == kind]


# ---------------------------------------------------------------- a rename names the new name


def test_a_rename_is_labelled_with_the_new_name():
    assert _labels("In 1988 the company was renamed Brevik Freight Lines.", "rename") == ["Rename to Brevik Freight Lines"]
    assert _labels("The firm changed its name to Brevik Logistik AS in May 2004.", "rename") == [
        "Rename to Brevik Logistik AS"]
    assert _labels("In 1971 the partnership took the name Brevik Haulage, after the river.", "rename") == [
        "Rename to Brevik Haulage"]


def test_the_new_name_after_a_change_of_legal_form():
    assert new_name("In 1994 the cooperative was turned into a sociedad anónima, Transportes del Norte S.A.") == (
        "Transportes del Norte S.A.")
    assert new_name("The partnership was converted into a joint-stock company under the name Vestra Frakt ASA in 1999.") == (
        "Vestra Frakt ASA")
    assert new_name("It was reorganised in 2008 under its present name, Ostra Kylhus Holding, and listed.") == (
        "Ostra Kylhus Holding")
    assert new_name("The business was incorporated as Harlow Carriers Ltd. in 1931.") == "Harlow Carriers Ltd."


def test_the_new_name_keeps_particles_and_a_lower_case_form():
    assert new_name("In 1962 it took the name Société d'exploitation de Brevik SA.") == "Société d'exploitation de Brevik SA"
    assert new_name("The company was renamed Tatra Doprava a.s. in 1995.") == "Tatra Doprava a.s."
    assert new_name("The company adopted the Polaris name in 2012.") == "Polaris"


def test_no_new_name_where_none_or_several_are_given():
    assert new_name("The company took its present name in 2001.") == ""
    assert new_name("It was renamed after its founder in 1950.") == ""
    assert new_name("It was renamed Brevik Transport in 1960 and renamed Brevik Group in 1985.") == ""
    # a possessive ends the name: the next words are another clause's
    assert new_name("The merged company took the name Harlow Holdings and Brevik's shares were delisted.") == (
        "Harlow Holdings")


def test_a_rename_without_a_name_keeps_the_plain_label():
    assert _labels("The company took its present name in 2001.", "rename") == ["Rename"]


# ---------------------------------------------------------------- the name bought after a purchase noun or verb


def test_the_name_after_a_purchase_noun_is_the_target():
    assert _labels("The 1998 purchase of Harlow Carriers, a parcel firm with nine depots, took the company into Wales.",
                   "acquisition") == ["Acquisition of Harlow Carriers"]
    assert _labels("Its acquisition of Ostra Kylhus in 2006 doubled its cold-store space.", "acquisition") == [
        "Acquisition of Ostra Kylhus"]
    assert _labels("In 2015 Brevik Haulage completed the takeover of Nordfrakt Logistics for €40 million.",
                   "acquisition") == ["Acquisition of Nordfrakt Logistics"]


def test_the_name_after_agreed_to_buy_is_the_target():
    assert _labels("In March 2011 Brevik Haulage agreed to buy Tarrow Express.", "acquisition") == [
        "Acquisition of Tarrow Express"]
    assert _labels("In 2008 the company agreed to buy Lindqvist Transport, a bankrupt carrier, from its creditors.",
                   "acquisition") == ["Acquisition of Lindqvist Transport"]
    assert _labels("In 2021 Brevik Haulage agreed to buy the Danish carrier Kestrel Cargo for DKK 200 million.",
                   "acquisition") == ["Acquisition of Kestrel Cargo"]


def test_a_name_keeps_the_particles_du_and_del():
    assert _labels("In 1983 it bought Transportes del Norte, a carrier in Oviedo, for €3 million.", "acquisition") == [
        "Acquisition of Transportes del Norte"]
    assert _labels("In 1990 it bought Messageries du Rhône for 20 million francs.", "acquisition") == [
        "Acquisition of Messageries du Rhône"]
    assert _labels("In 1996 Brevik Haulage paid €9 million for Frigoríficos del Sur.", "acquisition") == [
        "Acquisition of Frigoríficos del Sur"]


# ---------------------------------------------------------------- the partner of a joint venture


def _partners(sentence):
    # the venture itself is a participant of its own role since round 22 (tests/test_histfields22.py)
    return [[(p.entity.label, p.role) for p in e.participants if p.role != "venture"]
            for e, _ in _events(sentence) if e.type == "joint_venture"]


def test_an_apposition_calling_the_venture_a_joint_venture_with_someone_names_the_partner():
    assert _partners("In 2012 Brevik Haulage formed Brevik Nordic, a 50:50 joint venture with Tarrow Shipping.") == [
        [("Tarrow Shipping", "partner")]]
    assert _partners("In 2018 it set up Brevik Baltic, a logistics joint venture with the Latvian carrier Rigas Transports, "
                     "in which it holds 60 per cent.") == [[("Rigas Transports", "partner")]]
    assert _partners("In 2015 the company formed Brevik Iberia, a joint venture in Madrid with Ostra Logistica.") == [
        [("Ostra Logistica", "partner")]]


def test_the_name_joined_to_the_company_before_the_verb_is_the_partner():
    assert _partners("In 2009 the company and the Danish ferry operator Fjordline Fragt set up a joint venture.") == [
        [("Fjordline Fragt", "partner")]]
    assert _partners("In 2014 it and Tarrow Shipping formed a joint venture to run a terminal in Gdynia.") == [
        [("Tarrow Shipping", "partner")]]
    assert _partners("In 2020 Brevik Haulage and Ostra Kylhus, a cold-store operator in Kiel, agreed to set up a joint venture.") == [
        [("Ostra Kylhus", "partner")]]


# ---------------------------------------------------------------- a linked name right after the trigger


def _parties(sentence, kind):
    return [[(p.entity.label, p.role) for p in e.participants] for e, _ in _events(sentence) if e.type == kind]


def test_a_linked_name_whose_capital_the_trigger_reads_is_still_a_party():
    # the trigger "agreement with" looks at the capital of the name after it; the name is no word of the trigger
    assert _parties("A three-year supply agreement with [[Tarrow Foods]] for frozen fish was signed in May 2021.",
                    "partnership") == [[("Tarrow Foods", "partner")]]
    assert _parties("A ten-year contract with [[Ostra Kylhus]] to run its cold stores was signed in 2019.",
                    "partnership") == [[("Ostra Kylhus", "partner")]]
    assert _parties("An agreement with the [[Nordic Freight Group]] was reached in 2012 to carry its parcels.",
                    "partnership") == [[("Nordic Freight Group", "partner")]]


# ---------------------------------------------------------------- a product is no party


def test_a_linked_model_before_a_word_for_what_it_is_is_no_party():
    assert _parties("In 2021 Brevik Haulage signed an agreement with [[Nordbank]] to finance its [[Volvo FH16]] fleet.",
                    "partnership") == [[("Nordbank", "partner")]]
    assert _parties("In 2016 Brevik Haulage signed a contract with [[Tarrow Rail]] for ten [[EuroSprinter]] locomotives.",
                    "partnership") == [[("Tarrow Rail", "partner")]]
    assert _parties("In 2019 Brevik Haulage signed a contract with [[Ostra Energi]] for [[Lithium iron phosphate battery|LFP]] cells.",
                    "partnership") == [[("Ostra Energi", "partner")]]


# ---------------------------------------------------------------- what a launch began to make


def test_a_launch_without_a_name_is_labelled_with_what_began_to_be_made():
    assert _labels("In 1988 Brevik Haulage began making refrigerated trailers.", "product_launch") == [
        "Launch of refrigerated trailers"]
    assert _labels("The company started bottling mineral water at Voss in 1972.", "product_launch") == [
        "Launch of mineral water"]
    assert _labels("In 2003 it began to produce cattle feed for farms in the region.", "product_launch") == [
        "Launch of cattle feed"]
    # a participle after the thing describes it
    assert _labels("In 1999 it began selling own-label coffee roasted in Bergen.", "product_launch") == [
        "Launch of own-label coffee"]
