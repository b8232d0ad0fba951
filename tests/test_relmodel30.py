"""The learned relation reader (round 30): two gates on what it reads -- names of things that are
no organisation (standards, currencies, goods, certificates) and the names told in the description of a list row that opens with another party's name.

The gates are tested with a reader that takes every mention for a customer, so that what they
keep out does not hang on the fitted weights."""

from __future__ import annotations

from pathlib import Path

from kg.extractors import relation_model, relations
from kg.extractors.relation_names import company_names
from kg.sources import Page
from kg.text.parse import parse_article

ROOT = Path(__file__).resolve().parent.parent
LEAD = "'''Brannock Foods''' is a Welsh maker of frozen pies."
# a reader sure of a customer whatever it reads
EVERY_MENTION_A_CUSTOMER = {"bias": (0.0, 0.0, 20.0, 0.0, 0.0)}


def _read(body: str) -> set[str]:
    """The counterparties the customer-sure reader relates in an article of ``body``."""
    article = parse_article(Page(title="Brannock Foods", revision=1, wikitext=f"{LEAD}\n\n{body}"))
    facts = relations.model_statements(article, company_names(article), set(), EVERY_MENTION_A_CUSTOMER)
    return {f.value.label for f, _ in facts}


def test_names_of_things_are_no_organisations():
    for thing in ("ISO 9001", "ISO 14001", "IATF 16949", "Mozambican metical", "Fairtrade certification",
                  "Lithium iron phosphate battery", "Canned fish", "Frozen food (product)"):
        assert relation_model.names_a_thing(thing), thing
    for name in ("Munich Re", "Grupo Éxito", "Crédit agricole", "Agence française de développement",
                 "Caisse des dépôts et consignations", "Horizon 2020", "Coherent Corp.", "Tesco",
                 "Bank of Ireland", "Kerry Group", "Tallis group", "Marwen holding"):
        assert not relation_model.names_a_thing(name), name


def test_the_reader_relates_no_standard_currency_or_kind_of_goods():
    body = ("== Operations ==\nIts pie lines were certified to [[ISO 22000]] in 2011.\n\n"
            "It sold pies worth [[Mozambican metical|MT]] 40 million to [[Sunhaven Markets]] in 2015.\n\n"
            "Its [[frozen pie|Frozen pies]] went to [[Cardell Retail]] from 2016.\n\n"
            "The [[Fairtrade certification|Fairtrade]] range was sold to [[Orvell Stores]].")
    read = _read(body)
    assert {"Sunhaven Markets", "Cardell Retail", "Orvell Stores"} <= read
    assert not read & {"ISO 22000", "MT", "Frozen pies", "Fairtrade"}


def test_the_names_a_row_tells_of_its_party_are_not_read():
    body = ("== Customers ==\n"
            "* [[Harrowgate Retail]] – own-label pies for [[Pennard Stores]] and [[Quickmart]] shops, since 2012\n"
            "* [[Selwyn Catering]] – the [[Caerwent Arena]] and [[Tallis Hall]] kitchens, since 2015\n"
            "* [[Dunmore Foodservice]] – school meals since 2018 (a contract of [[Lowther Meals]] until 2017)\n"
            "* 2019 – [[Marlow Foundry]] – [[Pryce Contractors]]\n")
    read = _read(body)
    assert {"Harrowgate Retail", "Selwyn Catering", "Dunmore Foodservice", "Lowther Meals"} <= read
    assert not read & {"Pennard Stores", "Quickmart", "Caerwent Arena", "Tallis Hall"}
    # a row that opens with a year names no party first: its cells are read as they were
    assert {"Marlow Foundry", "Pryce Contractors"} <= read


def test_a_sentence_with_a_dash_that_is_no_list_row_is_read_as_before():
    read = _read("== History ==\n[[Harrowgate Retail]] – its oldest buyer – took pies for [[Pennard Stores]] in 2012.")
    assert "Pennard Stores" in read
