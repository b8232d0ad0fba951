"""Infobox extraction on the corpus articles: the acceptance facts, checked one by one."""

from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import wiki

from kg.model import DateValue, Entity, Listing, Money, Quantity, Role, Text
from kg.pipeline import Options, extract_page
from kg.sources.files import read_wiki_file


def facts_of(stem: str, **opts):
    _, cls, facts = extract_page(read_wiki_file(wiki(stem)), Options(extractors=("infobox",), **opts))
    return cls, facts


def values(facts, prop):
    return [f.value for f in facts if f.prop == prop]


@pytest.fixture(scope="module")
def sensetime():
    return facts_of("SenseTime")[1]


def test_sensetime_founders_with_their_wikipedia_titles(sensetime):
    assert [(e.label, e.title) for e in values(sensetime, "founder")] == [
        ("Tang Xiao'ou", "Tang Xiao'ou"),
        ("Xu Li", "Xu Li (computer scientist)"),
    ]


def test_sensetime_founded_month_precision(sensetime):
    [date] = values(sensetime, "foundingDate")
    assert (date.iso, date.precision) == ("2014-10", "month")


def test_sensetime_headquarters_industry_website_type_image(sensetime):
    assert [e.title for e in values(sensetime, "headquarters")] == ["Hong Kong Science Park"]
    assert [e.title for e in values(sensetime, "industry")] == ["Artificial intelligence"]
    assert [link.iri for link in values(sensetime, "website")] == ["http://www.sensetime.com"]
    assert [e.title for e in values(sensetime, "legalForm")] == ["Private company"]
    [image] = values(sensetime, "image")
    assert image.iri.endswith("/SenseTime_(Dark_Background).jpg")
    [hq] = [f for f in sensetime if f.prop == "headquarters"]
    assert hq.provenance.citations and hq.provenance.citations[0].url.startswith("https://www.scmp.com/")
    assert hq.provenance.citations[0].archive_url.startswith("https://web.archive.org/")


def test_sensetime_nine_areas_served(sensetime):
    areas = values(sensetime, "areaServed")
    assert len(areas) == 9
    assert {e.title for e in areas} == {
        "Computer vision", "Deep learning", "Facial recognition system", "Object detection",
        "Self-driving car", "Smart city", "Mobile app", "Financial technology", "Education",
    }


def test_sensetime_chinese_names_are_language_tagged(sensetime):
    names = {(t.text, t.lang) for t in values(sensetime, "nativeName")}
    assert ("商汤科技", "zh-Hans") in names
    assert ("商湯科技", "zh-Hant") in names


@pytest.mark.parametrize(
    "stem,prop,amount,currency,year",
    [
        ("IBM", "revenue", "73620000000", "USD", "2020"),
        ("IBM", "netIncome", "5590000000", "USD", "2020"),
        ("IBM", "operatingIncome", "6890000000", "USD", "2020"),
        ("IKEA", "revenue", "41300000000", "EUR", "2019"),
        ("Asda", "revenue", "22890000000", "GBP", "2019"),
        ("Asda", "operatingIncome", "584200000", "GBP", "2019"),
        ("Deliveroo", "revenue", "476000000", "GBP", "2018"),
        ("Alsea_(company)", "revenue", "1714000000", "USD", "2014"),
        ("Alsea_(company)", "netIncome", "50000000", "USD", "2014"),
    ],
)
def test_money_with_currency_and_year(stem, prop, amount, currency, year):
    [money] = [m for m in values(facts_of(stem)[1], prop) if m.year == year]
    assert isinstance(money, Money)
    assert (money.amount, money.currency, money.year) == (Decimal(amount), currency, year)


def test_a_list_of_yearly_figures_gives_one_fact_per_year():
    revenue = values(facts_of("Alsea_(company)")[1], "revenue")
    assert [(m.amount, m.year, m.trend) for m in revenue] == [
        (Decimal("1714000000"), "2014", "increase"),
        (Decimal("1230000000"), "2013", None),
    ]


def test_samsung_financials_when_present():
    facts = facts_of("Samsung")[1]
    # Samsung Group's infobox has no revenue figures: none may be invented.
    assert values(facts, "revenue") == []


@pytest.mark.parametrize(
    "stem,count,year",
    [("IBM", 345900, "2020"), ("Deliveroo", 2300, "2020"), ("Alsea_(company)", 60000, "2014"), ("Asda", 165000, None)],
)
def test_employees_with_year(stem, count, year):
    [q] = values(facts_of(stem)[1], "employees")
    assert isinstance(q, Quantity) and (q.value, q.year) == (count, year)


@pytest.mark.parametrize(
    "stem,expected",
    [
        ("IBM", [("Arvind Krishna", "Chairman and CEO"), ("Jim Whitehurst", "President")]),
        ("Asda", [("Stuart Rose", "Chairman"), ("Mohsin Issa", "Interim CEO"), ("Hayley Tatum", "Chief People Officer")]),
        ("Samsung", [("Lee Jae-yong", "Chairman")]),
        ("Deliveroo", [("Will Shu", "CEO"), ("Greg Orlowski", None), ("Dan Winn", "CTO"), ("Rohan Pradhan", "COO")]),
        ("Alsea_(company)", [("Alberto Torrado M.", "Chairman"), ("Federico Tejado Bárcena", "CEO Alsea Mexico"), ("Fabian Gosselin Castro", "CEO Alsea International")]),
    ],
)
def test_key_people_keep_their_roles(stem, expected):
    roles = values(facts_of(stem)[1], "keyPerson")
    assert all(isinstance(r, Role) for r in roles)
    assert [(r.holder.label, r.role) for r in roles] == expected


def test_ceo_and_chair_are_derived_from_roles():
    facts = facts_of("IBM")[1]
    assert [e.title for e in values(facts, "chiefExecutiveOfficer")] == ["Arvind Krishna"]
    assert [e.title for e in values(facts, "chairperson")] == ["Arvind Krishna"]


@pytest.mark.parametrize(
    "stem,exchange,ticker,exchange_title",
    [
        ("IBM", "NYSE", "IBM", "New York Stock Exchange"),
        ("Alsea_(company)", "BMV", "ALSEA", "Mexican Stock Exchange"),
        ("Deliveroo", "LSE", "ROO", "London Stock Exchange"),
    ],
)
def test_exchange_and_ticker(stem, exchange, ticker, exchange_title):
    [listing] = values(facts_of(stem)[1], "stockListing")
    assert isinstance(listing, Listing)
    assert (listing.exchange, listing.ticker, listing.exchange_entity.title) == (exchange, ticker, exchange_title)


def test_index_memberships_are_not_listings():
    facts = facts_of("IBM")[1]
    assert [e.title for e in values(facts, "indexMembership")] == ["DJIA", "S&P 100", "S&P 500"]


def test_samsung_complete_subsidiary_list():
    subs = [e.title for e in values(facts_of("Samsung")[1], "subsidiary")]
    assert subs == [
        "Samsung Electronics", "Samsung Electro-Mechanics", "Samsung SDI", "Samsung SDS",
        "Samsung Engineering", "Samsung C&T Corporation", "Samsung Heavy Industries",
        "Samsung Life Insurance", "Samsung Fire & Marine Insurance", "Cheil Worldwide", "Samsung Biologics",
    ]


def test_asda_subsidiaries_and_owners():
    facts = facts_of("Asda")[1]
    assert [e.label for e in values(facts, "subsidiary")] == ["Asda Mobile", "Asda Money"]
    assert [e.label for e in values(facts, "owner")] == ["The Issa brothers", "TDR Capital", "Walmart"]


def test_founding_place_after_the_date_not_the_former_name():
    facts = facts_of("IBM")[1]
    assert [e.title for e in values(facts, "foundingLocation")] == ["Endicott, New York"]
    [date] = values(facts, "foundingDate")
    assert (date.iso, date.precision) == ("1911-06-16", "day")


def test_names_from_the_lead_only():
    names = {(t.text, t.lang) for t in values(facts_of("Samsung")[1], "nativeName")}
    assert ("삼성", "ko") in names
    assert not any(t == "chaebol" for t, _ in names)  # a kind of company, not Samsung's name
    deliveroo = values(facts_of("Deliveroo")[1], "nativeName")
    assert deliveroo == []  # the German {{lang}} templates in its body name other bodies


def test_no_self_links_as_values():
    facts = facts_of("Asda")[1]
    assert all(getattr(f.value, "title", None) != "Asda" for f in facts)


@pytest.mark.parametrize(
    "stem,cls",
    [
        ("Toronto_Star", "Organization"),
        ("Ukrainian_Railways", "Company"),
        ("Ukrainian_Helsinki_Group", "Organization"),
        ("Ukrainian_Red_Cross_Society", "Organization"),
    ],
)
def test_other_infobox_types_give_a_profile(stem, cls):
    got_cls, facts = facts_of(stem)
    assert got_cls == cls
    props = {f.prop for f in facts}
    assert "foundingDate" in props or "headquarters" in props
    assert len(facts) >= 5


def test_every_fact_value_is_typed_not_raw_wikitext():
    for stem in ("SenseTime", "IBM", "Samsung", "IKEA", "Asda", "Deliveroo", "Alsea_(company)"):
        for f in facts_of(stem)[1]:
            assert isinstance(f.value, (Entity, DateValue, Money, Quantity, Text, Listing, Role)) or hasattr(f.value, "iri")
            text = str(getattr(f.value, "label", "") or getattr(f.value, "text", ""))
            assert not any(mark in text for mark in ("[[", "{{", "}}", "<ref", "'''")), (stem, f)
