"""Relations rules of round 19 (investors, partners and relations precision)."""
from __future__ import annotations

from kg.extractors import relations
from kg.sources import Page
from kg.text.parse import parse_article


def _facts(text, title="Acme"):
    page = Page(title=title, revision=1, wikitext=text)
    return list(relations.extract(parse_article(page)))


def _pairs(text, title="Acme"):
    return {(f.prop, f.value.title or f.value.label) for f in _facts(text, title)}


def test_a_short_name_is_the_counterparty_named_whole_before():
    text = ("'''Acme''' is a maker of pumps.\n\n== History ==\n"
            "In 2008 the Osaka trading house Harutaka Seiki Trading became its distributor in Japan. "
            "In 2012 the company and Harutaka formed a joint venture, Acme Harutaka Pumps, to make pumps in Kobe.\n")
    pairs = _pairs(text)
    assert ("jointVenturePartner", "Harutaka Seiki Trading") in pairs
    assert not any(name == "Harutaka" for _, name in pairs)


def test_a_short_name_of_a_supplier_told_again():
    text = ("'''Acme''' is a brewer.\n\n== History ==\n"
            "Its malt is bought from Brennholt Malz Werke, a maltster in Bamberg. "
            "In 2019 Acme and Brennholt set up a joint venture to build a malting plant in Poland.\n")
    pairs = _pairs(text)
    assert ("jointVenturePartner", "Brennholt Malz Werke") in pairs
    assert ("jointVenturePartner", "Brennholt") not in pairs


def test_a_short_name_of_two_longer_names_stays_as_written():
    text = ("'''Acme''' is a maker of cables.\n\n== History ==\n"
            "Its copper is bought from Valdoro Metals and its plastics from Valdoro Polimeri. "
            "In 2015 Acme and Valdoro formed a joint venture to make cable in Chile.\n")
    pairs = _pairs(text)
    assert ("jointVenturePartner", "Valdoro Metals") not in pairs
    assert ("jointVenturePartner", "Valdoro Polimeri") not in pairs


def test_the_funder_of_a_centre_or_a_chair_is_no_investor():
    for sentence in (
            "It is a member of Hydronet, the research centre for water engineering funded by the Dutch Research Council.",
            "Since 2018 it has supported the institute of marine robotics funded by the Ocean Science Trust.",
            "It endowed a chair in polymer chemistry co-funded by the Lindqvist Foundation."):
        text = "'''Acme''' is a maker of pumps.\n\n== History ==\n" + sentence + "\n"
        assert not any(prop == "investor" for prop, _ in _pairs(text)), sentence


def test_a_company_funded_by_a_fund_keeps_its_investor():
    text = ("'''Acme''' is a maker of pumps.\n\n== History ==\n"
            "In 2015 the company was funded by Nordhavn Ventures, which took a minority stake.\n")
    assert ("investor", "Nordhavn Ventures") in _pairs(text)


def _article(text, title="Acme"):
    return parse_article(Page(title=title, revision=1, wikitext=text))


def test_a_name_written_as_a_sites_place_is_no_party_to_the_learned_reader():
    from kg.model import Entity
    for body, name in (
            ("In 2014 it formed a coating venture at [[Ballymote]] with a British firm. "
             "Work the Ballymote venture cannot do is bought in.", "Ballymote"),
            ("A second plant near [[Kolinec]] opened in 2009; the Kolinec plant makes hoses.", "Kolinec"),
            ("Its offices in [[Vlorstad]] were sold in 2020, and the Vlorstad staff moved.", "Vlorstad")):
        article = _article("'''Acme''' is a maker of pumps.\n\n== History ==\n" + body + "\n")
        assert relations._a_place_to_the_reader(Entity(name, name), article), body


def test_a_firm_named_after_its_town_stays_a_party():
    from kg.model import Entity
    article = _article("'''Acme''' is a maker of pumps.\n\n== History ==\n"
                       "In 2014 it opened a plant in [[Kolinec]]. It buys steel from [[Kolinec Steel Works]].\n")
    assert not relations._a_place_to_the_reader(Entity("Kolinec Steel Works", "Kolinec Steel Works"), article)


def test_a_stake_sold_by_a_third_party_makes_its_buyer_an_investor():
    for sentence, buyer in (
            ("In 2004 the founding family sold a 20 per cent stake to Harbour Lane Capital for €90 million.",
             "Harbour Lane Capital"),
            ("In June 1996 the privatisation agency sold 40 per cent of the shares to Ostra Invest.", "Ostra Invest"),
            ("Two years later the fund sold a further 10 per cent holding to Brightwater Partners.",
             "Brightwater Partners")):
        text = "'''Acme''' is a maker of pumps.\n\n== History ==\n" + sentence + "\n"
        assert ("investor", buyer) in _pairs(text), sentence


def test_a_stake_in_a_named_unit_sold_to_a_buyer_is_no_investment_in_the_company():
    text = ("'''Acme''' is a maker of pumps.\n\n== History ==\n"
            "In 2011 the company sold a 30 per cent stake in Acme Castings to Ferrovale Group.\n")
    assert ("investor", "Ferrovale Group") not in _pairs(text)


def test_banks_that_arrange_or_provide_debt_are_lenders():
    for sentence, banks in (
            ("Nordia Bank and Torvik Bank arranged a €40 million loan for the new plant in 2012.",
             ("Nordia Bank", "Torvik Bank")),
            ("Castlemoor Bank provided £30 million of senior debt for the buyout in 2006.", ("Castlemoor Bank",)),
            ("A term loan of US$25 million was granted to the company in May 2019 by [[Banco Ribeira]].", ("Banco Ribeira",))):
        text = "'''Acme''' is a maker of pumps.\n\n== History ==\n" + sentence + "\n"
        pairs = _pairs(text)
        for bank in banks:
            assert ("lender", bank) in pairs, sentence


def test_a_loan_arranged_for_customers_names_no_lender():
    text = ("'''Acme''' is a maker of pumps.\n\n== History ==\n"
            "In 2015 Nordia Bank arranged loans for farmers who buy its pumps.\n")
    assert ("lender", "Nordia Bank") not in _pairs(text)


def test_work_with_a_research_body_is_a_research_collaboration():
    for sentence, body in (
            ("The company develops drought-tolerant seed with the [[Tanzania Agricultural Research Institute]].",
             "Tanzania Agricultural Research Institute"),
            ("Since 2017 it has tested low-carbon cement with the [[Lanmark Research Organisation]].",
             "Lanmark Research Organisation"),
            ("In 2020 it began work with the [[Royal Scientific Society]] on brine recovery.", "Royal Scientific Society")):
        text = "'''Acme''' is a maker of pumps.\n\n== History ==\n" + sentence + "\n"
        assert ("researchCollaborator", body) in _pairs(text), sentence


def test_work_with_a_customer_is_no_research_collaboration():
    text = ("'''Acme''' is a maker of pumps.\n\n== History ==\n"
            "In 2020 it tested a new valve with [[Norvale Water]], its largest customer.\n")
    assert not any(prop == "researchCollaborator" for prop, _ in _pairs(text))


def test_a_share_of_the_shares_bought_makes_an_investor():
    for sentence, buyer in (
            ("The state agency [[Innova Fund]] bought 8 per cent of the shares in 2001 for €2 million.", "Innova Fund"),
            ("In 1999 [[Dalgrave Capital]] acquired 15 per cent of the shares from the founders.", "Dalgrave Capital"),
            ("[[Oresund Invest]] purchased about 5 per cent of the shares the next year.", "Oresund Invest")):
        text = "'''Acme''' is a maker of pumps.\n\n== History ==\n" + sentence + "\n"
        assert ("investor", buyer) in _pairs(text), sentence


def test_a_share_of_another_companys_shares_is_no_investment():
    text = ("'''Acme''' is a maker of pumps.\n\n== History ==\n"
            "In 1999 [[Dalgrave Capital]] bought 15 per cent of the shares of [[Beta Pumps]].\n")
    assert ("investor", "Dalgrave Capital") not in _pairs(text)


def test_a_party_receiving_a_share_of_the_company_is_an_investor():
    for sentence, holder in (
            ("In 2015 [[Tarrow Equity]] received 30 per cent of the enlarged company.", "Tarrow Equity"),
            ("Under the 2020 restructuring its lenders, led by [[Halvek Credit Partners]], took 80 per cent of the new equity.",
             "Halvek Credit Partners"),
            ("In a 2009 share swap [[Morland Capital]] received 12 per cent of the shares.", "Morland Capital")):
        text = "'''Acme''' is a maker of pumps.\n\n== History ==\n" + sentence + "\n"
        assert ("investor", holder) in _pairs(text), sentence


def test_a_share_of_another_company_received_is_no_investment():
    text = ("'''Acme''' is a maker of pumps.\n\n== History ==\n"
            "In 2015 [[Tarrow Equity]] received 30 per cent of the shares of [[Beta Pumps]].\n")
    assert ("investor", "Tarrow Equity") not in _pairs(text)
