"""Round 10 of issue 14, controversies: misses and wrong facts of blind4 to blind9 counted by
cause, and the general rules made from them (``kg/data/controversy_cues.tsv``). The sentences
are written for the test."""

from __future__ import annotations

import pytest

from tests.test_controversies_round9 import _found

# ---------------------------------------------------------------- misses: cues that were too narrow


@pytest.mark.parametrize(("sentence", "type_"), [
    # a strike told by its length in hours ("72-hour", "48-hour"), not only in words
    ("A 48-hour strike by drivers of the Leeds depot in June 2015 ended when the council mediated.", "strike"),
    # class actions in the plural
    ("Shoppers in three states filed class actions against Brightwater in 2018.", "lawsuit"),
    # a suit filed in a court named without "the"
    ("A second suit over unpaid overtime was filed in Leeds County Court in May 2019.", "lawsuit"),
    # a claim brought against the company or before a tribunal
    ("In 2020 a group of former drivers brought unfair dismissal claims at an employment tribunal.", "lawsuit"),
    ("In 2021 the wholesaler Northgate brought a damages claim of £4 million against the company.", "lawsuit"),
    # the company's challenge of a ruling at or before a court
    ("The company challenged the ruling at the High Court of Justice in 2017.", "lawsuit"),
    ("Brightwater contested the assessment before the tax court in 2016.", "lawsuit"),
    # data that hackers took, or that a flaw exposed
    ("In March 2018 the company disclosed that hackers had taken the card details of 12,000 customers.", "data_breach"),
    ("In 2019 Brightwater disclosed that a flaw in its loyalty app had exposed the personal details of 9,000 members.", "data_breach"),
    # an authority that ordered a remedy: a slaughter, a reinstatement, land handed back
    ("In May 2012 the Food Standards Agency ordered the destruction of 40 tonnes of pies.", "fine"),
    ("Labour courts in Leeds ordered 31 of the drivers to be reinstated in 2016.", "lawsuit"),  # a court's order
    ("In 2014 the city council ordered the company to hand back 12 hectares of parkland.", "fine"),
])
def test_narrow_cues_now_read(sentence, type_):
    found = _found(history=sentence)
    assert [(t, s) for t, s, _ in found] == [(type_, sentence)]


def test_the_breach_is_read_inside_a_controversy_section_only():
    sentence = "The 2018 breach was traced to an unpatched server in the Leeds office."
    assert [t for t, _, _ in _found(controversy=sentence)] == ["data_breach"]
    assert _found(history=sentence) == []
    # a breach of a contract or a law is no data breach
    assert _found(controversy="The 2018 breach of the supply contract cost the company a customer.") == []


def test_a_strike_called_off_stays_none():
    assert _found(history="A 24-hour strike was called off in June 2015.") == []


# ---------------------------------------------------------------- wrong facts: the company's own suit, an award


@pytest.mark.parametrize("sentence", [
    # a habit of suing, no case against the company
    "Brightwater has also gone to court as a plaintiff.",
    # a suit the company brought and won
    "A Leeds court ruled in the company's favour in 2019 in a suit it had brought against a website that sold fake vouchers.",
])
def test_the_companys_own_suit_is_no_controversy(sentence):
    assert _found(controversy=sentence) == []


def test_a_suit_the_company_brought_and_lost_stays_one():
    sentence = "In 2019 a court rejected a suit the company had brought against its insurers and ordered it to pay costs."
    assert len(_found(controversy=sentence)) == 1  # no won claim: the case stays one


def test_an_award_is_no_controversy():
    sentence = "Its packaging-return scheme won a Green Retail Award in 2021."
    assert _found(controversy=sentence) == []
    # the topic cue ("scheme") still reads a case with a date
    assert [t for t, _, _ in _found(controversy="In 2021 a bribery scheme at the Leeds plant was uncovered.")] == ["other"]


# ---------------------------------------------------------------- misses inside a controversy section


@pytest.mark.parametrize(("sentence", "type_"), [
    # the company pays money in a case (a settlement, a fund, the attorneys general)
    ("In 2017 the company paid £2.1 million into a fund for the families of the drivers.", "other"),  # a fund
    ("In 2018 Brightwater paid $400,000 to the state attorney general under an agreement.", "fine"),
    # a press report or documentary that tells the case
    ("In May 2016 the newspaper Leeds Courier published an investigation describing unpaid overtime at the Leeds plant.", "other"),
    ("A 2019 documentary by the BBC showed rats in the Leeds plant.", "other"),
    ("In 2020 a report by researchers at a Leeds university named Brightwater among buyers of palm oil from cleared forest.", "other"),
    # the company reports its own breach to an authority
    ("In 2021 the company told the Food Standards Agency that it had sold pies past their date.", "other"),
    # a fire, dated or with a party
    # (a fire that destroyed or stopped a plant is a strong cue since round 17: see tests/test_contr17b.py)
    ("A fire broke out at the Leeds warehouse on 3 March 2015.", "other"),
])
def test_section_cues_now_read(sentence, type_):
    found = _found(controversy=sentence)
    assert [(t, s) for t, s, _ in found] == [(type_, sentence)]
    assert _found(history=sentence) == []  # weak cues: a controversy section only


def test_what_insurers_paid_is_no_payment_of_the_company():
    assert _found(controversy="Its losses were put at £3 million, of which insurers led by Northgate Mutual paid £2 million.") == []


def test_a_tribunal_ordering_a_return_to_work_is_no_lawsuit():
    assert _found(history="In 2010 the employment tribunal ordered a return to work.") == []


def test_a_fire_service_is_no_fire():
    assert _found(controversy="The fire brigade inspected the plant in 2015.") == []
