"""Round 12 of the infobox: forms of writing a field that hold on any company infobox (a legal
form in parentheses, a linked exchange before a ticker, more currency codes and legal forms,
{{OMX}} and {{BMFBovespa}}, {{nihongo}}). Every infobox here is written for the test."""

from __future__ import annotations

from decimal import Decimal

from infoboxes import infobox as _infobox
from infoboxes import infobox_values as _values
from infoboxes import page_facts as _facts


def _labels(facts, prop: str) -> list[str]:
    return [getattr(v, "label", None) or getattr(v, "text", None) for v in _values(facts, prop)]


def test_a_legal_form_linked_in_parentheses_is_a_legal_form_too():
    box = _infobox(name="Harzberg Bank AG", type="[[Public company|Public]] ([[Aktiengesellschaft|AG]])")
    forms = _values(_facts("Harzberg Bank", box + "'''Harzberg Bank''' is a bank."), "legalForm")
    assert [(e.label, e.title) for e in forms] == [("Public", "Public company"), ("AG", "Aktiengesellschaft")]
    one = _infobox(name="Vessel Oy", type="[[Osakeyhtiö]]")
    assert [e.title for e in _values(_facts("Vessel", one + "'''Vessel''' is a firm."), "legalForm")] == ["Osakeyhtiö"]
    # a remark in parentheses without a link is no legal form
    plain = _infobox(name="Tarn Ltd", type="[[Privately held company|Private]] (family-owned)")
    assert [e.title for e in _values(_facts("Tarn", plain + "'''Tarn''' is a firm."), "legalForm")] == [
        "Privately held company"]


def test_a_linked_exchange_before_a_ticker_is_the_listings_exchange():
    box = _infobox(name="Qasbah Engrais S.A.", traded_as="[[Casablanca Stock Exchange|BVC]]: QSB<br />"
                   "[[Borsa Istanbul]]: QSBAY<br />[[MASI Index|MASI component]]")
    facts = _facts("Qasbah Engrais", box + "'''Qasbah Engrais''' is a Moroccan fertilizer maker.")
    listings = _values(facts, "stockListing")
    assert [(x.exchange, x.ticker, x.exchange_entity.title) for x in listings] == [
        ("BVC", "QSB", "Casablanca Stock Exchange"), ("Borsa Istanbul", "QSBAY", "Borsa Istanbul")]
    assert [e.title for e in _values(facts, "indexMembership")] == ["MASI Index"]
    # an exchange named as text still goes by its short name
    text = _infobox(name="Fell Ltd", traded_as="LSE: FEL")
    assert [x.exchange_entity.title for x in _values(_facts("Fell", text + "'''Fell''' is a firm."), "stockListing")] == [
        "London Stock Exchange"]


def test_bmfbovespa_is_the_b3_template():
    box = _infobox(name="Carne Serrana S.A.", traded_as="{{BMFBovespa|CSRN3}}")
    listings = _values(_facts("Carne Serrana", box + "'''Carne Serrana''' is a meatpacker."), "stockListing")
    assert [(x.ticker, x.exchange_entity.title) for x in listings] == [("CSRN3", "B3 (stock exchange)")]


def test_omx_is_the_nasdaq_market_of_the_company_country():
    dk = _infobox(name="Havblik A/S", hq_location_country="Denmark", traded_as="{{OMX|HAVB B}}")
    listings = _values(_facts("Havblik", dk + "'''Havblik''' is a Danish firm."), "stockListing")
    assert [x.exchange_entity.title for x in listings] == ["Nasdaq Copenhagen"]
    se = _infobox(name="Fjällvik AB", hq_location_country="[[Sweden]]", traded_as="{{OMX|FJV}}")
    assert [x.exchange_entity.title for x in _values(_facts("Fjällvik", se + "'''Fjällvik''' is a firm."),
                                                      "stockListing")] == ["Nasdaq Stockholm"]
    elsewhere = _infobox(name="Nordvale plc", hq_location_country="Ireland", traded_as="{{OMX|NVL}}")
    assert [x.exchange_entity.title for x in _values(_facts("Nordvale", elsewhere + "'''Nordvale''' is a firm."),
                                                      "stockListing")] == ["Nasdaq Nordic"]


def test_an_iso_code_before_a_figure_is_its_currency():
    box = _infobox(name="Atlas Phosphates S.A.", revenue="{{decrease}} MAD 9.42&nbsp;billion (2024)",
                   net_income="{{increase}} 312&nbsp;million DZD (2024)")
    facts = _facts("Atlas Phosphates", box + "'''Atlas Phosphates''' is a Moroccan firm.")
    assert [(m.amount, m.currency) for m in _values(facts, "revenue")] == [(Decimal(9420000000), "MAD")]
    assert [(m.amount, m.currency) for m in _values(facts, "netIncome")] == [(Decimal(312000000), "DZD")]


def test_a_legal_form_after_a_comma_stays_in_the_name():
    box = _infobox(name="Lone Star Haulage", subsidiaries="Haulage de México, S. de R.L. de C.V.",
                   predecessor="Brněnské strojírny, národní podnik")
    facts = _facts("Lone Star Haulage", box + "'''Lone Star Haulage''' is a trucking firm.")
    assert _labels(facts, "subsidiary") == ["Haulage de México, S. de R.L. de C.V."]
    assert _labels(facts, "predecessor") == ["Brněnské strojírny, národní podnik"]


def test_a_place_in_parentheses_before_a_legal_form_is_part_of_the_name():
    box = _infobox(name="Kgalagadi Drilling", subsidiaries="Kgalagadi Engineering (Rustenburg) (Pty) Ltd<br />"
                   "Kgalagadi Plant Hire (Pty) Ltd (51%)")
    facts = _facts("Kgalagadi Drilling", box + "'''Kgalagadi Drilling''' is a mining firm.")
    assert _labels(facts, "subsidiary") == ["Kgalagadi Engineering (Rustenburg) (Pty) Ltd", "Kgalagadi Plant Hire (Pty) Ltd"]


def test_a_building_before_a_linked_street_is_the_headquarters_as_written():
    box = _infobox(name="Chao Phraya Hotels", hq_location="Chao Phraya Tower, [[Silom Road]]",
                   hq_location_city="[[Bangkok]]")
    facts = _facts("Chao Phraya Hotels", box + "'''Chao Phraya Hotels''' is a hotel group.")
    assert [(e.label, e.title) for e in _values(facts, "headquarters")] == [("Chao Phraya Tower, Silom Road", None)]
    # a linked settlement after an address is still the place, also one the country tables do not know
    city = _infobox(name="Kyiv Armour", hq_location="94A, Povitroflotskyi Av., [[Kiev]]")
    assert [e.title for e in _values(_facts("Kyiv Armour", city + "'''Kyiv Armour''' is a firm."), "headquarters")] == [
        "Kiev"]


def test_a_link_after_a_preposition_does_not_name_the_item():
    box = _infobox(name="Lianfeng Power", products="[[Lithium iron phosphate battery|LFP cells]]<br />"
                   "Battery packs for [[electric bicycle]]s<br />[[Coating]] additives")
    facts = _facts("Lianfeng Power", box + "'''Lianfeng Power''' is a battery maker.")
    assert [(e.label, e.title) for e in _values(facts, "product")] == [
        ("LFP cells", "Lithium iron phosphate battery"), ("Battery packs for electric bicycles", None),
        ("Coating", "Coating")]


def test_nihongo_in_the_lead_gives_the_japanese_name_and_its_romaji():
    box = _infobox(name="Kirigaya Optical Co., Ltd.")
    lead = ("{{nihongo|'''Kirigaya Optical Co., Ltd.'''|霧ヶ谷光学株式会社|Kirigaya Kōgaku Kabushiki-gaisha}} "
            "is a Japanese camera maker.")
    names = {(n.text, n.lang) for n in _values(_facts("Kirigaya Optical", box + lead), "nativeName")}
    assert names == {("霧ヶ谷光学株式会社", "ja"), ("Kirigaya Kōgaku Kabushiki-gaisha", "ja-Latn")}
