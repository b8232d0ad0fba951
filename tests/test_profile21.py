"""Round 21 of the infobox profile: forms found on real infoboxes nobody tuned for (a count
written where a list of areas or divisions goes, the kind of a newspaper in its "type", a
slogan in quotation marks, the founding fields of {{Infobox organization}}). Every infobox
here is written for the test."""

from __future__ import annotations

from infoboxes import infobox as _infobox
from infoboxes import page_facts as _facts

from kg.evaluation.profile import profile_rows


def _shown(facts, prop: str) -> list[str]:
    return sorted(r.shown for r in profile_rows(facts) if r.property == prop)


def _box(template: str, **params: str) -> str:
    body = "\n".join(f"| {k} = {v}" for k, v in params.items())
    return "{{" + template + "\n" + body + "\n}}\n"


# ---------------------------------------------------------------- a count is no list item


def test_a_count_of_countries_is_no_area_served():
    box = _infobox(name="Velmora Freight", area_served="140 countries<ref>Annual report.</ref>")
    assert _shown(_facts("Velmora Freight", box + "'''Velmora Freight''' is a carrier."), "areaServed") == []
    box = _infobox(name="Velmora Freight", area_served="Over 60 countries")
    assert _shown(_facts("Velmora Freight", box + "'''Velmora Freight''' is a carrier."), "areaServed") == []
    box = _infobox(name="Velmora Freight", area_served="[[Europe]]<br />more than 20 countries in [[Asia]]")
    areas = _shown(_facts("Velmora Freight", box + "'''Velmora Freight''' is a carrier."), "areaServed")
    assert "Europe" in areas and not any(a[0].isdigit() for a in areas), areas


def test_a_count_of_branches_is_no_division():
    box = _infobox(name="Ostrava Rail Cargo", divisions="4 branches ([[Brno]], [[Ostrava]], [[Plzeň]], [[Olomouc]])")
    assert _shown(_facts("Ostrava Rail Cargo", box + "'''Ostrava Rail Cargo''' is a railway."), "division") == []
    box = _infobox(name="Ostrava Rail Cargo", subsid="about 30 subsidiaries")
    assert _shown(_facts("Ostrava Rail Cargo", box + "'''Ostrava Rail Cargo''' is a railway."), "subsidiary") == []
    box = _infobox(name="Ostrava Rail Cargo", products="12 product lines, [[Freight wagon]]s")
    products = _shown(_facts("Ostrava Rail Cargo", box + "'''Ostrava Rail Cargo''' is a railway."), "product")
    assert products == ["Freight wagon"], products


def test_a_name_that_begins_with_a_number_is_still_a_name():
    box = _infobox(name="Harbour Foods", subsid="2 Sisters Food Group<br />[[7-Eleven]]<br />99 Cents Only Stores",
                   area_served="[[Canada]]")
    facts = _facts("Harbour Foods", box + "'''Harbour Foods''' is a grocer.")
    assert _shown(facts, "subsidiary") == ["2 Sisters Food Group", "7-Eleven", "99 Cents Only Stores"]
    assert _shown(facts, "areaServed") == ["Canada"]


# ---------------------------------------------------------------- the kind of a publication


def test_the_kind_of_a_newspaper_is_no_legal_form():
    box = _box("Infobox newspaper", name="The Kestrel Courier", type="[[Daily newspaper]]", format="[[Broadsheet]]")
    facts = _facts("The Kestrel Courier", box + "'''The Kestrel Courier''' is a newspaper.")
    assert _shown(facts, "legalForm") == []
    box = _box("Infobox magazine", title="Orbis Weekly", type="Weekly news magazine")
    assert _shown(_facts("Orbis Weekly", box + "'''Orbis Weekly''' is a magazine."), "legalForm") == []
    box = _box("Infobox newspaper", name="Dunmore Post", type="[[Tabloid (newspaper format)|Tabloid]]")
    assert _shown(_facts("Dunmore Post", box + "'''Dunmore Post''' is a paper."), "legalForm") == []


def test_a_legal_form_is_still_read():
    box = _infobox(name="Kestrel Media", type="[[Public company|Public]] ([[Aktiengesellschaft|AG]])")
    facts = _facts("Kestrel Media", box + "'''Kestrel Media''' publishes newspapers.")
    assert _shown(facts, "legalForm") == ["Aktiengesellschaft", "Public company"]


# ---------------------------------------------------------------- a quoted slogan


def test_a_slogan_in_quotation_marks_is_its_words():
    for written in ('"Built to last"', "“Built to last”", "«Built to last»"):
        box = _infobox(name="Tarrow Tools", slogan=written)
        assert _shown(_facts("Tarrow Tools", box + "'''Tarrow Tools''' makes tools."), "motto") == ["Built to last"]
    box = _infobox(name="Tarrow Tools", slogan='The "right" tool')
    assert _shown(_facts("Tarrow Tools", box + "'''Tarrow Tools''' makes tools."), "motto") == ['The "right" tool']


# ---------------------------------------------------------------- the fields of an organisation


def test_the_founding_fields_of_an_organization_infobox_are_read():
    box = _box("Infobox organization", name="Sarn Valley Trust", founded_date="March 2006",
               founding_location="[[Cardiff]], [[Wales]]")
    facts = _facts("Sarn Valley Trust", box + "'''Sarn Valley Trust''' is a charity.")
    assert _shown(facts, "foundingDate") == ["2006-03"]
    assert _shown(facts, "foundingLocation") == ["Cardiff"]
    box = _box("Infobox organization", name="Sarn Valley Trust", founded_date="{{start date|2006|3|14}}")
    assert _shown(_facts("Sarn Valley Trust", box + "'''Sarn Valley Trust''' is a charity."),
                  "foundingDate") == ["2006-03-14"]


# ---------------------------------------------------------------- a name with its abbreviation


def test_an_abbreviation_after_the_name_is_not_part_of_it():
    box = _box("Infobox organization", name="Baltic Coastal Rescue Association (BCRA)")
    facts = _facts("Baltic Coastal Rescue Association", box + "'''BCRA''' is a charity.")
    assert _shown(facts, "name") == ["Baltic Coastal Rescue Association"]
    box = _infobox(name="Compañía Minera del Norte (CMN)")
    assert _shown(_facts("Compañía Minera del Norte", box + "'''CMN''' is a miner."), "name") == [
        "Compañía Minera del Norte"]
    box = _infobox(name="Northern Grain Board (NGB)<br>{{lang|fr|Office des grains du Nord}}")
    assert _shown(_facts("Northern Grain Board", box + "'''NGB''' is a board."), "name") == ["Northern Grain Board"]


def test_a_parenthesis_that_abbreviates_nothing_stays():
    box = _infobox(name="Tianhe Motors (Guangzhou) Co., Ltd.")
    assert _shown(_facts("Tianhe Motors", box + "'''Tianhe Motors''' makes cars."), "name") == [
        "Tianhe Motors (Guangzhou) Co., Ltd."]
    box = _infobox(name="Holmvik Shipping (ASA)")
    assert _shown(_facts("Holmvik Shipping", box + "'''Holmvik''' ships."), "name") == ["Holmvik Shipping (ASA)"]


# ---------------------------------------------------------------- an unlinked town and country


def test_an_unlinked_town_and_country_is_the_town():
    box = _box("Infobox organization", name="Dnipro Rights Watch", location="Dnipro, Ukraine")
    assert _shown(_facts("Dnipro Rights Watch", box + "'''Dnipro Rights Watch''' is a group."),
                  "headquarters") == ["Dnipro"]
    box = _infobox(name="Alpenfirn Treuhand", hq_location="Zug, Switzerland")
    assert _shown(_facts("Alpenfirn Treuhand", box + "'''Alpenfirn Treuhand''' is a trust."), "headquarters") == ["Zug"]
    box = _infobox(name="Quillota Frutas", hq_location="Vitacura, Santiago, Chile")
    assert _shown(_facts("Quillota Frutas", box + "'''Quillota Frutas''' sells fruit."),
                  "headquarters") == ["Vitacura, Santiago"]


def test_an_address_or_a_place_without_a_country_stays_as_written():
    box = _infobox(name="Harlan Feed", hq_location="Kansas City, Missouri")
    assert _shown(_facts("Harlan Feed", box + "'''Harlan Feed''' sells feed."), "headquarters") == [
        "Kansas City, Missouri"]
    box = _infobox(name="Harlan Feed", hq_location="12 Market Street, Dnipro, Ukraine")
    assert _shown(_facts("Harlan Feed", box + "'''Harlan Feed''' sells feed."), "headquarters") == [
        "12 Market Street, Dnipro, Ukraine"]


# ---------------------------------------------------------------- an organisation gone or renamed


def test_a_subsidiary_marked_gone_is_no_subsidiary():
    box = _infobox(name="Kappa Group AG", subsid="Nordic Foods AB (defunct)<br>[[Lund Mining]] (sold to [[Rio Tinto]] "
                   "in 2019)<br>Kappa Bank (dissolved 2008)<br>[[Kappa Retail]]")
    facts = _facts("Kappa Group", box + "'''Kappa Group''' is a holding company.")
    assert _shown(facts, "subsidiary") == ["Kappa Retail"]
    box = _infobox(name="Kappa Group AG", owner="Berg family (closed fund)<br>[[Lund Capital]] (60%)")
    assert _shown(_facts("Kappa Group", box + "'''Kappa Group''' is a company."), "owner") == ["Lund Capital"]


def test_a_subsidiary_with_its_former_name_is_current():
    box = _infobox(name="Kappa Group AG", subsid="Lund Logistics (formerly Lund Transport)<br>[[Kappa Energy]] "
                   "(previously known as Kappa Power, 1990–2005)<br>Formerly [[Kappa Steel]]<br>Berg Foods (1998–2012)")
    facts = _facts("Kappa Group", box + "'''Kappa Group''' is a holding company.")
    assert _shown(facts, "subsidiary") == ["Kappa Energy", "Lund Logistics"]
    box = _infobox(name="Kappa Group AG", parent="[[Lund Holdings]] (formerly Lund Industries)")
    assert _shown(_facts("Kappa Group", box + "'''Kappa Group''' is a company."), "parentOrganization") == [
        "Lund Holdings"]


# ---------------------------------------------------------------- a range is no count


def test_a_range_of_figures_is_no_count():
    for written in ("2,000–3,000 (2022)", "40 to 50", "about 1,200-1,500<ref>Report.</ref>"):
        box = _infobox(name="Kappa Group AG", num_employees=written)
        assert _shown(_facts("Kappa Group", box + "'''Kappa Group''' is a company."), "employees") == [], written


def test_a_count_with_a_period_in_parentheses_is_read():
    box = _infobox(name="Kappa Group AG", num_employees="2,450 (2022–23)", num_locations="61 (2019-2020)")
    facts = _facts("Kappa Group", box + "'''Kappa Group''' is a company.")
    assert _shown(facts, "employees") == ["2450"]
    assert _shown(facts, "numberOfLocations") == ["61"]


# ---------------------------------------------------------------- when a role began


def test_the_start_of_a_role_is_not_part_of_it():
    box = _infobox(name="Kappa Group AG", key_people="Anna Berg (CEO, since 2019)<br>[[Tom Lund]] (Chair from "
                   "March 2015)<br>Eva Holm (CFO, 2021–present)<br>Ola Dahl (since 2020)")
    facts = _facts("Kappa Group", box + "'''Kappa Group''' is a company.")
    assert _shown(facts, "keyPerson") == ["Anna Berg (CEO)", "Eva Holm (CFO)", "Ola Dahl", "Tom Lund (Chair)"]
    assert _shown(facts, "chiefExecutiveOfficer") == ["Anna Berg"]
    assert _shown(facts, "chairperson") == ["Tom Lund"]


def test_a_role_that_ended_keeps_its_period_and_heads_nothing():
    box = _infobox(name="Kappa Group AG", key_people="Anna Berg (CEO, 2009–2021)<br>Tom Lund (CEO)")
    facts = _facts("Kappa Group", box + "'''Kappa Group''' is a company.")
    assert _shown(facts, "chiefExecutiveOfficer") == ["Tom Lund"]
    assert "Anna Berg (CEO, 2009–2021)" in _shown(facts, "keyPerson")


# ---------------------------------------------------------------- founders, owners, a town before a country


def test_a_year_after_a_founder_is_not_part_of_the_name():
    box = _infobox(name="Kappa Group AG", founders="Ingrid Lund, 1925<br>Per Dahl, c. 1930<br>[[Karl Lund]] (1923)")
    facts = _facts("Kappa Group", box + "'''Kappa Group''' is a company.")
    assert _shown(facts, "founder") == ["Ingrid Lund", "Karl Lund", "Per Dahl"]


def test_the_free_float_is_no_owner():
    for written in ("[[Government of Norway]] (67%), free float (33%)",
                    "[[Government of Norway]] (67%)<br>Public float (33%)",
                    "{{ubl|[[Government of Norway]] (67%)|Others (33%)}}"):
        box = _infobox(name="Kappa Group AG", owner=written)
        assert _shown(_facts("Kappa Group", box + "'''Kappa Group''' is a company."), "owner") == [
            "Government of Norway"], written


def test_an_unlinked_town_before_a_linked_country_is_the_town():
    box = _infobox(name="Kappa Group AG", hq_location="Stavanger, [[Norway]]")
    assert _shown(_facts("Kappa Group", box + "'''Kappa Group''' is a company."), "headquarters") == ["Stavanger"]
    box = _infobox(name="Kappa Group AG", location="Aarhus, [[Denmark]]")
    assert _shown(_facts("Kappa Group", box + "'''Kappa Group''' is a company."), "headquarters") == ["Aarhus"]
    box = _infobox(name="Kappa Group AG", hq_location="[[Tromsø]], [[Norway]]")
    assert _shown(_facts("Kappa Group", box + "'''Kappa Group''' is a company."), "headquarters") == ["Tromsø"]
