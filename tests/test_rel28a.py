"""Relations recall, round 28 (rel28a). Each article is written for the test (invented companies).

* An unlinked holder of a shareholder table that is an outside investor ("Tarvik Capital – 6.4%"):
  an organisation by its name, told of in the prose as well, not the largest stake of its table,
  not the family's, the founders' or the staff's holding (docs/relations.md, round 28).
* A relation no statement dates, with an unlinked counterparty, takes the date of the earliest
  sentence that writes the name, as a linked one does (round 22's earliest telling).
* Workers "hired / recruited / employed through" an agency or a labour contractor: the agency is a
  supplier (of the labour).
"""

from __future__ import annotations

import pytest

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_relation_cues_unseen import _pairs

_LEAD = ("{{Infobox company\n| name = Orvella Foods\n| founders = Henrik Maasing\n}}\n"
         "'''Orvella Foods''' is a Estonian maker of frozen vegetables.\n\n")


def _facts(body: str, title: str = "Orvella Foods", lead: str = _LEAD):
    """(type, counterparty) -> the relation's earliest date (None when no statement dates it)."""
    page = Page(title=title, revision=1, wikitext=lead + body)
    out: dict = {}
    for f in relations.extract(parse_article(page)):
        key, date = (f.prop, f.value.title or f.value.label), dict(f.qualifiers).get("date")
        if key not in out or (date is not None and (out[key] is None or date.iso < out[key].iso)):
            out[key] = date
    return out


_TABLE = """== History ==
In 2009 Orvella opened a second freezing plant at Tartu.
Between May and July 2016 the Helsinki fund Tarvik Capital built up a holding of 6.4 per cent on the exchange.
Lindqvist Agro Group has held its shares since 2011.

== Ownership ==
{| class="wikitable"
! Shareholder !! Stake
|-
| Maasing Holding || 44.1%
|-
| Peipsi Invest Group || 48.5%
|-
| Tarvik Capital || 6.4%
|-
| Lindqvist Agro Group || 5.2%
|-
| Kesk Trade Group || 4.8%
|-
| Maasing family members || 3.9%
|-
| Orvella Employees' Share Trust || 1.9%
|-
| Free float || 30.1%
|}
"""


def test_an_outside_holder_told_in_the_prose_is_an_investor_dated_by_its_telling():
    facts = _facts(_TABLE)
    assert ("investor", "Tarvik Capital") in facts
    assert facts[("investor", "Tarvik Capital")].iso == "2016-05"
    assert ("investor", "Lindqvist Agro Group") in facts
    assert facts[("investor", "Lindqvist Agro Group")].iso == "2011"


def test_the_family_staff_largest_and_table_only_holders_are_not_read_as_outside_investors():
    investors = {name for (prop, name) in _facts(_TABLE) if prop == "investor"}
    assert "Maasing Holding" not in investors  # a founder's name: the family's holding
    assert "Peipsi Invest Group" not in investors  # the largest stake: the controlling owner
    assert "Kesk Trade Group" not in investors  # named in the table alone
    assert not any("family" in name or "Trust" in name or "float" in name for name in investors)


def test_a_holder_named_with_the_company_s_own_word_is_its_own_side():
    body = _TABLE.replace("Tarvik Capital", "Orvella Capital")
    assert ("investor", "Orvella Capital") not in _facts(body)


def test_an_unlinked_counterparty_listed_without_a_date_takes_the_date_of_its_earliest_telling():
    body = ("== History ==\n"
            "In March 2014 Baltvest Foods opened a cold store beside the Tartu plant.\n\n"
            "== Customers ==\n"
            "Its customers include Baltvest Foods and the Vilnius retailer Nemuno Markets.\n")
    facts = _facts(body)
    assert ("customer", "Baltvest Foods") in facts
    assert facts[("customer", "Baltvest Foods")].iso == "2014-03"


# workers hired through an agency or a labour contractor: the agency supplies the labour
@pytest.mark.parametrize("sentence, expected", [
    ("Until 2019 its deckhands were hired through the Manila manning agency Pacora Crew Services.",
     {("supplier", "Pacora Crew Services")}),
    ("The pickers, recruited through the Nelson labour contractor Tarrant Contracting, walked out in 2021.",
     {("supplier", "Tarrant Contracting")}),
    ("About 300 drivers were employed through the agency Velmar Staffing until 2022.", {("supplier", "Velmar Staffing")}),
])
def test_an_agency_workers_are_hired_through_is_a_supplier(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Indentured labourers from [[Bihar]], recruited through the port of [[Calcutta]], cleared the land.",
    "Warehouse workers, most of them employed through agencies, stopped work for two days.",
])
def test_no_agency_no_supplier(sentence):
    assert _pairs(sentence) == set()


# the maker of the equipment a site or a product is built with or on; a company of a country written
# unlinked after its name ("X of Denmark") is X
@pytest.mark.parametrize("sentence, expected", [
    ("A paint shop, built in 2018 with spraying robots from [[Durrwald Robotics]], opened that June.",
     {("supplier", "Durrwald Robotics")}),
    ("In 2011 Acme installed 40 circular knitting machines from [[Takamori Seiki]] at its Pune mill.",
     {("supplier", "Takamori Seiki")}),
    ("Its first coach, the R-9 on a chassis from [[Volmar Trucks]], was built in 1958.", {("supplier", "Volmar Trucks")}),
    ("The fishmeal plant opened in 2009 with cookers and dryers from Hedvig Industries of Norway.",
     {("supplier", "Hedvig Industries")}),
])
def test_the_maker_of_the_equipment_is_a_supplier(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "It took part in a project on hydrogen engines for off-road machines from 2022.",
    "The new line replaced the machines from the old [[Linz]] plant.",
])
def test_no_maker_no_supplier(sentence):
    assert _pairs(sentence) == set()


def test_a_bank_of_a_country_keeps_its_country():
    assert _pairs("Its loans come from the Commercial Bank of Ethiopia.") <= {("lender", "Commercial Bank of Ethiopia"),
                                                                           ("supplier", "Commercial Bank of Ethiopia")}
