"""Controversy parties, round 22: names a controversy sentence writes that are background, not
parties: a name that modifies a common noun ("the Varna plant"), a feature of the land or the
sea or a list, a place off which something happened, a law by its form or by the title its
acronym links to."""

from __future__ import annotations

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _labels(text):
    page = Page(title="Acme", revision=1, wikitext="'''Acme''' makes things.\n\n== Legal issues ==\n" + text)
    (fact,) = list(controversies.extract(parse_article(page)))
    return {p.entity.label for p in fact.value.participants}


def test_a_name_that_modifies_a_common_noun_is_no_party():
    assert _labels("In 2017 the [[Norland Environment Agency]] fined Acme after the [[Kerrow]] plant leaked "
                   "ammonia.") == {"Norland Environment Agency"}
    assert _labels("In 2019 workers at its [[Tallis]] depot went on strike over pay.") == set()
    assert _labels("In 2020 the ruling was upheld by the [[Tampere]] court of appeal.") == set()
    assert _labels("In 2021 Acme was fined for flying 12 [[Fokker]] 100s without inspections.") == set()
    assert _labels("In 2022 prosecutors charged two [[Ostmark Rail]] managers and Acme's sales director "
                   "with bribery.") == set()


def test_a_name_before_a_verb_a_case_or_its_own_body_is_still_a_party():
    assert "Brightline" in _labels("In 2018 the [[Brightline]] consortium sued Acme over the tender.")
    assert "Halvard Metalworkers" in _labels(
        "In 2019 the [[Halvard Metalworkers]] warning strikes closed two Acme plants.")
    assert "Orrin Systems" in _labels("In 2020 Acme lost an [[Orrin Systems]] lawsuit over a patent and paid $3 million.")
    assert "Pell Syndicate" in _labels("In 2021 Acme sued its [[Pell Syndicate]] insurers for refusing a claim.")
    assert "Tarn Fair Work" in _labels("In 2022 the [[Tarn Fair Work]] tribunal ordered Acme to reinstate 40 workers.")
    assert "Veyra" in _labels("In 2023 Acme paid the [[Veyra]] group $2 million to settle a lawsuit.")


def test_a_feature_of_the_land_or_a_list_is_no_party():
    assert _labels("In 2016 Acme was fined after tailings reached the [[Morrow River]].") == set()
    assert _labels("In 2017 Acme was sued by farmers over water it took from the [[Lake Venn|lake]].") == set()
    assert _labels("In 2018 Acme was fined for selling chips to a firm on the [[Entity List]].") == set()
    assert _labels("In 2019 Acme was sued over dredging in the [[Silver Bay]].") == set()


def test_a_place_off_which_it_happened_is_no_party():
    assert _labels("In 2015 one of Acme's tankers ran aground off [[Skarholm]] and spilled oil.") == set()
    assert _labels("In 2018 Acme was fined after a trawler sank off [[Kelby Head]] with six crew.") == set()
    assert _labels("In 2020 Acme was sued after its ferry grounded off [[Ness Point]].") == set()


def test_a_law_by_its_form_or_the_title_of_its_acronym_is_no_party():
    assert controversies.is_law("Act to Prevent Dumping at Sea")
    assert controversies.is_law("Law on Public Procurement")
    assert controversies.is_law("Indigenous land use agreement")
    assert controversies.is_law("CCPA", "Consumer Credit Protection Act")
    assert not controversies.is_law("SGX RegCo", "Singapore Exchange Regulation")
    assert not controversies.is_law("Competition Authority", "Competition Act")
    assert _labels("In 2024 Acme was sued by its creditors under the [[Insolvency Protection Act|IPA]].") == set()


def test_a_customer_the_goods_or_work_were_for_is_no_party():
    assert _labels("In 2016 a welder died aboard a dredger under construction for [[Baltmar]].") == set()
    assert _labels("In 2018 Acme was fined for bribery in a tender for 20 buses for [[Ostby Transit]].") == set()
    assert _labels("In 2020 auditors found that Acme had overbilled its invoices for [[Corran Energy]] "
                   "and the [[Norland Audit Office]] opened an inquiry.") == {"Norland Audit Office"}


def test_the_side_a_court_found_for_is_still_a_party():
    assert "Trellis" in _labels("In 2019 the court found for [[Trellis]] and ordered Acme to pay $2 million.")
    assert "Harmon Labs" in _labels("In 2021 a jury ruled for [[Harmon Labs]] in its patent suit against Acme.")
    assert "Norland Water Board" in _labels("In 2022 Acme was sued for damages by the [[Norland Water Board]].")


def _all_parties(text):
    page = Page(title="Acme", revision=1, wikitext="'''Acme''' makes things.\n\n== Legal issues ==\n" + text)
    return [{p.entity.label for p in f.value.participants} for f in controversies.extract(parse_article(page))]


def test_a_body_told_as_it_that_sanctions_the_company_is_the_body_before():
    found = _all_parties("In 2018 a worker died at the Varn quarry and the [[Norland Labour Agency]] "
                         "opened an inquiry. In 2019 it fined the company $40,000 for unsafe benches.")
    assert found[-1] == {"Norland Labour Agency"}
    found = _all_parties("The [[Westria Environment Agency]] investigated a spill at Acme's mill in 2020. "
                         "In May 2021 it charged Acme and its contractor under the water act.")
    assert found[-1] == {"Westria Environment Agency"}
    found = _all_parties("In 2016 the [[Ostmark Revenue Authority]] opened an investigation into Acme's transfer prices. "
                         "In 2017 it ordered the company to pay $3 million in back taxes and penalties.")
    assert found[-1] == {"Ostmark Revenue Authority"}


def test_no_body_for_it_when_it_is_the_company_or_two_bodies_came_before():
    found = _all_parties("In 2018 the [[Norland Consumer Agency]] opened an inquiry into Acme's fees. "
                         "In 2019 it sued a former distributor over unpaid invoices and was fined $1 million.")
    assert "Norland Consumer Agency" not in found[-1]
    found = _all_parties("In 2018 the [[Norland Supreme Court]] upheld a ruling of the [[Norland Competition Authority]] "
                         "against Acme. In 2019 it fined the company $2 million.")
    assert found[-1] == set()


def test_a_body_by_its_kind_after_its_acronym_or_as_the_regulator():
    found = _all_parties("In 2014 the [[Norland Food Safety Agency|NFSA]] found salmonella at Acme's plant. "
                         "In 2015 the agency fined Acme $300,000.")
    assert found[-1] == {"NFSA"}
    found = _all_parties("In 2016 the [[Federal Competition Commission (Westria)|COFEW]] opened an investigation "
                         "into Acme's prices. In 2018 the commission fined Acme $2 million.")
    assert found[-1] == {"COFEW"}
    found = _all_parties("In 2019 the [[Ostmark Securities Authority]] opened an inquiry into trading in Acme's shares. "
                         "In 2020 the regulator fined Acme $4 million.")
    assert found[-1] == {"Ostmark Securities Authority"}
    found = _all_parties("In 2021 the [[Westria Securities Commission|WSC]] opened an inquiry into Acme's accounts. "
                         "In 2022 the regulator fined Acme $1 million.")
    assert found[-1] == {"WSC"}
