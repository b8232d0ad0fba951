"""The command line: build, extract, query, validate; errors, exit codes, atomic output."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys

import pyoxigraph as ox
import pytest
from corpus import ALL_BUILDABLE, WIKI, wiki

from kg.cli import main
from kg.commands import COMMANDS


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def sensetime_ttl(tmp_path_factory):
    out = tmp_path_factory.mktemp("g") / "st.ttl"
    assert main(["build", str(wiki("SenseTime")), "-o", str(out), "-q"]) == 0
    return out


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "trig", "nq"])
def test_build_writes_every_format_and_it_parses_back(tmp_path, capsys, fmt):
    out = tmp_path / f"ibm.{fmt}"
    code, _, err = run(capsys, "build", wiki("IBM"), "-o", out)
    assert code == 0, err
    rdf_format = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                  "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}[fmt]
    quads = list(ox.parse(path=str(out), format=rdf_format))
    assert len(quads) > 500
    assert "1 page(s) built" in err


def test_build_is_deterministic(tmp_path, capsys):
    a, b = tmp_path / "a.nq", tmp_path / "b.nq"
    run(capsys, "build", wiki("Samsung"), wiki("IKEA"), "-o", a)
    run(capsys, "build", wiki("IKEA"), wiki("Samsung"), "-o", b)
    assert a.read_bytes() == b.read_bytes()


def test_build_to_stdout(capsys):
    code, out, _ = run(capsys, "build", wiki("Alsea_(company)"), "--format", "nt")
    assert code == 0
    assert "<https://en.wikipedia.org/wiki/Alsea_(company)> <http://schema.org/about>" in out


def test_profile_query_as_json_csv_and_table(sensetime_ttl, capsys):
    code, out, _ = run(capsys, "query", "profile", "--graph", sensetime_ttl, "--param", "company=SenseTime", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert set(rows[0]) == {"company", "companyWikipedia", "property", "propertyLabel", "wikidataProperty",
                            "value", "valueLabel", "valueWikipedia"}
    founders = {r["valueWikipedia"] for r in rows if r["property"].endswith("#founder")}
    assert founders == {"https://en.wikipedia.org/wiki/Tang_Xiao%27ou",
                        "https://en.wikipedia.org/wiki/Xu_Li_(computer_scientist)"}
    founded = [r for r in rows if r["property"].endswith("#foundingDate")]
    assert founded[0]["value"] == "2014-10"
    assert founded[0]["wikidataProperty"] == "http://www.wikidata.org/prop/direct/P571"
    code, out, _ = run(capsys, "query", "profile", "--graph", sensetime_ttl, "--param", "company=SenseTime", "--format", "csv")
    table = list(csv.reader(io.StringIO(out)))
    assert table[0][0] == "company" and len(table) == len(rows) + 1
    code, out, _ = run(capsys, "query", "profile", "--graph", sensetime_ttl, "--param", "company=SenseTime")
    assert "kgo:founder" in out and f"({len(rows)} rows)" in out


def test_query_parameter_cannot_inject(sensetime_ttl, capsys):
    code, out, _ = run(capsys, "query", "profile", "--graph", sensetime_ttl, "--param",
                       'company=SenseTime> } UNION { ?company ?property ?value', "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_query_takes_graph_files_after_its_name_as_the_other_commands_do(sensetime_ttl, tmp_path, capsys):
    code, named, _ = run(capsys, "query", "profile", sensetime_ttl, "-p", "company=SenseTime", "-f", "json")
    assert code == 0
    code, flagged, _ = run(capsys, "query", "profile", "--graph", sensetime_ttl, "-p", "company=SenseTime", "-f", "json")
    assert json.loads(named) == json.loads(flagged) != []
    code, _, err = run(capsys, "query", "profile", sensetime_ttl, "--store", str(tmp_path))
    assert code == 2 and "not both" in err
    code, _, err = run(capsys, "query", "profile")
    assert code == 2 and "kg query QUERY FILE" in err


def test_query_list_and_unknown_query(capsys):
    code, out, _ = run(capsys, "query", "--list")
    assert code == 0 and "profile" in out and "--param company=" in out
    code, _, err = run(capsys, "query", "nosuchquery", "--graph", "x.ttl")
    assert code == 2 and "kg query --list" in err


def test_extract_prints_json_lines(capsys):
    code, out, _ = run(capsys, "extract", wiki("SenseTime"), "--extractors", "infobox")
    facts = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert {"subject", "property", "value", "provenance"} <= set(facts[0])
    assert any(f["property"] == "foundingDate" and f["value"]["iso"] == "2014-10" for f in facts)


@pytest.mark.parametrize("stem", ALL_BUILDABLE)
def test_every_corpus_graph_conforms_to_the_shapes(tmp_path, capsys, stem):
    out = tmp_path / "g.ttl"
    assert run(capsys, "build", wiki(stem), "-o", out, "-q")[0] == 0
    code, report, err = run(capsys, "validate", out)
    assert code == 0, report
    assert "conforms" in err


def test_validate_rejects_a_broken_graph(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix kgo: <https://w3id.org/company-kg/ontology#> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        '<http://x/c> a kgo:Company ; kgo:foundingDate "October 2014" ; kgo:employees "-5"^^xsd:integer .\n',
        encoding="utf-8",
    )
    code, report, _ = run(capsys, "validate", bad)
    assert code == 1 and "foundingDate" in report


# ---------------------------------------------------------------- errors


def test_missing_file_names_the_file(capsys):
    code, _, err = run(capsys, "build", "no/such/file.wiki", "-o", "-")
    assert code == 3
    assert "no/such/file.wiki" in err and "no such file" in err


def test_article_without_infobox_gets_a_clear_message(tmp_path, capsys):
    out = tmp_path / "atlas.ttl"
    code, _, err = run(capsys, "build", wiki("The_Atlas_(newspaper)"), "-o", out)
    assert code == 3
    assert "The_Atlas_(newspaper).wiki" in err and "no company-like infobox" in err
    assert not out.exists()


def test_non_company_infobox_is_named_and_can_be_mapped_anyway(tmp_path, capsys):
    code, _, err = run(capsys, "build", wiki("Royal_Cinema"), "-o", tmp_path / "r.ttl")
    assert code == 3 and "{{Infobox venue}}" in err and "--any-infobox" in err
    code, _, _ = run(capsys, "build", wiki("Royal_Cinema"), "-o", tmp_path / "r.ttl", "--any-infobox")
    assert code == 0 and (tmp_path / "r.ttl").stat().st_size > 0


def test_batch_with_bad_files_writes_the_good_ones_and_reports_the_bad(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(wiki("SenseTime"), folder / "SenseTime.wiki")
    shutil.copy(wiki("Alsea_(company)"), folder / "Alsea_(company).wiki")
    (folder / "Latin1.wiki").write_bytes("{{Infobox company|name=Caf\xe9}}".encode("latin-1"))
    (folder / "Redirect.wiki").write_text("#REDIRECT [[SenseTime]]", encoding="utf-8")
    (folder / "Empty.wiki").write_text("", encoding="utf-8")
    shutil.copy(wiki("The_Atlas_(newspaper)"), folder / "The_Atlas_(newspaper).wiki")
    out = tmp_path / "g.nq"
    code, _, err = run(capsys, "build", folder, "-o", out)
    assert code == 4
    for name in ("Latin1.wiki", "Redirect.wiki", "Empty.wiki", "The_Atlas_(newspaper).wiki"):
        assert name in err
    assert "UTF-8" in err and "redirect" in err
    assert "2 page(s) built" in err and "4 failed" in err
    text = out.read_text(encoding="utf-8")
    assert "entity/SenseTime>" in text and "entity/Alsea_(company)>" in text


def test_failed_build_leaves_previous_output_untouched(tmp_path, capsys):
    out = tmp_path / "g.ttl"
    out.write_text("previous content\n", encoding="utf-8")
    code, _, _ = run(capsys, "build", wiki("The_Atlas_(newspaper)"), "-o", out)
    assert code == 3
    assert out.read_text(encoding="utf-8") == "previous content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]  # no temporary file left behind


def test_unknown_extractor_is_a_usage_error(capsys):
    code, _, err = run(capsys, "build", wiki("IBM"), "--extractors", "infobox,nosuch")
    assert code == 2 and "nosuch" in err


def test_every_command_has_help():
    for name in COMMANDS:
        res = subprocess.run([sys.executable, "-m", "kg.cli", name, "--help"], capture_output=True, text=True, check=False)
        assert res.returncode == 0, name
        assert "usage: kg " + name in res.stdout
        assert "exit codes" in res.stdout


def test_stdin_input(capsys, monkeypatch):
    data = (WIKI / "Alsea_(company).wiki").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, err = run(capsys, "build", "-", "--format", "nt")
    assert code == 3 and "title" in err  # stdin has no file name to take the title from
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, err = run(capsys, "build", "-", "--format", "nt", "--title", "Alsea (company)")
    assert code == 0, err
    assert "schema.org/about" in out


def test_readme_documents_every_command_and_query():
    from pathlib import Path

    from kg.graph.query import bundled_queries

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"### `kg {name}`" in readme, f"README has no section for kg {name}"
    for name in bundled_queries():
        assert f"| `{name}` |" in readme, f"README's query table lacks {name}"
    assert "make run" in readme.split("## Commands")[0] and "make test" in readme.split("## Commands")[0]


def _stderr_on_a_terminal(*argv) -> tuple[int, str]:
    """Run ``kg ARGV`` with stderr on a pseudo-terminal 100 columns wide."""
    import fcntl
    import os
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, argv)], stderr=slave, stdout=subprocess.DEVNULL)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return process.wait(60), shown.decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_only(tmp_path):
    articles = [wiki("Alsea_(company)"), wiki("Deliveroo")]
    code, shown = _stderr_on_a_terminal("build", *articles, "-o", tmp_path / "a.nt")
    assert code == 0
    summary = r"kg build: 2 page\(s\) built; \d+ facts; \d+ quads -> " + re.escape(str(tmp_path))
    assert "\rkg build: 0page [00:00, ?page/s]" in shown  # the bar, drawn as the build starts
    *_, erased, last, end = shown.split("\r")
    assert erased.strip() == "" and re.fullmatch(summary + "/a.nt", last) and end == "\n"
    code, shown = _stderr_on_a_terminal("build", *articles, "-o", tmp_path / "b.nt", "-q")
    assert code == 0 and "page/s" not in shown and re.fullmatch(summary + "/b.nt\r\n", shown)
    piped = subprocess.run([sys.executable, "-m", "kg.cli", "build", *map(str, articles), "-o", str(tmp_path / "c.nt")],
                           capture_output=True, text=True, check=True)
    assert re.fullmatch(summary + "/c.nt\n", piped.stderr)  # not a terminal: the summary line only
