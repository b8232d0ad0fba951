"""The RDF mapping: IRIs, typed dates, money, sitelinks, provenance that survives Turtle."""

from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox
import rdflib

from kg.graph.rdf import Mapper, decimal_literal
from kg.graph.sinks import serialize
from kg.model import Citation, DateValue, Entity, Fact, Money, Provenance, Quantity, Role

KGO = "https://w3id.org/company-kg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
CITE = Citation(url="https://example.org/a", title="A", date="8 March 2019", publisher="Paper")


def _prov(**kw):
    return Provenance(article="SenseTime", revision=None, section="Infobox company", citations=(CITE,), **kw)


def _facts():
    return [
        Fact("SenseTime", "foundingDate", DateValue("2014-10", "month", raw="October 2014"), _prov(param="founded")),
        Fact("SenseTime", "founder", Entity("Xu Li", "Xu Li (computer scientist)"), _prov(param="founder")),
        Fact("SenseTime", "revenue", Money(Decimal("73620000000"), "USD", year="2020", trend="decrease"), _prov()),
        Fact("SenseTime", "employees", Quantity(345900, year="2020"), _prov()),
        Fact("SenseTime", "keyPerson", Role(Entity("Arvind Krishna", "Arvind Krishna"), "Chairman and CEO"), _prov()),
    ]


def _graph(base="https://w3id.org/company-kg/resource/"):
    quads = Mapper(base).page_quads("SenseTime", None, "Company", _facts())
    g = rdflib.Graph()
    g.parse(data=serialize(quads, "ttl").decode(), format="turtle")
    return quads, g


def test_dates_keep_their_precision_as_xsd_types():
    _, g = _graph()
    rows = list(g.query(f"SELECT ?d WHERE {{ ?c <{KGO}foundingDate> ?d }}"))
    assert [str(r.d) for r in rows] == ["2014-10"]
    assert str(rows[0].d.datatype) == XSD + "gYearMonth"


def test_money_is_a_monetary_amount_with_currency_and_year():
    _, g = _graph()
    q = f"""SELECT ?v ?cur ?year ?trend WHERE {{ ?c <{KGO}revenue> ?m . ?m a <http://schema.org/MonetaryAmount> ;
          <http://schema.org/value> ?v ; <http://schema.org/currency> ?cur ; <{KGO}pointInTime> ?year ; <{KGO}trend> ?trend }}"""
    [row] = list(g.query(q))
    assert row.v.toPython() == Decimal("73620000000")
    assert str(row.v.datatype) == XSD + "decimal"
    assert (str(row.cur), str(row.year), str(row.trend)) == ("USD", "2020", "decrease")


def test_sitelinks_use_the_canonical_wikipedia_iri():
    _, g = _graph()
    q = """SELECT ?page ?e WHERE { ?page <http://schema.org/about> ?e }"""
    pages = {str(r.page): str(r.e) for r in g.query(q)}
    assert pages["https://en.wikipedia.org/wiki/Xu_Li_(computer_scientist)"] == (
        "https://w3id.org/company-kg/resource/entity/Xu_Li_(computer_scientist)"
    )
    assert pages["https://en.wikipedia.org/wiki/SenseTime"].endswith("/entity/SenseTime")


def test_base_iri_is_configurable():
    quads, _ = _graph(base="http://example.com/kg")
    subjects = {q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode)}
    assert "http://example.com/kg/entity/SenseTime" in subjects
    assert not any(s.startswith("https://w3id.org/company-kg/resource/") for s in subjects)


def test_provenance_survives_a_plain_turtle_export():
    _, g = _graph()
    q = f"""SELECT ?url ?param ?section WHERE {{
        ?s a <{KGO}Statement> ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <{KGO}foundingDate> ;
           <{KGO}infoboxParameter> ?param ; <{KGO}section> ?section ;
           <http://www.w3.org/ns/prov#wasDerivedFrom> ?c . ?c <http://schema.org/url> ?url }}"""
    rows = [(str(r.url), str(r.param), str(r.section)) for r in g.query(q)]
    assert rows == [("https://example.org/a", "founded", "Infobox company")]


def test_key_person_keeps_the_role():
    _, g = _graph()
    q = f"""SELECT ?name ?role WHERE {{ ?c <{KGO}keyPerson> ?m . ?m <{KGO}member> ?p ; <{KGO}role> ?role .
            ?p <http://www.w3.org/2000/01/rdf-schema#label> ?name }}"""
    assert [(str(r.name), str(r.role)) for r in g.query(q)] == [("Arvind Krishna", "Chairman and CEO")]


def test_employee_count_is_an_integer_with_its_year_on_the_statement():
    _, g = _graph()
    q = f"""SELECT ?n ?y WHERE {{ ?c <{KGO}employees> ?n . ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?n ;
            <{KGO}pointInTime> ?y }}"""
    [row] = list(g.query(q))
    assert row.n.toPython() == 345900 and str(row.y) == "2020"


def test_output_is_deterministic_and_sorted():
    a = serialize(_graph()[0], "nq")
    b = serialize(list(reversed(_graph()[0])), "nq")
    assert a == b
    lines = a.splitlines()
    assert lines == sorted(lines)


def test_decimal_literal_never_uses_exponent_notation():
    assert decimal_literal(Decimal("7.7E+9")).value == "7700000000.0"
    assert decimal_literal(Decimal("0.25")).value == "0.25"


def test_an_event_is_its_companys_own_node():
    """Two articles that each tell an undated lawsuit with no named party have two lawsuits,
    not one node shared by both companies; one article telling its event twice keeps one."""
    from kg.model import Event

    def lawsuit(title, sentence):
        prov = Provenance(article=title, section="Controversies", sentence=sentence, extractor="controversies")
        return Fact(title, "controversy", Event("lawsuit", "lawsuit", category="controversy"), prov)

    mapper = Mapper()
    events = {}
    for title, sentences in (("Acme", ["Acme was sued.", "A suit against Acme followed."]), ("Zenith", ["Zenith was sued."])):
        quads = mapper.page_quads(title, None, "Company", [lawsuit(title, s) for s in sentences])
        events[title] = {q.object.value for q in quads if q.predicate.value == KGO + "controversy"}
    assert len(events["Acme"]) == 1 and len(events["Zenith"]) == 1
    assert events["Acme"] != events["Zenith"]
