"""Value normalisers on real infobox values.

Wikitext snippets are copied verbatim from English Wikipedia articles (CC BY-SA 4.0); the
article each comes from is named next to it.
"""

from __future__ import annotations

from decimal import Decimal

import mwparserfromhell
import pytest

from kg.model import Citation, Entity, Listing, Role, Text
from kg.text.citations import build_ref_index, citation_from_ref, citations_in
from kg.text.dates import parse_date_text
from kg.text.entities import entity_of, parse_people, parse_role_item
from kg.text.items import split_items
from kg.text.money import parse_money, parse_money_all, parse_quantity
from kg.text.render import plain_text
from kg.text.values import (
    names_from_templates,
    parse_date,
    parse_index_memberships,
    parse_listings,
    parse_names,
    parse_url,
    parse_urls,
)

# ---------------------------------------------------------------- corpus snippets

IBM_KEY_PEOPLE = (  # IBM
    "[[Arvind Krishna]]<br />{{small|([[Chairman]] and [[Chief Executive Officer|CEO]])}} "
    "<br />[[Jim Whitehurst]]<br />(President)"
)
IBM_REVENUE = (  # IBM
    "{{Decrease}} {{US$|link=yes}}73.62&nbsp;billion (2020)<ref name=\"2020rev\">{{cite web "
    "|title=IBM Reports 2020 Fourth-Quarter and Full-Year Results |url=https://www.ibm.com/"
    "annualreport/assets/downloads/IBM_Annual_Report_2020.pdf |website=IBM.com "
    "|access-date=February 19, 2021}}</ref>"
)
IBM_TRADED_AS = (  # IBM
    "{{ubl|{{NYSE|IBM}}|[[DJIA]] component|[[S&P 100]] component|[[S&P 500]] component}}"
)
IBM_PRODUCTS = (  # IBM (shortened: first three items and the last one)
    "{{hlist |[[IBM cloud computing|IBM Cloud]] |[[IBM Cognos Analytics]] "
    "|[[IBM Planning Analytics]] |'''([[List of IBM products|Full List]])''' }}"
)
IBM_SUBSID = (  # IBM
    "{{Collapsible list| title=List|\n'''List of subsidiaries'''\n"
    "* [[List of international subsidiaries of IBM]]\n}}"
)
IBM_FOUNDED = (  # IBM (the reference shortened)
    "{{Start date and age|1911|06|16}} (as [[Computing-Tabulating-Recording Company]])<br />"
    "[[Endicott, New York]], U.S.<ref name=certificate1911>{{citation|contribution=Certificate "
    "of Incorporation of Computing-Tabulating-Recording-Co|publisher=United States Government "
    "Printing Office|date=1935|url=https://books.google.com/books?id=_8tFAQAAMAAJ&pg=PA3428}}"
    "</ref>"
)
IKEA_KEY_PEOPLE = (  # IKEA
    "{{plainlist|\n* Jesper Brodin ([[chairman]] and [[CEO]] of [[INGKA Holding]])<ref>"
    "{{Cite news|url=http://fortune.com/2017/05/24/ikea-new-ceo-jesper-brodin/|title=IKEA Has "
    "a New CEO |date=24 May 2017 |work=[[Fortune (magazine)|Fortune]] |access-date=5 December "
    "2017}}</ref>\n* Jon Abrahamsson Ring (chairman and [[CEO]] of the [[Inter IKEA Holding]])"
    "<ref name=\"IKEA finalizing its biggest overhaul in decades\">{{cite news|title=IKEA "
    "finalizing its biggest overhaul in decades|url=https://www.reuters.com/article/"
    "us-ikea-restructuring-idUSKCN0XC0IA|work=Reuters|access-date=19 December 2020}}</ref>\n}}"
)
ASDA_KEY_PEOPLE = (  # Asda
    "[[Stuart Rose]] <small>(Chairman)</small><br />[[Mohsin Issa]] <small>(Interim CEO)"
    "</small><br />Hayley Tatum <small>(Chief People Officer)</small>"
)
ASDA_OWNER = (  # Asda
    "The Issa brothers <br/> [[TDR Capital]]<ref name=issa/><br/>[[Walmart]] "
    "(\"equity\" investment)"
)
ALSEA_KEY_PEOPLE = (  # Alsea (company)
    "{{ubl|Alberto Torrado M.([[Chairman]])|Federico Tejado Bárcena([[Chief executive officer "
    "Alsea Mexico|CEO Alsea Mexico]])|Fabian Gosselin Castro([[Chief executive officer Alsea "
    "International|CEO Alsea International]])}}"
)
ALSEA_REVENUE = (  # Alsea (company)
    "{{ubl|{{increase}} US$ 1,714 million (2014)|US$ 1,230 million (2013)}}"
)
DELIVEROO_KEY_PEOPLE = (  # Deliveroo
    "[[Will Shu]] ([[Chief executive officer|CEO]]) <br> Greg Orlowski <br> Dan Winn "
    "([[Chief technology officer|CTO]]) <br> Rohan Pradhan ([[Chief operating officer|COO]])"
)
DELIVEROO_EMPLOYEES = (  # Deliveroo
    "Around 2,300 (2020)\n* Around 30,000 self-employed couriers ({{As of|2016|9|lc=y}})"
    "<ref name=\"When-your-boss-is-an-algorithm\" />"
)
SAMSUNG_PRODUCTS = (  # Samsung (shortened)
    "[[Clothing]], [[automotive]], [[chemicals]], electronic components, [[semiconductor]]s, "
    "[[Solid-state drive|solid state drives]], [[ship]]s"
)
SENSETIME_FOUNDER = "[[Tang Xiao'ou]], [[Xu Li (computer scientist)|Xu Li]]"  # SenseTime
UHHRU_KEY_PEOPLE = (  # Ukrainian Helsinki Human Rights Union
    "[[Yevgen Zakharov]]<ref>[http://www.kyivpost.com/news/nation/detail/71727/ Detention of "
    "German foundation head seen as blow to free speech], [[Kyiv Post]] (July 2, 2010)</ref> "
    "and [[Volodymyr Yavorskyy]]"
)
UZ_DIVISIONS = (  # Ukrainian Railways
    "6 branches ([[Kiev]], [[Donetsk]], [[Lviv]], [[Odesa]], [[Kharkiv]], "
    "[[Dnipropetrovsk|Dnipro]])"
)


def texts(items) -> list[str]:
    return [str(i) for i in items]


# ---------------------------------------------------------------- plain_text


@pytest.mark.parametrize(
    ("wikitext", "expected"),
    [
        (IBM_REVENUE, "US$73.62 billion (2020)"),
        (IBM_KEY_PEOPLE, "Arvind Krishna (Chairman and CEO) Jim Whitehurst (President)"),
        ("''{{lang|uk-Latn|Ukrainian Railways}}''<br> Укрзалізниця",  # Ukrainian Railways
         "Ukrainian Railways Укрзалізниця"),
        ("{{nowrap| {{Increase}} US$155.97&nbsp;billion (2020)<ref name=2020rev/> }}",  # IBM
         "US$155.97 billion (2020)"),
        ("[[File:Green Arrow Up.svg|12px]] [[₴]]1.76&nbsp;billion (2005)",  # Ukrainian Railways
         "₴1.76 billion (2005)"),
        ("{{linktext|삼성}}", "삼성"),  # Samsung
        ("Ukrainian Helsinki Group <br> Українська Гельсінська Група",  # Ukrainian Helsinki Group
         "Ukrainian Helsinki Group Українська Гельсінська Група"),
        ("<!-- use {{end date and age|YYYY|MM|DD}} -->", ""),  # Ukrainian Helsinki Group
        ("{{start date and age|df=yes|1938|3|1}} in [[Daegu]], [[Korea under Japanese rule|"
         "Japanese Korea]]", "1 March 1938 in Daegu, Japanese Korea"),  # Samsung
        ("The January 23, 2013, front page of ''The Toronto Star''",  # Toronto Star
         "The January 23, 2013, front page of The Toronto Star"),
        ("{{abbr|Co.|Company}} {{nobr|x y}}", "Co. x y"),
    ],
)
def test_plain_text(wikitext: str, expected: str) -> None:
    assert plain_text(wikitext) == expected


def test_plain_text_accepts_wikicode_without_mutating_it() -> None:
    code = mwparserfromhell.parse(ASDA_KEY_PEOPLE)
    before = str(code)
    assert plain_text(code).startswith("Stuart Rose (Chairman)")
    split_items(code)
    assert str(code) == before


# ---------------------------------------------------------------- split_items


@pytest.mark.parametrize(
    ("wikitext", "expected"),
    [
        (SENSETIME_FOUNDER, ["[[Tang Xiao'ou]]", "[[Xu Li (computer scientist)|Xu Li]]"]),
        ("[[Arvind Krishna]] (Chairman and CEO)", ["[[Arvind Krishna]] (Chairman and CEO)"]),
        ("Tang Xiao'ou, Xu Li", ["Tang Xiao'ou", "Xu Li"]),
        ("[[Foo|a, b]], c", ["[[Foo|a, b]]", "c"]),
        (UZ_DIVISIONS, [UZ_DIVISIONS]),
        ("1,700 stations and halts", ["1,700 stations and halts"]),  # Ukrainian Railways
        ("Operadora DP, S.A. de C.V", ["Operadora DP, S.A. de C.V"]),  # Alsea
        ("October 28, 1992", ["October 28, 1992"]),  # Ukrainian Red Cross Society
        ("{{flat list|\n* [[Asda Mobile]]\n* Asda Money\n}}",  # Asda
         ["[[Asda Mobile]]", "Asda Money"]),
        ("Railway transportation, <br> [[intermodal freight transport]]",  # Ukrainian Railways
         ["Railway transportation", "[[intermodal freight transport]]"]),
        ("{{Unbulleted list |United Kingdom|Netherlands|France|Belgium |Ireland }}",  # Deliveroo
         ["United Kingdom", "Netherlands", "France", "Belgium", "Ireland"]),
        (IBM_PRODUCTS, ["[[IBM cloud computing|IBM Cloud]]", "[[IBM Cognos Analytics]]",
                        "[[IBM Planning Analytics]]"]),
        (IBM_SUBSID, []),
        ("Grocery, [[general merchandise]], [[financial services]]\n",  # Asda, with the newline
         ["Grocery", "[[general merchandise]]", "[[financial services]]"]),
        ("<!-- or | owners = -->", []),  # Ukrainian Helsinki Group
    ],
)
def test_split_items(wikitext: str, expected: list[str]) -> None:
    assert texts(split_items(wikitext)) == expected


def test_split_items_keeps_refs_with_their_item() -> None:
    items = split_items(ASDA_OWNER)
    assert texts(items) == [
        "The Issa brothers", "[[TDR Capital]]<ref name=issa/>",
        "[[Walmart]] (\"equity\" investment)",
    ]
    people = split_items(IKEA_KEY_PEOPLE)
    assert len(people) == 2
    assert "ikea-new-ceo-jesper-brodin" in str(people[0])
    assert "Reuters" in str(people[1]) and "Reuters" not in str(people[0])


def test_split_items_and_between_two_links() -> None:
    items = split_items(UHHRU_KEY_PEOPLE)
    assert [entity_of(i).title for i in items] == ["Yevgen Zakharov", "Volodymyr Yavorskyy"]
    assert "<ref>" in str(items[0])
    # "and" inside a name is not a separator (Asda founders)
    assert len(split_items("Peter and Fred Asquith")) == 1


def test_split_items_collapsible_list_with_items() -> None:
    value = "{{Collapsible list|title=Brands|\n'''List of brands'''\n* [[Asda Mobile]]\n* George\n}}"
    assert texts(split_items(value)) == ["[[Asda Mobile]]", "George"]


# ---------------------------------------------------------------- entity_of


@pytest.mark.parametrize(
    ("wikitext", "expected"),
    [
        ("[[Xu Li (computer scientist)|Xu Li]]", Entity("Xu Li", "Xu Li (computer scientist)")),
        ("Sir [[Noel Stockdale]]", Entity("Noel Stockdale", "Noel Stockdale")),  # Asda
        ("[[semiconductor]]s", Entity("semiconductors", "Semiconductor")),  # Samsung
        ("[[Delft|Delft, Netherlands]]", Entity("Delft, Netherlands", "Delft")),  # IKEA
        ("Alberto Torrado M.([[Chairman]])", Entity("Alberto Torrado M.")),  # Alsea
        ("Jesper Brodin ([[chairman]] and [[CEO]] of [[INGKA Holding]])", Entity("Jesper Brodin")),
        ("[[Walmart]] (\"equity\" investment)", Entity("Walmart", "Walmart")),  # Asda
        ("[[Mykola Rudenko]] and others", Entity("Mykola Rudenko", "Mykola Rudenko")),
        ("[[Image:UHHRU symbol.jpg|150px|UHHRU symbol]]", None),  # UHHRU
        ("<!-- for non-profit org -->", None),  # Ukrainian Helsinki Group
        ("N/A", None),
        ("Worldwide", Entity("Worldwide")),  # Samsung
    ],
)
def test_entity_of(wikitext: str, expected: Entity | None) -> None:
    assert entity_of(wikitext) == expected


# ---------------------------------------------------------------- people and roles


def test_parse_people_reattaches_role_only_items() -> None:
    assert parse_people(IBM_KEY_PEOPLE) == [
        Role(Entity("Arvind Krishna", "Arvind Krishna"), "Chairman and CEO"),
        Role(Entity("Jim Whitehurst", "Jim Whitehurst"), "President"),
    ]
    assert parse_people(  # Samsung
        "[[Lee Jae-yong (businessman)|Lee Jae-yong]]<br />{{small|(Chairman)}}"
    ) == [Role(Entity("Lee Jae-yong", "Lee Jae-yong (businessman)"), "Chairman")]


@pytest.mark.parametrize(
    ("wikitext", "expected"),
    [
        (DELIVEROO_KEY_PEOPLE, [
            Role(Entity("Will Shu", "Will Shu"), "CEO"), Role(Entity("Greg Orlowski")),
            Role(Entity("Dan Winn"), "CTO"), Role(Entity("Rohan Pradhan"), "COO")]),
        (ASDA_KEY_PEOPLE, [
            Role(Entity("Stuart Rose", "Stuart Rose"), "Chairman"),
            Role(Entity("Mohsin Issa", "Mohsin Issa"), "Interim CEO"),
            Role(Entity("Hayley Tatum"), "Chief People Officer")]),
        (ALSEA_KEY_PEOPLE, [
            Role(Entity("Alberto Torrado M."), "Chairman"),
            Role(Entity("Federico Tejado Bárcena"), "CEO Alsea Mexico"),
            Role(Entity("Fabian Gosselin Castro"), "CEO Alsea International")]),
        (IKEA_KEY_PEOPLE, [
            Role(Entity("Jesper Brodin"), "chairman and CEO of INGKA Holding"),
            Role(Entity("Jon Abrahamsson Ring"), "chairman and CEO of the Inter IKEA Holding")]),
        ("[[Yevhen Kravtsov]] (acting [[CEO]])<ref name=Kravtsov9817/>",  # Ukrainian Railways
         [Role(Entity("Yevhen Kravtsov", "Yevhen Kravtsov"), "acting CEO")]),
        ("Jane Doe, CEO; John Roe – Chairman",
         [Role(Entity("Jane Doe"), "CEO"), Role(Entity("John Roe"), "Chairman")]),
    ],
)
def test_parse_people(wikitext: str, expected: list[Role]) -> None:
    assert parse_people(wikitext) == expected


def test_parse_role_item() -> None:
    assert parse_role_item("Anton Romanchuk ([[Chairman]] of the Board)") == Role(  # UPC
        Entity("Anton Romanchuk"), "Chairman of the Board"
    )
    assert parse_role_item("Jane Doe – Chairman") == Role(Entity("Jane Doe"), "Chairman")
    assert parse_role_item("(President)") is None
    assert parse_role_item("{{small|(CEO)}}") is None


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("wikitext", "iso", "precision"),
    [
        ("{{Start date and age|2014|10}}", "2014-10", "month"),
        ("{{Start date and age|df=yes|October 2014}}", "2014-10", "month"),  # SenseTime
        ("{{start date|1911|6|16}}", "1911-06-16", "day"),
        (IBM_FOUNDED, "1911-06-16", "day"),
        ("{{Start date and age|1949|2|19|df=yes}} in [[City of Wakefield|Wakefield]], England, "
         "UK", "1949-02-19", "day"),  # Asda
        ("{{start date and age|1976|11|09|df=y}}", "1976-11-09", "day"),  # Ukr. Helsinki Group
        ("{{start date and age|2013}}", "2013", "year"),  # Deliveroo
        ("{{Start-date|December 8, 1941}}", "1941-12-08", "day"),
        ("{{founded|1911}}", "1911", "year"),
        ("{{Start date and age|2021|02|30}}", "2021-02", "month"),  # invalid day dropped
        ("April 2004", "2004-04", "month"),  # UHHRU
        ("October 28, 1992", "1992-10-28", "day"),  # Ukrainian Red Cross Society
        ("16 June 1911", "1911-06-16", "day"),
        ("1943 in Älmhult, Sweden", "1943", "year"),
        ("2015 (reorganization)", "2015", "year"),  # Ukrainian Railways
        ("1892, as the ''Evening Star''", "1892", "year"),  # Toronto Star
        ("1916<br> (current location since April 4, 1997)", "1916", "year"),  # Arts Club
    ],
)
def test_parse_date(wikitext: str, iso: str, precision: str) -> None:
    date = parse_date(wikitext)
    assert (date.iso, date.precision) == (iso, precision)
    assert not date.approximate


def test_parse_date_raw_approximate_and_ranges() -> None:
    assert parse_date(IBM_FOUNDED).raw == (
        "June 16, 1911 (as Computing-Tabulating-Recording Company) Endicott, New York, U.S."
    )
    circa = parse_date("c. 1990")
    assert (circa.iso, circa.approximate) == ("1990", True)
    assert parse_date("circa 1990").approximate
    decade = parse_date("1990s")
    assert (decade.iso, decade.precision, decade.approximate) == ("1990", "year", True)
    span = parse_date("1990–1995")
    assert (span.iso, span.end.iso) == ("1990", "1995")
    assert parse_date("1990–95").end.iso == "1995"
    templates = parse_date("{{start date|1990}}–{{end date|1995}}")
    assert (templates.iso, templates.end.iso) == ("1990", "1995")
    assert parse_date("<!-- use {{end date and age|YYYY|MM|DD}} -->") is None
    assert parse_date("[[Will Shu]]") is None


@pytest.mark.parametrize(
    ("sentence", "iso", "precision"),
    [
        ("In April 2018, SenseTime raised US$600 million.", "2018-04", "month"),
        ("On 20 September 2018 the company opened a store.", "2018-09-20", "day"),
        ("during 2015", "2015", "year"),
        ("On Sept. 5, 2001, it was founded", "2001-09-05", "day"),
        ("published 2018-05-03", "2018-05-03", "day"),
    ],
)
def test_parse_date_text(sentence: str, iso: str, precision: str) -> None:
    date = parse_date_text(sentence)
    assert (date.iso, date.precision) == (iso, precision)


def test_parse_date_text_ignores_numbers_that_are_not_years() -> None:
    assert parse_date_text("1,700 stations and halts") is None
    assert parse_date_text("hired 3000 workers") is None
    assert parse_date_text("") is None


# ---------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("wikitext", "amount", "currency", "year", "trend"),
    [
        (IBM_REVENUE, "73620000000", "USD", "2020", "decrease"),
        ("{{nowrap| {{Increase}} US$155.97&nbsp;billion (2020)<ref name=2020rev/> }}",  # IBM
         "155970000000", "USD", "2020", "increase"),
        ("{{increase}} [[Pound Sterling|£]]22.89 billion (2019)", "22890000000", "GBP", "2019",
         "increase"),  # Asda
        ("{{increase}} [[€]]41.3 billion ({{small|[[Fiscal Year|FY]] 2019}})", "41300000000",
         "EUR", "2019", "increase"),  # IKEA
        ("[[File:Green Arrow Up.svg|12px]] [[₴]]1.76&nbsp;billion (2005)", "1760000000", "UAH",
         "2005", "increase"),  # Ukrainian Railways
        ("£476 million (2018) <ref>{{Citation|title=Deliveroo revenues jump 72% in 2018}}</ref>",
         "476000000", "GBP", "2018", None),  # Deliveroo
        ("US$12 million (2014)", "12000000", "USD", "2014", None),  # Ukr. Red Cross Society
        ("US$7.7 billion", "7700000000", "USD", None, None),
        ("€2.3 bn", "2300000000", "EUR", None, None),
        ("£1.2 million", "1200000", "GBP", None, None),
        ("¥1.2 trillion", "1200000000000", "JPY", None, None),
        ("CN¥1.2 trillion", "1200000000000", "CNY", None, None),
        ("RMB 5 billion", "5000000000", "CNY", None, None),
        ("5 billion yuan", "5000000000", "CNY", None, None),
        ("₩300 trillion", "300000000000000", "KRW", None, None),
        ("KRW 236.81 trillion", "236810000000000", "KRW", None, None),
        ("236 trillion won", "236000000000000", "KRW", None, None),
        ("SEK 39.6 billion", "39600000000", "SEK", None, None),
        ("Mex$ 50 billion", "50000000000", "MXN", None, None),
        ("{{MXN|50 billion}}", "50000000000", "MXN", None, None),
        ("HK$ 10 billion", "10000000000", "HKD", None, None),
        ("5 billion hryvnia", "5000000000", "UAH", None, None),
        ("{{USD|5 million}}", "5000000", "USD", None, None),
        ("{{GBP|5 million}}", "5000000", "GBP", None, None),
        ("{{€|5 million}}", "5000000", "EUR", None, None),
        ("{{steady}} US$5 thousand", "5000", "USD", None, "steady"),
        ("₹500 crore", "5000000000", "INR", None, None),
        ("£476m", "476000000", "GBP", None, None),
        ("US$1,234.5 million (FY 2020)", "1234500000", "USD", "2020", None),
        ("US$5 billion (2020 est.)", "5000000000", "USD", "2020", None),
        ("CAD 0.75 Monday-Friday<br />CAD 2.00 Saturday", "0.75", "CAD", None, None),  # Star
    ],
)
def test_parse_money(wikitext, amount, currency, year, trend) -> None:
    money = parse_money(wikitext)
    assert money.amount == Decimal(amount)
    assert (money.currency, money.year, money.trend) == (currency, year, trend)


def test_parse_money_never_glues_numbers() -> None:
    money = parse_money("346 (2006)")
    assert money.amount == Decimal(346)
    assert money.year == "2006"
    assert money.currency is None and money.note == "no currency given"


def test_parse_money_flags_ambiguous_symbols() -> None:
    dollar = parse_money("$5 billion (2020)")
    assert (dollar.amount, dollar.currency) == (Decimal("5000000000"), None)
    assert dollar.note == "ambiguous currency symbol $"
    assert parse_money("39.6 billion kr").note == "ambiguous currency symbol kr"
    assert parse_money("US$5 billion").note is None


def test_parse_money_year_hint_and_raw() -> None:
    assert parse_money("US$7.7 billion", year_hint="2019").year == "2019"
    assert parse_money("US$7.7 billion (2020)", year_hint="2019").year == "2020"
    assert parse_money(IBM_REVENUE).raw == "US$73.62 billion (2020)"
    assert parse_money("[[Will Shu]]") is None
    assert parse_money("") is None


def test_parse_money_all() -> None:
    figures = parse_money_all(ALSEA_REVENUE)  # Alsea (company)
    assert [(m.amount, m.year, m.trend) for m in figures] == [
        (Decimal("1714000000"), "2014", "increase"), (Decimal("1230000000"), "2013", None),
    ]
    both = parse_money_all("US$5 billion (€4.5 billion)")
    assert [(m.currency, m.raw) for m in both] == [("USD", "US$5 billion"), ("EUR", "€4.5 billion")]
    assert parse_money("US$5 billion (€4.5 billion)").currency == "USD"


# ---------------------------------------------------------------- quantities


@pytest.mark.parametrize(
    ("wikitext", "value", "year"),
    [
        ("345,900 (2020)<ref name=2020rev/>", 345900, "2020"),  # IBM
        ("{{ubl|60,000 (2014)}}", 60000, "2014"),  # Alsea
        (DELIVEROO_EMPLOYEES, 2300, "2020"),
        ("632 as of 31 January 2021<ref name=\"Walmart\"/>", 632, "2021"),  # Asda
        ("1,700 stations and halts", 1700, None),  # Ukrainian Railways
        ("403,000 (2011)", 403000, "2011"),  # Ukrainian Railways
        ("381,310 weekdays<br/>546,819 Saturdays<br/>337,846 Sundays in 2010", 381310, None),
        ("c. 3,000", 3000, None),
        ("{{increase}} 267,937 (2020)", 267937, "2020"),
        ("approx. 225,000", 225000, None),
        ("over 10,000", 10000, None),
        ("3,500+ (2021)", 3500, "2021"),
    ],
)
def test_parse_quantity(wikitext: str, value: int, year: str | None) -> None:
    quantity = parse_quantity(wikitext)
    assert (quantity.value, quantity.year) == (value, year)


def test_parse_quantity_year_hint_and_empty() -> None:
    assert parse_quantity("{{increase}} 165,000", year_hint="2018").year == "2018"  # Asda
    assert parse_quantity("<!-- none -->") is None


# ---------------------------------------------------------------- listings


def _listing(exchange: str, ticker: str, title: str) -> Listing:
    return Listing(exchange, ticker, Entity(title, title, "organization"))


@pytest.mark.parametrize(
    ("wikitext", "expected"),
    [
        (IBM_TRADED_AS, [_listing("NYSE", "IBM", "New York Stock Exchange")]),
        ("{{BMV|ALSEA}}", [_listing("BMV", "ALSEA", "Mexican Stock Exchange")]),  # Alsea
        ("{{lse|ROO}}", [_listing("LSE", "ROO", "London Stock Exchange")]),  # Deliveroo
        ("{{KRX|005930}}", [_listing("KRX", "005930", "Korea Exchange")]),
        ("{{NASDAQ|AAPL}}<br>{{SEHK|0020}}", [_listing("NASDAQ", "AAPL", "Nasdaq"),
                                              _listing("SEHK", "0020", "Hong Kong Stock Exchange")]),
        ("{{OTC Pink|SSNLF}}", [_listing("OTC Pink", "SSNLF", "OTC Markets Group")]),
        ("NYSE: IBM", [_listing("NYSE", "IBM", "New York Stock Exchange")]),
        ("[[London Stock Exchange|LSE]]: ROO", [_listing("LSE", "ROO", "London Stock Exchange")]),
        ("[[DJIA]] component", []),
    ],
)
def test_parse_listings(wikitext: str, expected: list[Listing]) -> None:
    assert parse_listings(wikitext) == expected


def test_parse_index_memberships() -> None:
    assert parse_index_memberships(IBM_TRADED_AS) == [
        Entity("DJIA", "DJIA"), Entity("S&P 100", "S&P 100"), Entity("S&P 500", "S&P 500"),
    ]


# ---------------------------------------------------------------- URLs


@pytest.mark.parametrize(
    ("wikitext", "expected"),
    [
        ("{{URL|ibm.com}}", "http://ibm.com"),  # IBM
        ("{{URL|http://www.sensetime.com|sensetime.com}}", "http://www.sensetime.com"),
        ("{{URL|https://corporate.deliveroo.co.uk}}", "https://corporate.deliveroo.co.uk"),
        ("[http://www.thestar.com thestar.com]", "http://www.thestar.com"),  # Toronto Star
        ("[http://www.uz.gov.ua/en/ Official website]", "http://www.uz.gov.ua/en/"),  # UZ
        ("http://uarm.co", "http://uarm.co"),  # Ukrainian Armor
        ("{{official website|https://www.ikea.com}}", "https://www.ikea.com"),
        ("www.example.org", "http://www.example.org"),
        ("{{Official URL}}", None),
        ("", None),
    ],
)
def test_parse_url(wikitext: str, expected: str | None) -> None:
    link = parse_url(wikitext)
    assert (link.iri if link else None) == expected


def test_parse_urls_all() -> None:
    value = (  # IKEA
        "{{URL|https://about.ikea.com}}<br/>{{URL|https://www.ingka.com}}<br/> Retail page "
        "{{URL|https://www.ikea.com}}"
    )
    assert [u.iri for u in parse_urls(value)] == [
        "https://about.ikea.com", "https://www.ingka.com", "https://www.ikea.com",
    ]


# ---------------------------------------------------------------- names


def test_names_from_templates() -> None:
    lead = (  # SenseTime
        "'''SenseTime''' ({{zh|s=商汤科技|p=Shāngtāng kējì}}) is an artificial intelligence "
        "(AI) company"
    )
    assert names_from_templates(lead) == [
        Text("商汤科技", "zh-Hans"), Text("Shāngtāng kējì", "zh-Latn-pinyin"),
    ]
    korean = (  # Samsung
        "{{Infobox Korean name|hangul={{linktext|삼성}}|hanja={{linktext|三星}}|rr=Samseong"
        "|mr=Samsŏng}}"
    )
    assert names_from_templates(korean) == [
        Text("삼성", "ko"), Text("三星", "ko-Hani"), Text("Samseong", "ko-Latn"),
    ]
    assert names_from_templates("{{lang-uk|Укрзалізниця, ''Ukrzaliznytsia''}}") == [  # UZ
        Text("Укрзалізниця", "uk"), Text("Ukrzaliznytsia", "uk-Latn"),
    ]
    assert names_from_templates(
        "{{Chinese|s=商汤科技|t=商湯科技|j=soeng1}} {{nobold|{{lang|sv|Ikea}}}} "
        "{{native name|uk|Укрзалізниця}}"
    ) == [
        Text("商汤科技", "zh-Hans"), Text("商湯科技", "zh-Hant"),
        Text("soeng1", "yue-Latn-jyutping"), Text("Ikea", "sv"), Text("Укрзалізниця", "uk"),
    ]


@pytest.mark.parametrize(
    ("wikitext", "expected"),
    [
        ("{{lang|ko|삼성}} ({{lang|ko-Hani|三星}})",  # Samsung
         [Text("삼성", "ko"), Text("三星", "ko-Hani")]),
        ("''{{lang|uk-Latn|Ukrainian Railways}}''<br> Укрзалізниця",  # Ukrainian Railways
         [Text("Ukrainian Railways", "uk-Latn"), Text("Укрзалізниця")]),
        ("Alsea, S.A.B. de C.V.", [Text("Alsea, S.A.B. de C.V.")]),  # Alsea
        ("The Pylon, The Golden Princess",  # Royal Cinema (former names)
         [Text("The Pylon"), Text("The Golden Princess")]),
    ],
)
def test_parse_names(wikitext: str, expected: list[Text]) -> None:
    assert parse_names(wikitext) == expected


# ---------------------------------------------------------------- citations

ARTICLE = (  # IBM (infobox values with their references, shortened)
    IBM_REVENUE + "\n| num_employees = 345,900 (2020)<ref name=2020rev/>\n"
    "| x = y<ref name=\":0\">{{cite news |url=https://example.org/a |title=A |date=8 March "
    "2019 |newspaper=[[South China Morning Post]] |archive-url=https://web.archive.org/a}}</ref>"
)


def test_build_ref_index_and_named_refs() -> None:
    index = build_ref_index(mwparserfromhell.parse(ARTICLE))
    assert set(index) == {"2020rev", ":0"}
    rev = index["2020rev"]
    assert rev.url.endswith("IBM_Annual_Report_2020.pdf")
    assert (rev.title, rev.publisher, rev.name) == (
        "IBM Reports 2020 Fourth-Quarter and Full-Year Results", "IBM.com", "2020rev",
    )
    assert citations_in("345,900 (2020)<ref name=2020rev/>", index) == [rev]
    assert citations_in("x<ref name = \" 2020rev \" />", index) == [rev]
    quoted = citations_in("y<ref name=\":0\" />", index)[0]
    assert (quoted.publisher, quoted.archive_url, quoted.date) == (
        "South China Morning Post", "https://web.archive.org/a", "8 March 2019",
    )
    assert citations_in("x<ref name=unknown/>", index) == []
    assert citations_in("x{{r|2020rev}}", index) == [rev]


def test_citations_in_value_with_bodies() -> None:
    cites = citations_in(ASDA_KEY_PEOPLE + "<ref>{{cite web|url=https://corporate.asda.com/"
                         "our-story/our-history |title=Our History - ASDA Corporate "
                         "|publisher=Corporate.asda.com |access-date=8 February 2019}}</ref>")
    assert cites == [Citation(url="https://corporate.asda.com/our-story/our-history",
                              title="Our History - ASDA Corporate",
                              publisher="Corporate.asda.com")]
    people = split_items(IKEA_KEY_PEOPLE)
    assert [c.publisher for c in citations_in(people[0])] == ["Fortune"]
    assert [c.publisher for c in citations_in(people[1])] == ["Reuters"]


def test_citation_from_ref_without_template() -> None:
    ref = mwparserfromhell.parse(UHHRU_KEY_PEOPLE).filter_tags(matches="ref")[0]
    cite = citation_from_ref(ref)
    assert cite.url == "http://www.kyivpost.com/news/nation/detail/71727/"
    assert cite.text == (
        "Detention of German foundation head seen as blow to free speech, Kyiv Post (July 2, 2010)"
    )
    assert cite.title is None


def test_dotted_and_dotless_i_do_not_crash_date_or_money_parsing():
    # re.IGNORECASE matches "İ"/"ı" against "i"; the lookup tables do not know them
    from kg.text.dates import parse_date_text
    from kg.text.money import parse_money

    assert parse_date_text("In Aprİl 2018 it opened.") is None
    assert parse_money("US$5 mİllion") is None
    assert parse_date_text("In April 2018 it opened.").iso == "2018-04"


def test_date_search_window_finds_what_a_full_scan_finds():
    # parse_date_text starts its search just before the first four-digit run and looks for
    # "about"/"circa" only in the 24 characters before the date; a full scan must agree
    from corpus import wiki

    from kg.sources.files import read_wiki_file
    from kg.text import dates
    from kg.text.parse import parse_article

    texts = ["Founded 30th of September, 2017 by 12 people", "about 1990s", "In circa 1885 and 1990",
             "It had 1500 stores by March 2001"]
    for stem in ("IBM", "Samsung", "Asda"):
        texts += [s.text for s in parse_article(read_wiki_file(wiki(stem))).sentences]
    for text in texts:
        full = dates._DATE.search(text)
        got = dates.parse_date_text(text)
        if full is None:
            assert got is None, text
            continue
        assert got is not None and got.raw == text.strip() and got.iso[:4] in full.group(0), text
        assert got.approximate == (bool(dates._APPROX_BEFORE.search(text[: full.start()])) or bool(full.group("dec"))), text
