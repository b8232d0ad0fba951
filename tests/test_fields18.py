"""The fields of matched history events (issue 14, round 18): the roles of the parties named
in a deal and the names they are given."""

from __future__ import annotations

from kg.extractors.history import events
from kg.sources import Page
from kg.text.parse import parse_article


def _events(sentence, title="Brevik Haulage"):
    page = Page(title=title, revision=1,
                wikitext=f"'''{title}''' is a trucking company.\n\n== History ==\n{sentence}\n")
    return list(events(parse_article(page)))


def _roles(sentence):
    return {(p.entity.label, p.role) for e, _ in _events(sentence) for p in e.participants}


# ---------------------------------------------------------------- the body of a name after a preposition


def test_a_name_after_the_people_of_it_takes_the_role_of_the_preposition():
    roles = _roles("In 2009 Brevik Haulage bought the Tarrow depot from the receivers of [[Ostra Rederi]].")
    assert ("Ostra Rederi", "seller") in roles, roles


def test_a_name_after_a_thing_of_it_keeps_its_own_role():
    # "the closure of" is no body: the preposition before it says nothing of the name
    roles = _roles("In 2009 Brevik Haulage bought [[Ostra Rederi]], which led to the closure of the [[Tarrow]] depot.")
    assert ("Tarrow", "seller") not in roles, roles
