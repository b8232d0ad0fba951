"""Relations recall on unseen text (round 23): a passive that names who does the work for the
company ("its data is kept by X", "the laundry is done by X", "the cotton is grown by X") names a
supplier, as "made by" and "maintained by" already did. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relprec20 import _dated


def _parties(sentence: str) -> set[tuple[str, str]]:
    return {(prop, name) for prop, name, _ in _dated(sentence)}


@pytest.mark.parametrize("sentence, expected", [
    ("The customer records of its European branches are kept by [[Hetzner]] in Germany.", {("supplier", "Hetzner")}),
    ("Cleaning of the offices is done by [[ISS A/S]] under a framework contract.", {("supplier", "ISS A/S")}),
    ("Most of the cotton it spins has been grown by [[Olam International]] since 2004.",
     {("supplier", "Olam International")}),
    ("Its staff e-mail is hosted mainly by [[Rackspace]].", {("supplier", "Rackspace")}),
    ("Its own-label lager has been brewed by [[Carlsberg Group]] since 2012.", {("supplier", "Carlsberg Group")}),
    ("The coffee served in its lounges is roasted by [[Lavazza]].", {("supplier", "Lavazza")}),
    ("The uniforms of its cabin crew were sewn by [[Hugo Boss]] from 2010.", {("supplier", "Hugo Boss")}),
])
def test_a_passive_of_work_done_for_the_company_names_a_supplier(sentence, expected):
    assert _parties(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Its founder was kept by the police for two days in 1998.",
    "The first shop was done up by the owner himself.",
    "Much of the harvest was grown by local smallholders.",
])
def test_no_supplier_without_an_organisation(sentence):
    assert not {p for p in _parties(sentence) if p[0] == "supplier"}


# a stake the named party took in the company's own share issue, or built up, makes it an investor
@pytest.mark.parametrize("sentence, expected", [
    ("In March 2012 the Gulf fund [[Mubadala Investment Company]] took a 9.9 per cent stake in a directed share issue.",
     {("investor", "Mubadala Investment Company", "2012-03")}),
    ("In 1995 the investment funds of [[Komerční banka]] built up a stake of 34 per cent.",
     {("investor", "Komerční banka", "1995")}),
    ("In 2008 [[Temasek Holdings]] bought a 12 per cent stake in the company's rights issue.",
     {("investor", "Temasek Holdings", "2008")}),
    ("In 2010 [[Poznan Angels]] invested zł 1.2 million for a fifth of the shares.", {("investor", "Poznan Angels", "2010")}),
    ("In 2004 the venture fund [[Atomico]] invested US$5 million for a third of the equity.",
     {("investor", "Atomico", "2004")}),
])
def test_a_stake_in_the_companys_own_issue_names_an_investor(sentence, expected):
    assert _dated(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "In 2015 the company took a 20 per cent stake in a joint venture with its rival.",
    "In 2016 [[Globex]] bought a 30 per cent stake in the Polish maker [[Initech]].",
    "Its founder Jan Novak built up a stake of 40 per cent over ten years.",
])
def test_a_stake_in_another_company_or_a_persons_names_no_investor(sentence):
    assert not {p for p in _dated(sentence) if p[0] == "investor"}
