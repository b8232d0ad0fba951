"""The fields of matched history events (issue 14, round 23, second pass): the company named
by a short form of its title is no party of its own events, also where its first word ends as a
demonym may ("Tanvari", "Moerangi") or a link of the article names a river or a place with it,
and where the short form is the title's first two words ("Halden Ridge" of Halden Ridge Energy
Services)."""

from __future__ import annotations

import pytest

from kg.sources import Page
from kg.text import mentions
from kg.text.parse import parse_article
from tests.test_fields18 import _events


def _names(wikitext, title):
    return mentions.company_names(parse_article(Page(title=title, revision=1, wikitext=wikitext)))


def _parts(text, kind, title):
    return [(p.entity.label, p.role) for e, _ in _events(text, title) if e.type == kind for p in e.participants]


# ---------------------------------------------------------------- a short name with a demonym's ending

_SHORT_I = [
    ("Tanvari Systems", "Tanvari"),
    ("Moerangi Forest Products", "Moerangi"),
    ("Ostrovski Tools", "Ostrovski"),
]


@pytest.mark.parametrize(("title", "short"), _SHORT_I)
def test_a_first_word_ending_as_a_demonym_may_is_a_short_name(title, short):
    text = (f"In 2001 {short} opened a plant in [[Pune]]. In 2004 {short} signed a contract with [[Lufthansa]]. "
            f"{short} bought [[Orbis Data]] in 2006.")
    parts = _parts(text, "acquisition", title)
    assert ("Orbis Data", "target") in parts, parts
    assert short not in [n for n, _ in parts], parts
    assert short.lower() in _names(f"'''{title}''' is a company.\n\n== History ==\n{text}\n", title)


@pytest.mark.parametrize("title", ["Israeli Aerospace Works", "Czech Glassworks", "Swiss Cable Group"])
def test_a_demonym_is_no_short_name(title):
    first = title.split()[0]
    text = f"{first} firms grew. {first} banks lent. {first} suppliers won orders. {first} exporters took part."
    assert first.lower() not in _names(f"'''{title}''' is a company.\n\n== History ==\n{text}\n", title)


def test_a_family_name_with_a_demonyms_ending_is_no_short_name():
    # "Aurelio Tanvari" founded the company: "Tanvari" alone may name him or his brother
    title = "Tanvari Alimentos"
    text = ("Luigi and Aurelio Tanvari opened a shop in 1957. Tanvari opened a plant in 1960. "
            "Tanvari signed a contract in 1970. Tanvari bought [[Orbis]] in 1980.")
    assert "tanvari" not in _names(f"'''{title}''' is a company.\n\n== History ==\n{text}\n", title)


def test_a_linked_short_name_of_a_river_still_names_the_company_that_acts():
    title = "Kaveti Infotech"
    text = ("The name was taken from the [[Kaveti]] river. In 2005 Kaveti bought [[Stratline Consulting]]. "
            "In 2008 [[Qantas]] awarded Kaveti a contract. In 2012 Kaveti signed a contract with [[Lufthansa]].")
    parts = _parts(text, "acquisition", title)
    assert parts == [("Stratline Consulting", "target")], parts
    assert "kaveti" in _names(f"'''{title}''' is a company.\n\n== History ==\n{text}\n", title)


# ---------------------------------------------------------------- a short name of two words

_TWO_WORDS = [
    ("Halden Ridge Energy Services", "Halden Ridge", "divestiture", "In 2024 Halden Ridge sold its sand mine to "
     "[[Atlas Sands]]. Halden Ridge opened a yard in 2010. Halden Ridge bought a fleet in 2012."),
    ("Copper Lake Mining Company", "Copper Lake", "acquisition", "Copper Lake opened a mine in 1990. "
     "In 2001 Copper Lake bought [[Northfield Gold]]. Copper Lake cut 300 jobs in 2009."),
    ("Blue Harbour Shipping Lines", "Blue Harbour", "partnership", "In 2015 Blue Harbour signed a charter "
     "agreement with [[Maersk]]. Blue Harbour opened an office in 2016. Blue Harbour took delivery in 2017."),
]


@pytest.mark.parametrize(("title", "short", "kind", "text"), _TWO_WORDS)
def test_the_first_two_words_of_a_long_title_name_the_company(title, short, kind, text):
    assert short.lower() in _names(f"'''{title}''' is a company.\n\n== History ==\n{text}\n", title)
    parts = _parts(text, kind, title)
    assert parts and short not in [n for n, _ in parts], parts


def test_two_words_are_no_short_name_where_the_first_alone_is_one():
    title = "Tarnwater Lake Group"
    text = "Tarnwater opened a plant in 1990. Tarnwater bought [[Orbis]] in 2001. Tarnwater cut jobs in 2009."
    names = _names(f"'''{title}''' is a company.\n\n== History ==\n{text}\n", title)
    assert "tarnwater" in names and "tarnwater lake" not in names


# ---------------------------------------------------------------- the seller of a business, a site or a portfolio

_SELLERS = [
    # the owner of a site told with a long description between ("the grain and fertiliser terminal of the ...")
    ("In 2011 Brevik Haulage bought the grain and fertiliser terminal of the Bergen-based shipping house "
     "[[Ostra Rederi]] for NOK 400 million.", "Ostra Rederi"),
    ("In 2012 Brevik Haulage acquired the frozen-food and dairy plants of the Oslo-listed retail group "
     "[[Norrmat]].", "Norrmat"),
    # the one paid for what was bought
    ("In 2019 Brevik Haulage paid NOK 900 million to [[Nordic Capital]] for [[Fjellfrakt]], a haulier in Bodø.",
     "Nordic Capital"),
    ("In 2004 Brevik Haulage took over the bankrupt haulier Vestfrakt, paying €3 million to the "
     "[[Norwegian Bankruptcy Estate Office]].", "Norwegian Bankruptcy Estate Office"),
    ("In 2016 Brevik Haulage bought [[Fjellfrakt]] for NOK 200 million, paid to [[Altor]] in cash.", "Altor"),
    # a name before a business, a portfolio or customers that changed hands
    ("The [[Ostra Rederi]] portfolio of Swiss clients was acquired in 2015.", "Ostra Rederi"),
    ("In 2010 Brevik Haulage bought the [[Norrmat]] wholesale operations in Trondheim.", "Norrmat"),
    ("In 2013 Brevik Haulage acquired the [[Telenor]] customer base for NOK 50 million.", "Telenor"),
]


@pytest.mark.parametrize(("sentence", "seller"), _SELLERS)
def test_the_owner_of_what_was_bought_is_the_seller(sentence, seller):
    parts = _parts(sentence, "acquisition", "Brevik Haulage")
    assert (seller, "seller") in parts, parts


_NOT_SELLERS = [
    # a name before a plant names the plant, what was bought
    ("In 2009 Brevik Haulage bought the [[Tarrow Valley]] cement plant from [[Holcim]].", "Tarrow Valley"),
    # a business whose owner follows: the name before it is no seller
    ("In 2010 Brevik Haulage bought the [[Geneva]] wealth-management business of [[HSBC]].", "Geneva"),
    # "paid" for no sale: the name after "to" is where the money went
    ("In 2018 Brevik Haulage bought [[Fjellfrakt]] and paid a dividend to its shareholders.", "Fjellfrakt"),
]


@pytest.mark.parametrize(("sentence", "name"), _NOT_SELLERS)
def test_a_name_that_did_not_sell_is_no_seller(sentence, name):
    parts = _parts(sentence, "acquisition", "Brevik Haulage")
    assert (name, "seller") not in parts, parts


# ---------------------------------------------------------------- a leading clause before the company's act

_LEADING = [
    ("When [[Ostra Rederi]] collapsed in May 2001, Brevik Haulage bought its Bodø depot from the liquidators "
     "for NOK 12 million.", "acquisition", ("Ostra Rederi", "seller")),
    ("After the collapse of the Bergen hauliers [[Ostra Rederi]], the firm bought their Bodø depot from their "
     "administrators in 1999.", "acquisition", ("Ostra Rederi", "seller")),
    ("When [[Fjellfrakt]] filed for bankruptcy in 2019, Brevik Haulage bought its trailers from it for "
     "NOK 20 million.", "acquisition", ("Fjellfrakt", "seller")),
    # no seller pointed back at: the leading clause's name is no party
    ("Although [[Telenor]] had bid for it, Brevik Haulage bought [[Fjellfrakt]] in 2019.", "acquisition",
     ("Fjellfrakt", "target")),
    ("While [[Norrmat]] cut its orders, the company signed a supply agreement with [[Coop Norge]] in 2012.",
     "partnership", ("Coop Norge", "partner")),
]


@pytest.mark.parametrize(("sentence", "kind", "part"), _LEADING)
def test_a_leading_clause_names_no_doer_and_the_seller_when_what_was_bought_came_from_it(sentence, kind, part):
    parts = _parts(sentence, kind, "Brevik Haulage")
    assert part in parts, parts
    if part[1] != "seller":
        assert len(parts) == 1, parts


def test_a_phrase_of_the_event_before_the_subject_still_names_a_party():
    parts = _parts("In a consortium with [[Astra Vagoane]], Brevik Haulage won a NOK 900 million contract with "
                   "[[Ruter]] in 2019.", "partnership", "Brevik Haulage")
    assert ("Astra Vagoane", "partner") in parts, parts


# ---------------------------------------------------------------- a person named shorter than the article writes him

_IN_FULL = [
    ("In 2005 the naval architect Nikos Fragkou joined Brevik Haulage.\n\nFragkou became chief executive in "
     "2010.\n\nFragkou retired in June 2022 and Lie took back the post of chief executive.", "Nikos Fragkou"),
    ("In 1999 Pieter du Toit joined Brevik Haulage.\n\nDu Toit became chief executive in 2003.\n\n"
     "Du Toit retired as chief executive in 2011, and Henk Venter succeeded him.", "Pieter du Toit"),
    ("The company was founded by S. Anand Ramanathan in 1984.\n\nRamanathan became managing director in 1990.\n\n"
     "Ramanathan retired on 31 March 2014.", "S. Anand Ramanathan"),
]


@pytest.mark.parametrize(("text", "full"), _IN_FULL)
def test_a_chief_who_left_is_named_in_full_as_the_article_writes_him(text, full):
    parts = _parts(text, "leadership_change", "Brevik Haulage")
    names = [n for n, _ in parts]
    assert full in names, parts


def test_a_family_name_of_two_people_stays_as_it_is():
    text = ("The company was founded by Nikos Fragkou and his brother Petros Fragkou in 2001.\n\n"
            "Fragkou became chief executive in 2010.\n\nFragkou retired in June 2022.")
    names = [n for n, _ in _parts(text, "leadership_change", "Brevik Haulage")]
    assert "Nikos Fragkou" not in names and "Petros Fragkou" not in names, names
