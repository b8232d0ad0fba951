"""History event types, round 25 (issue 14): another party acting on the company's goods, the
company itself sold by those who run or own it, and its names in short; each rule on sentences
written for the test (invented companies)."""

from __future__ import annotations

from kg.extractors import relations
from kg.extractors.history import events
from kg.sources.page import Page
from kg.text.mentions import company_names
from kg.text.parse import parse_article
from tests.test_history_rules import LEAD, _events, _roles


def _typed(text: str, title: str = "Acme Corp") -> list[tuple[str, str, set]]:
    return [(e.type, e.date.iso, _roles(e)) for e in _events("==History==\n" + text + "\n", title=title)]


def test_a_time_told_from_an_earlier_event_opens_the_clause_before_its_subject():
    # "Two years after the X purchase, the retailer Y began selling the company's goods": Y's act
    [(kind, date, roles)] = _typed("In 2010 it bought [[Brankor Fisheries]]. Two years after the Brankor purchase, "
                                   "the Danish retailer [[Salvemart]] began selling Acme's smoked trout in its stores.")[1:]
    assert (kind, date) == ("partnership", "2012") and ("Salvemart", "partner") in roles
    [(kind, date, _)] = _typed("In 2010 it bought [[Brankor Fisheries]]. Three months after the Brankor deal, "
                               "the grocer [[Hollin Markets]] began stocking the company's pies.")[1:]
    assert (kind, date) == ("partnership", "2010")


def test_goods_taken_or_stocked_by_a_retailer_for_its_stores_are_a_sale_to_it():
    [(kind, date, roles)] = _typed("In 2016 its oat bars were taken by [[Vennmark Foods]] for 40 of its supermarkets in Ontario.")
    assert (kind, date) == ("partnership", "2016") and ("Vennmark Foods", "partner") in roles
    [(kind, date, roles)] = _typed("In 2018 the company's cider was stocked by [[Tollbury]].")
    assert (kind, date) == ("partnership", "2018") and ("Tollbury", "partner") in roles
    # a take-over, a case or a vote taken by another party is no sale of goods
    assert [k for k, _, _ in _typed("In 2014 it was taken over by [[Vennmark Foods]].")] == ["acquisition"]
    assert _typed("In 2014 the case was taken by [[Vennmark Foods]] to the high court.") == []


def test_the_administrators_selling_the_business_sell_the_company_itself():
    [(kind, date, _)] = _typed("On 4 May 2020 the administrators sold the brand, the stock and 61 of the 90 shops "
                               "to Corrow Partners, a Leeds investment firm, for £9m.")
    assert (kind, date) == ("acquisition", "2020-05-04")
    [(kind, _, _)] = _typed("In 2011 the receivers, Dunmore Advisory, sold the business to Pellagh Group.")
    assert kind == "acquisition"
    [(kind, _, _)] = _typed("In 2012 its brand and 40 shops were sold in a pre-pack deal to the investment firm Corrow Partners.")
    assert kind == "acquisition"
    # the company selling what it owns stays a divestiture
    [(kind, _, _)] = _typed("In 2019 it sold its Leeds plant to [[Pellagh Group]].")
    assert kind == "divestiture"


def _names(text: str, title: str = "Tovarn Fertilisers") -> frozenset[str]:
    return company_names(parse_article(Page(title, text)))


BOX = "{{Infobox company\n| name = Tovarn Fertilisers S.A.\n| former_name = Compagnie Agricole de Rhéa (1961–1999)\n}}\n"


def test_an_acronym_after_a_former_name_is_a_name_of_the_company():
    text = BOX + "'''Tovarn Fertilisers''' is a maker of fertiliser.\n==History==\n" \
        "The Compagnie Agricole de Rhéa (CAR) was incorporated in 1961. In 1999 the government sold 40 per cent " \
        "of CAR to a consortium led by [[Orvane Holdings]]. The company was renamed Tovarn that year.\n"
    assert "car" in _names(text)
    [event] = [e for e, _ in events(parse_article(Page("Tovarn Fertilisers", text)))
               if e.date.iso == "1999" and e.type != "rename"]
    assert event.type == "acquisition"
    # a country's code or a legal form in parentheses after the company's name is no name of it: "UK" and
    # "USA" would make every mention of the country the company
    codes = _names(BOX + "'''Tovarn Fertilisers''' is a maker of fertiliser. Tovarn Fertilisers (UK) and "
                         "Compagnie Agricole de Rhéa (USA) were set up in 1970; Tovarn Fertilisers (PLC) followed.\n")
    assert not {"uk", "usa", "plc"} & codes, codes
    # an acronym after another party's name is not the company's
    assert "obc" not in _names(BOX + "'''Tovarn Fertilisers''' is a maker of fertiliser. It sells to the "
                                     "Orvane Buying Cooperative (OBC).\n")


def _relations(text: str) -> list[str]:
    a = parse_article(Page("Acme Corp", LEAD + "==History==\n" + text + "\n"))
    return [f"{f.prop}:{f.value.label}" for f in relations.extract(a)]


def test_the_company_sold_to_a_buyer_is_no_customer_relation():
    # the company named by itself as the subject of a passive sale: it was sold, not its goods
    assert _relations("Under the programme, Acme was sold in 1991 to Corrow Ganaderos del Norte, a consortium of ranchers.") == []
