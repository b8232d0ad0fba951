"""kg diff: the real SenseTime and IBM articles, built and linked with the CLI, reconciled
against an Oxigraph server (started here) loaded with Wikidata-shaped full statements
(tests/fixtures/wikidata_statements.ttl, with ranks, precisions, qualifiers and quantities)
and the items of the linking tests (tests/fixtures/wikidata_fixture.ttl). Faults come from a
scripted stub server. QuickStatements output is parsed back with tests/quickstatements_check.py,
a checker written from the QuickStatements documentation."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from corpus import FIXTURES, wiki
from quickstatements_check import QuickStatementsError, parse_csv, parse_v1, parse_value
from servers import OxigraphServer, StubResponse, closed_port_url, proxy_to

from kg.cli import main
from kg.wikidata.diff import COLUMNS, STATUSES

WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"
KGO = "https://w3id.org/company-kg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SENSETIME, IBM = "Q900000001", "Q37156"
RETRIEVED = ["--retrieved", "2026-12-03"]
ANNUAL_REPORT = "https://www.ibm.com/annualreport/assets/downloads/IBM_Annual_Report_2020.pdf"


@pytest.fixture(scope="module")
def diff_server(tmp_path_factory):
    location = tmp_path_factory.mktemp("oxigraph-diff") / "store"
    server = OxigraphServer(
        location, [FIXTURES / "wikidata_fixture.ttl", FIXTURES / "wikidata_statements.ttl"]
    ).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def linked(tmp_path_factory, diff_server) -> dict[str, Path]:
    """SenseTime (all extractors) and IBM (infobox, at revision 1058017767), built and
    linked through the CLI against the test server."""
    d = tmp_path_factory.mktemp("linked")
    redirects = d / "redirects.tsv"
    redirects.write_text("Alibaba\tAlibaba Group\nSingapore Telecommunications Limited\tSingtel\n", encoding="utf-8")
    ibm = d / "IBM.wiki"
    ibm.write_text(
        "<!-- title: IBM -->\n<!-- revision: 1058017767 -->\n" + wiki("IBM").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    out = {}
    for name, source, extra in (("SenseTime", wiki("SenseTime"), []), ("IBM", ibm, ["--extractors", "infobox"])):
        built, done = d / f"{name}.ttl", d / f"{name}-linked.ttl"
        assert main(["build", str(source), "-o", str(built), "-q", *extra]) == 0
        assert main(["link", str(built), "-o", str(done), "--endpoint", diff_server.query_url, "--no-cache",
                     "--no-mediawiki-api", "--redirect-table", str(redirects)]) == 0
        out[name] = done
    return out


def run_diff(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["diff", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def diff_json(capsys, server, graph, *extra) -> list[dict]:
    code, out, err = run_diff(capsys, graph, "--endpoint", server.query_url, "--no-cache", "--format", "json",
                              *RETRIEVED, *extra)
    assert code == 0, err
    return json.loads(out)


def rows_of(rows: list[dict], pid: str) -> list[dict]:
    return [r for r in rows if r["wikidataProperty"] == WDT + pid]


def statuses(rows: list[dict], pid: str) -> dict[str, str]:
    """our value label (or Wikidata's, for only_in_wikidata) -> status"""
    return {(r["valueLabel"] or r["wikidataValueLabel"]): r["status"] for r in rows_of(rows, pid)}


# ---------------------------------------------------------------- SenseTime: the acceptance


def test_sensetime_founders_ceo_industry_headquarters_website_inception(capsys, diff_server, linked):
    rows = diff_json(capsys, diff_server, linked["SenseTime"])
    assert isinstance(rows, list) and rows
    for row in rows:
        assert set(COLUMNS) <= set(row) and all(isinstance(v, str) for v in row.values())
        assert row["company"].endswith("/entity/SenseTime") and row["companyWikidata"] == WD + SENSETIME
        assert row["status"] in STATUSES

    # founders: Tang Xiao'ou is there; Xu Li's only statement is deprecated, which counts as absent
    assert statuses(rows, "P112") == {"Tang Xiao'ou": "same", "Xu Li": "missing"}
    (tang,) = [r for r in rows_of(rows, "P112") if r["status"] == "same"]
    assert tang["value"] == tang["wikidataValue"] == WD + "Q900000020"

    # CEO: not in the article; the preferred statement wins over the normal one
    (ceo,) = rows_of(rows, "P169")
    assert ceo["status"] == "only_in_wikidata" and ceo["value"] == ""
    assert ceo["wikidataValue"] == WD + "Q900000021" and ceo["wikidataValueLabel"] == "Xu Li"
    assert ceo["property"] == KGO + "chiefExecutiveOfficer"

    # industry: ours is missing, Wikidata's is only there
    assert statuses(rows, "P452") == {"Artificial intelligence": "missing", "computer vision": "only_in_wikidata"}
    (ai,) = [r for r in rows_of(rows, "P452") if r["status"] == "missing"]
    assert ai["value"] == WD + "Q11660" and ai["proposed"] == "yes"

    # headquarters: Wikidata has the Science Park too, but at normal rank under a preferred Hong Kong
    (hq,) = rows_of(rows, "P159")
    assert hq["status"] == "differs"
    assert hq["value"] == WD + "Q900000004" and hq["wikidataValue"] == WD + "Q8646"
    assert hq["reference"].startswith("https://www.scmp.com/tech/start-ups/article/2116490/")

    # website: http://www.sensetime.com and https://www.sensetime.com/ are the same
    (site,) = rows_of(rows, "P856")
    assert (site["status"], site["value"], site["wikidataValue"]) == (
        "same", "http://www.sensetime.com", "https://www.sensetime.com/")

    # inception: October 2014 against 2014; the deprecated 2015 plays no part
    (inception,) = rows_of(rows, "P571")
    assert (inception["status"], inception["value"], inception["wikidataValue"]) == ("more_precise", "2014-10", "2014")

    # the rest of Wikidata's best statements: country, employees, revenue
    assert statuses(rows, "P17") == {"People's Republic of China": "only_in_wikidata"}
    assert statuses(rows, "P1128") == {"5000 (2020)": "only_in_wikidata"}
    assert statuses(rows, "P2139") == {"3446000000 CNY (2020)": "only_in_wikidata"}


def test_every_status_is_reached(capsys, diff_server, linked):
    seen = {r["status"] for name in ("SenseTime", "IBM") for r in diff_json(capsys, diff_server, linked[name])}
    assert seen == set(STATUSES)


def test_quickstatements_for_sensetime(capsys, diff_server, linked, tmp_path):
    qs = tmp_path / "st.qs"
    rows = diff_json(capsys, diff_server, linked["SenseTime"], "--quickstatements", qs)
    commands = parse_v1(qs.read_text(encoding="utf-8"))
    proposed = [r for r in rows if r["proposed"] == "yes"]
    # only missing facts and more precise dates are proposed, and every proposed row has one command
    assert {r["status"] for r in proposed} == {"missing", "more_precise"}
    assert len(commands) == len(proposed)
    keys = [(c.property, c.value.value) for c in commands]
    assert len(set(keys)) == len(keys)
    assert ("P112", "Q900000021") in keys and ("P452", "Q11660") in keys  # the missing founder and industry
    # the finer inception, at month precision
    (inception,) = [c for c in commands if c.property == "P571"]
    assert inception.value.value == "+2014-10-00T00:00:00Z" and inception.value.precision == 10
    # nothing for what Wikidata has, nor for what only Wikidata has
    assert not {c.property for c in commands} & {"P159", "P169", "P856", "P17", "P1128", "P2139"}
    assert ("P112", "Q900000020") not in keys
    # a missing value that is not linked is never proposed; its row says why
    unlinked = [r for r in rows_of(rows, "P2541")]
    assert unlinked and all(r["status"] == "missing" and r["proposed"] == "no" for r in unlinked)
    assert all("not linked" in r["note"] for r in unlinked)
    assert "P2541" not in {c.property for c in commands} and "P1454" not in {c.property for c in commands}
    # every command: the company's item and one reference (imported from English Wikipedia,
    # the article's import URL, retrieved)
    for c in commands:
        assert c.item == SENSETIME
        ref = c.reference()
        assert ref["P143"].value == "Q328"
        assert ref["P4656"].type == "string"
        assert ref["P4656"].value == "https://en.wikipedia.org/w/index.php?title=SenseTime"  # no revision known
        assert (ref["P813"].value, ref["P813"].precision) == ("+2026-12-03T00:00:00Z", 11)
        if c.property in ("P112", "P452", "P571"):
            assert "P854" not in ref  # none of these infobox values has a <ref>
    # text facts are proposed by their own confidence (>= 0.8 by default)
    text = [c for c in commands if c.property == "P2652"]
    scored = {r["value"]: r for r in rows_of(rows, "P2652")}
    assert text and all(float(scored[WD + c.value.value]["confidence"]) >= 0.8 for c in text)
    assert all(r["proposed"] == "no" for r in scored.values() if r["confidence"] and float(r["confidence"]) < 0.8)


def test_text_facts_need_a_confidence_or_the_flag(capsys, diff_server, linked, tmp_path):
    unscored = _with_confidence(linked["SenseTime"], tmp_path / "unscored.ttl", {})  # as built before confidence
    rows = diff_json(capsys, diff_server, unscored)
    partners = rows_of(rows, "P2652")
    qualcomm = next(r for r in partners if r["value"] == WD + "Q544847")
    assert qualcomm["status"] == "missing" and qualcomm["proposed"] == "no"
    assert "--include-text-facts" in qualcomm["note"]
    qs = tmp_path / "text.qs"
    rows = diff_json(capsys, diff_server, unscored, "--include-text-facts", "--quickstatements", qs)
    qualcomm = next(r for r in rows_of(rows, "P2652") if r["value"] == WD + "Q544847")
    assert qualcomm["proposed"] == "yes"
    (command,) = [c for c in parse_v1(qs.read_text(encoding="utf-8")) if c.value.value == "Q544847"]
    assert command.property == "P2652"
    # the fact's own citation is the reference: S854 and its title S1476
    ref = command.reference()
    assert ref["P854"].value == qualcomm["reference"] and ref["P854"].value.startswith("https://www.qualcomm.com/")
    assert ref["P1476"].type == "monolingualtext" and "Qualcomm" in ref["P1476"].value


def _with_confidence(src: Path, dest: Path, scores: dict[tuple[str, str], str]) -> Path:
    """A copy of the graph where only the statements of (kgo property, object IRI) carry a
    kgo:confidence (every confidence the build wrote is removed first)."""
    store = ox.Store()
    store.bulk_load(path=str(src), format=ox.RdfFormat.TURTLE)
    for q in list(store.quads_for_pattern(None, ox.NamedNode(KGO + "confidence"), None)):
        store.remove(q)
    for (prop, obj), score in scores.items():
        found = list(store.quads_for_pattern(None, ox.NamedNode(RDF + "object"), ox.NamedNode(obj)))
        statements = [q.subject for q in found
                      if ox.Quad(q.subject, ox.NamedNode(RDF + "predicate"), ox.NamedNode(KGO + prop)) in store]
        assert statements, (prop, obj)
        for st in statements:
            store.add(ox.Quad(st, ox.NamedNode(KGO + "confidence"),
                              ox.Literal(score, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))))
    store.dump(str(dest), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    return dest


def test_min_confidence_is_never_crossed(capsys, diff_server, linked, tmp_path):
    resource = "https://w3id.org/company-kg/resource/entity/"
    graph = _with_confidence(linked["SenseTime"], tmp_path / "scored.ttl", {
        ("partner", resource + "Qualcomm"): "0.9",
        ("partner", resource + "Nanyang_Technological_University"): "0.5",
        ("founder", resource + "Xu_Li_(computer_scientist)"): "0.6",  # even an infobox fact
    })

    def proposed(*extra) -> dict[str, str]:
        rows = diff_json(capsys, diff_server, graph, *extra)
        wanted = {"Q544847": "Qualcomm", "Q900000005": "NTU", "Q900000021": "Xu Li", "Q49108": "MIT"}
        return {wanted[r["value"][len(WD):]]: r["proposed"] for r in rows
                if r["value"][len(WD):] in wanted and r["wikidataProperty"] in (WDT + "P2652", WDT + "P112")}

    assert proposed() == {"Qualcomm": "yes", "NTU": "no", "Xu Li": "no", "MIT": "no"}
    # the flag lets unscored text facts through, never a score below the threshold
    assert proposed("--include-text-facts") == {"Qualcomm": "yes", "NTU": "no", "Xu Li": "no", "MIT": "yes"}
    assert proposed("--min-confidence", "0.5") == {"Qualcomm": "yes", "NTU": "yes", "Xu Li": "yes", "MIT": "no"}
    assert proposed("--min-confidence", "0.95") == {"Qualcomm": "no", "NTU": "no", "Xu Li": "no", "MIT": "no"}
    rows = diff_json(capsys, diff_server, graph)
    ntu = next(r for r in rows if r["value"] == WD + "Q900000005")
    assert "confidence 0.5 is below --min-confidence 0.8" in ntu["note"]


# ---------------------------------------------------------------- IBM: amounts, counts, listings


def test_ibm_amounts_dates_urls_files_and_listing(capsys, diff_server, linked, tmp_path):
    qs = tmp_path / "ibm.qs"
    rows = diff_json(capsys, diff_server, linked["IBM"], "--quickstatements", qs)
    assert statuses(rows, "P571") == {"1911-06-16": "same"}  # day precision on both sides
    assert statuses(rows, "P856") == {"http://ibm.com": "same"}  # against https://www.ibm.com/
    assert statuses(rows, "P18")[  # a Commons file, by name
        "https://commons.wikimedia.org/wiki/Special:FilePath/IBM_CHQ_-_Oct_2014.jpg"] == "same"
    assert statuses(rows, "P154") == {"https://commons.wikimedia.org/wiki/Special:FilePath/IBM_logo.svg": "differs"}
    assert statuses(rows, "P169") == {"Arvind Krishna": "same"}  # the preferred CEO
    assert statuses(rows, "P946") == {"US4592001014": "same"}
    # revenue 2020: 73.62 against 73.6 billion dollars, within 1 %; 2021 is preferred but is another year
    assert statuses(rows, "P2139") == {"73620000000 USD (2020)": "same", "57350000000 USD (2021)": "only_in_wikidata"}
    assert statuses(rows, "P2137") == {"20730000000 USD (2020)": "same"}  # 20.73 against 20.8: 0.34 %
    assert statuses(rows, "P2295") == {"5590000000 USD (2020)": "differs"}  # 5.59 against 4.0
    # total assets in dollars against euros: not comparable, so missing
    assert statuses(rows, "P2403") == {"155970000000 USD (2020)": "missing", "130000000000 EUR (2020)": "only_in_wikidata"}
    # employees 2020 against 2019: another point in time
    assert statuses(rows, "P1128") == {"345900 (2020)": "missing", "383800 (2019)": "only_in_wikidata"}
    assert statuses(rows, "P414") == {"NYSE: IBM": "missing"}

    commands = {c.property: c for c in parse_v1(qs.read_text(encoding="utf-8"))}
    # the infobox's "U.S." is the United States, linked by its Wikidata alias; the item's
    # full statements have no P17 (only a truthy triple), so it is proposed
    assert set(commands) == {"P17", "P414", "P452", "P488", "P1128", "P2403", "P3362"}
    assert commands["P17"].value.value == "Q30"
    staff = commands["P1128"]
    assert (staff.value.type, staff.value.value, staff.value.unit) == ("quantity", "345900", None)
    assert [(p, v.value, v.precision) for p, v in staff.qualifiers] == [("P585", "+2020-00-00T00:00:00Z", 9)]
    income = commands["P3362"]
    assert (income.value.value, income.value.unit) == ("6890000000", "Q4917")
    assert [p for p, _ in income.qualifiers] == ["P585"]
    assert commands["P2403"].value.unit == "Q4917"
    listing = commands["P414"]
    assert listing.value.value == "Q13677"
    assert [(p, v.type, v.value) for p, v in listing.qualifiers] == [("P249", "string", "IBM")]
    for c in commands.values():
        ref = c.reference()
        assert ref["P143"].value == "Q328"
        assert ref["P4656"].value == "https://en.wikipedia.org/w/index.php?title=IBM&oldid=1058017767"
    # cited facts carry their citation: URL and title
    for pid in ("P1128", "P2403", "P3362"):
        ref = commands[pid].reference()
        assert ref["P854"].value == ANNUAL_REPORT
        assert ref["P1476"].value == "IBM Reports 2020 Fourth-Quarter and Full-Year Results"
    assert "P854" not in commands["P414"].reference()
    # the README shows the staff command as it is written
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    (line,) = [x for x in qs.read_text(encoding="utf-8").splitlines() if "\tP1128\t" in x]
    assert f"\n{line}\n" in readme


def test_csv_quickstatements_say_what_v1_says(capsys, diff_server, linked, tmp_path):
    v1, as_csv = tmp_path / "ibm.qs", tmp_path / "ibm.csv"
    diff_json(capsys, diff_server, linked["IBM"], "--quickstatements", v1)
    diff_json(capsys, diff_server, linked["IBM"], "--quickstatements", as_csv)  # csv from the extension
    text = as_csv.read_text(encoding="utf-8")
    header = text.splitlines()[0].split(",")
    assert header[0] == "qid" and "qal585" in header and "qal249" in header
    assert header[-5:] == ["S143", "s4656", "s813", "s854", "s1476"]

    def key(c):
        return (c.item, c.property, c.value, tuple(c.qualifiers), tuple(sorted(c.reference().items())))

    from_csv, from_v1 = parse_csv(text), parse_v1(v1.read_text(encoding="utf-8"))
    assert len(from_csv) == len(from_v1) == 7
    assert sorted(map(key, from_csv), key=str) == sorted(map(key, from_v1), key=str)
    forced = tmp_path / "forced.txt"
    diff_json(capsys, diff_server, linked["IBM"], "--quickstatements", forced, "--qs-format", "csv")
    assert forced.read_text(encoding="utf-8") == text


def test_checker_rejects_broken_commands():
    with pytest.raises(QuickStatementsError):
        parse_v1("Q1\tP571\t+2014-10-05T00:00:00Z/10\n")  # a day below month precision
    with pytest.raises(QuickStatementsError):
        parse_v1("Q1\tP571\t+2014-10\n")  # not a value of any type
    with pytest.raises(QuickStatementsError):
        parse_v1('Q1\tP31\tQ5\tS854\n')  # a source without its value
    with pytest.raises(QuickStatementsError):
        parse_csv('qid,S854,P31\nQ1,"""x""",Q5\n')  # a source column before any property
    assert parse_value("73620000000U4917").unit == "Q4917"
    assert parse_value('zh-hans:"商汤科技"').lang == "zh-hans"


# ---------------------------------------------------------------- the client's manners


def test_polite_batched_posts_and_a_second_run_sends_nothing(capsys, diff_server, linked, stub_server, tmp_path):
    proxy = stub_server(handler=proxy_to(diff_server.query_url))
    args = [linked["SenseTime"], "--endpoint", proxy.url + "/query", "--cache", tmp_path / "cache",
            "--contact", "tests@example.org", "--format", "json", *RETRIEVED]
    code, first, err = run_diff(capsys, *args, "--quickstatements", tmp_path / "one.qs")
    assert code == 0, err
    assert len(proxy.requests) == 1 and proxy.max_in_flight == 1
    (request,) = proxy.requests
    assert request.method == "POST" and request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert "(tests@example.org)" in request.headers["User-Agent"]
    query = request.param("query")
    assert "VALUES ?item { wd:Q900000001 }" in query
    for part in ("wikibase:rank", "p:P571 ps:P571 psv:P571", "pq:P585", "wikibase:timePrecision",
                 "wikibase:quantityUnit"):
        assert part in query
    assert "1 requests, 0 cache hits" in err
    code, second, err = run_diff(capsys, *args, "--quickstatements", tmp_path / "two.qs")
    assert code == 0, err
    assert len(proxy.requests) == 1 and "0 requests, 1 cache hits" in err
    assert first == second
    assert (tmp_path / "one.qs").read_bytes() == (tmp_path / "two.qs").read_bytes()


def test_dead_endpoint_exits_5_and_writes_nothing(capsys, linked, tmp_path):
    qs, out = tmp_path / "st.qs", tmp_path / "diff.json"
    qs.write_text("earlier\n", encoding="utf-8")
    dead = closed_port_url()
    code, stdout, err = run_diff(capsys, linked["SenseTime"], "--endpoint", dead, "--no-cache", "--retries", "0",
                                 "--quickstatements", qs, "-o", out)
    assert code == 5
    (line,) = [x for x in err.splitlines() if "error" in x]
    assert dead in line and "nothing written" in line
    assert stdout == "" and not out.exists() and qs.read_text(encoding="utf-8") == "earlier\n"
    assert [p.name for p in tmp_path.iterdir()] == ["st.qs"]


def test_html_with_status_200_is_retried_then_fails_with_5(capsys, linked, stub_server, tmp_path):
    page = StubResponse(200, "<html><body>maintenance</body></html>", "text/html")
    stub = stub_server(script=[page, page])
    code, stdout, err = run_diff(capsys, linked["SenseTime"], "--endpoint", stub.url + "/query", "--no-cache",
                                 "--retries", "1", "--quickstatements", tmp_path / "st.qs")
    assert code == 5 and len(stub.requests) == 2
    assert stdout == "" and not (tmp_path / "st.qs").exists()


def test_retry_after_is_honoured(capsys, diff_server, linked, stub_server):
    stub = stub_server(script=[StubResponse(429, "slow down", "text/plain", {"Retry-After": "1"})],
                       handler=proxy_to(diff_server.query_url))
    code, out, err = run_diff(capsys, linked["SenseTime"], "--endpoint", stub.url + "/query", "--no-cache",
                              "--format", "json")
    assert code == 0, err
    assert len(stub.requests) == 2 and stub.requests[1].started - stub.requests[0].started >= 1.0
    assert json.loads(out)


# ---------------------------------------------------------------- bad input


def test_an_unlinked_graph_is_refused(capsys, tmp_path):
    built = tmp_path / "st.ttl"
    assert main(["build", str(wiki("SenseTime")), "-o", str(built), "-q", "--extractors", "infobox"]) == 0
    code, out, err = run_diff(capsys, built, "--endpoint", closed_port_url(), "--cache", tmp_path / "cache")
    assert code == 3 and out == "" and not (tmp_path / "cache").exists()  # refused before any client
    assert "no company is linked" in err and "kg link" in err and "Traceback" not in err


def test_usage_errors(capsys, linked, tmp_path):
    code, _, err = run_diff(capsys, linked["SenseTime"], "--company", "Nokia", "--endpoint", closed_port_url())
    assert code == 2 and "Nokia" in err and "SenseTime" in err
    code, _, err = run_diff(capsys, linked["SenseTime"], "--retrieved", "3 December", "--endpoint", closed_port_url())
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = run_diff(capsys, tmp_path / "nothing.ttl", "--endpoint", closed_port_url())
    assert code == 3 and "nothing.ttl" in err


# ---------------------------------------------------------------- what the README shows


def _blocks_after(text: str, marker: str, count: int) -> list[str]:
    rest = text.split(marker, 1)[1]
    return [part.split("```", 1)[0].strip("\n") for part in rest.split("```\n")[1 : 2 * count : 2]]


def test_readme_worked_example_is_the_real_output(capsys, diff_server, tmp_path):
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    table, commands = _blocks_after(readme, "### Worked example: SenseTime against a local endpoint", 2)
    built, done, qs = tmp_path / "st.ttl", tmp_path / "st-linked.ttl", tmp_path / "st.qs"
    assert main(["build", str(wiki("SenseTime")), "-o", str(built), "--extractors", "infobox", "-q"]) == 0
    assert main(["link", str(built), "-o", str(done), "--endpoint", diff_server.query_url, "--no-cache",
                 "--no-mediawiki-api"]) == 0
    code, out, err = run_diff(capsys, done, "--endpoint", diff_server.query_url, "--no-cache",
                              "--quickstatements", qs, *RETRIEVED)
    assert code == 0, err
    assert out.rstrip("\n") == table
    assert qs.read_text(encoding="utf-8").rstrip("\n") == commands
    summary = err.strip().splitlines()[-1].replace(str(qs), "st.qs")
    assert summary.startswith("kg diff: 1 linked company, 20 facts: 2 same, 1 more_precise, 1 differs, 16")
    assert " ".join(summary.split()) in " ".join(readme.replace("`", "").split())


def test_retrieved_defaults_to_today(capsys, diff_server, linked, tmp_path):
    import datetime as dt

    before = dt.datetime.now(dt.UTC).date()
    qs = tmp_path / "st.qs"
    code, _, err = run_diff(capsys, linked["SenseTime"], "--endpoint", diff_server.query_url, "--no-cache",
                            "--quickstatements", qs, "--format", "csv")
    after = dt.datetime.now(dt.UTC).date()
    assert code == 0, err
    dates = {c.reference()["P813"].value for c in parse_v1(qs.read_text(encoding="utf-8"))}
    assert dates and dates <= {f"+{d.isoformat()}T00:00:00Z" for d in (before, after)}
