"""The fields of matched history events (issue 14, round 18): the roles of the parties named
in a deal and the names they are given."""

from __future__ import annotations

from kg.extractors.history import events
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_fields17a import _roles


def _events(sentence, title="Brevik Haulage"):
    page = Page(title=title, revision=1,
                wikitext=f"'''{title}''' is a trucking company.\n\n== History ==\n{sentence}\n")
    return list(events(parse_article(page)))


# ---------------------------------------------------------------- the body of a name after a preposition


def test_a_name_after_the_people_of_it_takes_the_role_of_the_preposition():
    roles = _roles("In 2009 Brevik Haulage bought the Tarrow depot from the receivers of [[Ostra Rederi]].")
    assert ("Ostra Rederi", "seller") in roles, roles


def test_a_name_after_a_thing_of_it_keeps_its_own_role():
    # "the closure of" is no body: the preposition before it says nothing of the name
    roles = _roles("In 2009 Brevik Haulage bought [[Ostra Rederi]], which led to the closure of the [[Tarrow]] depot.")
    assert ("Tarrow", "seller") not in roles, roles


# ---------------------------------------------------------------- a name keeps its legal form as written


def test_an_unlinked_name_keeps_its_legal_form_as_written():
    roles = _roles("In 2011 Brevik Haulage bought Tarrow Fjordfrakt B.V., a ferry operator in Delfzijl.")
    assert ("Tarrow Fjordfrakt B.V.", "target") in roles, roles
    roles = _roles("In 2013 Brevik Haulage bought Ostra Kylhus GmbH, a cold store in Kiel.")
    assert ("Ostra Kylhus GmbH", "target") in roles, roles


def test_a_form_set_off_by_a_comma_or_ending_the_sentence_is_left_as_the_name_ends():
    roles = _roles("In 2011 Brevik Haulage bought the courier Lanmark, Inc., based in Ohio.")
    assert ("Lanmark", "target") in roles, roles
    roles = _roles("In 2014 Brevik Haulage bought the courier Lanmark Freight Ltd.")
    assert ("Lanmark Freight Ltd", "target") in roles, roles


def test_a_table_cell_keeps_the_full_stop_of_an_abbreviated_form():
    from kg.extractors.event_tables import _cell_name
    assert _cell_name("Officina Brenta S.r.l.") == "Officina Brenta S.r.l."
    assert _cell_name("Brenta Logistics Ltd.") == "Brenta Logistics Ltd."
    assert _cell_name("Brenta Logistics.") == "Brenta Logistics"


# ---------------------------------------------------------------- the name after its description


def test_a_place_word_before_a_description_does_not_hide_the_name_bought():
    found = _events("In 2015 Brevik Haulage bought the Aarhus parcel carrier Nordpakke Express for €12 million.")
    assert [e.label for e, _ in found if e.type == "acquisition"] == ["Acquisition of Nordpakke Express"], found


def test_a_long_name_followed_by_its_town_is_read_up_to_of():
    roles = _roles("In 2016 Brevik Haulage bought the Tallard Road Freight Company of North Berwick for £4 million.")
    assert ("Tallard Road Freight Company", "target") in roles, roles


def test_a_particle_or_a_possessive_is_no_place_word():
    roles = _roles("In 2016 Brevik Haulage bought Transportes do Vale for €4 million.")
    assert ("Vale", "target") not in roles, roles
    roles = _roles("In 2017 Brevik Haulage set up a joint venture with Kalder's founder Ivo Tamm.")
    assert not any(name == "Ivo Tamm" for name, _ in roles), roles


def test_the_name_paid_for_is_what_was_bought():
    found = _events("In 2012 Brevik Haulage paid €30 million for Kestral Linjer, a coach operator.")
    assert [e.label for e, _ in found if e.type == "acquisition"] == ["Acquisition of Kestral Linjer"], found


def test_a_passive_subject_whose_apposition_names_a_town_and_its_region():
    found = _events("Tarrow Couriers, a parcel firm in Leeds, Yorkshire, was acquired by Brevik Haulage in 2014.")
    assert [e.label for e, _ in found if e.type == "acquisition"] == ["Acquisition of Tarrow Couriers"], found


# ---------------------------------------------------------------- the site a closure shut


def test_a_closure_is_labelled_with_the_site_it_shut():
    found = _events("The Tarrow depot was closed in 2011.")
    assert "Closure of the Tarrow depot" in [e.label for e, _ in found], found
    found = _events("In 2013 Brevik Haulage closed its repair works in Kiel.")
    assert "Closure of the repair works in Kiel" in [e.label for e, _ in found], found


def test_a_sale_keeps_its_divestiture_label():
    found = _events("In 2014 Brevik Haulage sold its Kiel depot to [[Ostra Rederi]].")
    assert [e.label for e, _ in found if e.type == "divestiture"] == [
        "Divestiture of the Kiel depot to Ostra Rederi"], found


# ---------------------------------------------------------------- the product a launch names before its verb


def _launches(sentence):
    return [e.label for e, _ in _events(sentence) if e.type == "product_launch"]


def test_a_launched_product_named_before_an_apposition():
    assert _launches("Roadmate, a route-planning app for its drivers, was launched in 2016.") == ["Launch of Roadmate"]


def test_a_launched_product_named_in_an_apposition_after_its_kind():
    assert _launches("Its first refrigerated trailer, the 40-foot Polar King, went on sale in 1988.") == [
        "Launch of Polar King"]


def test_a_launched_product_named_before_its_kind():
    assert _launches("The Tarrow Express service was launched in May 2019.") == ["Launch of Tarrow Express"]


# ---------------------------------------------------------------- what a sale handed over


def _sales(sentence):
    return [e.label for e, _ in _events(sentence) if e.type == "divestiture"]


def test_a_sale_of_an_unnamed_business_is_labelled_with_what_was_sold():
    assert _sales("In 2014 Brevik Haulage sold its cold-storage business to [[Ostra Rederi]].") == [
        "Divestiture of the cold-storage business to Ostra Rederi"]
    assert _sales("The Kiel depot was sold to [[Ostra Rederi]] in 2016.") == [
        "Divestiture of the Kiel depot to Ostra Rederi"]
