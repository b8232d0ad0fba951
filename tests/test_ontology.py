"""The ontology (kgo.ttl), the SHACL shapes (shapes.ttl) and the generated vocabulary (kg/graph/vocab.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib import namespace as rdfns
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from kg.graph import vocab_gen as tools_vocab
from kg.graph.vocab import DBO, KGO, ORG, PROV, SCHEMA, SEM, WDT, ontology_path

ROOT = Path(__file__).resolve().parents[1]
KGO_NS = str(KGO)
ONTOLOGY_IRI = URIRef("https://w3id.org/company-kg/ontology")

# Properties whose Wikidata counterpart DESIGN.md requires to be declared.
REQUIRED_WIKIDATA = {
    "foundingDate": "P571",
    "founder": "P112",
    "headquarters": "P159",
    "industry": "P452",
    "website": "P856",
    "employees": "P1128",
    "revenue": "P2139",
    "parentOrganization": "P749",
    "subsidiary": "P355",
    "owner": "P127",
    "exchange": "P414",
    "ticker": "P249",
    "chiefExecutiveOfficer": "P169",
    "chairperson": "P488",
    "areaServed": "P2541",
    "product": "P1056",
    "significantEvent": "P793",
    "date": "P585",
    "startDate": "P580",
    "endDate": "P582",
    "participant": "P710",
    "partner": "P2652",
}

# Classes that describe the world and must align with schema.org, W3C ORG or DBpedia.
WORLD_CLASSES = {
    "Entity", "Agent", "Organization", "Company", "Person", "Place",
    "Event", "Controversy", "Participation", "Membership", "Citation", "ArticleRevision",
}  # fmt: skip

PROPERTY_TYPES = {RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(str(ontology_path("kgo.ttl")), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(str(ontology_path("shapes.ttl")), format="turtle")


def declared_terms(g: Graph) -> dict[str, set[URIRef]]:
    out: dict[str, set[URIRef]] = {}
    for s, o in g.subject_objects(RDF.type):
        if isinstance(s, URIRef) and str(s).startswith(KGO_NS):
            out.setdefault(str(s)[len(KGO_NS) :], set()).add(o)
    return out


def kgo_iris_mentioned(g: Graph) -> set[str]:
    return {
        str(t)[len(KGO_NS) :]
        for triple in g
        for t in triple
        if isinstance(t, URIRef) and str(t).startswith(KGO_NS)
    }


# ---------------------------------------------------------------- files and header


def test_files_parse_and_are_installed(onto, shapes):
    assert ontology_path("kgo.ttl").is_file()
    assert len(onto) > 500
    assert (None, RDF.type, SH.NodeShape) in shapes
    with pytest.raises(FileNotFoundError):
        ontology_path("missing.ttl")


def test_ontology_header(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert str(onto.value(ONTOLOGY_IRI, OWL.versionInfo)) == "0.1.0"
    dct = Namespace("http://purl.org/dc/terms/")
    for p in (dct.title, dct.description, dct.license):
        assert onto.value(ONTOLOGY_IRI, p) is not None, p


# ---------------------------------------------------------------- vocab.py in sync


def test_vocab_module_is_generated_from_the_ontology():
    ttl = ontology_path("kgo.ttl").read_text(encoding="utf-8")
    assert tools_vocab.render(ttl) == (ROOT / "kg" / "graph" / "vocab.py").read_text(encoding="utf-8")


def test_check_command_passes_on_the_repository():
    proc = subprocess.run(
        [sys.executable, "-m", "kg.graph.vocab_gen", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr


def test_check_command_fails_when_the_ontology_changes(tmp_path):
    vocab = tmp_path / "vocab.py"
    onto_file = tmp_path / "kgo.ttl"
    onto_file.write_text(ontology_path("kgo.ttl").read_text(encoding="utf-8"), encoding="utf-8")
    assert tools_vocab.main(["--ontology", str(onto_file), "--vocab", str(vocab), "--write"]) == 0
    assert tools_vocab.main(["--ontology", str(onto_file), "--vocab", str(vocab), "--check"]) == 0
    with onto_file.open("a", encoding="utf-8") as f:
        f.write('\nkgo:brandNewTerm a owl:DatatypeProperty ; rdfs:label "brand new"@en .\n')
    assert tools_vocab.main(["--ontology", str(onto_file), "--vocab", str(vocab), "--check"]) == 1
    assert tools_vocab.main(["--ontology", str(onto_file), "--vocab", str(vocab), "--write"]) == 0
    assert "    brandNewTerm: URIRef  # brand new\n" in vocab.read_text(encoding="utf-8")


def test_generator_rejects_a_term_without_english_label():
    ttl = ontology_path("kgo.ttl").read_text(encoding="utf-8")
    ttl += '\nkgo:unlabelled a owl:Class ; rdfs:label "ohne Etikett"@de .\n'
    with pytest.raises(ValueError, match="unlabelled"):
        tools_vocab.render(ttl)


def test_vocab_terms_are_exactly_the_declared_terms(onto):
    names = {str(t)[len(KGO_NS) :] for t in dir(KGO)}
    assert names == set(declared_terms(onto))


def test_vocab_refuses_typos():
    assert KGO.foundingDate == URIRef(KGO_NS + "foundingDate")
    with pytest.raises(AttributeError):
        KGO.nonexistentTerm  # noqa: B018
    with pytest.raises(AttributeError):
        KGO.foundingdate  # noqa: B018


def test_every_kgo_iri_used_is_declared(onto, shapes):
    declared = set(declared_terms(onto))
    assert kgo_iris_mentioned(onto) - declared == set()
    assert kgo_iris_mentioned(shapes) - declared == set()


# ---------------------------------------------------------------- documentation of terms


def test_every_term_has_english_label_and_comment(onto):
    for local in declared_terms(onto):
        term = KGO[local]
        labels = [o for o in onto.objects(term, RDFS.label) if o.language == "en"]
        comments = [o for o in onto.objects(term, RDFS.comment) if o.language == "en"]
        assert len(labels) == 1, f"kgo:{local} needs one English rdfs:label"
        assert comments, f"kgo:{local} needs an English rdfs:comment"
        assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in onto, local


def test_every_term_has_a_kind(onto):
    kinds = PROPERTY_TYPES | {OWL.Class, SKOS.ConceptScheme, KGO.EventType, KGO.RelationType}
    for local, types in declared_terms(onto).items():
        assert types & kinds, f"kgo:{local} is neither class, property, scheme nor concept"


# ---------------------------------------------------------------- alignment


def wikidata_alignments(g: Graph, prop: URIRef) -> set[str]:
    out = set()
    for p in (OWL.equivalentProperty, RDFS.subPropertyOf):
        for o in g.objects(prop, p):
            if str(o).startswith(str(WDT)):
                out.add(str(o)[len(str(WDT)) :])
    return out


@pytest.mark.parametrize(("local", "pid"), sorted(REQUIRED_WIKIDATA.items()))
def test_required_wikidata_alignment(onto, local, pid):
    prop = KGO[local]
    assert any((prop, RDF.type, t) in onto for t in PROPERTY_TYPES)
    assert pid in wikidata_alignments(onto, prop)


def test_wikidata_alignments_use_direct_claim_iris(onto):
    for p in (OWL.equivalentProperty, RDFS.subPropertyOf):
        for o in onto.objects(None, p):
            if "wikidata.org" in str(o):
                assert re.fullmatch(re.escape(str(WDT)) + r"P[1-9][0-9]*", str(o)), o


def test_a_wikidata_property_has_at_most_one_equivalent(onto):
    seen: dict[URIRef, URIRef] = {}
    for s, o in onto.subject_objects(OWL.equivalentProperty):
        if str(o).startswith(str(WDT)):
            assert o not in seen, f"{o} is equivalent to both {seen.get(o)} and {s}"
            seen[o] = s


def test_world_classes_align_with_schema_org_org_or_dbpedia(onto):
    external = (str(SCHEMA), str(ORG), str(DBO))
    align = (RDFS.subClassOf, OWL.equivalentClass, SKOS.closeMatch, SKOS.exactMatch)

    def aligned(cls: URIRef, depth: int = 0) -> bool:
        for p in align:
            for o in onto.objects(cls, p):
                if str(o).startswith(external):
                    return True
                if str(o).startswith(KGO_NS) and p == RDFS.subClassOf and depth < 5:
                    if aligned(o, depth + 1):
                        return True
        return False

    classes = {local for local, types in declared_terms(onto).items() if OWL.Class in types}
    assert WORLD_CLASSES <= classes
    for local in WORLD_CLASSES:
        assert aligned(KGO[local]), f"kgo:{local} has no schema:/org:/dbo: alignment"


def test_core_class_alignments(onto):
    assert (KGO.Company, RDFS.subClassOf, KGO.Organization) in onto
    assert (KGO.Controversy, RDFS.subClassOf, KGO.Event) in onto
    assert (KGO.Membership, RDFS.subClassOf, ORG.Membership) in onto
    assert (KGO.Event, RDFS.subClassOf, SEM.Event) in onto
    assert (KGO.Citation, RDFS.subClassOf, PROV.Entity) in onto
    assert (KGO.Statement, RDFS.subClassOf, RDF.Statement) in onto
    assert (KGO.EventType, RDFS.subClassOf, SKOS.Concept) in onto
    assert (KGO.member, RDFS.subPropertyOf, ORG.member) in onto
    assert (KGO.controversy, RDFS.subPropertyOf, KGO.significantEvent) in onto
    assert (KGO.participant, RDFS.subPropertyOf, SEM.hasActor) in onto


# ---------------------------------------------------------------- concept schemes


def concepts(g: Graph, cls: URIRef) -> set[URIRef]:
    return set(g.subjects(RDF.type, cls))


@pytest.mark.parametrize(
    ("cls", "scheme", "count"),
    [(KGO.EventType, KGO.EventTypeScheme, 23), (KGO.RelationType, KGO.RelationTypeScheme, 7)],
)
def test_concept_schemes(onto, cls, scheme, count):
    members = concepts(onto, cls)
    assert len(members) == count
    notations = []
    for c in members:
        assert (c, RDF.type, SKOS.Concept) in onto
        assert (c, SKOS.inScheme, scheme) in onto
        assert (scheme, SKOS.hasTopConcept, c) in onto
        assert [o for o in onto.objects(c, SKOS.prefLabel) if o.language == "en"], c
        notations.append(str(onto.value(c, SKOS.notation)))
    assert len(set(notations)) == count, "skos:notation keys must be unique"
    assert set(onto.subjects(SKOS.inScheme, scheme)) == members


def shape_in_list(shapes: Graph, shape: URIRef, path: URIRef) -> set[URIRef]:
    for prop in shapes.objects(shape, SH.property):
        if shapes.value(prop, SH.path) == path:
            return set(Collection(shapes, shapes.value(prop, SH["in"])))
    raise AssertionError(f"no sh:in on {path} in {shape}")


def test_shapes_accept_exactly_the_scheme_concepts(onto, shapes):
    kgs = Namespace("https://w3id.org/company-kg/shapes#")
    assert shape_in_list(shapes, kgs.EventShape, KGO.eventType) == concepts(onto, KGO.EventType)
    assert shape_in_list(shapes, kgs.RelationshipShape, KGO.relationType) == concepts(
        onto, KGO.RelationType
    )


# ---------------------------------------------------------------- SHACL: a valid graph

VALID = """
@prefix kgo:    <https://w3id.org/company-kg/ontology#> .
@prefix ent:    <https://w3id.org/company-kg/resource/entity/> .
@prefix t:      <https://w3id.org/company-kg/resource/test/> .
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl:    <http://www.w3.org/2002/07/owl#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <http://schema.org/> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix wd:     <http://www.wikidata.org/entity/> .

<https://en.wikipedia.org/wiki/IBM> schema:about ent:IBM ;
    schema:isPartOf <https://en.wikipedia.org/> .

ent:IBM a kgo:Company ;
    rdfs:label "IBM"@en ;
    kgo:name "International Business Machines Corporation" ;
    kgo:nativeName "IBM"@en ;
    kgo:legalForm ent:Public_company ;
    kgo:industry ent:Information_technology , "Consulting" ;
    kgo:foundingDate "1911-06-16"^^xsd:date ;
    kgo:foundingLocation ent:Endicott_New_York ;
    kgo:founder ent:Charles_Ranlett_Flint ;
    kgo:headquarters ent:Armonk_New_York ;
    kgo:areaServed "Worldwide" ;
    kgo:employees 282100 ;
    kgo:numberOfLocations 0 ;
    kgo:website <https://www.ibm.com/> ;
    kgo:logo <https://commons.wikimedia.org/wiki/File:IBM_logo.svg> ;
    kgo:revenue t:revenue ;
    kgo:netIncome t:netIncome ;
    kgo:stockListing t:listing ;
    kgo:keyPerson t:krishna ;
    kgo:significantEvent t:redhat ;
    kgo:controversy t:lawsuit ;
    kgo:relationship t:apple ;
    kgo:partner ent:Apple_Inc ;
    kgo:wikidataLink t:wdlink ;
    owl:sameAs wd:Q37156 .

t:revenue a schema:MonetaryAmount ;
    schema:value "61860000000"^^xsd:decimal ;
    schema:currency "USD" ;
    kgo:pointInTime "2023"^^xsd:gYear ;
    kgo:trend "increase" ;
    kgo:rawText "US$61.86 billion (2023)" .

# an ambiguous "$": no currency, flagged
t:netIncome a schema:MonetaryAmount ;
    schema:value "7500000000"^^xsd:decimal ;
    kgo:note "ambiguous currency symbol $" ;
    kgo:rawText "$7.5 billion" .

t:listing a kgo:StockListing ;
    kgo:exchange ent:New_York_Stock_Exchange ;
    kgo:ticker "IBM" .

t:krishna a kgo:Membership ;
    kgo:member ent:Arvind_Krishna ;
    kgo:role "Chairman and CEO" .

t:redhat a kgo:Event ;
    rdfs:label "IBM acquires Red Hat"@en ;
    kgo:eventType kgo:Acquisition ;
    kgo:date "2019-07"^^xsd:gYearMonth ;
    kgo:participant ent:Red_Hat ;
    kgo:participation t:redhat-target ;
    kgo:amount t:redhat-price ;
    kgo:sourceSentence "In July 2019, IBM completed its acquisition of Red Hat for $34 billion." .

t:redhat-target a kgo:Participation ;
    kgo:participantEntity ent:Red_Hat ;
    kgo:participantRole "target" .

t:redhat-price a schema:MonetaryAmount ;
    schema:value "34000000000"^^xsd:decimal ;
    schema:currency "USD" .

t:lawsuit a kgo:Controversy ;
    kgo:eventType kgo:Lawsuit ;
    kgo:startDate "2020"^^xsd:gYear ;
    kgo:endDate "2022-03-01"^^xsd:date ;
    kgo:outcome "settled" .

t:apple a kgo:Relationship ;
    kgo:relationType kgo:PartnerRelation ;
    kgo:counterparty ent:Apple_Inc ;
    kgo:date "2014"^^xsd:gYear ;
    kgo:sourceSentence "In 2014, IBM announced a partnership with Apple." .

t:wdlink a kgo:WikidataLink ;
    kgo:wikidataItem wd:Q37156 ;
    kgo:linkMethod "sitelink" ;
    kgo:linkConfidence 1.0 .

t:st1 a kgo:Statement ;
    rdf:subject ent:IBM ;
    rdf:predicate kgo:foundingDate ;
    rdf:object "1911-06-16"^^xsd:date ;
    kgo:revision <https://en.wikipedia.org/w/index.php?oldid=1180000000> ;
    kgo:sourceArticle <https://en.wikipedia.org/wiki/IBM> ;
    kgo:extractor "infobox" ;
    kgo:infoboxParameter "founded" ;
    prov:wasDerivedFrom t:cite1 .

t:st2 a kgo:Statement ;
    rdf:subject ent:IBM ;
    rdf:predicate kgo:employees ;
    rdf:object 282100 ;
    kgo:pointInTime "2023"^^xsd:gYear ;
    kgo:revision <https://en.wikipedia.org/wiki/IBM> ;
    kgo:section "History > 2017" ;
    kgo:sentence "IBM employed 282,100 people in 2023." ;
    kgo:extractor "history" ;
    prov:wasDerivedFrom t:cite1 , t:cite2 .

<https://en.wikipedia.org/w/index.php?oldid=1180000000> a kgo:ArticleRevision .

t:cite1 a kgo:Citation ;
    schema:url <https://www.ibm.com/history> ;
    schema:name "IBM history" ;
    schema:datePublished "8 March 2019" ;
    schema:publisher "IBM" ;
    kgo:archiveUrl <https://web.archive.org/web/2019/https://www.ibm.com/history> .

t:cite2 a kgo:Citation ;
    kgo:citationText "IBM Annual Report 2023, p. 12." .
"""

T = Namespace("https://w3id.org/company-kg/resource/test/")
ENT = Namespace("https://w3id.org/company-kg/resource/entity/")


def valid_graph() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def run_shacl(data: Graph, shapes: Graph) -> tuple[bool, set[tuple[str, str]], str]:
    conforms, results, text = validate(data, shacl_graph=shapes, inference="none")
    found = set()
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        found.add((str(focus), str(path) if path is not None else ""))
    return conforms, found, text


def test_valid_company_graph_conforms(shapes):
    conforms, _, text = run_shacl(valid_graph(), shapes)
    assert conforms, text


def test_shapes_work_with_the_ontology_mixed_in(onto, shapes):
    """kg validate passes the ontology as ont_graph; subclass reasoning must not change verdicts."""
    conforms, _, text = validate(
        valid_graph(), shacl_graph=shapes, ont_graph=onto, inference="none"
    )
    assert conforms, text
    broken = valid_graph()
    broken.set((T.wdlink, KGO.linkConfidence, Literal(Decimal("1.5"))))
    conforms, _, _ = validate(broken, shacl_graph=shapes, ont_graph=onto, inference="none")
    assert not conforms


def test_merged_graph_variations_conform(shapes):
    """What merging articles and extractors legitimately produces is not an error."""
    g = valid_graph()
    # the company's own article and links from other articles label it differently
    g.add((ENT.IBM, RDFS.label, Literal("International Business Machines", lang="en")))
    # two infobox parameters / extractors yield the same statement
    g.add((T.st1, KGO.infoboxParameter, Literal("foundation")))
    g.add((T.st1, KGO.extractor, Literal("history")))
    # the same statement seen in two revisions
    g.add((T.st1, KGO.revision, URIRef("https://en.wikipedia.org/w/index.php?oldid=1190000000")))
    # optional parts absent: a minimal company, an event without date, a listing-free company
    g.add((ENT.Asda, RDF.type, KGO.Company))
    g.add((ENT.Asda, RDFS.label, Literal("Asda", lang="en")))
    g.add((ENT.Asda, KGO.significantEvent, T.asdaEvent))
    g.add((T.asdaEvent, RDF.type, KGO.Event))
    g.add((T.asdaEvent, KGO.eventType, KGO.Other))
    conforms, _, text = run_shacl(g, shapes)
    assert conforms, text


def test_valid_graph_exercises_every_targeted_shape(shapes):
    """Guards against a vacuous fixture: each shape with a target has a focus node in it."""
    g = valid_graph()
    targeted = 0
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        focus: set = set()
        for c in shapes.objects(shape, SH.targetClass):
            focus |= set(g.subjects(RDF.type, c))
        for p in shapes.objects(shape, SH.targetSubjectsOf):
            focus |= set(g.subjects(p, None))
        for p in shapes.objects(shape, SH.targetObjectsOf):
            focus |= set(g.objects(None, p))
        has_target = any(
            shapes.value(shape, p) is not None
            for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf)
        )
        if has_target:
            targeted += 1
            assert focus, f"the valid graph does not exercise {shape}"
    assert targeted >= 10


# ---------------------------------------------------------------- SHACL: broken graphs


def _set(node, prop, value):
    def edit(g: Graph) -> None:
        g.set((node, prop, value))

    return edit


def _remove(node, prop):
    def edit(g: Graph) -> None:
        g.remove((node, prop, None))

    return edit


def _add(node, prop, value):
    def edit(g: Graph) -> None:
        g.add((node, prop, value))

    return edit


def _replace_revenue_with_literal(g: Graph) -> None:
    g.remove((ENT.IBM, KGO.revenue, None))
    g.add((ENT.IBM, KGO.revenue, Literal(Decimal("61860000000"))))


def _drop_all_names(g: Graph) -> None:
    g.remove((ENT.IBM, RDFS.label, None))
    g.remove((ENT.IBM, KGO.name, None))


def _untyped_event_money(g: Graph) -> None:
    g.remove((T["redhat-price"], RDF.type, None))


def _empty_citation(g: Graph) -> None:
    for p in (SCHEMA.url, SCHEMA.name):
        g.remove((T.cite1, p, None))


BROKEN = {
    # dates lose or fake their precision
    "date as plain string": (
        _set(ENT.IBM, KGO.foundingDate, Literal("16 June 1911")),
        (ENT.IBM, KGO.foundingDate),
    ),
    "date as integer year": (
        _set(ENT.IBM, KGO.foundingDate, Literal(1911)),
        (ENT.IBM, KGO.foundingDate),
    ),
    "event date as dateTime": (
        _set(T.redhat, KGO.date, Literal("2019-07-09T00:00:00", datatype=rdfns.XSD.dateTime)),
        (T.redhat, KGO.date),
    ),
    # money
    "currency Dollars": (
        _set(T.revenue, SCHEMA.currency, Literal("Dollars")),
        (T.revenue, SCHEMA.currency),
    ),
    "currency lower case": (
        _set(T.revenue, SCHEMA.currency, Literal("usd")),
        (T.revenue, SCHEMA.currency),
    ),
    "two currencies": (
        _add(T.revenue, SCHEMA.currency, Literal("EUR")),
        (T.revenue, SCHEMA.currency),
    ),
    "value as double": (
        _set(T.revenue, SCHEMA.value, Literal(6.186e10)),
        (T.revenue, SCHEMA.value),
    ),
    "value missing": (_remove(T.revenue, SCHEMA.value), (T.revenue, SCHEMA.value)),
    "revenue as bare literal": (_replace_revenue_with_literal, ("61860000000", "")),
    "budget as bare literal": (
        _add(ENT.IBM, KGO.budget, Literal("1 billion")),
        ("1 billion", ""),
    ),
    "event amount not typed MonetaryAmount": (_untyped_event_money, (T["redhat-price"], "")),
    "bad trend": (_set(T.revenue, KGO.trend, Literal("up")), (T.revenue, KGO.trend)),
    # counts and IRIs
    "negative employees": (
        _set(ENT.IBM, KGO.employees, Literal(-5)),
        (ENT.IBM, KGO.employees),
    ),
    "employees as text": (
        _set(ENT.IBM, KGO.employees, Literal("282,100")),
        (ENT.IBM, KGO.employees),
    ),
    "website as string": (
        _set(ENT.IBM, KGO.website, Literal("https://www.ibm.com/")),
        (ENT.IBM, KGO.website),
    ),
    # company names
    "company without any name": (_drop_all_names, (ENT.IBM, "")),
    "two kgo:name values": (
        _add(ENT.IBM, KGO.name, Literal("IBM Corp.")),
        (ENT.IBM, KGO.name),
    ),
    # listings and people
    "listing without ticker": (_remove(T.listing, KGO.ticker), (T.listing, KGO.ticker)),
    "listing with two exchanges": (
        _add(T.listing, KGO.exchange, Literal("NASDAQ")),
        (T.listing, KGO.exchange),
    ),
    "membership without member": (_remove(T.krishna, KGO.member), (T.krishna, KGO.member)),
    # events and relationships
    "event type outside the scheme": (
        _set(T.redhat, KGO.eventType, KGO.PartnerRelation),
        (T.redhat, KGO.eventType),
    ),
    "event without type": (_remove(T.lawsuit, KGO.eventType), (T.lawsuit, KGO.eventType)),
    "event with two dates": (
        _add(T.redhat, KGO.date, Literal("2018", datatype=rdfns.XSD.gYear)),
        (T.redhat, KGO.date),
    ),
    "participation without entity": (
        _remove(T["redhat-target"], KGO.participantEntity),
        (T["redhat-target"], KGO.participantEntity),
    ),
    "relationship without counterparty": (
        _remove(T.apple, KGO.counterparty),
        (T.apple, KGO.counterparty),
    ),
    "relation type outside the scheme": (
        _set(T.apple, KGO.relationType, KGO.Partnership),
        (T.apple, KGO.relationType),
    ),
    # provenance
    "statement without subject": (_remove(T.st1, RDF.subject), (T.st1, RDF.subject)),
    "statement without revision": (_remove(T.st2, KGO.revision), (T.st2, KGO.revision)),
    "statement without extractor": (_remove(T.st2, KGO.extractor), (T.st2, KGO.extractor)),
    "statement with two sections": (
        _add(T.st2, KGO.section, Literal("History")),
        (T.st2, KGO.section),
    ),
    "statement derived from an untyped node": (
        _add(T.st1, PROV.wasDerivedFrom, T.nowhere),
        (T.st1, PROV.wasDerivedFrom),
    ),
    "citation with nothing in it": (_empty_citation, (T.cite1, "")),
    # Wikidata links
    "confidence 1.5": (
        _set(T.wdlink, KGO.linkConfidence, Literal(Decimal("1.5"))),
        (T.wdlink, KGO.linkConfidence),
    ),
    "confidence negative": (
        _set(T.wdlink, KGO.linkConfidence, Literal(Decimal("-0.1"))),
        (T.wdlink, KGO.linkConfidence),
    ),
    "unknown link method": (
        _set(T.wdlink, KGO.linkMethod, Literal("guess")),
        (T.wdlink, KGO.linkMethod),
    ),
    "item given as page URL": (
        _set(T.wdlink, KGO.wikidataItem, URIRef("https://www.wikidata.org/wiki/Q37156")),
        (T.wdlink, KGO.wikidataItem),
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_graph_does_not_conform(shapes, case):
    edit, expected = BROKEN[case]
    g = valid_graph()
    edit(g)
    assert set(g) != set(valid_graph()), f"{case}: the edit changed nothing"
    conforms, found, text = run_shacl(g, shapes)
    assert not conforms, f"{case}: accepted\n{text}"
    focus, path = expected
    assert (str(focus), str(path)) in found, f"{case}: unexpected results {found}"


# ---------------------------------------------------------------- docs/ontology.md

DOC = ROOT / "docs" / "ontology.md"
DOC_PREFIXES = """
@prefix kgo:    <https://w3id.org/company-kg/ontology#> .
@prefix kgr:    <https://w3id.org/company-kg/resource/> .
@prefix ent:    <https://w3id.org/company-kg/resource/entity/> .
@prefix cit:    <https://w3id.org/company-kg/resource/citation/> .
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl:    <http://www.w3.org/2002/07/owl#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <http://schema.org/> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix wd:     <http://www.wikidata.org/entity/> .
"""


def doc_turtle_blocks() -> list[str]:
    return re.findall(r"```turtle\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_docs_describe_every_term(onto):
    text = DOC.read_text(encoding="utf-8")
    missing = [f"kgo:{local}" for local in declared_terms(onto) if f"`kgo:{local}`" not in text]
    assert missing == []


def test_docs_examples_parse_and_conform(shapes):
    blocks = doc_turtle_blocks()
    assert len(blocks) >= 7
    g = Graph()
    for block in blocks:
        g.parse(data=DOC_PREFIXES + block, format="turtle")
    # the examples also mention terms only declared in the ontology
    assert kgo_iris_mentioned(g) <= set(declared_terms(Graph().parse(str(ontology_path()))))
    conforms, _, text = run_shacl(g, shapes)
    assert conforms, text
