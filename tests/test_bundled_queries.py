"""The README's table of bundled queries, checked against the queries themselves: the columns
each one returns (in the README's order), its parameters, its header, and that it answers on
the corpus graph. wikidata_links answers only on a linked graph (tests/test_link.py), and no
two corpus companies share a counterparty: co_partners' rows are checked on a hand-made
graph (tests/test_co_partners.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from corpus import wiki

from kg.cli import main
from kg.graph.query import bundled_queries, get_query, load_graphs, run_query

ROOT = Path(__file__).resolve().parent.parent

# a company of the corpus graph with rows for each query that takes one
COMPANY = {
    "profile": "IBM",
    "timeline": "SenseTime",
    "funding": "Deliveroo",
    "partners": "SenseTime",
    "controversies": "Samsung",
    "co_partners": "SenseTime",
}


def _readme_table() -> dict[str, tuple[list[str], str]]:
    """query -> (the columns it lists, the parameters cell)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Bundled queries", 1)[1].split("\n## ", 1)[0]
    table = {}
    for line in section.splitlines():
        m = re.match(r"\| `(\w+)` \| (.*) \| (.*) \|$", line)
        if m:
            table[m.group(1)] = (re.findall(r"`(\w+)`", m.group(2)), m.group(3).strip())
    return table


README = _readme_table()


@pytest.fixture(scope="module")
def corpus_graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("queries") / "corpus.nq"
    articles = [wiki(stem) for stem in ("SenseTime", "IBM", "Samsung", "Deliveroo", "IKEA")]
    assert main(["build", *map(str, articles), "-o", str(out), "-q"]) == 0
    return load_graphs([str(out)])


def test_the_table_lists_every_bundled_query():
    assert set(README) == set(bundled_queries())


@pytest.mark.parametrize("name", sorted(README))
def test_columns_are_the_ones_the_readme_lists(name, corpus_graph):
    columns, rows = run_query(corpus_graph, get_query(name), {"company": COMPANY[name]} if name in COMPANY else {})
    assert columns == README[name][0]
    if name not in ("wikidata_links", "co_partners"):
        assert rows, f"{name} gave no rows for {COMPANY[name]}"


@pytest.mark.parametrize("name", sorted(README))
def test_parameters_and_header(name, corpus_graph):
    query = get_query(name)
    cell = README[name][1]
    assert [p.name for p in query.params] == re.findall(r"`(\w+)`", cell)
    assert all(p.type in ("wikipedia", "iri", "string", "integer") for p in query.params)
    assert query.title and query.title != name and query.description  # the header is there
    optional = [p.name for p in query.params if "(optional)" in p.description]
    assert ("(optional)" in cell) == bool(optional)
    if optional:  # and the query runs without it
        assert run_query(corpus_graph, query, {})[0] == README[name][0]


def test_json_rows_map_every_column_to_a_string(tmp_path, capsys):
    # README: "a JSON array of objects from column name to string (unbound columns are "")"
    graph = tmp_path / "st.nq"
    assert main(["build", str(wiki("SenseTime")), "-o", str(graph), "-q"]) == 0
    assert main(["query", "partners", "--graph", str(graph), "--param", "company=SenseTime", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(list(row) == README["partners"][0] for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row.values())
    unlinked = [row for row in rows if row["partnerWikipedia"] == ""]  # names the article never links
    assert unlinked and all(row["partnerLabel"] for row in unlinked)


TWICE = """<!-- title: Kestrel Freight -->
{{Infobox company
| name = Kestrel Freight
| industry = [[Logistics]]
}}
'''Kestrel Freight''' is a British road haulage company.

== History ==
Kestrel Freight was founded in 1972 in [[Leeds]]. In 2015 Kestrel Freight signed a partnership agreement with [[Acme Logistics]] to share depots.
In 2018 Kestrel Freight formed a strategic partnership with [[Acme Logistics]] for rail freight.

== Partnerships ==
Its customers include [[Tesco]].
"""


def test_partners_gives_one_row_per_relation_dated_by_its_earliest_statement(tmp_path, capsys):
    # a partner told in two sentences of one section (2015, 2018) is one row: the relation's
    # earliest date and the sentence of its most confident statement (each tells an occasion of
    # its own, with a year of its own, and keeps its own confidence; since round 14 a sentence that
    # names an agreement, "signed a partnership agreement", is the less confident: text.deal)
    src = tmp_path / "Kestrel_Freight.wiki"
    src.write_text(TWICE, encoding="utf-8")
    graph = tmp_path / "k.nq"
    assert main(["build", str(src), "-o", str(graph), "-q"]) == 0
    assert main(["query", "partners", "--graph", str(graph), "--param", "company=Kestrel Freight", "--format", "json"]) == 0
    rows = {(r["partnerLabel"], r["relation"]): r for r in json.loads(capsys.readouterr().out)}
    assert set(rows) == {("Acme Logistics", "partner"), ("Tesco", "customer")}
    acme = rows[("Acme Logistics", "partner")]
    assert acme["date"] == "2015" and acme["sentence"].startswith("In 2018 Kestrel Freight formed")
    assert rows[("Tesco", "customer")]["date"] == ""


SHOWN = """@prefix kgo: <https://w3id.org/company-kg/ontology#> .
@prefix schema: <http://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://en.wikipedia.org/wiki/Acme> schema:about <urn:acme> ; schema:isPartOf <https://en.wikipedia.org/> .
<urn:acme> kgo:customer <urn:ministry> , <urn:board> .
<urn:ministry> rdfs:label "Ministry of Works" .
<urn:board> rdfs:label "Port Board" .
<urn:s1> a kgo:Statement ; rdf:subject <urn:acme> ; rdf:predicate kgo:customer ; rdf:object <urn:ministry> ;
  kgo:sentence "In 2016 police searched its offices over a contract with the Ministry of Works." ;
  kgo:date "2016"^^xsd:gYear ; kgo:confidence "0.39"^^xsd:decimal .
<urn:s2> a kgo:Statement ; rdf:subject <urn:acme> ; rdf:predicate kgo:customer ; rdf:object <urn:ministry> ;
  kgo:sentence "In 2013 the Ministry of Works awarded Acme a contract." ;
  kgo:date "2013"^^xsd:gYear ; kgo:confidence "0.4"^^xsd:decimal .
<urn:s3> a kgo:Statement ; rdf:subject <urn:acme> ; rdf:predicate kgo:customer ; rdf:object <urn:board> ;
  kgo:sentence "The Port Board has bought its cranes since 2001." ;
  kgo:date "2001"^^xsd:gYear ; kgo:confidence "0.9"^^xsd:decimal .
<urn:s4> a kgo:Statement ; rdf:subject <urn:acme> ; rdf:predicate kgo:customer ; rdf:object <urn:board> ;
  kgo:sentence "In 2005 the Port Board ordered six more cranes." ;
  kgo:date "2005"^^xsd:gYear ; kgo:confidence "0.85"^^xsd:decimal .
"""


def test_partners_shows_the_sentence_of_the_most_confident_statement_whatever_its_digits(tmp_path):
    # 0.4 is more confident than 0.39 and 0.9 than 0.85, however many digits each writes: the row's
    # sentence is the 2013 award (unpadded, "1 - 0.39" = "0.61|..." sorted before "0.6|..." and the
    # row showed the 2016 search with the 2013 date)
    path = tmp_path / "shown.ttl"
    path.write_text(SHOWN, encoding="utf-8")
    columns, rows = run_query(load_graphs([str(path)]), get_query("partners"), {"company": "Acme"})
    got = {row[columns.index("partnerLabel")]: row for row in rows}
    ministry, board = got["Ministry of Works"], got["Port Board"]
    assert ministry[columns.index("sentence")].startswith("In 2013 the Ministry of Works awarded")
    assert ministry[columns.index("date")] == "2013" and ministry[columns.index("confidence")] == "0.4"
    assert board[columns.index("sentence")].startswith("The Port Board has bought")
