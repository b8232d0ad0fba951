"""Round 20 of issue 14, controversies: trade remedies on the company's goods, arbitration and
claims against it, criminal steps against its people, a regulator asking it for a report or
sending inspectors, a buyer withholding payments, and the end of a case told before. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _types(sentence: str, section: str = "History") -> list[str]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles.\n\n== {section} ==\n{sentence}")
    return [f.value.type for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("sentence", [
    "Its steel wire exports to Canada were hit by anti-dumping duties in 2016.",
    "In 2019 the company's solar glass was struck with countervailing duties by the European Union.",
    "Shipments of its tyres to Brazil were hit by safeguard tariffs in March 2022.",
    "The 2020 administrative review raised its anti-dumping rate to 31 per cent.",
    "In 2018 the Commerce Department increased the countervailing duty rate on its kettles to 12 per cent.",
])
def test_a_trade_remedy_on_the_company_goods_is_a_sanction(sentence):
    assert _types(sentence) == ["fine"]


@pytest.mark.parametrize("sentence", [
    "In May 2015 the Commerce Department named Acme one of two mandatory respondents in its anti-dumping investigation of Chinese kettles.",
    "The company was a mandatory respondent in the 2019 countervailing-duty investigation of steel racks.",
    "In 2021 Acme was selected as a respondent in an anti-subsidy review by the European Commission.",
])
def test_a_respondent_of_a_duty_investigation_is_an_investigation(sentence):
    assert _types(sentence) == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "In 2019 Acme was among the exporters named in a petition for anti-dumping duties.",
    "The company was named in a lawsuit filed by former franchisees in 2014.",
    "In 2022 Acme and two rivals were named in a complaint by the state attorney general.",
])
def test_a_company_named_in_a_petition_or_suit_is_a_lawsuit(sentence):
    assert _types(sentence) == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "In 2017 the builder began arbitration at the International Chamber of Commerce over unpaid invoices.",
    "The contractor took the dispute to arbitration in London in 2012.",
    "In 2020 a Brazilian distributor brought an arbitration claim against Acme for lost profits.",
    "A group of former dealers filed a claim against the company in 2011 over terminated contracts.",
    "The union went to court in 2015 over the dismissals.",
])
def test_an_arbitration_or_claim_against_the_company_is_a_lawsuit(sentence):
    assert _types(sentence) == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "In 2016 Acme began arbitration against the shipyard over late deliveries.",
    "The company went to court in 2014 over the cancelled tender.",
    "It later filed for arbitration in Geneva against the builder.",
])
def test_the_company_own_arbitration_or_suit_is_told_as_its_claim(sentence):
    # as "Acme sued a distributor": an item that carries the claimant feature (a low confidence)
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles.\n\n== History ==\n{sentence}")
    found = list(controversies.extract_with_evidence(parse_article(page)))
    assert len(found) == 1 and "claimant" in found[0][1]


@pytest.mark.parametrize("sentence", [
    "In 2019 Acme won an arbitration award against a Turkish contractor.",
    "The contract had an arbitration clause naming London.",
    "Acme chairs the arbitration rules committee of the chamber.",
])
def test_an_arbitration_award_or_clause_is_no_claim(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "In 2018 police charged two managers of the plant with negligent homicide.",
    "Prosecutors indicted its former chief engineer in March 2020 over the dam failure.",
    "In 2013 the plant manager and a foreman were given suspended sentences for negligence.",
    "Two supervisors received suspended prison sentences in 2009 for the deaths of three welders.",
])
def test_a_criminal_step_against_the_company_people_is_a_lawsuit(sentence):
    assert _types(sentence) == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "The coast guard arrested the captain and two officers the same night.",
    "Police arrested three managers of the mill the following week.",
    "Federal agents arrested its chief engineer at the airport.",
])
def test_an_arrest_in_a_controversy_section_is_an_investigation(sentence):
    assert _types(sentence, "Controversies") == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "In 1944 the Gestapo arrested the director of the museum.",
    "Police arrested two protesters outside the plant in 2011.",
    "The coast guard arrested the captain of a fishing boat in 2003.",
])
def test_an_arrest_outside_a_controversy_section_is_no_item(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "In 2021 the stock exchange sought an explanation from the company for the delayed accounts.",
    "The data protection authority requested information from the company in May 2019 about the leak.",
    "In 2020 the banking regulator asked the bank to explain the outage of its payment system." ,
    "The labour ministry sent inspectors to the Cork plant in June 2017.",
    "In 2016 the environment agency dispatched a team of inspectors after residents complained of fumes.",
])
def test_a_regulator_asking_for_a_report_or_sending_inspectors_is_an_investigation(sentence):
    assert _types(sentence) == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "In 2019 the utility withheld payments from the company over defects in the turbines.",
    "The railway operator withheld further instalments pending repairs to the trams in 2016.",
    "In 2022 the navy withheld payments to the yard because of cracks in the hulls.",
])
def test_a_buyer_withholding_payments_is_a_boycott(sentence):
    assert _types(sentence) == ["boycott"]


@pytest.mark.parametrize("sentence", [
    "In 2017 Acme withheld payments from the contractor over defects in the roof.",
    "The company withheld further instalments pending repairs to the kiln in 2015.",
    "Acme withheld the last payment to the shipyard in 2019 because of the delays.",
])
def test_the_company_withholding_payments_is_no_boycott(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The suit ended with a settlement in 2021.",
    "The civil case ended when the company bought its rival in 2018.",
    "The arbitration was decided in the builder's favour in 2016.",
])
def test_the_end_of_a_case_in_a_controversy_section_is_a_step_of_it(sentence):
    assert _types(sentence, "Legal issues") == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "The strike ended on 10 March with a 5 per cent rise.",  # most sets give the end of a strike no item
    "Talks with the union ended in 2019 without an agreement.",
    "The supply contract ended in 2015.",
])
def test_the_end_of_a_strike_talks_or_a_contract_is_no_item(sentence):
    assert _types(sentence, "Legal issues") == []


@pytest.mark.parametrize("sentence", [
    "The Bringelly prosecution ended in 2020 with a fine.",
    "The customs inquiry ended in 2024 with a penalty of $2 million.",
    "In 2019 the case against the company ended with a conviction and a fine.",
])
def test_a_case_that_ended_with_a_fine_is_a_sanction(sentence):
    assert _types(sentence) == ["fine"]


@pytest.mark.parametrize("sentence", [
    "In 2019 residents of two villages protested against the quarry's blasting.",
    "Community members blockaded the access road to the smelter for a week in 2020.",
    "The plant has been the target of protests by local farmers over water use.",
    "Several hundred former employees protested outside the head office in 2022 over unpaid severance.",
])
def test_a_protest_of_residents_or_others_is_a_protest_not_a_strike(sentence):
    assert _types(sentence, "Controversies") == ["other"]


@pytest.mark.parametrize("sentence", [
    "In 2018 its drivers protested outside the offices against a cut in fares.",
    "Dock workers protested over pay in March 2015.",
    "The union protested against the new shift patterns in 2012.",
])
def test_a_protest_of_workers_stays_a_strike(sentence):
    assert _types(sentence, "Controversies") == ["strike"]


@pytest.mark.parametrize("sentence", [
    "A boiler at the Lodz mill exploded in 2004, and the mill was stopped for a month.",
    "In March 2018 a storage tank of the refinery ruptured during a test.",
    "A slurry pipeline near the concentrator split in 2021.",
    "In 2012 the tailings dam at its Riverside mine collapsed after heavy rain.",
])
def test_equipment_that_exploded_burst_or_collapsed_is_an_incident(sentence):
    assert _types(sentence) == ["other"]


@pytest.mark.parametrize("sentence", [
    "In 2019 about 30 ML of tailings water ran into a creek below the mine.",
    "Effluent from the dye house flowed into the river in June 2016.",
    "In 2020 diesel from a ruptured hose washed into the bay.",
])
def test_polluting_water_that_ran_into_a_river_is_an_incident(sentence):
    assert _types(sentence) == ["other"]


@pytest.mark.parametrize("sentence", [
    "In May 2014, 40 workers at the packing plant were taken to hospital after a gas leak.",
    "Twelve passengers were hospitalised after the coach overturned in 2011.",
    "In 2017 dozens of residents near the works were admitted to hospital with breathing problems.",
])
def test_people_taken_to_hospital_are_an_incident(sentence):
    assert _types(sentence) == ["other"]


@pytest.mark.parametrize("sentence", [
    "The company split into two listed groups in 2015.",
    "In 2010 the pipeline split into two branches at the border.",
    "The new kiln was commissioned in 2008.",
    "Acme built a hospital for its workers in 1925.",
])
def test_a_split_company_or_pipeline_route_or_a_hospital_is_no_incident(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The strike ended after six days, when the company agreed to pay the overtime.",
    "The sit-in ended on 4 May when the company agreed to pay the arrears.",
    "Its walkout ended in June after the company agreed to pay a bonus.",
])
def test_the_end_of_a_strike_is_no_settlement(sentence):
    assert _types(sentence, "Labour disputes") == []


@pytest.mark.parametrize("sentence", [
    "The European Commission removed two Acme plants from the list of approved exporters.",
    "In 2019 the Chinese customs administration delisted three of its abattoirs from the list of approved exporters.",
    "The port authority detained the ship for a week over faulty lifeboats.",
    "In 2021 the coast guard detained one of its tankers at Rotterdam over forged certificates.",
])
def test_a_foreign_regulator_stopping_the_company_goods_is_a_sanction(sentence):
    assert _types(sentence) == ["fine"]


@pytest.mark.parametrize("sentence", [
    "Russia banned imports of Brazilian beef from Minerva's plants, which helped Acme's sales.",
    "The European Union suspended imports from Ukraine's ports in 2022.",
    "Acme removed three products from the list of its bestsellers.",
    "Within a month Chile had suspended imports of its pies.",  # no written date: a detail (round 13)
])
def test_another_party_goods_or_the_company_own_list_are_no_sanction(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "A negligence suit brought over a fall at its Leeds store in 2019 was widely reported.",
    "In 2020 a former engineer filed a wrongful-dismissal suit in the labour court.",
    "The widow's civil suit of May 2016 was heard in Porto.",
])
def test_a_suit_named_by_its_kind_is_a_lawsuit(sentence):
    assert _types(sentence) == ["lawsuit"]


@pytest.mark.parametrize("sentence", [
    "In 2014 the chairman wore a grey suit to the launch.",
    "Two rivals followed suit in 2016 and cut their prices.",
    "It opened a suit of offices in Leeds in 2019.",
])
def test_a_suit_of_clothes_or_following_suit_is_no_lawsuit(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The residents sought an injunction and $12 million in damages.",
    "In the claim, filed in 2019, the farmers were seeking R$40 million in damages.",
    "The fishermen demanded about €3 million in damages for lost catches in 2021.",
])
def test_a_claim_that_sought_damages_in_a_controversy_section_is_a_lawsuit(sentence):
    assert _types(sentence, "Litigation") == ["lawsuit"]
