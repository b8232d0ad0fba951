"""The rules of kg diff one by one: how values compare, which status a fact gets from ranked
statements, how QuickStatements values are written, the tables kg diff reads, and the
statement query's escaping."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from quickstatements_check import parse_v1, parse_value

from kg.wikidata.client import WikidataClient
from kg.wikidata.diff import Claim, status_of
from kg.wikidata.facts import Company, Fact, Support
from kg.wikidata.properties import (
    alignments,
    compared_properties,
    currency_units,
    wikidata_properties,
)
from kg.wikidata.quickstatements import (
    command_for,
    import_url,
    string,
    time_value,
    to_v1,
    unwritable,
)
from kg.wikidata.sparql import statements_query
from kg.wikidata.values import Value, When, match, normal_url

ST = Company("https://w3id.org/company-kg/resource/entity/SenseTime", "SenseTime", "Q900000001")


def date(text: str, precision: int | None = None) -> Value:
    when = When.parse(text, precision=precision)
    return Value("time", when.iso, when=when)


def money(amount: str, currency: str | None, year: int | None) -> Value:
    return Value("money", amount, amount=Decimal(amount), currency=currency, year=year)


def item(qid: str | None, label: str = "") -> Value:
    return Value("item", qid or "x", label, qid=qid)


@pytest.mark.parametrize(
    ("ours", "theirs", "expected"),
    [
        (date("2014-10"), date("2014-01-01T00:00:00Z", 9), "more_precise"),
        (date("2014-10"), date("2014-10-15T00:00:00Z", 11), "same"),  # equal at the coarser precision
        (date("2014-10-15"), date("2014-10-01T00:00:00Z", 10), "more_precise"),
        (date("2014"), date("2014-01-01T00:00:00Z", 9), "same"),
        (date("2014-11"), date("2014-10-15T00:00:00Z", 11), "conflict"),
        (date("2014-10"), date("2015-01-01T00:00:00Z", 9), "conflict"),
        (date("1911-06-16"), date("1910-01-01T00:00:00Z", 8), "more_precise"),  # the 1910s
    ],
)
def test_dates_compare_at_the_coarser_precision(ours, theirs, expected):
    assert match(ours, theirs) == expected


def test_wikidata_dates_read_their_precision_not_their_padding():
    when = When.parse("2014-01-01T00:00:00Z", "http://www.w3.org/2001/XMLSchema#dateTime", 9)
    assert (when.iso, when.precision) == ("2014", 9)
    assert When.parse("2014-10", "http://www.w3.org/2001/XMLSchema#gYearMonth").precision == 10


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("100", "101", "same"),  # exactly 1 % of the larger
        ("100", "98.9", "conflict"),
        ("73620000000", "73600000000", "same"),
    ],
)
def test_amounts_within_one_percent_in_the_same_currency(a, b, expected):
    assert match(money(a, "USD", 2020), money(b, "USD", 2020)) == expected


def test_amounts_in_another_currency_or_year_are_not_compared():
    assert match(money("100", "USD", 2020), money("100", "EUR", 2020)) is None
    assert match(money("100", "USD", 2020), money("100", "USD", 2019)) is None
    assert match(money("100", None, 2020), money("100", "USD", 2020)) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://www.sensetime.com", "https://www.sensetime.com/"),
        ("http://ibm.com", "https://www.IBM.com/"),
        ("https://example.org/en/", "http://example.org/en"),
    ],
)
def test_urls_equal_after_normalising(a, b):
    assert normal_url(a) == normal_url(b)
    assert match(Value("url", a, text=a), Value("url", b, text=b)) == "same"


def test_urls_that_differ_in_path_or_host_are_different():
    assert match(Value("url", "x", text="http://ibm.com/us"), Value("url", "y", text="http://ibm.com")) is None
    assert normal_url("http://ibm.co.uk") != normal_url("http://ibm.com")


def test_items_by_qid_and_unlinked_names_by_label():
    assert match(item("Q1"), item("Q1", "other label")) == "same"
    assert match(item("Q1", "Hong Kong"), item("Q2", "Hong Kong")) is None
    assert match(item(None, "Hong Kong"), item("Q8646", "hong kong")) == "same"


def _fact(value: Value, pid: str) -> Fact:
    return Fact(ST, "https://w3id.org/company-kg/ontology#x", pid, value, [Support("infobox", None, [], None)])


def claim(value: Value, rank: str = "normal", n: int = 0) -> Claim:
    return Claim(f"s{n}-{rank}-{value.term}", "P", rank, value)


def test_deprecated_statements_count_as_absent():
    founders = compared_properties()["P112"]
    assert status_of(_fact(item("Q21"), "P112"), founders, [claim(item("Q21"), "deprecated")])[0] == "missing"
    hq = compared_properties()["P159"]
    assert status_of(_fact(item("Q4"), "P159"), hq, [claim(item("Q4"), "deprecated")])[0] == "missing"


def test_preferred_wins_for_a_single_valued_property():
    hq = compared_properties()["P159"]
    claims = [claim(item("Q8646"), "preferred"), claim(item("Q4"), "normal")]
    status, compared = status_of(_fact(item("Q4"), "P159"), hq, claims)
    assert status == "differs" and [c.value.qid for c in compared] == ["Q8646"]
    status, _ = status_of(_fact(item("Q4"), "P159"), hq, [claim(item("Q4"), "normal"), claim(item("Q8"), "normal")])
    assert status == "same"
    # a multi-valued property counts every non-deprecated value
    founders = compared_properties()["P112"]
    claims = [claim(item("Q20"), "preferred"), claim(item("Q21"), "normal")]
    assert status_of(_fact(item("Q21"), "P112"), founders, claims)[0] == "same"


def test_a_single_date_that_disagrees_differs():
    inception = compared_properties()["P571"]
    claims = [claim(date("2015-01-01T00:00:00Z", 9), "preferred"), claim(date("2014-01-01T00:00:00Z", 9))]
    assert status_of(_fact(date("2014-10"), "P571"), inception, claims)[0] == "differs"
    assert status_of(_fact(date("2014-10"), "P571"), inception, claims[1:])[0] == "more_precise"


def test_amounts_per_point_in_time():
    revenue = compared_properties()["P2139"]
    claims = [claim(money("90", "USD", 2021), "preferred"), claim(money("70", "USD", 2020), n=1)]
    assert status_of(_fact(money("70.5", "USD", 2020), "P2139"), revenue, claims)[0] == "same"
    assert status_of(_fact(money("80", "USD", 2020), "P2139"), revenue, claims)[0] == "differs"
    assert status_of(_fact(money("80", "USD", 2019), "P2139"), revenue, claims)[0] == "missing"


# ---------------------------------------------------------------- QuickStatements values


def test_time_values_zero_the_parts_beyond_their_precision():
    assert time_value(When(2014, 10, 1, 10)) == "+2014-10-00T00:00:00Z/10"
    assert time_value(When(2014, 1, 1, 9)) == "+2014-00-00T00:00:00Z/9"
    assert time_value(When(1911, 6, 16, 11)) == "+1911-06-16T00:00:00Z/11"


def test_strings_stay_on_one_line():
    assert string("Title\twith\na break") == '"Title with a break"'
    assert parse_value(string('A "quoted" word')).value == 'A "quoted" word'


def test_import_url_encodes_the_title_and_names_the_revision():
    assert import_url("AT&T", 123) == "https://en.wikipedia.org/w/index.php?title=AT%26T&oldid=123"
    assert import_url("Alsea (company)", None) == "https://en.wikipedia.org/w/index.php?title=Alsea_(company)"


def test_a_command_parses_back_with_its_qualifier_and_reference():
    value = money("73620000000", "USD", 2020)
    cmd = command_for("Q37156", "P2139", value, title="IBM", revision=1058017767,
                      citation_url="https://example.org/r", citation_title="Results\t2020",
                      retrieved=dt.date(2026, 12, 3))
    (st,) = parse_v1(to_v1([cmd]))
    assert (st.item, st.property, st.value.value, st.value.unit) == ("Q37156", "P2139", "73620000000", "Q4917")
    assert [(p, v.value) for p, v in st.qualifiers] == [("P585", "+2020-00-00T00:00:00Z")]
    ref = st.reference()
    assert list(ref) == ["P854", "P1476", "P143", "P4656", "P813"]
    assert ref["P1476"].value == "Results 2020" and ref["P1476"].lang == "und"


def test_values_that_cannot_be_written_say_why():
    assert "not linked" in unwritable(item(None, "Fudan University"))
    assert "currency" in unwritable(money("5", None, 2020))
    assert "XXX" in unwritable(money("5", "XXX", 2020))
    assert "language" in unwritable(Value("monolingualtext", "x", text="x"))
    assert unwritable(item("Q1")) is None and unwritable(money("5", "EUR", None)) is None


# ---------------------------------------------------------------- tables and queries


def test_every_aligned_wikidata_property_is_in_the_table():
    table = wikidata_properties()
    aligned = {p for pids in alignments().values() for p in pids}
    assert aligned <= set(table), sorted(aligned - set(table))
    assert {"P112", "P169", "P452", "P159", "P856", "P571"} <= set(compared_properties())


def test_currency_units():
    assert {k: currency_units()[k] for k in ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "KRW")} == {
        "USD": "Q4917", "EUR": "Q4916", "GBP": "Q25224", "JPY": "Q8146", "CNY": "Q39099",
        "INR": "Q80524", "KRW": "Q202040",
    }


def test_statement_query_takes_only_checked_ids():
    text = statements_query(["Q1", "Q2"], ["P571", "P1128"], ["P585"])
    assert "VALUES ?item { wd:Q1 wd:Q2 }" in text and '("P1128" p:P1128 ps:P1128 psv:P1128)' in text
    for bad in ("P1 } ; DROP ALL", "P01", "Q5", 'P1"'):
        with pytest.raises(ValueError):
            statements_query(["Q1"], [bad], [])
    with pytest.raises(ValueError):
        statements_query(["Q1 } ?x"], ["P571"], [])


def test_the_client_never_asks_for_what_is_not_an_item(stub_server):
    stub = stub_server()
    client = WikidataClient(stub.url + "/query", contact="tests@example.org")
    assert client.statements(["Q0", 'Q1"}', "P31"], ["P571"]) == {}
    assert stub.requests == []


def test_a_wikidata_date_without_its_value_node_is_read_as_padded():
    assert When.from_wikidata("2014-01-01T00:00:00Z", None, None).precision == 9
    assert When.from_wikidata("2014-10-01T00:00:00Z", None, None).precision == 10
    assert When.from_wikidata("2014-10-15T00:00:00Z", None, None).precision == 11
    assert When.from_wikidata("2014-01-01T00:00:00Z", None, 11).precision == 11  # the node wins


def test_several_wikidata_values_are_joined_in_one_cell():
    from kg.wikidata.diff import COLUMNS, Row

    fact = _fact(item("Q4", "Science Park"), "P159")
    row = Row(ST, "P159", fact.prop, "differs", fact, [claim(item("Q8646", "Hong Kong")), claim(item("Q8", "Kowloon"))])
    cells = dict(zip(COLUMNS, row.cells(), strict=True))
    assert cells["wikidataValue"] == "Q8646 | Q8" and cells["wikidataValueLabel"] == "Hong Kong | Kowloon"
    assert cells["wikidataProperty"] == "http://www.wikidata.org/prop/direct/P159"
