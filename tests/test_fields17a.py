"""The fields of matched history events (issue 14, round 17): who took part and in which role.
``kg eval --details`` lists, per matched event, the participants and roles that disagree with
the gold; the rules below fix the causes that recurred across the blind sets."""

from __future__ import annotations

from kg.evaluation.events import match
from kg.evaluation.predictions import Prediction
from kg.evaluation.scoring import Score, field_errors, format_table, score_block
from kg.extractors.event_parties import named_in_full
from kg.extractors.history import events
from kg.model import Entity, Participant
from kg.sources import Page
from kg.text.parse import parse_article


def _pred(parties):
    return Prediction(
        type="acquisition", date="2011", sentence="In 2011 Brenhold bought the stake of Oakvale in Tarrow Mills.",
        section=None, participants=tuple(n for names, _ in parties for n in names), parties=parties)


ITEM = {"type": "acquisition", "date": "2011", "evidence": "bought the stake of Oakvale",
        "participants": ["Oakvale", "Tarrow Mills"], "roles": {"Oakvale": "seller", "Tarrow Mills": "target"}}


def test_field_errors_name_missing_extra_and_wrong_roles():
    pred = _pred(((("oakvale",), "target"), (("brenhold",), "acquirer")))
    assert field_errors(ITEM["participants"], ITEM["roles"], pred) == (
        "missing Tarrow Mills; not in gold brenhold (acquirer); role of Oakvale seller (predicted target)")
    right = _pred(((("oakvale",), "seller"), (("tarrow mills",), "target")))
    assert field_errors(ITEM["participants"], ITEM["roles"], right) == ""
    # without a participant list in the gold, nothing the prediction adds counts against it
    assert field_errors(None, None, pred) == ""


def test_details_list_the_field_errors_of_matched_events():
    pred = _pred(((("oakvale",), "target"),))
    score = Score("history")
    score_block(score, "Brenhold", [pred], [ITEM], lambda strict: match([pred], [ITEM], strict))
    assert score.field_errors == [
        "Brenhold: acquisition 2011 (bought the stake of oakvale): missing Tarrow Mills; "
        "role of Oakvale seller (predicted target)"]
    assert "  fields: Brenhold: acquisition 2011" in format_table({"history": score}, details=True)
    assert "fields:" not in format_table({"history": score})
    assert score.as_dict()["field_errors"] == score.field_errors


# ---------------------------------------------------------------- short names written in full elsewhere


TEXT = ("Margit Sollander joined Brevik Haulage as chief executive in 1998. In 2004 Brevik bought the "
        "trucking arm of Dorrance Freight Partners. Sollander retired in 2011. Two brothers, Ivo Tamm and "
        "Peeter Tamm, ran the Tartu depot. In 2015 it bought Kestra Logistics Ltd. The United States Norvo "
        "range sold well. Halvard Kestrup, a Gumi-based Tollan engineer, joined in 2016.")
COMPANY = frozenset({"brevik haulage", "brevik"})


def _full(name, role="person", titles=None):
    parts = [Participant(Entity(label=name), role)]
    return [(p.entity.label, p.entity.title, p.role)
            for p in named_in_full(parts, TEXT, titles or {}, COMPANY, {})]


def test_a_surname_is_the_person_the_article_names_in_full():
    assert _full("Sollander") == [("Margit Sollander", None, "person")]
    # linked where the article links the full name
    assert _full("Sollander", titles={"margit sollander": "Margit Sollander (executive)"}) == [
        ("Margit Sollander", "Margit Sollander (executive)", "person")]


def test_a_short_company_name_is_the_longer_name_before_its_legal_form():
    assert _full("Dorrance", "seller") == [("Dorrance Freight Partners", None, "seller")]
    # the legal form is left out, as the participants leave it out: "Kestra Logistics" stays
    assert _full("Kestra Logistics", "target") == [("Kestra Logistics", None, "target")]


def test_a_short_name_stays_when_it_is_ambiguous_linked_a_place_or_not_written_longer():
    assert _full("Tamm") == [("Tamm", None, "person")]  # two Tamms
    assert _full("Sollander", titles={"sollander": "Sollander"}) == [("Sollander", None, "person")]
    assert _full("Tartu", "location") == [("Tartu", None, "location")]
    assert _full("Norvo", "asset") == [("Norvo", None, "asset")]  # "United States" is a place before it
    assert _full("Tollan", "partner") == [("Tollan", None, "partner")]  # "Gumi-based" describes it
    assert _full("Brevik", "partner") == [("Brevik", None, "partner")]  # the company's own name


def test_the_history_extractor_names_the_leaving_chief_in_full():
    wiki = ("'''Brevik Haulage''' is a Norwegian trucking company.\n\n== History ==\n"
            "Margit Sollander was appointed chief executive of Brevik Haulage in 1998. "
            "Sollander stepped down in March 2011 and was succeeded by Ottar Lunde.\n")
    page = Page(title="Brevik Haulage", revision=1, wikitext=wiki)
    found = [e for e, _ in events(parse_article(page)) if e.type == "leadership_change"]
    assert any({p.entity.label for p in e.participants} == {"Margit Sollander", "Ottar Lunde"} for e in found), found


# ---------------------------------------------------------------- the owner of what was bought sells it


def _roles(sentence):
    page = Page(title="Brevik Haulage", revision=1,
                wikitext=f"'''Brevik Haulage''' is a trucking company.\n\n== History ==\n{sentence}\n")
    return {(p.entity.label, p.role) for e, _ in events(parse_article(page)) for p in e.participants}


def test_the_owner_of_a_share_of_something_bought_is_the_seller():
    assert ("Ostra Rederi", "seller") in _roles("In 2012 Brevik Haulage bought [[Ostra Rederi]]'s half of the Bergen terminal.")
    assert ("Ostra Rederi", "seller") in _roles(
        "In 2012 Brevik Haulage bought [[Ostra Rederi]]'s 35 per cent of the Bergen terminal.")


def test_the_owner_named_after_a_business_of_is_the_seller_and_its_modifier_no_party():
    roles = _roles("In 2014 Brevik Haulage bought the [[Oslo]] parcel business of [[Nordvik Post]].")
    assert ("Nordvik Post", "seller") in roles
    assert not any(name == "Oslo" for name, _ in roles)


# ---------------------------------------------------------------- a happening is no party


def test_a_crisis_a_war_or_a_pandemic_is_no_party():
    roles = _roles("During the [[2013 Nordic banking crisis]] Brevik Haulage signed a ten-year contract with "
                   "[[Ostra Rederi]] in 2013.")
    assert ("Ostra Rederi", "partner") in roles
    assert not any("crisis" in name for name, _ in roles)
    roles = _roles("In 2021, during the [[COVID-19 pandemic in Norway|COVID-19 pandemic]], Brevik Haulage signed a contract "
                   "with [[Ostra Rederi]].")
    assert {name for name, _ in roles} == {"Ostra Rederi"}
    # an organisation's word keeps a name a name
    roles = _roles("In 2019 Brevik Haulage signed a contract with the [[International Crisis Fund]].")
    assert ("International Crisis Fund", "partner") in roles


def test_a_legal_form_at_the_end_of_a_name_does_not_make_another_party():
    # "Tarrow Mills Ltd." in the text, "Tarrow Mills" in the gold (or the other way round): the same party
    from kg.evaluation.scoring import _score_parties
    pred = _pred(((("oakvale plc",), "seller"), (("tarrow mills ltd.",), "target")))
    assert field_errors(ITEM["participants"], ITEM["roles"], pred) == ""
    score = Score("history")
    _score_parties(score, ["Oakvale", "Tarrow Mills, S.A."], {"Tarrow Mills": "target"}, pred)
    assert (score.participants_correct, score.participants_predicted, score.roles_right) == (2, 2, 1)
    # a name that only begins like another stays another party
    other = _pred(((("oakvale holdings",), "seller"),))
    assert field_errors(["Oakvale"], None, other) == "missing Oakvale; not in gold oakvale holdings (seller)"
