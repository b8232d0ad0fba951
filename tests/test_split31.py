"""Sentences are not cut inside names at an abbreviation's full stop (round 31)."""

from kg.sources.page import Page
from kg.text.parse import parse_article
from kg.text.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_no_sentence_ends_inside_a_link():
    wiki = ("Moulds are bought from the Czech firm [[Tarvo Ind. Kessel]], which also services them. "
            "The plant opened in 2004.\n\nA study was run with the [[Orlen Inst. Bergmann|Orlen Inst. "
            "Bergmann]] in 2012. Sales rose in 2010 at [[Smith & Co.]] The next year it grew.")
    article = parse_article(Page(title="Varnholt Plastics", wikitext=wiki))
    assert [s.text for s in article.sentences] == [
        "Moulds are bought from the Czech firm Tarvo Ind. Kessel, which also services them.",
        "The plant opened in 2004.",
        "A study was run with the Orlen Inst. Bergmann in 2012.",
        "Sales rose in 2010 at Smith & Co.",
        "The next year it grew.",
    ]
    assert [m.entity.title for m in article.sentences[0].mentions] == ["Tarvo Ind. Kessel"]


def test_an_abbreviation_inside_a_name_ends_no_sentence():
    for text in (
        "The mill stands west of Port Ste. Valérie on the river.",
        "It signed an agreement with the Ss. Peter and Paul Hospital of Brenova in 2009.",
        "Cultures are bought from the Danish company Chr. Holmgaard and from Lactis.",
        "In 1951 it was sold to Gebr. Harlinger, a family firm.",
        "The group set up Tenggara Rail (Malaysia) Sdn. Bhd. in Penang in 2011.",
        "Sawmill Nr. 4, a state mill, was bought in 1993.",
    ):
        assert _split(text) == [text], text


def test_a_word_written_like_an_abbreviation_in_capitals_still_ends_a_sentence():
    assert _split("He had served in the Waffen-SS. The company hired him in 1950.") == [
        "He had served in the Waffen-SS.", "The company hired him in 1950."]
    assert _split("The company's shares rose 5 per cent in 2010 at Smith & Co. The next year it grew.") == [
        "The company's shares rose 5 per cent in 2010 at Smith & Co.", "The next year it grew."]


def test_a_dotted_legal_form_of_the_shared_table_closes_a_name():
    # a name that opens the lead, its gloss in brackets after the form
    text = 'Varga Gépgyár Nyrt. ("Varga Machine Works") is a Hungarian maker of pumps.'
    assert _split(text) == [text]
    text = "Tölgyes Bútor Kft. (Tölgyes Furniture) makes chairs."
    assert _split(text) == [text]
    # a form that closes a name at the end of a sentence still ends it
    assert _split("The state holds it through Állami Vagyon Zrt. In 2015 workers struck.") == [
        "The state holds it through Állami Vagyon Zrt.", "In 2015 workers struck."]
