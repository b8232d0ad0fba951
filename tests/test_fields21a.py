"""The participants of matched history events (issue 14, round 21): a name used attributively
before another party's noun ("the Bergen shipowner Ole Brevik") is no party, and neither is the
past employer or school of the people named ("two veterans of X", "engineers who had worked
for X")."""

from __future__ import annotations

from tests.test_fields18 import _events


def _roles(sentence, kind, title="Brevik Haulage"):
    return [(p.entity.label, p.role) for e, _ in _events(sentence, title) if e.type == kind for p in e.participants]


def _names(sentence, kind, title="Brevik Haulage"):
    return {name for name, _ in _roles(sentence, kind, title)}


# ---------------------------------------------------------------- a name used as a modifier


def test_a_place_before_a_persons_noun_is_no_founder():
    names = _names("The [[Bergen]] shipowner Ole Brevik and the trader Nils Dahl founded Brevik Haulage in 1931.",
                   "founding")
    assert "Bergen" not in names, names
    names = _names("In 1931 the [[Molde]] merchant Ole Brevik founded Brevik Haulage with two lorries.", "founding")
    assert "Molde" not in names, names
    names = _names("Brevik Haulage was founded in 1931 by a [[Narvik]] lawyer, Ole Brevik.", "founding")
    assert "Narvik" not in names, names


def test_a_place_before_a_named_organisation_is_no_partner():
    names = _names("In 2012 Brevik Haulage and the [[Trondheim]] engineering group Fjordverk formed a joint venture, "
                   "Brevik Fjord.", "joint_venture")
    assert "Trondheim" not in names, names
    names = _names("In 2015 Brevik Haulage signed a ten-year agreement with the [[Oslo]] freight forwarder "
                   "Nordlast AS.", "partnership")
    assert "Oslo" not in names, names
    names = _names("In 2019 Brevik Haulage acquired the [[Stavanger]] removals company Flyttefix for NOK 40 million.",
                   "acquisition")
    assert "Stavanger" not in names, names


def test_a_name_before_its_own_organisation_noun_stays_a_party():
    # no name after the noun: the group, fund or chain is the linked name's own
    names = _names("In 2001 Brevik Haulage sold its bus routes to the [[Nettbuss]] group.", "divestiture")
    assert "Nettbuss" in names, names
    names = _names("In 2016 Brevik Haulage raised NOK 50 million in a round led by the [[Verdane]] fund.",
                   "funding_round")
    assert "Verdane" in names, names
    names = _names("In 2008 Brevik Haulage was bought by the [[Posten Norge]] group.", "acquisition")
    assert "Posten Norge" in names, names


def test_a_verb_after_the_name_is_no_modifier():
    names = _names("In 2020 the [[Norwegian Competition Authority]] fined Brevik Haulage NOK 4 million.", "fine")
    assert "Norwegian Competition Authority" in names, names


# ---------------------------------------------------------------- where the people had worked


def test_the_employer_of_founders_is_no_founder():
    names = _names("Brevik Haulage was founded in 1931 by two former executives of [[Nordfrakt]], Ole Brevik "
                   "and Nils Dahl.", "founding")
    assert "Nordfrakt" not in names, names
    names = _names("It was founded in 1998 by three graduates of [[Norwegian University of Science and Technology|NTNU]].",
                   "founding")
    assert "NTNU" not in names and "Norwegian University of Science and Technology" not in names, names
    names = _names("Ole Brevik and Nils Dahl, two drivers who had worked for [[Vy (company)|NSB]], founded Brevik "
                   "Haulage in 1931.", "founding")
    assert "NSB" not in names and "Vy (company)" not in names, names


def test_officers_of_a_body_still_act_for_it():
    names = _names("In May 2016 officers of the [[Norwegian Competition Authority]] searched the company's offices.",
                   "investigation")
    assert "Norwegian Competition Authority" in names, names


# ---------------------------------------------------------------- the market a company is listed on


def test_the_exchange_of_a_later_listing_is_no_founder():
    for sentence, exchange in (
            ("Founded in [[Tromsø]] in 1931 by Ole Brevik, the company was listed on the [[Oslo Stock Exchange]] "
             "from 1986 until 2009.", "Oslo Stock Exchange"),
            ("Brevik Haulage was set up in 1931 by Ole Brevik and grew through three funding rounds before its "
             "listing on the [[Nasdaq]] in 2017.", "Nasdaq"),
            ("Ole Brevik founded Brevik Haulage in 1931; its shares have traded on [[Euronext]] since 2004.",
             "Euronext")):
        names = _names(sentence, "founding")
        assert exchange not in names, (sentence, names)


def test_the_exchange_of_a_listing_or_a_bond_stays():
    roles = _roles("Brevik Haulage was listed on the [[Oslo Stock Exchange]] in June 1986.", "ipo")
    assert ("Oslo Stock Exchange", "exchange") in roles, roles
    names = _names("Its first green bonds, NOK 500 million sold to [[Storebrand]], were listed on the "
                   "[[Oslo Stock Exchange]] in March 2021.", "funding_round")
    assert "Oslo Stock Exchange" in names, names


# ---------------------------------------------------------------- the one who leaves, by family name


def _people(sentence):
    text = ("In 1990 Kari Brunner became chief executive of Brevik Haulage, and Ole Lunde joined the board. "
            + sentence)
    return {name for e, _ in _events(text) if e.type == "leadership_change" and e.date.iso[:4] == "2019"
            for name in (p.entity.label for p in e.participants)}


def test_the_family_name_that_leaves_is_the_person_in_full():
    for sentence in ("Brunner retired in May 2019 and was succeeded as chief executive by Ingrid Sætre.",
                     "Brunner stepped down in 2019, and Ingrid Sætre, the finance director, became chief executive.",
                     "The depot at Narvik was sold in 2018; Brunner resigned in March 2019 and was replaced by "
                     "Ingrid Sætre."):
        people = _people(sentence)
        assert {"Kari Brunner", "Ingrid Sætre"} <= people, (sentence, people)


def test_a_family_name_never_written_in_full_is_left_out():
    text = "Haugen retired in 2019 and was succeeded as chief executive by Ingrid Sætre."
    people = {p.entity.label for e, _ in _events(text) if e.type == "leadership_change" for p in e.participants}
    assert "Haugen" not in people and "Ingrid Sætre" in people, people


def test_a_family_name_is_no_company_of_that_name():
    text = ("Brunner Transport was the firm's first name. In 1990 Kari Brunner became chief executive. "
            "Brunner retired in 2019 and was succeeded by Ingrid Sætre.")
    people = {p.entity.label for e, _ in _events(text) if e.type == "leadership_change" and e.date.iso[:4] == "2019"
              for p in e.participants}
    assert "Brunner Transport" not in people, people


# ---------------------------------------------------------------- founders listed as the subject


def test_every_founder_a_subject_lists_is_a_founder():
    for sentence in ("Ole Brevik and Nils Dahl founded Brevik Haulage on 3 May 1931.",
                     "On 3 May 1931 Ole Brevik, a carter, and the mechanic Nils Dahl set up the company in a shed.",
                     "The carters Ole Brevik, Per Moe and Nils Dahl established Brevik Haulage in 1931."):
        roles = _roles(sentence, "founding")
        assert ("Ole Brevik", "founder") in roles and ("Nils Dahl", "founder") in roles, (sentence, roles)


def test_the_company_in_a_listed_subject_is_no_partner():
    roles = _roles("In 2014 Brevik and the Danish carrier Nordlast formed Brevik Nordlast, a joint venture.",
                   "joint_venture")
    assert not any(name == "Brevik" for name, _ in roles), roles
