"""The controversies extractor on real articles and on small hand-written pages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import wiki

from kg.extractors import EXTRACTORS, controversies, relation_names
from kg.model import Event
from kg.sources import Page
from kg.sources.files import read_wiki_file
from kg.text.parse import parse_article


def _extract(path_or_text, title="Acme"):
    if isinstance(path_or_text, str):
        page = Page(title=title, revision=1, wikitext=path_or_text)
    else:
        page = read_wiki_file(path_or_text)
    return [f.value for f in controversies.extract(parse_article(page))]


@pytest.fixture(scope="module")
def samsung():
    return _extract(wiki("Samsung"))


def _one(events, text):
    found = [e for e, s in events if text in s]
    assert len(found) == 1, text
    return found[0]


def _with_sentences(path):
    page = read_wiki_file(path)
    return [(f.value, f.provenance.sentence) for f in controversies.extract(parse_article(page))]


def test_registered():
    assert EXTRACTORS["controversies"] is controversies.extract


def test_sensetime_entity_list_sanction():
    events = _with_sentences(wiki("SenseTime"))
    ev = _one(events, "Entity List")
    assert ev.type == "fine" and ev.category == "controversy"
    assert ev.date.iso == "2019"
    roles = {p.entity.title: p.role for p in ev.participants}
    assert roles["Bureau of Industry and Security"] == "regulator"
    assert roles["Uyghurs"] == "affected group"
    assert "Entity List" not in roles  # the list is not a party


def test_samsung_price_fixing_fine_has_its_amount_date_and_outcome():
    events = _with_sentences(wiki("Samsung"))
    ev = _one(events, "fined €145,727,000")
    assert ev.type == "fine" and ev.date.iso == "2011-10-19"
    assert [(m.amount, m.currency) for m in ev.amounts] == [(Decimal("145727000"), "EUR")]
    assert ev.outcome == "fined"
    assert ev.label.startswith("Price fixing")


def test_replies_and_background_are_not_controversies():
    events = _with_sentences(wiki("Samsung"))
    sentences = [s for _, s in events]
    assert not any(s.startswith("Samsung says that its investigation") for s in sentences)
    assert not any(s.startswith("CLW responded") for s in sentences)
    assert not any("Samsung Fine Chemicals" in s for s in sentences)  # "Fine" the name, not a fine


def test_weak_cues_count_only_inside_controversy_sections():
    inside = "'''Acme''' makes things.\n\n== Criticism ==\nIn 2015, Acme was criticized by [[Greenpeace]] for its packaging."
    outside = "'''Acme''' makes things.\n\n== Products ==\nIn 2015, Acme was criticized by [[Greenpeace]] for its packaging."
    ev = _extract(inside)
    assert len(ev) == 1 and ev[0].type == "other" and ev[0].date.iso == "2015"
    assert [(p.entity.title, p.role) for p in ev[0].participants] == [("Greenpeace", "critic")]
    assert _extract(outside) == []


def test_strong_cues_count_anywhere_with_agent_roles():
    text = ("'''Acme''' makes things.\n\n== History ==\nIn March 2012, Acme was fined £2 million by the "
            "[[Office of Fair Trading]] for price fixing.")
    (ev,) = _extract(text)
    assert ev.type == "fine" and ev.date.iso == "2012-03"
    assert [(p.entity.title, p.role) for p in ev.participants] == [("Office of Fair Trading", "regulator")]
    assert [(m.amount, m.currency) for m in ev.amounts] == [(Decimal("2000000"), "GBP")]
    assert "competition" in ev.label


def test_places_are_not_parties():
    text = ("'''Acme''' makes things.\n\n== Controversies ==\nIn 2014, workers went on strike at a factory in "
            "[[Huizhou]], [[Guangdong]] and [[Shenzhen]].")
    (ev,) = _extract(text)
    assert ev.type == "strike" and ev.participants == ()


def test_every_controversy_type_is_in_the_event_type_scheme(samsung):
    types = controversies.event_types()
    assert all(isinstance(e, Event) and e.type in types for e in samsung)
    table = controversies.table()
    assert {c.type for c in table.strong + table.weak} <= set(types)


def test_controversy_headings():
    aliases = controversies.table().sections
    assert controversies.controversy_heading("Controversies > Price fixing", aliases) == (True, "Price fixing")
    assert controversies.controversy_heading("Criticisms", aliases) == (True, None)
    assert controversies.controversy_heading("Labour practices", aliases) == (True, None)
    assert controversies.controversy_heading("History > 2017", aliases) == (False, None)


def test_a_joint_venture_with_a_controversial_partner_is_not_a_controversy():
    """Issue 14, defect 5: "Joint venture with Leon" was listed as a controversy because the
    partner is described as a supplier of surveillance technology."""
    text = ("'''Acme''' makes cameras.\n\n== Controversies ==\n"
            "In March 2016 Acme formed a joint venture with Orvel, a maker of surveillance drones. "
            "In May 2017 Acme set up a policing company with Brenn, a supplier of detainment systems. "
            "In 2018 Acme cameras were used for surveillance of protesters by the [[Ministry of Order]].")
    events = _extract(text)
    assert len(events) == 1 and events[0].date.iso == "2018"


def test_a_topic_without_a_date_or_a_party_is_not_a_controversy():
    """Issue 14, defect 5: an undated 'human rights' item with no party. A sentence whose only
    cue names a topic (surveillance, facial recognition, political prisoners) must give a date
    or a party; an act or an accusation (criticised, accused, sued) stands on its own."""
    text = ("'''Acme''' makes cameras.\n\n== Controversies ==\n"
            "Acme software was used in facial recognition systems for police forces. "
            "Acme has been criticised for the working hours at its plants. "
            "In 2019 Acme cameras were used in the surveillance of journalists.")
    events = _extract(text)
    assert [(e.type, e.date.iso if e.date else None) for e in events] == [("other", None), ("other", "2019")]


def test_the_sensetime_joint_venture_is_history_not_a_controversy():
    from kg.pipeline import Options, extract_page

    _, _, facts = extract_page(read_wiki_file(wiki("SenseTime")), Options())
    leon = [f for f in facts if f.provenance.sentence and "with Leon" in f.provenance.sentence]
    assert leon and not any(f.prop == "controversy" for f in leon)
    assert not any(f.value.category == "controversy" for f in leon if isinstance(f.value, Event))


@pytest.mark.parametrize(("sentence", "type_"), [
    ("The 2004 drivers' strike cost Acme an estimated $20 million.", "strike"),
    ("Warehouse staff walked out in March 2011 over pay.", "strike"),
    ("Cabin crew staged two-hour pickets at Leeds in June 2015.", "other"),
    ("A campaign group staged a protest outside the Acme headquarters in 2020.", "other"),
    ("In May 2012 Acme agreed to pay $2 million to settle the claims.", "lawsuit"),
    ("The Department of Justice intervened in the case in 2013.", "lawsuit"),
    ("In 2016 Acme was named as a defendant in a suit over its labelling.", "lawsuit"),
    ("A group action on behalf of 900 customers was filed in the High Court in 2019.", "lawsuit"),
    ("In 2017 Acme recalled 40,000 kettles in six countries.", "recall"),
    ("In 2018 inspectors carried out unannounced inspections at Acme offices.", "investigation"),
    ("In 2021 the regulator sent Acme a statement of objections.", "investigation"),
    ("In 2019 the records of 80,000 customers were stolen from an Acme server.", "data_breach"),
    ("In 2019 a cyber attack took its billing system offline.", "data_breach"),
    ("In May 2008 the drivers held rolling strikes at three depots.", "strike"),
    ("During the 1984 coal strike the plant ran at half capacity.", "strike"),
    ("In 1962 the dockers struck for eleven days over overtime pay.", "strike"),
    ("In 2015 Acme gave the regulator a court-enforceable undertaking to refund customers.", "fine"),
    ("In 2009 the press council issued a public reprimand against the Acme Herald.", "fine"),
    ("In 2011 the ministry began looking into Acme's pricing.", "investigation"),
    ("The ministry ordered the company to investigate the causes of the spill in 2013.", "investigation"),
    ("Federal prosecutors subpoenaed Acme's shipping records in 2016.", "investigation"),
    ("The state attorney opened a criminal inquiry in 2020.", "investigation"),
    ("The regulator's investigation, opened in 2014, found no breach.", "investigation"),
    ("In 2003 Acme reached a settlement with the plaintiffs.", "lawsuit"),
    ("In 2012 Acme admitted that staff had falsified safety data.", "other"),
    ("Employees had altered inspection certificates at two plants in 2017.", "other"),
    ("In 2014 Acme withdrew its chicken pies from the shelves after a salmonella finding.", "recall"),
    ("Smith denied wrongdoing and sued Acme for unfair dismissal in 2019.", "lawsuit"),
])
def test_controversy_cues_on_one_sentence(sentence, type_):
    events = _extract(f"'''Acme''' makes kettles.\n\n== History ==\n{sentence}")
    assert [e.type for e in events] == [type_]


@pytest.mark.parametrize("sentence", [
    "Staff furloughed in 2020 had been recalled by the end of 2021.",
    "Acme replaced the recalled units with a new model.",
    "He recalled that the factory was cold.",
    "Acme was founded in May 1934, weeks after the [[Air Mail scandal]] led the government to cancel contracts.",
    "In 2019 Acme withdrew from the Spanish market.",  # a market exit, not a recall
    "Jane Roe became chief executive in 2018, when her predecessor resigned over the pricing scandal.",
    "The company called the report misleading and said it would sue.",  # the company's reply
])
def test_not_controversies(sentence):
    assert _extract(f"'''Acme''' makes kettles.\n\n== History ==\n{sentence}") == []


@pytest.mark.parametrize(("sentence", "type_"), [
    ("Inspectors found children sewing Acme shirts at a supplier in 2013.", "investigation"),
    ("In 2016 the regulator found that Acme had overstated its broadband speeds.", "investigation"),
    ("In 2012 the farmers' union called Acme's pay offer unfair.", "other"),
    ("In 2019 the food agency told Acme that its label could mislead consumers.", "other"),
    ("The union placed the bakery under blockade in May 2021.", "strike"),
])
def test_weak_cues_of_a_controversy_section(sentence, type_):
    events = _extract(f"'''Acme''' makes kettles.\n\n== Controversies ==\n{sentence}")
    assert [e.type for e in events] == [type_]
    assert _extract(f"'''Acme''' makes kettles.\n\n== Operations ==\n{sentence}") == []


def test_appeals_count_inside_a_controversy_section():
    text = "'''Acme''' makes kettles.\n\n== Legal issues ==\nAcme appealed, but the tribunal upheld the decision in 2019."
    assert [e.type for e in _extract(text)] == ["lawsuit"]


def test_confidence_follows_the_strength_of_the_evidence():
    text = ("'''Acme''' makes kettles.\n\n== Controversies ==\n"
            "In 2015 Acme was fined €2 million by the [[Competition Authority]]. "  # strong, dated, party
            "In 2016 Acme was fined €1 million. "  # strong, dated
            "Acme was fined for late filings. "  # strong, undated
            "It was also fined for misleading labels. "  # strong, undated, a follow-up
            "In 2017 Acme was criticised for its overtime rules. "  # weak, dated
            "In 2018 Acme kettles were used in the surveillance of strikers.")  # topic, dated
    conf = [f.provenance.confidence for f in controversies.extract(parse_article(Page(title="Acme", revision=1, wikitext=text)))]
    assert len(conf) == 6
    assert conf[0] > conf[1] > conf[2] > conf[3]
    assert conf[1] > conf[4] > conf[5]


@pytest.mark.parametrize(("sentence", "iso"), [
    ("In March 2012 the regulator fined Acme £2 million for misreporting data between 2006 and 2010.", "2012-03"),
    ("The agency investigated the 2018 outage and in August 2020 fined Acme £1 million.", "2020-08"),
    ("Following a probe into spills between 2015 and 2017, Acme pleaded guilty in June 2019 to nine offences.", "2019-06"),
    ("The 1999 drivers' strike, the longest since dockers walked out in 1972, cost Acme £9 million.", "1999"),
    ("On 2 May 2021, a short seller published a report alleging that Acme had inflated its 2020 sales.", "2021-05-02"),
    ("In 2017 and 2018 a reporter investigated working conditions at Acme depots.", "2017"),
    ("In June 2001 the authority found that Acme had agreed prices between 1994 and 1998, and ordered it to pay "
     "€2 million.", "2001-06"),
    ("Drivers held warning strikes called by the union in May and June 2022.", "2022-05"),
])
def test_the_date_of_a_controversy_is_the_one_written_by_its_cue(sentence, iso):
    events = _extract(f"'''Acme''' makes kettles.\n\n== Controversies ==\n{sentence}")
    assert [e.date.iso for e in events] == [iso]


@pytest.mark.parametrize("text, expected", [
    # the later steps of a lawsuit told in a sentence of their own
    ("In 2003 a group of farmers sued Acme over the spill. The suit was settled for $4 million in 2006.",
     [("lawsuit", "2003"), ("lawsuit", "2006")]),
    ("In 2010 a former manager filed a class action against Acme. The court certified the class in 2012.",
     [("lawsuit", "2010"), ("lawsuit", "2012")]),
    ("Acme and three other mills agreed in June 2019 to a $30 million settlement.", [("lawsuit", "2019-06")]),
    ("In 2001 Acme agreed to a settlement with its bondholders over the debt.", []),  # no sum: a debt deal
])
def test_steps_of_a_lawsuit(text, expected):
    events = _extract(f"'''Acme''' makes paper.\n\n== History ==\n{text}")
    assert [(e.type, e.date.iso if e.date else None) for e in events] == expected


@pytest.mark.parametrize(("sentence", "types"), [
    # a cue word in the quoted title of a work (a campaign, a documentary) names the work
    ('In 2014 Acme\'s advertising campaign "The Great Kettle Scandal", a spoof of a crime drama, won a prize.', []),
    ('In 2016 Acme sponsored Det store bedrag ("The Big Strike"), a film about dockers.', []),
    # a quoted word that is no title still counts
    ('The 2016 "pension scandal" cost Acme its chairman.', ["other"]),
])
def test_a_cue_inside_a_quoted_title_is_no_controversy(sentence, types):
    assert [e.type for e in _extract(f"'''Acme''' makes kettles.\n\n== History ==\n{sentence}")] == types


@pytest.mark.parametrize(("sentence", "claims"), [
    ("In 2015 Acme sued a distributor over unpaid invoices.", True),
    ("In 2015 a court ordered a distributor to pay Acme €2m in damages for selling fake kettles.", True),
    ("Acme is a frequent plaintiff in trademark cases.", True),
    ("In 2015 a distributor sued Acme over unpaid invoices.", False),
    ("Acme sued the regulator after it was fined €2m in 2015.", False),  # it is also the one fined
    ("A claim by Acme for €9m in damages was rejected by the court in 2018.", False),  # it lost
])
def test_the_company_as_the_claimant(sentence, claims):
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes kettles.\n\n== History ==\n{sentence}")
    names = relation_names.company_names(parse_article(page))
    assert controversies.claimant(sentence, names) is claims


def test_the_companys_own_claim_lowers_confidence_and_its_own_complaint_is_no_controversy():
    text = ("'''Acme''' makes kettles.\n\n== Legal issues ==\n"
            "In 2015 a distributor sued Acme over unpaid invoices. "  # a case against Acme
            "In 2016 Acme sued a distributor over unpaid invoices. "  # Acme's claim: a lower confidence
            "In 2017 Acme lodged a complaint with the competition authority about a rival's discounts.")  # no case
    facts = list(controversies.extract(parse_article(Page(title="Acme", revision=1, wikitext=text))))
    assert [f.value.date.iso for f in facts] == ["2015", "2016"]
    assert facts[0].provenance.confidence >= Decimal("0.8") > facts[1].provenance.confidence
