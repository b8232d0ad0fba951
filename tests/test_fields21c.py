"""The place of an opening (issue 14, round 21): an unlinked place named after the site's noun or
the opening verb ("a packing plant in Tarnow", "was set up in Osaka") is the opening's location,
the first one only ("at Jelcz in Poland" names one site); a move of the head office keeps its own
reading ("to" names where it went)."""

from __future__ import annotations

from tests.test_fields18 import _events


def _located(sentence, kind="expansion", title="Brevik Haulage"):
    return [(e.label, [p.entity.label for p in e.participants if p.role == "location"])
            for e, _ in _events(sentence, title) if e.type == kind]


def test_an_unlinked_place_after_the_site_noun_is_the_location():
    for sentence, place in (("In 1999 Brevik Haulage opened a depot in Tromsø.", "Tromsø"),
                            ("A subsidiary in Osaka was opened in 2004.", "Osaka"),
                            ("In 2011 the company opened a sales office at Gdynia.", "Gdynia")):
        found = _located(sentence)
        assert found and found[0][1] == [place], (sentence, found)
        assert place in found[0][0], found


def test_an_unlinked_place_after_the_opening_verb_is_the_location():
    found = _located("A Danish subsidiary was set up in Aarhus in 2003.")
    assert found and found[0][1] == ["Aarhus"], found
    found = _located("In October 2008 the company opened a warehouse in the city of Kaunas.")
    assert found and found[0][1] == ["Kaunas"], found


def test_only_the_first_place_is_the_site():
    found = _located("A bus plant at Jelcz in Poland was opened in 2012.")
    assert found and found[0][1] == ["Jelcz"], found
    found = _located("In 2006 Brevik Haulage opened its first foreign branch in Accra, Ghana.")
    assert found and found[0][1] == ["Accra"], found


def test_a_month_or_a_purpose_is_no_place():
    found = _located("A Swedish subsidiary was set up in 2021 to serve hauliers in Scandinavia.")
    assert not found or found[0][1] == [], found
    found = _located("The depot was opened in October 1999.")
    assert not found or found[0][1] == [], found


# ---------------------------------------------------------------- the buyer of a sale


def _with_role(sentence, kind, role, title="Brevik Haulage"):
    return [[p.entity.label for p in e.participants if p.role == role]
            for e, _ in _events(sentence, title) if e.type == kind]


def _buyers(sentence):
    return _with_role(sentence, "divestiture", "buyer")


def _each_found(cases, find):
    for sentence, name in cases:
        found = find(sentence)
        assert found and found[0] == [name], (sentence, found)


def test_an_unlinked_buyer_after_the_sold_thing_is_the_buyer():
    _each_found((("In 2019 Brevik Haulage sold its bakery division to Harlan Foods.", "Harlan Foods"),
                 ("In 2008 the company sold its ferry routes to the Danish operator Stena Sund for "
                  "NOK 80 million.", "Stena Sund"),
                 ("In 2010 it sold its shipping arm to a consortium led by Orvik Partners.", "Orvik Partners")), _buyers)


def test_no_buyer_after_a_purpose_or_an_unnamed_group():
    found = _buyers("In 2015 Brevik Haulage sold the depot to focus on Norway.")
    assert not found or found[0] == [], found
    found = _buyers("In 2012 Brevik Haulage sold its stake to Japanese investors.")
    assert not found or found[0] == [], found


# ---------------------------------------------------------------- the owner of what was bought


def _sellers(sentence, title="Brevik Haulage"):
    return [(e.label, [p.entity.label for p in e.participants if p.role == "seller"],
             [p.entity.label for p in e.participants if p.role == "target"])
            for e, _ in _events(sentence, title) if e.type == "acquisition"]


def test_the_unlinked_owner_of_a_bought_business_is_the_seller():
    for sentence, seller in (("In 2005 Brevik Haulage bought the Alaska container business of Northstar Marine.",
                              "Northstar Marine"),
                             ("In 2011 the company bought the grain terminal of the Bergen-based trading house "
                              "Vestkorn Handel.", "Vestkorn Handel"),
                             ("In 2018 Brevik Haulage acquired the cold-storage plants of Fjordfrakt for NOK 90 "
                              "million.", "Fjordfrakt")):
        found = _sellers(sentence)
        assert found and found[0][1] == [seller] and seller not in found[0][2], (sentence, found)


def test_a_business_named_after_of_stays_the_target():
    found = _sellers("In 2014 Brevik Haulage completed the acquisition of Nordlast Logistikk.")
    assert found and found[0][1] == [], found


# ---------------------------------------------------------------- the company a share of which was bought


def _targets(sentence):
    return _with_role(sentence, "acquisition", "target")


def test_the_unlinked_company_of_a_bought_share_is_the_target():
    _each_found((("In 2017 Brevik Haulage bought 67 per cent of Nordlast Logistikk.", "Nordlast Logistikk"),
                 ("In 2021 Brevik Haulage bought a majority stake in the Swedish parcel carrier "
                  "Paketlinjen.", "Paketlinjen"),
                 ("In 2019 the company bought out the minority shareholders of Fjordfrakt Holding.",
                  "Fjordfrakt Holding")), _targets)


def test_a_stake_bought_with_no_company_named_has_no_target():
    found = _targets("In 2012 Brevik Haulage raised its stake to 60 per cent.")
    assert not found or found[0] == [], found


def test_a_stake_in_the_company_under_a_short_name_has_no_target():
    # the company's own name, shortened or with a unit's word after it, is no target of a share
    for sentence, title in (("In 2022 the Gulf fund bought 18 per cent of Brevik in a private placement.",
                             "Brevik Haulage"),
                            ("In 2015 Tallinn Capital bought a 30 per cent stake in Brevik Europe.",
                             "Brevik Haulage"),
                            ("In 2020 the investor bought 20 per cent of Nordlast, the company's parent.",
                             "Nordlast Brevik")):
        found = _with_role(sentence, "acquisition", "target", title)
        assert not found or found[0] == [], (sentence, found)


def test_a_stake_in_a_company_sharing_only_an_organisation_word_is_the_target():
    found = _with_role("In 2018 Grupo Altiplano bought 40 per cent of Grupo Serrano.", "acquisition", "target",
                       "Grupo Altiplano")
    assert found and found[0] == ["Grupo Serrano"], found
