"""Relations recall, round 29 (rel29b). Each article is written for the test (invented companies).

* A builder named by its trade ("the Tartu contractor X", "the local builders X") that built
  something the article tells of is a supplier, whatever was built and however the sentence
  tells it ("It was built by ...", "a hall built by ...", "built next to the mill by ...");
  not one the company later bought.
* A certifier named after the standard or status it certifies the company to ("certified to
  ISO 9001 and ISO 14001 by X", "certified to the EN 15085 standard by X", "certified as an
  entity in charge of maintenance by X") is a partner (tests/gold/README.md, certifiers); not a
  body inside the standard's owner's name ("of the Aid by Trade Foundation"), not an authority.
* A sales or buying agent the company trades through, named by its trade ("sold through the
  Hamburg agent X", "exported through the foreign-trade agency X", "represented by the agent X",
  "X has acted as the company's agent", "X has represented the company ..., on commission") is
  a partner (tests/gold/README.md: an agent that sells without buying stays a partner); not an
  agent of a service (shipping, customs, recruitment, sourcing: suppliers or nothing).
* An adviser told of the company's own deal ("Its 2021 refinancing ... was advised by the
  investment bank X"), of its board ("X advised the board during the talks") or as its standing
  adviser ("X has been its legal adviser") is a supplier (tests/gold/README.md: advisers).
* A sum lent told in the passive ("of which €20 million was lent by X and the Finnish lender Y",
  "most of which was lent by X") makes X (and Y) lenders.
* A purchase or plant "financed with a mortgage from X" or "with a US$45 million Murabaha facility
  from X" (borrowed money of any kind; not a grant, a subsidy or equity) makes X a lender.
* A subject named before a relative clause ("X, which had opened the year before, lent the
  company ...") is still the subject of the cue's verb.
* An unlinked company's name followed by "of" and a linked smaller city ("Norwood Alloys of
  [[Tuttlingen]]") is read without the city, as a country or a large city already was.
"""

from __future__ import annotations

import pytest

from tests.test_rel28a import _facts

_LEAD = ("{{Infobox company\n| name = Orvella Foods\n| founders = Henrik Maasing\n}}\n"
         "'''Orvella Foods''' is an Estonian maker of frozen vegetables.\n\n== History ==\n")


def _pairs(body: str) -> set[tuple[str, str]]:
    return {(p.rsplit("/", 1)[-1].rsplit("#", 1)[-1], n) for p, n in _facts(body, lead=_LEAD)}


@pytest.mark.parametrize("body, name", [
    ("In 2004 Orvella opened a cold store at Valga. It was built by the Tartu contractor Kivimets Ehitus "
     "and equipped with two ammonia chillers.", "Kivimets Ehitus"),
    ("A packing hall built by the Pärnu contractor Laanemets Builders opened in May 2011.",
     "Laanemets Builders"),
    ("A freezing tunnel was built next to the old mill by the Viljandi contractor Soosaar Construction Company "
     "and opened in October 2015.", "Soosaar Construction Company"),
    ("In 2018 it moved to a building of its own at Rae, built by the contractor Ojamaa Ehitus and paid for "
     "with its own cash.", "Ojamaa Ehitus"),
])
def test_builder_named_by_its_trade_is_a_supplier(body, name):
    assert ("supplier", name) in _pairs(body)


@pytest.mark.parametrize("body, name", [
    # a building the company bought from its first owner: the builder built it for another
    ("A cold store at Valga, built by the Tartu contractor Kivimets Ehitus in 1975, was bought by Orvella in 2004.",
     "Kivimets Ehitus"),
    # a builder named without its trade is left to the other cues
    ("In 2011 a packing hall was opened at Rae; it was visited by the Pärnu mayor Laanemets.", "Laanemets"),
])
def test_no_builder_supplier(body, name):
    assert ("supplier", name) not in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("The Valga plant has been certified to ISO 9001 and ISO 14001 by [[Kvaliteet Sert]] since 2006.", "Kvaliteet Sert"),
    ("Since 2014 its freezing lines have been certified to the BRC food safety standard by [[Nordcert]].", "Nordcert"),
    ("In 2019 the company was certified as an approved exporter of organic produce by [[Baltikum Kontroll]].",
     "Baltikum Kontroll"),
    ("In 2021 the Rae plant was certified at gold level against the Green Freezer Standard by the [[Cold Chain Council]].",
     "Cold Chain Council"),
])
def test_certifier_after_the_standard_is_a_partner(body, name):
    assert ("partner", name) in _pairs(body)


@pytest.mark.parametrize("body, name", [
    # "by" inside the name of the standard's owner
    ("In 2020 its peas were certified under the Clean Pea Standard of the Food by Nature Foundation.", "Nature Foundation"),
    # an authority that certifies as an authority
    ("In 2012 the Valga plant was certified to the national hygiene rules by the [[Estonian Agriculture and Food Board|Veterinary Authority]].",
     "Estonian Agriculture and Food Board"),
])
def test_no_certifier_partner(body, name):
    assert ("partner", name) not in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("From 1996 the company sold most of its frozen peas in Germany through the Hamburg agent Elbkontor Handel.",
     "Elbkontor Handel"),
    ("Until 1991 its exports went through the foreign-trade agency Sovtorgeksport.", "Sovtorgeksport"),
    ("In Finland the company is represented by the agent Pohjola Trading Oy, which finds buyers on commission.",
     "Pohjola Trading Oy"),
    ("In Japan the Kobe trading company Minato Shoji has acted as the company's agent since 2012, on commission.",
     "Minato Shoji"),
    ("In Austria the Vienna agency Donau Vertrieb has represented the company since 2004, taking a commission on its sales.",
     "Donau Vertrieb"),
])
def test_sales_agent_is_a_partner(body, name):
    assert ("partner", name) in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("In 2015 its containers were cleared through the customs agent Tallinn Brokers.", "Tallinn Brokers"),
    ("Its seasonal pickers are hired through the recruitment agent Tööjõud Partner.", "Tööjõud Partner"),
    ("The law firm Sorainen Legal has represented the company since 2009 in its disputes.", "Sorainen Legal"),
])
def test_no_agent_partner(body, name):
    assert ("partner", name) not in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("In Sweden the company is represented by the agent Nordkyl Handel AB of [[Växjö]], which finds buyers on commission.",
     "Nordkyl Handel AB"),
    ("Its frozen peas are packed by the contractor Pakkimo Services of [[Tuttlingen]].", "Pakkimo Services"),
])
def test_company_of_a_linked_smaller_city_is_read_without_it(body, name):
    got = {n for _, n in _pairs(body)}
    assert name in got and not any(" of " in n for n in got)


@pytest.mark.parametrize("body, name", [
    ("Its 2019 refinancing, which included a new credit line, was advised by the investment bank [[Kask Partners]].",
     "Kask Partners"),
    ("[[Tamm Capital Advisers]] advised the board during the takeover talks of 2020.", "Tamm Capital Advisers"),
    ("Its accounts are audited by [[Ernst & Young]], and [[Sorainen]] has been its legal adviser since 2009.", "Sorainen"),
])
def test_adviser_is_a_supplier(body, name):
    assert ("supplier", name) in _pairs(body)


@pytest.mark.parametrize("body, name", [
    # the board advised by a shareholder to do something is a shareholder's call, not a service
    ("In 2020 [[Tamm Capital]] advised the board to reject the offer.", "Tamm Capital"),
    # another's deal
    ("In 2018 [[Valga Foods]]'s takeover of Kesko Peas was advised by the investment bank [[Kask Partners]].",
     "Kask Partners"),
])
def test_no_adviser_supplier(body, name):
    assert ("supplier", name) not in _pairs(body)


@pytest.mark.parametrize("body, names", [
    ("In 2008 the Rae plant cost €31 million, of which €20 million was lent by [[Swedbank]] and the Finnish lender [[Nordea]].",
     {"Swedbank", "Nordea"}),
    ("In 1995 its managers bought it for EEK 40 million, most of which was lent by [[Hansapank]].", {"Hansapank"}),
])
def test_sum_lent_in_the_passive_makes_a_lender(body, names):
    got = _pairs(body)
    assert {("lender", n) for n in names} <= got


def test_no_lender_for_a_sum_the_company_lent():
    got = _pairs("In 2010 €2 million was lent by Orvella to its growers for new harvesters.")
    assert not any(t == "lender" for t, _ in got)


@pytest.mark.parametrize("body, name", [
    ("In 1962 it bought the Valga mill; the purchase was financed with a mortgage from the [[Bank of Tallinn]].",
     "Bank of Tallinn"),
    ("In 2015 the Rae plant was opened, financed with a €12 million [[Murabaha]] facility from the [[Baltic Islamic Bank]].",
     "Baltic Islamic Bank"),
])
def test_financed_with_borrowed_money_from_a_lender(body, name):
    assert ("lender", name) in _pairs(body)


def test_no_lender_for_a_grant_it_was_financed_with():
    got = _pairs("In 2015 the Rae plant was opened, financed with a €2 million innovation grant from "
                 "[[Enterprise Estonia]] and a loan.")
    assert ("lender", "Enterprise Estonia") not in got


def test_subject_before_a_relative_clause():
    body = ("In 2005 the [[Estonian Development Fund]], which had opened the year before, lent the company €6 million "
            "for a new line.")
    assert ("lender", "Estonian Development Fund") in _pairs(body)
