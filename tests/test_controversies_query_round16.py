"""The controversies query gives a row per sentence that tells a controversy (round 16).

A controversy told twice (in History and again in Controversies) with the same type, date and
label is one node of the graph with two statements. The query shows both tellings, each with its own
sentence and confidence (what a reader scoring the query output against one item per sentence
needs), and the company page still lists the controversy once."""

from __future__ import annotations

import json

from kg.cli import main

TOLD_TWICE = """{{Infobox company
| name = Harlow Appliances
| industry = [[Home appliance]]s
}}
'''Harlow Appliances''' is a British maker of kettles and toasters.

== History ==
Harlow Appliances was founded in 1961 in [[Harlow]]. In March 2022 a ransomware attack stopped its factories for a week, and the attackers published customer records.

== Controversies ==
The ransomware attack of March 2022 was claimed by a criminal group that demanded a payment of £2 million, which the company refused.
"""


def _rows(tmp_path, capsys):
    src = tmp_path / "Harlow_Appliances.wiki"
    src.write_text(TOLD_TWICE, encoding="utf-8")
    graph = tmp_path / "h.nq"
    assert main(["build", str(src), "-o", str(graph), "-q"]) == 0
    capsys.readouterr()
    assert main(["query", "controversies", "--graph", str(graph), "--param", "company=Harlow Appliances",
                 "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out), graph


def test_a_controversy_told_twice_gives_a_row_per_sentence(tmp_path, capsys):
    rows, _ = _rows(tmp_path, capsys)
    breaches = [r for r in rows if r["type"] == "data_breach"]
    assert len(breaches) == 2
    assert len({r["controversy"] for r in breaches}) == 1  # one controversy in the graph
    assert sorted(r["sentence"][:30] for r in breaches) == ["In March 2022 a ransomware att", "The ransomware attack of March"]
    assert all(r["date"] == "2022-03" and r["confidence"] for r in breaches)


def test_the_company_page_lists_it_once(tmp_path, capsys):
    from kg.graph.query import load_graphs  # noqa: PLC0415
    from kg.web.company import company_page  # noqa: PLC0415  (only this test needs the web layer)
    from kg.web.site import Site  # noqa: PLC0415

    _, graph = _rows(tmp_path, capsys)
    site = Site(load_graphs([str(graph)]))
    (company,) = [c for c in site.companies if c.title == "Harlow Appliances"]
    breaches = [c for c in company_page(site, company)["controversies"] if c["type"] == "data breach"]
    assert len(breaches) == 1
    assert breaches[0]["sections"] == ["Controversies", "History"]  # both tellings among its sources
