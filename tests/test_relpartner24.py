"""Relations partners (round 24): a certifier of the company's products, farms, plants or
processes is a `partner` (tests/gold/README.md, certifiers), and a joint venture's partner is read
from the sentence that tells the venture. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_relprec20 import _dated


def _parties(sentence: str) -> set[tuple[str, str]]:
    return {(prop, name) for prop, name, _ in _dated(sentence)}


@pytest.mark.parametrize("sentence, expected", [
    ("Its tea gardens in Assam have been certified by the [[Ethical Tea Partnership]] since 2011.",
     {("partner", "Ethical Tea Partnership", "2011")}),
    ("All of its sawmills are certified to the standards of the [[Programme for the Endorsement of Forest "
     "Certification]].", {("partner", "Programme for the Endorsement of Forest Certification", None)}),
    ("The salmon farms were certified organic by [[Soil Association]] in 2016.",
     {("partner", "Soil Association", "2016")}),
    ("Its card terminals are certified by [[American Express]] and [[Discover Financial|Discover]].",
     {("partner", "American Express", None), ("partner", "Discover Financial", None)}),
    ("The group's organic certificate is audited every year by [[Ecocert]].", {("partner", "Ecocert", None)}),
    ("In March 2019 the bulk carrier received a statement of compliance from the Norwegian classification "
     "society [[DNV]].", {("partner", "DNV", "2019-03")}),
    ("It obtained its ISO 14001 certification from [[Bureau Veritas]] in 2008.",
     {("partner", "Bureau Veritas", "2008")}),
    ("In 2020 the certification body [[Control Union]] withdrew the organic status of two of its fields.",
     {("partner", "Control Union", "2020")}),
    ("In 2017 [[SGS S.A.|SGS]], the company's certifier, found forced overtime at two of its factories.",
     {("partner", "SGS S.A.", "2017")}),
    ("The audit was carried out by [[Intertek]], its certifier, in 2012.", {("partner", "Intertek", "2012")}),
])
def test_a_certifier_of_the_company_is_a_partner(sentence, expected):
    assert _dated(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a standard or a law is no body
    "Its plants have been certified to ISO 9001 since 1996.",
    "In 2005 the farm was certified under the Fairtrade standard for bananas.",
    # a court, a ministry or a regulator certifying or licensing as an authority
    "A class action against the company was certified by the [[Federal Court of Australia]] in 2019.",
    "The new airliner was certified by the [[Federal Aviation Administration]] in 2014.",
    "It received an air operator's certificate from the [[Civil Aviation Authority of the Philippines]] in 2001.",
    "Its exports were certified by the [[Ministry of Agriculture (Kenya)|Ministry of Agriculture]] as free of pests.",
    # the company certifying others
    "Since 2012 the company has certified more than 300 of its growers.",
])
def test_no_certifier_partner(sentence):
    assert not {p for p in _parties(sentence) if p[0] == "partner"}


@pytest.mark.parametrize("sentence, expected", [
    # the partner after the venture's own name or description, set off by a comma
    ("In 2014 it formed Lough Corrib Coatings, a powder-coating venture at [[Galway]], with the German firm "
     "[[Akzo Nobel]].", {("jointVenturePartner", "Akzo Nobel", "2014")}),
    ("In 2011 the company set up a joint venture, Acme Gems, with [[Rosy Blue]] to cut diamonds.",
     {("jointVenturePartner", "Rosy Blue", "2011")}),
    ("In 2019 it established Nordkap Salmon, an evenly owned venture in Finnmark, with [[Lerøy Seafood Group]].",
     {("jointVenturePartner", "Lerøy Seafood Group", "2019")}),
    # the partner named first
    ("With [[Nestlé]], the company formed Alpina Cereals, an evenly owned venture, in 2004.",
     {("jointVenturePartner", "Nestlé", "2004")}),
    ("In 1998, with [[Marubeni]], it set up Pacific Pulp Terminal, a joint venture to ship wood chips.",
     {("jointVenturePartner", "Marubeni", "1998")}),
    # the company as the second subject
    ("[[Unilever]] and the company formed Brisa Foods, a 51:49 joint venture, in 2002.",
     {("jointVenturePartner", "Unilever", "2002")}),
    ("In March 2008 the Japanese trading house [[Sojitz]] and the group set up a joint venture to import timber.",
     {("jointVenturePartner", "Sojitz", "2008-03")}),
    ("In 1995 [[Orkla]] and it formed a joint venture to make frozen pizza.",
     {("jointVenturePartner", "Orkla", "1995")}),
    # an unlinked partner without the place it is based in, after a descriptor
    ("In 2009 it set up a joint venture with the Spanish glaze maker Esmaltes Navarro of Castellón.",
     {("jointVenturePartner", "Esmaltes Navarro", "2009")}),
    ("In 2012 it partnered with the Chilean wine producer Viña Los Robles of Santiago.",
     {("partner", "Viña Los Robles", "2012")}),
])
def test_a_joint_venture_partner_named_in_the_sentence_that_tells_the_venture(sentence, expected):
    assert _dated(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "In 2011 it formed a joint venture, Acme Gems, with capital of $5 million.",
    "In 2001 it formed a venture capital arm, Acme Ventures, with [[Temasek]] as its only outside investor.",
    "In 2019 it won a contract to furnish the lobby of the [[Louvre Abu Dhabi]] in [[Abu Dhabi]] and it supplies "
    "hotel chains there.",
])
def test_no_joint_venture_partner(sentence):
    assert not {p for p in _parties(sentence) if p[0] == "jointVenturePartner"}


def test_a_lender_named_after_an_institution_word_keeps_its_place():
    assert _parties("Its loans come from the state lender Industrial Development Bank of India.") == {
        ("lender", "Industrial Development Bank of India")}


def _article(text: str) -> set[tuple[str, str, str | None]]:
    from kg.extractors import relations
    from kg.sources import Page
    from kg.text.parse import parse_article

    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' is an engineering company.\n\n{text}")
    found = set()
    for f in relations.extract(parse_article(page)):
        date = dict(f.qualifiers).get("date")
        found.add((f.prop, f.value.title or f.value.label, date.iso if date else None))
    return found


@pytest.mark.parametrize("text, successor", [
    ("Rhein Lacke GmbH, a 50:50 joint venture with [[BASF]] for car paints, was formed in 1962. "
     "BASF's half of Rhein Lacke passed to [[Axalta]] in 2013 along with its other coatings plants.",
     ("jointVenturePartner", "Axalta", "2013")),
    ("In 2004 it formed a joint venture with [[Tate & Lyle]] to refine sugar at Hull. "
     "Tate & Lyle was bought by [[American Sugar Refining]] in 2010, and its 49 per cent of the Hull refinery "
     "passed to the American group.", ("jointVenturePartner", "American Sugar Refining", "2010")),
    ("In 2008 it set up a joint venture with [[Gist]] to run chilled warehouses. "
     "The warehouses are now run with [[Culina Group]], which bought Gist in 2022 and with it the warehouse stake.",
     ("jointVenturePartner", "Culina Group", "2022")),
])
def test_a_partners_stake_passing_to_another_makes_it_the_partner(text, successor):
    assert successor in _article(text)


def test_a_stake_of_no_partner_passing_makes_no_partner():
    found = _article("In 2004 it formed a joint venture with [[Tate & Lyle]] to refine sugar at Hull. "
                     "In 2010 the company's own 51 per cent of the Hull refinery passed to [[Südzucker]].")
    assert not any(name == "Südzucker" for _, name, _ in found)


@pytest.mark.parametrize("text, partner", [
    ("In 2012 [[Mitsui & Co.]] bought a fifth of the company. The two companies then formed a joint venture, "
     "Acme Mitsui Logistics, to run cold stores in 2013.", ("jointVenturePartner", "Mitsui & Co.", "2013")),
    ("In 2001 it sold half of its Chennai tannery to the Italian group [[Gruppo Mastrotto]]; the two companies "
     "have run the tannery as a joint venture since.", ("jointVenturePartner", "Gruppo Mastrotto", "2001")),
    ("In 2018 it agreed with [[Fonterra]] on a plan for a milk-drying plant in Waikato. Both companies set up "
     "a joint venture to build it in 2019.", ("jointVenturePartner", "Fonterra", "2019")),
])
def test_the_two_companies_of_a_venture_are_the_company_and_the_one_named(text, partner):
    assert partner in _article(text)


def test_the_two_companies_with_two_others_named_give_no_partner():
    found = _article("In 2012 [[Mitsui & Co.]] and [[Marubeni]] each bought a tenth of the company. "
                     "The two companies then formed a joint venture to run cold stores in 2013.")
    assert not {p for p in found if p[0] == "jointVenturePartner"}
