"""Round 18 (rel18b): lenders, research collaborators and the company's own names on new text.
Each sentence is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_relations_round14 import _found
from tests.test_relations_round16b import _typed


@pytest.mark.parametrize("sentence", [
    "In 2012 [[Harbin Savings Bank]] lent Acme €50 million to build a warehouse.",
    "The [[Harbin Savings Bank]] lent the enterprise 300 million dinars for a new press line.",
    "In 2012 [[Harbin Savings Bank]] lent the company a further US$20 million.",
])
def test_a_bank_that_lent_the_company_money_is_a_lender(sentence):
    assert _typed(_found(sentence), "lender") == {"Harbin Savings Bank"}


def test_a_bank_that_lent_another_company_money_is_no_lender():
    found = _found("In 2012 [[Harbin Savings Bank]] lent Tarvo Foods €50 million to build a warehouse.")
    assert not _typed(found, "lender")


def test_a_research_body_with_its_place_before_the_cue_is_a_collaborator():
    found = _found("The [[Lyon Institute of Soil Science]] in Lyon has worked with the company since 2019 on wheat varieties.")
    assert _typed(found, "researchCollaborator") == {"Lyon Institute of Soil Science"}


def test_each_research_body_named_after_and_with_is_a_collaborator():
    found = _found("Since 2019 the company has worked with the [[Tarvo University of Technology]] on hull design and "
                   "fuel systems, and with the [[University of Lyon]] in [[Lyon]] on forecasting demand.")
    assert _typed(found, "researchCollaborator") == {"Tarvo University of Technology", "University of Lyon"}


def test_a_business_named_after_and_with_is_not_read_as_research():
    found = _found("It has worked with the [[Tarvo University]] on engines since 2015, and with [[Lyon Foods]] on packaging.")
    assert "Lyon Foods" not in _typed(found, "researchCollaborator")


_BOX = """{{Infobox company
| name = Acme
| divisions = Scientific Lasers<br />Optics
}}
'''Acme''' is a Lithuanian maker of lasers and precision optics.

== Research ==
It has worked with the [[Kaunas Institute of Applied Optics]] on mirror coatings since 2013.
"""


def test_a_division_the_article_writes_as_a_common_noun_is_not_the_companys_name():
    page = Page(title="Acme", revision=1, wikitext=_BOX)
    found = {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}
    assert ("researchCollaborator", "Kaunas Institute of Applied Optics") in found


_HOLDERS = """{| class="wikitable"
! Shareholder !! Stake
|-
| [[Norvane Capital]] || 21.0%
|-
| %s || 6.4%%
|}"""


@pytest.mark.parametrize("holder, name", [
    ("Teachers Employees Pension Fund", "Teachers Employees Pension Fund"),
    ("Andina AFP", "Andina AFP"),
    ("[[Tarvo Insurance]] OFE", "Tarvo Insurance"),
    ("Harbin Savings Bank", "Harbin Savings Bank"),
])
def test_an_unlinked_pension_fund_or_bank_in_a_shareholder_table_is_an_investor(holder, name):
    found = _found(_HOLDERS.replace("%s", holder).replace("%%", "%"), "Ownership")
    assert name in _typed(found, "investor")


def test_the_staffs_share_fund_in_a_shareholder_table_is_no_investor():
    found = _found(_HOLDERS.replace("%s", "Employees' share fund").replace("%%", "%"), "Ownership")
    assert _typed(found, "investor") == {"Norvane Capital"}


@pytest.mark.parametrize("sentence", [
    "In 2013 [[Harbin Savings Bank]] and [[Tarvo Bank]] turned €38 million of their loans into new shares.",
    "[[Harbin Savings Bank]] and [[Tarvo Bank]] converted Ft 2.4 billion of their loans into shares at the same time.",
])
def test_banks_that_turn_their_loans_into_shares_are_investors(sentence):
    found = _found(sentence)
    assert _typed(found, "investor") == {"Harbin Savings Bank", "Tarvo Bank"}
    assert not _typed(found, "lender")


def test_turning_loans_into_a_profit_is_no_investment():
    assert not _found("In 2013 [[Harbin Savings Bank]] turned its loans to farmers into a profit.")


def test_the_home_town_after_a_buyer_is_no_investor():
    found = _found("In May 2008 the meat group Tarvo Alimentos, of Passo Fundo, bought 62 per cent of the company "
                   "from its founders for US$96 million.")
    assert _typed(found, "investor") == {"Tarvo Alimentos"}


def test_a_name_joined_by_a_plus_is_read_whole():
    found = _found("In 2004 the government sold 26 per cent of the company to R+V for US$187 million.")
    assert _typed(found, "investor") == {"R+V"}


_SHORT = """'''Tarvo Ridge Energy Services''' is an American oilfield services company.

== History ==
Tarvo Ridge was founded in 1981. Tarvo Ridge opened a yard in Odessa in 1990. Tarvo Ridge listed its shares in 2004.

== Sponsorship ==
Tarvo Ridge has been the presenting sponsor of the [[Odessa Jackalopes]]' home games since 2019.
"""


def test_a_four_word_title_is_called_by_its_first_two_words():
    page = Page(title="Tarvo Ridge Energy Services", revision=1, wikitext=_SHORT)
    found = {(f.prop, f.value.title or f.value.label) for f in relations.extract(parse_article(page))}
    assert ("partner", "Odessa Jackalopes") in found


@pytest.mark.parametrize("descriptor", ["the Ghanaian importer", "the Lagos fintech", "the Busan shipyard"])
def test_an_unlinked_name_after_a_descriptor_of_its_trade_is_read(descriptor):
    found = _found(f"The company formed a joint venture with {descriptor} Tarvo Foods in 2022.")
    assert _typed(found, "jointVenturePartner") == {"Tarvo Foods"}


@pytest.mark.parametrize("sentence", [
    "Its first buses were delivered in 2012 under a contract part-funded by the [[European Union]].",
    "In 2017 it joined a research project on hydrogen buses funded by the [[European Union]] with €6 million.",
])
def test_the_funder_of_a_project_or_contract_is_no_investor(sentence):
    assert not _typed(_found(sentence), "investor")


def test_a_company_funded_by_a_fund_still_has_an_investor():
    assert _typed(_found("The company was funded by [[Tarvo Capital]] in 2010."), "investor") == {"Tarvo Capital"}


def test_a_name_with_and_that_the_article_links_elsewhere_is_one_counterparty():
    found = _found("[[Tarvo Fertilisers and Chemicals]] is an Indian maker of urea. In 2009 the company formed a joint "
                   "venture with India's Tarvo Fertilisers and Chemicals to make nitrate.")
    assert _typed(found, "jointVenturePartner") == {"Tarvo Fertilisers and Chemicals"}


def test_two_unlinked_names_joined_by_and_stay_two():
    found = _found("It formed a joint venture with Tarvo Fertilisers and Lyon Chemicals in 2009.")
    assert _typed(found, "jointVenturePartner") == {"Tarvo Fertilisers", "Lyon Chemicals"}


@pytest.mark.parametrize("sentence, body", [
    ("The company is a member of the [[Tarvo Whisky Research Institute]].", "Tarvo Whisky Research Institute"),
    ("Since 2016 it is a member of the industry research consortium Tarvo Growers Research.", "Tarvo Growers Research"),
])
def test_membership_of_a_research_body_is_a_research_collaboration(sentence, body):
    assert _typed(_found(sentence), "researchCollaborator") == {body}


def test_membership_of_an_institute_that_does_no_research_is_none():
    assert not _typed(_found("It is a member of the [[Tarvo Institute of Directors]]."), "researchCollaborator")
