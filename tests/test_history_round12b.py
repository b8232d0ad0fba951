"""History extractor, round 12 second pass (issue 14): sentence forms counted on the misses of
blind4 to blind12, each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ---------------------------------------------------------------- a unit, its apposition, a dated passive


def test_a_unit_with_its_apposition_closed_in_the_passive_is_a_divestiture():
    assert _types("The Tulsa yard, its oldest depot in Oklahoma, was closed in 2015.") == [("divestiture", "2015")]
    assert _types("The Leeds studio, which had made only two games, was closed in March 2019.") == [
        ("divestiture", "2019-03")]
    assert _types("The Hull paper machine, the group's last, was shut down permanently in May 2021.") == [
        ("divestiture", "2021-05")]
    assert _types("The travel section, which never made a profit, was closed in 2011.") == [("divestiture", "2011")]
    # closed for a time is no divestiture
    assert _types("The Tulsa yard, its oldest depot, was closed for two weeks in 2015.") == []


def test_a_line_or_hall_added_or_installed_is_an_expansion_a_range_added_a_launch():
    assert _types("A canning line, built with help from a Danish firm, was installed in 1972.") == [
        ("expansion", "1972")]
    assert _types("A malting hall was added in 1911.") == [("expansion", "1911")]
    assert _types("A children's range, Pippa, was added in 1999.") == [("product_launch", "1999")]
    assert _types("A grocery delivery service, AcmeFresh, was added in June 2020.") == [
        ("product_launch", "2020-06")]
    # a person added to a board is none of these
    assert _types("A second director, Jane Roe, was added in 2004.") == []


def test_a_unit_with_its_apposition_closed_after_and_takes_its_own_month():
    assert _types("In 2019 it opened a store in Ubud. About 200 staff were laid off in May 2021, and the pet-food "
                  "service, launched only a year earlier, was shut down in July.") == [
        ("expansion", "2019"), ("layoffs", "2021-05"), ("divestiture", "2021-07")]


# ---------------------------------------------------------------- a purchase told by a gerund


def test_an_entry_or_growth_told_by_buying_something_is_an_acquisition():
    assert _types("Acme entered Ohio in 1971 by buying the twelve stores of Hall's Markets.") == [
        ("acquisition", "1971")]
    assert _types("It moved into dairy in 1988, buying a creamery at Tain from a farmers' cooperative.") == [
        ("acquisition", "1988")]
    # goods bought are no acquisition; a stake bought by a holder is the disputed third-party stake:
    # neither is read; nor a general "by buying other farms"
    assert _types("Acme moved into tankers in 2017, buying three Aframax tankers from Minerva Marine.") == []
    # (a holding raised to a share, "Nordbank raised its holding to 49 per cent by buying shares from
    # Mwanza", is read since round 18 as the acquisition of a stake, as blind3, blind5, blind10, blind15
    # and blind19 annotate it; blind4 alone does not; the gerund itself still reads no shares)
    assert _types("In 2012 Nordbank added to its holding by buying shares from Mwanza.") == []
    assert _types("It grew by buying other farms, among them Tolvik in 2012.") == []
