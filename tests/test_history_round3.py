"""Rules of the history extractor from the third round of issue 14 (causes counted across
the held-out sets, not read from one article): each on sentences written for the test."""

from __future__ import annotations

from kg.extractors.history import events, found_events
from kg.sources import Page
from kg.text.mentions import company_names
from kg.text.parse import parse_article
from tests.test_history_rules import _events, _roles, _summary

# ---------------------------------------------------------------- the company's former names


def test_the_infobox_former_names_denote_the_company():
    text = ("{{Infobox company\n| name = Corvid Bank Plc\n"
            "| former_name = {{Unbulleted list|Corvid Trust Limited (1961–1990)|Corvid Savings Bank (1990–2004)}}\n}}\n"
            "'''Corvid Bank Plc''' is a lender.\n\n== History ==\n"
            "Corvid Trust Limited was incorporated in Accra on 3 May 1961 by a group of merchants.\n")
    art = parse_article(Page("Corvid Bank", text))
    names = company_names(art)
    assert {"corvid trust limited", "corvid trust", "corvid savings bank"} <= names
    assert not any("1961" in n for n in names)  # the years of each name are dropped
    assert _summary([e for e, _ in events(art)]) == [("founding", "1961-05-03")]


def test_the_lead_names_the_company_started_as_denote_it():
    text = ("'''Pellow Freight''' is a railway.\nIncorporated in 1871 as the Pellow and Dane Valley Railway, "
            "the company took its present name in 1920.\n\n== History ==\n"
            "=== Early years ===\n"
            "The Pellow and Dane Valley Railway was incorporated by an act of parliament on March 2, 1871.\n")
    art = parse_article(Page("Pellow Freight", text))
    assert "pellow and dane valley railway" in company_names(art)
    # one founding, told with the day in the History section (the lead's year-only recap merged into it)
    founding = [(e.date.iso, ds.sentence.text[:16]) for e, ds in events(art) if e.type == "founding"]
    assert founding == [("1871-03-02", "The Pellow and D")]


def test_a_founding_as_a_common_noun_names_nobody():
    text = "'''Dunmore Bank''' is a bank.\nFounded in 1993 as a merchant bank, Dunmore became a universal bank.\n"
    assert "a merchant bank" not in company_names(parse_article(Page("Dunmore Bank", text)))


# ---------------------------------------------------------------- clauses that describe another party


def test_a_relative_clause_tells_its_heads_act_not_the_companys():
    assert _events("Talks in 2012 with [[Ostra Holdings]], which had bought [[Pilkey Mills]] the year before, "
                   "led nowhere.\n") == []
    [buy] = _events("In 2005 Acme bought [[Widgetron]], which had acquired Foo Ltd in 2001.\n")
    assert _summary([buy]) == [("acquisition", "2005")] and _roles(buy) == {("Widgetron", "target")}


def test_a_relative_clause_of_the_company_or_in_the_passive_stays_the_companys():
    # "which Acme bought": the company is the subject
    assert _summary(_events("In 2011 [[Widgetron]], which Acme bought in 2005, opened a plant.\n")) == [
        ("acquisition", "2005")]
    # "which was commissioned": what was done to the head, by the company
    evs = _events("In May 2014 Acme began to build the Carrow solar park near [[Lincoln]], which was "
                  "commissioned in 2016.\n")
    assert ("expansion", "2016") in _summary(evs)


def test_an_apposition_that_says_how_a_party_came_about_is_no_event():
    evs = _events("In 2019 Acme extended its haulage contract to 2030 with [[Brenmark]], the company formed "
                  "that year by the merger of Bren Foods and Markham Dairies.\n")
    assert "merger" not in {e.type for e in evs}


# ---------------------------------------------------------------- hedges


def test_an_expectation_or_a_rumour_is_no_event():
    assert _events("In 2011 Acme was widely expected to acquire [[Bexley Foods]].\n") == []
    assert _events("Rumours in 2015 that Acme had bought [[Bexley Foods]] proved false.\n") == []
    assert _events("In 2015 there were rumours that Acme had acquired [[Bexley Foods]].\n") == []


def test_an_opening_when_clause_of_another_party_is_a_circumstance():
    assert _events("After the [[Bank of Ghana]] introduced universal banking in 2003, the bank applied "
                   "for a licence.\n") == []
    # the company's own act in the opening clause is still an event
    assert _summary(_events("After it bought [[Widgetron]] in 2003, Acme kept its brand.\n")) == [
        ("acquisition", "2003")]


# ---------------------------------------------------------------- where an article tells its history

_ERAS = """{{Infobox company
| name = Brackwell Mills plc
| founded = 1845
}}
'''Brackwell Mills plc''' is a British textile manufacturer based in [[Bradford]].

== Origins and early growth (1845–1913) ==
Brackwell Mills was founded by Josiah Brackwell in [[Bradford]] in 1845. In 1890 the company opened a
spinning mill in [[Halifax, West Yorkshire|Halifax]].

== Wartime and nationalisation (1914–1979) ==
In 1921 Brackwell merged with [[Lister Worsted]]. The company was nationalised in 1949.

== Privatisation and expansion (1980–present) ==
Brackwell was floated on the [[London Stock Exchange]] in 1987. In 2004 it acquired the Italian weaver
[[Tessitura Moretti]] for €40 million.

== Products ==
It has made worsted cloth since 1845. In 2010 it bought a new loom.
"""


def test_era_sections_at_the_top_level_are_the_history():
    art = parse_article(Page("Brackwell Mills", _ERAS))
    found = {(e.type, e.date.iso): ds.role for e, ds in events(art)}
    assert found == {("founding", "1845"): "history", ("expansion", "1890"): "history",
                     ("merger", "1921"): "history", ("other", "1949"): "history",
                     ("ipo", "1987"): "history", ("acquisition", "2004"): "history"}


_TIMELINE = """'''Corran Shipping''' is a Norwegian shipping company.

== Corporate history ==
Corran Shipping was established in [[Bergen]] in 1902. In 1958 the company acquired [[Vestland Rederi]].

== History and development ==
In 1977 Corran opened an office in [[Singapore]].

== Timeline ==
* 1902 – Corran Shipping is founded in Bergen.
* 1966 – Corran acquires the Danish operator [[Holm Linjen]].
* 2008 – Corran opens a regional office in [[Houston]].
* 2019 – The company sells its tanker division to [[Frontline (company)|Frontline]].
"""


def test_corporate_history_history_and_development_and_a_bulleted_timeline():
    art = parse_article(Page("Corran Shipping", _TIMELINE))
    evs = [e for e, _ in events(art)]
    assert sorted(_summary(evs)) == [("acquisition", "1958"), ("acquisition", "1966"), ("divestiture", "2019"),
                                     ("expansion", "1977"), ("expansion", "2008"), ("founding", "1902")]
    [sale] = [e for e in evs if e.type == "divestiture"]
    assert ("Frontline", "buyer") in _roles(sale)


# ---------------------------------------------------------------- what kind of event it is


def test_a_bond_listed_on_an_exchange_is_debt_funding_not_a_listing_of_the_company():
    [bond] = _events("In May 2016 Acme issued a US$250 million seven-year [[Eurobond]] at a coupon of 7.25 per cent, "
                     "listed on the [[Luxembourg Stock Exchange]].\n")
    assert _summary([bond]) == [("funding_round", "2016-05")]
    # the exchange is no investor: since round 33 it is the bond's `exchange` (most sets' gold list it)
    assert _roles(bond) == {("Luxembourg Stock Exchange", "exchange")}
    # the company's own shares listed on an exchange stay a listing
    [ipo] = _events("Acme was listed on the [[Nairobi Securities Exchange]] in 2009.\n")
    assert ipo.type == "ipo"


def test_a_subsidiary_set_up_is_an_expansion():
    [us] = _events("A Canadian subsidiary was set up in [[Calgary]] in 2007.\n")
    assert _summary([us]) == [("expansion", "2007")] and _roles(us) == {("Calgary", "location")}
    assert _summary(_events("Acme Fleet, a leasing subsidiary set up in 2012 for small customers, grew fast.\n")) == [
        ("expansion", "2012")]
    assert _summary(_events("In 1961 Acme created Acme Overseas Corporation, a subsidiary to run its export "
                            "business.\n")) == [("expansion", "1961")]
    # another party's subsidiary is not the company's expansion
    assert _events("In 2010 [[Widgetron]] set up a subsidiary in [[Brazil]].\n") == []


# ---------------------------------------------------------------- confidence


def test_a_lead_event_weighs_more_where_the_article_has_no_history_section():
    lead = "'''Acme Corp''' is a maker of widgets. It was founded in [[Leeds]] in 1921.\n"
    company = frozenset({"acme corp", "acme"})
    [alone] = found_events(parse_article(Page("Acme Corp", lead + "\n== Products ==\nWidgets.\n")))
    [summary] = found_events(parse_article(Page("Acme Corp", lead + "\n== History ==\nAcme grew.\n")))
    assert _summary([alone.event]) == _summary([summary.event]) == [("founding", "1921")]
    assert not alone.evidence(company).history_elsewhere and summary.evidence(company).history_elsewhere
    assert alone.confidence(company) > summary.confidence(company)
