"""History extractor, round 11 second pass (issue 14): causes of wrong events that recur across
blind4-blind10, each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


def _kinds(history: str) -> list[str]:
    return [t for t, _ in _types(history)]


# ---------------------------------------------------------------- a launch of no product


def test_a_bid_or_offer_launched_is_no_product_launch():
    assert "product_launch" not in _kinds(
        "In March 2019 Norrland Paper, its largest rival, launched a hostile offer of SEK 40 a share.")
    assert "product_launch" not in _kinds("In 2008 a Dutch investor launched an unsolicited bid for the company.")


def test_a_subsidy_or_law_introduced_is_no_product_launch():
    assert "product_launch" not in _kinds(
        "A federal subsidy covering a fifth of the price of a rooftop solar panel, introduced in 1996, "
        "made such panels affordable for households.")
    assert "product_launch" not in _kinds("In 2004 the government introduced a levy on imported tyres.")


def test_a_first_loss_is_no_product_launch():
    assert "product_launch" not in _kinds("In 2019 the company made its first annual loss.")
    assert "product_launch" not in _kinds("The firm made its first operating profit in 2003.")


def test_launches_of_products_stay():
    assert _types("In 2015 the company launched the Vela 3, a folding bicycle.") == [("product_launch", "2015")]
    assert _types("It made its first electric scooter in 2012.") == [("product_launch", "2012")]
    assert _types("The Orbis tablet was introduced in 2010.") == [("product_launch", "2010")]
    assert _types("In 2017 it launched a new offer for small businesses, Vela Pro.") == [("product_launch", "2017")]
