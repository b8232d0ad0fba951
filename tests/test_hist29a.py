"""History extractor, round 29 branch hist29a (issue 14): precision and types on new text; each
rule on sentences written for the test (invented companies and people)."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- goods told with a participle "bought from / with / in"


def test_goods_told_with_a_participle_bought_are_no_acquisition():
    assert _types("In 1991 Acme began hauling copper with three used trucks bought with the founders' savings.") == []
    assert _types("Production began in March 1999 with two moulding lines bought from the machine maker "
                  "Orrin Works.") == []
    assert _types("In 2005 the company started making cables, wound from copper wire bought from Quarrow "
                  "Metals.") == [("product_launch", "2005")]
    # told in a relative clause without "that": "a mill he had bought in ..."
    assert _types("On 3 November 1947 Tomas Orrin, a grain merchant, began pressing olives in a stone mill he had "
                  "bought in the old quarter of Brisk, selling the oil to traders.") == []


def test_a_purchase_told_in_the_active_stays_an_acquisition():
    assert _types("In 2010 Acme bought Quarrow Foods from Orrin Group.") == [("acquisition", "2010")]
    assert _types("In 2010 the company bought from Orrin Group its half of the venture.") == [("acquisition", "2010")]
    assert _types("The stake bought from Orrin in 2010 was sold in 2015.") == [("acquisition", "2010")]


# ---------------------------------------------------------------- a wish or a search is no event


def test_a_wish_or_a_search_told_before_the_trigger_is_no_event():
    assert _types("In 2015 Orrin Metals wanted to buy the company.") == []
    assert _types("Around 2001 he began to look for a European partner with which to build plants in the "
                  "north.") == []
    # the deal itself, told after the search, stays
    assert _types("In 2003 Acme formed a joint venture with Orrin Metals.") == [("joint_venture", "2003")]


# ---------------------------------------------------------------- another party's debts are not the company's


def test_debts_of_another_party_are_no_debt_restructuring_of_the_company():
    assert _types("Acme moved into leather in May 2010, buying Quarrow Tanning, a tannery in Brisk that had "
                  "defaulted on its bank loans.") == [("acquisition", "2010-05")]
    assert _types("In 2019 Acme restructured the loans of some 30,000 borrowers.") == []
    # the company's own debts stay
    assert _types("In 2011 the company restructured its bank loans.") == [("other", "2011")]
    assert _types("Acme defaulted on its bonds in 2015.") == [("other", "2015")]


# ---------------------------------------------------------------- the year a term runs to dates no act


def test_the_year_a_term_or_a_trade_runs_to_dates_no_event():
    assert _types("Its output of 400,000 tonnes of acid a year goes to Orrin Fertilisers' plants under an offtake "
                  "contract running to 2029.") == []
    assert _types("In 2014 Acme sold the plant to Orrin. Under a supply agreement signed with the sale, Orrin went "
                  "on buying parts from Brisk until 2019.") == [("divestiture", "2014")]
    # the year of the signing stays, and so does a year after "until" that a "when" clause tells
    assert _types("In 2012 Acme signed a supply contract with Orrin Motors running to 2020.") == [("partnership", "2012")]
    assert _types("Acme was based in Brisk until 2005, when it moved its head office to Orrin.") == [("other", "2005")]
    # an expiry is itself the event, and "not ... until" dates the act that came at last
    assert _types("The supply contract with Orrin Rail expired in 1999.") == [("other", "1999")]
    assert _types("The upper plant did not begin commercial operation until October 2020.") == [("expansion", "2020-10")]


# ---------------------------------------------------------------- a first site built, a first load processed: an expansion


def test_a_first_site_built_or_a_first_load_processed_is_an_expansion_not_a_launch():
    assert _types("In 1983 Acme built its first coolstore, with room for 400,000 trays, beside the packhouse.") == [
        ("expansion", "1983")]
    assert _types("Building work on the new halls began in 1982, and the combine processed its first 40 tonnes of "
                  "raw wool in September 1983.") == [("expansion", "1983-09")]
    # a first product built or a first transaction processed stays a launch
    assert _types("Acme built its first robot in 1974.") == [("product_launch", "1974")]
    assert _types("In 1961 the workshop built its first hydraulic loader for farm tractors.") == [("product_launch", "1961")]
    assert _types("Acme processed the first card transaction in 1997.") == [("product_launch", "1997")]


def test_a_co_operative_that_became_the_company_opens_sites_before_the_infobox_founding():
    from tests.test_history_rules import _events

    lead = "{{Infobox company\n| name = Acme Corp\n| founded = 1996\n}}\n'''Acme Corp''' is a fruit company.\n\n== History ==\n"
    events = _events("The co-operative built its first coolstore beside the packhouse in 1983.", lead=lead)
    assert [(e.type, e.date.iso) for e in events] == [("expansion", "1983")]


# ---------------------------------------------------------------- a joint venture told as background


def test_a_joint_venture_named_as_background_is_no_new_venture():
    assert _types("After the war in February 2022, deliveries of castings from the Ukrainian foundry Orlit stopped, "
                  "and the company moved the work to its joint venture with Orrin.") == []
    assert _types("The terminal, a 50:50 joint venture with covered storage for 120,000 tonnes, began loading ships "
                  "at the port of Brisk in 2014.") == [("expansion", "2014")]
    # formed, set up or bought into, it stays a joint venture
    assert _types("In 2003 Acme formed its first joint venture with Orrin Metals.") == [("joint_venture", "2003")]
    assert _types("In 2003 Acme and Orrin set up Quarrow Ltd, a 50:50 joint venture, to make cans.") == [
        ("joint_venture", "2003")]
    assert _types("Quarrow Ltd, a joint venture with Orrin, was set up in 2003.") == [("joint_venture", "2003")]


# ---------------------------------------------------------------- goods sold: a first sale, another party's sales


def test_a_first_sale_of_goods_or_another_partys_sale_is_no_divestiture():
    assert _types("The brothers restored the two old stills, and the first new rum was sold in 1928 to the Brisk "
                  "wholesale merchants Orrin & Daly, who blended it.") == []
    assert _types("From 1997 most of the American volume went to Quarrow Bay Foods, a Seattle importer that sold the "
                  "fish to restaurant chains.") == []
    assert "divestiture" not in {t for t, _ in _types(
        "In 1988 the company sold its first franchise, to Orrin Grill Partners, a group of investors.")}
    # a unit sold stays a divestiture, first or not
    assert _types("In 1998 Acme sold its first hotel to Orrin Group.") == [("divestiture", "1998")]
    assert _types("In 2005 Acme sold its stake in Quarrow to Orrin.") == [("divestiture", "2005")]
    # goods that "sold poorly" given up stay a divestiture
    assert _types("Radios, which sold poorly after 1980, were finally given up in 1984.") == [("divestiture", "1984")]
