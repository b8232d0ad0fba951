"""Controversy fields: the sum a sentence names with a claim, an award or an assessment, the
sum a summary of a fine leaves to its detailed telling, and a year before "won" that is no sum."""

from __future__ import annotations

from decimal import Decimal

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _facts(text, title="Acme"):
    page = Page(title=title, revision=1, wikitext=text)
    return list(controversies.extract(parse_article(page)))


def _sums(ev):
    return sorted((m.amount, m.currency) for m in ev.amounts)


def _one(text):
    (fact,) = _facts("'''Acme''' makes things.\n\n== Legal issues ==\n" + text)
    return fact.value


def test_a_claim_an_award_and_an_assessment_name_the_sum():
    ev = _one("In 2021 a jury awarded the plaintiffs €12 million in a suit against Acme over a faulty boiler.")
    assert _sums(ev) == [(Decimal("12000000"), "EUR")]
    ev = _one("In 2019 Brightline sued Acme in the High Court, claiming £40 million for breach of contract.")
    assert _sums(ev) == [(Decimal("40000000"), "GBP")]
    ev = _one("In 2018 the tax tribunal sued Acme and reduced the assessment to €7 million.")
    assert _sums(ev) == [(Decimal("7000000"), "EUR")]


def test_a_sanction_a_recovery_and_a_repayment_name_the_sum():
    ev = _one("In 2022 the ministry fined Acme and imposed a financial sanction of €3 million.")
    assert (Decimal("3000000"), "EUR") in _sums(ev)
    ev = _one("In 2020 the Commission found unlawful state aid and ordered the state to recover €64 million from Acme, which sued.")
    assert _sums(ev) == [(Decimal("64000000"), "EUR")]
    ev = _one("In 2023 a court sued over the contract ordered Acme to repay €9 million of profits.")
    assert _sums(ev) == [(Decimal("9000000"), "EUR")]


def test_a_wage_a_strike_demands_is_no_sum_of_the_strike():
    ev = _one("In 2012 about 3,000 workers at Acme went on strike, demanding a monthly wage of €1,500.")
    assert ev.type == "strike" and ev.amounts == ()


def test_a_year_before_won_is_no_sum():
    ev = _one("In 2019 Brightline sued Acme over a patent, and in 2023 won an award against it.")
    assert all(m.currency != "KRW" for m in ev.amounts)
    ev = _one("In 2015 the court ordered Acme to pay damages of 3 billion won.")
    assert _sums(ev) == [(Decimal("3000000000"), "KRW")]


SUMMARY = ("'''Acme''' makes things. {lead}\n\n== Legal issues ==\n{detail}")


def test_a_summary_of_a_fine_takes_the_sum_of_its_detailed_telling():
    for lead, detail, want in (
        ("In 2017 it was fined by the competition authority for its part in a cartel.",
         "In March 2017 the competition authority fined Acme €68 million for fixing prices.", (Decimal("68000000"), "EUR")),
        ("The data-protection office fined the company in 2021 over a leak of customer data.",
         "In May 2021 the office fined Acme £420,000 for the leak.", (Decimal("420000"), "GBP")),
        ("That year the tax service assessed it for back taxes, and it was fined in 2019.",
         "In June 2019 the tax service fined Acme €5 million in unpaid tax and penalties.", (Decimal("5000000"), "EUR")),
    ):
        facts = _facts(SUMMARY.format(lead=lead, detail=detail))
        lead_fact = next(f for f in facts if f.provenance.section is None)
        assert lead_fact.value.type == "fine"
        assert want in _sums(lead_fact.value), lead


def test_a_summary_keeps_no_sum_when_the_tellings_disagree_or_it_is_no_fine():
    two = SUMMARY.format(lead="In 2017 it was fined by the competition authority.",
                         detail="In March 2017 the authority fined Acme €6 million. In June 2017 the labour office fined Acme €2 million.")
    lead = next(f for f in _facts(two) if f.provenance.section is None)
    assert lead.value.amounts == ()
    reprimand = SUMMARY.format(lead="In 2019 the exchange reprimanded the company for a late disclosure.",
                               detail="In 2019 a labour court ordered Acme to pay €12 million in damages to its drivers.")
    for f in _facts(reprimand):
        if f.provenance.section is None:
            assert f.value.amounts == ()


def _parties_of(text):
    return [[(p.entity.title, p.role) for p in f.value.participants] for f in _facts(text)]


def test_a_body_named_by_its_kind_is_the_one_named_before():
    text = ("'''Acme''' makes things.\n\n== Legal issues ==\n"
            "In 2019 the [[European Commission]] fined Acme €5 million for fixing prices. "
            "In June 2021 the commission opened a formal investigation into its rebates.")
    assert ("European Commission", "regulator") in _parties_of(text)[1]
    text = ("'''Acme''' makes things.\n\n== Legal issues ==\n"
            "In 2018 farmers sued Acme in the [[Valparaíso Court of Appeals]] over its wells. "
            "The court dismissed the case in 2019.")
    assert ("Valparaíso Court of Appeals", "court") in _parties_of(text)[1]
    text = ("'''Acme''' makes things.\n\n== Legal issues ==\n"
            "In 2015 the [[Competition Authority (Kenya)|Competition Authority of Kenya]] opened an inquiry into Acme. "
            "In 2016 the authority fined the company KSh 40 million for abusing its buyer power.")
    assert ("Competition Authority (Kenya)", "regulator") in _parties_of(text)[1]


def test_no_body_is_carried_from_another_section_or_when_the_sentence_names_one():
    other_section = ("'''Acme''' makes things.\n\n== History ==\nIn 2012 the [[European Commission]] cleared its merger."
                     "\n\n== Legal issues ==\nIn 2019 the commission fined Acme €5 million for fixing prices.")
    assert all(t != "European Commission" for ps in _parties_of(other_section) for t, _ in ps)
    named = ("'''Acme''' makes things.\n\n== Legal issues ==\n"
             "In 2019 the [[European Commission]] fined Acme €5 million. "
             "In 2021 the court, the [[General Court (European Union)|General Court]], upheld the fine.")
    assert [t for t, _ in _parties_of(named)[1]] == ["General Court (European Union)"]


def test_a_law_is_no_party():
    for law in ("False Claims Act", "Oil Pollution Act of 1990", "Labor Standards Act (Taiwan)",
                "General Data Protection Regulation", "Environmental Permitting Regulations"):
        assert controversies.is_law(law), law
    for body in ("State Administration for Market Regulation", "Financial Conduct Authority", "Acme Regulatory Board"):
        assert not controversies.is_law(body), body
    text = ("'''Acme''' makes things.\n\n== Legal issues ==\nIn 2019 the [[United States Department of Justice]] sued "
            "Acme under the [[False Claims Act]] over its billing.")
    (parties,) = _parties_of(text)
    assert [t for t, _ in parties] == ["United States Department of Justice"]
