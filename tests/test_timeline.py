"""kg timeline --plot: the timeline picture (SVG by own code, PNG with matplotlib) of real
articles, one mark per row of the bundled timeline query."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import pytest
from corpus import wiki
from webserver import HOSTILE, HOSTILE_TITLE

from kg.analysis.timeline import R_PLAIN, TYPE_COLOURS, event_span, year_position
from kg.cli import main
from kg.graph.query import get_query, load_graphs, run_query

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("timeline") / "g.ttl"
    assert main(["build", str(wiki("Samsung")), str(wiki("SenseTime")), str(HOSTILE), "-o", str(path)]) == 0
    return path


def timeline_rows(graph, company):
    columns, rows = run_query(load_graphs([str(graph)]), get_query("timeline"), {"company": company})
    return [dict(zip(columns, r, strict=True)) for r in rows]


def marks(path):
    root = ET.parse(path).getroot()  # well-formed XML, whatever the articles say
    return [c for c in root.iter(SVG + "circle") if c.get("class") == "event"]


@pytest.mark.parametrize("company", ["Samsung", "SenseTime"])
def test_svg_has_one_mark_per_event_coloured_by_type(graph, tmp_path, capsys, company):
    out = tmp_path / "t.svg"
    assert main(["timeline", str(graph), "--company", company, "--plot", str(out)]) == 0
    rows = timeline_rows(graph, company)
    found = marks(out)
    assert len(rows) > 10 and len(found) == len(rows)
    assert sorted(m.get("data-event") for m in found) == sorted(r["event"] for r in rows)
    for m in found:
        assert m.get("fill") == TYPE_COLOURS.get(m.get("data-type"), "#AAAAAA")
    assert len({m.get("fill") for m in found}) >= 4
    assert f"drew {len(rows)} events" in capsys.readouterr().err


def test_funding_amounts_are_scaled(graph, tmp_path):
    out = tmp_path / "t.svg"
    assert main(["timeline", str(graph), "--company", "SenseTime", "--plot", str(out)]) == 0
    rounds = {m.get("data-date"): float(m.get("r")) for m in marks(out) if m.get("data-type") == "funding round"}
    # Series B 410M USD (2017), Series C 600M (2018-04), C+ 620M (2018-05): larger amount, larger circle
    assert rounds["2017"] < rounds["2018-04"] < rounds["2018-05"]
    assert min(rounds.values()) > R_PLAIN
    others = [float(m.get("r")) for m in marks(out) if m.get("data-type") == "founding"]
    assert others == [R_PLAIN]


def test_png_is_drawn(graph, tmp_path):
    from PIL import Image

    out = tmp_path / "t.png"
    assert main(["timeline", str(graph), "--company", "Samsung", "--plot", str(out)]) == 0
    image = Image.open(out).convert("RGB")
    assert image.width == 960 and image.height > 400
    colours = image.getcolors(maxcolors=1 << 24)
    assert len(colours) > 50  # not blank: lanes, marks, labels


def test_png_without_matplotlib_names_the_extra(graph, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if it were not installed
    out = tmp_path / "t.png"
    assert main(["timeline", str(graph), "--company", "Samsung", "--plot", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "install the 'plot' extra" in err[0] and "Traceback" not in err[0]
    assert not out.exists() and not list(tmp_path.iterdir())


def test_hostile_text_is_escaped_in_the_svg(graph, tmp_path):
    out = tmp_path / "t.svg"
    assert main(["timeline", str(graph), "--company", HOSTILE_TITLE, "--plot", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "<script" not in text and "alert(&#x27;acq&#x27;)" in text
    titles = [t.text for t in ET.parse(out).getroot().iter(SVG + "title")]
    assert any("Acme \"alert('acq')\"" in (t or "") for t in titles)  # the text itself is intact
    assert 'href="javascript:' not in text


def test_usage_errors(graph, tmp_path, capsys):
    assert main(["timeline", str(graph), "--company", "Samsung", "--plot", str(tmp_path / "t.pdf")]) == 2
    assert main(["timeline", "--company", "Samsung", "--plot", str(tmp_path / "t.svg")]) == 2
    assert "graph files or --store" in capsys.readouterr().err
    assert main(["timeline", str(tmp_path / "missing.ttl"), "--company", "X"]) == 3


def test_table_without_plot(graph, capsys):
    assert main(["timeline", str(graph), "--company", "SenseTime", "-f", "tsv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("company\tevent\tdate") and len(lines) - 1 == len(timeline_rows(graph, "SenseTime"))


def test_dates_on_the_axis():
    assert year_position("2014") == 2014.5
    assert year_position("2014-10") == pytest.approx(2014 + 9.5 / 12)
    assert 2018.49 < year_position("2018-06-29") < 2018.5
    assert year_position("") is None and year_position("circa") is None
    assert event_span("2014/2016") == (2014.5, 2016.5)
    assert event_span("2016/2014") == (2016.5, None)


ARTICLE = """<!-- title: Kestrel Freight -->
{{Infobox company
| name = Kestrel Freight
| type = Private
| industry = [[Logistics]]
| founded = 1972
}}
'''Kestrel Freight''' is a British road haulage company.

== History ==
Kestrel Freight was founded in 1972 in [[Leeds]]. In 1998 it acquired [[Northway Haulage]].
In 2011 the [[Office of Fair Trading]] fined Kestrel Freight £2 million for price fixing.

== Controversies ==
In 2019 the [[Health and Safety Executive]] fined Kestrel Freight £1.5 million after a driver died at its Wakefield depot.
"""


def test_the_timeline_is_the_history_and_leaves_controversies_of_their_own_section_to_the_controversies_query(tmp_path):
    # a fine told in the history is part of the company's timeline; one told only in the
    # Controversies section is listed by the controversies query, and not a second time here
    src = tmp_path / "Kestrel_Freight.wiki"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "k.ttl"
    assert main(["build", str(src), "-o", str(out), "-q"]) == 0
    rows = timeline_rows(out, "Kestrel Freight")
    years = {r["date"][:4]: r["type"] for r in rows}
    assert years.get("1972") == "founding" and years.get("1998") == "acquisition"
    assert years.get("2011") == "fine or sanction"
    assert "2019" not in years
    columns, crows = run_query(load_graphs([str(out)]), get_query("controversies"), {"company": "Kestrel Freight"})
    assert any(dict(zip(columns, r, strict=True))["date"].startswith("2019") for r in crows)
