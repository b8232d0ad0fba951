"""History precision, types and fields, round 31 (issue 14, branch hist31b): each rule on
sentences written for the test (invented companies)."""

from __future__ import annotations

from tests.test_history_rules import _events


def _read(text: str, title: str = "Vornholt Werke") -> list[tuple[str, str, str]]:
    lead = f"'''{title}''' is a maker of valves.\n\n== History ==\n"
    return [(e.type, e.date.iso, e.label) for e in _events(text + "\n", title=title, lead=lead)]


def test_a_change_of_legal_form_that_gives_a_name_is_a_rename():
    # the name after a short phrase of the clause, in apposition
    [(kind, date, label)] = _read("On 2 March 1991 the State Property Agency turned it into a joint-stock company "
                                  "wholly owned by the state, Vornholt Werke Rt.")
    assert (kind, date) == ("rename", "1991-03-02") and "Vornholt Werke" in label
    [(kind, date, label)] = _read("In 1994, under the law on privatisation, Vornholt was registered as a joint-stock "
                                  "company, Vornholt Werke AD Plovdiv.")
    assert (kind, date) == ("rename", "1994") and "Vornholt Werke AD Plovdiv" in label
    # "under the name X" after a date
    [(kind, date, label)] = _read("His sons turned the business into a joint-stock company in 1928, under the name "
                                  "Kessler Armaturen Rt.; the foundry was closed.")[:1]
    assert (kind, date) == ("rename", "1928") and "Kessler Armaturen" in label


def test_a_change_of_legal_form_without_a_new_name_stays_other():
    # a place, or a name the company never bore, in apposition: no new name
    [(kind, _, _)] = _read("In 1994 it was registered as a joint-stock company, Bulgaria's first in the sector.")
    assert kind == "other"
    [(kind, _, _)] = _read("In 1994 it was turned into a joint-stock company owned by the state, Plovdiv Holding.")
    assert kind == "other"



def test_goods_sold_to_a_buyer_are_a_sale_to_a_customer_not_a_deal_or_a_launch():
    # a buyer taking most of the company's goods is no acquisition
    [(kind, date, _)] = _read("From 2006 the Lyon wholesaler [[Maison Ferrand]] bought most of the company's smoked "
                              "trout for the French market.")
    assert (kind, date) == ("partnership", "2006")
    # the first container of goods, sold to a buyer after a long clause with a decimal in it
    [(kind, date, label)] = _read("Its first container of dried figs, 18.5 tonnes, left for Izmir in May 2009 and was "
                                  "sold to [[Ostwind Trading]], an importer in Hamburg.")
    assert (kind, date) == ("partnership", "2009-05") and "Ostwind Trading" in label
    # a first sale to a buyer is no product launch
    [(kind, date, _)] = _read("In 1991 the works made its first sale to a Western buyer, 40 tonnes of wool shipped to "
                              "[[Hallam Textiles]].")
    assert (kind, date) == ("partnership", "1991")


def test_a_first_container_that_is_not_sold_and_a_sale_of_the_business_stay_what_they_were():
    [(kind, _, _)] = _read("In 2012 the company sold its fig business to [[Ostwind Trading]].")
    assert kind == "divestiture"
    [(kind, _, _)] = _read("In 2010 [[Ostwind Trading]] bought most of the company's shares.")
    assert kind != "partnership"
