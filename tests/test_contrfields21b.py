"""Controversy parties, second pass: a body written by a shorter name than the article's link
to it."""

from __future__ import annotations

from kg.extractors import controversies
from kg.sources import Page
from kg.text.parse import parse_article

_LEAD = ("'''Acme''' makes things. In 2010 it was fined by the [[Federal Trade Commission (Norland)]] and "
         "the [[Norland Department of Justice]] opened an inquiry. It was also sued in the "
         "[[Supreme Court of Westria]].\n\n== Legal issues ==\n")


def _facts(text, title="Acme"):
    page = Page(title=title, revision=1, wikitext=_LEAD + text)
    return [f for f in controversies.extract(parse_article(page)) if f.value.date and f.value.date.iso >= "2015"]


def _parties(text):
    (fact,) = _facts(text)
    return {p.entity.title for p in fact.value.participants}


def test_a_shorter_name_of_a_linked_body_is_that_body():
    assert "Norland Department of Justice" in _parties("In 2016 the Department of Justice sued Acme over its invoices.")
    assert "Norland Department of Justice" in _parties("The Justice Department fined Acme $2 million in 2017.")
    assert "Federal Trade Commission (Norland)" in _parties(
        "In 2018 the Trade Commission opened an investigation into Acme's pricing.")


def test_the_body_by_its_kind_after_a_shorter_name():
    facts = _facts("In 2018 an audit by the Trade Commission found false records at Acme. "
                   "In March 2019 the commission fined Acme $3 million.")
    assert all("Federal Trade Commission (Norland)" in {p.entity.title for p in f.value.participants} for f in facts)


def test_no_body_when_the_shorter_name_is_not_the_linked_one():
    # another court, of another place; a word the link does not hold; a one-word name
    assert "Supreme Court of Westria" not in _parties("In 2019 the Supreme Court in Ostmark fined Acme $5 million.")
    # (the unlinked name itself is a party as written, tests/test_cfields30.py: no linked title)
    assert _parties("In 2020 the Competition Commission fined Acme $1 million.") <= {None}
    assert _parties("In 2021 the Department fined Acme $1 million.") == set()


def test_a_month_after_the_shorter_name_is_no_place():
    assert "Supreme Court of Westria" in _parties("In 2022 Acme was sued before the Supreme Court in May.")


def _labels(text):
    page = Page(title="Acme", revision=1, wikitext="'''Acme''' makes things.\n\n== Legal issues ==\n" + text)
    (fact,) = list(controversies.extract(parse_article(page)))
    return {p.entity.label for p in fact.value.participants}


def test_an_event_or_an_incident_is_no_party():
    assert "Halden massacre" not in _labels(
        "In 2011 miners at Acme went on strike, weeks after the [[Halden massacre]].")
    assert _labels("In 2014 Acme's plant was shut by the [[2014 Norland steel strike|steel strike]] of the "
                   "[[Norland Steelworkers Union]].") == {"Norland Steelworkers Union"}
    assert "2019 Ostmark data breach" not in _labels(
        "In 2019 Acme was sued over the [[2019 Ostmark data breach]] by the [[Ostmark Consumer Council]].")


def test_a_pathogen_is_no_party():
    assert _labels("In 2016 Acme recalled its cheese after a sample tested positive for [[Listeria]].") == set()
    assert _labels("In 2017 Acme recalled 40 tonnes of beef after [[Salmonella]] was found in a batch.") == set()
    assert _labels("In 2018 dozens of diners fell ill with [[Norovirus]] and sued Acme.") == set()


def test_a_product_is_no_party():
    assert _labels("In 2020 Acme recalled [[Zephyr X2]] engines after two fires.") == set()
    assert _labels("In 2021 a data breach at Acme exposed customers through the [[FileHop]] transfer software.") == set()
    assert _labels("In 2022 Acme was fined for selling apps through the [[Google Play]] store without a licence.") == set()


def test_a_party_is_still_a_party():
    assert "Norland Consumer Agency" in _labels("In 2019 the [[Norland Consumer Agency]] fined Acme $2 million.")
    assert "Brightline" in _labels("In 2020 [[Brightline]] sued Acme for breach of contract.")


def test_a_shorter_name_that_owns_the_case_is_that_body():
    assert "Norland Department of Justice" in _parties("In 2016 Acme paid $4 million to settle the Justice Department's claims.")
    assert "Federal Trade Commission (Norland)" in _parties(
        "In 2018 Acme was fined $1 million after the Trade Commission's investigation of its pricing.")
    assert "Norland Department of Justice" in _parties("In 2019 Acme was fined $3 million in the Department of Justice’s suit.")


def test_the_party_that_brought_the_case_is_a_party():
    assert "Aldwick Windworks" in _labels("In 2017 Aldwick Windworks sued Acme over a patent.")
    assert "Tarn Valley Anglers" in _labels("The Tarn Valley Anglers filed a lawsuit against Acme in May 2018.")
    assert "Jane Holloway" in _labels(
        "In 2015 Jane Holloway, a former engineer at the plant, filed a qui tam suit against Acme.")
    assert "Vereniging Klantenbond" in _labels("In 2020 Acme was sued by Vereniging Klantenbond over its fees.")
    assert "Parfums Delorme" in _labels("In 2021 the chain Parfums Delorme brought a damages claim of €4 million against Acme.")


def test_no_party_brought_the_case_when_the_name_is_owned_or_one_word():
    assert _labels("In 2016 Shareholders sued Acme over its accounts.") == set()
    assert _labels("In 2018 the former owners of Lindqvist Bygg sued Acme over the price.") == set()
    assert _labels("In 2019 holders of the company's American Depositary Receipts filed a class action against Acme.") == set()
    assert _labels("In 2020 Acme sued Brightline Rail over unpaid invoices.") == set()


def test_the_party_that_brought_the_case_by_a_shorter_name_of_a_link():
    page = Page(title="Acme", revision=1, wikitext=(
        "'''Acme''' makes things. Its largest client was [[Hollis Health Systems]].\n\n== Legal issues ==\n"
        "In 2015 Hollis Health sued Acme for breach of contract."))
    (fact,) = [f for f in controversies.extract(parse_article(page))]
    assert {p.entity.title for p in fact.value.participants} == {"Hollis Health Systems"}
