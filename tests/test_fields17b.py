"""Label targets and amounts of matched history events: the --details listing and the rules."""

from __future__ import annotations

from kg.evaluation.predictions import Prediction
from kg.evaluation.scoring import Score, format_table, score_block, value_errors


def _pred(label: str, amounts=()) -> Prediction:
    return Prediction(type="acquisition", date="2019", sentence="In 2019 Acme bought Widgetco for $5 million.",
                      section="History", label=label, amounts=tuple(amounts))


ITEM = {"type": "acquisition", "date": "2019", "evidence": "Acme bought Widgetco",
        "target": "Widgetco", "amount": {"value": "5000000", "currency": "USD"}}


def test_value_errors_name_what_was_expected_and_what_was_got():
    assert value_errors(ITEM, _pred("Acquisition of Widgetco", [("5000000", "USD")])) == []
    errors = value_errors(ITEM, _pred("Acquisition", [("5000000", "CAD")]))
    assert errors == ["label target 'Widgetco' not in 'Acquisition'",
                      "amount 5000000 USD expected, got 5000000 CAD"]
    assert value_errors(ITEM, _pred("Acquisition of Widgetco")) == ["amount 5000000 USD expected, got none"]


def test_details_list_the_value_errors_of_matched_events():
    score = Score("history")
    preds = [_pred("Acquisition", [("5", "USD")])]
    score_block(score, "Acme", preds, [ITEM], lambda strict: [(0, 0)])
    assert score.lenient.tp == 1 and score.targets_right == 0 and score.amounts_right == 0
    plain = format_table({"history": score})
    assert "value:" not in plain
    lines = format_table({"history": score}, details=True).splitlines()
    assert "  value:  Acme: acquisition 2019: label target 'Widgetco' not in 'Acquisition'" in lines
    assert "  value:  Acme: acquisition 2019: amount 5000000 USD expected, got 5 USD" in lines
