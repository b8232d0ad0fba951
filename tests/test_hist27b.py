"""History extractor, round 27 branch hist27b (issue 14): precision and fields on new text; each rule on
sentences written for the test (invented companies and people)."""

from __future__ import annotations

from tests.test_history_round10 import _types
from tests.test_history_rules import _events, _roles

# ---------------------------------------------------------------- a deals table's row that tells no purchase or sale


_TABLE = ("=== Acquisitions and disposals ===\n"
          "{| class=\"wikitable\"\n! Year !! Company !! Transaction !! Price\n|-\n"
          "| 2012 || Harrow Foods Ltd. || Acquisition (100%) || US$9 million\n|-\n"
          "| 2014 || Acme–Tanner Storage Ltd. || Joint venture (50%) || US$3 million\n|-\n"
          "| 2016 || Acme Workwear PLC || Formed from the uniform business || –\n|-\n"
          "| 2019 || Harrow Foods Ltd. || Sale to Dunmore Group || US$14 million\n|-\n"
          "| 2021 || Kestrel Mills || – || US$2 million\n|}\n")


def test_a_deals_table_row_whose_transaction_names_no_purchase_or_sale_is_no_event_of_the_table():
    # a venture formed or a unit set up, told in the transaction column, is neither bought nor sold
    assert sorted(_types(_TABLE)) == [("acquisition", "2012"), ("acquisition", "2021"), ("divestiture", "2019")]


# ---------------------------------------------------------------- a licence granted by a regulator to do business


def test_a_licence_granted_to_the_company_to_farm_or_operate_is_a_licence_not_an_agreement():
    assert _types("In 2011 the Directorate of Fisheries granted Acme a licence to farm 4,000 tonnes of trout a year.") \
        == [("other", "2011")]
    [ev] = _events("In May 2016 the [[Ruritanian Gaming Board]] granted Acme a licence to operate online casinos.\n")
    assert ev.type == "other" and _roles(ev) == {("Ruritanian Gaming Board", "regulator")}


def test_a_betting_or_gambling_licence_granted_is_a_licence():
    [ev] = _events("[[Ruritania]], which had licensed online casinos since 2012, granted Acme a casino and betting "
                   "licence in February 2017.\n")
    assert (ev.type, ev.date.iso) == ("other", "2017-02")


def test_a_licence_granted_by_a_company_for_its_products_stays_an_agreement():
    assert _types("In 1998 the French company Vautrin Labs granted Acme a licence for three antibiotics.") == [
        ("partnership", "1998")]


# ---------------------------------------------------------------- goods sold are no divestiture


def test_the_output_or_a_crop_sold_is_no_divestiture():
    assert "divestiture" not in [t for t, _ in _types(
        "In 1971 the cooperative took over a buying post in Pitalito and sold its members' green coffee to the "
        "National Coffee Board.")]
    assert "divestiture" not in [t for t, _ in _types(
        "The Hove turbine was commissioned in May 2012 and sells its output to the Northern Grid Company.")]
    assert _types("In 2009 Acme sold its whole 2009 harvest to Boots Foods.") == []


def test_a_business_named_by_its_goods_sold_stays_a_divestiture():
    assert _types("In 2005 Acme sold its coffee business to [[Boots Foods]].") == [("divestiture", "2005")]
    assert _types("In 2006 Acme sold its tea estates to [[Boots Foods]].") == [("divestiture", "2006")]
    assert _types("In 2007 Acme sold its gas distribution arm to [[Boots Energy]] for $40 million.") == [
        ("divestiture", "2007")]
    assert _types("In 2008 Acme sold its power stations in Leeds to [[Boots Energy]].") == [("divestiture", "2008")]


# ---------------------------------------------------------------- a trade carried on "since" a year is no purchase or sale


def test_goods_bought_or_sold_since_a_year_are_a_trade_not_an_acquisition_or_divestiture():
    assert "divestiture" not in [t for t, _ in _types(
        "In 2012 it registered Acme Wool, the name under which it had sold its scarves abroad since 2004, as its "
        "legal name.")]
    assert "acquisition" not in [t for t, _ in _types(
        "In Norway, where the Bergen importer Fjell Trading had bought Acme coffee since 1999, the grocer "
        "[[Boots Foods]] began stocking Acme beans in March 2018.")]
    assert "divestiture" not in [t for t, _ in _types(
        "In 2015 Acme opened a shop in Riga; its yarn has been sold through the Tallinn firm Villa since 2016.")]


def test_a_purchase_told_after_a_trade_since_a_year_stays():
    # the trade is background to the buyer's purchase of a stake in the company
    assert _types("Harrow Trading, a Leeds merchant that had bought Acme rice since 2016, paid US$21 million in "
                  "May 2022 for 20 per cent of the company.") == [("acquisition", "2022-05")]


# ---------------------------------------------------------------- shares sold by the company or to the public


def test_new_shares_sold_by_the_company_are_a_funding_round_not_a_divestiture():
    assert _types("In April 2016 the company sold 4.2 million new shares on the Leeds exchange at 310 pence each, "
                  "raising £13 million.") == [("funding_round", "2016-04")]
    # told with a listing, the sale stays the listing's
    assert _types("Acme's shares were listed on the [[Harrow Stock Exchange]] on 3 May 2011, when the company sold "
                  "new shares worth £40 million.") == [("ipo", "2011-05-03")]


def test_a_share_of_the_company_sold_to_the_public_is_the_offering_not_a_divestiture():
    assert _types("A further 20 per cent was sold to the public in an offering managed by [[Boots Capital]], and "
                  "Acme shares began trading on the [[Harrow Stock Exchange]] on 2 June 2004.") == [
        ("ipo", "2004-06-02")]
    assert _types("In 1999 30 per cent was sold to the public.") == [("ipo", "1999")]


# ---------------------------------------------------------------- re-registered as a legal form under a new name


def test_re_registered_as_a_legal_form_with_the_new_name_after_it_is_a_rename():
    assert _types("In May 2009 the company re-registered as a public limited company, Acme Foods PLC.") == [
        ("rename", "2009-05")]
    assert _types("In June 2021 the company re-registered as a private company, Acme Foods Limited.") == [
        ("rename", "2021-06")]
    # no name after it: a change of legal form only
    assert _types("In June 2021 the company re-registered as a private company.") != [("rename", "2021-06")]


# ---------------------------------------------------------------- a river is a place, never a party


def test_a_name_ending_with_river_creek_or_fjord_is_a_place():
    from kg.text.kinds import PLACE, name_kind
    assert name_kind("Ormsk River") == PLACE and name_kind("Ormsk River", "Ormsk River (Ruritania)") == PLACE
    assert name_kind("Harrow Creek") == PLACE
    assert name_kind("Ormsk River Bank") != PLACE  # an organisation's name ends otherwise


def test_a_river_is_no_regulator_or_lender():
    [fine] = _events("In 2016 Acme was fined for polluting a tributary of the [[Ormsk River]].\n")
    assert fine.type == "fine" and _roles(fine) == set()
    [loan] = _events("In 1967 Acme built a mill beside the [[Ormsk River (Ruritania)|Ormsk River]], paid for with a "
                     "loan of 3.5 million pesos from [[Boots Bank]].\n")
    assert _roles(loan) == {("Boots Bank", "investor")}
    # where something happened, it stays the place
    [opening] = _events("In 2015 Acme opened a plant in the [[Ormsk River]] delta.\n")
    assert ("Ormsk River", "location") in _roles(opening)
