"""The `profile` query shows the infobox's facts; facts read from the text are in `partners`,
`timeline` and `controversies`."""

from __future__ import annotations

from corpus import wiki

from kg.cli import main
from kg.graph.query import get_query, load_graphs, run_query

KGO = "https://w3id.org/company-kg/ontology#"
TEXT_PROPERTIES = {KGO + p for p in ("partner", "customer", "supplier", "investor", "jointVenturePartner",
                                     "researchCollaborator", "significantEvent", "controversy")}


def _rows(graph, name):
    columns, rows = run_query(graph, get_query(name), {"company": "SenseTime"})
    return [dict(zip(columns, row, strict=True)) for row in rows]


def test_profile_rows_are_the_infobox_facts_and_the_text_has_its_own_queries(tmp_path):
    every, infobox = tmp_path / "all.ttl", tmp_path / "infobox.ttl"
    assert main(["build", str(wiki("SenseTime")), "-o", str(every), "-q"]) == 0
    assert main(["build", str(wiki("SenseTime")), "-o", str(infobox), "-q", "--extractors", "infobox"]) == 0
    full, only = load_graphs([str(every)]), load_graphs([str(infobox)])
    profile = _rows(full, "profile")
    assert profile and not {r["property"] for r in profile} & TEXT_PROPERTIES
    # the same rows as a build with the infobox extractor alone
    key = lambda r: (r["property"], r["value"])  # noqa: E731
    assert sorted(map(key, profile)) == sorted(map(key, _rows(only, "profile")))
    partners = _rows(full, "partners")
    assert {r["relation"] for r in partners} >= {"partner", "customer"}
