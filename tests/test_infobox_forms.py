"""Infobox value forms that hold on any company infobox: currency signs, exchange templates,
board roles, lists, people. Every infobox here is written for the test."""

from __future__ import annotations

from decimal import Decimal

import pytest
from infoboxes import infobox as _infobox
from infoboxes import page_facts as _facts

from kg.evaluation.predictions import Prediction
from kg.evaluation.profile import matches
from kg.model import Money
from kg.text.money import parse_money
from kg.text.values import parse_listings


def _values(facts, prop: str) -> list:
    return [f.value for f in facts if f.prop == prop]


# ---------------------------------------------------------------- currency signs


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("{{increase}} Rp 48.3&nbsp;trillion (2022)", "48300000000000", "IDR"),
        ("{{decrease}} −Rp 2.05 trillion (2022)", "-2050000000000", "IDR"),  # the minus before the sign
        ("RM 7.4 billion (FY2022)", "7400000000", "MYR"),
        ("RM (415) million (2022)", "-415000000", "MYR"),
        ("CLP$ 318,200 million (2022)", "318200000000", "CLP"),
        ("{{decrease}} CLP$ −4,150 million (2022)", "-4150000000", "CLP"),
        ("ARS$ 2.6 trillion (2023)", "2600000000000", "ARS"),
        ("COP$ 9.1 billion", "9100000000", "COP"),
        ("Tk 1,250 crore (2021)", "12500000000", "BDT"),
        ("S/ 3.4 billion (2022)", "3400000000", "PEN"),
        ("KSh 41.6 billion (2023)", "41600000000", "KES"),
        ("E£ 12.8 billion", "12800000000", "EGP"),
    ],
)
def test_currency_signs_of_more_countries(text, amount, currency):
    money = parse_money(text, accounting=True)
    assert (money.amount, money.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize("text", ["the RM5 engine", "Rp coupon", "model Tk 3"])
def test_letter_signs_need_a_sum(text):
    assert parse_money(text) is None


def test_rupees_follow_the_company_country():
    pk = _infobox(name="Chenab Cement Limited", hq_location_country="[[Pakistan]]", revenue="Rs. 64.2 billion (2023)",
                  net_income="Rs 3.9 billion (2023)")
    found = _values(_facts("Chenab Cement", pk + "'''Chenab Cement''' is a Pakistani cement maker."), "revenue")
    found += _values(_facts("Chenab Cement", pk + "'''Chenab Cement''' is a Pakistani cement maker."), "netIncome")
    assert [(m.amount, m.currency) for m in found] == [(Decimal(64200000000), "PKR"), (Decimal(3900000000), "PKR")]
    assert all(m.inferred and "Pakistan" in m.inferred for m in found)
    lk = _infobox(name="Kandy Teas PLC", hq_location_country="Sri Lanka", revenue="Rs 18.7 billion (2022)")
    assert [m.currency for m in _values(_facts("Kandy Teas", lk + "'''Kandy Teas''' is a tea firm."), "revenue")] == ["LKR"]
    india = _infobox(name="Godavari Mills", hq_location_country="India", revenue="Rs 950 crore (2022)")
    money = _values(_facts("Godavari Mills", india + "'''Godavari Mills''' is an Indian firm."), "revenue")[0]
    assert (money.amount, money.currency) == (Decimal(9500000000), "INR")
    unknown = _infobox(name="Rupa Traders", revenue="Rs 12 billion")
    assert [m.currency for m in _values(_facts("Rupa Traders", unknown + "'''Rupa''' is a firm."), "revenue")] == ["INR"]


def test_a_yen_sign_still_follows_china():
    cn = _infobox(name="Huaxin Foods", hq_location_country="China", revenue="¥8.2 billion (2022)")
    money: Money = _values(_facts("Huaxin Foods", cn + "'''Huaxin Foods''' is a Chinese company."), "revenue")[0]
    assert money.currency == "CNY"


@pytest.mark.parametrize(
    ("text", "amount", "year"),
    [
        ("{{increase}} {{INRConvert|26450|c}} (FY2023)", "264500000000", "2023"),
        ("{{INRConvert|1.8|lc}} (2022)", "1800000000000", "2022"),
        ("{{decrease}} {{INRConvert|-740|c}} (FY2021–22)", "-7400000000", "2022"),
        ("{{INRConvert|35|b}}", "35000000000", None),
    ],
)
def test_rupee_conversion_templates_give_the_written_figure(text, amount, year):
    money = parse_money(text, accounting=True)
    assert (money.amount, money.currency, money.year) == (Decimal(amount), "INR", year)


@pytest.mark.parametrize(
    "text",
    ["US$ 2.4–2.9 billion (2022)", "€10–15 million", "US$1.2 billion – US$1.6 billion (2021 est.)",
     "$3 to 4 billion", "{{increase}} (FY2023)", "{{small|(2022)}}", "2021"],
)
def test_a_range_or_a_year_alone_is_no_amount(text):
    assert parse_money(text, accounting=True) is None


def test_a_year_before_the_figure_is_not_the_figure():
    money = parse_money("{{small|(2022)}} US$4.1 billion", accounting=True)
    assert (money.amount, money.currency) == (Decimal(4100000000), "USD")


def test_a_ranged_revenue_makes_no_row_but_the_others_stay():
    box = _infobox(name="Tallgrass Foods", revenue="US$ 2.4–2.9 billion (2022)", net_income="US$ 310 million (2022)")
    facts = _facts("Tallgrass Foods", box + "'''Tallgrass Foods''' is an American food company.")
    assert _values(facts, "revenue") == []
    assert [m.amount for m in _values(facts, "netIncome")] == [Decimal(310000000)]


# ---------------------------------------------------------------- exchanges


@pytest.mark.parametrize(
    ("value", "short", "ticker", "title"),
    [
        ("{{BCS|ANDINA}}", "BCS", "ANDINA", "Santiago Stock Exchange"),
        ("{{BVL|ALICORC1}}", "BVL", "ALICORC1", "Lima Stock Exchange"),
        ("{{BIST|KRDMD}}", "BIST", "KRDMD", "Borsa Istanbul"),
        ("{{PSX|LUCK}}", "PSX", "LUCK", "Pakistan Stock Exchange"),
        ("{{BYMA|GGAL}}", "BYMA", "GGAL", "Bolsas y Mercados Argentinos"),
        ("BVC: NUTRESA", "BVC", "NUTRESA", "Colombia Stock Exchange"),
        ("[[Euronext Paris]]: RNO", "Euronext Paris", "RNO", "Euronext Paris"),
        ("Euronext Amsterdam: HEIA", "Euronext Amsterdam", "HEIA", "Euronext Amsterdam"),
        ("{{BMAD|ITX}}", "BMAD", "ITX", "Bolsa de Madrid"),
    ],
)
def test_more_exchange_templates(value, short, ticker, title):
    [listing] = parse_listings(value)
    assert (listing.exchange, listing.ticker, listing.exchange_entity.title) == (short, ticker, title)


# ---------------------------------------------------------------- board roles


def test_chairs_of_two_tier_boards_are_chairpersons():
    people = ("{{ubl|Hanna Vogt (Chair of the [[Supervisory board|Supervisory Board]])|Jens Ott (CEO)|"
              "Lars Berg (Chairman of the Management Board of [[Nordwerk Holding]])}}")
    facts = _facts("Rheinfeld", _infobox(name="Rheinfeld AG", key_people=people) + "'''Rheinfeld''' is a firm.")
    assert [p.label for p in _values(facts, "chairperson")] == ["Hanna Vogt"]
    id_people = "Agus Wibowo (President Commissioner)<br />Dewi Lestari (President Director)"
    facts = _facts("Tirta", _infobox(name="PT Tirta Makmur Tbk", key_people=id_people) + "'''Tirta''' is a firm.")
    assert [p.label for p in _values(facts, "chairperson")] == ["Agus Wibowo"]


# ---------------------------------------------------------------- the scorer


def test_a_gold_page_title_is_compared_with_its_first_letter_capitalised():
    row = Prediction(type="indexMembership", date=None, sentence="x", section=None,
                     participants=("https://en.wikipedia.org/wiki/SBF_120",), label="sBF 120")
    assert matches(row, {"property": "indexMembership", "value": "sBF 120", "wikipedia": "sBF 120"}, strict=True)
    assert not matches(row, {"property": "indexMembership", "value": "sBF 120", "wikipedia": "CAC 40"}, strict=True)


# ---------------------------------------------------------------- people


def test_a_linked_role_after_a_comma_is_not_the_person():
    people = ("{{plainlist|\n* Sir Alan Brough, [[Chairman]]\n* Nadia Farouk, [[Chief executive officer|Group Chief Executive]]\n"
              "* Owen Pryce, Chief Financial Officer\n}}")
    facts = _facts("Brough", _infobox(name="Kestle Assurance plc", key_people=people) + "'''Kestle''' is an insurer.")
    assert sorted((r.holder.label, r.holder.title, r.role) for r in _values(facts, "keyPerson")) == [
        ("Alan Brough", None, "Chairman"), ("Nadia Farouk", None, "Group Chief Executive"),
        ("Owen Pryce", None, "Chief Financial Officer")]
    assert [p.label for p in _values(facts, "chairperson")] == ["Alan Brough"]
    assert [p.label for p in _values(facts, "chiefExecutiveOfficer")] == ["Nadia Farouk"]


def test_honorifics_are_not_part_of_an_unlinked_name():
    people = "Tan Sri Dato' Rahim Osman (Chairman)<br />Dame Celia Marsh (Chief Executive)"
    facts = _facts("Marsh", _infobox(name="Lembah Timur Berhad", key_people=people, founder="Dr. Hugo Lind")
                   + "'''Lembah Timur''' is a firm.")
    assert sorted(r.holder.label for r in _values(facts, "keyPerson")) == ["Celia Marsh", "Rahim Osman"]
    assert [p.label for p in _values(facts, "founder")] == ["Hugo Lind"]


@pytest.mark.parametrize(
    ("founders", "names"),
    [
        ("Sir Walter Dunmore and Dr. Edith Crane", ["Walter Dunmore", "Edith Crane"]),
        ("Ernst and Karl Vollmer", ["Ernst Vollmer", "Karl Vollmer"]),  # brothers sharing the surname
        ("[[Ada Lowry]] and [[Basil Crane]]", ["Ada Lowry", "Basil Crane"]),
        ("Harlan and Webb", ["Harlan and Webb"]),  # two surnames: a firm's name, not split
        ("Vollmer Brothers and Company", ["Vollmer Brothers and Company"]),
        ("Hartley and Sons Ltd", ["Hartley and Sons Ltd"]),
    ],
)
def test_founders_joined_by_and(founders, names):
    facts = _facts("Dunmore", _infobox(name="Dunmore Mills", founders=founders) + "'''Dunmore''' is a firm.")
    assert [p.label for p in _values(facts, "founder")] == names


def test_two_tier_boards_and_deputies():
    people = ("Marek Zielinski (President of the Management Board)<br />Ewa Nowak (Chair of the Supervisory Board)<br />"
              "Piotr Lis (Vice-Chairman of the Supervisory Board)<br />Olga Bem (Deputy CEO)<br />"
              "Rudi Sastro (President Director)<br />Hans Adler (Chairman of the Board of Management)<br />"
              "Vikram Rao (Chairman & MD)")
    facts = _facts("Wisla", _infobox(name="Wisla Energia S.A.", key_people=people) + "'''Wisla''' is a firm.")
    assert sorted(p.label for p in _values(facts, "chiefExecutiveOfficer")) == [
        "Hans Adler", "Marek Zielinski", "Rudi Sastro", "Vikram Rao"]
    assert sorted(p.label for p in _values(facts, "chairperson")) == ["Ewa Nowak", "Vikram Rao"]


# ---------------------------------------------------------------- founding place


@pytest.mark.parametrize(
    ("founded", "place"),
    [
        ("{{Start date|1907}} in [[Bergen]], Norway", "Bergen"),
        ("{{Start date|1907}}<br />[[Bergen]], Norway", "Bergen"),
        ("[[Bergen]], Norway ({{start date|1907}})", "Bergen"),
        ("12 May 1907; 117 years ago, [[Bergen]]", "Bergen"),
        ("{{Start date|1907}} as [[Bergen Fiskeriselskap]]<br />[[Bergen]]", "Bergen"),
        ("{{Start date|1907}} as [[Bergen Fiskeriselskap]]", None),  # a former company, not a place
        ("{{Start date|1907}} by [[Ole Brekke]]", None),  # a founder
        ("1907; merger of [[Nordfisk]] and [[Vestfisk]]", None),  # companies
    ],
)
def test_the_founding_place_is_a_link_in_a_place_position(founded, place):
    facts = _facts("Brekke", _infobox(name="Brekke ASA", founded=founded) + "'''Brekke''' is a firm.")
    assert [p.label for p in _values(facts, "foundingLocation")] == ([place] if place else [])
    assert [d.iso[:4] for d in _values(facts, "foundingDate")] == ["1907"]


# ---------------------------------------------------------------- lists, pointers, statuses


def test_pointers_and_statuses_are_no_values():
    box = _infobox(name="Corvid Labs, Inc.", key_people="See [[#Leadership|Leadership]]",
                   products="[[#Products|See products]]", divisions="See [[#Divisions|divisions]]",
                   subsidiaries="[[List of Corvid Labs subsidiaries|List of subsidiaries]]",
                   parent="Independent", owner="Publicly traded<br />Employee-owned<br />State-owned")
    facts = _facts("Corvid Labs", box + "'''Corvid Labs''' is a firm.")
    props = {"keyPerson", "product", "division", "subsidiary", "parentOrganization", "owner"}
    assert [f for f in facts if f.prop in props] == []


def test_a_count_of_subsidiaries_is_no_subsidiary():
    facts = _facts("Corvid Labs", _infobox(name="Corvid Labs", subsidiaries="38 (2023)",
                                           owner="Employees (100%)") + "'''Corvid Labs''' is a firm.")
    assert _values(facts, "subsidiary") == []
    assert [o.label for o in _values(facts, "owner")] == ["Employees"]


def test_a_board_as_key_people_is_no_person():
    facts = _facts("Corvid Labs", _infobox(name="Corvid Labs", key_people="[[Board of directors]]") + "'''Corvid''' is a firm.")
    assert _values(facts, "keyPerson") == []


def test_isin_template_and_an_unlinked_founder_after_a_linked_one():
    box = _infobox(name="Corvid Labs", ISIN="{{ISIN|sl=n|pl=y|US21873K1016}}",
                   founders="[[Wren Castellano]], [[Milo Hart (engineer)|Milo Hart]] and Ines Duval")
    facts = _facts("Corvid Labs", box + "'''Corvid Labs''' is a firm.")
    assert [c.text for c in _values(facts, "isin")] == ["US21873K1016"]
    assert [(p.label, p.title) for p in _values(facts, "founder")] == [
        ("Wren Castellano", "Wren Castellano"), ("Milo Hart", "Milo Hart (engineer)"), ("Ines Duval", None)]


def test_the_airline_infobox_names_its_own_parameters():
    box = ("{{Infobox airline\n| airline = Petrel Air\n| founded = {{Start date|1958|3|2}}\n| ceased = {{End date|2011|10|31}}\n"
           "| profit = SEK −215 million (2010)\n| employees = 2,450 (2010)\n}}\n")
    facts = _facts("Petrel Air", box + "'''Petrel Air''' was a Swedish airline.")
    assert [n.text for n in _values(facts, "name")] == ["Petrel Air"]
    assert [d.iso for d in _values(facts, "dissolutionDate")] == ["2011-10-31"]
    assert [(m.amount, m.currency) for m in _values(facts, "netIncome")] == [(Decimal(-215000000), "SEK")]
    assert [(q.value, q.year) for q in _values(facts, "employees")] == [(2450, "2010")]


@pytest.mark.parametrize(
    ("traded_as", "tickers"),
    [
        ("{{LSE|KSH}}<br />{{NYSE|KSH}} (ADR, 1997–2011)", ["KSH"]),
        ("{{LSE|KSH}}<br />{{NYSE|KSHA}} (1997 to 2011)", ["KSH"]),
        ("{{LSE|KSH}}<br />{{NYSE|KSHA}} (ADR, since 1997)", ["KSH", "KSHA"]),
        ("{{LSE|KSH}}<br />{{NYSE|KSHA}} (1997–present)", ["KSH", "KSHA"]),
    ],
)
def test_a_listing_with_an_ended_period_is_no_listing(traded_as, tickers):
    facts = _facts("Kesh", _infobox(name="Kesh plc", traded_as=traded_as) + "'''Kesh''' is a firm.")
    assert [x.ticker for x in _values(facts, "stockListing")] == tickers


# ---------------------------------------------------------------- former names


@pytest.mark.parametrize(
    ("item", "name", "start", "end"),
    [
        ("Aldwych Tanning Co. (March 1921 – June 1958)", "Aldwych Tanning Co.", "1921", "1958"),
        ("Aldwych Tanning Co. (c. 1890–1921)", "Aldwych Tanning Co.", "1890", "1921"),
        ("Aldwych Tanning Co. (1890s–1921)", "Aldwych Tanning Co.", "1890", "1921"),
        ("Aldwych Tanning Co. (1921–1958; 1962–1970)", "Aldwych Tanning Co.", "1921", "1970"),
        ("Aldwych Tanning Co., 1921–1958", "Aldwych Tanning Co.", "1921", "1958"),
        ("Aldwych Leather (since 1958)", "Aldwych Leather", "1958", None),
        ("Aldwych Leather (1958)", "Aldwych Leather (1958)", None, None),  # one year: no period
        ("Aldwych (Thailand) Ltd.", "Aldwych (Thailand) Ltd.", None, None),
    ],
)
def test_former_names_lose_every_written_period(item, name, start, end):
    facts = _facts("Aldwych", _infobox(name="Aldwych plc", former_name=item) + "'''Aldwych''' is a firm.")
    [fact] = [f for f in facts if f.prop == "formerName"]
    quals = dict(fact.qualifiers)
    assert (fact.value.text, getattr(quals.get("startDate"), "iso", None), getattr(quals.get("endDate"), "iso", None)) == (
        name, start, end)


def test_a_bare_dollar_of_a_peso_country_is_left_to_the_article():
    mx = _infobox(name="Grupo Tulancingo", hq_location_country="Mexico", revenue="$48.2 billion (2022)")
    money = _values(_facts("Grupo Tulancingo", mx + "'''Grupo Tulancingo''' is a Mexican company."), "revenue")[0]
    assert money.currency is None  # the peso or the US dollar: the text does not say
    written = mx + "'''Grupo Tulancingo''' is a Mexican company. It reported Mex$48.2 billion in 2022."
    money = _values(_facts("Grupo Tulancingo", written), "revenue")[0]
    assert money.currency == "MXN"
    uk = _infobox(name="Pellham plc", hq_location_country="United Kingdom", revenue="$3.1 billion (2022)")
    assert _values(_facts("Pellham", uk + "'''Pellham''' is a British company."), "revenue")[0].currency == "USD"


# ---------------------------------------------------------------- areas served


@pytest.mark.parametrize(
    ("area", "areas"),
    [
        ("United Kingdom, Ireland and the Channel Islands", ["Channel Islands", "Ireland", "United Kingdom"]),
        ("Europe and the Middle East", ["Europe", "Middle East"]),
        ("North America and Asia", ["Asia", "North America"]),
        ("Trinidad and Tobago", ["Trinidad and Tobago"]),  # one country
        ("Research and development", ["Research and development"]),
    ],
)
def test_areas_served_joined_by_and(area, areas):
    facts = _facts("Oriel", _infobox(name="Oriel Foods Ltd", area_served=area) + "'''Oriel''' is a firm.")
    assert sorted(a.label for a in _values(facts, "areaServed")) == areas


def test_and_between_unlinked_places_splits_only_known_places_elsewhere():
    facts = _facts("Oriel", _infobox(name="Oriel Foods Ltd", products="Canada Dry and Ginger Ale") + "'''Oriel''' is a firm.")
    assert [p.label for p in _values(facts, "product")] == ["Canada Dry and Ginger Ale"]


@pytest.mark.parametrize(
    ("text", "currency"),
    [("NIS 3.8 billion (2022)", "ILS"), ("14.6 billion rand (2022)", "ZAR"), ("2.7 trillion rupiah", "IDR"),
     ("48 billion baht (2021)", "THB"), ("1.9 billion zlotys", "PLN"), ("850 million ringgit", "MYR")],
)
def test_currency_names_after_the_figure(text, currency):
    assert parse_money(text, accounting=True).currency == currency


def test_a_role_written_before_the_person():
    people = "Chairman: [[Ruth Vance]]<br />[[Chief executive officer|CEO]]: Omar Haddad<br />CFO – Li Wen (since 2021)"
    facts = _facts("Vance", _infobox(name="Vance Mills Inc.", key_people=people) + "'''Vance Mills''' is a firm.")
    assert sorted((r.holder.label, r.holder.title, r.role) for r in _values(facts, "keyPerson")) == [
        ("Li Wen", None, "CFO"), ("Omar Haddad", None, "CEO"), ("Ruth Vance", "Ruth Vance", "Chairman")]
    assert [p.label for p in _values(facts, "chiefExecutiveOfficer")] == ["Omar Haddad"]


def test_a_former_parent_or_owner_is_not_one_now():
    box = _infobox(name="Lark Foods", parent="[[Harwick Group]] (1988–2012)<br />[[Orrin Holdings]] (2012–present)",
                   owner="Formerly [[Ansel Capital]]<br />[[Orrin Holdings]] (100%)")
    facts = _facts("Lark Foods", box + "'''Lark Foods''' is a firm.")
    assert [p.label for p in _values(facts, "parentOrganization")] == ["Orrin Holdings"]
    assert [p.label for p in _values(facts, "owner")] == ["Orrin Holdings"]


def test_a_role_that_ended_makes_no_chief_executive():
    people = ("Nora Pike (CEO, 2009–2021)<br />Idris Cole (CEO)<br />Ada Voss (Chairman until 2020)<br />"
              "Tom Reyes (CEO-designate)<br />Una Berg (Incoming CEO)")
    facts = _facts("Pike", _infobox(name="Pike Tools Inc.", key_people=people) + "'''Pike Tools''' is a firm.")
    assert [p.label for p in _values(facts, "chiefExecutiveOfficer")] == ["Idris Cole"]
    assert _values(facts, "chairperson") == []


def test_no_headquarters_from_a_pointer_or_several_places():
    for hq in ("Multiple (see [[#Offices|Offices]])", "Various"):
        facts = _facts("Quill", _infobox(name="Quill Ltd", hq_location=hq) + "'''Quill''' is a firm.")
        assert _values(facts, "headquarters") == []
    facts = _facts("Quill", _infobox(name="Quill Ltd", hq_location="12 Harbour Road, Wan Chai") + "'''Quill''' is a firm.")
    assert [p.label for p in _values(facts, "headquarters")] == ["12 Harbour Road, Wan Chai"]


@pytest.mark.parametrize(
    "industry",
    ["[[Retail]] • [[Wholesale]]", "[[Retail]]{{·}} [[Wholesale]]", "[[Retail]] &bull; [[Wholesale]]",
     "[[Retail]] {{\\}} [[Wholesale]]", "Retail · Wholesale"],
)
def test_bullets_and_middle_dots_separate_items(industry):
    facts = _facts("Tamsin", _infobox(name="Tamsin Stores", industry=industry) + "'''Tamsin''' is a firm.")
    assert [i.label for i in _values(facts, "industry")] == ["Retail", "Wholesale"]
