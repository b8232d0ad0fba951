"""Controversy recall, round 23: cue families read anywhere in the article."""

from __future__ import annotations

import pytest

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article


def _extract(text, title="Acme"):
    page = Page(title=title, revision=1, wikitext=text)
    return [f.value for f in controversies.extract(parse_article(page))]


def _in(section, sentence):
    return _extract(f"'''Acme''' makes kettles.\n\n== {section} ==\n{sentence}")


@pytest.mark.parametrize("sentence", [
    "In 1994 the company dismissed 300 strikers at its Leeds plant.",
    "Twelve union delegates were sacked after the stoppage of March 2003.",
    "In June 2011 Acme fired six of the strike's organisers, among them the union's secretary.",
    "The management dismissed 85 workers it accused of organising the stoppage in 2016.",
    "In 2008 the mill fired 40 employees for joining the sit-in.",
])
def test_a_dismissal_of_strikers_or_unionists_is_a_controversy_anywhere(sentence):
    for section in ("History", "Controversies"):
        assert [e.type for e in _in(section, sentence)] == ["layoffs"], section


@pytest.mark.parametrize("sentence", [
    "In 2009 the company dismissed 300 workers when it closed the Leeds plant.",
    "The union's organisers were received by the minister in 2004.",
    "In 2015 Acme fired its chief financial officer.",
])
def test_other_dismissals_are_no_controversy_outside_a_section(sentence):
    assert _in("History", sentence) == []


def test_a_dismissal_and_the_later_ruling_on_it_are_one_case():
    events = _in("Controversies", "Three union officers were dismissed in May 2010, and a labour court "
                                  "ordered their reinstatement in 2012.")
    assert [(e.type, e.date.iso[:4]) for e in events] == [("layoffs", "2010")]


@pytest.mark.parametrize("sentence", [
    "In 2014 a coalition of fishermen's groups accused the company of dumping brine into the bay.",
    "Amnesty International published a report in 2019 accusing the group of using forced labour at two mines.",
    "Since 2016 the chain has been criticised over the wages paid at its suppliers' factories.",
    "Consumer groups have accused it of hiding fees in its contracts since 2011.",
    "The insurer, founded in 1902, grew quickly; the firm has been condemned for its treatment of claimants.",
])
def test_an_accusation_of_the_company_is_a_controversy_anywhere(sentence):
    assert [e.type for e in _in("History", sentence)] == ["other"]


@pytest.mark.parametrize("sentence", [
    "In 2014 the company accused its former distributor of selling counterfeit kettles.",
    "Acme accused Globex of copying its designs in 2012.",
    "The novel, published in 1999, was criticised by reviewers.",
    "In 2010 the company was named one of the best employers in Wales.",
])
def test_accusations_by_the_company_or_of_others_are_no_controversy(sentence):
    assert _in("History", sentence) == []


def _timeline(entry):
    return _extract(f"'''Acme''' makes kettles.\n\n== Timeline ==\n* {entry}\n")


@pytest.mark.parametrize(("entry", "type_"), [
    ("'''2014''' – Frozen pizza recall.", "recall"),
    ("'''1998''' – Second strike at the Leeds works (3–19 May).", "strike"),
    ("'''2019''' – Labour inspectorate fine for unpaid overtime.", "fine"),
    ("'''2021''' – Shareholder class action over the merger.", "lawsuit"),
    ("'''March 2003''': Consumer boycott.", "boycott"),
])
def test_a_timeline_entry_named_by_a_controversy_noun(entry, type_):
    assert [e.type for e in _timeline(entry)] == [type_]


@pytest.mark.parametrize("entry", [
    "'''2010''' – Opens a fine dining restaurant in Leeds.",
    "'''2012''' – Strike Capital buys a minority stake.",
    "'''2016''' – Enters the fine chemicals market.",
    "'''2001''' – Kettle recall campaign manager appointed as chief executive of the subsidiary company.",
])
def test_other_timeline_entries_are_no_controversy(entry):
    assert _timeline(entry) == []


@pytest.mark.parametrize("sentence", [
    "In March 2012 the board appointed an independent committee to examine the payments to agents.",
    "A special investigation committee was set up in 2008 after the auditors resigned.",
    "In 2019 the directors hired the law firm Baker & Co to investigate the complaints of a former manager.",
    "The company retained forensic accountants in 2021 to review the accounts of its Polish subsidiary.",
])
def test_an_independent_inquiry_into_the_company_is_an_investigation(sentence):
    assert [e.type for e in _in("History", sentence)] == ["investigation"]


@pytest.mark.parametrize("sentence", [
    "In 2012 the board appointed a nominations committee chaired by Jane Roe.",
    "The company hired the law firm Baker & Co in 2015 to advise on the merger.",
    "An audit committee was formed in 2004 when the shares were listed.",
])
def test_other_committees_and_advisers_are_no_controversy(sentence):
    assert _in("History", sentence) == []
