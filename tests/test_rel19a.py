"""Customers and suppliers told by a passive "bought by", an order that "came from" or was given,
a plant or farm with its place before its builder or designer, a place's adjective before a
linked name, a possessive among the goods sold, and a second "by X" after a name with a word
after its link. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, expected", [
    ("Its surplus power is bought by the state utility [[Eskom]].", {("customer", "Eskom")}),
    ("From 1952 most of the copper was bought by [[Pirelli]], its largest buyer.", {("customer", "Pirelli")}),
    ("The whole catch, bought by the cannery [[Bolton Group|Bolton]], is landed at Vigo.", set()),
    ("Its entire wool clip was bought by the [[Yorkshire Wool Board]] until 1970.", {("customer", "Yorkshire Wool Board")}),
])
def test_goods_bought_by_a_customer(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "In 1988 the company was bought by [[Unilever]].",
    "It was bought by [[Unilever]] in 1988.",
    "Its Polish subsidiary was bought by [[PKN Orlen|Orlen]] in 2001.",
    "In 1999 most of its shares were bought by [[Allianz]].",
    "The Brenner brand was bought by [[Nestlé]].",
    "In 2004 Holm Mejeri was bought by [[Arla Foods]].",
])
def test_a_business_or_security_bought_is_no_customer(sentence):
    assert _pairs(sentence) == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Its first large order came from [[Daimler-Benz]] in 1952.", {("customer", "Daimler-Benz")}),
    ("Orders for the new ferries came mainly from the Norwegian operator [[Fjord Line]].", {("customer", "Fjord Line")}),
    ("In 1970 its biggest contract came from [[British Rail]], for 40 coaches.", {("customer", "British Rail")}),
    ("In 1962 [[Volvo]] gave it a contract for seat frames.", {("customer", "Volvo")}),
    ("[[Deutsche Bahn]] handed the company an order for 20 locomotives in 2015.", {("customer", "Deutsche Bahn")}),
    ("The next year the [[Ministry of Defence (Ghana)|Ministry of Defence]] gave the company its first order for boots.",
     {("customer", "Ministry of Defence (Ghana)")}),
    ("The government gave it a grant in 2010.", set()),
])
def test_orders_that_came_or_were_given(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Steel came from [[Salzgitter AG|Salzgitter]] and later from [[Voestalpine]].",
     {("supplier", "Salzgitter AG"), ("supplier", "Voestalpine")}),
    ("Until 1985 its bottles came from [[Vetropack]].", {("supplier", "Vetropack")}),
    ("Its first investment came from [[Sequoia Capital]] in 2011.", set()),
    ("Most of its early staff came from [[Nokia]].", set()),
])
def test_supplies_that_came_from(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A solar farm at Tafila built by [[Masdar]] has supplied the mine since 2019.", {("supplier", "Masdar")}),
    ("A water treatment plant at Akaki, designed by [[Royal HaskoningDHV]], opened in 2012.",
     {("supplier", "Royal HaskoningDHV")}),
    ("The new kiln at Orlova was designed by the Danish engineering firm [[FLSmidth]] and built in 1998.",
     {("supplier", "FLSmidth")}),
    ("A wind farm near the mine, built by [[Vestas]], supplies a fifth of its power.", {("supplier", "Vestas")}),
    ("The plant at Brenfield, designed by Henrik Olsen, opened in 1961.", set()),
])
def test_plant_with_its_place_then_builder(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Its canned meat was bought by the British [[Ministry of Food (United Kingdom)|Ministry of Food]] in 1940.",
     {("customer", "Ministry of Food (United Kingdom)")}),
    ("Its chips are bought from the Taiwanese [[TSMC]] and the South Korean [[Samsung Electronics|Samsung]].",
     {("supplier", "TSMC"), ("supplier", "Samsung Electronics")}),
    ("Its hides are sold to the Italian [[Gruppo Mastrotto]].", {("customer", "Gruppo Mastrotto")}),
])
def test_place_adjective_before_a_link(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("It sold its members' milk to [[Arla Foods]] until 1990.", {("customer", "Arla Foods")}),
    ("The company supplies its growers' cane to [[Tate & Lyle]].", {("customer", "Tate & Lyle")}),
    ("Its spare parts are flown to Frankfurt by [[Lufthansa]] Cargo and by [[DHL Aviation]].",
     {("supplier", "Lufthansa"), ("supplier", "DHL Aviation")}),
    ("Its parcels are carried by [[DPD (parcel service)|DPD]] Group and by [[Royal Mail]].",
     {("supplier", "DPD (parcel service)"), ("supplier", "Royal Mail")}),
])
def test_possessive_goods_and_second_by(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The [[Ministry of Defence (United Kingdom)|Ministry of Defence]] accounts for a little over half of its sales.",
     {("customer", "Ministry of Defence (United Kingdom)")}),
    ("Until 2014 the chains [[Auchan]] and [[Carrefour]] together took about a fifth of its sales.",
     {("customer", "Auchan"), ("customer", "Carrefour")}),
    ("In 2010 [[Tesco]] took two thirds of its exports.", {("customer", "Tesco")}),
    ("[[Walmart]] accounted for 30 per cent of the group's revenue in 2019.", {("customer", "Walmart")}),
    ("[[Germany]] accounts for half of its sales.", set()),
])
def test_a_share_of_its_sales(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 1961 the Danish airline [[Scandinavian Airlines|SAS]] started serving a pack of Acme crispbread on its flights.",
     {("customer", "Scandinavian Airlines")}),
    ("Since 2008 [[Finnair]] has served its blueberry juice on its long-haul flights.", {("customer", "Finnair")}),
    ("In 1990 [[Swissair]] began to serve its chocolates in business class.", {("customer", "Swissair")}),
    ("Small bottles are also served on flights of [[KLM]] and [[Turkish Airlines]].",
     {("customer", "KLM"), ("customer", "Turkish Airlines")}),
    ("Its cheese is served aboard the ferries of [[Viking Line]].", {("customer", "Viking Line")}),
    ("The company served [[Vienna]] with coffee.", set()),
])
def test_carriers_that_serve_its_goods(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 1994 it began exporting to Japan through [[Mitsui & Co.|Mitsui]].", {("customer", "Mitsui & Co.")}),
    ("Sales to Polish supermarkets began in 2009, through the wholesaler [[Eurocash]].", {("customer", "Eurocash")}),
    ("From 1972 the company exported to Canada through [[Hudson's Bay Company|the Hudson's Bay Company]].",
     {("customer", "Hudson's Bay Company")}),
    ("Sales to Germany grew through the 1990s.", set()),
    ("In 1958 it was merged into a state enterprise, which made cut glass for export to the [[Eastern Bloc]] through "
     "the trade company Glasexport.", set()),
    # "imports" as a noun is no purchase: the business of an importer handed over
    ("In 1998 it set up a sales unit in [[Torrance, California]] to take over imports from Kaiyo Trading, an importer.",
     set()),
])
def test_exports_through_an_importer(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Its steel is bought from the Kent Iron and Steel Works.", {("supplier", "Kent Iron and Steel Works")}),
    ("Bottles are bought from [[Vetropack]] and, since 2022, from the Baltic Glass and Mineral Waters Company.",
     {("supplier", "Vetropack"), ("supplier", "Baltic Glass and Mineral Waters Company")}),
    ("Its steel is bought from Siemens and the General Electric Company.",
     {("supplier", "Siemens"), ("supplier", "General Electric Company")}),
    ("Its parts are bought from Bosch and Valeo Group.", {("supplier", "Bosch"), ("supplier", "Valeo Group")}),
])
def test_one_company_named_with_and(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Cans are bought from [[Ball Corporation|Ball]], and [[Polyethylene terephthalate|PET]] bottles from [[Alpla]].",
     {("supplier", "Ball Corporation"), ("supplier", "Alpla")}),
    ("Its cartons are bought from [[Mondi Group|Mondi]], and [[Low-density polyethylene|LDPE]] film from [[Berry Global]].",
     {("supplier", "Mondi Group"), ("supplier", "Berry Global")}),
    ("Steel is bought from [[Tata Steel]] and [[ArcelorMittal]].",
     {("supplier", "Tata Steel"), ("supplier", "ArcelorMittal")}),
])
def test_goods_named_after_and(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Barley is bought from [[Boortmalt]] and from the Belgian maltster Mouterij Dingemans.",
     {("supplier", "Boortmalt"), ("supplier", "Mouterij Dingemans")}),
    ("Its copper concentrate is sold to the smelter Aurubis Hamburg.", {("customer", "Aurubis Hamburg")}),
    ("Its tuna is sold to the Spanish cannery Conservas Garavilla.", {("customer", "Conservas Garavilla")}),
    ("Hides are sold to the coffee trader Abel Tesfaye.", set()),
])
def test_trades_only_firms_have(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The tablets sold with its premium courses are made by [[Lenovo]].", {("supplier", "Lenovo")}),
    ("The boxes for its chocolates are printed by [[Amcor]].", {("supplier", "Amcor")}),
    ("The uniforms of its cabin crew were designed by [[Hugo Boss]].", {("supplier", "Hugo Boss")}),
    ("The audio logo was produced by [[Sony Music]].", set()),
])
def test_a_subject_tied_to_the_company(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Its warehouses are leased mainly to logistics firms, among them [[DHL]] and [[Kuehne + Nagel]].",
     {("customer", "DHL"), ("customer", "Kuehne + Nagel")}),
    ("Two of its tankers are chartered to [[Shell plc|Shell]].", {("customer", "Shell plc")}),
    ("Its spare floors are rented to [[WeWork]].", {("customer", "WeWork")}),
    ("It was leased to [[Tesco]] in 1990.", set()),
])
def test_leased_or_chartered_to(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2013 Acme signed a five-year contract to provide drilling crews to [[Pioneer Natural Resources]].",
     {("customer", "Pioneer Natural Resources")}),
    ("In 2016 it agreed to provide maintenance services to [[Eurostar]] for ten years.", {("customer", "Eurostar")}),
    ("In 2020 the company won a tender to provide school meals to the [[City of Oslo]].", {("customer", "City of Oslo")}),
])
def test_contract_to_provide_to(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("[[Volvo]] still buys seat frames from the company.", {("customer", "Volvo")}),
    ("[[Airbus]] buys most of its titanium forgings from it.", {("customer", "Airbus")}),
    ("Since 2004 [[Nestlé]] has also bought cocoa butter from the group.", {("customer", "Nestlé")}),
    ("It buys its steel from [[Tata Steel]].", {("supplier", "Tata Steel")}),
])
def test_buys_from_the_company(sentence, expected):
    assert _pairs(sentence) == expected


def test_a_bond_bought_is_no_customer():
    # a named buyer of the company's bonds is an investor, as the gold reads it (round 24)
    assert _pairs("In 2021 it issued ten-year bonds, most of which were bought by the [[Bank of Finland]].") <= {
        ("investor", "Bank of Finland")}
