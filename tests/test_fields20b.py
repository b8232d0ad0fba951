"""The fields of matched history events (issue 14, round 20): the banks that managed an
offering are its parties, and a product launch is labelled with what was launched."""

from __future__ import annotations

from tests.test_fields18 import _events


def _roles(sentence, kind, title="Brevik Haulage"):
    return [(p.entity.label, p.role) for e, _ in _events(sentence, title) if e.type == kind for p in e.participants]


def _labels(sentence, kind, title="Brevik Haulage"):
    return [e.label for e, _ in _events(sentence, title) if e.type == kind]


# ---------------------------------------------------------------- the managers of an offering


def test_the_banks_that_managed_an_offering_are_its_parties():
    roles = _roles("Brevik Haulage was listed on the Oslo Stock Exchange in May 1996, in an offering managed by "
                   "[[Nordea]] and [[DNB ASA|DNB]].", "ipo")
    assert ("Nordea", "supplier") in roles and ("DNB", "supplier") in roles, roles
    roles = _roles("In June 1996 the company went public in an initial public offering led by "
                   "[[Carnegie Investment Bank|Carnegie]], raising NOK 400 million.", "ipo")
    assert ("Carnegie", "supplier") in roles, roles


def test_every_unlinked_bank_of_a_list_after_underwritten_by_is_a_party():
    roles = _roles("Its shares began trading on the [[Oslo Stock Exchange]] on 3 June 1996 after an initial public "
                   "offering underwritten by Pareto Securities and Arctic Securities.", "ipo")
    assert ("Pareto Securities", "supplier") in roles and ("Arctic Securities", "supplier") in roles, roles
    assert ("Oslo Stock Exchange", "exchange") in roles, roles


def test_a_founder_before_a_listing_manages_no_offering():
    # "by" after "founded" names founders, not the offering's banks
    roles = _roles("Founded in Tromsø in 1931 by Ole Brevik and Kari Brevik, the company has been listed on the "
                   "[[Oslo Stock Exchange]] since 1996.", "ipo")
    assert not [r for r in roles if r[1] == "supplier"], roles
    roles = _roles("Founded in 1931 by [[Ole Brevik]], the company was floated on the [[Oslo Stock Exchange]] in 1996.",
                   "ipo")
    assert roles == [("Oslo Stock Exchange", "exchange")], roles


# ---------------------------------------------------------------- what a product launch launched


def test_the_name_in_apposition_to_the_first_thing_is_the_product():
    assert _labels("At the Nor-Shipping fair in 2003 the firm showed its first reefer container, the Kaldbox 40.",
                   "product_launch") == ["Launch of Kaldbox 40"]
    assert _labels("Its first hybrid tractor unit, the Brevik H2 Trail, was presented in September 2022.",
                   "product_launch") == ["Launch of Brevik H2 Trail"]
    assert _labels("In 2005 it launched a range of cold-chain services, Frostline.",
                   "product_launch") == ["Launch of Frostline"]


def test_a_named_range_or_series_is_the_product():
    assert _labels("The Polar range of insulated containers was launched in 2009.",
                   "product_launch") == ["Launch of Polar"]
    assert _labels("The Nordlys series of electric vans, built in Drammen, was launched in October 2020.",
                   "product_launch") == ["Launch of Nordlys"]
    assert _labels("The Fjordkjøl brand of chilled ready meals was introduced in 2014.",
                   "product_launch") == ["Launch of Fjordkjøl"]


def test_the_first_thing_named_in_lower_case_is_the_product():
    assert _labels("In 1998 the company built its first refrigerated trailers for a dairy in Bodø.",
                   "product_launch") == ["Launch of refrigerated trailers"]
    assert _labels("The company's first articulated lorry was presented at the Oslo motor show in 1971.",
                   "product_launch") == ["Launch of articulated lorry"]
    assert _labels("Its first insulated trailers, made from aluminium bought from Hydro, went on sale in 1975.",
                   "product_launch") == ["Launch of insulated trailers"]


def test_a_name_right_after_a_trigger_that_ends_on_it_is_the_product():
    # "brought out" ends where the name begins: no space is left between them
    assert _labels("In 1931 the brothers brought out Nordstjerne, a cologne.",
                   "product_launch") == ["Launch of Nordstjerne"]
    assert _labels("In 1960 the firm brought out the Polaris, a six-wheel lorry.",
                   "product_launch") == ["Launch of Polaris"]
    assert _labels("In 2001 the company launched Brevik Express.", "product_launch") == ["Launch of Brevik Express"]


# ---------------------------------------------------------------- the partner of an agreement


def test_a_body_the_company_joined_is_its_partner():
    for sentence, body in (("In 2015 Brevik Haulage joined the [[Fair Cargo Initiative]].", "Fair Cargo Initiative"),
                           ("In 2016 the company joined the [[Nordic Freight Partnership]] and pledged to cut its "
                            "emissions.", "Nordic Freight Partnership"),
                           ("In 2019 it became a founding member of the [[Clean Freight Coalition]].",
                            "Clean Freight Coalition"),
                           ("In 2015 Brevik Haulage joined the Fair Cargo Initiative.", "Fair Cargo Initiative")):
        assert (body, "partner") in _roles(sentence, "partnership"), sentence
        assert _labels(sentence, "partnership") == [f"Agreement with {body}"], sentence


def test_a_house_or_firm_named_by_what_it_is_is_the_partner():
    roles = _roles("A distribution agreement with the Bergen trading house Nordhav Shipping followed in 1995.",
                   "partnership")
    assert ("Nordhav Shipping", "partner") in roles, roles
    roles = _roles("A licence with the Swedish design firm Lindqvist followed in 1985.", "partnership")
    assert ("Lindqvist", "partner") in roles, roles
    roles = _roles("The Danish fashion house Sølvberg & Dahl signed a five-year supply contract with the company "
                   "in 2004.", "partnership")
    assert ("Sølvberg & Dahl", "partner") in roles, roles


# ---------------------------------------------------------------- the offer told after the listing


def test_the_banks_of_the_offer_told_after_the_listing_are_its_parties():
    roles = _roles("Brevik Haulage listed on the [[Oslo Stock Exchange]] on 19 June 2014. The offer, managed by "
                   "[[Nordea]], raised NOK 120 million at NOK 21 a share.", "ipo")
    assert ("Nordea", "supplier") in roles and ("Oslo Stock Exchange", "exchange") in roles, roles
    roles = _roles("Its shares were listed on the [[Oslo Stock Exchange]] in May 1997. The offering of 30 per cent of "
                   "the shares, arranged by Arctic Securities, raised NOK 410 million.", "ipo")
    assert ("Arctic Securities", "supplier") in roles, roles
    roles = _roles("Brevik Haulage went public on 3 May 1999. The offering, underwritten by [[Nordea]], raised "
                   "NOK 90 million from investors.", "ipo")
    assert ("Nordea", "supplier") in roles, roles


def test_an_offer_after_another_event_or_with_another_clause_takes_no_date():
    events = _events("In 1997 Brevik Haulage bought Tarrow Frakt. The offering, managed by Pareto Securities, raised "
                     "NOK 410 million.")
    assert [e.type for e, _ in events] == ["acquisition"], events
    events = _events("Its shares were listed on the [[Oslo Stock Exchange]] on 12 June 2007. The offering raised "
                     "NOK 145 million, and was arranged by [[Nordea]]; Ferd sold a third of its stake in it.")
    assert [e.type for e, _ in events] == ["ipo"], events
