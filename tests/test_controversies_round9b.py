"""Round 9 of issue 14, controversies, second pass: another named party's case, a cue word in a
background phrase, and the company's own claim that is no case against it. The sentences are
written for the test."""

from __future__ import annotations

import pytest

from tests.test_controversies_round9 import _found

# ---------------------------------------------------------------- another named party's case


@pytest.mark.parametrize("sentence", [
    "The Competition Authority cleared Coldharbour Meals of similar accusations in 2017.",
    "In 2019 the Financial Conduct Authority fined a former Coldharbour executive £200,000 for insider dealing.",
    "The Food Standards Agency later issued a warning letter to Dalesway Farms over hygiene at its Ripon plant.",
    "Brightwater ended its shirt sponsorship after the 2018 doping scandal at Leeds Rhinos.",
])
def test_an_act_that_falls_on_another_named_party_is_no_controversy(sentence):
    assert _found(sentence) == []


@pytest.mark.parametrize("sentence", [
    "In 2017 the Competition Authority fined Brightwater and Coldharbour Meals £6 million for price fixing.",
    "The Food Standards Agency issued a warning letter to Brightwater over hygiene at its Hull plant in 2018.",
    "In 2019 the Financial Conduct Authority fined a former Brightwater executive £200,000 for insider dealing.",
])
def test_the_company_as_the_one_acted_on_stays_a_controversy(sentence):
    assert len(_found(sentence)) == 1


def test_a_burden_every_firm_shares_is_no_controversy():
    sentence = "From March 1995 Brightwater, like every British food exporter, paid a 10 per cent levy under an agreement that settled a US dumping case."
    assert _found(history=sentence) == []


# ---------------------------------------------------------------- a cue word in a background phrase


@pytest.mark.parametrize("sentence", [
    "After the sanctions took effect, two Russian retailers kept selling Brightwater meals from old stock.",
    "Its finance director told a parliamentary committee in 2022 how food exporters were complying with the sanctions.",
    "In 2020 a business magazine ranked Brightwater among the ten food makers with the strongest anti-bribery and whistle-blowing policies.",
    "Its audit arm, which investigates fraud and bribery cases for banks, was sold in 2015.",
])
def test_a_cue_word_in_background_is_not_read(sentence):
    assert _found(sentence) == []


def test_a_works_setting_is_not_read():
    sentence = "A licensing deal signed in 2009 put Brightwater meals in a television drama set during a political scandal."
    assert _found(history=sentence) == []


def test_a_sanction_on_the_company_is_still_read():
    sentence = "In 2021 the Treasury sanctioned Brightwater for breaching the sanctions against Belarus."
    assert [t for t, _, _ in _found(sentence)] == ["fine"]


# ---------------------------------------------------------------- the company's own claim


@pytest.mark.parametrize("sentence", [
    "In 2015 Brightwater sued Coldharbour Meals for copying its packaging, and the High Court ruled in its favour in 2016.",
    "In 2014 a Leeds court ordered the wholesaler Northgate Foods to pay Brightwater £2 million in damages for selling fake meals.",
    "The company is a frequent plaintiff in trademark cases.",
    "Brightwater counter-sued for breach of contract that May.",
])
def test_the_companys_own_claim_won_or_a_habit_is_no_controversy(sentence):
    assert _found(sentence) == []


def test_the_companys_own_claim_still_open_stays_a_controversy():
    sentence = "In 2021 Brightwater sued its insurers in the High Court, claiming £40 million for the flood at its Hull plant."
    assert [t for t, _, _ in _found(sentence)] == ["lawsuit"]


# ---------------------------------------------------------------- misses read now: exposed data, blockades


@pytest.mark.parametrize("sentence, type_", [
    ("In May 2020 a misconfigured order database exposed the addresses of about 9,000 customers for a week.", "data_breach"),
    ("Between March and May 2017, malware on the company's tills copied the data of about 40,000 cards.", "data_breach"),
    ("In June 2018 villagers near the Selby farm blocked the access road for five days over the smell.", "other"),
    ("In October 2021 about 200 drivers demonstrated outside the Brightwater depot in Hull over pay.", "other"),
])
def test_an_act_told_by_its_kind_is_read(sentence, type_):
    assert [t for t, _, _ in _found(sentence)] == [type_]


@pytest.mark.parametrize("sentence", [
    "In 2019 heavy snow blocked the road to the Selby farm for a week.",
    "In 2019 engineers demonstrated the new oven at a trade fair in Cologne.",
    "In 2020 the company moved its order database to a new server.",
])
def test_a_like_phrase_that_tells_no_case_is_not_read(sentence):
    assert _found(history=sentence) == []


@pytest.mark.parametrize("sentence", [
    "Charges were laid by the Environment Agency in 2011.",
    "The distributor's suit was withdrawn in May 2012, when the two firms signed a new supply agreement.",
    "It agreed in June 2016 to pay £3 million to settle the Home Office's visa claims.",
])
def test_a_suit_laid_withdrawn_or_settled_is_read(sentence):
    assert [t for t, _, _ in _found(history=sentence)] == ["lawsuit"]


def test_charges_never_brought_are_not_read():
    assert _found(history="No charges were brought against the two managers in 2011.") == []


@pytest.mark.parametrize("sentence", [
    "On 4 May 2011 a furnace exploded at the Hull plant, killing two workers.",
    "Two contract workers were killed in 2013 when a silo collapsed at the Selby farm.",
    "In June 2009 a tank leaked ammonia into the River Aire, killing fish for ten kilometres.",
])
def test_a_fatal_accident_told_in_history_is_read(sentence):
    assert [t for t, _, _ in _found(history=sentence)] == ["other"]


@pytest.mark.parametrize("sentence", [
    "Its founder, Arthur Bright, died in 1990.",
    "A small fire broke out in the Leeds warehouse in 2012; nobody was hurt.",  # (one that destroyed a plant is read since round 17)
])
def test_a_death_or_a_fire_alone_is_not_an_accident_case(sentence):
    assert _found(history=sentence) == []
