"""Round 10: relation rules read from the missed relations of blind4-blind9 and grouped by
cause (docs/relations.md, "Round 10"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_relations_round9 import _pairs


@pytest.mark.parametrize("sentence, expected", [
    # an outsider takes new shares of the company
    ("In 2014 the Korean chemicals group [[Hanwha]] subscribed for new shares equal to 8 per cent of the company.",
     {("investor", "Hanwha")}),
    ("In 2009 the [[Asian Development Bank]] subscribed new shares worth US$40 million.",
     {("investor", "Asian Development Bank")}),
    ("In May 2018 [[Mitsui & Co.]] subscribed to newly issued shares for ¥12 billion.", {("investor", "Mitsui & Co.")}),
    # the company subscribing to another's shares gives it no investor
    ("In 2012 it subscribed for new shares of [[Globex]].", set()),
    # a share of the company bought
    ("In 2007 the pension fund [[Ilmarinen]] bought 14 per cent of the company from the founders.",
     {("investor", "Ilmarinen")}),
    ("In 2019 [[Temasek Holdings]] agreed to buy 20 per cent of Acme for US$300 million.",
     {("investor", "Temasek Holdings")}),
    ("[[Novartis]] also bought US$25 million of the company's preferred stock.", {("investor", "Novartis")}),
    ("In 2016 [[Bain Capital]] acquired 35 per cent of it through a capital increase.", {("investor", "Bain Capital")}),
    ("In 2010 [[Globex]] acquired 20 per cent of the company.", {("investor", "Globex")}),
    # a share of another company is no investor of this one
    ("In 2008 [[Initech]] bought 40 per cent of Globex Mining.", set()),
    ("In 2011 [[Initech]] acquired 60 per cent of the Brazilian unit.", set()),
    # money put in for a share of the company
    ("In 2011 [[Sequoia Capital]] and [[IDG Capital]] invested US$20 million for 25 per cent of the company.",
     {("investor", "Sequoia Capital"), ("investor", "IDG Capital")}),
])
def test_a_share_of_the_company_taken_makes_an_investor(sentence, expected):
    assert {p for p in _pairs(sentence) if p[0] == "investor"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # an apposition that names the owner of the buyer describes the buyer
    ("In 2010 Globex Shipping, the shipping arm of the [[Ruritanian State Fund]], bought 30 per cent of the company.",
     {("investor", "Ruritanian State Fund")}),
    ("In 2006 [[Initech]], the property developer of the tycoon [[John Doe]], bought a 51 per cent stake.",
     {("investor", "Initech")}),
    ("Its customers include [[Globex]], the largest bank of [[Ruritania]], and [[Initech]].",
     {("customer", "Globex"), ("customer", "Initech")}),
])
def test_an_apposition_naming_an_owner_is_not_another_party(sentence, expected):
    assert _pairs(sentence) == expected


_LIST = """== Partners and customers ==
* [[Globex]] – reseller of Acme's pumps in Chile since 2015
* [[Initech]] – shirt sponsorship, 1998–2001
* Norland University – joint laboratory on corrosion, since 2019
* [[Hooli]] – uniforms designed and supplied by Acme from 2012
* [[Paris]] – sponsor
* [[Vandelay Industries]] – a rival in Peru
* [[Soylent Corporation]] (2011–2016): co-development of a coolant pump
"""


def test_a_list_of_partners_and_customers_with_what_each_does():
    # the description tells the type; a place, or a description with no relation word, gives none
    assert _pairs(_LIST) == {("customer", "Globex"), ("partner", "Initech"), ("researchCollaborator", "Norland University"),
                             ("customer", "Hooli"), ("partner", "Soylent Corporation")}


def test_a_described_item_is_dated_by_the_year_it_writes():
    page = Page(title="Acme", revision=1, wikitext=f"\n'''Acme''' is an engineering company.\n\n{_LIST}")
    dates = {f.value.title or f.value.label: dict(f.qualifiers)["date"].iso for f in relations.extract(parse_article(page))}
    assert dates["Globex"] == "2015" and dates["Initech"] == "1998" and dates["Soylent Corporation"] == "2011"


@pytest.mark.parametrize("heading, expected", [
    # a heading of one type gives that type when the description names none
    ("Partnerships", {("partner", "Vandelay Industries")}),
    # a mixed heading gives none; other headings are not such lists
    ("Customers and partners", set()),
    ("Joint ventures", set()),
    ("History", set()),
])
def test_the_heading_types_an_item_whose_description_names_no_relation(heading, expected):
    assert _pairs(f"== {heading} ==\n* [[Vandelay Industries]] – cable networks in Peru since 2004\n") == expected


@pytest.mark.parametrize("sentence, expected", [
    # a shop opened on a street is a shop, not a sales channel
    ("In 1962 the company opened its first store on Kingsway Road in Leeds.", set()),
    ("In 1988 Acme opened a flagship store on Regent Street.", set()),
    # a shop opened on a platform is still a channel
    ("In 2016 Acme opened a store on [[Tmall]].", {("customer", "Tmall")}),
])
def test_a_store_on_a_street_is_no_channel(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the leaders of a private placement are its investors, and so are those named with them
    ("In 2019 the company raised US$90 million in a private placement to nine investors led by [[GIC Private Limited|GIC]].",
     {("investor", "GIC Private Limited")}),
    ("A $45 million private placement, led by [[Baker Bros. Advisors]] with [[OrbiMed]], followed in 2014.",
     {("investor", "Baker Bros. Advisors"), ("investor", "OrbiMed")}),
    # the banks that manage a placing or lead an offering are still suppliers
    ("The 2015 placing, managed by [[Numis]], raised £20 million.", {("supplier", "Numis")}),
    ("Its 1996 offering was led by [[UBS]].", {("supplier", "UBS")}),
])
def test_the_leaders_of_a_private_placement_are_investors(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the -ing form of a supply to a buyer, the company being the subject
    ("In 2008 it began supplying gearboxes for city buses to [[MAN Truck & Bus]].", {("customer", "MAN Truck & Bus")}),
    ("Acme started delivering rails to [[Network Rail]] in 2014.", {("customer", "Network Rail")}),
    # another company's supply is none of the company's
    ("In 2011 [[Globex]] began supplying cells to [[Initech]].", set()),
])
def test_supplying_goods_to_a_buyer_makes_a_customer(sentence, expected):
    assert _pairs(sentence) == expected


# The scores of round 10 on the sets its rules were read from (lenient precision, recall, and the precision
# at confidence >= 0.8), kept here until QUALITY in tests/test_quality.py and the README's table are raised
# together (before round 10: blind6 0.907 / 0.553, 0.907; blind7 0.893 / 0.615, 0.928; blind8 0.966 / 0.620,
# 0.982; blind9 0.852 / 0.500, 0.851).
@pytest.mark.parametrize(("folder", "lenient", "at_08"), [
    ("tests/gold/blind6", (0.920, 0.561), 0.920),
    ("tests/gold/blind7", (0.911, 0.661), 0.946),
    # blind8's precision at 0.8 is 0.982 of 57 since round 11 refitted the relations confidence with the
    # first-sight records (0.983 of 58 before; the refit is chosen on the sets left out); 0.981 of 52
    # since round 20's refit (blind21's records and two new features in) lifted one wrong relation; 0.980
    # of 49 since round 23's refit with blind24's records (three right relations below 0.8)
    ("tests/gold/blind8", (0.967, 0.641), 0.980),
    ("tests/gold/blind9", (0.896, 0.623), 0.910),
])
def test_round_10_relations_scores_on_blind6_to_blind9(folder, lenient, at_08):
    from pathlib import Path

    from kg.evaluation.runner import evaluate

    score = evaluate(Path(__file__).resolve().parent.parent / folder, ("relations",))["relations"]
    assert round(score.lenient.precision, 3) >= lenient[0] and round(score.lenient.recall, 3) >= lenient[1]
    _, precision = score.precision_at(0.8)
    assert round(precision, 3) >= at_08
