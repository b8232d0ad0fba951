"""Round 18 of issue 14, controversies: causes of misses and wrong facts counted over blind3 to
blind19, and the general rules made from them. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.test_controversies_round9 import ARTICLE, _found

# ---------------------------------------------------------------- one case told in two clauses


@pytest.mark.parametrize("sentence,expected", [
    # an incident and the sanction or inquiry that follows it: one controversy, typed by the incident
    ("A welder was killed in a fire at the Hull plant in May 2019, and the Health and Safety Executive "
     "fined Brightwater £80,000 the following year.", [("other", "2019-05")]),
    ("An explosion at the Hull plant killed two workers in June 2020; the police opened an inquiry.",
     [("other", "2020-06")]),
    # a fine and the court's later step on it: one controversy, typed by the fine
    ("The regulator fined the company £2 million in March 2018, and the High Court rejected its appeal in 2020.",
     [("fine", "2018-03")]),
])
def test_a_later_step_of_the_same_case_is_no_second_controversy(sentence, expected):
    assert [(t, d) for t, _, d in _found(sentence)] == expected


def test_an_inquiry_and_a_fine_of_one_sentence_stay_two_acts():
    found = _found("The Food Standards Agency opened an investigation in May 2018, and in October 2019 "
                   "its sanctions panel fined the company £40,000.")
    assert [t for t, _, _ in found] == ["investigation", "fine"]


# ---------------------------------------------------------------- an import ban, goods refused at a border


@pytest.mark.parametrize("sentence,expected", [
    ("In May 2021 the customs service of Korea suspended imports from the Hull plant for six weeks.", [("fine", "2021-05")]),
    ("Within days Japan and Canada had suspended imports from two of the company's plants.", [("fine", None)]),
    ("In 2019 the port authorities of Rotterdam rejected four shipments of the company's frozen peas.", [("fine", "2019")]),
    ("Customs officers detained two consignments of its pies at Calais in March 2022.", [("fine", "2022-03")]),
    ("US Customs issued a withhold release order against pies made by Brightwater in June 2023.", [("fine", "2023-06")]),
])
def test_an_import_ban_or_refused_shipments_are_a_sanction(sentence, expected):
    assert [(t, d) for t, _, d in _found(history=sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Brightwater resumed imports from the Hull plant of its French supplier in 2004.",
    "In 2012 Brightwater shipped four consignments of its frozen peas to Korea.",
])
def test_no_ban_no_controversy(sentence):
    assert _found(history=sentence) == []


# ---------------------------------------------------------------- a buyer's stop of its orders


@pytest.mark.parametrize("sentence,expected", [
    ("Tesco suspended its own-label orders in May 2020 and resumed them a year later.", [("boycott", "2020-05")]),
    ("The retailer ended its orders in June 2020.", [("boycott", "2020-06")]),
    ("Two hospital groups suspended their purchases of Brightwater meals in 2021.", [("boycott", "2021")]),
])
def test_a_buyer_that_stops_its_orders_in_a_controversy_section_is_a_boycott(sentence, expected):
    assert [(t, d) for t, _, d in _found(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Brightwater suspended its orders from the Polish packer in May 2020.",
    "The company ended its orders with the Hull bakery in 2019.",
])
def test_the_companys_own_stop_is_no_boycott(sentence):
    assert _found(sentence) == []


def test_a_buyer_that_stops_its_orders_after_a_ruling_is_a_boycott_anywhere():
    assert [t for t, _, _ in _found(history="In 2019 Tesco suspended its orders after the ruling.")] == ["boycott"]
    assert _found(history="In 2019 Tesco suspended its orders.") == []


# ---------------------------------------------------------------- a tax audit


@pytest.mark.parametrize("sentence,expected,where", [
    ("The national tax administration audited the prices of its exports in 2020 and claimed £3 million.",
     [("investigation", "2020")], "history"),
    ("In 2016 the revenue service assessed the company for back taxes on its Irish sales.", [("fine", "2016")], "history"),
])
def test_an_authoritys_audit_is_an_investigation(sentence, expected, where):
    assert [(t, d) for t, _, d in _found(**{where: sentence})] == expected


def test_an_audit_begun_by_an_authority_named_by_its_acronym_in_a_named_affair_subsection():
    article = ARTICLE.replace("=== Other matters ===", "=== Tax audit ===")
    found = _found("HMRC began an audit in 2017 of the royalties the company paid its Dutch subsidiary.", article=article)
    assert [(t, d) for t, _, d in found] == [("investigation", "2017")]


@pytest.mark.parametrize("sentence,where", [
    ("Brightwater began an audit of its suppliers in 2017.", "controversy"),
    ("The auditors began an audit of the accounts in 2017.", "history"),
])
def test_the_companys_own_audit_or_one_without_an_authority_is_none(sentence, where):
    assert _found(**{where: sentence}) == []


# ---------------------------------------------------------------- a suit told in the passive, a case lost, in court with


@pytest.mark.parametrize("sentence,expected", [
    ("A claim on behalf of 40 growers was filed against Brightwater in the High Court in 2020.", [("lawsuit", "2020")]),
    ("In 2018 the company lost a patent case brought by Birds Eye over its steam bags.", [("lawsuit", "2018")]),
    ("Minority shareholders have been in court with its parent over the buyout price since 2019.", [("lawsuit", "2019")]),
    ("In 2021 it fought a court case with its main carrier over unpaid fees.", [("lawsuit", "2021")]),
])
def test_a_suit_against_the_company_told_otherwise(sentence, expected):
    assert [(t, d) for t, _, d in _found(history=sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "In 2018 Brightwater won a patent case brought by Birds Eye over its steam bags.",
    "A case brought by the family was heard in 2019.",
])
def test_a_case_won_or_without_the_company_is_none(sentence):
    assert _found(history=sentence) == []


# ---------------------------------------------------------------- an investigation in the perfect tense


@pytest.mark.parametrize("sentence,expected", [
    ("Since 2022 the company has been investigated by the competition authority over its prices.",
     [("investigation", "2022")]),
    ("Brightwater is being investigated in France over the labelling of its pies, the press reported in 2024.",
     [("investigation", "2024")]),
])
def test_has_been_investigated(sentence, expected):
    assert [(t, d) for t, _, d in _found(history=sentence)] == expected


def test_never_investigated_is_none():
    assert _found(history="Brightwater has never been investigated by the food agency.") == []
