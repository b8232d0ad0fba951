"""Round 27 of the infobox: an exchange template the project does not list, read from the ISO
10383 register in the company's country (kg/text/exchanges.py), and a partnership firm named by
its partners' surnames kept whole in a list. Every infobox here is written for the test."""

from __future__ import annotations

from infoboxes import infobox as _infobox
from infoboxes import infobox_values as _values
from infoboxes import page_facts as _facts

from kg.text.exchanges import register_exchange
from kg.text.items import split_items
from kg.text.render import plain_text


def _listed(name: str, country: str | None, traded_as: str) -> list[tuple[str, str, str]]:
    fields = {"name": name, "traded_as": traded_as}
    if country:
        fields["hq_location_country"] = country
    facts = _facts(name, _infobox(**fields) + f"'''{name}''' is a firm.")
    return [(x.exchange, x.ticker, x.exchange_entity.title) for x in _values(facts, "stockListing")]


def test_an_unknown_exchange_template_is_read_by_its_acronym_in_the_company_country():
    assert _listed("Wadi Rum Cement", "Jordan", "{{ASE|WRCM}}") == [("ASE", "WRCM", "Amman Stock Exchange")]
    # the same acronym in Greece is the Athens exchange
    assert _listed("Kalamos Marble", "Greece", "{{ASE|KLMS}}") == [("ASE", "KLMS", "Athens Stock Exchange")]
    assert _listed("Sliema Shipping", "Malta", "{{MSE|SLSH}}") == [("MSE", "SLSH", "Malta Stock Exchange")]


def test_a_country_with_one_stock_exchange_names_it_whatever_the_acronym():
    # the register gives Mongolia one stock exchange and no acronym for it
    assert _listed("Altan Tal Foods", "Mongolia", "{{MSE|ATF}}") == [("MSE", "ATF", "Mongolian Stock Exchange")]
    assert _listed("Tisza Kábel", "Hungary", "{{BÉT|TISZA}}") == [("BÉT", "TISZA", "Budapest Stock Exchange")]
    # a template the project lists keeps its exchange, as on Wikipedia: {{BSE}} is Bombay's
    assert _listed("Tisza Kábel", "Hungary", "{{BSE|TISZA}}") == [("BSE", "TISZA", "Bombay Stock Exchange")]


def test_no_country_or_two_exchanges_without_the_acronym_give_no_listing():
    assert _listed("Harbour Rope", None, "{{MSE|HRP}}") == []
    # Bangladesh has two stock exchanges: an acronym that is neither names none
    assert _listed("Padma Jute", "Bangladesh", "{{PJX|PADMA}}") == []
    assert register_exchange("CSE", "BD") == "Chittagong Stock Exchange"
    assert register_exchange("DSE", "BD") == "Dhaka Stock Exchange"


def test_a_template_that_is_not_a_ticker_is_no_listing():
    assert _listed("Wadi Rum Cement", "Jordan", "{{ASE|symbol=WRCM}}") == []
    assert _listed("Wadi Rum Cement", "Jordan", "{{ubl|Amman listed}}") == []
    assert _listed("Wadi Rum Cement", "Jordan", "{{ASE|WRCM|2005}}") == []
    # a template that is not an exchange's acronym, though its one argument reads like a ticker
    assert _listed("Altan Tal Foods", "Mongolia", "{{nowrap|ATF}}") == []
    assert _listed("Altan Tal Foods", "Mongolia", "{{Ubl|ATF}}") == []


def test_a_firm_named_by_its_partners_stays_one_item():
    items = [plain_text(x) for x in split_items("Morvan, Baird & Co. (agency), Kestle Trading")]
    assert items == ["Morvan, Baird & Co. (agency)", "Kestle Trading"]
    assert [plain_text(x) for x in split_items("Hallam, Pryce and Sons")] == ["Hallam, Pryce and Sons"]
    # two companies in a list still split
    assert [plain_text(x) for x in split_items("Siemens, Bosch")] == ["Siemens", "Bosch"]
    assert [plain_text(x) for x in split_items("Acme Holdings, Baird & Co.")] == ["Acme Holdings", "Baird & Co."]


def test_a_known_template_names_the_home_exchange_of_its_acronym():
    """Round 28: a listing template the project knows names an exchange abroad; where the company's
    own country has an exchange of that acronym in the register, the template names that one."""
    assert _listed("Karnaphuli Knit", "Bangladesh", "{{DSE|KKNIT}}<br />{{CSE|KKNIT}}") == [
        ("DSE", "KKNIT", "Dhaka Stock Exchange"), ("CSE", "KKNIT", "Chittagong Stock Exchange")]
    assert _listed("Sitra Glass", "Bahrain", "{{BSE|SITRA}}") == [("BSE", "SITRA", "Bahrain Bourse")]
    assert _listed("Vltava Steel", "Czech Republic", "{{PSE|VLST}}") == [("PSE", "VLST", "Prague Stock Exchange")]
    # the template's own country, or a country without that acronym, keeps the template's exchange
    assert _listed("Halifax Minerals", "Canada", "{{CSE|HFX}}") == [("CSE", "HFX", "Canadian Securities Exchange")]
    assert _listed("Pune Forgings", "India", "{{BSE|500001}}") == [("BSE", "500001", "Bombay Stock Exchange")]
    assert _listed("Tisza Kábel", "Hungary", "{{BSE|TISZA}}") == [("BSE", "TISZA", "Bombay Stock Exchange")]
    assert _listed("Makati Foods", "Philippines", "{{PSE|MKF}}") == [("PSE", "MKF", "Philippine Stock Exchange")]
    # Nasdaq-listed abroad: no namesake at home
    assert _listed("Haifa Chips", "Israel", "{{NASDAQ|HFC}}") == [("NASDAQ", "HFC", "Nasdaq")]
