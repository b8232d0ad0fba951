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
    assert score.as_dict()["value_errors"] == score.value_errors and len(score.value_errors) == 2


def _sums(text: str, etype: str = "acquisition") -> list[tuple[str, str | None]]:
    from kg.extractors.history import _amounts, event_types
    return [(format(m.amount, "f"), m.currency) for m in _amounts(text, event_types()[etype])]


def test_a_conversion_in_parentheses_is_not_the_amount():
    assert _sums("In 1987 Norvik bought the Lisbon mill for 3.4 billion escudos (about US$23 million).") == [
        ("3400000000", "PTE")]
    assert _sums("The group paid Tk 75 crore (roughly $9 million) for the plant in 2012.") == [("750000000", "BDT")]
    # a sum in parentheses after words is no conversion
    assert _sums("In 2001 it bought Halden Foods (for US$40 million).") == [("40000000", "USD")]


def test_a_price_each_is_not_the_amount():
    assert _sums("Kerrow went public in 1999, selling 3 million shares at $21 each.", "ipo") == []


def test_sums_in_crore_and_trillion_are_read():
    assert _sums("In 2019 the company bought the Sylhet terminal for Tk 120 crore.") == [("1200000000", "BDT")]
    assert _sums("The ministry sued it in 2018 for Rp 2.5 trillion in damages.", "lawsuit") == [("2500000000000", "IDR")]


def test_sums_in_replaced_currencies_are_read():
    assert _sums("In 1984 it bought the Bremen printer Hollmann for DM 35 million.") == [("35000000", "DEM")]
    assert _sums("In 1990 it paid 2.2 billion lire for a stake in Ferri.") == [("2200000000", "ITL")]
    assert _sums("It bought the Utrecht firm Kooij for 12 million guilders in 1962.") == [("12000000", "NLG")]


def _labels(history: str) -> list[tuple[str, str]]:
    from tests.test_history_rules import _events
    return [(e.type, e.label) for e in _events("== History ==\n" + history)]


def test_a_part_of_a_business_bought_is_labelled_a_stake():
    assert ("acquisition", "Acquisition of a stake") in _labels(
        "In 2011 Acme bought 35 per cent of a Norwegian salmon farmer for NOK 90 million.\n")
    assert ("acquisition", "Acquisition of a stake") in _labels(
        "In 2015 Acme bought its partner's half of the venture for $4 million.\n")


def test_a_stake_label_keeps_the_name_of_what_was_bought():
    [(kind, text)] = _labels("In 2012 Acme bought 60 per cent of [[Borealis Foods]] for $30 million.\n")
    assert kind == "acquisition" and "Borealis Foods" in text


def test_a_share_of_the_market_is_no_stake():
    assert _labels("In 2009 Acme bought [[Borealis Foods]], which held 30 per cent of the market.\n") == [
        ("acquisition", "Acquisition of Borealis Foods")]


def _currencies(lead: str, history: str) -> list[tuple[str, str | None]]:
    """The amounts of the history events, after the pipeline inferred their currencies."""
    from kg.model import Event
    from kg.pipeline import Options, extract_page
    from kg.sources import Page
    _, _, facts = extract_page(Page(title="Acme", wikitext=lead + "== History ==\n" + history),
                               Options(extractors=("history",)))
    return [(format(m.amount, "f"), m.currency) for f in facts if isinstance(f.value, Event) for m in f.value.amounts]


def test_francs_of_a_french_company_are_french_francs():
    lead = "'''Acme''' is a French maker of garden tools based in [[Lyon]], France.\n"
    assert _currencies(lead, "In 1981 Acme bought the Nantes toolmaker Rivet for 42 million francs.\n") == [
        ("42000000", "FRF")]


COLOMBIAN = "'''Acme''' is a Colombian flower grower based in [[Medellín]], Colombia.\n"


def test_a_bare_dollar_in_thousands_of_millions_is_a_colombian_companys_peso():
    assert _currencies(COLOMBIAN, "In 2005 Acme bought the Rionegro grower Floresta for $7,300 million "
                                  "(about US$3 million).\n") == [("7300000000", "COP")]


def test_a_bare_dollar_in_millions_keeps_the_dollar_the_article_writes():
    assert _currencies(COLOMBIAN, "In 2005 Acme bought the Miami importer Bloomco for US$9 million. "
                                  "In 2008 it bought the Texan importer Petalco for $12 million.\n") == [
        ("9000000", "USD"), ("12000000", "USD")]
