"""The fields of matched history events (issue 14, round 17): who took part and in which role.
``kg eval --details`` lists, per matched event, the participants and roles that disagree with
the gold; the rules below fix the causes that recurred across the blind sets."""

from __future__ import annotations

from kg.evaluation.events import match
from kg.evaluation.predictions import Prediction
from kg.evaluation.scoring import Score, field_errors, format_table, score_block


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
