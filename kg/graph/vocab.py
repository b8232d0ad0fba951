"""The company-kg vocabulary: the kgo: terms and the namespaces the graph uses.

GENERATED from ontology/kgo.ttl by ``python -m kg.graph.vocab_gen > kg/graph/vocab.py``; do not edit
by hand. ``python -m kg.graph.vocab_gen --check`` fails when this file is out of date.
"""

from importlib.resources import files
from importlib.resources.abc import Traversable

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

SCHEMA = Namespace("http://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
DBO = Namespace("http://dbpedia.org/ontology/")
KGS = Namespace("https://w3id.org/company-kg/shapes#")
# Default base of entity IRIs (kgr:entity/Canonical_Title); the base is configurable.
KGR = Namespace("https://w3id.org/company-kg/resource/")

ONTOLOGY_IRI = URIRef("https://w3id.org/company-kg/ontology")

PREFIXES: dict[str, str] = {
    "kgo": "https://w3id.org/company-kg/ontology#",
    "kgr": str(KGR),
    "schema": str(SCHEMA),
    "wd": str(WD),
    "wdt": str(WDT),
    "org": str(ORG),
    "prov": str(PROV),
    "sem": str(SEM),
    "dbo": str(DBO),
}


def ontology_path(name: str = "kgo.ttl") -> Traversable:
    """The installed file ``name`` of the ``kg.ontology`` package ("kgo.ttl", "shapes.ttl").

    In a normal (unzipped) install this is a ``pathlib.Path``.
    """
    path = files("kg.ontology").joinpath(name)
    if not path.is_file():
        raise FileNotFoundError(f"no ontology file {name!r} in kg.ontology")
    return path


class KGO(DefinedNamespace):
    """The company-kg ontology (kgo:), version 0.1.0.

    Generated from: ontology/kgo.ttl (https://w3id.org/company-kg/ontology#)
    """

    _fail = True

    # Classes
    Agent: URIRef  # agent
    ArticleRevision: URIRef  # article revision
    Citation: URIRef  # citation
    Company: URIRef  # company
    Controversy: URIRef  # controversy
    Entity: URIRef  # entity
    Event: URIRef  # event
    EventType: URIRef  # event type
    Membership: URIRef  # membership
    Organization: URIRef  # organization
    Participation: URIRef  # participation
    Person: URIRef  # person
    Place: URIRef  # place
    RelationType: URIRef  # relation type
    Relationship: URIRef  # relationship
    Statement: URIRef  # statement
    StockListing: URIRef  # stock listing
    WikidataLink: URIRef  # Wikidata link

    # Properties
    affiliation: URIRef  # affiliation
    amount: URIRef  # amount
    approximate: URIRef  # approximate
    archiveUrl: URIRef  # archive URL
    areaServed: URIRef  # area served
    assetsUnderManagement: URIRef  # assets under management
    brand: URIRef  # brand
    budget: URIRef  # budget
    chairperson: URIRef  # chairperson
    chiefExecutiveOfficer: URIRef  # chief executive officer
    circulation: URIRef  # circulation
    citationText: URIRef  # citation text
    confidence: URIRef  # confidence
    controversy: URIRef  # controversy
    counterparty: URIRef  # counterparty
    country: URIRef  # country
    currencyInference: URIRef  # currency inference
    customer: URIRef  # customer
    date: URIRef  # date
    director: URIRef  # director or manager
    dissolutionDate: URIRef  # dissolution date
    division: URIRef  # division
    editor: URIRef  # editor
    employees: URIRef  # number of employees
    endDate: URIRef  # end date
    eventType: URIRef  # event type
    exchange: URIRef  # stock exchange
    extractor: URIRef  # extractor
    fate: URIRef  # fate
    focus: URIRef  # focus
    format: URIRef  # format
    formerName: URIRef  # former name
    founder: URIRef  # founder
    foundingDate: URIRef  # founding date
    foundingLocation: URIRef  # founding location
    genre: URIRef  # genre
    headquarters: URIRef  # headquarters
    image: URIRef  # image
    indexMembership: URIRef  # stock market index
    industry: URIRef  # industry
    infoboxParameter: URIRef  # infobox parameter
    investor: URIRef  # investor
    isin: URIRef  # ISIN
    jointVenturePartner: URIRef  # joint venture partner
    keyPerson: URIRef  # key person
    language: URIRef  # language
    legalForm: URIRef  # legal form
    lender: URIRef  # lender
    linkConfidence: URIRef  # link confidence
    linkMethod: URIRef  # link method
    locationCity: URIRef  # location city
    locationCountry: URIRef  # location country
    logo: URIRef  # logo
    member: URIRef  # member
    memberCount: URIRef  # member count
    motto: URIRef  # motto
    name: URIRef  # name
    nativeName: URIRef  # native name
    netIncome: URIRef  # net income
    note: URIRef  # note
    numberOfLocations: URIRef  # number of locations
    officialName: URIRef  # official name
    operatingIncome: URIRef  # operating income
    outcome: URIRef  # outcome
    owner: URIRef  # owner
    parentOrganization: URIRef  # parent organization
    participant: URIRef  # participant
    participantEntity: URIRef  # participant entity
    participantRole: URIRef  # participant role
    participation: URIRef  # participation
    partner: URIRef  # partner
    pointInTime: URIRef  # point in time
    precision: URIRef  # date precision
    predecessor: URIRef  # predecessor
    product: URIRef  # product
    production: URIRef  # production
    publisher: URIRef  # publisher
    purpose: URIRef  # purpose
    rawText: URIRef  # raw text
    relationType: URIRef  # relation type
    relationship: URIRef  # relationship
    researchCollaborator: URIRef  # research collaborator
    revenue: URIRef  # revenue
    revision: URIRef  # revision
    revisionId: URIRef  # revision id
    role: URIRef  # role
    roleLabel: URIRef  # role label
    section: URIRef  # section
    sentence: URIRef  # sentence
    service: URIRef  # service
    significantEvent: URIRef  # significant event
    sourceArticle: URIRef  # source article
    sourceSentence: URIRef  # source sentence
    startDate: URIRef  # start date
    stockListing: URIRef  # stock listing
    subsidiary: URIRef  # subsidiary
    successor: URIRef  # successor
    supplier: URIRef  # supplier
    ticker: URIRef  # ticker symbol
    totalAssets: URIRef  # total assets
    totalEquity: URIRef  # total equity
    tradeName: URIRef  # trade name
    trend: URIRef  # trend
    website: URIRef  # website
    wikidataItem: URIRef  # Wikidata item
    wikidataLink: URIRef  # Wikidata link

    # Concept schemes
    EventTypeScheme: URIRef  # company event types
    RelationTypeScheme: URIRef  # company relation types

    # Individuals (concepts of the schemes)
    Acquisition: URIRef  # acquisition
    Award: URIRef  # award
    Bankruptcy: URIRef  # bankruptcy
    Boycott: URIRef  # boycott
    CustomerRelation: URIRef  # customer
    DataBreach: URIRef  # data breach
    Divestiture: URIRef  # divestiture
    Expansion: URIRef  # expansion or opening
    Fine: URIRef  # fine or sanction
    Founding: URIRef  # founding
    FundingRound: URIRef  # funding round
    IPO: URIRef  # initial public offering or listing
    Investigation: URIRef  # investigation
    InvestorRelation: URIRef  # investor
    JointVenture: URIRef  # joint venture
    JointVentureRelation: URIRef  # joint venture partner
    Lawsuit: URIRef  # lawsuit
    Layoffs: URIRef  # layoffs
    LeadershipChange: URIRef  # leadership change
    LenderRelation: URIRef  # lender
    Merger: URIRef  # merger
    Other: URIRef  # other event
    PartnerRelation: URIRef  # partner
    Partnership: URIRef  # partnership or agreement
    ProductLaunch: URIRef  # product launch
    Recall: URIRef  # recall
    Rename: URIRef  # rename
    ResearchCollaboration: URIRef  # research collaboration
    Strike: URIRef  # strike
    SupplierRelation: URIRef  # supplier

    _NS = Namespace("https://w3id.org/company-kg/ontology#")
