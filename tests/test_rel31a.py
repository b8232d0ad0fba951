"""Relations precision, round 31 (rel31a). Each article is written for the test (invented companies).

* A name in a relative clause of "whose" about another party ("X, a fund whose own investors include
  [[Y]], paid ...") is said of that party: Y is no investor of the company, by a cue, by the clause's
  subject or by the learned reader; the clause about the company itself, or about no party, still reads.
* A country's name is never a counterparty, whatever the words after it make of it ("bought from
  India and China, the largest supplier being X"); a name in capitals is an acronym, not a code.
* The rows of a table captioned as another company's holders ("Shareholders of Kessel Holdings"), or
  of a list after a sentence that names them ("The shareholders of Kessel Holdings are:"), are no
  investors in the company.
"""

from __future__ import annotations

import pytest

from tests.test_rel28a import _facts
from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, other", [
    ("In 2012 Kivu Impact Capital, a Nairobi fund whose own investors include the Danish development fund "
     "[[Danfund]], paid US$3.5 million for new shares in the company.", "Danfund"),
    ("In 2012 Kivu Impact Capital, a Nairobi investment fund whose chairman also sits on the board of [[Danfund]], "
     "paid US$2 million for new shares in the company.", "Danfund"),
    ("In 2019 it won a contract from Kivu Mining, a miner whose lenders include [[Rabobank]].", "Rabobank"),
    ("In 2015 Tarvik Capital, a fund which [[Danfund]] set up in 2009, paid US$2 million for new shares in the company.",
     "Danfund"),
])
def test_a_party_said_of_another_in_a_relative_clause_is_none(sentence, other):
    pairs = _pairs(sentence)
    assert not any(name == other for _, name in pairs), pairs


@pytest.mark.parametrize("sentence, expected", [
    ("Its own cloud services run on AWS, except those for European customers, whose data is kept by "
     "[[OVHcloud]] in France.", ("supplier", "OVHcloud")),
    ("It cost about US$210 million, of which the [[Asian Infrastructure Investment Bank]] lent US$95 million.",
     ("lender", "Asian Infrastructure Investment Bank")),
    ("In 2015 Tarvik Capital, a fund which [[Danfund]] set up in 2009, paid US$2 million for new shares in the company.",
     ("investor", "Tarvik Capital")),
])
def test_a_relative_clause_of_no_other_party_still_reads(sentence, expected):
    assert expected in _pairs(sentence)


def test_a_country_in_a_list_of_sources_is_no_supplier():
    pairs = _pairs("Active ingredients are bought mostly from India and China, the largest supplier being the "
                   "Hyderabad maker [[Aurobindo Pharma]].")
    assert not any(name in ("China", "India") for _, name in pairs), pairs
    pairs = _pairs("Active ingredients are bought mostly from Kenya and Tanzania, the largest supplier being the "
                   "Mombasa trader [[Pwani Chemicals]].")
    assert not any(name in ("Kenya", "Tanzania") for _, name in pairs), pairs


def test_an_acronym_is_no_country():
    assert ("supplier", "TON") in _pairs("In 1959 it began making chairs, with presses bought from the Czechoslovak "
                                         "chair maker TON.")


_OTHERS_TABLE = """== Ownership ==
Kessel Holdings owns all of Orvella Foods. Its own shareholders are:
{| class="wikitable"
|+ Shareholders of Kessel Holdings (2024)
! Shareholder !! Stake
|-
| [[Tartu County Development Fund]] || 40%
|-
| Harju Regional Investment Trust || 60%
|}
"""


def test_a_table_of_another_companys_holders_names_no_investor():
    assert ("investor", "Tartu County Development Fund") not in _facts(_OTHERS_TABLE)
    # the same table captioned as the company's own
    own = _OTHERS_TABLE.replace("Shareholders of Kessel Holdings", "Shareholders of Orvella Foods").replace(
        "Its own shareholders are:", "Its shareholders are:")
    assert ("investor", "Tartu County Development Fund") in _facts(own)


def test_a_list_after_a_sentence_that_names_another_companys_holders_names_no_investor():
    body = _OTHERS_TABLE.replace("|+ Shareholders of Kessel Holdings (2024)\n", "").replace(
        "Its own shareholders are:", "The shareholders of Kessel Holdings are:")
    assert ("investor", "Tartu County Development Fund") not in _facts(body)


def test_the_investors_of_the_parent_in_a_whose_clause_are_none_of_the_company():
    """The parent is the company's own side, but its own investors are not the company's."""
    lead = ("{{Infobox company\n| name = Orvella Foods\n| parent = Tarvik Harvest Capital\n}}\n"
            "'''Orvella Foods''' is a Estonian maker of frozen vegetables.\n\n")
    body = ("== History ==\nOn 19 August 2019 Tarvik Harvest Capital, a Tallinn private equity fund whose investors "
            "include [[Finnfund]] and the [[Nordic Investment Bank]], agreed to buy the 31 per cent held by the "
            "Maasing family and offered €1.85 a share for the rest of the company, valuing it at about €22 million.\n")
    facts = _facts(body, lead=lead)
    assert not any(name in ("Finnfund", "Nordic Investment Bank") for _, name in facts), facts


def test_a_name_in_an_apposition_closed_before_the_verb_is_no_subject():
    sentence = ("Tasman Drinks Group, a Melbourne maker of juices and cordials listed on the [[Australian Securities "
                "Exchange]], bought 35 per cent of the company in May 2008 for A$24 million.")
    assert not any(name == "Australian Securities Exchange" for _, name in _pairs(sentence))
    # a short apposition leaves the name before it the subject
    assert ("investor", "Tasman Drinks Group") in _pairs("Tasman Drinks Group, a Melbourne maker of juices, bought "
                                                         "35 per cent of the company in May 2008 for A$24 million.")
