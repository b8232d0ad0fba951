"""Relations recall, round 32 (rel32b). Each sentence is written for the test (invented companies).

* A research body named before a relative clause of the company's joint trials or tests ("seed
  comes from the X, with which the company has run variety trials since 2006") is a research
  collaborator, as "With X it has tested ..." already is; not when another party runs them.
* A buyer that agrees, at a time told between the verb and its infinitive ("X agreed in May 2008
  to buy ...", "X agreed the following spring to buy ..."), to take the company's output is a
  customer, as one that "agreed to buy" it is; not one that agrees to buy the company.
"""

from __future__ import annotations

import pytest

from tests.test_rel28a import _facts

_LEAD = ("{{Infobox company\n| name = Orvella Foods\n| founders = Henrik Maasing\n}}\n"
         "'''Orvella Foods''' is an Estonian grower of seed potatoes and a maker of frozen vegetables.\n\n"
         "== History ==\n")


def _pairs(body: str) -> set[tuple[str, str]]:
    return {(p.rsplit("/", 1)[-1].rsplit("#", 1)[-1], n) for p, n in _facts(body, lead=_LEAD)}


@pytest.mark.parametrize("body, name", [
    ("Seed is bought from the [[Baltic Potato Research Board]], with which the company has run variety trials "
     "since 2006.", "Baltic Potato Research Board"),
    ("Its clones come from the Jõgeva Plant Breeding Institute, with which it has tested blight-resistant "
     "varieties since 2011.", "Jõgeva Plant Breeding Institute"),
    ("Freezing lines were rebuilt in 2015 by [[Valmora Engineering]], with which the company has conducted "
     "trials of ammonia refrigeration since 2018.", "Valmora Engineering"),
])
def test_research_body_before_with_which(body, name):
    assert ("researchCollaborator", name) in _pairs(body)


@pytest.mark.parametrize("body, name", [
    # another party's trials with the body: not the company's collaborator
    ("Seed is bought from the [[Baltic Potato Research Board]], with which Kessler Agro has run variety trials "
     "since 2006.", "Baltic Potato Research Board"),
])
def test_research_with_which_of_another(body, name):
    assert ("researchCollaborator", name) not in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("The state utility [[Eesti Jaam]] agreed in December 2009 to buy 80 per cent of the plant's output for "
     "fifteen years.", "Eesti Jaam"),
    ("In 2008 the Tartu processor Lõuna Foods agreed the following spring to buy the entire output of the "
     "two farms.", "Lõuna Foods"),
    ("[[Eesti Jaam]] agreed on 4 March 2012 to take the whole production of the new freezing plant.", "Eesti Jaam"),
])
def test_agreed_at_a_time_to_buy_the_output(body, name):
    assert ("customer", name) in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("The Finnish group [[Kesko Foods]] agreed in 2019 to buy the company for €40 million.", "Kesko Foods"),
    ("[[Eesti Jaam]] agreed in December 2009 to buy a new turbine for its plant at Narva.", "Eesti Jaam"),
])
def test_agreed_at_a_time_to_buy_other_things(body, name):
    assert ("customer", name) not in _pairs(body)
