"""The sums of controversies and history events: a summary takes the sum its case's detailed
telling names (``controversies.summary_sums``, paired with its tellings by
``controversies.case_tellings``), and a bare "$" is the peso of an article that writes its peso
so (``kg.text.currency``). The sentences are written for the test."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.model import Event
from kg.sources import Page
from kg.text.parse import parse_article
from tests.test_redenom20 import _event_amounts


def _summary(lead: str, detail: str) -> list[tuple[str, str | None, tuple]]:
    """The controversies the lead tells: (type, date, sums)."""
    page = Page(title="Acme", revision=1,
                wikitext=f"'''Acme''' makes kettles. {lead}\n\n== Controversies ==\n{detail}\n")
    return [(f.value.type, f.value.date.iso if f.value.date else None,
             tuple(sorted((str(m.amount), m.currency) for m in f.value.amounts)))
            for f, _ in controversies.extract_with_evidence(parse_article(page)) if f.provenance.section is None]


@pytest.mark.parametrize("lead, detail, sums", [
    # a settlement told without its sum
    ("Acme settled charges brought by the Securities and Exchange Commission in 2019 without admitting wrongdoing.",
     "In May 2019 Acme agreed to pay a civil penalty of €12 million to settle the Securities and Exchange "
     "Commission's charges over its books.", (("12000000", "EUR"),)),
    # a leniency agreement, told twice in detail, once with the bribes of the case too
    ("In 2017 Acme signed a leniency agreement with prosecutors in which it admitted bribing officials.",
     "In June 2017 Acme signed a leniency agreement with federal prosecutors, agreeing to pay €45 million.\n\n"
     "=== Bribery ===\nUnder the leniency agreement of June 2017 Acme admitted paying €3 million in bribes and "
     "agreed to pay €45 million.", (("45000000", "EUR"),)),
    # a plea agreement
    ("Acme entered a plea agreement with the Department of Justice in 2021 over price fixing.",
     "In April 2021 Acme pleaded guilty to price fixing and paid a criminal fine of €30 million.",
     (("30000000", "EUR"),)),
])
def test_a_settled_or_agreed_case_takes_its_tellings_sum(lead, detail, sums):
    assert [s for t, _, s in _summary(lead, detail) if t == "fine"] == [sums]


@pytest.mark.parametrize("lead, detail, sums", [
    # a suit of the same month told again with the damages it sought
    ("In March 2015 Kettlemax sued Acme in the district court over its heating-element patents.",
     "Kettlemax's suit of March 2015 sought €90 million in damages.", (("90000000", "EUR"),)),
    ("Acme was sued by a group of franchisees in October 2018, who said it had overcharged them for supplies.",
     "The franchisees' lawsuit, filed in October 2018, claimed damages of £14 million.",
     (("14000000", "GBP"),)),
    # a suit of the year only: the year holds several suits, so no sum
    ("In 2018 Kettlemax sued Acme over its heating-element patents.",
     "Kettlemax's suit of March 2018 sought $90 million in damages.", ()),
    # two suits of the same month with two sums: none
    ("In March 2015 two rivals sued Acme over its heating-element patents.",
     "One suit of March 2015 sought $90 million in damages.\n\nAnother suit of March 2015 sought $40 million in "
     "damages.", ()),
])
def test_a_suit_takes_the_sum_of_its_telling_of_the_same_month(lead, detail, sums):
    assert [s for t, _, s in _summary(lead, detail) if t == "lawsuit"] == [sums]


def test_tellings_that_share_no_sum_leave_the_summary_without_one():
    lead = "Acme was fined twice in 2022 by regulators."
    detail = ("In June 2022 the consumer authority fined Acme €1.2 million over loot boxes.\n\n"
              "In October 2022 the data protection board fined the company €340,000 for a late report.")
    assert [s for t, _, s in _summary(lead, detail) if t == "fine"] == [()]


@pytest.mark.parametrize("country, history, sum_", [
    ("Argentina", "In 2019 the company received a loan of $45,000 million from a state bank. In March 2020 the "
     "aviation authority fined the company $8 million over maintenance records. In 2021 it bought two aircraft "
     "for US$90 million.", ("8000000", "ARS")),
    ("Colombia", "The company sold a farm for $38,000 million in 2016. In 2022 the Ministry of Labour fined it "
     "$520 million for anti-union conduct; it bought a packing plant in Miami for US$12 million in 2023.",
     ("520000000", "COP")),
    ("Chile", "A bond of $120,500 million was issued in 2014. In 2018 the environmental regulator fined the "
     "company $950 million for excess water use.", ("950000000", "CLP")),
])
def test_a_bare_dollar_is_the_peso_of_an_article_that_writes_its_peso_so(country, history, sum_):
    assert sum_ in _event_amounts(country, history)


@pytest.mark.parametrize("country, history, sum_", [
    # no figure written the Spanish way: the article's US$ decides, as before
    ("Mexico", "In 2012 the company bought a restaurant chain for US$120 million. In 2013 it acquired 362 "
     "restaurants for $626 million.", ("626000000", "USD")),
    # a company of a country whose dollar is its own currency: unchanged
    ("United States", "The company sold a plant for $38,000 million in 2016. In 2018 it bought a rival for "
     "$95 million.", ("95000000", "USD")),
])
def test_a_bare_dollar_elsewhere_is_read_as_before(country, history, sum_):
    assert sum_ in _event_amounts(country, history)


def _founding_sums(country: str, history: str, founded: str = "") -> list[tuple[str, str | None]]:
    from tests.infoboxes import infobox, page_facts

    params = {"name": "Test Company", "hq_location_country": country, "industry": "Software"}
    if founded:
        params["founded"] = founded
    facts = page_facts("Test Company", infobox(**params) + "'''Test Company''' is a company.\n\n== History ==\n"
                       + history + "\n")
    return sorted((str(m.amount), m.currency) for f in facts if isinstance(f.value, Event) and f.value.type == "founding"
                  for m in f.value.amounts)


@pytest.mark.parametrize("country, history, sums", [
    ("China", "Li Wei founded Test Company in Hangzhou in 2009 together with a former colleague, with 3 million yuan "
     "of their own savings.", [("3000000", "CNY")]),
    ("United States", "Mary Cole founded the company in Denver in 1998 with $40,000 borrowed from her father.",
     [("40000", "USD")]),
    ("Germany", "The brothers Karl and Otto Weiss established the company in Kassel in 1995 with €25,000 lent by "
     "an uncle.", [("25000", "EUR")]),
    # no money: the founders' staff or tools are no sum
    ("United States", "Mary Cole founded the company in Denver in 1998 with two engineers borrowed from a "
     "university lab.", []),
])
def test_a_founding_takes_the_founders_own_or_borrowed_money(country, history, sums):
    assert _founding_sums(country, history) == sums


@pytest.mark.parametrize("history, sums", [
    ("Anna Berg and Olof Lind, who had met at university, registered Berglind Data AB on 4 May 1993, with a "
     "capital of 50,000 kronor.", [("50000", "SEK")]),
    ("Berglind Data AB was registered in Uppsala on 4 May 1993 by Anna Berg and Olof Lind, who had worked "
     "together at Ericsson, with 80,000 kronor of their own savings as share capital.", [("80000", "SEK")]),
    ("Anna Berg and Olof Lind, who had met at university, registered Berglind Data AB on 4 May 1993.", []),
])
def test_the_founding_of_the_infobox_day_takes_its_capital(history, sums):
    assert _founding_sums("Sweden", history, founded="{{start date|1993|05|04}}") == sums


def _licence_sums(history: str) -> list[tuple[str, str | None]]:
    from tests.infoboxes import infobox, page_facts

    facts = page_facts("Test Company", infobox(name="Test Company", hq_location_country="Kenya", industry="Telecoms")
                       + "'''Test Company''' is a mobile operator.\n\n== History ==\n" + history + "\n")
    return sorted((str(m.amount), m.currency) for f in facts if isinstance(f.value, Event) and "icence" in f.value.label
                  for m in f.value.amounts)


@pytest.mark.parametrize("history, sums", [
    ("In March 2009 the regulator awarded the company a 20-year mobile licence for US$40 million.",
     [("40000000", "USD")]),
    ("The company was granted a national 4G licence in June 2016, paying US$25 million for it.",
     [("25000000", "USD")]),
    ("In 2012 it was awarded a spectrum licence for KSh 2 billion after an auction.", [("2000000000", "KES")]),
    ("In 2012 it was awarded a spectrum licence after an auction.", []),
])
def test_a_licence_takes_the_fee_paid_for_it(history, sums):
    assert _licence_sums(history) == sums


def _case_sums(sentence: str) -> list[tuple[str, tuple]]:
    page = Page(title="Acme", revision=1, wikitext=f"'''Acme''' makes pumps.\n\n== Controversies ==\n{sentence}\n")
    return [(f.value.type, tuple(sorted((str(m.amount), m.currency) for m in f.value.amounts)))
            for f in controversies.extract(parse_article(page))]


@pytest.mark.parametrize("sentence, sums", [
    # the sum set aside for a recall, or the size of an accounting fraud
    ("In May 2019 Acme recalled 12,000 pumps with faulty seals and set aside €40 million for repairs.",
     (("40000000", "EUR"),)),
    ("In 2016 an inquiry found that Acme had overstated its profit by £120 million over five years.",
     (("120000000", "GBP"),)),
    ("Acme recalled 8,000 boilers in 2021 and booked a provision of €15 million for the repairs.",
     (("15000000", "EUR"),)),
])
def test_the_cost_or_size_of_a_case_is_its_amount(sentence, sums):
    assert [s for _, s in _case_sums(sentence)] == [sums]
